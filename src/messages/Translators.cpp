#include "Translators.h"

#include <QCoreApplication>
#include <QLibraryInfo>
#include <QLocale>
#include <QTranslator>

namespace sr::messages {

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

    // Installed last, so asked first: it also translates Qt's own widgets (QtTexts.cpp), for
    // which Qt ships no Vietnamese catalogue.
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
