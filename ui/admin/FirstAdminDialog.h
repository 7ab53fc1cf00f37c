#pragma once

#include "services/AuthService.h"

#include <QDialog>

#include <optional>

class QLabel;
class QLineEdit;

namespace sr::ui {

/**
 * First start on a database without users: creates the first administrator (name, display
 * name, password typed twice) and logs them in; session() is set when accepted.
 */
class FirstAdminDialog : public QDialog
{
    Q_OBJECT

public:
    explicit FirstAdminDialog(services::AuthService &auth, QWidget *parent = nullptr);

    const std::optional<services::Session> &session() const { return m_session; }

public Q_SLOTS:
    void accept() override;

private:
    services::AuthService &m_auth;
    std::optional<services::Session> m_session;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_displayEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sr::ui
