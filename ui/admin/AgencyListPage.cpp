#include "ui/admin/AgencyListPage.h"

#include "domain/Enums.h"
#include "services/AppContext.h"
#include "ui/EnumLabels.h"

#include <QComboBox>
#include <QFormLayout>

namespace sr::ui {

AgencyListPage::AgencyListPage(services::AppContext &context,
                               const services::ReferenceLists &lists,
                               QWidget *parent)
    : ReferenceListPageOf(context, parent)
{
    setObjectName(QStringLiteral("agencyPage"));
    build(lists);
}

QString AgencyListPage::extraColumnTitle() const
{
    return tr("Kind");
}

void AgencyListPage::addFields(QFormLayout *form, const services::ReferenceLists &lists)
{
    m_kind = new QComboBox(this);
    m_kind->setObjectName(QStringLiteral("agencyKindCombo"));
    for (domain::AgencyKind value : domain::allValues<domain::AgencyKind>())
        m_kind->addItem(EnumLabels::label(value), domain::toCode(value));
    form->addRow(tr("&Kind:"), m_kind);
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("provinceCombo"));
    m_province->addItem(tr("(not recorded)"), QString());
    for (const domain::Province &province : lists.provinces)
        m_province->addItem(province.fullName, province.code);
    form->addRow(tr("&Province:"), m_province);
    fields().insert(QStringLiteral("province_code"), m_province);
    watch(m_kind);
    watch(m_province);
}

void AgencyListPage::takeEntries(const services::ReferenceLists &lists)
{
    m_records = lists.agencies;
}

ReferenceListPage::Row AgencyListPage::rowOf(const domain::Agency &agency) const
{
    return Row{agency.meta, agency.code, agency.name, agency.nameEn};
}

QString AgencyListPage::extraOf(const domain::Agency &agency) const
{
    return EnumLabels::label(agency.kind);
}

domain::Agency AgencyListPage::fromForm() const
{
    domain::Agency agency = m_current;
    agency.code = codeText();
    agency.name = nameText();
    agency.nameEn = nameEnText();
    agency.kind = domain::fromCode<domain::AgencyKind>(m_kind->currentData().toString())
                      .value_or(domain::AgencyKind::Other);
    agency.provinceCode = m_province->currentData().toString();
    return agency;
}

void AgencyListPage::showRecord(const domain::Agency &agency)
{
    selectCode(m_kind, domain::toCode(agency.kind));
    selectCode(m_province, agency.provinceCode);
}

services::ServiceResult<domain::Agency> AgencyListPage::saveRecord(const domain::Agency &agency)
{
    return m_context.references().saveAgency(m_actor, agency);
}

} // namespace sr::ui
