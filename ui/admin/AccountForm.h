#pragma once

#include <QString>

class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace sr::ui::account_form {

// The pieces the account dialogs (LoginDialog, FirstAdminDialog, ChangePasswordDialog) are
// built from, so that a password field or the refusal line looks and behaves alike in all.

/** A user name field (at most 64 characters, AuthService::isValidUserName), "userNameLineEdit". */
QLineEdit *userNameEdit(const QString &userName, QWidget *parent);

/** A password field: typed text hidden, at most AuthService::maximumPasswordLength. */
QLineEdit *passwordEdit(const QString &objectName, QWidget *parent);

/** A hidden note above the fields ("noteLabel"), shown when it gets a text. */
QLabel *noteLabel(QWidget *parent);

/** The line that says why the last attempt was refused ("messageLabel", in red). */
QLabel *messageLabel(QWidget *parent);

/** OK and Cancel ("buttonBox") wired to @a dialog's accept() and reject(); OK says @a okText. */
QDialogButtonBox *buttons(QDialog *dialog, const QString &okText = QString());

} // namespace sr::ui::account_form
