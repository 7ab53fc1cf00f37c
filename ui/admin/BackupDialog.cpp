#include "ui/admin/BackupDialog.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/BackupService.h"
#include "services/MaintenanceService.h"
#include "ui/ActionQuestion.h"

#include <QCheckBox>
#include <QDate>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QSettings>
#include <QStandardPaths>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace sr::ui {

namespace {

const QString automaticFolderKey = QStringLiteral("backup/automaticFolder");

/** Best effort: overwrite the characters of a passphrase before the string is released. */
void wipe(QString &text)
{
    text.fill(u'\0');
    text.clear();
}

} // namespace

QString BackupDialog::automaticBackupFolder()
{
    return QSettings()
        .value(automaticFolderKey, services::BackupService::defaultAutomaticFolder())
        .toString();
}

void BackupDialog::automaticBackupOnExit(services::AppContext &context, const domain::Actor &actor)
{
    const auto written =
        context.backups().automaticBackup(actor, automaticBackupFolder(), QDate::currentDate());
    if (!written)
        spdlog::warn("automatic backup failed ({})",
                     errorCodeName(written.error().code).toStdString());
}

BackupDialog::BackupDialog(services::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
{
    setWindowTitle(tr("Backup and restore"));
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);

    auto browse = [this](QLineEdit *edit, bool save) {
        const QString path =
            save ? QFileDialog::getSaveFileName(this, tr("Backup file"), edit->text())
                 : QFileDialog::getOpenFileName(this, tr("Backup file"), edit->text());
        if (!path.isEmpty())
            edit->setText(path);
    };

    auto *backupBox = new QGroupBox(tr("Back up"), this);
    m_backupFile =
        new QLineEdit(documents
                          + QStringLiteral("/safereturn-%1.srbak")
                                .arg(QDate::currentDate().toString(QStringLiteral("yyyyMMdd"))),
                      this);
    m_backupFile->setObjectName(QStringLiteral("backupFileEdit"));
    auto *backupBrowse = new QPushButton(tr("&Browse…"), this);
    connect(
        backupBrowse, &QPushButton::clicked, this, [this, browse] { browse(m_backupFile, true); });
    m_encrypt = new QCheckBox(tr("&Encrypt with a passphrase (recommended)"), this);
    m_encrypt->setChecked(true);
    m_passphrase = new QLineEdit(this);
    m_passphrase->setEchoMode(QLineEdit::Password);
    m_confirmation = new QLineEdit(this);
    m_confirmation->setEchoMode(QLineEdit::Password);
    connect(m_encrypt, &QCheckBox::toggled, m_passphrase, &QWidget::setEnabled);
    connect(m_encrypt, &QCheckBox::toggled, m_confirmation, &QWidget::setEnabled);
    auto *backupButton = new QPushButton(tr("Write &backup"), this);
    backupButton->setObjectName(QStringLiteral("backupButton"));
    connect(backupButton, &QPushButton::clicked, this, &BackupDialog::backupClicked);
    auto *backupRow = new QHBoxLayout;
    backupRow->addWidget(m_backupFile, 1);
    backupRow->addWidget(backupBrowse);
    auto *backupForm = new QFormLayout(backupBox);
    backupForm->addRow(tr("File:"), backupRow);
    backupForm->addRow(QString(), m_encrypt);
    backupForm->addRow(tr("&Passphrase:"), m_passphrase);
    backupForm->addRow(tr("Con&firm:"), m_confirmation);
    backupForm->addRow(QString(), backupButton);

    auto *restoreBox = new QGroupBox(tr("Restore"), this);
    m_restoreFile = new QLineEdit(this);
    m_restoreFile->setObjectName(QStringLiteral("restoreFileEdit"));
    auto *restoreBrowse = new QPushButton(tr("B&rowse…"), this);
    connect(restoreBrowse, &QPushButton::clicked, this, [this, browse] {
        browse(m_restoreFile, false);
    });
    m_restorePassphrase = new QLineEdit(this);
    m_restorePassphrase->setEchoMode(QLineEdit::Password);
    auto *restoreButton = new QPushButton(tr("Re&store…"), this);
    restoreButton->setObjectName(QStringLiteral("restoreButton"));
    connect(restoreButton, &QPushButton::clicked, this, &BackupDialog::restoreClicked);
    auto *restoreRow = new QHBoxLayout;
    restoreRow->addWidget(m_restoreFile, 1);
    restoreRow->addWidget(restoreBrowse);
    auto *restoreForm = new QFormLayout(restoreBox);
    restoreForm->addRow(tr("File:"), restoreRow);
    restoreForm->addRow(tr("Pass&phrase (encrypted files):"), m_restorePassphrase);
    restoreForm->addRow(QString(), restoreButton);

    auto *automaticBox = new QGroupBox(tr("Automatic backup on exit"), this);
    m_automaticFolder = new QLineEdit(automaticBackupFolder(), this);
    auto *automaticForm = new QFormLayout(automaticBox);
    automaticForm->addRow(tr("Folder:"), m_automaticFolder);
    automaticForm->addRow(
        new QLabel(tr("Once a day, the newest 14 are kept. These copies are not encrypted and "
                      "stay in a folder only your account can read."),
                   this));
    connect(m_automaticFolder, &QLineEdit::editingFinished, this, [this] {
        const QString folder = m_automaticFolder->text().trimmed();
        if (!folder.isEmpty())
            QSettings().setValue(automaticFolderKey, folder);
    });

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("backupMessageLabel"));
    m_messageLabel->setWordWrap(true);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(backupBox);
    layout->addWidget(restoreBox);
    layout->addWidget(automaticBox);
    layout->addWidget(m_messageLabel);
    layout->addWidget(buttons);
}

QString BackupDialog::message() const
{
    return m_messageLabel->text();
}

void BackupDialog::showMessage(const QString &text)
{
    m_messageLabel->setText(text);
}

bool BackupDialog::backup(const QString &filePath,
                          bool encrypted,
                          const QString &passphrase,
                          const QString &confirmation)
{
    if (filePath.trimmed().isEmpty()) {
        showMessage(tr("Choose the backup file."));
        return false;
    }
    Result<void> done;
    if (encrypted) {
        if (passphrase != confirmation) {
            showMessage(tr("The two passphrases differ."));
            return false;
        }
        if (passphrase.size() < services::BackupService::minimumPassphraseLength) {
            showMessage(tr("The passphrase needs at least %1 characters.")
                            .arg(services::BackupService::minimumPassphraseLength));
            return false;
        }
        QByteArray bytes = passphrase.toUtf8();
        done = m_context.backups().backupEncrypted(m_actor, filePath, bytes);
        bytes.fill('\0');
    } else {
        done = m_context.maintenance().backup(m_actor, filePath);
    }
    if (!done) {
        if (done.error().reason == ErrorReason::ServerBackup) {
            showMessage(messages::ErrorMessages::message(done.error()));
            return false;
        }
        showMessage(done.error().code == ErrorCode::PermissionDenied
                        ? tr("Your role may not make backups.")
                        : tr("The backup could not be written. %1")
                              .arg(messages::ErrorMessages::message(done.error())));
        return false;
    }
    showMessage(encrypted
                    ? tr("Encrypted backup written to %1.").arg(QDir::toNativeSeparators(filePath))
                    : tr("Backup written to %1. It is not encrypted: keep it on this computer.")
                          .arg(QDir::toNativeSeparators(filePath)));
    return true;
}

bool BackupDialog::restore(const QString &filePath, const QString &passphrase)
{
    Result<void> done;
    if (services::BackupService::isEncryptedBackup(filePath)) {
        QByteArray bytes = passphrase.toUtf8();
        done = m_context.backups().restoreEncrypted(m_actor, filePath, bytes);
        bytes.fill('\0');
    } else {
        done = m_context.maintenance().restore(m_actor, filePath);
    }
    if (!done) {
        QString text;
        // On a server the administrator restores with pg_restore: said as such, not as a
        // wrong passphrase (the code of that refusal is InvalidInput too).
        const ErrorCode code = done.error().reason == ErrorReason::ServerBackup
                                   ? ErrorCode::Internal
                                   : done.error().code;
        switch (code) {
        case ErrorCode::PermissionDenied:
            text = tr("Your role may not restore backups.");
            break;
        case ErrorCode::InvalidInput:
            text = tr("Wrong passphrase, or the file is damaged. The database was not changed.");
            break;
        case ErrorCode::Corrupt:
            text = tr("The backup is damaged or incomplete. The database was not changed.");
            break;
        case ErrorCode::NotSafeReturnDatabase:
            text = tr("This is not a SafeReturn backup. The database was not changed.");
            break;
        case ErrorCode::NewerSchema:
            text = tr("The backup was made by a newer SafeReturn. The database was not changed.");
            break;
        case ErrorCode::ProtectedFile:
            text = tr("This file is the database itself, one of its journal files or a database "
                      "in use, not a backup. The database was not changed.");
            break;
        default:
            text = tr("The restore failed. %1 The database was not changed.")
                       .arg(messages::ErrorMessages::message(done.error()));
            break;
        }
        showMessage(text);
        return false;
    }
    showMessage(tr("The database was restored from %1.").arg(QDir::toNativeSeparators(filePath)));
    Q_EMIT restored();
    return true;
}

void BackupDialog::backupClicked()
{
    QString passphrase = m_passphrase->text();
    QString confirmation = m_confirmation->text();
    backup(m_backupFile->text().trimmed(), m_encrypt->isChecked(), passphrase, confirmation);
    wipe(passphrase);
    wipe(confirmation);
    m_passphrase->clear();
    m_confirmation->clear();
}

void BackupDialog::restoreClicked()
{
    const QString file = m_restoreFile->text().trimmed();
    if (file.isEmpty()) {
        showMessage(tr("Choose the backup file to restore."));
        return;
    }
    if (!askToDo(this,
                 tr("Restore"),
                 tr("Replace every record of this database with the backup %1?")
                     .arg(QDir::toNativeSeparators(file)),
                 tr("&Replace with the backup"),
                 QMessageBox::Warning))
        return;
    QString passphrase = m_restorePassphrase->text();
    restore(file, passphrase);
    wipe(passphrase);
    m_restorePassphrase->clear();
}

} // namespace sr::ui
