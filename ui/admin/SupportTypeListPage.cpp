#include "ui/admin/SupportTypeListPage.h"

#include "services/AppContext.h"
#include "ui/case/CaseFields.h"

#include <QCheckBox>
#include <QFormLayout>
#include <QSpinBox>

namespace sr::ui {

SupportTypeListPage::SupportTypeListPage(services::AppContext &context,
                                         const services::ReferenceLists &lists,
                                         QWidget *parent)
    : ReferenceListPageOf(context, parent)
{
    setObjectName(QStringLiteral("supportTypePage"));
    build(lists);
}

QString SupportTypeListPage::extraColumnTitle() const
{
    return tr("Default amount");
}

void SupportTypeListPage::addFields(QFormLayout *form, const services::ReferenceLists &)
{
    m_amount = new MoneyLineEdit(this);
    m_amount->setObjectName(QStringLiteral("defaultAmountEdit"));
    m_amount->setToolTip(tr("Prefilled in new supports of this type; set by provincial "
                            "resolutions. Supports already recorded keep their amounts."));
    form->addRow(tr("&Default amount:"), m_amount);
    m_legal = new QCheckBox(tr("One of the &legal support regimes (Law 53/2024, art. 37)"), this);
    m_legal->setObjectName(QStringLiteral("legalRegimeCheck"));
    form->addRow(QString(), m_legal);
    m_sortOrder = new QSpinBox(this);
    m_sortOrder->setObjectName(QStringLiteral("sortOrderSpin"));
    m_sortOrder->setRange(0, 9999);
    form->addRow(tr("&Order in lists:"), m_sortOrder);
    fields().insert(QStringLiteral("default_amount_vnd"), m_amount);
    fields().insert(QStringLiteral("sort_order"), m_sortOrder);
    watch(m_amount);
    watch(m_legal);
    watch(m_sortOrder);
}

void SupportTypeListPage::takeEntries(const services::ReferenceLists &lists)
{
    m_records = lists.supportTypes;
}

ReferenceListPage::Row SupportTypeListPage::rowOf(const domain::SupportType &type) const
{
    return Row{type.meta, type.code, type.nameVi, type.nameEn};
}

QString SupportTypeListPage::extraOf(const domain::SupportType &type) const
{
    return CaseFields::formatMoney(type.defaultAmountVnd);
}

domain::SupportType SupportTypeListPage::fromForm() const
{
    domain::SupportType type = m_current;
    type.code = codeText();
    type.nameVi = nameText();
    type.nameEn = nameEnText();
    type.defaultAmountVnd = m_amount->amount().value_or(0);
    type.legalRegime = m_legal->isChecked();
    type.sortOrder = m_sortOrder->value();
    return type;
}

void SupportTypeListPage::showRecord(const domain::SupportType &type)
{
    m_amount->setAmount(type.defaultAmountVnd);
    m_legal->setChecked(type.legalRegime);
    m_sortOrder->setValue(type.sortOrder);
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

services::ServiceResult<domain::SupportType>
SupportTypeListPage::saveRecord(const domain::SupportType &type)
{
    return m_context.references().saveSupportType(m_actor, type);
}

} // namespace sr::ui
