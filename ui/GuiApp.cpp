#include "GuiApp.h"

#include "AppIcon.h"
#include "MainWindow.h"
#include "domain/Actor.h"
#include "messages/ErrorMessages.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/AuthService.h"
#include "services/ConnectionProfiles.h"
#include "ui/admin/BackupDialog.h"
#include "ui/admin/FirstAdminDialog.h"
#include "ui/admin/LoginDialog.h"
#include "ui/admin/SessionManager.h"

#include <QApplication>
#include <QFileInfo>
#include <QFont>
#include <QFontDatabase>
#include <QMessageBox>
#include <QSettings>

#include <spdlog/spdlog.h>

#include <optional>

namespace sr::ui {

namespace {

/** Noto Sans covers every Vietnamese letter; fall back to the system font without it. */
void installFont(QApplication &app)
{
    const QString family = QStringLiteral("Noto Sans");
    if (!QFontDatabase::families().contains(family))
        return;
    QFont font(family);
    font.setPointSizeF(app.font().pointSizeF());
    app.setFont(font);
}

/** Where the last choice of the login's "Database" list is kept: a server location or empty. */
constexpr const char *lastDatabaseKey = "login/database";

/**
 * What the login dialog offers to open: the server location of the command line alone; or, when
 * the database was not named on the command line and servers are saved, this computer's file
 * and each saved server. Empty: the file of @a databasePath only, today's start.
 */
QList<LoginDialog::DatabaseChoice> databaseChoices(const QString &databasePath, bool choose)
{
    QList<LoginDialog::DatabaseChoice> choices;
    if (services::isServerLocation(databasePath)) {
        const auto profile = services::profileOfLocation(databasePath);
        choices.append(
            {profile ? services::serverDisplayName(*profile) : databasePath, databasePath, true});
        return choices;
    }
    if (!choose)
        return choices;
    const QList<services::ConnectionProfile> profiles = services::ConnectionProfiles().list();
    if (profiles.isEmpty())
        return choices;
    choices.append({QCoreApplication::translate("sr::ui::GuiApp", "This computer's file (%1)")
                        .arg(QFileInfo(databasePath).fileName()),
                    databasePath,
                    false});
    for (const services::ConnectionProfile &profile : profiles) {
        choices.append({QCoreApplication::translate("sr::ui::GuiApp", "Server %1 (%2)")
                            .arg(profile.name, services::serverDisplayName(profile)),
                        services::serverLocation(profile),
                        true});
    }
    return choices;
}

int lastChoice(const QList<LoginDialog::DatabaseChoice> &choices)
{
    const QString last = QSettings().value(QLatin1String(lastDatabaseKey)).toString();
    for (qsizetype i = 0; i < choices.size(); ++i) {
        if (!last.isEmpty() && choices.at(i).location == last)
            return int(i);
    }
    return 0;
}

} // namespace

void useTranslatedDialogs()
{
    QCoreApplication::setAttribute(Qt::AA_DontUseNativeDialogs);
}

QString startupLanguage(const QString &commandLine)
{
    if (!commandLine.trimmed().isEmpty())
        return messages::languageCode(commandLine);
    const QString saved = QSettings().value(QLatin1String(languageSettingKey)).toString();
    return saved.isEmpty() ? QStringLiteral("vi") : messages::languageCode(saved);
}

int runGui(int &argc,
           char **argv,
           const QString &databasePath,
           const QString &language,
           bool chooseDatabase)
{
    useTranslatedDialogs();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setOrganizationName(QStringLiteral("SafeReturn"));
    QApplication::setApplicationName(QStringLiteral("safereturn"));
    QApplication::setApplicationVersion(QStringLiteral(SAFERETURN_VERSION));
    // The installed desktop entry (packaging/vn.quangninh.SafeReturn.desktop): the desktop's
    // launcher and taskbar find the menu entry and its icon for this window by that name.
    QGuiApplication::setDesktopFileName(QStringLiteral("vn.quangninh.SafeReturn"));
    if (!messages::installTranslators(startupLanguage(language)))
        spdlog::warn("gui: translation for the selected language not found");
    installFont(app);

    std::unique_ptr<services::AppContext> context;
    std::optional<services::Session> session;
    bool firstAdministrator = false;
    const QList<LoginDialog::DatabaseChoice> choices =
        databaseChoices(databasePath, chooseDatabase);
    if (!choices.isEmpty()) {
        // A server may be chosen: nothing is opened before the user has chosen (and typed the
        // server's password); the login dialog opens the chosen database, then logs in on it.
        LoginDialog dialog;
        dialog.setDatabaseChoices(
            choices,
            lastChoice(choices),
            [&context](const QString &location) -> Result<services::AuthService *> {
                context.reset();
                auto opened = services::AppContext::open(location);
                if (!opened) {
                    // Neither the location nor the detail is logged: a location names a user.
                    spdlog::error("gui: cannot open the database ({}, {})",
                                  errorCodeName(opened.error().code).toStdString(),
                                  errorReasonName(opened.error().reason).toStdString());
                    return opened.error();
                }
                context = std::move(opened).value();
                return &context->auth();
            });
        if (dialog.exec() != QDialog::Accepted || !context)
            return 0;
        const QString chosen = dialog.chosenLocation();
        QSettings().setValue(QLatin1String(lastDatabaseKey),
                             services::isServerLocation(chosen) ? chosen : QString());
        firstAdministrator = dialog.needsFirstAdministrator();
        session = dialog.session();
    } else {
        const QString fileName = QFileInfo(databasePath).fileName();
        auto opened = services::AppContext::open(databasePath);
        if (!opened) {
            // The detail is technical (no personal data); the user gets the translated reason.
            spdlog::error("gui: cannot open the database ({}): {}",
                          errorCodeName(opened.error().code).toStdString(),
                          opened.error().detail.toStdString());
            QMessageBox::critical(
                nullptr,
                QCoreApplication::translate("sr::ui::GuiApp", "SafeReturn"),
                messages::ErrorMessages::openFailure(opened.error().code, fileName));
            return 1;
        }
        context = std::move(opened).value();
        auto noUsers = context->auth().needsFirstAdministrator();
        firstAdministrator = noUsers && *noUsers;
        if (!firstAdministrator) {
            LoginDialog dialog(context->auth(), QString());
            dialog.setDatabasePath(context->databasePath());
            if (dialog.exec() == QDialog::Accepted)
                session = dialog.session();
        }
    }

    // Users: the first administrator on an empty database, a login otherwise.
    if (firstAdministrator) {
        FirstAdminDialog dialog(context->auth());
        dialog.setDatabasePath(context->databasePath());
        if (dialog.exec() == QDialog::Accepted)
            session = dialog.session();
    }
    if (!session)
        return 0;
    // The window acts for the session's user, which the manager has set on the context.
    SessionManager manager(
        *context, *session, [&context](const domain::Actor &) { return new MainWindow(*context); });
    manager.start();
    const int code = app.exec();
    // At most one plain copy a day in the owner-only data folder (docs/security.md).
    BackupDialog::automaticBackupOnExit(*context, manager.actor());
    return code;
}

} // namespace sr::ui
