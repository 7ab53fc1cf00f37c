#pragma once

#include "services/AuthService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace sr::ui {

/**
 * Asks for a user name and password and logs in through AuthService (lockout, audit). Stays
 * open with a message while the login is refused; accepted with session() set on success.
 * The password field is cleared (and its text wiped) after every attempt.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    /** @a userName prefills the name (the lock screen shows the user who was working). */
    LoginDialog(services::AuthService &auth, const QString &userName, QWidget *parent = nullptr);

    const std::optional<services::Session> &session() const { return m_session; }

    /** A note above the fields ("Locked after 10 minutes without activity"). */
    void setNote(const QString &note);

public Q_SLOTS:
    void accept() override;

private:
    services::AuthService &m_auth;
    std::optional<services::Session> m_session;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sr::ui
