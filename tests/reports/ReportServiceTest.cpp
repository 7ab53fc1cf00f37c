#include "services/ReportService.h"

#include "ExpectedReport.h"
#include "ReportFixture.h"
#include "storage/AuditLog.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using services::ReportService;

class ReportServiceTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(buildReportFixture(m_db.db(), fixtureActor())); }

    domain::Period period() const
    {
        auto p = domain::Period::custom(QDate(2021, 1, 1), QDate(2023, 6, 30));
        EXPECT_TRUE(p.ok());
        return *p;
    }

    FixedClock m_clock{QDateTime(fixtureToday(), QTime(9, 0), Qt::UTC)};
    TempDatabase m_db;
};

TEST_F(ReportServiceTest, FormatCodes)
{
    EXPECT_EQ(ReportService::formatFromCode(u"PDF"), ReportService::Format::Pdf);
    EXPECT_EQ(ReportService::formatFromCode(u"json"), ReportService::Format::Json);
    EXPECT_EQ(ReportService::formatFromCode(u"html"), ReportService::Format::Html);
    EXPECT_EQ(ReportService::formatFromCode(u"XLSX"), ReportService::Format::Xlsx);
    EXPECT_FALSE(ReportService::formatFromCode(u"xls").has_value());
}

TEST_F(ReportServiceTest, WritesTheJsonFileAndAuditsIt)
{
    const ReportService service(m_db.db());
    const QString path = m_db.filePath(QStringLiteral("report.json"));
    auto written = service.writeReport(
        fixtureActor(), period(), ReportService::Format::Json, reports::Language::Vietnamese, path);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written->issuedOn, fixtureToday());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object(),
              QJsonDocument::fromJson(expectedReportJson).object());
    EXPECT_EQ(file.permissions() & (QFileDevice::ReadOther | QFileDevice::ReadGroup),
              QFileDevice::Permissions());

    auto audit = storage::AuditLog(m_db.db()).list();
    ASSERT_TRUE(audit.ok());
    ASSERT_FALSE(audit->isEmpty());
    const storage::AuditEntry &last = audit->first();
    EXPECT_EQ(last.action, QStringLiteral("report"));
    EXPECT_EQ(last.changes.value(QStringLiteral("format")).toString(), QStringLiteral("json"));
    EXPECT_EQ(last.changes.value(QStringLiteral("period_from")).toString(),
              QStringLiteral("2021-01-01"));
    EXPECT_EQ(last.changes.value(QStringLiteral("file")).toString(), QStringLiteral("report.json"));
}

TEST_F(ReportServiceTest, AFailedWriteLeavesTheOldFileAlone)
{
    const ReportService service(m_db.db());
    // A directory that does not exist: nothing is written, no audit row.
    auto before = storage::AuditLog(m_db.db()).list();
    ASSERT_TRUE(before.ok());
    auto written = service.writeReport(fixtureActor(),
                                       period(),
                                       ReportService::Format::Json,
                                       reports::Language::Vietnamese,
                                       m_db.filePath(QStringLiteral("missing/report.json")));
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::Io);
    auto after = storage::AuditLog(m_db.db()).list();
    ASSERT_TRUE(after.ok());
    EXPECT_EQ(after->size(), before->size());
}

TEST_F(ReportServiceTest, WritesPdfAndHtml)
{
    const ReportService service(m_db.db());
    const QString pdf = m_db.filePath(QStringLiteral("report.pdf"));
    ASSERT_TRUE(service
                    .writeReport(fixtureActor(),
                                 period(),
                                 ReportService::Format::Pdf,
                                 reports::Language::Vietnamese,
                                 pdf)
                    .ok());
    QFile pdfFile(pdf);
    ASSERT_TRUE(pdfFile.open(QIODevice::ReadOnly));
    EXPECT_TRUE(pdfFile.read(5).startsWith("%PDF-"));
    const QString html = m_db.filePath(QStringLiteral("report.html"));
    ASSERT_TRUE(service
                    .writeReport(fixtureActor(),
                                 period(),
                                 ReportService::Format::Html,
                                 reports::Language::English,
                                 html)
                    .ok());
    QFile htmlFile(html);
    ASSERT_TRUE(htmlFile.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(htmlFile.readAll());
    EXPECT_TRUE(text.contains(QStringLiteral("SOCIALIST REPUBLIC OF VIET NAM")));
    EXPECT_TRUE(text.contains(QStringLiteral("data:image/png;base64,")));
}

} // namespace
} // namespace sr::test
