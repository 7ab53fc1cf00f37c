#pragma once

#include "services/AuthService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace sr::ui {

/**
 * Asks for a user name and password and logs in through AuthService (lockout, audit). Stays
 * open with a message while the login is refused, keeping what was typed (the password
 * selected, so that typing replaces it); accepted with session() set on success. Shows which
 * database it opens (file name; the full path in the tooltip), a "Show password" box and a
 * Caps Lock warning.
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
    /** The database file the login opens: its name shown, its path in the tooltip. */
    void setDatabasePath(const QString &path);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    services::AuthService &m_auth;
    std::optional<services::Session> m_session;
    QLabel *m_noteLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sr::ui
