#pragma once

#include <QDialog>

class QComboBox;
class QLabel;
class QListWidget;
class QPushButton;

namespace sr::ui {

/**
 * Settings of this computer: the interface language (QSettings; used from the next start) and
 * the saved database servers (services/ConnectionProfiles.h), added, edited and removed at once
 * (ServerProfileDialog). The lock after inactivity belongs to the database and is set in
 * Account → Users.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** Saves the settings; false (message shown, nothing saved) when they cannot be saved. */
    bool apply();
    /** Whether the last apply() changed the language (it takes effect at the next start). */
    bool languageChanged() const { return m_languageChanged; }

public Q_SLOTS:
    void accept() override;
    /** Keeps the dialog's size for the next time (WindowGeometry). */
    void done(int result) override;

private:
    void fillServers(const QString &current = QString());
    void addServer();
    void editServer();
    void removeServer();
    /** The name of the server chosen in the list, or empty. */
    QString chosenServer() const;

    bool m_languageChanged = false;
    QListWidget *m_servers = nullptr;
    QPushButton *m_editServer = nullptr;
    QPushButton *m_removeServer = nullptr;
    QComboBox *m_language = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sr::ui
