#pragma once

#include "domain/Reference.h"
#include "ui/admin/ReferenceListPage.h"

#include <QCoreApplication>

namespace sr::ui {

class MoneyLineEdit;

/** The support types: default amount, legal regime and order besides the shared fields. */
class SupportTypeListPage final : public ReferenceListPageOf<domain::SupportType>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    SupportTypeListPage(services::AppContext &context,
                        const services::ReferenceLists &lists,
                        QWidget *parent = nullptr);

private:
    QString extraColumnTitle() const override;
    bool extraColumnIsAmount() const override { return true; }
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    void takeEntries(const services::ReferenceLists &lists) override;
    Row rowOf(const domain::SupportType &type) const override;
    QString extraOf(const domain::SupportType &type) const override;
    domain::SupportType fromForm() const override;
    void showRecord(const domain::SupportType &type) override;
    void prepareNew() override;
    domain::FieldErrors malformedFields() const override;
    services::ServiceResult<domain::SupportType>
    saveRecord(const domain::SupportType &type) override;

    MoneyLineEdit *m_amount = nullptr;
    QCheckBox *m_legal = nullptr;
    QSpinBox *m_sortOrder = nullptr;
};

} // namespace sr::ui
