// Section 9 of the period report, prevention and communication (docs/centre-work.md,
// docs/report-json.md "prevention"): the figures of the province's report rendered in the PDF
// in its own words ("in và cấp phát 80.000 tờ rơi … tại 93/177 xã, phường, thị trấn … 05 Câu lạc
// bộ"), in English, and as the JSON keys.
#include "ReportFixture.h"
#include "reports/ReportDocument.h"
#include "reports/ReportJson.h"
#include "reports/ReportPdf.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonObject>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using domain::PreventionKind;
using reports::Language;

/** The province's figures of 2021 – 6/2023 as a summary of one range (communes of 177). */
domain::PeriodSummary provinceSummary()
{
    domain::PeriodSummary s;
    s.from = QDate(2021, 1, 1);
    s.to = QDate(2023, 6, 30);
    s.total.from = s.from;
    s.total.to = s.to;
    s.issuedOn = QDate(2023, 8, 10);
    domain::PreventionFigures &p = s.total.prevention;
    for (const PreventionKind kind : domain::allValues<PreventionKind>()) {
        domain::PreventionKindRow row;
        row.kind = kind;
        p.byKind.append(row);
    }
    auto set = [&p](PreventionKind kind,
                    qint64 activities,
                    qint64 quantity,
                    qint64 participants,
                    qint64 communes) {
        for (domain::PreventionKindRow &row : p.byKind) {
            if (row.kind == kind) {
                row.activities = activities;
                row.quantity = quantity;
                row.participants = participants;
                row.communes.pre2025 = communes;
            }
        }
    };
    set(PreventionKind::Leaflets, 4, 80000, 0, 0);
    set(PreventionKind::Booklets, 1, 10000, 0, 0);
    set(PreventionKind::Panels, 177, 177, 0, 177);
    set(PreventionKind::MediaItems, 19, 19, 0, 0);
    set(PreventionKind::Training, 93, 93, 4650, 93);
    set(PreventionKind::DecisionPlan, 2, 2, 0, 0);
    p.activities = 296;
    p.participants = 4650;
    p.communes.pre2025 = 177;
    p.communesTotal.pre2025 = 177;
    p.communesTotal.from2025 = 54;
    p.clubsActive = 5;
    p.clubMembers = 120;
    domain::YearFigures year;
    year.year = 2021;
    year.figures = s.total;
    s.years = {year};
    return s;
}

QString pdfOf(const domain::PeriodSummary &summary, Language language, const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    EXPECT_TRUE(reports::writeReportPdf(summary, language, &file).ok());
    file.close();
    return pdfText(path);
}

} // namespace

TEST(PreventionReportTest, PdfWordsTheFiguresAsTheProvincesReport)
{
    QTemporaryDir dir;
    const QString text =
        pdfOf(provinceSummary(), Language::Vietnamese, dir.filePath(QStringLiteral("vi.pdf")))
            .simplified();
    for (const char *expected : {
             "9. Công tác tuyên truyền, phòng ngừa",
             "in và cấp phát 80.000 tờ rơi tuyên truyền",
             "10.000 cuốn tài liệu hỏi đáp",
             "làm 177 chiếc pano tại 177/177 xã, phường, thị trấn",
             "đăng tải 19 tin bài",
             "tổ chức 93 lớp tập huấn, hội nghị tại 93/177 xã, phường, thị trấn với 4.650 lượt "
             "người tham dự",
             "ban hành 2 quyết định, kế hoạch",
             "Duy trì hoạt động của 05 Câu lạc bộ phòng, chống mua bán người",
             "Tờ rơi (tờ)",
             "177/177",
         }) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected;
    }
}

TEST(PreventionReportTest, EnglishReportAndEmptyPeriod)
{
    QTemporaryDir dir;
    const QString text =
        pdfOf(provinceSummary(), Language::English, dir.filePath(QStringLiteral("en.pdf")))
            .simplified();
    for (const char *expected : {"9. Prevention and communication",
                                 "80,000 leaflets printed and handed out",
                                 "93 training sessions and conferences in 93/177 communes "
                                 "(before 1/7/2025) with 4,650 participants",
                                 "5 prevention clubs are active, with 120 members."}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << "missing: " << expected;
    }

    // Nothing recorded: the section's table still names every kind, no sentence is made up.
    domain::PeriodSummary empty = provinceSummary();
    for (domain::PreventionKindRow &row : empty.total.prevention.byKind)
        row = domain::PreventionKindRow{row.kind};
    empty.total.prevention.activities = 0;
    empty.total.prevention.participants = 0;
    empty.total.prevention.communes = {};
    empty.total.prevention.clubsActive = 0;
    const QStringList paragraphs = reports::reportNarrative(empty, Language::Vietnamese);
    for (const QString &p : paragraphs)
        EXPECT_FALSE(p.contains(QStringLiteral("tuyên truyền"))) << p.toStdString();
    const QString html = reports::reportHtml(empty, Language::Vietnamese);
    EXPECT_TRUE(html.contains(QStringLiteral("0/177")));
}

TEST(PreventionReportTest, JsonHasThePreventionKeys)
{
    const QJsonObject json = reports::reportToJson(provinceSummary());
    const QJsonObject p = json.value(QStringLiteral("prevention")).toObject();
    ASSERT_FALSE(p.isEmpty());
    EXPECT_EQ(p.value(QStringLiteral("activities")).toInt(), 296);
    EXPECT_EQ(p.value(QStringLiteral("clubs_active")).toInt(), 5);
    EXPECT_EQ(p.value(QStringLiteral("communes_total"))
                  .toObject()
                  .value(QStringLiteral("pre_2025"))
                  .toInt(),
              177);
    const QJsonArray kinds = p.value(QStringLiteral("by_kind")).toArray();
    ASSERT_EQ(kinds.size(), 8);
    const QJsonObject training = kinds.at(4).toObject();
    EXPECT_EQ(training.value(QStringLiteral("kind")).toString(), QStringLiteral("training"));
    EXPECT_EQ(training.value(QStringLiteral("unit")).toString(), QStringLiteral("sessions"));
    EXPECT_EQ(training.value(QStringLiteral("participants")).toInt(), 4650);
    EXPECT_EQ(training.value(QStringLiteral("communes_reached"))
                  .toObject()
                  .value(QStringLiteral("pre_2025"))
                  .toInt(),
              93);
    // Each year carries the section too.
    EXPECT_FALSE(json.value(QStringLiteral("years"))
                     .toArray()
                     .at(0)
                     .toObject()
                     .value(QStringLiteral("prevention"))
                     .toObject()
                     .isEmpty());
}

} // namespace sr::test
