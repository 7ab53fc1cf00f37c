#include "ui/admin/BorderGateListPage.h"

#include "services/AppContext.h"

#include <QComboBox>
#include <QFormLayout>

#include <algorithm>

namespace sr::ui {

BorderGateListPage::BorderGateListPage(services::AppContext &context,
                                       const services::ReferenceLists &lists,
                                       QWidget *parent)
    : ReferenceListPageOf(context, parent)
{
    setObjectName(QStringLiteral("borderGatePage"));
    build(lists);
}

QString BorderGateListPage::extraColumnTitle() const
{
    return tr("Country");
}

void BorderGateListPage::addFields(QFormLayout *form, const services::ReferenceLists &lists)
{
    m_country = new QComboBox(this);
    m_country->setObjectName(QStringLiteral("countryCombo"));
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
    form->addRow(tr("Neighbouring c&ountry:"), m_country);
    fields().insert(QStringLiteral("country_code"), m_country);
    watch(m_country);
}

void BorderGateListPage::takeEntries(const services::ReferenceLists &lists)
{
    m_records = lists.borderGates;
}

ReferenceListPage::Row BorderGateListPage::rowOf(const domain::BorderGate &gate) const
{
    return Row{gate.meta, gate.code, gate.name, gate.nameEn};
}

QString BorderGateListPage::extraOf(const domain::BorderGate &gate) const
{
    return m_country->itemText(qMax(0, m_country->findData(gate.countryCode)));
}

domain::BorderGate BorderGateListPage::fromForm() const
{
    domain::BorderGate gate = m_current;
    gate.code = codeText();
    gate.name = nameText();
    gate.nameEn = nameEnText();
    gate.countryCode = m_country->currentData().toString();
    return gate;
}

void BorderGateListPage::showRecord(const domain::BorderGate &gate)
{
    selectCode(m_country, gate.countryCode);
}

services::ServiceResult<domain::BorderGate>
BorderGateListPage::saveRecord(const domain::BorderGate &gate)
{
    return m_context.references().saveBorderGate(m_actor, gate);
}

} // namespace sr::ui
