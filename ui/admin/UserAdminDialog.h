#pragma once

#include "domain/Actor.h"
#include "services/AuthService.h"

#include <QDialog>

#include <functional>

class QLabel;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sr::ui {

class UserAccountDialog;

/**
 * Administrators' "Users" dialog: the accounts (name, display name, role, state), and buttons
 * to create, disable/enable, reset a password, change a role and lift a lockout — never to
 * delete (the audit log names users). Also the idle-lock minutes setting. Every change goes
 * through AuthService, which checks Permission::ManageUsers and audits it.
 */
class UserAdminDialog : public QDialog
{
    Q_OBJECT

public:
    UserAdminDialog(services::AuthService &auth, domain::Actor actor, QWidget *parent = nullptr);

    /** Re-reads the accounts. */
    void reload();

    /** Selects the row of @a userName (tests, and after a change). */
    void selectUser(const QString &userName);

    // The actions, callable from tests with the values a user would type.
    bool createUser(const services::NewUser &user);
    bool toggleDisabled();
    bool resetPassword(const QString &password);
    bool changeRole(domain::Role role);
    /** Puts the selected account in @a team ("" = none). */
    bool changeTeam(const QString &team);
    bool unlock();
    bool applyIdleMinutes();

    /** The dialogs the "New user…" and "Reset password…" buttons open (tests fill them). */
    UserAccountDialog *newUserDialog();
    /** Nullptr without a selection. */
    UserAccountDialog *resetPasswordDialog();

public Q_SLOTS:
    void done(int result) override;

private:
    void addClicked();
    void resetClicked();
    void roleClicked();
    void updateButtons();
    void sizeColumns();
    bool report(const Error &error);
    const services::UserAccount *selected() const;
    /**
     * Applies @a change to the selected account, then shows @a success of the changed account
     * (no message when empty) or why it was refused. False without a selection or when refused.
     */
    bool changeSelected(
        const std::function<Result<services::UserAccount>(const services::UserAccount &)> &change,
        const std::function<QString(const services::UserAccount &)> &success = {});

    services::AuthService &m_auth;
    domain::Actor m_actor;
    QList<services::UserAccount> m_users;
    QTableWidget *m_table = nullptr;
    QPushButton *m_addButton = nullptr;
    QPushButton *m_disableButton = nullptr;
    QPushButton *m_resetButton = nullptr;
    QPushButton *m_roleButton = nullptr;
    QPushButton *m_teamButton = nullptr;
    QPushButton *m_unlockButton = nullptr;
    QSpinBox *m_idleSpin = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sr::ui
