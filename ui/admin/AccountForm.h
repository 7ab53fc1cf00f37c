#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QList>
#include <QString>

class QCheckBox;
class QDialog;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QWidget;

namespace sr::ui::account_form {

// The pieces the account dialogs (LoginDialog, FirstAdminDialog, ChangePasswordDialog,
// UserAccountDialog) are built from, so that a password field or the refusal line looks and
// behaves alike in all. A refused attempt never clears what the user typed: the field at fault
// is marked, focused and its text selected, so that typing replaces it.

/** A user name field (at most 64 characters, AuthService::isValidUserName), "userNameLineEdit". */
QLineEdit *userNameEdit(const QString &userName, QWidget *parent);

/** A password field: typed text hidden, at most AuthService::maximumPasswordLength. */
QLineEdit *passwordEdit(const QString &objectName, QWidget *parent);

/** A hidden note above the fields ("noteLabel"), shown when it gets a text. */
QLabel *noteLabel(QWidget *parent);

/** The line that says why the last attempt was refused ("messageLabel", in red). */
QLabel *messageLabel(QWidget *parent);

/** The rules a new password must follow, shown before it is typed ("passwordRulesLabel"). */
QLabel *passwordRulesLabel(QWidget *parent);
/** The rules as one sentence (domain/AccountRules.h). */
QString passwordRules();

/** "Show password" ("showPasswordCheckBox"): while checked, @a edits show their text. */
QCheckBox *showPasswordCheck(const QList<QLineEdit *> &edits, QWidget *parent);

/**
 * A warning ("capsLockLabel", hidden) shown while Caps Lock seems to be on as the user types
 * in one of @a edits (see CapsLockWatcher in AccountForm.cpp for how it is detected).
 */
QLabel *capsLockWarning(const QList<QLineEdit *> &edits, QWidget *parent);

/** Whether a typed @a text with @a shiftHeld says Caps Lock is on (true), off (false) or
 *  nothing (not a cased letter): -1, 0 or 1. */
int capsLockFromKey(const QString &text, bool shiftHeld);

/**
 * Shows @a text in @a message and marks @a field (red frame, tooltip) as the one at fault,
 * focused with its text selected; the mark goes as soon as the field is edited. @a field may
 * be null (the refusal concerns no single field).
 */
void showRefusal(QLabel *message, QLineEdit *field, const QString &text);

/** Clears the marks of @a fields and the refusal line. */
void clearRefusal(QLabel *message, const QList<QLineEdit *> &fields);

/** Which field an AuthService refusal is about. */
enum class Field { None, UserName, Password, NewPassword, Repeat };
Field fieldOf(const Error &error);

/**
 * The edits of an account dialog a refusal may be about (any may be null; a dialog with one
 * password field gives it as both password and newPassword).
 */
struct FieldEdits
{
    QLineEdit *userName = nullptr;
    QLineEdit *password = nullptr;
    QLineEdit *newPassword = nullptr;
    QLineEdit *repeat = nullptr;
};
/** The edit of @a edits that @a error is about (fieldOf()), or null. */
QLineEdit *editOf(const Error &error, const FieldEdits &edits);

/** The roles in the order the account dialogs offer them, the least rights first. */
const QList<domain::Role> &roleChoices();

/** OK and Cancel ("buttonBox") wired to @a dialog's accept() and reject(); OK says @a okText. */
QDialogButtonBox *buttons(QDialog *dialog, const QString &okText = QString());

} // namespace sr::ui::account_form
