#include "LoginDialog.h"

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

namespace {
const QString geometryName = QStringLiteral("login");
} // namespace

LoginDialog::LoginDialog(services::AuthService &auth, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("SafeReturn — log in"));
    auto *layout = new QVBoxLayout(this);
    m_noteLabel = account_form::noteLabel(this);
    layout->addWidget(m_noteLabel);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->hide();
    layout->addWidget(m_databaseLabel);

    auto *form = new QFormLayout;
    m_userEdit = account_form::userNameEdit(userName, this);
    m_passwordEdit = account_form::passwordEdit(QStringLiteral("passwordLineEdit"), this);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(), account_form::showPasswordCheck({m_passwordEdit}, this));
    form->addRow(QString(), account_form::capsLockWarning({m_userEdit, m_passwordEdit}, this));
    layout->addLayout(form);

    m_messageLabel = account_form::messageLabel(this);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(account_form::buttons(this, tr("Log in")));

    if (userName.isEmpty())
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
    WindowGeometry::place(this, geometryName, QSize(480, 260));
}

void LoginDialog::setNote(const QString &note)
{
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

void LoginDialog::setDatabasePath(const QString &path)
{
    // The file name only: a full path can be long and name the user's folders; it is in the
    // tooltip for whoever needs to know which copy is open.
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_databaseLabel->setVisible(!path.isEmpty());
}

void LoginDialog::accept()
{
    QString password = m_passwordEdit->text();
    auto session = m_auth.login(m_userEdit->text().trimmed(), password);
    services::AuthService::wipe(password);
    if (!session) {
        // What was typed stays; the password is selected so that typing replaces it.
        account_form::showRefusal(
            m_messageLabel, m_passwordEdit, messages::AuthMessages::error(session.error()));
        return;
    }
    m_session = *session;
    QDialog::accept();
}

void LoginDialog::done(int result)
{
    WindowGeometry::remember(this, geometryName);
    m_passwordEdit->clear();
    QDialog::done(result);
}

} // namespace sr::ui
