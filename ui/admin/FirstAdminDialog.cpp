#include "FirstAdminDialog.h"

#include "AccountForm.h"
#include "messages/AuthMessages.h"

#include <QDialogButtonBox>
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
    layout->addLayout(form);
    auto *hint = new QLabel(tr("At least %1 characters; common passwords are refused.")
                                .arg(services::AuthService::minimumPasswordLength),
                            this);
    hint->setWordWrap(true);
    layout->addWidget(hint);

    m_messageLabel = account_form::messageLabel(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(account_form::buttons(this, tr("Create")));
}

void FirstAdminDialog::accept()
{
    QString password = m_passwordEdit->text();
    QString repeat = m_repeatEdit->text();
    m_passwordEdit->clear();
    m_repeatEdit->clear();
    const auto finish = [&] {
        services::AuthService::wipe(password);
        services::AuthService::wipe(repeat);
    };
    if (password != repeat) {
        finish();
        m_messageLabel->setText(messages::AuthMessages::passwordsDiffer());
        return;
    }
    const QString userName = m_userEdit->text().trimmed();
    auto created = m_auth.createFirstAdministrator(userName, m_displayEdit->text(), password);
    if (!created) {
        finish();
        m_messageLabel->setText(messages::AuthMessages::error(created.error()));
        return;
    }
    auto session = m_auth.login(userName, password);
    finish();
    if (!session) {
        m_messageLabel->setText(messages::AuthMessages::error(session.error()));
        return;
    }
    m_session = *session;
    QDialog::accept();
}

} // namespace sr::ui
