#include "UserAdminDialog.h"

#include "AccountForm.h"
#include "UserAccountDialog.h"
#include "domain/Clock.h"
#include "messages/AuthMessages.h"
#include "ui/WindowGeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QVBoxLayout>

#include <memory>
#include <utility>

namespace sr::ui {

UserAdminDialog::UserAdminDialog(services::AuthService &auth, domain::Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_auth(auth)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("UserAdminDialog"));
    setWindowTitle(tr("Users"));
    auto *layout = new QVBoxLayout(this);
    m_table = new QTableWidget(0, 5, this);
    m_table->setObjectName(QStringLiteral("usersTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("User name"), tr("Display name"), tr("Role"), tr("Team"), tr("State")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->horizontalHeader()->setStretchLastSection(true);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Interactive);
    m_table->setTextElideMode(Qt::ElideRight);
    m_table->setWordWrap(false);
    m_table->verticalHeader()->hide();
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &UserAdminDialog::updateButtons);
    layout->addWidget(m_table, 1);

    auto *buttons = new QHBoxLayout;
    m_addButton = new QPushButton(tr("&New user…"), this);
    m_addButton->setObjectName(QStringLiteral("addUserButton"));
    m_disableButton = new QPushButton(tr("&Disable"), this);
    m_disableButton->setObjectName(QStringLiteral("disableUserButton"));
    m_resetButton = new QPushButton(tr("&Reset password…"), this);
    m_resetButton->setObjectName(QStringLiteral("resetPasswordButton"));
    m_roleButton = new QPushButton(tr("Change r&ole…"), this);
    m_roleButton->setObjectName(QStringLiteral("changeRoleButton"));
    m_teamButton = new QPushButton(tr("Change &team…"), this);
    m_teamButton->setObjectName(QStringLiteral("changeTeamButton"));
    m_unlockButton = new QPushButton(tr("&Unlock"), this);
    m_unlockButton->setObjectName(QStringLiteral("unlockButton"));
    for (QPushButton *button :
         {m_addButton, m_disableButton, m_resetButton, m_roleButton, m_teamButton, m_unlockButton})
        buttons->addWidget(button);
    buttons->addStretch(1);
    layout->addLayout(buttons);
    connect(m_addButton, &QPushButton::clicked, this, &UserAdminDialog::addClicked);
    connect(m_disableButton, &QPushButton::clicked, this, [this] { toggleDisabled(); });
    connect(m_resetButton, &QPushButton::clicked, this, &UserAdminDialog::resetClicked);
    connect(m_roleButton, &QPushButton::clicked, this, &UserAdminDialog::roleClicked);
    connect(m_teamButton, &QPushButton::clicked, this, [this] {
        const services::UserAccount *user = selected();
        if (!user)
            return;
        bool ok = false;
        const QString team =
            QInputDialog::getText(this,
                                  tr("Change team"),
                                  tr("Team of %1 (empty: none):").arg(user->userName),
                                  QLineEdit::Normal,
                                  user->team,
                                  &ok);
        if (ok)
            changeTeam(team);
    });
    connect(m_unlockButton, &QPushButton::clicked, this, [this] { unlock(); });

    auto *idle = new QHBoxLayout;
    idle->addWidget(new QLabel(tr("Lock the application after"), this));
    m_idleSpin = new QSpinBox(this);
    m_idleSpin->setObjectName(QStringLiteral("idleMinutesSpinBox"));
    m_idleSpin->setRange(1, 240);
    m_idleSpin->setSuffix(tr(" min without activity"));
    m_idleSpin->setValue(m_auth.idleLockMinutes().ok()
                             ? m_auth.idleLockMinutes().value()
                             : services::AuthService::defaultIdleLockMinutes);
    idle->addWidget(m_idleSpin);
    auto *applyIdle = new QPushButton(tr("Apply"), this);
    applyIdle->setObjectName(QStringLiteral("applyIdleButton"));
    connect(applyIdle, &QPushButton::clicked, this, [this] { applyIdleMinutes(); });
    idle->addWidget(applyIdle);
    idle->addStretch(1);
    layout->addLayout(idle);

    m_messageLabel = new QLabel(this);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    layout->addWidget(m_messageLabel);
    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(close);
    reload();
    WindowGeometry::place(this, QStringLiteral("users"), QSize(820, 480));
}

void UserAdminDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("users"));
    QDialog::done(result);
}

void UserAdminDialog::sizeColumns()
{
    // Columns as wide as their content, but none wider than about 30 characters: a long
    // display name is elided, its full text in the tooltip, and the state column (the last)
    // takes the rest of the width.
    m_table->resizeColumnsToContents();
    const int widest = m_table->fontMetrics().averageCharWidth() * 30;
    for (int column = 0; column + 1 < m_table->columnCount(); ++column) {
        if (m_table->columnWidth(column) > widest)
            m_table->setColumnWidth(column, widest);
    }
}

void UserAdminDialog::reload()
{
    const QString current = selected() ? selected()->userName : QString();
    auto users = m_auth.listUsers(m_actor);
    m_users = users ? *users : QList<services::UserAccount>();
    if (!users)
        report(users.error());
    m_table->setRowCount(int(m_users.size()));
    const QDateTime now = domain::Clock::instance().now();
    for (int row = 0; row < m_users.size(); ++row) {
        const services::UserAccount &user = m_users.at(row);
        QString state = user.disabled ? tr("disabled") : tr("active");
        if (user.lockedUntil.isValid() && user.lockedUntil > now)
            state += QStringLiteral(", ") + tr("locked");
        if (user.mustChangePassword)
            state += QStringLiteral(", ") + tr("must change password");
        const QStringList cells{user.userName,
                                user.displayName,
                                messages::AuthMessages::roleName(user.role),
                                user.team,
                                state};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_table->setItem(row, column, item);
        }
    }
    sizeColumns();
    if (!current.isEmpty())
        selectUser(current);
    updateButtons();
}

void UserAdminDialog::selectUser(const QString &userName)
{
    for (int row = 0; row < m_users.size(); ++row) {
        if (m_users.at(row).userName.compare(userName, Qt::CaseInsensitive) == 0) {
            m_table->selectRow(row);
            return;
        }
    }
}

const services::UserAccount *UserAdminDialog::selected() const
{
    const auto rows = m_table ? m_table->selectionModel()->selectedRows() : QModelIndexList();
    if (rows.isEmpty() || rows.first().row() >= m_users.size())
        return nullptr;
    return &m_users.at(rows.first().row());
}

void UserAdminDialog::updateButtons()
{
    const services::UserAccount *user = selected();
    for (QPushButton *button :
         {m_disableButton, m_resetButton, m_roleButton, m_teamButton, m_unlockButton})
        button->setEnabled(user != nullptr);
    if (user)
        m_disableButton->setText(user->disabled ? tr("&Enable") : tr("&Disable"));
}

bool UserAdminDialog::report(const Error &error)
{
    m_messageLabel->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_messageLabel->setText(messages::AuthMessages::error(error));
    return false;
}

bool UserAdminDialog::createUser(const services::NewUser &user)
{
    auto created = m_auth.createUser(m_actor, user);
    if (!created)
        return report(created.error());
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("User %1 created.").arg(created->userName));
    reload();
    selectUser(created->userName);
    return true;
}

bool UserAdminDialog::changeSelected(
    const std::function<Result<services::UserAccount>(const services::UserAccount &)> &change,
    const std::function<QString(const services::UserAccount &)> &success)
{
    const services::UserAccount *user = selected();
    if (!user)
        return false;
    auto done = change(*user);
    if (!done)
        return report(done.error());
    if (success) {
        m_messageLabel->setStyleSheet(QString());
        m_messageLabel->setText(success(*done));
    } else {
        m_messageLabel->clear();
    }
    reload();
    return true;
}

bool UserAdminDialog::toggleDisabled()
{
    return changeSelected([this](const services::UserAccount &user) {
        return m_auth.setAccountState(m_actor,
                                      user.id,
                                      user.disabled ? services::AccountState::Active
                                                    : services::AccountState::Disabled);
    });
}

bool UserAdminDialog::resetPassword(const QString &password)
{
    return changeSelected(
        [this, &password](const services::UserAccount &user) {
            return m_auth.resetPassword(m_actor, user.id, password);
        },
        [](const services::UserAccount &done) {
            return tr("Password of %1 reset; it must be changed at the next login.")
                .arg(done.userName);
        });
}

bool UserAdminDialog::changeTeam(const QString &team)
{
    return changeSelected([this, team](const services::UserAccount &user) {
        return m_auth.changeTeam(m_actor, user.id, team);
    });
}

bool UserAdminDialog::changeRole(domain::Role role)
{
    return changeSelected([this, role](const services::UserAccount &user) {
        return m_auth.changeRole(m_actor, user.id, role);
    });
}

bool UserAdminDialog::unlock()
{
    return changeSelected([this](const services::UserAccount &user) {
        return m_auth.unlockAccount(m_actor, user.id);
    });
}

bool UserAdminDialog::applyIdleMinutes()
{
    if (auto done = m_auth.setIdleLockMinutes(m_actor, m_idleSpin->value()); !done)
        return report(done.error());
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("Saved. The new time applies from the next login."));
    return true;
}

UserAccountDialog *UserAdminDialog::newUserDialog()
{
    return new UserAccountDialog(m_auth, m_actor, this);
}

UserAccountDialog *UserAdminDialog::resetPasswordDialog()
{
    const services::UserAccount *user = selected();
    return user ? new UserAccountDialog(m_auth, m_actor, *user, this) : nullptr;
}

void UserAdminDialog::addClicked()
{
    // The dialog makes the change itself and stays open while it is refused, so that nothing
    // typed is lost; only a created account comes back here.
    std::unique_ptr<UserAccountDialog> dialog(newUserDialog());
    if (dialog->exec() != QDialog::Accepted || !dialog->account())
        return;
    const QString userName = dialog->account()->userName;
    reload();
    selectUser(userName);
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(tr("User %1 created.").arg(userName));
}

void UserAdminDialog::resetClicked()
{
    std::unique_ptr<UserAccountDialog> dialog(resetPasswordDialog());
    if (!dialog || dialog->exec() != QDialog::Accepted || !dialog->account())
        return;
    const QString userName = dialog->account()->userName;
    reload();
    selectUser(userName);
    m_messageLabel->setStyleSheet(QString());
    m_messageLabel->setText(
        tr("Password of %1 reset; it must be changed at the next login.").arg(userName));
}

void UserAdminDialog::roleClicked()
{
    const services::UserAccount *user = selected();
    if (!user)
        return;
    QStringList names;
    for (domain::Role r : account_form::roleChoices())
        names << messages::AuthMessages::roleName(r);
    bool ok = false;
    const QString chosen =
        QInputDialog::getItem(this,
                              tr("Change role"),
                              tr("Role of %1:").arg(user->userName),
                              names,
                              int(account_form::roleChoices().indexOf(user->role)),
                              false,
                              &ok);
    if (ok && names.contains(chosen))
        changeRole(account_form::roleChoices().at(names.indexOf(chosen)));
}

} // namespace sr::ui
