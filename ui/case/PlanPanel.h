#pragma once

#include "domain/CaseWork.h"
#include "domain/Reception.h"
#include "services/ApprovalService.h"
#include "services/PlanService.h"

#include <QDialog>
#include <QWidget>

#include <functional>

class QComboBox;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QTableWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class DateLineEdit;

/**
 * The case editor's "Plan" tab: the support plan of the current reception (its goals, added,
 * edited and archived in dialogs that save at once, each in its own transaction) and its
 * approvals — the plan's state, the history of requests and decisions, and the buttons to
 * submit the plan, request the closure, and for managers approve or return a request; the
 * requester may withdraw it. Nothing here waits for the editor's Save.
 */
class PlanPanel : public QWidget
{
    Q_OBJECT

public:
    /** Acts for @a context's acting user; @a context must outlive the panel. */
    explicit PlanPanel(services::AppContext &context, QWidget *parent = nullptr);

    /** Shows the plan of @a reception (not stored yet: the panel asks to save it first). */
    void setReception(const domain::Reception &reception);
    /** Reads the goals and approvals again. */
    void refresh();

    QTableWidget *goalTable() const { return m_goals; }
    QTableWidget *approvalTable() const { return m_history; }
    QLabel *stateLabel() const { return m_state; }
    QPushButton *addButton() const { return m_add; }
    QPushButton *editButton() const { return m_edit; }
    QPushButton *archiveButton() const { return m_archive; }
    QPushButton *submitButton() const { return m_submit; }
    QPushButton *closureButton() const { return m_requestClosure; }
    QPushButton *approveButton() const { return m_approve; }
    QPushButton *returnButton() const { return m_return; }
    QPushButton *withdrawButton() const { return m_withdraw; }
    /** Text of the panel's message line (a failure), empty when none. */
    QString messageText() const;

    /** The state's sentence, as the tab shows it. */
    static QString stateText(services::PlanState state);

    /**
     * Test seam: dialogs the panel opens are handed to this instead of exec(), which the
     * hook drives (fills fields, clicks OK) before the panel reads the result.
     */
    static void setDialogHook(std::function<void(QDialog *)> hook);

Q_SIGNALS:
    /** A decision changed the case itself (an approved closure): the editor reloads. */
    void caseChanged();
    /** Goals or approvals were written. */
    void planChanged();

private:
    void editGoal(const domain::PlanGoal &goal);
    void archiveGoal();
    void submitPlan();
    void requestClosure();
    void decide(domain::ApprovalStatus decision);
    void updateButtons();
    /** Sizes the approval history to its lines, so the goals get the height left. */
    void fitHistoryHeight();
    const services::ApprovalEntry *selectedApproval() const;
    void showFailure(const Error &error);
    bool run(QDialog *dialog);

    services::AppContext &m_context;
    services::PlanService m_plan;
    services::ApprovalService m_approvals;
    domain::Reception m_reception;
    services::PlanView m_view;
    QList<services::ApprovalEntry> m_entries;

    QLabel *m_state = nullptr;
    QLabel *m_required = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_goals = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_edit = nullptr;
    QPushButton *m_archive = nullptr;
    QTableWidget *m_history = nullptr;
    QPushButton *m_submit = nullptr;
    QPushButton *m_requestClosure = nullptr;
    QPushButton *m_approve = nullptr;
    QPushButton *m_return = nullptr;
    QPushButton *m_withdraw = nullptr;
};

/**
 * Adds or edits one goal: area, goal, planned actions, target date, status and review notes.
 * OK saves through PlanService; a refusal marks the fields and says how to fix them, keeping
 * what was typed; the dialog closes only when the goal is saved.
 */
class GoalDialog : public QDialog
{
    Q_OBJECT

public:
    GoalDialog(services::PlanService &plan,
               const domain::Actor &actor,
               const domain::PlanGoal &goal,
               QWidget *parent = nullptr);

    const domain::PlanGoal &saved() const { return m_goal; }
    QComboBox *areaCombo() const { return m_area; }
    QLineEdit *goalEdit() const { return m_text; }
    QPlainTextEdit *actionsEdit() const { return m_actions; }
    DateLineEdit *targetDateEdit() const { return m_target; }
    QComboBox *statusCombo() const { return m_status; }
    QPlainTextEdit *reviewNotesEdit() const { return m_review; }
    QLabel *errorLabel() const { return m_errors; }

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    services::PlanService &m_plan;
    domain::Actor m_actor;
    domain::PlanGoal m_goal;
    QComboBox *m_area = nullptr;
    QLineEdit *m_text = nullptr;
    QPlainTextEdit *m_actions = nullptr;
    DateLineEdit *m_target = nullptr;
    QComboBox *m_status = nullptr;
    QPlainTextEdit *m_review = nullptr;
    QLabel *m_errors = nullptr;
};

/**
 * A request or a decision on an approval: an optional outcome and closing date (a closure
 * request) and a note or comment. OK runs the action it was given; a refusal marks the fields
 * and keeps what was typed.
 */
class ApprovalDialog : public QDialog
{
    Q_OBJECT

public:
    struct Input
    {
        std::optional<domain::CaseOutcome> outcome;
        QDate closedDate;
        QString text;
    };
    using Action = std::function<services::ServiceResult<domain::Approval>(const Input &)>;

    ApprovalDialog(const QString &title,
                   const QString &explanation,
                   const QString &textLabel,
                   bool closure,
                   Action action,
                   QWidget *parent = nullptr);

    QComboBox *outcomeCombo() const { return m_outcome; }
    DateLineEdit *closedDateEdit() const { return m_closedDate; }
    QPlainTextEdit *textEdit() const { return m_text; }
    QLabel *errorLabel() const { return m_errors; }
    QPushButton *okButton() const;

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    Action m_action;
    QComboBox *m_outcome = nullptr;
    DateLineEdit *m_closedDate = nullptr;
    QPlainTextEdit *m_text = nullptr;
    QLabel *m_errors = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
};

} // namespace sr::ui
