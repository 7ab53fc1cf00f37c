#pragma once

#include "domain/Actor.h"
#include "services/AppContext.h"
#include "services/AuthService.h"
#include "services/Permissions.h"

#include <QDateTime>
#include <QList>
#include <QObject>
#include <QPointer>

#include <functional>

class QMainWindow;
class QTimer;
class QWidget;

namespace sr::ui {

class LoginDialog;

/**
 * The logged-in session of the desktop application (docs/users-and-roles.md):
 * - creates the main window for the logged-in actor and adds the "Account" menu (change
 *   password, users for administrators, lock now) and the user's name to the status bar;
 * - disables the menu actions the role may not use, with a tooltip saying why;
 * - locks after idleLockMinutes without keyboard or mouse input (an application-wide event
 *   filter notes activity; the time comes from domain::Clock, so tests inject it): every
 *   window is hidden — kept alive with its unsaved forms — and a login dialog is shown. The
 *   same user gets everything back; another user closes the previous user's windows (the case
 *   editor keeps drafts) and starts with a new main window. Lock and unlock are audited.
 */
class SessionManager : public QObject
{
    Q_OBJECT

public:
    /** Makes the main window of @a actor (not shown yet). */
    using WindowFactory = std::function<QMainWindow *(const domain::Actor &actor)>;

    /** Seconds between two idle checks. */
    static constexpr int idleCheckSeconds = 5;

    /** Sets @a context's acting user to the session's, and again when another user logs in. */
    SessionManager(services::AppContext &context,
                   services::Session session,
                   WindowFactory factory,
                   QObject *parent = nullptr);
    ~SessionManager() override;

    /**
     * Creates and shows the main window. When the session must change its password (set by an
     * administrator), asks for it first with no window of records open; cancelling logs out and
     * quits the application.
     */
    void start();

    const domain::Actor &actor() const { return m_actor; }
    QMainWindow *mainWindow() const { return m_mainWindow; }
    bool isLocked() const { return m_locked; }
    int idleLockMinutes() const { return m_idleMinutes; }
    /** The lock screen while locked (nullptr otherwise). */
    LoginDialog *lockDialog() const { return m_lockDialog; }

    /** Locks now when idle for idleLockMinutes (called by a timer; tests call it directly). */
    void checkIdle();
    /** Hides every window and shows the login dialog (audited "session_lock"). */
    void lock();
    /** The lock screen's login succeeded with @a session. */
    void unlockWith(const services::Session &session);

    /**
     * Disables the actions of @a window (found by object name: newCaseAction,
     * periodReportAction, exportCsvAction, importCsvAction, auditViewerAction, backupAction,
     * referenceListsAction, usersAction, …) that @a actor's role may not use, with a tooltip.
     */
    static void applyPermissions(QWidget *window, const domain::Actor &actor);

Q_SIGNALS:
    void locked();
    void unlocked();
    /** Another user logged in at the lock screen; mainWindow() is theirs now. */
    void userChanged();

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void openMainWindow();
    void installAccountMenu(QMainWindow *window);
    /** True when the password was changed. */
    bool changePassword(bool required);
    /** openMainWindow() once a required password change is done; false when it was refused. */
    bool openMainWindowAfterRequiredChange();
    void showUsers();
    void readIdleMinutes();

    services::AppContext &m_context;
    services::AuthService &m_auth;
    domain::Actor m_actor;
    bool m_mustChangePassword = false;
    WindowFactory m_factory;
    QPointer<QMainWindow> m_mainWindow;
    QList<QPointer<QWidget>> m_hidden;
    QList<QPointer<QWidget>> m_covers; ///< opaque covers over modal windows while locked
    QPointer<LoginDialog> m_lockDialog;
    QTimer *m_idleTimer = nullptr;
    QDateTime m_lastActivity;
    int m_idleMinutes = services::AuthService::defaultIdleLockMinutes;
    bool m_locked = false;
    bool m_quitOnLastWindowClosed = true;
};

} // namespace sr::ui
