#pragma once

#include "domain/FollowUp.h"
#include "ui/case/CaseForm.h"

#include <QSet>

class QComboBox;
class QLineEdit;
class QPushButton;
class QTableWidget;

namespace sr::ui {

class DateLineEdit;

/** The follow-ups of the current reception: a list and a form for the selected one. */
class FollowUpList : public CaseRowsForm
{
    Q_OBJECT

public:
    explicit FollowUpList(QWidget *parent = nullptr);

    void setFollowUps(const QList<domain::FollowUp> &followUps);
    QList<domain::FollowUp> followUps() const { return m_followUps; }
    QList<std::pair<int, domain::FieldError>> unreadableFields() const;
    void selectRow(int row);

    DateLineEdit *dateEdit() const { return m_date; }

public Q_SLOTS:
    void addFollowUp();

Q_SIGNALS:
    void followUpEdited(const QString &uuid);

private:
    bool isStored(int row) const override;
    void dropRow(int row) override;
    void showRow(int row);
    void storeRow();
    void refreshRow(int row);

    QList<domain::FollowUp> m_followUps;
    QTableWidget *m_table = nullptr;
    DateLineEdit *m_date = nullptr;
    QComboBox *m_kind = nullptr;
    QComboBox *m_health = nullptr;
    QComboBox *m_housing = nullptr;
    QComboBox *m_work = nullptr;
    QComboBox *m_schooling = nullptr;
    QLineEdit *m_notes = nullptr;
    QSet<int> m_unreadableDates;
};

} // namespace sr::ui
