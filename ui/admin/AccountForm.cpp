#include "AccountForm.h"

#include "services/AuthService.h"

#include <QDialog>
#include <QDialogButtonBox>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>

namespace sr::ui::account_form {

QLineEdit *userNameEdit(const QString &userName, QWidget *parent)
{
    auto *edit = new QLineEdit(userName, parent);
    edit->setObjectName(QStringLiteral("userNameLineEdit"));
    edit->setMaxLength(64);
    return edit;
}

QLineEdit *passwordEdit(const QString &objectName, QWidget *parent)
{
    auto *edit = new QLineEdit(parent);
    edit->setObjectName(objectName);
    edit->setEchoMode(QLineEdit::Password);
    edit->setMaxLength(services::AuthService::maximumPasswordLength);
    return edit;
}

QLabel *noteLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("noteLabel"));
    label->setWordWrap(true);
    label->hide();
    return label;
}

QLabel *messageLabel(QWidget *parent)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QStringLiteral("messageLabel"));
    label->setWordWrap(true);
    label->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    return label;
}

QDialogButtonBox *buttons(QDialog *dialog, const QString &okText)
{
    auto *box = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, dialog);
    box->setObjectName(QStringLiteral("buttonBox"));
    if (!okText.isEmpty())
        box->button(QDialogButtonBox::Ok)->setText(okText);
    QObject::connect(box, &QDialogButtonBox::accepted, dialog, &QDialog::accept);
    QObject::connect(box, &QDialogButtonBox::rejected, dialog, &QDialog::reject);
    // Wide enough for the window title ("SafeReturn — đăng nhập") not to be cut by the
    // window manager: the form itself would make the dialog only as wide as its two fields.
    dialog->setMinimumWidth(dialog->fontMetrics().averageCharWidth() * 56);
    return box;
}

} // namespace sr::ui::account_form
