#pragma once

#include "domain/Actor.h"
#include "domain/HandoverBatch.h"
#include "domain/Validation.h"
#include "services/BatchService.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QPlainTextEdit;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class DateLineEdit;

/**
 * Editor of one border handover batch: every field of the register, inline validation from
 * the domain's error codes (the field is marked, and a message says what is wrong), Ctrl+S to
 * save, Esc to cancel (asking first when something was typed), and the receptions linked to
 * the batch with a button to open the person's case. Read-only (nothing can be typed or saved)
 * when the user may not edit cases or the database is open read-only.
 */
class BatchEditor : public QDialog
{
    Q_OBJECT

public:
    /** Acts for @a context's acting user; @a context must outlive the editor. */
    BatchEditor(services::AppContext &context,
                const services::BatchChoices &choices,
                QWidget *parent = nullptr);
    ~BatchEditor() override;

    /** Starts a new batch (today's date). */
    void newBatch();
    /** Loads the stored batch @a id and its linked receptions; false (message shown) on error. */
    bool openBatch(qint64 id);

    /** Validates and saves; false with the fields marked when invalid or refused. */
    bool save();

    bool isReadOnly() const { return m_readOnly; }
    bool isDirty() const { return m_dirty; }
    const domain::HandoverBatch &batch() const { return m_batch; }
    /** The message shown above the buttons (empty when there is none). */
    QString messageText() const;
    /** Linked receptions shown (as loaded). */
    const QList<services::LinkedReception> &linkedReceptions() const { return m_linked; }

    /** Label of a batch field (its database column) as the editor shows it. */
    static QString fieldLabel(const QString &column);
    /** What is wrong with a batch field: messages::FieldMessages, with this editor's label. */
    static QString message(const domain::FieldError &error);

public Q_SLOTS:
    void reject() override;
    /** Closes, keeping the window's size for the next editor. */
    void done(int result) override;

Q_SIGNALS:
    /** A batch was stored (created or updated). */
    void saved(qint64 batchId);
    /** The user asked to open the case of person @a personId (a linked reception). */
    void openCaseRequested(qint64 personId);

private:
    void buildForm(const services::BatchChoices &choices);
    void display(const domain::HandoverBatch &batch);
    domain::HandoverBatch collect() const;
    void showErrors(const domain::FieldErrors &errors);
    void focusFirstError(const domain::FieldErrors &errors);
    void clearErrors();
    void showMessage(const QString &text);
    void loadLinked();
    void openSelectedCase();
    void setDirty(bool dirty);

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::BatchService &m_service;
    domain::HandoverBatch m_batch;
    QList<services::LinkedReception> m_linked;
    bool m_readOnly = false;
    bool m_dirty = false;
    bool m_loading = false;

    DateLineEdit *m_date = nullptr;
    QComboBox *m_gate = nullptr;
    QLineEdit *m_foreignAgency = nullptr;
    QComboBox *m_receivingUnit = nullptr;
    QSpinBox *m_total = nullptr;
    QSpinBox *m_male = nullptr;
    QSpinBox *m_female = nullptr;
    QSpinBox *m_children = nullptr;
    QCheckBox *m_classified = nullptr;
    QSpinBox *m_verified = nullptr;
    QSpinBox *m_cases = nullptr;
    QSpinBox *m_victims = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_receptions = nullptr;
    QLabel *m_receptionsLabel = nullptr;
    QPushButton *m_openCase = nullptr;
    QPushButton *m_saveButton = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace sr::ui
