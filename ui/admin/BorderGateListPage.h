#pragma once

#include "domain/Reference.h"
#include "ui/admin/ReferenceListPage.h"

#include <QCoreApplication>

namespace sr::ui {

/** The border gates: the neighbouring country besides the shared fields. */
class BorderGateListPage final : public ReferenceListPageOf<domain::BorderGate>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    BorderGateListPage(services::AppContext &context,
                       const services::ReferenceLists &lists,
                       QWidget *parent = nullptr);

private:
    QString extraColumnTitle() const override;
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    void takeEntries(const services::ReferenceLists &lists) override;
    Row rowOf(const domain::BorderGate &gate) const override;
    QString extraOf(const domain::BorderGate &gate) const override;
    domain::BorderGate fromForm() const override;
    void showRecord(const domain::BorderGate &gate) override;
    services::ServiceResult<domain::BorderGate> saveRecord(const domain::BorderGate &gate) override;

    QComboBox *m_country = nullptr;
};

} // namespace sr::ui
