#include "UserAccountDialog.h"

#include "AccountForm.h"
#include "messages/AuthMessages.h"
#include "ui/WindowGeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QVBoxLayout>

#include <utility>

namespace sr::ui {

UserAccountDialog::UserAccountDialog(services::AuthService &auth,
                                     domain::Actor actor,
                                     QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_actor(std::move(actor))
{
    build();
}

UserAccountDialog::UserAccountDialog(services::AuthService &auth,
                                     domain::Actor actor,
                                     const services::UserAccount &account,
                                     QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_actor(std::move(actor))
    , m_target(account)
{
    build();
}

void UserAccountDialog::build()
{
    setObjectName(QStringLiteral("UserAccountDialog"));
    setWindowTitle(m_target ? tr("Reset password") : tr("New user"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    m_passwordEdit = account_form::passwordEdit(QStringLiteral("passwordLineEdit"), this);
    m_repeatEdit = account_form::passwordEdit(QStringLiteral("repeatLineEdit"), this);
    if (m_target) {
        auto *who = new QLabel(
            tr("New password for %1 (%2).")
                .arg(m_target->userName, messages::AuthMessages::roleName(m_target->role)),
            this);
        who->setWordWrap(true);
        layout->addWidget(who);
        form->addRow(tr("New &password:"), m_passwordEdit);
    } else {
        m_userEdit = account_form::userNameEdit(QString(), this);
        m_displayEdit = new QLineEdit(this);
        m_displayEdit->setObjectName(QStringLiteral("displayNameLineEdit"));
        m_roleCombo = new QComboBox(this);
        m_roleCombo->setObjectName(QStringLiteral("roleComboBox"));
        for (domain::Role role : account_form::roleChoices())
            m_roleCombo->addItem(messages::AuthMessages::roleName(role), int(role));
        m_roleCombo->setCurrentIndex(
            int(account_form::roleChoices().indexOf(domain::Role::SocialWorker)));
        form->addRow(tr("&User name:"), m_userEdit);
        form->addRow(tr("&Display name:"), m_displayEdit);
        form->addRow(tr("&Role:"), m_roleCombo);
        m_teamEdit = new QLineEdit(this);
        m_teamEdit->setObjectName(QStringLiteral("teamLineEdit"));
        m_teamEdit->setMaxLength(100);
        m_teamEdit->setToolTip(tr("Workers of a team are seen by its manager when social "
                                  "workers see only their own cases. Leave empty for none."));
        form->addRow(tr("&Team:"), m_teamEdit);
        form->addRow(tr("Initial &password:"), m_passwordEdit);
    }
    form->addRow(tr("R&epeat password:"), m_repeatEdit);
    form->addRow(QString(), account_form::showPasswordCheck({m_passwordEdit, m_repeatEdit}, this));
    QList<QLineEdit *> typed{m_passwordEdit, m_repeatEdit};
    if (m_userEdit)
        typed.prepend(m_userEdit);
    form->addRow(QString(), account_form::capsLockWarning(typed, this));
    layout->addLayout(form);
    layout->addWidget(account_form::passwordRulesLabel(this));
    auto *note = new QLabel(tr("The user must choose their own password at the next login."), this);
    note->setWordWrap(true);
    layout->addWidget(note);
    m_messageLabel = account_form::messageLabel(this);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(account_form::buttons(this, m_target ? tr("Set password") : tr("Create")));
    if (m_userEdit)
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
    WindowGeometry::place(this, QStringLiteral("userAccount"), QSize(540, 380));
}

void UserAccountDialog::refuse(const Error &error)
{
    account_form::showRefusal(
        m_messageLabel,
        account_form::editOf(error, {m_userEdit, m_passwordEdit, m_passwordEdit, m_repeatEdit}),
        messages::AuthMessages::error(error));
}

void UserAccountDialog::accept()
{
    QList<QLineEdit *> fields{m_passwordEdit, m_repeatEdit};
    if (m_userEdit)
        fields.append(m_userEdit);
    account_form::clearRefusal(m_messageLabel, fields);
    QString password = m_passwordEdit->text();
    QString repeat = m_repeatEdit->text();
    Result<services::UserAccount> changed =
        makeError(ErrorCode::InvalidInput, ErrorReason::PasswordsDiffer, QStringLiteral("differ"));
    if (password == repeat) {
        if (m_target) {
            changed = m_auth.resetPassword(m_actor, m_target->id, password);
        } else {
            services::NewUser user{m_userEdit->text().trimmed(),
                                   m_displayEdit->text(),
                                   domain::Role(m_roleCombo->currentData().toInt()),
                                   password,
                                   true,
                                   m_teamEdit->text().trimmed()};
            changed = m_auth.createUser(m_actor, user);
            services::AuthService::wipe(user.password);
        }
    }
    services::AuthService::wipe(password);
    services::AuthService::wipe(repeat);
    if (!changed) {
        refuse(changed.error());
        return;
    }
    m_done = *changed;
    QDialog::accept();
}

void UserAccountDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("userAccount"));
    m_passwordEdit->clear();
    m_repeatEdit->clear();
    QDialog::done(result);
}

} // namespace sr::ui
