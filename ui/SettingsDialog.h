#pragma once

#include "domain/Actor.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QSpinBox;

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::ui {

/**
 * Settings: the interface language of this computer (QSettings; used from the next start) and,
 * for administrators, the minutes of inactivity before the application locks (stored in the
 * database, audited; used from the next sign-in or unlock).
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    SettingsDialog(storage::Database &database, domain::Actor actor, QWidget *parent = nullptr);

    /** Saves the settings; false (message shown, nothing saved) when refused. */
    bool apply();
    /** Whether the last apply() changed the language (it takes effect at the next start). */
    bool languageChanged() const { return m_languageChanged; }

    /** The interface language saved for this computer ("vi" or "en"; "vi" when unset). */
    static QString savedLanguage();

public Q_SLOTS:
    void accept() override;

private:
    storage::Database &m_database;
    domain::Actor m_actor;
    int m_storedMinutes = 0;
    bool m_languageChanged = false;
    QComboBox *m_language = nullptr;
    QSpinBox *m_lockMinutes = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sr::ui
