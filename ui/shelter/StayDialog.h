#pragma once

#include "domain/Actor.h"
#include "domain/Shelter.h"
#include "domain/Validation.h"
#include "services/ShelterService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class DateLineEdit;

/**
 * Admits a person to a shelter room, or records that they left (docs/centre-work.md,
 * "Shelter"). Admitting from the board asks for the case code and offers the case's receptions;
 * from a case the reception is given. The room list says how many beds are taken today.
 * Leaving asks the date (today by default) and the reason. The service's refusals (room full,
 * another stay on those days, leaving before admission) mark the field with what to do; what
 * was typed stays. Enter saves, Esc cancels.
 */
class StayDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Mode { Admit, Leave };

    /** Admitting: for reception @a receptionId when given (0: the user types a case code). */
    StayDialog(services::AppContext &context, qint64 receptionId, QWidget *parent = nullptr);
    /** Leaving: for the stored stay @a stayId as last seen at @a version. */
    StayDialog(services::AppContext &context, qint64 stayId, int version, QWidget *parent);
    ~StayDialog() override;

    Mode mode() const { return m_mode; }
    /** The stay as saved (after accept()). */
    const domain::ShelterStay &saved() const { return m_saved; }
    /** The message line (what was refused and why). */
    QString messageText() const;

    /** Saves what the form holds; false with the fields marked when refused. */
    bool save();

private:
    void build();
    void loadReceptions();
    void showErrors(const domain::FieldErrors &errors);
    void showMessage(const QString &text);

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::ShelterService m_service;
    Mode m_mode = Mode::Admit;
    qint64 m_receptionId = 0;
    qint64 m_stayId = 0;
    int m_version = 0;
    domain::ShelterStay m_saved;

    QLineEdit *m_caseCode = nullptr;
    QComboBox *m_reception = nullptr;
    QComboBox *m_room = nullptr;
    DateLineEdit *m_date = nullptr;
    QComboBox *m_reason = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace sr::ui
