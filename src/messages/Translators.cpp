#include "Translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sr::messages {

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

} // namespace

QString languageCode(const QString &language)
{
    return language.trimmed().toLower().startsWith(QLatin1String("en")) ? QStringLiteral("en")
                                                                        : QStringLiteral("vi");
}

bool installTranslators(const QString &language)
{
    QCoreApplication *app = QCoreApplication::instance();
    if (!app)
        return false;
    const QString lang = languageCode(language);
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

} // namespace sr::messages
