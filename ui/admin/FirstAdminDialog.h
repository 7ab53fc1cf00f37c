#pragma once

#include "services/AuthService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace sr::ui {

/**
 * First start on a database without users: creates the first administrator (name, display
 * name, password typed twice, the password rules shown up front) and logs them in; session()
 * is set when accepted. A refusal keeps what was typed and marks the field at fault.
 */
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(services::AuthService &auth, QWidget *parent = nullptr);

    const std::optional<services::Session> &session() const { return m_session; }
    /** The database file the administrator is created in: its name shown, its path in the
     *  tooltip. */
    void setDatabasePath(const QString &path);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    /** Shows why @a error refused the attempt and marks the field at fault. */
    void refuse(const Error &error);

    services::AuthService &m_auth;
    std::optional<services::Session> m_session;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_displayEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
};

} // namespace sr::ui
