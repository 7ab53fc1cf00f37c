#pragma once

#include "domain/Actor.h"
#include "domain/Hotline.h"
#include "domain/Validation.h"

#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sr::services {
class AppContext;
class HotlineService;
} // namespace sr::services

namespace sr::ui {

class DateLineEdit;

/**
 * The quick-entry form of the hotline's call log (docs/centre-work.md, "Hotline"), for the
 * worker on duty: one small dialog used from the keyboard alone. A new call starts as now, on
 * the line 18001769, from an anonymous caller asking for advice, urgency normal; Tab walks the
 * fields in order, Enter saves (Ctrl+Enter from the notes), Ctrl+N saves and starts the next
 * call, Esc closes. An anonymous caller has no name or phone: those fields are disabled.
 * Field errors are shown next to their fields and the text typed is kept.
 */
class CallForm : public QDialog
{
    Q_OBJECT

public:
    CallForm(services::AppContext &context, QWidget *parent = nullptr);

    /** Loads stored call @a id for editing; false (with a message) when it cannot be read. */
    bool openCall(qint64 id);
    /** Starts a new call: now, the hotline, defaults everywhere. */
    void startNew();

    /** The call as the fields hold it now. */
    domain::HotlineCall collect() const;
    /** Saves and closes; true when the call was stored (then saved() was emitted). */
    bool save();
    /** Saves and starts the next call (Ctrl+N); true when the call was stored. */
    bool saveAndNext()
    {
        const int before = m_savedCount;
        saveAndNew();
        return m_savedCount > before;
    }
    /** The text of the message line (errors), empty when hidden. */
    QString messageText() const;
    /** How many calls this form saved since it opened. */
    int savedCount() const { return m_savedCount; }

    /** The label of a field (column name) in this form. */
    static QString fieldLabel(const QString &column);

Q_SIGNALS:
    void saved(qint64 id);

protected:
    /** A new call starts on the caller: the date and time are usually right. */
    void showEvent(QShowEvent *event) override;

private:
    /** Stores the call without closing; true when stored. */
    bool store();
    void saveAndNew();
    void load(const domain::HotlineCall &call);
    void callerChanged();
    void showErrors(const domain::FieldErrors &errors);
    void showMessage(const QString &text);

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::HotlineService &m_service;
    domain::HotlineCall m_call;
    int m_savedCount = 0;

    DateLineEdit *m_date = nullptr;
    QLineEdit *m_time = nullptr;
    QSpinBox *m_duration = nullptr;
    QComboBox *m_line = nullptr;
    QComboBox *m_caller = nullptr;
    QLineEdit *m_callerName = nullptr;
    QLineEdit *m_callerPhone = nullptr;
    QComboBox *m_reason = nullptr;
    QComboBox *m_urgency = nullptr;
    QComboBox *m_sex = nullptr;
    QComboBox *m_ageBand = nullptr;
    QComboBox *m_province = nullptr;
    QList<QCheckBox *> m_actions;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_linked = nullptr;
    QLabel *m_message = nullptr;
    QLabel *m_status = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace sr::ui
