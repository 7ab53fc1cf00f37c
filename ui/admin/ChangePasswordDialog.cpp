#include "ChangePasswordDialog.h"

#include "AccountForm.h"
#include "messages/AuthMessages.h"
#include "services/AuthService.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <utility>

namespace sr::ui {

ChangePasswordDialog::ChangePasswordDialog(services::AuthService &auth,
                                           domain::Actor actor,
                                           QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("ChangePasswordDialog"));
    setWindowTitle(tr("Change password"));
    auto *layout = new QVBoxLayout(this);
    m_noteLabel = account_form::noteLabel(this);
    layout->addWidget(m_noteLabel);
    auto *form = new QFormLayout;
    m_currentEdit = account_form::passwordEdit(QStringLiteral("currentPasswordLineEdit"), this);
    m_newEdit = account_form::passwordEdit(QStringLiteral("newPasswordLineEdit"), this);
    m_repeatEdit = account_form::passwordEdit(QStringLiteral("repeatLineEdit"), this);
    form->addRow(tr("&Current password:"), m_currentEdit);
    form->addRow(tr("&New password:"), m_newEdit);
    form->addRow(tr("&Repeat new password:"), m_repeatEdit);
    layout->addLayout(form);
    m_messageLabel = account_form::messageLabel(this);
    layout->addWidget(m_messageLabel);
    layout->addWidget(account_form::buttons(this));
}

void ChangePasswordDialog::setRequired()
{
    m_noteLabel->setText(tr("Your password was set by an administrator. Choose your own "
                            "password now."));
    m_noteLabel->show();
}

void ChangePasswordDialog::accept()
{
    QString current = m_currentEdit->text();
    QString fresh = m_newEdit->text();
    QString repeat = m_repeatEdit->text();
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_repeatEdit})
        edit->clear();
    Result<void> changed;
    if (fresh != repeat)
        changed = makeError(
            ErrorCode::InvalidInput, ErrorReason::PasswordsDiffer, QStringLiteral("differ"));
    else
        changed = m_auth.changeOwnPassword(m_actor, current, fresh);
    for (QString *text : {&current, &fresh, &repeat})
        services::AuthService::wipe(*text);
    if (!changed) {
        m_messageLabel->setText(messages::AuthMessages::error(changed.error()));
        return;
    }
    QDialog::accept();
}

} // namespace sr::ui
