#include "LoginDialog.h"

#include "messages/AuthMessages.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

LoginDialog::LoginDialog(services::AuthService &auth, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("SafeReturn — log in"));
    auto *layout = new QVBoxLayout(this);
    m_noteLabel = new QLabel(this);
    m_noteLabel->setObjectName(QStringLiteral("noteLabel"));
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    layout->addWidget(m_noteLabel);

    auto *form = new QFormLayout;
    m_userEdit = new QLineEdit(userName, this);
    m_userEdit->setObjectName(QStringLiteral("userNameLineEdit"));
    m_userEdit->setMaxLength(64);
    m_passwordEdit = new QLineEdit(this);
    m_passwordEdit->setObjectName(QStringLiteral("passwordLineEdit"));
    m_passwordEdit->setEchoMode(QLineEdit::Password);
    m_passwordEdit->setMaxLength(services::AuthService::maximumPasswordLength);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    layout->addLayout(form);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    layout->addWidget(m_messageLabel);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    buttons->button(QDialogButtonBox::Ok)->setText(tr("Log in"));
    connect(buttons, &QDialogButtonBox::accepted, this, &LoginDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &LoginDialog::reject);
    layout->addWidget(buttons);

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
