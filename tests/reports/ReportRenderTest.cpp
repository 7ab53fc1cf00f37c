#include "ReportFixture.h"
#include "reports/ReportChart.h"
#include "reports/ReportDocument.h"
#include "reports/ReportFormat.h"
#include "reports/ReportPdf.h"
#include "storage/ReportQueries.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QRegularExpression>
#include <QStandardPaths>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using reports::Language;

TEST(ReportFormatTest, NumbersMoneyAndDatesInVietnameseAndEnglish)
{
    EXPECT_EQ(reports::formatCount(2532, Language::Vietnamese), QStringLiteral("2.532"));
    EXPECT_EQ(reports::formatCount(0, Language::Vietnamese), QStringLiteral("0"));
    EXPECT_EQ(reports::formatCount(999, Language::Vietnamese), QStringLiteral("999"));
    EXPECT_EQ(reports::formatCount(1234567, Language::Vietnamese), QStringLiteral("1.234.567"));
    EXPECT_EQ(reports::formatCount(2532, Language::English), QStringLiteral("2,532"));
    EXPECT_EQ(reports::formatMoney(1500000, Language::Vietnamese), QStringLiteral("1.500.000 đ"));
    EXPECT_EQ(reports::formatMoney(1500000, Language::English), QStringLiteral("1,500,000 VND"));
    EXPECT_EQ(reports::formatRange(QDate(2021, 1, 1), QDate(2023, 6, 30), Language::Vietnamese),
              QStringLiteral("01/01/2021 – 30/06/2023"));
    EXPECT_EQ(reports::languageFromCode(u"EN"), Language::English);
    EXPECT_EQ(reports::languageFromCode(u"vi"), Language::Vietnamese);
    EXPECT_FALSE(reports::languageFromCode(u"fr").has_value());
}

class ReportRenderTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(buildReportFixture(m_db.db(), fixtureActor()));
        auto period = domain::Period::custom(QDate(2021, 1, 1), QDate(2023, 6, 30));
        ASSERT_TRUE(period.ok());
        auto summary = storage::ReportQueries(m_db.db()).summary(*period);
        ASSERT_TRUE(summary.ok());
        m_summary = *summary;
        m_summary.issuer.parentName = QStringLiteral("Sở Y tế tỉnh Quảng Ninh");
        m_summary.issuer.name = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh");
        m_summary.issuer.place = QStringLiteral("Quảng Ninh");
        m_summary.issuer.headTitle = QStringLiteral("Giám đốc");
        m_summary.issuer.abbreviation = QStringLiteral("TTCTXH");
        m_summary.issuer.signerName = QStringLiteral("Nguyễn Văn An");
        m_summary.issuer.recipients = {QStringLiteral("Sở Y tế tỉnh Quảng Ninh (để b/c)"),
                                       QStringLiteral("UBND tỉnh (để b/c)"),
                                       QStringLiteral("Lưu: VT, CTXH")};
        m_summary.issuedOn = fixtureToday();
    }

    QString writePdf(Language language, const QString &name)
    {
        const QString path = m_db.filePath(name);
        QFile file(path);
        EXPECT_TRUE(file.open(QIODevice::WriteOnly));
        auto written = reports::writeReportPdf(m_summary, language, &file);
        EXPECT_TRUE(written.ok());
        file.close();
        // SR_REPORT_OUTPUT_DIR keeps a copy (for docs/images).
        const QString keep = qEnvironmentVariable("SR_REPORT_OUTPUT_DIR");
        if (!keep.isEmpty()) {
            QFile::remove(QDir(keep).filePath(name));
            QFile::copy(path, QDir(keep).filePath(name));
        }
        return path;
    }

    FixedClock m_clock{QDateTime(fixtureToday(), QTime(9, 0), Qt::UTC)};
    TempDatabase m_db;
    domain::PeriodSummary m_summary;
};

TEST_F(ReportRenderTest, PdfHasTheHeaderPeriodAndVietnameseFigures)
{
    const QString pdf = writePdf(Language::Vietnamese, QStringLiteral("report-vi.pdf"));
    QFile file(pdf);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
    file.close();

    const QString text = pdfText(pdf);
    for (const QString &expected : {
             QStringLiteral("SỞ Y TẾ TỈNH QUẢNG NINH"),
             // The issuing body wraps onto a second line, as long names do on paper.
             QStringLiteral("TRUNG TÂM CÔNG TÁC XÃ HỘI"),
             QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
             QStringLiteral("Độc lập - Tự do - Hạnh phúc"),
             QStringLiteral("Quảng Ninh, ngày 10 tháng 8 năm 2023"),
             QStringLiteral("BÁO CÁO"),
             QStringLiteral("01/01/2021 – 30/06/2023"),
             // Narrative in the article's style, figures in Vietnamese format.
             QStringLiteral("Giai đoạn từ 01/01/2021 đến 30/06/2023, đã tiếp nhận, hỗ trợ 8"),
             QStringLiteral("5.150.000 đ"),
             QStringLiteral("2.500.000"),
             QStringLiteral("Trung Quốc"),
             QStringLiteral("Campuchia"),
             QStringLiteral("Trẻ em (dưới 16"),
             QStringLiteral("GIÁM ĐỐC"),
         }) {
        EXPECT_TRUE(text.contains(expected)) << "missing: " << expected.toStdString();
    }
    EXPECT_TRUE(text.contains(QRegularExpression(
        QStringLiteral("TRUNG TÂM CÔNG TÁC XÃ HỘI[^\\n]*\\n\\s*TỈNH QUẢNG NINH"))));
    EXPECT_FALSE(text.contains(QStringLiteral("5150000")));

    // The fonts are embedded (pdffonts: "emb" column yes).
    QProcess fonts;
    fonts.start(QStringLiteral("pdffonts"), {pdf});
    ASSERT_TRUE(fonts.waitForFinished(60000));
    const QString list = QString::fromUtf8(fonts.readAllStandardOutput());
    EXPECT_TRUE(list.contains(QStringLiteral("LiberationSerif"))) << list.toStdString();
    for (const QString &line : list.split(QLatin1Char('\n'))) {
        if (line.contains(QStringLiteral("Serif"))) {
            EXPECT_TRUE(line.contains(QStringLiteral(" yes "))) << line.toStdString();
        }
    }
}

// A report printed from a database of demonstration records says so above its title, in the
// report's language; a report of real records does not.
TEST_F(ReportRenderTest, DemonstrationDataIsSaidAboveTheTitle)
{
    EXPECT_FALSE(pdfText(writePdf(Language::Vietnamese, QStringLiteral("real.pdf")))
                     .contains(QStringLiteral("MINH HỌA")));
    m_summary.demonstration = true;
    EXPECT_TRUE(pdfText(writePdf(Language::Vietnamese, QStringLiteral("demo-vi.pdf")))
                    .contains(QStringLiteral("DỮ LIỆU MINH HỌA — KHÔNG PHẢI BÁO CÁO HỒ SƠ THẬT")));
    EXPECT_TRUE(pdfText(writePdf(Language::English, QStringLiteral("demo-en.pdf")))
                    .contains(QStringLiteral("DEMONSTRATION DATA — NOT A REPORT OF REAL CASES")));
}

TEST_F(ReportRenderTest, EnglishReportHasEnglishLabelsAndNumbers)
{
    const QString text = pdfText(writePdf(Language::English, QStringLiteral("report-en.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM")));
    EXPECT_TRUE(text.contains(QStringLiteral("Independence - Freedom - Happiness")));
    EXPECT_TRUE(text.contains(QStringLiteral("01/01/2021 – 30/06/2023")));
    EXPECT_TRUE(text.contains(QStringLiteral("5,150,000 VND")));
    EXPECT_TRUE(text.contains(QStringLiteral("Children (under 16)")));
    EXPECT_FALSE(text.contains(QStringLiteral("CỘNG HÒA")));
}

TEST_F(ReportRenderTest, HtmlHasTheSixSectionsSplitByYearWithATotalColumn)
{
    const QString html = reports::reportHtml(m_summary, Language::Vietnamese);
    for (const QString &expected : {
             QStringLiteral("1. Số người được tiếp nhận, hỗ trợ"),
             QStringLiteral("2. Đặc điểm đối tượng"),
             QStringLiteral("3. Kết quả hỗ trợ"),
             QStringLiteral("4. Kết quả giải quyết"),
             QStringLiteral("5. Tiếp nhận qua trao trả tại cửa khẩu"),
             QStringLiteral("6. Quản lý, theo dõi trường hợp"),
             QStringLiteral("8. Bố trí tạm lánh"),
             QStringLiteral("Số ngày tạm lánh"),
             QStringLiteral("Số hồ sơ mở có kế hoạch hỗ trợ"),
             QStringLiteral("Số lần theo dõi đến hạn sau bàn giao về gia đình"),
             QStringLiteral("Năm 2021"),
             QStringLiteral("Năm 2022"),
             QStringLiteral("Năm 2023<br/>(01/01–30/06)"),
             QStringLiteral("Tổng cộng"),
             QStringLiteral("src=\"chart:receptions\""),
         }) {
        EXPECT_TRUE(html.contains(expected)) << "missing: " << expected.toStdString();
    }
    const QStringList narrative = reports::reportNarrative(m_summary, Language::Vietnamese);
    ASSERT_FALSE(narrative.isEmpty());
    EXPECT_EQ(narrative.at(0),
              QStringLiteral("Giai đoạn từ 01/01/2021 đến 30/06/2023, đã tiếp nhận, hỗ trợ 8 người "
                             "bị mua bán trở về (9 lượt tiếp nhận)."));
    EXPECT_TRUE(narrative.at(1).contains(
        QStringLiteral("6 tháng đầu năm 2023 tiếp nhận 2 người trở về từ Trung Quốc (2)")))
        << narrative.at(1).toStdString();
    // A standalone HTML file carries the chart as a data URL.
    const QString standalone =
        reports::reportHtml(m_summary, Language::Vietnamese, reports::ChartImage::Embedded);
    EXPECT_TRUE(standalone.contains(QStringLiteral("src=\"data:image/png;base64,iVBOR")));
}

TEST_F(ReportRenderTest, ChartHasOneColouredBarSetPerCountry)
{
    const QImage chart =
        reports::renderReceptionsChart(m_summary, Language::Vietnamese, QSize(800, 400));
    ASSERT_EQ(chart.size(), QSize(800, 400));
    // The bar colours of CN (first set) and KH (second set) are drawn.
    bool cn = false;
    bool kh = false;
    for (int y = 0; y < chart.height(); ++y) {
        for (int x = 0; x < chart.width(); ++x) {
            const QRgb c = chart.pixel(x, y);
            cn = cn || c == QColor(0x1f, 0x4e, 0x79).rgb();
            kh = kh || c == QColor(0xc5, 0x5a, 0x11).rgb();
        }
    }
    EXPECT_TRUE(cn);
    EXPECT_TRUE(kh);
}

TEST_F(ReportRenderTest, DocumentHoldsTheChartImage)
{
    auto document = reports::createReportDocument(m_summary, Language::Vietnamese);
    const QVariant image =
        document->resource(QTextDocument::ImageResource, reports::chartResourceUrl());
    ASSERT_TRUE(image.isValid());
    EXPECT_FALSE(image.value<QImage>().isNull());
    EXPECT_TRUE(
        document->toPlainText().contains(QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")));
}

} // namespace
} // namespace sr::test
