#pragma once

#include "domain/Actor.h"
#include "domain/CaseWork.h"
#include "services/TaskService.h"

#include <QDialog>
#include <QHash>
#include <QWidget>

#include <optional>

class QComboBox;
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
 * A task made by hand (services::TaskService::createTask): what, due date (dd/MM/yyyy),
 * assigned worker (the case's responsible worker by default) and notes. The task is saved by
 * OK in its own transaction; a refusal marks the fields and keeps what was typed.
 */
class TaskDialog : public QDialog
{
    Q_OBJECT

public:
    TaskDialog(services::AppContext &context, qint64 personId, QWidget *parent = nullptr);

    QLineEdit *titleEdit() const { return m_title; }
    DateLineEdit *dueEdit() const { return m_due; }
    QComboBox *workerCombo() const { return m_worker; }
    QPlainTextEdit *notesEdit() const { return m_notes; }
    /** The message panel's text (the refusal), empty when hidden. */
    QString messageText() const;
    /** The task as saved, once OK succeeded. */
    const std::optional<domain::Task> &savedTask() const { return m_saved; }

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    void showErrors(const domain::FieldErrors &errors);

    services::AppContext &m_context;
    domain::Actor m_actor;
    qint64 m_personId = 0;
    QLineEdit *m_title = nullptr;
    DateLineEdit *m_due = nullptr;
    QComboBox *m_worker = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QWidget *> m_fields;
    std::optional<domain::Task> m_saved;
};

/**
 * The case editor's "Tasks" section: the case's tasks (due date, what, assigned worker,
 * status; an overdue task says so in words and in red), New task…, Complete and Cancel….
 * Each action is its own transaction (services::TaskService), apart from the editor's Save.
 */
class TaskList : public QWidget
{
    Q_OBJECT

public:
    explicit TaskList(services::AppContext &context, QWidget *parent = nullptr);

    /** Shows the tasks of @a personId (0: a case not saved yet, which has none). */
    void setPerson(qint64 personId);
    /** Reads the case's tasks again. */
    void refresh();

    QTableWidget *table() const { return m_table; }
    QPushButton *newButton() const { return m_new; }
    QPushButton *completeButton() const { return m_complete; }
    QPushButton *cancelButton() const { return m_cancel; }
    const QList<services::TaskRow> &rows() const { return m_rows; }
    QString messageText() const;

    /** Opens the New task dialog (modal). */
    void newTask();
    void completeCurrent();
    void cancelCurrent();

private:
    void updateButtons();
    void showFailure(const Error &error);
    int currentRow() const;

    services::AppContext &m_context;
    domain::Actor m_actor;
    qint64 m_personId = 0;
    QList<services::TaskRow> m_rows;
    QLabel *m_hint = nullptr;
    QTableWidget *m_table = nullptr;
    QPushButton *m_new = nullptr;
    QPushButton *m_complete = nullptr;
    QPushButton *m_cancel = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sr::ui
