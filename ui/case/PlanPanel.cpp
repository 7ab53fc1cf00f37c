#include "ui/case/PlanPanel.h"

#include "domain/Clock.h"
#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/EnumLabels.h"
#include "ui/TableViews.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

#include <algorithm>

namespace sr::ui {

namespace {

std::function<void(QDialog *)> &dialogHook()
{
    static std::function<void(QDialog *)> hook;
    return hook;
}

QTableWidgetItem *cell(const QString &text)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    return item;
}

QPlainTextEdit *shortText(QWidget *parent, const QString &name, int lines)
{
    auto *edit = new QPlainTextEdit(parent);
    edit->setObjectName(name);
    edit->setTabChangesFocus(true);
    edit->setMaximumHeight(edit->fontMetrics().height() * (lines + 1));
    return edit;
}

/** Marks the widgets of @a fields named in @a errors and returns the sentences, one a line. */
QString markErrors(const QHash<QString, QWidget *> &fields, const domain::FieldErrors &errors)
{
    for (QWidget *widget : fields)
        CaseFields::markInvalid(widget, QString());
    QStringList lines;
    QWidget *first = nullptr;
    for (const domain::FieldError &error : errors) {
        const QString text = CaseFields::message(error);
        lines.append(text);
        if (QWidget *widget = fields.value(error.field)) {
            CaseFields::markInvalid(widget, text);
            if (!first)
                first = widget;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return lines.join(QLatin1Char('\n'));
}

QLabel *errorLine(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("dialogErrorLabel"));
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    label->hide();
    return label;
}

} // namespace

// --- PlanPanel ---------------------------------------------------------------------------

PlanPanel::PlanPanel(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_plan(context.database())
    , m_approvals(context.database())
{
    setObjectName(QStringLiteral("planPanel"));
    m_state = new QLabel(this);
    m_state->setObjectName(QStringLiteral("planStateLabel"));
    m_state->setWordWrap(true);
    QFont bold = m_state->font();
    bold.setBold(true);
    m_state->setFont(bold);
    m_required = new QLabel(this);
    m_required->setObjectName(QStringLiteral("approvalsRequiredLabel"));
    m_required->setWordWrap(true);
    m_message = errorLine(this);
    m_message->setObjectName(QStringLiteral("planMessageLabel"));

    auto *goalsBox = new QGroupBox(tr("Goals of the support plan"), this);
    m_goals = new QTableWidget(0, 6, goalsBox);
    m_goals->setObjectName(QStringLiteral("goalTable"));
    m_goals->setHorizontalHeaderLabels({tr("Area"),
                                        tr("Goal"),
                                        tr("Planned actions"),
                                        tr("Target date"),
                                        tr("Status"),
                                        tr("Review notes")});
    TableViews::setUpRowPicker(m_goals);
    // The texts share the width; the short columns take what they need.
    QHeaderView *goalHeader = m_goals->horizontalHeader();
    for (int column : {0, 3, 4})
        goalHeader->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    for (int column : {1, 2, 5})
        goalHeader->setSectionResizeMode(column, QHeaderView::Stretch);
    m_goals->setMinimumHeight(m_goals->fontMetrics().height() * 6);
    m_add = new QPushButton(tr("&Add goal…"), goalsBox);
    m_add->setObjectName(QStringLiteral("addGoalButton"));
    m_edit = new QPushButton(tr("&Edit goal…"), goalsBox);
    m_edit->setObjectName(QStringLiteral("editGoalButton"));
    m_archive = new QPushButton(tr("Arc&hive goal…"), goalsBox);
    m_archive->setObjectName(QStringLiteral("archiveGoalButton"));
    auto *goalButtons = new QHBoxLayout;
    goalButtons->addWidget(m_add);
    goalButtons->addWidget(m_edit);
    goalButtons->addWidget(m_archive);
    goalButtons->addStretch(1);
    auto *goalsLayout = new QVBoxLayout(goalsBox);
    goalsLayout->addWidget(m_goals, 1);
    goalsLayout->addLayout(goalButtons);

    auto *approvalsBox = new QGroupBox(tr("Approvals"), this);
    m_history = new QTableWidget(0, 6, approvalsBox);
    m_history->setObjectName(QStringLiteral("approvalTable"));
    m_history->setHorizontalHeaderLabels({tr("Request"),
                                          tr("State"),
                                          tr("Requested by"),
                                          tr("Decided by"),
                                          tr("Decided on"),
                                          tr("Note and comment")});
    TableViews::setUpRowPicker(m_history);
    for (int column = 0; column < 5; ++column)
        m_history->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    m_history->horizontalHeader()->setSectionResizeMode(5, QHeaderView::Stretch);
    m_submit = new QPushButton(tr("S&ubmit plan for approval…"), approvalsBox);
    m_submit->setObjectName(QStringLiteral("submitPlanButton"));
    m_requestClosure = new QPushButton(tr("Request &closure…"), approvalsBox);
    m_requestClosure->setObjectName(QStringLiteral("requestClosureButton"));
    m_approve = new QPushButton(tr("Appro&ve…"), approvalsBox);
    m_approve->setObjectName(QStringLiteral("approveButton"));
    m_return = new QPushButton(tr("Re&turn…"), approvalsBox);
    m_return->setObjectName(QStringLiteral("returnButton"));
    m_withdraw = new QPushButton(tr("&Withdraw"), approvalsBox);
    m_withdraw->setObjectName(QStringLiteral("withdrawButton"));
    auto *approvalButtons = new QHBoxLayout;
    approvalButtons->addWidget(m_submit);
    approvalButtons->addWidget(m_requestClosure);
    approvalButtons->addStretch(1);
    approvalButtons->addWidget(m_approve);
    approvalButtons->addWidget(m_return);
    approvalButtons->addWidget(m_withdraw);
    auto *approvalsLayout = new QVBoxLayout(approvalsBox);
    approvalsLayout->addWidget(m_required);
    approvalsLayout->addWidget(m_history);
    approvalsLayout->addLayout(approvalButtons);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_state);
    layout->addWidget(m_message);
    layout->addWidget(goalsBox, 1);
    layout->addWidget(approvalsBox);
    fitHistoryHeight();

    for (QPushButton *button :
         {m_add, m_edit, m_archive, m_submit, m_requestClosure, m_approve, m_return, m_withdraw})
        button->setAutoDefault(false);
    connect(m_add, &QPushButton::clicked, this, [this] {
        domain::PlanGoal goal;
        goal.receptionId = m_reception.meta.id;
        editGoal(goal);
    });
    connect(m_edit, &QPushButton::clicked, this, [this] {
        const int row = m_goals->currentRow();
        if (row >= 0 && row < m_view.goals.size())
            editGoal(m_view.goals.at(row));
    });
    connect(m_goals, &QTableWidget::cellActivated, this, [this](int row) {
        if (m_edit->isEnabled() && row >= 0 && row < m_view.goals.size())
            editGoal(m_view.goals.at(row));
    });
    connect(m_archive, &QPushButton::clicked, this, &PlanPanel::archiveGoal);
    connect(m_submit, &QPushButton::clicked, this, &PlanPanel::submitPlan);
    connect(m_requestClosure, &QPushButton::clicked, this, &PlanPanel::requestClosure);
    connect(m_approve, &QPushButton::clicked, this, [this] {
        decide(domain::ApprovalStatus::Approved);
    });
    connect(m_return, &QPushButton::clicked, this, [this] {
        decide(domain::ApprovalStatus::Returned);
    });
    connect(m_withdraw, &QPushButton::clicked, this, [this] {
        decide(domain::ApprovalStatus::Withdrawn);
    });
    connect(m_goals, &QTableWidget::currentCellChanged, this, &PlanPanel::updateButtons);
    connect(m_history, &QTableWidget::currentCellChanged, this, &PlanPanel::updateButtons);
    setTabOrder(m_goals, m_add);
    setTabOrder(m_add, m_edit);
    setTabOrder(m_edit, m_archive);
    setTabOrder(m_archive, m_history);
    setTabOrder(m_history, m_submit);
    setTabOrder(m_submit, m_requestClosure);
    setTabOrder(m_requestClosure, m_approve);
    setTabOrder(m_approve, m_return);
    setTabOrder(m_return, m_withdraw);
    updateButtons();
}

void PlanPanel::setDialogHook(std::function<void(QDialog *)> hook)
{
    dialogHook() = std::move(hook);
}

bool PlanPanel::run(QDialog *dialog)
{
    if (dialogHook()) {
        dialogHook()(dialog);
        return dialog->result() == QDialog::Accepted;
    }
    return dialog->exec() == QDialog::Accepted;
}

QString PlanPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

QString PlanPanel::stateText(services::PlanState state)
{
    switch (state) {
    case services::PlanState::None:
        return tr("No plan yet: add the first goal.");
    case services::PlanState::Draft:
        return tr("Plan drafted, not submitted for approval.");
    case services::PlanState::Submitted:
        return tr("Plan submitted, waiting for a manager's approval.");
    case services::PlanState::Approved:
        return tr("Plan approved.");
    case services::PlanState::Returned:
        return tr("Plan returned by the manager: see the comment, change the goals and submit "
                  "it again.");
    case services::PlanState::ChangedSinceApproval:
        return tr("Plan changed since it was approved: submit it again for approval.");
    }
    return {};
}

void PlanPanel::setReception(const domain::Reception &reception)
{
    m_reception = reception;
    refresh();
}

void PlanPanel::refresh()
{
    m_message->hide();
    m_view = services::PlanView{};
    m_entries.clear();
    if (m_reception.meta.isStored()) {
        const domain::Actor &actor = m_context.actor();
        Result<services::PlanView> view = m_plan.plan(actor, m_reception.meta.id);
        Result<QList<services::ApprovalEntry>> history =
            m_approvals.history(actor, m_reception.meta.id);
        if (!view) {
            showFailure(view.error());
        } else if (!history) {
            showFailure(history.error());
        } else {
            m_view = std::move(view).value();
            m_entries = std::move(history).value();
        }
        m_state->setText(stateText(m_view.state));
    } else {
        m_state->setText(tr("Save the reception first: its plan and approvals start once it "
                            "is stored."));
    }
    m_required->setText(m_view.approvalsRequired
                            ? tr("This organisation requires a manager's approval of the plan "
                                 "and of closing a case.")
                            : tr("Approvals are optional in this organisation."));

    const int goalRow = m_goals->currentRow();
    m_goals->setRowCount(0);
    for (const domain::PlanGoal &goal : m_view.goals) {
        const int row = m_goals->rowCount();
        m_goals->insertRow(row);
        m_goals->setItem(row, 0, cell(EnumLabels::label(goal.area)));
        m_goals->setItem(row, 1, cell(goal.goal));
        m_goals->setItem(row, 2, cell(goal.actions));
        m_goals->setItem(row, 3, cell(CaseFields::formatDate(goal.targetDate)));
        m_goals->setItem(row, 4, cell(EnumLabels::label(goal.status)));
        m_goals->setItem(row, 5, cell(goal.reviewNotes));
    }
    if (m_goals->rowCount() > 0)
        m_goals->setCurrentCell(qBound(0, goalRow, m_goals->rowCount() - 1), 0);

    m_history->setRowCount(0);
    // Newest first: the pending request, when there is one, is on top.
    for (qsizetype i = m_entries.size() - 1; i >= 0; --i) {
        const services::ApprovalEntry &entry = m_entries.at(i);
        const domain::Approval &approval = entry.approval;
        const int row = m_history->rowCount();
        m_history->insertRow(row);
        QString request = EnumLabels::label(approval.kind);
        if (approval.kind == domain::ApprovalKind::Closure && approval.proposedOutcome)
            request += QStringLiteral(": %1, %2")
                           .arg(EnumLabels::label(*approval.proposedOutcome),
                                CaseFields::formatDate(approval.proposedClosedDate));
        m_history->setItem(row, 0, cell(request));
        m_history->setItem(row, 1, cell(EnumLabels::label(approval.status)));
        m_history->setItem(
            row,
            2,
            cell(QStringLiteral("%1, %2").arg(
                entry.requestedBy,
                CaseFields::formatDate(
                    approval.meta.createdAt.toOffsetFromUtc(domain::Clock::kVietnamUtcOffsetSecs)
                        .date()))));
        m_history->setItem(row, 3, cell(entry.decidedBy));
        m_history->setItem(row, 4, cell(CaseFields::formatDate(approval.decidedDate)));
        QStringList texts;
        if (!approval.requestNote.isEmpty())
            texts.append(approval.requestNote);
        if (!approval.decisionComment.isEmpty())
            texts.append(approval.decisionComment);
        m_history->setItem(row, 5, cell(texts.join(QStringLiteral(" — "))));
    }
    if (m_history->rowCount() > 0)
        m_history->setCurrentCell(0, 0);
    fitHistoryHeight();
    updateButtons();
}

void PlanPanel::fitHistoryHeight()
{
    // The history is as tall as its requests (two to five lines, then it scrolls): a case has
    // few of them, and the height it does not need goes to the goals, which a plan has many
    // of (a fixed share left the goals scrolling beside an empty history at 1366×768).
    const int lines = std::clamp(m_history->rowCount(), 2, 5);
    m_history->setFixedHeight(m_history->horizontalHeader()->sizeHint().height()
                              + lines * m_history->verticalHeader()->defaultSectionSize()
                              + 2 * m_history->frameWidth());
}

const services::ApprovalEntry *PlanPanel::selectedApproval() const
{
    const int row = m_history->currentRow();
    if (row < 0 || row >= m_entries.size())
        return nullptr;
    return &m_entries.at(m_entries.size() - 1 - row);
}

void PlanPanel::updateButtons()
{
    const domain::Actor &actor = m_context.actor();
    const bool stored = m_reception.meta.isStored();
    const bool writable = stored && !m_context.isReadOnly()
                          && services::allowed(actor, services::Permission::EditCases);
    const bool hasGoal = m_goals->currentRow() >= 0 && m_goals->currentRow() < m_view.goals.size();
    m_add->setEnabled(writable);
    m_edit->setEnabled(writable && hasGoal);
    m_archive->setEnabled(writable && hasGoal);
    const bool open = m_reception.caseStatus == domain::CaseStatus::Open;
    const bool account = actor.userId > 0;
    // One request of a kind waits at a time (the service checks it again when writing).
    bool planPending = false;
    bool closurePending = false;
    for (const services::ApprovalEntry &entry : m_entries) {
        if (entry.approval.status != domain::ApprovalStatus::Requested)
            continue;
        (entry.approval.kind == domain::ApprovalKind::Plan ? planPending : closurePending) = true;
    }
    m_submit->setEnabled(writable && account && open && !m_view.goals.isEmpty() && !planPending);
    m_requestClosure->setEnabled(writable && account && open && !closurePending);

    const services::ApprovalEntry *entry = selectedApproval();
    const bool pending = entry && entry->approval.status == domain::ApprovalStatus::Requested;
    const bool own = pending && entry->approval.requestedByUserId == actor.userId;
    const bool decider = stored && !m_context.isReadOnly()
                         && services::allowed(actor, services::Permission::ApproveCaseWork);
    const bool mayDecide =
        pending && decider && (!own || actor.role == domain::Role::Administrator);
    m_approve->setVisible(decider);
    m_return->setVisible(decider);
    m_approve->setEnabled(mayDecide);
    m_return->setEnabled(mayDecide);
    m_withdraw->setEnabled(writable && own);
}

void PlanPanel::showFailure(const Error &error)
{
    m_message->setText(messages::ErrorMessages::message(error));
    m_message->show();
}

void PlanPanel::editGoal(const domain::PlanGoal &goal)
{
    GoalDialog dialog(m_plan, m_context.actor(), goal, this);
    if (!run(&dialog))
        return;
    refresh();
    for (int row = 0; row < m_view.goals.size(); ++row) {
        if (m_view.goals.at(row).meta.id == dialog.saved().meta.id)
            m_goals->setCurrentCell(row, 0);
    }
    Q_EMIT planChanged();
}

void PlanPanel::archiveGoal()
{
    const int row = m_goals->currentRow();
    if (row < 0 || row >= m_view.goals.size())
        return;
    const domain::PlanGoal goal = m_view.goals.at(row);
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Archive goal"),
        tr("This goal stays in the database (and the audit log) but is no longer part of the "
           "plan."));
    if (!reason)
        return;
    if (Result<void> archived =
            m_plan.archiveGoal(m_context.actor(), goal.meta.id, goal.meta.version, *reason);
        !archived) {
        showFailure(archived.error());
        return;
    }
    refresh();
    Q_EMIT planChanged();
}

void PlanPanel::submitPlan()
{
    const qint64 receptionId = m_reception.meta.id;
    ApprovalDialog dialog(
        tr("Submit plan for approval"),
        tr("A manager approves the plan or returns it with a comment. Until then the request "
           "can be withdrawn."),
        tr("&Note:"),
        false,
        [this, receptionId](const ApprovalDialog::Input &input) {
            return m_approvals.requestPlanApproval(m_context.actor(), receptionId, input.text);
        },
        this);
    if (!run(&dialog))
        return;
    refresh();
    Q_EMIT planChanged();
}

void PlanPanel::requestClosure()
{
    const qint64 receptionId = m_reception.meta.id;
    ApprovalDialog dialog(
        tr("Request closure"),
        tr("The case is closed with this outcome and date when a manager approves the "
           "request."),
        tr("&Note:"),
        true,
        [this, receptionId](const ApprovalDialog::Input &input) {
            return m_approvals.requestClosure(
                m_context.actor(), receptionId, input.outcome, input.closedDate, input.text);
        },
        this);
    if (!run(&dialog))
        return;
    refresh();
    Q_EMIT planChanged();
}

void PlanPanel::decide(domain::ApprovalStatus decision)
{
    const services::ApprovalEntry *entry = selectedApproval();
    if (!entry)
        return;
    const qint64 id = entry->approval.meta.id;
    const bool closure = entry->approval.kind == domain::ApprovalKind::Closure;
    services::ApprovalService &approvals = m_approvals;
    const domain::Actor actor = m_context.actor();
    QString title;
    QString explanation;
    QString label = tr("&Comment:");
    ApprovalDialog::Action action;
    switch (decision) {
    case domain::ApprovalStatus::Approved:
        title = tr("Approve");
        explanation = closure ? tr("Approving closes the case with the outcome and date asked "
                                   "for.")
                              : tr("Approving accepts the plan as it stands.");
        action = [&approvals, actor, id](const ApprovalDialog::Input &input) {
            return approvals.approve(actor, id, input.text);
        };
        break;
    case domain::ApprovalStatus::Returned:
        title = tr("Return to the worker");
        explanation = tr("Say what should change: the worker sees your comment.");
        action = [&approvals, actor, id](const ApprovalDialog::Input &input) {
            return approvals.returnToWorker(actor, id, input.text);
        };
        break;
    case domain::ApprovalStatus::Withdrawn:
    case domain::ApprovalStatus::Requested:
        if (services::ServiceResult<domain::Approval> withdrawn = approvals.withdraw(actor, id);
            !withdrawn)
            showFailure(withdrawn.error());
        else
            Q_EMIT planChanged();
        refresh();
        return;
    }
    ApprovalDialog dialog(title, explanation, label, false, std::move(action), this);
    if (!run(&dialog))
        return;
    refresh();
    Q_EMIT planChanged();
    if (decision == domain::ApprovalStatus::Approved && closure)
        Q_EMIT caseChanged();
}

// --- GoalDialog --------------------------------------------------------------------------

GoalDialog::GoalDialog(services::PlanService &plan,
                       const domain::Actor &actor,
                       const domain::PlanGoal &goal,
                       QWidget *parent)
    : QDialog(parent)
    , m_plan(plan)
    , m_actor(actor)
    , m_goal(goal)
{
    setObjectName(QStringLiteral("goalDialog"));
    setWindowTitle(goal.meta.isStored() ? tr("Edit goal") : tr("Add goal"));
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_area = new QComboBox(this);
    m_area->setObjectName(QStringLiteral("goalAreaCombo"));
    for (domain::GoalArea area : domain::allValues<domain::GoalArea>())
        m_area->addItem(EnumLabels::label(area), domain::toCode(area));
    m_area->setCurrentIndex(m_area->findData(domain::toCode(goal.area)));
    form->addRow(tr("&Area:"), m_area);
    m_text = new QLineEdit(goal.goal, this);
    m_text->setObjectName(QStringLiteral("goalTextEdit"));
    form->addRow(tr("&Goal:"), m_text);
    m_actions = shortText(this, QStringLiteral("goalActionsEdit"), 3);
    m_actions->setPlainText(goal.actions);
    form->addRow(tr("Planned a&ctions:"), m_actions);
    m_target = new DateLineEdit(this);
    m_target->setObjectName(QStringLiteral("goalTargetDateEdit"));
    m_target->setDate(goal.targetDate);
    form->addRow(tr("&Target date:"), m_target);
    m_status = new QComboBox(this);
    m_status->setObjectName(QStringLiteral("goalStatusCombo"));
    for (domain::GoalStatus status : domain::allValues<domain::GoalStatus>())
        m_status->addItem(EnumLabels::label(status), domain::toCode(status));
    m_status->setCurrentIndex(m_status->findData(domain::toCode(goal.status)));
    form->addRow(tr("&Status:"), m_status);
    m_review = shortText(this, QStringLiteral("goalReviewEdit"), 3);
    m_review->setPlainText(goal.reviewNotes);
    form->addRow(tr("&Review notes:"), m_review);
    m_errors = errorLine(this);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &GoalDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &GoalDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch(1);
    layout->addWidget(buttons);
    m_area->setFocus();
    WindowGeometry::place(this, QStringLiteral("goalDialog"), QSize(560, 440));
}

void GoalDialog::accept()
{
    domain::PlanGoal goal = m_goal;
    goal.area = domain::fromCode<domain::GoalArea>(m_area->currentData().toString())
                    .value_or(domain::GoalArea::Health);
    goal.goal = m_text->text();
    goal.actions = m_actions->toPlainText();
    goal.targetDate = m_target->date();
    goal.status = domain::fromCode<domain::GoalStatus>(m_status->currentData().toString())
                      .value_or(domain::GoalStatus::Planned);
    goal.reviewNotes = m_review->toPlainText();
    const QHash<QString, QWidget *> fields{{QStringLiteral("area"), m_area},
                                           {QStringLiteral("goal"), m_text},
                                           {QStringLiteral("actions"), m_actions},
                                           {QStringLiteral("target_date"), m_target},
                                           {QStringLiteral("status"), m_status},
                                           {QStringLiteral("review_notes"), m_review}};
    // Text that is not a date never reaches the service, which would see a blank date.
    if (m_target->isMalformed()) {
        m_errors->setText(markErrors(fields,
                                     {domain::FieldError{QStringLiteral("target_date"),
                                                         domain::ValidationCode::InvalidDate}}));
        m_errors->show();
        return;
    }
    services::ServiceResult<domain::PlanGoal> saved = m_plan.saveGoal(m_actor, goal);
    if (!saved) {
        // What was typed stays: only the marks and the message change.
        m_errors->setText(saved.fieldErrors().isEmpty()
                              ? messages::ErrorMessages::message(saved.error())
                              : markErrors(fields, saved.fieldErrors()));
        m_errors->show();
        return;
    }
    m_goal = saved.value();
    QDialog::accept();
}

void GoalDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("goalDialog"));
    QDialog::done(result);
}

// --- ApprovalDialog ----------------------------------------------------------------------

ApprovalDialog::ApprovalDialog(const QString &title,
                               const QString &explanation,
                               const QString &textLabel,
                               bool closure,
                               Action action,
                               QWidget *parent)
    : QDialog(parent)
    , m_action(std::move(action))
{
    setObjectName(QStringLiteral("approvalDialog"));
    setWindowTitle(title);
    auto *intro = new QLabel(explanation, this);
    intro->setWordWrap(true);
    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    if (closure) {
        m_outcome = new QComboBox(this);
        m_outcome->setObjectName(QStringLiteral("closureOutcomeCombo"));
        m_outcome->addItem(tr("(choose)"), QString());
        for (domain::CaseOutcome outcome : domain::allValues<domain::CaseOutcome>())
            m_outcome->addItem(EnumLabels::label(outcome), domain::toCode(outcome));
        form->addRow(tr("&Outcome:"), m_outcome);
        m_closedDate = new DateLineEdit(this);
        m_closedDate->setObjectName(QStringLiteral("closureDateEdit"));
        m_closedDate->setDate(domain::Clock::instance().today());
        form->addRow(tr("C&losing date:"), m_closedDate);
    }
    m_text = shortText(this, QStringLiteral("approvalTextEdit"), 4);
    form->addRow(textLabel, m_text);
    m_errors = errorLine(this);
    m_buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(m_buttons, &QDialogButtonBox::accepted, this, &ApprovalDialog::accept);
    connect(m_buttons, &QDialogButtonBox::rejected, this, &ApprovalDialog::reject);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(intro);
    layout->addLayout(form);
    layout->addWidget(m_errors);
    layout->addStretch(1);
    layout->addWidget(m_buttons);
    if (m_outcome)
        m_outcome->setFocus();
    else
        m_text->setFocus();
    WindowGeometry::place(this, QStringLiteral("approvalDialog"), QSize(520, 340));
}

QPushButton *ApprovalDialog::okButton() const
{
    return m_buttons->button(QDialogButtonBox::Ok);
}

void ApprovalDialog::accept()
{
    Input input;
    QHash<QString, QWidget *> fields{{QStringLiteral("request_note"), m_text},
                                     {QStringLiteral("decision_comment"), m_text}};
    if (m_outcome) {
        input.outcome = domain::fromCode<domain::CaseOutcome>(m_outcome->currentData().toString());
        input.closedDate = m_closedDate->date();
        fields.insert(QStringLiteral("outcome"), m_outcome);
        fields.insert(QStringLiteral("closed_date"), m_closedDate);
        if (m_closedDate->isMalformed()) {
            m_errors->setText(
                markErrors(fields,
                           {domain::FieldError{QStringLiteral("closed_date"),
                                               domain::ValidationCode::InvalidDate}}));
            m_errors->show();
            return;
        }
    }
    input.text = m_text->toPlainText();
    services::ServiceResult<domain::Approval> done = m_action(input);
    if (!done) {
        QString text;
        if (done.error().code == ErrorCode::Duplicate)
            text = tr("A request of this kind is already waiting for a decision: wait for it, or "
                      "withdraw it first.");
        else if (done.fieldErrors().isEmpty())
            text = messages::ErrorMessages::message(done.error());
        else
            text = markErrors(fields, done.fieldErrors());
        m_errors->setText(text);
        m_errors->show();
        return;
    }
    QDialog::accept();
}

void ApprovalDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("approvalDialog"));
    QDialog::done(result);
}

} // namespace sr::ui
