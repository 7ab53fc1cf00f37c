#include "FirstAdminDialog.h"

#include "AccountForm.h"
#include "messages/AuthMessages.h"
#include "ui/WindowGeometry.h"

#include <QCheckBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sr::ui {

FirstAdminDialog::FirstAdminDialog(services::AuthService &auth, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("FirstAdminDialog"));
    setWindowTitle(tr("SafeReturn — first administrator"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("This database has no users yet. Create the administrator "
                                "account; the administrator then adds the other users."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->hide();
    layout->addWidget(m_databaseLabel);

    auto *form = new QFormLayout;
    m_userEdit = account_form::userNameEdit(QString(), this);
    m_displayEdit = new QLineEdit(this);
    m_displayEdit->setObjectName(QStringLiteral("displayNameLineEdit"));
    m_passwordEdit = account_form::passwordEdit(QStringLiteral("passwordLineEdit"), this);
    m_repeatEdit = account_form::passwordEdit(QStringLiteral("repeatLineEdit"), this);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Display name:"), m_displayEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(tr("&Repeat password:"), m_repeatEdit);
    form->addRow(QString(), account_form::showPasswordCheck({m_passwordEdit, m_repeatEdit}, this));
    form->addRow(QString(),
                 account_form::capsLockWarning({m_userEdit, m_passwordEdit, m_repeatEdit}, this));
    layout->addLayout(form);
    layout->addWidget(account_form::passwordRulesLabel(this));

    m_messageLabel = account_form::messageLabel(this);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(account_form::buttons(this, tr("Create")));
    WindowGeometry::place(this, QStringLiteral("firstAdmin"), QSize(560, 380));
}

void FirstAdminDialog::setDatabasePath(const QString &path)
{
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_databaseLabel->setVisible(!path.isEmpty());
}

void FirstAdminDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("firstAdmin"));
    m_passwordEdit->clear();
    m_repeatEdit->clear();
    QDialog::done(result);
}

void FirstAdminDialog::refuse(const Error &error)
{
    account_form::showRefusal(
        m_messageLabel,
        account_form::editOf(error, {m_userEdit, m_passwordEdit, m_passwordEdit, m_repeatEdit}),
        messages::AuthMessages::error(error));
}

void FirstAdminDialog::accept()
{
    QString password = m_passwordEdit->text();
    QString repeat = m_repeatEdit->text();
    account_form::clearRefusal(m_messageLabel, {m_userEdit, m_passwordEdit, m_repeatEdit});
    // What was typed stays after a refusal (the field at fault marked); only the copies taken
    // here are wiped.
    const auto finish = [&] {
        services::AuthService::wipe(password);
        services::AuthService::wipe(repeat);
    };
    if (password != repeat) {
        finish();
        refuse(makeError(
            ErrorCode::InvalidInput, ErrorReason::PasswordsDiffer, QStringLiteral("differ")));
        return;
    }
    const QString userName = m_userEdit->text().trimmed();
    auto created = m_auth.createFirstAdministrator(userName, m_displayEdit->text(), password);
    if (!created) {
        finish();
        refuse(created.error());
        return;
    }
    auto session = m_auth.login(userName, password);
    finish();
    if (!session) {
        refuse(session.error());
        return;
    }
    m_session = *session;
    QDialog::accept();
}

} // namespace sr::ui
