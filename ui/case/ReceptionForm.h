#pragma once

#include "domain/Reception.h"
#include "services/CaseService.h"
#include "ui/case/CaseForm.h"

class QComboBox;
class QLineEdit;
class QListWidget;
class QPlainTextEdit;
class QPushButton;

namespace sr::ui {

class DateLineEdit;

/** One reception: date, agency, batch, country, route, exploitation, identification, case status. */
class ReceptionForm : public CaseForm
{
    Q_OBJECT

public:
    ReceptionForm(const services::CaseReferenceData &reference, QWidget *parent = nullptr);

    void setReception(const domain::Reception &reception);
    domain::Reception reception() const;
    domain::FieldErrors unreadableFields() const;

    DateLineEdit *dateEdit() const { return m_date; }
    QComboBox *caseStatusCombo() const { return m_caseStatus; }
    QComboBox *outcomeCombo() const { return m_outcome; }

    /** Sets the case status to closed (closed today unless a date is typed) and focuses the outcome. */
    void closeCase();

private:
    void updateClosureFields();

    domain::Reception m_reception;
    DateLineEdit *m_date = nullptr;
    QComboBox *m_agency = nullptr;
    QComboBox *m_batch = nullptr;
    QComboBox *m_country = nullptr;
    QComboBox *m_route = nullptr;
    QListWidget *m_exploitation = nullptr;
    QComboBox *m_identification = nullptr;
    QComboBox *m_decidingAgency = nullptr;
    DateLineEdit *m_decisionDate = nullptr;
    QLineEdit *m_basis = nullptr;
    QComboBox *m_caseStatus = nullptr;
    QComboBox *m_outcome = nullptr;
    DateLineEdit *m_closedDate = nullptr;
    QPushButton *m_closeButton = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace sr::ui
