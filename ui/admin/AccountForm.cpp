#include "AccountForm.h"

#include "services/AuthService.h"
#include "ui/case/CaseFields.h"

#include <QCheckBox>
#include <QCoreApplication>
#include <QDialog>
#include <QDialogButtonBox>
#include <QEvent>
#include <QKeyEvent>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>

namespace sr::ui::account_form {

namespace {

/**
 * Qt has no portable way to ask whether Caps Lock is on (QGuiApplication::queryKeyboardModifiers
 * does not report it, and X11, Windows and macOS each need their own call). The key events say
 * it indirectly: a letter typed in upper case without Shift, or in lower case with Shift, means
 * Caps Lock is on; a letter whose case agrees with Shift means it is off. Pressing Caps Lock
 * itself flips the state once one is known. Until the first letter is typed nothing is shown.
 */
class CapsLockWatcher : public QObject
{
public:
    CapsLockWatcher(QLabel *warning, QObject *parent)
        : QObject(parent)
        , m_warning(warning)
    {}

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (event->type() == QEvent::KeyPress && m_warning) {
            const auto *key = static_cast<const QKeyEvent *>(event);
            if (key->key() == Qt::Key_CapsLock) {
                if (m_state >= 0)
                    setState(m_state == 0 ? 1 : 0);
            } else {
                const int state =
                    capsLockFromKey(key->text(), key->modifiers().testFlag(Qt::ShiftModifier));
                if (state >= 0)
                    setState(state);
            }
        }
        return QObject::eventFilter(watched, event);
    }

private:
    void setState(int state)
    {
        m_state = state;
        m_warning->setVisible(state == 1);
    }

    QPointer<QLabel> m_warning;
    int m_state = -1; ///< -1 unknown, 0 off, 1 on
};

} // namespace

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

QString passwordRules()
{
    return QCoreApplication::translate("sr::ui::AccountForm",
                                       "The password needs at least %1 characters; it must not "
                                       "be a common password or the user name.")
        .arg(services::AuthService::minimumPasswordLength);
}

QLabel *passwordRulesLabel(QWidget *parent)
{
    auto *label = new QLabel(passwordRules(), parent);
    label->setObjectName(QStringLiteral("passwordRulesLabel"));
    label->setWordWrap(true);
    return label;
}

QCheckBox *showPasswordCheck(const QList<QLineEdit *> &edits, QWidget *parent)
{
    auto *check =
        new QCheckBox(QCoreApplication::translate("sr::ui::AccountForm", "S&how password"), parent);
    check->setObjectName(QStringLiteral("showPasswordCheckBox"));
    QList<QPointer<QLineEdit>> targets;
    for (QLineEdit *edit : edits)
        targets.append(edit);
    QObject::connect(check, &QCheckBox::toggled, check, [targets](bool shown) {
        for (const QPointer<QLineEdit> &edit : targets) {
            if (edit)
                edit->setEchoMode(shown ? QLineEdit::Normal : QLineEdit::Password);
        }
    });
    return check;
}

int capsLockFromKey(const QString &text, bool shiftHeld)
{
    if (text.size() != 1 || !text.at(0).isLetter())
        return -1;
    const QChar c = text.at(0);
    if (c.isUpper())
        return shiftHeld ? 0 : 1;
    if (c.isLower())
        return shiftHeld ? 1 : 0;
    return -1; // a letter without case (e.g. CJK) says nothing
}

QLabel *capsLockWarning(const QList<QLineEdit *> &edits, QWidget *parent)
{
    auto *label =
        new QLabel(QCoreApplication::translate("sr::ui::AccountForm", "Caps Lock is on."), parent);
    label->setObjectName(QStringLiteral("capsLockLabel"));
    label->setStyleSheet(QStringLiteral("QLabel { color: #8a5a00; font-weight: bold; }"));
    label->hide();
    auto *watcher = new CapsLockWatcher(label, label);
    for (QLineEdit *edit : edits)
        edit->installEventFilter(watcher);
    return label;
}

void showRefusal(QLabel *message, QLineEdit *field, const QString &text)
{
    message->setText(text);
    if (!field)
        return;
    CaseFields::markInvalid(field, text);
    if (!field->property("unmarkOnEdit").toBool()) {
        field->setProperty("unmarkOnEdit", true);
        QObject::connect(field, &QLineEdit::textEdited, field, [field] {
            CaseFields::markInvalid(field, QString());
        });
    }
    field->setFocus();
    field->selectAll();
}

void clearRefusal(QLabel *message, const QList<QLineEdit *> &fields)
{
    message->clear();
    for (QLineEdit *field : fields)
        CaseFields::markInvalid(field, QString());
}

Field fieldOf(const Error &error)
{
    switch (error.reason) {
    case ErrorReason::BadCredentials:
        return Field::Password;
    case ErrorReason::InvalidUserName:
        return Field::UserName;
    case ErrorReason::PasswordTooShort:
    case ErrorReason::PasswordTooLong:
    case ErrorReason::PasswordCommon:
    case ErrorReason::PasswordIsUserName:
        return Field::NewPassword;
    case ErrorReason::PasswordsDiffer:
        return Field::Repeat;
    default:
        break;
    }
    return error.code == ErrorCode::Duplicate ? Field::UserName : Field::None;
}

QLineEdit *editOf(const Error &error, const FieldEdits &edits)
{
    switch (fieldOf(error)) {
    case Field::UserName:
        return edits.userName;
    case Field::Password:
        return edits.password;
    case Field::NewPassword:
        return edits.newPassword;
    case Field::Repeat:
        return edits.repeat;
    case Field::None:
        break;
    }
    return nullptr;
}

const QList<domain::Role> &roleChoices()
{
    static const QList<domain::Role> list{domain::Role::Viewer,
                                          domain::Role::SocialWorker,
                                          domain::Role::Manager,
                                          domain::Role::Administrator};
    return list;
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
