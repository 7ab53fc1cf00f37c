#include "ChangePasswordDialog.h"

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
    m_noteLabel = new QLabel(this);
    m_noteLabel->setWordWrap(true);
    m_noteLabel->hide();
    layout->addWidget(m_noteLabel);
    auto *form = new QFormLayout;
    m_currentEdit = new QLineEdit(this);
    m_currentEdit->setObjectName(QStringLiteral("currentPasswordLineEdit"));
    m_newEdit = new QLineEdit(this);
    m_newEdit->setObjectName(QStringLiteral("newPasswordLineEdit"));
    m_repeatEdit = new QLineEdit(this);
    m_repeatEdit->setObjectName(QStringLiteral("repeatLineEdit"));
    for (QLineEdit *edit : {m_currentEdit, m_newEdit, m_repeatEdit}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setMaxLength(services::AuthService::maximumPasswordLength);
    }
    form->addRow(tr("&Current password:"), m_currentEdit);
    form->addRow(tr("&New password:"), m_newEdit);
    form->addRow(tr("&Repeat new password:"), m_repeatEdit);
    layout->addLayout(form);
    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    layout->addWidget(m_messageLabel);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->setObjectName(QStringLiteral("buttonBox"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ChangePasswordDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ChangePasswordDialog::reject);
    layout->addWidget(buttons);
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
