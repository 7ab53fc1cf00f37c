#pragma once

#include "domain/Actor.h"

#include <QDialog>

class QCheckBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/**
 * Backup and restore (Permission::BackupRestore: administrators). A backup is encrypted by
 * default (passphrase typed twice, never stored); a restore recognises encrypted files and asks
 * for their passphrase, and replaces the database only after the whole file was
 * authenticated and checked. Also the folder of the automatic backups on exit.
 */
class BackupDialog : public QDialog
{
    Q_OBJECT

public:
    /** Acts for @a context's acting user; @a context must outlive the dialog. */
    explicit BackupDialog(services::AppContext &context, QWidget *parent = nullptr);

    /** The folder of the automatic backups (setting "backup/automaticFolder"). */
    static QString automaticBackupFolder();

    /**
     * Writes the automatic backup of @a context's database on exit (at most one a day, the
     * newest 14 kept); failures are logged, never shown. Called by the application when it quits.
     */
    static void automaticBackupOnExit(services::AppContext &context, const domain::Actor &actor);

    // The actions with the values a user would type (tests call these directly).
    bool backup(const QString &filePath,
                bool encrypted,
                const QString &passphrase,
                const QString &confirmation);
    bool restore(const QString &filePath, const QString &passphrase);

    QString message() const;

Q_SIGNALS:
    /**
     * The database content was replaced. Windows reload from the context's notice
     * (services::AppContext::recordsChanged()), raised before this.
     */
    void restored();

private:
    void backupClicked();
    void restoreClicked();
    void showMessage(const QString &text);

    services::AppContext &m_context;
    domain::Actor m_actor;
    QLineEdit *m_backupFile = nullptr;
    QCheckBox *m_encrypt = nullptr;
    QLineEdit *m_passphrase = nullptr;
    QLineEdit *m_confirmation = nullptr;
    QLineEdit *m_restoreFile = nullptr;
    QLineEdit *m_restorePassphrase = nullptr;
    QLineEdit *m_automaticFolder = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sr::ui
