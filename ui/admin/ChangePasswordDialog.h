#pragma once

#include "domain/Actor.h"

#include <QDialog>

class QLabel;
class QLineEdit;

namespace sr::services {
class AuthService;
} // namespace sr::services

namespace sr::ui {

/**
 * A user changes their own password (current password, new one twice), with the password rules
 * shown up front. A refusal keeps what was typed and marks the field at fault.
 */
class ChangePasswordDialog : public QDialog
{
    Q_OBJECT

public:
    ChangePasswordDialog(services::AuthService &auth,
                         domain::Actor actor,
                         QWidget *parent = nullptr);

    /** Shown when a change is required at login (after a reset by an administrator). */
    void setRequired();

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    services::AuthService &m_auth;
    domain::Actor m_actor;
    QLabel *m_noteLabel = nullptr;
    QLineEdit *m_currentEdit = nullptr;
    QLineEdit *m_newEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sr::ui
