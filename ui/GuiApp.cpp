#include "GuiApp.h"

#include "AppIcon.h"
#include "MainWindow.h"
#include "domain/Actor.h"
#include "messages/ErrorMessages.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/AuthService.h"
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

int runGui(int &argc, char **argv, const QString &databasePath, const QString &language)
{
    useTranslatedDialogs();
    QApplication app(argc, argv);
    QApplication::setWindowIcon(applicationIcon());
    QApplication::setOrganizationName(QStringLiteral("SafeReturn"));
    QApplication::setApplicationName(QStringLiteral("safereturn"));
    QApplication::setApplicationVersion(QStringLiteral(SAFERETURN_VERSION));
    if (!messages::installTranslators(startupLanguage(language)))
        spdlog::warn("gui: translation for the selected language not found");
    installFont(app);

    const QString fileName = QFileInfo(databasePath).fileName();
    auto opened = services::AppContext::open(databasePath);
    if (!opened) {
        // The detail is technical (no personal data); the user gets the translated reason.
        spdlog::error("gui: cannot open the database ({}): {}",
                      errorCodeName(opened.error().code).toStdString(),
                      opened.error().detail.toStdString());
        QMessageBox::critical(nullptr,
                              QCoreApplication::translate("sr::ui::GuiApp", "SafeReturn"),
                              messages::ErrorMessages::openFailure(opened.error().code, fileName));
        return 1;
    }
    std::unique_ptr<services::AppContext> context = std::move(opened).value();

    // Users: the first administrator on an empty database, a login otherwise.
    services::AuthService &auth = context->auth();
    std::optional<services::Session> session;
    auto noUsers = auth.needsFirstAdministrator();
    if (noUsers && *noUsers) {
        FirstAdminDialog dialog(auth);
        dialog.setDatabasePath(context->databasePath());
        if (dialog.exec() == QDialog::Accepted)
            session = dialog.session();
    } else {
        LoginDialog dialog(auth, QString());
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
