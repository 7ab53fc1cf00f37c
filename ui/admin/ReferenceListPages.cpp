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

} // namespace sr::ui
