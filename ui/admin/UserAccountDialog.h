#pragma once

#include "domain/Actor.h"
#include "services/AuthService.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sr::ui {

/**
 * An administrator creates a user (name, display name, role, initial password typed twice) or
 * sets a new password for an existing one. The password rules are shown before anything is
 * typed; a refusal (taken name, password rules, passwords that differ) is shown in the dialog,
 * which stays open with everything typed and the field at fault marked. Accepted only when
 * AuthService made the change; account() is the changed account.
 */
class UserAccountDialog : public QDialog
{
    Q_OBJECT

public:
    /** Creating a user. */
    UserAccountDialog(services::AuthService &auth, domain::Actor actor, QWidget *parent = nullptr);
    /** Setting a new password for @a account (it must be changed at the next login). */
    UserAccountDialog(services::AuthService &auth,
                      domain::Actor actor,
                      const services::UserAccount &account,
                      QWidget *parent = nullptr);

    const std::optional<services::UserAccount> &account() const { return m_done; }

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    void build();
    void refuse(const Error &error);

    services::AuthService &m_auth;
    domain::Actor m_actor;
    std::optional<services::UserAccount> m_target; ///< the account whose password is reset
    std::optional<services::UserAccount> m_done;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_displayEdit = nullptr;
    QComboBox *m_roleCombo = nullptr;
    QLineEdit *m_teamEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLineEdit *m_repeatEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sr::ui
