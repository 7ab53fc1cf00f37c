#include "ChangePasswordDialog.h"

#include "AccountForm.h"
#include "messages/AuthMessages.h"
#include "services/AuthService.h"
#include "ui/WindowGeometry.h"

#include <QCheckBox>
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
    form->addRow(QString(),
                 account_form::showPasswordCheck({m_currentEdit, m_newEdit, m_repeatEdit}, this));
    form->addRow(QString(),
                 account_form::capsLockWarning({m_currentEdit, m_newEdit, m_repeatEdit}, this));
    layout->addLayout(form);
    layout->addWidget(account_form::passwordRulesLabel(this));
    m_messageLabel = account_form::messageLabel(this);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(account_form::buttons(this));
    WindowGeometry::place(this, QStringLiteral("changePassword"), QSize(520, 340));
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
    account_form::clearRefusal(m_messageLabel, {m_currentEdit, m_newEdit, m_repeatEdit});
    Result<void> changed;
    if (fresh != repeat)
        changed = makeError(
            ErrorCode::InvalidInput, ErrorReason::PasswordsDiffer, QStringLiteral("differ"));
    else
        changed = m_auth.changeOwnPassword(m_actor, current, fresh);
    for (QString *text : {&current, &fresh, &repeat})
        services::AuthService::wipe(*text);
    if (!changed) {
        // What was typed stays; the field at fault is marked and selected.
        QLineEdit *field = account_form::editOf(changed.error(),
                                                {nullptr, m_currentEdit, m_newEdit, m_repeatEdit});
        account_form::showRefusal(m_messageLabel,
                                  field,
                                  field == m_currentEdit
                                      ? tr("The current password is wrong.")
                                      : messages::AuthMessages::error(changed.error()));
        return;
    }
    QDialog::accept();
}

void ChangePasswordDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("changePassword"));
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_repeatEdit})
        edit->clear();
    QDialog::done(result);
}

} // namespace sr::ui
