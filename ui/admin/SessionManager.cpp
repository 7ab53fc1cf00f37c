#include "SessionManager.h"

#include "ChangePasswordDialog.h"
#include "LoginDialog.h"
#include "UserAdminDialog.h"
#include "domain/Clock.h"
#include "messages/AuthMessages.h"

#include <QAction>
#include <QApplication>
#include <QEvent>
#include <QKeySequence>
#include <QLabel>
#include <QMainWindow>
#include <QMenu>
#include <QMenuBar>
#include <QStatusBar>
#include <QTimer>

#include <spdlog/spdlog.h>

#include <utility>

namespace sr::ui {

namespace {

using services::Permission;

/** Menu actions (object names) of the main window and its siblings, with what they need. */
const QList<QPair<QString, Permission>> &guardedActions()
{
    static const QList<QPair<QString, Permission>> list{
        {QStringLiteral("newCaseAction"), Permission::EditCases},
        {QStringLiteral("saveAction"), Permission::EditCases},
        {QStringLiteral("printCaseAction"), Permission::PrintCase},
        {QStringLiteral("periodReportAction"), Permission::ViewReports},
        {QStringLiteral("exportAction"), Permission::ExportDeidentified},
        {QStringLiteral("exportFullAction"), Permission::ExportFull},
        {QStringLiteral("importAction"), Permission::ImportRecords},
        {QStringLiteral("exportCsvAction"), Permission::ExportDeidentified},
        {QStringLiteral("importCsvAction"), Permission::ImportRecords},
        {QStringLiteral("auditViewerAction"), Permission::ViewAudit},
        {QStringLiteral("auditLogAction"), Permission::ViewAudit},
        {QStringLiteral("backupAction"), Permission::BackupRestore},
        {QStringLiteral("restoreAction"), Permission::BackupRestore},
        {QStringLiteral("batchRegisterAction"), Permission::EditCases},
        {QStringLiteral("referenceListsAction"), Permission::ManageReference},
        {QStringLiteral("organisationAction"), Permission::ManageReference},
        {QStringLiteral("usersAction"), Permission::ManageUsers},
    };
    return list;
}

/** An opaque child over the whole of a modal window while the session is locked. */
class LockCover : public QLabel
{
public:
    LockCover(QWidget *window, const QString &text)
        : QLabel(text, window)
    {
        setObjectName(QStringLiteral("lockCover"));
        setAlignment(Qt::AlignCenter);
        setAutoFillBackground(true);
        setGeometry(window->rect());
        window->installEventFilter(this);
        raise();
        show();
    }

protected:
    bool eventFilter(QObject *watched, QEvent *event) override
    {
        if (watched == parentWidget() && event->type() == QEvent::Resize) {
            setGeometry(parentWidget()->rect());
            raise();
        }
        return QLabel::eventFilter(watched, event);
    }
};

bool isActivity(QEvent::Type type)
{
    switch (type) {
    case QEvent::KeyPress:
    case QEvent::MouseButtonPress:
    case QEvent::MouseMove:
    case QEvent::Wheel:
    case QEvent::TouchBegin:
        return true;
    default:
        return false;
    }
}

} // namespace

SessionManager::SessionManager(services::AppContext &context,
                               services::Session session,
                               WindowFactory factory,
                               QObject *parent)
    : QObject(parent)
    , m_context(context)
    , m_auth(context.auth())
    , m_actor(std::move(session.actor))
    , m_mustChangePassword(session.mustChangePassword)
    , m_factory(std::move(factory))
{
    m_context.setActor(m_actor);
    m_lastActivity = domain::Clock::instance().now();
    readIdleMinutes();
    m_idleTimer = new QTimer(this);
    m_idleTimer->setInterval(idleCheckSeconds * 1000);
    connect(m_idleTimer, &QTimer::timeout, this, &SessionManager::checkIdle);
    if (QCoreApplication *app = QCoreApplication::instance())
        app->installEventFilter(this);
}

SessionManager::~SessionManager()
{
    if (QCoreApplication *app = QCoreApplication::instance())
        app->removeEventFilter(this);
    delete m_lockDialog.data();
    delete m_mainWindow.data();
}

void SessionManager::start()
{
    m_idleTimer->start();
    openMainWindowAfterRequiredChange();
}

bool SessionManager::openMainWindowAfterRequiredChange()
{
    // A password set by an administrator is changed before any record is shown: the main
    // window (and its case list) is made only once the user has their own password. Whoever
    // cancels is logged out and the application ends.
    if (m_mustChangePassword) {
        if (!changePassword(true)) {
            (void)m_auth.recordLogout(m_actor);
            spdlog::info("session: required password change cancelled, logged out");
            QTimer::singleShot(0, qApp, &QCoreApplication::quit);
            return false;
        }
        m_mustChangePassword = false;
    }
    openMainWindow();
    return true;
}

void SessionManager::readIdleMinutes()
{
    auto minutes = m_auth.idleLockMinutes();
    m_idleMinutes = minutes ? *minutes : services::AuthService::defaultIdleLockMinutes;
}

void SessionManager::openMainWindow()
{
    m_mainWindow = m_factory(m_actor);
    if (!m_mainWindow)
        return;
    m_mainWindow->setAttribute(Qt::WA_DeleteOnClose);
    installAccountMenu(m_mainWindow);
    applyPermissions(m_mainWindow, m_actor);
    m_mainWindow->show();
}

void SessionManager::installAccountMenu(QMainWindow *window)
{
    QMenu *menu = window->menuBar()->addMenu(tr("&Account"));
    menu->setObjectName(QStringLiteral("accountMenu"));
    QAction *password = menu->addAction(tr("Change &password…"));
    password->setObjectName(QStringLiteral("changePasswordAction"));
    connect(password, &QAction::triggered, this, [this] { changePassword(false); });
    QAction *users = menu->addAction(tr("&Users…"));
    users->setObjectName(QStringLiteral("usersAction"));
    connect(users, &QAction::triggered, this, &SessionManager::showUsers);
    menu->addSeparator();
    QAction *lockNow = menu->addAction(tr("&Lock"));
    lockNow->setObjectName(QStringLiteral("lockAction"));
    lockNow->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_L));
    connect(lockNow, &QAction::triggered, this, &SessionManager::lock);

    auto *who = new QLabel(
        tr("%1 (%2)").arg(m_actor.userName, messages::AuthMessages::roleName(m_actor.role)),
        window);
    who->setObjectName(QStringLiteral("currentUserLabel"));
    window->statusBar()->addWidget(who);
}

void SessionManager::applyPermissions(QWidget *window, const domain::Actor &actor)
{
    for (const auto &[name, permission] : guardedActions()) {
        const QList<QAction *> actions = window->findChildren<QAction *>(name);
        for (QAction *action : actions) {
            const bool ok = services::allowed(actor, permission);
            // Only ever disables: the window has already disabled what its state forbids
            // (a read-only database, nothing selected), which a permission must not undo.
            if (!ok)
                action->setEnabled(false);
            if (!ok) {
                action->setToolTip(messages::AuthMessages::notAllowed());
                action->setStatusTip(messages::AuthMessages::notAllowed());
            }
        }
    }
    const QList<QMenu *> menus = window->findChildren<QMenu *>();
    for (QMenu *menu : menus)
        menu->setToolTipsVisible(true);
}

bool SessionManager::changePassword(bool required)
{
    ChangePasswordDialog dialog(m_auth, m_actor, required ? nullptr : m_mainWindow.data());
    if (required)
        dialog.setRequired();
    return dialog.exec() == QDialog::Accepted;
}

void SessionManager::showUsers()
{
    if (!services::allowed(m_actor, Permission::ManageUsers))
        return;
    UserAdminDialog dialog(m_auth, m_actor, m_mainWindow);
    dialog.exec();
}

bool SessionManager::eventFilter(QObject *watched, QEvent *event)
{
    if (!m_locked && isActivity(event->type()))
        m_lastActivity = domain::Clock::instance().now();
    return QObject::eventFilter(watched, event);
}

void SessionManager::checkIdle()
{
    if (m_locked)
        return;
    const qint64 idleSeconds = m_lastActivity.secsTo(domain::Clock::instance().now());
    if (idleSeconds >= qint64(m_idleMinutes) * 60)
        lock();
}

void SessionManager::lock()
{
    if (m_locked)
        return;
    m_locked = true;
    if (auto r = m_auth.recordSessionLocked(m_actor); !r)
        spdlog::warn("session: the lock could not be audited");
    spdlog::info("session: locked (user {})", m_actor.userId);

    // Hidden, not closed: unsaved forms stay as they are. A modal dialog in exec() would be
    // cancelled by hiding it, so it stays open under an opaque cover that hides its content
    // (the lock dialog is application-modal, so nothing under the cover takes input).
    m_quitOnLastWindowClosed = QApplication::quitOnLastWindowClosed();
    QApplication::setQuitOnLastWindowClosed(false);
    m_hidden.clear();
    m_covers.clear();
    const QList<QWidget *> windows = QApplication::topLevelWidgets();
    for (QWidget *window : windows) {
        if (!window->isVisible())
            continue;
        if (window->isModal()) {
            m_covers.append(new LockCover(window, tr("Locked")));
            continue;
        }
        m_hidden.append(window);
        window->hide();
    }

    m_lockDialog = new LoginDialog(m_auth, m_actor.userName);
    m_lockDialog->setDatabasePath(m_context.databasePath());
    m_lockDialog->setAttribute(Qt::WA_DeleteOnClose);
    m_lockDialog->setWindowModality(Qt::ApplicationModal);
    m_lockDialog->setNote(tr("SafeReturn was locked. Log in to continue; another user's "
                             "login closes the windows of %1.")
                              .arg(m_actor.userName));
    connect(m_lockDialog, &QDialog::accepted, this, [this] {
        if (m_lockDialog && m_lockDialog->session())
            unlockWith(*m_lockDialog->session());
    });
    connect(m_lockDialog, &QDialog::rejected, this, [] { QCoreApplication::quit(); });
    m_lockDialog->open();
    Q_EMIT locked();
}

void SessionManager::unlockWith(const services::Session &session)
{
    if (!m_locked)
        return;
    m_locked = false;
    m_lockDialog = nullptr; // deletes itself on close
    const bool sameUser = session.actor.userId == m_actor.userId;
    if (sameUser) {
        (void)m_auth.recordSessionUnlocked(m_actor);
        for (const QPointer<QWidget> &window : std::as_const(m_hidden)) {
            if (window)
                window->show();
        }
        for (const QPointer<QWidget> &cover : std::as_const(m_covers)) {
            if (cover)
                cover->deleteLater();
        }
    } else {
        (void)m_auth.recordLogout(m_actor);
        spdlog::info("session: user {} replaced by user {}", m_actor.userId, session.actor.userId);
        // The previous user's windows go (the case editor keeps its drafts); deleting rather
        // than closing asks the new user nothing about someone else's work.
        for (const QPointer<QWidget> &window : std::as_const(m_hidden)) {
            if (window)
                window->deleteLater();
        }
        for (const QPointer<QWidget> &cover : std::as_const(m_covers)) {
            if (cover && cover->parentWidget())
                cover->parentWidget()->deleteLater(); // the covered modal dialog
        }
        m_actor = session.actor;
        m_context.setActor(m_actor);
        m_mustChangePassword = session.mustChangePassword;
    }
    m_hidden.clear();
    m_covers.clear();
    QApplication::setQuitOnLastWindowClosed(m_quitOnLastWindowClosed);
    readIdleMinutes();
    m_lastActivity = domain::Clock::instance().now();
    if (!sameUser && !m_mustChangePassword) {
        openMainWindow();
        Q_EMIT userChanged();
    } else if (!sameUser) {
        // Deferred: this runs from the lock dialog's accepted signal, and the required password
        // change is a modal dialog of its own.
        QTimer::singleShot(0, this, [this] {
            if (openMainWindowAfterRequiredChange())
                Q_EMIT userChanged();
        });
    }
    Q_EMIT unlocked();
}

} // namespace sr::ui
