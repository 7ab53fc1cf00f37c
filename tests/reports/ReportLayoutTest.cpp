// The period report as an administrative document (docs/report-layout.md): amounts never break,
// the header, number line, date line and signature block come from the organisation settings,
// and a section heading never ends a page (the embedded face: ReportRenderTest).
#include "ReportFixture.h"
#include "domain/Reference.h"
#include "reports/ReportDocument.h"
#include "reports/ReportFormat.h"
#include "reports/ReportPdf.h"
#include "storage/ReportQueries.h"
#include "storage/SupportRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using reports::Language;

domain::Organisation signingOrganisation()
{
    domain::Organisation org;
    org.parentName = QStringLiteral("Sở Y tế tỉnh Quảng Ninh");
    org.name = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh");
    org.abbreviation = QStringLiteral("TTCTXH");
    org.place = QStringLiteral("Quảng Ninh");
    org.headTitle = QStringLiteral("Giám đốc");
    org.deputySigns = true;
    org.deputyTitle = QStringLiteral("Phó Giám đốc");
    org.signerName = QStringLiteral("Nguyễn Thị Minh Hằng");
    org.recipients = {QStringLiteral("Sở Y tế (để b/c)"),
                      QStringLiteral("UBND tỉnh (để b/c);"),
                      QStringLiteral("Lưu: VT, CTXH")};
    return org;
}

class ReportLayoutTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(buildReportFixture(m_db.db(), fixtureActor())); }

    domain::PeriodSummary summary(const QDate &from, const QDate &to)
    {
        auto period = domain::Period::custom(from, to);
        EXPECT_TRUE(period.ok());
        auto summary = storage::ReportQueries(m_db.db()).summary(*period);
        EXPECT_TRUE(summary.ok());
        domain::PeriodSummary s = *summary;
        s.issuer = signingOrganisation();
        s.issuedOn = QDate(2023, 2, 5);
        return s;
    }

    /** Every support of the fixture gets an amount of ten digits, through the repository. */
    void makeAmountsHuge()
    {
        QSqlQuery q(m_db.db().connection());
        ASSERT_TRUE(q.exec(QStringLiteral("SELECT id FROM support WHERE archived = 0")));
        QList<qint64> ids;
        while (q.next())
            ids.append(q.value(0).toLongLong());
        ASSERT_FALSE(ids.isEmpty());
        storage::SupportRepository supports(m_db.db());
        qint64 amount = 1'234'567'890;
        for (qint64 id : ids) {
            auto support = supports.get(id);
            ASSERT_TRUE(support.ok());
            support->amountVnd = amount;
            amount += 1'111'111'111;
            ASSERT_TRUE(supports.update(*support, fixtureActor()).ok());
        }
    }

    QString writePdf(const domain::PeriodSummary &s, Language language, const QString &name)
    {
        const QString path = m_db.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        EXPECT_TRUE(reports::writeReportPdf(s, language, &file).ok());
        return path;
    }

    FixedClock m_clock{QDateTime(fixtureToday(), QTime(9, 0), Qt::UTC)};
    TempDatabase m_db;
};

/** Every amount of the summary, formatted as printed. */
QStringList printedAmounts(const domain::PeriodSummary &s, Language language)
{
    QStringList amounts;
    auto add = [&](const domain::SummaryFigures &f) {
        amounts.append(reports::formatCount(f.supportAmountVnd, language));
        for (const domain::SupportRow &row : f.supportRows) {
            if (row.amountVnd > 0)
                amounts.append(reports::formatCount(row.amountVnd, language));
        }
    };
    add(s.total);
    for (const domain::YearFigures &y : s.years)
        add(y.figures);
    return amounts;
}

TEST_F(ReportLayoutTest, TenDigitAmountsAppearWholeInThePdf)
{
    makeAmountsHuge();
    for (const auto &[from, to] : {std::pair{QDate(2021, 1, 1), QDate(2023, 6, 30)},
                                   // Twelve years: the tables continue below each other.
                                   std::pair{QDate(2015, 1, 1), QDate(2026, 12, 31)}}) {
        const domain::PeriodSummary s = summary(from, to);
        ASSERT_GE(s.total.supportAmountVnd, 10'000'000'000);
        for (Language language : {Language::Vietnamese, Language::English}) {
            const QString text = pdfText(writePdf(s, language, QStringLiteral("huge.pdf")));
            for (const QString &amount : printedAmounts(s, language))
                EXPECT_TRUE(text.contains(amount)) << "broken or missing: " << amount.toStdString()
                                                   << " in " << from.year() << "–" << to.year();
            // The narrative's total with its currency, on one line.
            EXPECT_TRUE(text.contains(reports::formatMoney(s.total.supportAmountVnd, language)))
                << reports::formatMoney(s.total.supportAmountVnd, language).toStdString();
            for (const domain::YearFigures &y : s.years)
                EXPECT_TRUE(text.contains(QString::number(y.year))) << y.year;
        }
    }
}

TEST_F(ReportLayoutTest, HeaderNumberDateAndSignatureComeFromTheSettings)
{
    const domain::PeriodSummary s = summary(QDate(2021, 1, 1), QDate(2023, 6, 30));
    const QString text = pdfText(writePdf(s, Language::Vietnamese, QStringLiteral("vi.pdf")));
    for (const QString &expected : {
             QStringLiteral("SỞ Y TẾ TỈNH QUẢNG NINH"),
             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("Số: …………/BC-TTCTXH"),
             // A day below 10 and February take a leading zero.
             QStringLiteral("Quảng Ninh, ngày 05 tháng 02 năm 2023"),
             QStringLiteral("Nơi nhận:"),
             QStringLiteral("- Sở Y tế (để b/c);"),
             QStringLiteral("- UBND tỉnh (để b/c);"),
             QStringLiteral("- Lưu: VT, CTXH."),
             QStringLiteral("KT. GIÁM ĐỐC"),
             QStringLiteral("PHÓ GIÁM ĐỐC"),
             QStringLiteral("Nguyễn Thị Minh Hằng"),
         }) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString();
    }
    EXPECT_FALSE(text.contains(QStringLiteral("……………………"))) << "a dotted line is left";

    // Other months take no zero; a head signing in person has no "KT.".
    domain::PeriodSummary head = s;
    head.issuedOn = QDate(2023, 8, 10);
    head.issuer.deputySigns = false;
    const QString byHead = pdfText(writePdf(head, Language::Vietnamese, QStringLiteral("h.pdf")));
    EXPECT_TRUE(byHead.contains(QStringLiteral("Quảng Ninh, ngày 10 tháng 8 năm 2023")));
    EXPECT_TRUE(byHead.contains(QStringLiteral("GIÁM ĐỐC")));
    EXPECT_FALSE(byHead.contains(QStringLiteral("KT.")));
    EXPECT_FALSE(byHead.contains(QStringLiteral("PHÓ GIÁM ĐỐC")));

    const QString english = pdfText(writePdf(s, Language::English, QStringLiteral("en.pdf")));
    EXPECT_TRUE(english.contains(QStringLiteral("No.: …………/BC-TTCTXH")));
    EXPECT_TRUE(english.contains(QStringLiteral("FOR THE GIÁM ĐỐC")));
}

TEST_F(ReportLayoutTest, MissingSettingsPrintAsDottedLines)
{
    domain::PeriodSummary s = summary(QDate(2021, 1, 1), QDate(2023, 6, 30));
    s.issuer = domain::Organisation{};
    const QString text = pdfText(writePdf(s, Language::Vietnamese, QStringLiteral("m.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("Số: …………/BC-……"))) << text.left(600).toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("……………………, ngày 05 tháng 02 năm 2023")));
    EXPECT_TRUE(text.contains(QStringLiteral("- Lưu: VT.")));
}

TEST_F(ReportLayoutTest, NoPageEndsWithASectionHeading)
{
    // Twelve years make long tables, so headings fall near page ends.
    for (const auto &[from, to] : {std::pair{QDate(2015, 1, 1), QDate(2026, 12, 31)},
                                   std::pair{QDate(2021, 1, 1), QDate(2023, 6, 30)},
                                   std::pair{QDate(2022, 1, 1), QDate(2022, 12, 31)}}) {
        const domain::PeriodSummary s = summary(from, to);
        for (Language language : {Language::Vietnamese, Language::English}) {
            const QStringList pages = pdfText(writePdf(s, language, QStringLiteral("p.pdf")))
                                          .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
            ASSERT_GE(pages.size(), 2);
            // The headings are printed (so the check below has something to find).
            const QString all = pages.join(QLatin1Char('\n'));
            for (const QString &heading :
                 language == Language::Vietnamese
                     ? QStringList{QStringLiteral("II. SỐ LIỆU CHI TIẾT"),
                                   QStringLiteral("3. Kết quả hỗ trợ"),
                                   QStringLiteral("5. Tiếp nhận qua trao trả"),
                                   QStringLiteral("6. Quản lý, theo dõi trường hợp"),
                                   QStringLiteral("7. Bố trí tạm lánh")}
                     : QStringList{QStringLiteral("II. DETAILED FIGURES"),
                                   QStringLiteral("3. Supports given"),
                                   QStringLiteral("5. Border handovers"),
                                   QStringLiteral("6. Case work"),
                                   QStringLiteral("7. Temporary shelter")})
                EXPECT_TRUE(all.contains(heading)) << heading.toStdString();
            static const QRegularExpression heading(QStringLiteral("^(I|II|[1-7])\\. \\S"));
            for (qsizetype i = 0; i < pages.size(); ++i) {
                QStringList lines = pages.at(i).split(QLatin1Char('\n'), Qt::SkipEmptyParts);
                while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                    lines.removeLast();
                if (lines.isEmpty())
                    continue;
                EXPECT_FALSE(heading.match(lines.last().trimmed()).hasMatch())
                    << "page " << i + 1 << " ends with " << lines.last().toStdString();
            }
        }
    }
}

TEST(MissingReportSettingsTest, NamesWhatASignedReportLacks)
{
    domain::Organisation org = signingOrganisation();
    EXPECT_TRUE(domain::missingReportSettings(org).isEmpty());
    org.parentName.clear(); // optional
    EXPECT_TRUE(domain::missingReportSettings(org).isEmpty());
    org.deputyTitle = QStringLiteral("  ");
    org.signerName.clear();
    org.recipients = {QStringLiteral(" ")};
    EXPECT_EQ(domain::missingReportSettings(org),
              (QStringList{QStringLiteral("org_deputy_title"),
                           QStringLiteral("org_signer_name"),
                           QStringLiteral("org_recipients")}));
    org.deputySigns = false; // the deputy's title is not printed then
    EXPECT_EQ(domain::missingReportSettings(org).size(), 2);
    EXPECT_EQ(domain::missingReportSettings(domain::Organisation{}),
              (QStringList{QStringLiteral("org_name"),
                           QStringLiteral("org_abbreviation"),
                           QStringLiteral("org_place"),
                           QStringLiteral("org_head_title"),
                           QStringLiteral("org_signer_name"),
                           QStringLiteral("org_recipients")}));
}

} // namespace
} // namespace sr::test

namespace sr::test {
namespace {

TEST_F(ReportLayoutTest, TheOverviewSaysWhyPersonsSupportedDifferFromPersonsReceived)
{
    domain::PeriodSummary s = summary(QDate(2021, 1, 1), QDate(2023, 6, 30));
    s.total.persons = 8;
    s.total.personsSupported = 7;
    const QString vi = reports::reportHtml(s, Language::Vietnamese, reports::ChartImage::None);
    EXPECT_TRUE(vi.contains(QStringLiteral("Số người được hỗ trợ (7) khác số người được tiếp "
                                           "nhận (8) vì mỗi lượt hỗ trợ được tính theo ngày hỗ "
                                           "trợ")))
        << vi.toStdString();
    const QString en = reports::reportHtml(s, Language::English, reports::ChartImage::None);
    EXPECT_TRUE(en.contains(QStringLiteral("The 7 persons supported and the 8 persons received "
                                           "differ because a support counts in the period of "
                                           "its own date")));
    s.total.personsSupported = 8;
    EXPECT_FALSE(reports::reportHtml(s, Language::English, reports::ChartImage::None)
                     .contains(QStringLiteral("persons supported and the")));
}

} // namespace
} // namespace sr::test
