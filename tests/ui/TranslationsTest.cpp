// The translations stay complete: every message of both .ts files is translated (none
// "unfinished", none empty), both files hold the same messages, and the compiled .qm files
// embedded in the application translate the main window's strings.
#include "domain/Hotline.h"
#include "domain/RecordType.h"
#include "domain/Shelter.h"
#include "messages/Translators.h"

#include <QCoreApplication>
#include <QDialogButtonBox>
#include <QFile>
#include <QPushButton>
#include <QSet>
#include <QTranslator>
#include <QXmlStreamReader>

#include <gtest/gtest.h>

#include <algorithm>

namespace sr::test {
namespace {

struct TsFile
{
    QSet<QString> messages; ///< context + source + comment of every message
    QStringList unfinished; ///< messages whose translation is unfinished or empty
    QString error;
};

/**
 * Text of the current element; lupdate writes control characters (the "\r" of progress
 * lines) as <byte value="xd"/>.
 */
QString readText(QXmlStreamReader &xml)
{
    QString text;
    int depth = 1;
    while (depth > 0 && !xml.atEnd()) {
        xml.readNext();
        if (xml.isCharacters()) {
            text += xml.text();
        } else if (xml.isStartElement()) {
            ++depth;
            if (xml.name() == QLatin1String("byte")) {
                const QString value = xml.attributes().value(QLatin1String("value")).toString();
                bool ok = false;
                const uint code = value.startsWith(QLatin1Char('x')) ? value.mid(1).toUInt(&ok, 16)
                                                                     : value.toUInt(&ok);
                if (ok)
                    text += QChar(char16_t(code));
            }
        } else if (xml.isEndElement()) {
            --depth;
        }
    }
    return text;
}

/** The plain translation, or its plural forms (<numerusform>), as a list. */
QStringList readTranslation(QXmlStreamReader &xml)
{
    QString plain;
    QStringList forms;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement() && xml.name() == QLatin1String("numerusform")) {
            forms.append(readText(xml));
        } else if (xml.isStartElement() && xml.name() == QLatin1String("byte")) {
            plain += QChar(u'\r'); // the only control character our strings use
            xml.skipCurrentElement();
        } else if (xml.isCharacters()) {
            plain += xml.text();
        } else if (xml.isEndElement()) {
            break; // </translation>
        }
    }
    return forms.isEmpty() ? QStringList{plain} : forms;
}

TsFile readTs(const QString &path)
{
    TsFile ts;
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        ts.error = QStringLiteral("cannot open ") + path;
        return ts;
    }
    QXmlStreamReader xml(&file);
    QString context;
    QString source;
    QString comment;
    QString translationType;
    QStringList translations;
    while (!xml.atEnd()) {
        xml.readNext();
        if (xml.isStartElement()) {
            const auto name = xml.name();
            if (name == QLatin1String("name")) {
                context = xml.readElementText();
            } else if (name == QLatin1String("message")) {
                source.clear();
                comment.clear();
                translationType.clear();
                translations.clear();
            } else if (name == QLatin1String("source")) {
                source = readText(xml);
            } else if (name == QLatin1String("comment")) {
                comment = readText(xml);
            } else if (name == QLatin1String("translation")) {
                translationType = xml.attributes().value(QLatin1String("type")).toString();
                translations = readTranslation(xml);
            }
        } else if (xml.isEndElement() && xml.name() == QLatin1String("message")) {
            if (translationType == QLatin1String("vanished")
                || translationType == QLatin1String("obsolete")) {
                continue; // strings no longer in the code
            }
            const QString key = context + QLatin1Char('|') + source + QLatin1Char('|') + comment;
            ts.messages.insert(key);
            const bool empty =
                translations.isEmpty()
                || std::any_of(translations.begin(), translations.end(), [](const QString &t) {
                       return t.trimmed().isEmpty();
                   });
            if (translationType == QLatin1String("unfinished") || empty)
                ts.unfinished.append(key);
        }
    }
    if (xml.hasError())
        ts.error = path + QStringLiteral(": ") + xml.errorString();
    return ts;
}

QString tsPath(const char *language)
{
    return QStringLiteral(SAFERETURN_TS_DIR "/safereturn_%1.ts").arg(QLatin1String(language));
}

TEST(TranslationsTest, VietnameseAndEnglishAreCompleteAndMatch)
{
    const TsFile vi = readTs(tsPath("vi"));
    const TsFile en = readTs(tsPath("en"));
    ASSERT_TRUE(vi.error.isEmpty()) << vi.error.toStdString();
    ASSERT_TRUE(en.error.isEmpty()) << en.error.toStdString();
    // The main window alone has more strings than this: an empty file is an error too.
    EXPECT_GT(vi.messages.size(), 60);
    EXPECT_TRUE(vi.unfinished.isEmpty())
        << "unfinished Vietnamese: " << vi.unfinished.join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(en.unfinished.isEmpty())
        << "unfinished English: " << en.unfinished.join(QStringLiteral("; ")).toStdString();
    const QSet<QString> missingInEn = vi.messages - en.messages;
    const QSet<QString> missingInVi = en.messages - vi.messages;
    EXPECT_TRUE(missingInEn.isEmpty())
        << "missing in English: "
        << QStringList(missingInEn.values()).join(QStringLiteral("; ")).toStdString();
    EXPECT_TRUE(missingInVi.isEmpty())
        << "missing in Vietnamese: "
        << QStringList(missingInVi.values()).join(QStringLiteral("; ")).toStdString();
}

// The domain's labels are marked with QT_TRANSLATE_NOOP in src/domain: the catalogues must
// hold them (lupdate reads src/domain, src/messages/CMakeLists.txt), and the interface's word
// for a hotline code must be the one the CSV and the report print (domain::labelVi).
TEST(TranslationsTest, DomainLabelsAreTranslatedAsTheReportWordsThem)
{
    messages::installTranslators(QStringLiteral("vi"));
    QStringList untranslated;
    for (const domain::RecordTypeInfo *type : domain::recordTypes()) {
        if (QCoreApplication::translate(domain::kRecordTypeContext, type->label)
            == QLatin1String(type->label))
            untranslated << QLatin1String(type->label);
    }
    const auto sameAsReport = [&](auto value) {
        const QString shown =
            QCoreApplication::translate(domain::kHotlineContext, domain::label(value));
        if (shown != domain::labelVi(value))
            untranslated << QStringLiteral("%1 (\"%2\", the report says \"%3\")")
                                .arg(QLatin1String(domain::label(value)),
                                     shown,
                                     domain::labelVi(value));
    };
    for (const auto value : domain::allValues<domain::CallerType>())
        sameAsReport(value);
    for (const auto value : domain::allValues<domain::CallReason>())
        sameAsReport(value);
    for (const auto value : domain::allValues<domain::CallUrgency>())
        sameAsReport(value);
    for (const auto value : domain::allValues<domain::CallAction>())
        sameAsReport(value);
    messages::installTranslators(QStringLiteral("en"));
    QStringList english;
    for (const QString &code : domain::leavingReasonCodes())
        english << domain::leavingReasonLabel(code);
    messages::installTranslators(QStringLiteral("vi"));
    for (qsizetype i = 0; i < english.size(); ++i) {
        if (domain::leavingReasonLabel(domain::leavingReasonCodes().at(i)) == english.at(i))
            untranslated << english.at(i);
    }
    messages::installTranslators(QStringLiteral("en"));
    EXPECT_EQ(untranslated.join(QStringLiteral("; ")).toStdString(), "");
}

TEST(TranslationsTest, EmbeddedCatalogsTranslateTheCaseList)
{
    QTranslator vi;
    ASSERT_TRUE(vi.load(QStringLiteral(":/i18n/safereturn_vi.qm")));
    EXPECT_EQ(vi.translate("sr::ui::CaseListModel", "Case code"), QStringLiteral("Mã hồ sơ"));
    EXPECT_EQ(vi.translate("sr::ui::CaseListModel", "Full name"), QStringLiteral("Họ và tên"));
    EXPECT_EQ(vi.translate("sr::ui::MainWindow", "Search…"), QStringLiteral("Tìm kiếm…"));
    EXPECT_EQ(vi.translate("sr::ui::EnumLabels", "Female"), QStringLiteral("Nữ"));
    EXPECT_EQ(vi.translate("sr::ui::MainWindow", "%Ln case(s)", "status bar", 2000),
              QStringLiteral("%Ln hồ sơ"));

    // Qt's own standard buttons (Qt has no Vietnamese catalogue of its own).
    EXPECT_EQ(vi.translate("QPlatformTheme", "Cancel"), QStringLiteral("Hủy"));
    EXPECT_EQ(vi.translate("QPlatformTheme", "&Yes"), QStringLiteral("&Có"));
    EXPECT_EQ(vi.translate("QMessageBox", "Show Details..."), QStringLiteral("Hiện chi tiết..."));

    QTranslator en;
    ASSERT_TRUE(en.load(QStringLiteral(":/i18n/safereturn_en.qm")));
    EXPECT_EQ(en.translate("sr::ui::CaseListModel", "Case code"), QStringLiteral("Case code"));
    EXPECT_EQ(en.translate("sr::ui::MainWindow", "%Ln case(s)", "status bar", 1),
              QStringLiteral("%Ln case"));
    EXPECT_EQ(en.translate("sr::ui::MainWindow", "%Ln case(s)", "status bar", 2),
              QStringLiteral("%Ln cases"));
}

TEST(TranslationsTest, StandardButtonsSpeakTheChosenLanguage)
{
    ASSERT_TRUE(messages::installTranslators(QStringLiteral("vi")));
    {
        QDialogButtonBox buttons(QDialogButtonBox::Ok | QDialogButtonBox::Cancel
                                 | QDialogButtonBox::Save | QDialogButtonBox::Discard);
        EXPECT_EQ(buttons.button(QDialogButtonBox::Ok)->text(), QStringLiteral("Đồng ý"));
        EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Hủy"));
        EXPECT_EQ(buttons.button(QDialogButtonBox::Save)->text(), QStringLiteral("Lưu"));
        EXPECT_EQ(buttons.button(QDialogButtonBox::Discard)->text(), QStringLiteral("Bỏ"));
    }
    ASSERT_TRUE(messages::installTranslators(QStringLiteral("en")));
    QDialogButtonBox buttons(QDialogButtonBox::Cancel);
    EXPECT_EQ(buttons.button(QDialogButtonBox::Cancel)->text(), QStringLiteral("Cancel"));
}

} // namespace
} // namespace sr::test
