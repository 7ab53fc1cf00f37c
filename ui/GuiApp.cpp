#include "GuiApp.h"

#include "MainWindow.h"
#include "domain/Actor.h"
#include "messages/ErrorMessages.h"
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
#include <QLibraryInfo>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QTranslator>

#include <spdlog/spdlog.h>

#include <optional>

namespace sr::ui {

namespace {

// Qt ships no Vietnamese catalogue (no qtbase_vi.qm), so the texts of Qt's standard buttons
// (QDialogButtonBox, QMessageBox) are translated in our own catalogue under Qt's contexts; our
// translator is installed last, so it is asked first.
[[maybe_unused]] const char *const kQtStandardTexts[] = {
    QT_TRANSLATE_NOOP("QPlatformTheme", "OK"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Save All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Open"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&Yes"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Yes to &All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "&No"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "N&o to All"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Abort"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Retry"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Ignore"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Close"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Cancel"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Discard"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Help"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Apply"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Reset"),
    QT_TRANSLATE_NOOP("QPlatformTheme", "Restore Defaults"),
    QT_TRANSLATE_NOOP("QMessageBox", "Show Details..."),
    QT_TRANSLATE_NOOP("QMessageBox", "Hide Details..."),
};

QString normalisedLanguage(const QString &language)
{
    return language.trimmed().toLower().startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                                        : QStringLiteral("vi");
}

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

bool installTranslators(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    const QString lang = normalisedLanguage(language);
    QLocale::setDefault(lang == QLatin1String("en")
                            ? QLocale(QLocale::English, QLocale::UnitedKingdom)
                            : QLocale(QLocale::Vietnamese, QLocale::Vietnam));

    // Switching language replaces the translators installed before.
    const QString qtName = QStringLiteral("sr-qt-translator");
    const QString ownName = QStringLiteral("sr-translator");
    const QList<QTranslator *> installed = app->findChildren<QTranslator *>();
    for (QTranslator *old : installed) {
        if (old->objectName() == qtName || old->objectName() == ownName) {
            QCoreApplication::removeTranslator(old);
            delete old;
        }
    }

    auto *qtTranslator = new QTranslator(app);
    qtTranslator->setObjectName(qtName);
    if (qtTranslator->load(QStringLiteral("qtbase_") + lang,
                           QLibraryInfo::path(QLibraryInfo::TranslationsPath))) {
        QCoreApplication::installTranslator(qtTranslator);
    } else {
        delete qtTranslator;
    }

    auto *translator = new QTranslator(app);
    translator->setObjectName(ownName);
    if (!translator->load(QStringLiteral(":/i18n/safereturn_") + lang)) {
        delete translator;
        return false;
    }
    QCoreApplication::installTranslator(translator);
    return true;
}

QString startupLanguage(const QString &commandLine)
{
    if (!commandLine.trimmed().isEmpty())
        return normalisedLanguage(commandLine);
    const QString saved = QSettings().value(QLatin1String(languageSettingKey)).toString();
    return saved.isEmpty() ? QStringLiteral("vi") : normalisedLanguage(saved);
}

int runGui(int &argc, char **argv, const QString &databasePath, const QString &language)
{
    QApplication app(argc, argv);
    QApplication::setOrganizationName(QStringLiteral("SafeReturn"));
    QApplication::setApplicationName(QStringLiteral("safereturn"));
    QApplication::setApplicationVersion(QStringLiteral(SAFERETURN_VERSION));
    if (!installTranslators(startupLanguage(language)))
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
        if (dialog.exec() == QDialog::Accepted)
            session = dialog.session();
    } else {
        LoginDialog dialog(auth, QString());
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
