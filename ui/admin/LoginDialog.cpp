#include "LoginDialog.h"

#include "AccountForm.h"
#include "messages/AuthMessages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

namespace sr::ui {

LoginDialog::LoginDialog(services::AuthService &auth, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("SafeReturn — log in"));
    auto *layout = new QVBoxLayout(this);
    m_noteLabel = account_form::noteLabel(this);
    layout->addWidget(m_noteLabel);

    auto *form = new QFormLayout;
    m_userEdit = account_form::userNameEdit(userName, this);
    m_passwordEdit = account_form::passwordEdit(QStringLiteral("passwordLineEdit"), this);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    layout->addLayout(form);

    m_messageLabel = account_form::messageLabel(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(account_form::buttons(this, tr("Log in")));

    if (userName.isEmpty())
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

void LoginDialog::setNote(const QString &note)
{
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

void LoginDialog::accept()
{
    QString password = m_passwordEdit->text();
    m_passwordEdit->clear();
    auto session = m_auth.login(m_userEdit->text().trimmed(), password);
    services::AuthService::wipe(password);
    if (!session) {
        m_messageLabel->setText(messages::AuthMessages::error(session.error()));
        m_passwordEdit->setFocus();
        return;
    }
    m_session = *session;
    QDialog::accept();
}

} // namespace sr::ui
