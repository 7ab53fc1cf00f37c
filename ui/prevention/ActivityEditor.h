#pragma once

#include "domain/Actor.h"
#include "domain/Prevention.h"
#include "domain/Validation.h"
#include "services/PreventionService.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHash>
#include <QList>

class QCheckBox;
class QComboBox;
class QGroupBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QPushButton;
class QSpinBox;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class DateLineEdit;

/**
 * The form of one prevention activity (docs/centre-work.md, "## Prevention"), keyboard first:
 * the kind decides what is asked (the quantity's unit — copies, items, sessions, documents —;
 * participants only for trainings and meetings; the club only for a club meeting). The commune
 * list is that of the era of the start date (before or from 1/7/2025), which the user may
 * change. Ctrl+S saves, Esc cancels (asking first when something was typed). A field the
 * service refuses is marked, with a sentence saying how to fix it, and what was typed stays.
 */
class ActivityEditor : public QDialog
{
    Q_OBJECT

public:
    ActivityEditor(services::AppContext &context,
                   const services::PreventionChoices &choices,
                   QWidget *parent = nullptr);
    ~ActivityEditor() override;

    /** A new activity of @a kind (today's date; a club meeting of @a clubId when given). */
    void newActivity(domain::PreventionKind kind = domain::PreventionKind::Training,
                     std::optional<qint64> clubId = std::nullopt);
    /** Loads stored activity @a id; false (message shown) on error. */
    bool openActivity(qint64 id);
    /** Validates and saves; false with the fields marked when invalid or refused. */
    bool save();

    bool isReadOnly() const { return m_readOnly; }
    const domain::PreventionActivity &activity() const { return m_activity; }
    QString messageText() const;
    /** Whether the participants' fields are shown (the kind gathers people). */
    bool showsParticipants() const;
    /** Whether the club is asked for. */
    bool showsClub() const;

    static QString fieldLabel(const QString &column);
    static QString message(const domain::FieldError &error);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void saved(qint64 activityId);

private:
    void buildForm();
    void display(const domain::PreventionActivity &activity);
    domain::PreventionActivity collect() const;
    void kindChanged();
    void fillCommunes(domain::AdminEra era, const QString &current);
    void showErrors(const domain::FieldErrors &errors);
    void showMessage(const QString &text);

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::PreventionService &m_service;
    services::PreventionChoices m_choices;
    domain::PreventionActivity m_activity;
    bool m_readOnly = false;
    bool m_dirty = false;
    bool m_loading = false;

    QComboBox *m_kind = nullptr;
    DateLineEdit *m_start = nullptr;
    DateLineEdit *m_end = nullptr;
    QComboBox *m_era = nullptr;
    QComboBox *m_commune = nullptr;
    QSpinBox *m_quantity = nullptr;
    QLabel *m_unit = nullptr;
    QGroupBox *m_participantsBox = nullptr;
    QSpinBox *m_total = nullptr;
    QSpinBox *m_women = nullptr;
    QSpinBox *m_minorities = nullptr;
    QLabel *m_clubLabel = nullptr;
    QComboBox *m_club = nullptr;
    QList<QCheckBox *> m_targets;
    QLineEdit *m_organiser = nullptr;
    QLineEdit *m_partner = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace sr::ui
