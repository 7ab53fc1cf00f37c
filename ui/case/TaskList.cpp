#include "ui/case/TaskList.h"

#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/TaskService.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/EnumLabels.h"
#include "ui/FormRows.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"
#include "ui/case/CaseForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QScrollArea>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

const QString kDialogName = QStringLiteral("taskDialog");

/** Red like the editor's message panel; the status column says "Overdue" in words too. */
const QColor kOverdueColour(0xc4, 0x2b, 0x1c);

QString whatOf(const services::TaskRow &row)
{
    return englishUi() ? row.whatEn : row.whatVi;
}

} // namespace

TaskDialog::TaskDialog(services::AppContext &context, qint64 personId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_personId(personId)
{
    setObjectName(kDialogName);
    setWindowTitle(tr("New task"));
    auto *layout = new QVBoxLayout(this);
    auto *body = new QWidget;
    auto *form = new QFormLayout(body);
    m_title = addFormRow<QLineEdit>(form, tr("&What:"), QStringLiteral("taskTitleEdit"));
    m_title->setPlaceholderText(tr("e.g. Phone the family about school enrolment"));
    m_due = addFormRow<DateLineEdit>(form, tr("&Due date:"), QStringLiteral("taskDueEdit"));
    m_due->setPlaceholderText(tr("dd/mm/yyyy"));
    m_worker = addFormRow<QComboBox>(form, tr("&Assigned to:"), QStringLiteral("taskWorkerCombo"));
    m_worker->addItem(tr("(nobody)"), QVariant());
    if (auto workers = context.tasks().assignableWorkers(m_actor)) {
        for (const services::AssignableWorker &worker : *workers)
            m_worker->addItem(worker.displayName.isEmpty() ? worker.userName
                                                           : QStringLiteral("%1 (%2)").arg(
                                                               worker.displayName, worker.userName),
                              worker.userId);
    }
    // By default the worker responsible for the case.
    if (auto responsible = context.tasks().responsibleWorker(m_actor, personId);
        responsible && *responsible) {
        const int index = m_worker->findData(**responsible);
        if (index >= 0)
            m_worker->setCurrentIndex(index);
    }
    m_notes = addFormRow<QPlainTextEdit>(form, tr("&Notes:"), QStringLiteral("taskNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_fields = {{QStringLiteral("title"), m_title},
                {QStringLiteral("due_date"), m_due},
                {QStringLiteral("assigned_user_id"), m_worker},
                {QStringLiteral("notes"), m_notes}};
    auto *scroll = new QScrollArea;
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    scroll->setWidget(body);
    layout->addWidget(scroll, 1);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("taskMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Add task"));
    connect(buttons, &QDialogButtonBox::accepted, this, &TaskDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &TaskDialog::reject);
    layout->addWidget(buttons);
    // A mark goes as soon as its field is changed.
    for (QWidget *field : std::as_const(m_fields))
        CaseFields::onChange(field, this, [field] { CaseFields::markInvalid(field, {}); });
    m_title->setFocus();
    WindowGeometry::place(this, kDialogName, QSize(520, 360));
}

QString TaskDialog::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TaskDialog::accept()
{
    if (m_due->isMalformed()) {
        showErrors({{QStringLiteral("due_date"), domain::ValidationCode::InvalidDate}});
        return;
    }
    domain::Task task;
    task.personId = m_personId;
    task.title = m_title->text();
    task.dueDate = m_due->date();
    if (m_worker->currentData().isValid())
        task.assignedUserId = m_worker->currentData().toLongLong();
    task.notes = m_notes->toPlainText();
    const auto saved = m_context.tasks().createTask(m_actor, task);
    if (!saved) {
        if (!saved.fieldErrors().isEmpty()) {
            showErrors(saved.fieldErrors());
        } else {
            m_message->setText(messages::ErrorMessages::message(saved.error().code));
            m_message->show();
        }
        return; // what was typed stays
    }
    m_saved = saved.value();
    QDialog::accept();
}

void TaskDialog::showErrors(const domain::FieldErrors &errors)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("title"), QT_TR_NOOP("What")},
        {QStringLiteral("due_date"), QT_TR_NOOP("Due date")},
        {QStringLiteral("assigned_user_id"), QT_TR_NOOP("Assigned to")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
    };
    QStringList lines;
    QWidget *first = nullptr;
    for (const domain::FieldError &error : errors) {
        const QString text =
            messages::FieldMessages::message(error, tr(labels.value(error.field, "")));
        lines << text;
        if (QWidget *field = m_fields.value(error.field)) {
            CaseFields::markInvalid(field, text);
            if (!first)
                first = field;
        }
    }
    m_message->setText(lines.join(u'\n'));
    m_message->show();
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void TaskDialog::done(int result)
{
    WindowGeometry::remember(this, kDialogName);
    QDialog::done(result);
}

TaskList::TaskList(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(context.actor())
{
    setObjectName(QStringLiteral("taskList"));
    auto *layout = new QVBoxLayout(this);
    m_hint = new QLabel(this);
    m_hint->setObjectName(QStringLiteral("taskHintLabel"));
    m_hint->setWordWrap(true);
    layout->addWidget(m_hint);

    m_table = new QTableWidget(0, 4, this);
    m_table->setObjectName(QStringLiteral("taskTable"));
    m_table->setHorizontalHeaderLabels({tr("Due"), tr("What"), tr("Assigned to"), tr("Status")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->setTabKeyNavigation(false);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->setAccessibleName(tr("Tasks of the case"));
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_new = new QPushButton(tr("&New task…"), this);
    m_new->setObjectName(QStringLiteral("newTaskButton"));
    m_complete = new QPushButton(tr("Mark &done"), this);
    m_complete->setObjectName(QStringLiteral("completeTaskButton"));
    m_cancel = new QPushButton(tr("Cance&l task…"), this);
    m_cancel->setObjectName(QStringLiteral("cancelTaskButton"));
    for (QPushButton *button : {m_new, m_complete, m_cancel}) {
        button->setAutoDefault(false);
        buttons->addWidget(button);
    }
    buttons->addStretch(1);
    layout->addLayout(buttons);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("taskListMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();
    layout->addWidget(m_message);

    connect(m_new, &QPushButton::clicked, this, &TaskList::newTask);
    connect(m_complete, &QPushButton::clicked, this, &TaskList::completeCurrent);
    connect(m_cancel, &QPushButton::clicked, this, &TaskList::cancelCurrent);
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &TaskList::updateButtons);
    setPerson(0);
}

void TaskList::setPerson(qint64 personId)
{
    m_personId = personId;
    refresh();
}

void TaskList::refresh()
{
    const int keep = currentRow();
    const qint64 keepId = keep >= 0 ? m_rows.at(keep).task.meta.id : 0;
    m_rows.clear();
    m_message->hide();
    if (m_personId > 0) {
        auto rows = m_context.tasks().tasksOfCase(m_actor, m_personId);
        if (rows)
            m_rows = std::move(rows).value();
        else
            showFailure(rows.error());
    }
    m_hint->setText(m_personId > 0
                        ? tr("Tasks are saved at once, apart from the case's Save. Rules add "
                             "follow-ups, pending decisions and referrals here by themselves.")
                        : tr("Save the new case first; then its tasks are listed here."));
    m_table->setRowCount(int(m_rows.size()));
    int select = -1;
    for (int row = 0; row < m_rows.size(); ++row) {
        const services::TaskRow &entry = m_rows.at(row);
        const domain::Task &task = entry.task;
        QString status = EnumLabels::label(task.status);
        if (entry.overdue)
            status = tr("Overdue");
        else if (task.status != domain::TaskStatus::Open && task.doneDate.isValid())
            status = tr("%1 on %2").arg(status, CaseFields::formatDate(task.doneDate));
        const QStringList cells{CaseFields::formatDate(task.dueDate),
                                whatOf(entry),
                                entry.assignedName.isEmpty() ? tr("(nobody)") : entry.assignedName,
                                status};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            if (entry.overdue)
                item->setForeground(kOverdueColour);
            if (!task.notes.isEmpty())
                item->setToolTip(task.notes);
            m_table->setItem(row, column, item);
        }
        if (task.meta.id == keepId)
            select = row;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(3);
    if (select >= 0)
        m_table->selectRow(select);
    m_new->setEnabled(m_personId > 0 && !m_context.isReadOnly());
    updateButtons();
}

int TaskList::currentRow() const
{
    const QModelIndexList selected = m_table->selectionModel()->selectedRows();
    return selected.isEmpty() ? -1 : selected.constFirst().row();
}

void TaskList::updateButtons()
{
    const int row = currentRow();
    const domain::TaskStatus status =
        row >= 0 && row < m_rows.size() ? m_rows.at(row).task.status : domain::TaskStatus::Done;
    // A lapsed task can still be done or cancelled by hand.
    const bool open = status == domain::TaskStatus::Open || status == domain::TaskStatus::Lapsed;
    m_complete->setEnabled(open && !m_context.isReadOnly());
    m_cancel->setEnabled(open && !m_context.isReadOnly());
}

QString TaskList::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void TaskList::showFailure(const Error &error)
{
    m_message->setText(messages::ErrorMessages::message(error.code));
    m_message->show();
}

void TaskList::newTask()
{
    if (m_personId <= 0)
        return;
    TaskDialog dialog(m_context, m_personId, this);
    if (dialog.exec() != QDialog::Accepted)
        return;
    refresh();
    if (dialog.savedTask()) {
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).task.meta.id == dialog.savedTask()->meta.id)
                m_table->selectRow(row);
        }
    }
    m_table->setFocus();
}

void TaskList::completeCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const domain::Task &task = m_rows.at(row).task;
    const auto done = m_context.tasks().completeTask(m_actor, task.meta.id, task.meta.version);
    if (!done) {
        showFailure(done.error());
        return;
    }
    refresh();
    m_table->setFocus();
}

void TaskList::cancelCurrent()
{
    const int row = currentRow();
    if (row < 0)
        return;
    const domain::Task task = m_rows.at(row).task;
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Cancel task"),
        tr("The task stays in the case's history as cancelled, with the reason in its notes."));
    if (!reason)
        return;
    const auto cancelled =
        m_context.tasks().cancelTask(m_actor, task.meta.id, task.meta.version, *reason);
    if (!cancelled) {
        showFailure(cancelled.error());
        return;
    }
    refresh();
    m_table->setFocus();
}

} // namespace sr::ui
