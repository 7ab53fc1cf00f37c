#pragma once

#include "domain/Actor.h"
#include "domain/Prevention.h"
#include "domain/Validation.h"
#include "services/PreventionService.h"

#include <QDialog>
#include <QHash>

class QComboBox;
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
 * The form of one prevention club: name, commune (in the list of an era), founding date,
 * members, notes. Ctrl+S saves, Esc cancels; refused fields are marked as in ActivityEditor.
 */
class ClubEditor : public QDialog
{
    Q_OBJECT

public:
    ClubEditor(services::AppContext &context,
               const services::PreventionChoices &choices,
               QWidget *parent = nullptr);
    ~ClubEditor() override;

    void newClub();
    bool openClub(qint64 id);
    bool save();
    const domain::PreventionClub &club() const { return m_club; }
    QString messageText() const;

    static QString fieldLabel(const QString &column);

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    void saved(qint64 clubId);

private:
    void display(const domain::PreventionClub &club);
    void fillCommunes(domain::AdminEra era, const QString &current);
    void showErrors(const domain::FieldErrors &errors);

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::PreventionService &m_service;
    services::PreventionChoices m_choices;
    domain::PreventionClub m_club;
    bool m_readOnly = false;
    bool m_dirty = false;

    QLineEdit *m_name = nullptr;
    QComboBox *m_era = nullptr;
    QComboBox *m_commune = nullptr;
    DateLineEdit *m_founded = nullptr;
    QSpinBox *m_members = nullptr;
    QPlainTextEdit *m_notes = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_saveButton = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace sr::ui
