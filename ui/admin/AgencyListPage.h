#pragma once

#include "domain/Reference.h"
#include "ui/admin/ReferenceListPage.h"

#include <QCoreApplication>

namespace sr::ui {

/** The agencies: kind and province besides the shared fields. */
class AgencyListPage final : public ReferenceListPageOf<domain::Agency>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    AgencyListPage(services::AppContext &context,
                   const services::ReferenceLists &lists,
                   QWidget *parent = nullptr);

private:
    QString extraColumnTitle() const override;
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    void takeEntries(const services::ReferenceLists &lists) override;
    Row rowOf(const domain::Agency &agency) const override;
    QString extraOf(const domain::Agency &agency) const override;
    domain::Agency fromForm() const override;
    void showRecord(const domain::Agency &agency) override;
    services::ServiceResult<domain::Agency> saveRecord(const domain::Agency &agency) override;

    QComboBox *m_kind = nullptr;
    QComboBox *m_province = nullptr;
};

} // namespace sr::ui
