#include "ui/admin/ReferenceListPages.h"

#include "domain/Enums.h"
#include "services/AppContext.h"
#include "ui/AgencyChoices.h"
#include "ui/EnumLabels.h"
#include "ui/FormRows.h"
#include "ui/case/CaseFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLocale>
#include <QSpinBox>

#include <algorithm>

namespace sr::ui {

AgencyListPage::AgencyListPage(services::AppContext &context,
                               const services::ReferenceLists &lists,
                               QWidget *parent)
    : ReferenceListPageOf(context,
                          {"agencyPage",
                           QT_TRANSLATE_NOOP("sr::ui::ReferenceListPage", "Kind"),
                           &services::ReferenceLists::agencies,
                           &domain::Agency::name,
                           &services::ReferenceService::saveAgency},
                          parent)
{
    build(lists);
}

void AgencyListPage::addFields(QFormLayout *form, const services::ReferenceLists &lists)
{
    m_kind = addFormRow<QComboBox>(form, tr("&Kind:"), QStringLiteral("agencyKindCombo"));
    for (domain::AgencyKind value : domain::allValues<domain::AgencyKind>())
        m_kind->addItem(EnumLabels::label(value), domain::toCode(value));
    m_province = addFormRow<QComboBox>(form, tr("&Province:"), QStringLiteral("provinceCombo"));
    m_province->addItem(tr("(not recorded)"), QString());
    for (const domain::Province &province : lists.provinces)
        m_province->addItem(province.fullName, province.code);
    fields().insert(QStringLiteral("province_code"), m_province);
    m_historical = new QCheckBox(tr("&Historical (abolished in the 2025 reorganisation)"), this);
    m_historical->setObjectName(QStringLiteral("historicalCheck"));
    m_historical->setToolTip(tr("Kept for the records that name it; new receptions are not "
                                "offered it. Reports count its records as before."));
    form->addRow(QString(), m_historical);
    fields().insert(QStringLiteral("historical"), m_historical);
    watch(m_kind);
    watch(m_province);
    watch(m_historical);
}

QString AgencyListPage::extraOf(const domain::Agency &agency) const
{
    const QString kind = EnumLabels::label(agency.kind);
    return agency.historical ? AgencyChoices::historicalLabel(kind) : kind;
}

void AgencyListPage::showRecord(const domain::Agency &agency)
{
    selectCode(m_kind, domain::toCode(agency.kind));
    selectCode(m_province, agency.provinceCode);
    m_historical->setChecked(agency.historical);
}

void AgencyListPage::readFields(domain::Agency &agency) const
{
    agency.kind = domain::fromCode<domain::AgencyKind>(m_kind->currentData().toString())
                      .value_or(domain::AgencyKind::Other);
    agency.provinceCode = m_province->currentData().toString();
    agency.historical = m_historical->isChecked();
}

BorderGateListPage::BorderGateListPage(services::AppContext &context,
                                       const services::ReferenceLists &lists,
                                       QWidget *parent)
    : ReferenceListPageOf(context,
                          {"borderGatePage",
                           QT_TRANSLATE_NOOP("sr::ui::ReferenceListPage", "Country"),
                           &services::ReferenceLists::borderGates,
                           &domain::BorderGate::name,
                           &services::ReferenceService::saveBorderGate},
                          parent)
{
    build(lists);
}

void BorderGateListPage::addFields(QFormLayout *form, const services::ReferenceLists &lists)
{
    m_country =
        addFormRow<QComboBox>(form, tr("Neighbouring c&ountry:"), QStringLiteral("countryCombo"));
    m_country->addItem(tr("(not recorded)"), QString());
    QList<domain::Country> countries = lists.countries;
    auto name = [english = englishUi()](const domain::Country &c) {
        return english && !c.nameEn.isEmpty() ? c.nameEn : c.nameVi;
    };
    std::sort(countries.begin(), countries.end(), [&](const auto &a, const auto &b) {
        return QString::localeAwareCompare(name(a), name(b)) < 0;
    });
    for (const domain::Country &country : countries)
        m_country->addItem(name(country), country.code);
    fields().insert(QStringLiteral("country_code"), m_country);
    watch(m_country);
}

QString BorderGateListPage::extraOf(const domain::BorderGate &gate) const
{
    return m_country->itemText(qMax(0, m_country->findData(gate.countryCode)));
}

void BorderGateListPage::showRecord(const domain::BorderGate &gate)
{
    selectCode(m_country, gate.countryCode);
}

void BorderGateListPage::readFields(domain::BorderGate &gate) const
{
    gate.countryCode = m_country->currentData().toString();
}

SupportTypeListPage::SupportTypeListPage(services::AppContext &context,
                                         const services::ReferenceLists &lists,
                                         QWidget *parent)
    : ReferenceListPageOf(context,
                          {"supportTypePage",
                           QT_TRANSLATE_NOOP("sr::ui::ReferenceListPage", "Default amount"),
                           &services::ReferenceLists::supportTypes,
                           &domain::SupportType::nameVi,
                           &services::ReferenceService::saveSupportType},
                          parent)
{
    build(lists);
}

void SupportTypeListPage::addFields(QFormLayout *form, const services::ReferenceLists &)
{
    m_amount = addFormRow<MoneyLineEdit>(
        form, tr("&Default amount:"), QStringLiteral("defaultAmountEdit"));
    m_amount->setToolTip(tr("Prefilled in new supports of this type; set by provincial "
                            "resolutions. Supports already recorded keep their amounts."));
    m_legal = new QCheckBox(tr("One of the &legal support regimes (Law 53/2024, art. 37)"), this);
    m_legal->setObjectName(QStringLiteral("legalRegimeCheck"));
    form->addRow(QString(), m_legal);
    m_sortOrder =
        addFormRow<QSpinBox>(form, tr("&Order in lists:"), QStringLiteral("sortOrderSpin"));
    m_sortOrder->setRange(0, 9999);
    fields().insert(QStringLiteral("default_amount_vnd"), m_amount);
    fields().insert(QStringLiteral("sort_order"), m_sortOrder);
    watch(m_amount);
    watch(m_legal);
    watch(m_sortOrder);
}

QString SupportTypeListPage::extraOf(const domain::SupportType &type) const
{
    return CaseFields::formatMoney(type.defaultAmountVnd);
}

void SupportTypeListPage::showRecord(const domain::SupportType &type)
{
    m_amount->setAmount(type.defaultAmountVnd);
    m_legal->setChecked(type.legalRegime);
    m_sortOrder->setValue(type.sortOrder);
}

void SupportTypeListPage::readFields(domain::SupportType &type) const
{
    type.defaultAmountVnd = m_amount->amount().value_or(0);
    type.legalRegime = m_legal->isChecked();
    type.sortOrder = m_sortOrder->value();
}

void SupportTypeListPage::prepareNew()
{
    // A new type goes after the others in the lists.
    int last = 0;
    for (const domain::SupportType &type : std::as_const(m_records))
        last = qMax(last, type.sortOrder);
    m_current.sortOrder = last + 10;
}

domain::FieldErrors SupportTypeListPage::malformedFields() const
{
    if (m_amount->isMalformed())
        return {{QStringLiteral("default_amount_vnd"), domain::ValidationCode::InvalidFormat}};
    return {};
}

AttachmentTypeListPage::AttachmentTypeListPage(services::AppContext &context,
                                               const services::ReferenceLists &lists,
                                               QWidget *parent)
    : ReferenceListPageOf(context,
                          {"attachmentTypePage",
                           QT_TRANSLATE_NOOP("sr::ui::ReferenceListPage", "Order"),
                           &services::ReferenceLists::attachmentTypes,
                           &domain::AttachmentType::nameVi,
                           &services::ReferenceService::saveAttachmentType},
                          parent)
{
    build(lists);
}

void AttachmentTypeListPage::addFields(QFormLayout *form, const services::ReferenceLists &)
{
    m_sortOrder =
        addFormRow<QSpinBox>(form, tr("&Order in lists:"), QStringLiteral("sortOrderSpin"));
    m_sortOrder->setRange(0, 9999);
    m_sortOrder->setToolTip(tr("The attach dialog offers the types in this order."));
    fields().insert(QStringLiteral("sort_order"), m_sortOrder);
    watch(m_sortOrder);
}

QString AttachmentTypeListPage::extraOf(const domain::AttachmentType &type) const
{
    return QLocale().toString(type.sortOrder);
}

void AttachmentTypeListPage::showRecord(const domain::AttachmentType &type)
{
    m_sortOrder->setValue(type.sortOrder);
}

void AttachmentTypeListPage::readFields(domain::AttachmentType &type) const
{
    type.sortOrder = m_sortOrder->value();
}

void AttachmentTypeListPage::prepareNew()
{
    // A new type goes after the others in the lists.
    int last = 0;
    for (const domain::AttachmentType &type : std::as_const(m_records))
        last = qMax(last, type.sortOrder);
    m_current.sortOrder = last + 10;
}

TaskRuleListPage::TaskRuleListPage(services::AppContext &context,
                                   const services::ReferenceLists &lists,
                                   QWidget *parent)
    : ReferenceListPageOf(context,
                          {"taskRulePage",
                           QT_TRANSLATE_NOOP("sr::ui::ReferenceListPage", "Due after"),
                           &services::ReferenceLists::taskRules,
                           &domain::TaskRule::nameVi,
                           &services::ReferenceService::saveTaskRule},
                          parent)
{
    build(lists);
}

QString TaskRuleListPage::delayText(int months, int days)
{
    if (months == 0 && days == 0)
        return tr("on the day");
    // Spelled out rather than with %n: the English catalogue has no plural forms to fill.
    const QString monthText = months == 1 ? tr("1 month") : tr("%1 months").arg(months);
    const QString dayText = days == 1 ? tr("1 day") : tr("%1 days").arg(days);
    if (days == 0)
        return monthText;
    if (months == 0)
        return dayText;
    return tr("%1 %2", "months then days").arg(monthText, dayText);
}

void TaskRuleListPage::addFields(QFormLayout *form, const services::ReferenceLists &)
{
    m_kind = addFormRow<QComboBox>(form, tr("Made &when:"), QStringLiteral("taskRuleKindCombo"));
    for (domain::TaskRuleKind value : domain::allValues<domain::TaskRuleKind>())
        m_kind->addItem(EnumLabels::label(value), domain::toCode(value));
    m_kind->setToolTip(tr("What makes the task: a case handed over to the family (due after "
                          "the closing date), an identification still pending (after the "
                          "reception date), a referred support (after its date) or a plan goal "
                          "(after its target date)."));
    m_months = addFormRow<QSpinBox>(form, tr("Due after &months:"), QStringLiteral("monthsSpin"));
    m_months->setRange(0, 120);
    m_days = addFormRow<QSpinBox>(form, tr("and &days:"), QStringLiteral("daysSpin"));
    m_days->setRange(0, 3650);
    m_days->setToolTip(tr("Changing the delay moves the due dates of the open tasks of this "
                          "rule; archiving the rule cancels them."));
    m_lapse = addFormRow<QSpinBox>(
        form, tr("&Lapsed if already overdue by more than:"), QStringLiteral("lapseSpin"));
    m_lapse->setRange(0, 3650);
    m_lapse->setSuffix(tr(" days"));
    m_lapse->setSpecialValueText(tr("never lapsed"));
    m_lapse->setToolTip(tr("A task that is already overdue by more than this when the rule makes "
                           "it (a case of years ago entered or imported today) is recorded as "
                           "lapsed: it is not shown as work, and the report counts it as due and "
                           "not done. Tasks that become overdue later stay open."));
    fields().insert(QStringLiteral("kind"), m_kind);
    fields().insert(QStringLiteral("offset_months"), m_months);
    fields().insert(QStringLiteral("offset_days"), m_days);
    fields().insert(QStringLiteral("lapse_days"), m_lapse);
    watch(m_kind);
    watch(m_months);
    watch(m_days);
    watch(m_lapse);
}

QString TaskRuleListPage::extraOf(const domain::TaskRule &rule) const
{
    return delayText(rule.offsetMonths, rule.offsetDays);
}

void TaskRuleListPage::showRecord(const domain::TaskRule &rule)
{
    selectCode(m_kind, domain::toCode(rule.kind));
    m_months->setValue(rule.offsetMonths);
    m_days->setValue(rule.offsetDays);
    m_lapse->setValue(rule.lapseDays);
}

void TaskRuleListPage::readFields(domain::TaskRule &rule) const
{
    rule.kind = domain::fromCode<domain::TaskRuleKind>(m_kind->currentData().toString())
                    .value_or(domain::TaskRuleKind::FollowUpAfterHandover);
    rule.offsetMonths = m_months->value();
    rule.offsetDays = m_days->value();
    rule.lapseDays = m_lapse->value();
}

// == Shelter (docs/centre-work.md) ==

ShelterListPage::ShelterListPage(services::AppContext &context,
                                 const services::ReferenceLists &lists,
                                 QWidget *parent)
    : ReferenceListPageOf(context,
                          {"shelterPage",
                           QT_TRANSLATE_NOOP("sr::ui::ReferenceListPage", "Order"),
                           &services::ReferenceLists::shelters,
                           &domain::Shelter::nameVi,
                           &services::ReferenceService::saveShelter},
                          parent)
{
    build(lists);
}

void ShelterListPage::addFields(QFormLayout *form, const services::ReferenceLists &)
{
    m_sortOrder =
        addFormRow<QSpinBox>(form, tr("&Order in lists:"), QStringLiteral("sortOrderSpin"));
    m_sortOrder->setRange(0, 9999);
    m_sortOrder->setToolTip(tr("The shelter board lists the shelters in this order."));
    fields().insert(QStringLiteral("sort_order"), m_sortOrder);
    watch(m_sortOrder);
}

QString ShelterListPage::extraOf(const domain::Shelter &shelter) const
{
    return QLocale().toString(shelter.sortOrder);
}

void ShelterListPage::showRecord(const domain::Shelter &shelter)
{
    m_sortOrder->setValue(shelter.sortOrder);
}

void ShelterListPage::readFields(domain::Shelter &shelter) const
{
    shelter.sortOrder = m_sortOrder->value();
}

void ShelterListPage::prepareNew()
{
    int last = 0;
    for (const domain::Shelter &shelter : std::as_const(m_records))
        last = qMax(last, shelter.sortOrder);
    m_current.sortOrder = last + 10;
}

ShelterRoomListPage::ShelterRoomListPage(services::AppContext &context,
                                         const services::ReferenceLists &lists,
                                         QWidget *parent)
    : ReferenceListPageOf(context,
                          {"shelterRoomPage",
                           QT_TRANSLATE_NOOP("sr::ui::ReferenceListPage", "Beds"),
                           &services::ReferenceLists::shelterRooms,
                           &domain::ShelterRoom::nameVi,
                           &services::ReferenceService::saveShelterRoom},
                          parent)
{
    build(lists);
}

void ShelterRoomListPage::addFields(QFormLayout *form, const services::ReferenceLists &lists)
{
    m_shelter = addFormRow<QComboBox>(form, tr("S&helter:"), QStringLiteral("shelterCombo"));
    for (const domain::Shelter &shelter : lists.shelters) {
        if (!shelter.meta.archived)
            m_shelter->addItem(shelter.nameVi, shelter.code);
    }
    fields().insert(QStringLiteral("shelter_code"), m_shelter);
    watch(m_shelter);
    m_capacity = addFormRow<QSpinBox>(form, tr("Be&ds:"), QStringLiteral("capacitySpin"));
    m_capacity->setRange(0, 100);
    m_capacity->setToolTip(tr("A room is full when this many persons stay in it."));
    fields().insert(QStringLiteral("capacity"), m_capacity);
    watch(m_capacity);
    m_sortOrder =
        addFormRow<QSpinBox>(form, tr("&Order in lists:"), QStringLiteral("sortOrderSpin"));
    m_sortOrder->setRange(0, 9999);
    fields().insert(QStringLiteral("sort_order"), m_sortOrder);
    watch(m_sortOrder);
}

QString ShelterRoomListPage::extraOf(const domain::ShelterRoom &room) const
{
    return QLocale().toString(room.capacity);
}

void ShelterRoomListPage::showRecord(const domain::ShelterRoom &room)
{
    int index = m_shelter->findData(room.shelterCode);
    if (index < 0) {
        // An archived shelter keeps its rooms: show its code.
        m_shelter->addItem(room.shelterCode, room.shelterCode);
        index = m_shelter->count() - 1;
    }
    m_shelter->setCurrentIndex(index);
    m_capacity->setValue(room.capacity);
    m_sortOrder->setValue(room.sortOrder);
}

void ShelterRoomListPage::readFields(domain::ShelterRoom &room) const
{
    room.shelterCode = m_shelter->currentData().toString();
    room.capacity = m_capacity->value();
    room.sortOrder = m_sortOrder->value();
}

void ShelterRoomListPage::prepareNew()
{
    int last = 0;
    for (const domain::ShelterRoom &room : std::as_const(m_records))
        last = qMax(last, room.sortOrder);
    m_current.sortOrder = last + 10;
    m_current.capacity = 2;
}

} // namespace sr::ui
