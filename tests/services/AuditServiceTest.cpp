// AuditService: actions that are not record writes, the viewer's queries (ViewAudit) and the
// audited CSV export of the log.
#include "services/AuditService.h"

#include "ServiceTestSupport.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <sys/stat.h>

namespace sr::services {
namespace {

using namespace sr::domain;

/** The Unix permission bits of @a path (0600 = owner read/write only). */
int unixMode(const QString &path)
{
    struct stat info
    {};
    return ::stat(QFile::encodeName(path).constData(), &info) == 0 ? int(info.st_mode & 0777) : -1;
}

class AuditServiceTest : public ::testing::Test
{
protected:
    qint64 auditRows(const QString &where)
    {
        return test::countRows(m_db.db(), QStringLiteral("audit_log"), where);
    }

    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_manager{0, QStringLiteral("manager1"), Role::Manager};
    Actor m_worker{0, QStringLiteral("worker1"), Role::SocialWorker};
};

TEST_F(AuditServiceTest, RecordsCaseOpenedAsOneRow)
{
    AuditService audit(m_db.db());
    ASSERT_TRUE(audit.recordCaseOpened(m_worker, 42).ok());
    EXPECT_EQ(auditRows(QStringLiteral("action = 'open' AND entity = 'person' AND entity_id = 42 "
                                       "AND actor = 'worker1'")),
              1);
    Actor viewer{0, QStringLiteral("viewer1"), Role::Viewer};
    EXPECT_EQ(audit.recordCaseOpened(viewer, 42).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(auditRows(QStringLiteral("action = 'open'")), 1);
    EXPECT_EQ(auditRows(QStringLiteral("action = 'denied' AND actor = 'viewer1'")), 1);
}

TEST_F(AuditServiceTest, ViewerQueriesNeedViewAudit)
{
    AuditService audit(m_db.db());
    ASSERT_TRUE(
        audit.record(m_worker, QStringLiteral("report"), {{QStringLiteral("kind"), 1}}).ok());
    EXPECT_EQ(audit.find(m_worker, {}, 10).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(audit.count(m_worker, {}).error().code, ErrorCode::PermissionDenied);
    auto rows = audit.find(m_manager, {}, 10);
    ASSERT_TRUE(rows.ok());
    ASSERT_FALSE(rows->isEmpty());
    EXPECT_EQ(rows->constLast().action, QStringLiteral("report"));
    AuditFilter filter;
    filter.actor = QStringLiteral("worker1");
    EXPECT_EQ(*audit.count(m_manager, filter), 3); // report + two refusals
}

TEST_F(AuditServiceTest, CsvExportIsGuardedOwnerOnlyAndAudited)
{
    AuditService audit(m_db.db());
    ASSERT_TRUE(audit.record(m_worker, QStringLiteral("=cmd|' /C calc'!A0")).ok());
    m_clock.advanceSecs(60);
    ASSERT_TRUE(
        audit.record(m_worker, QStringLiteral("report"), {{QStringLiteral("rows"), 3}}).ok());
    const QString path = m_db.filePath(QStringLiteral("audit.csv"));
    AuditFilter filter;
    filter.actor = QStringLiteral("worker1");
    auto written = audit.exportCsv(m_manager, filter, path);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(*written, 2);
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray bytes = file.readAll();
    const QList<QByteArray> lines = bytes.split('\n');
    ASSERT_EQ(lines.size(), 4); // header, two rows, empty after the last CRLF
    EXPECT_EQ(lines.at(0),
              QByteArrayLiteral("\xEF\xBB\xBFid,at,actor,action,entity,entity_id,details,hash\r"));
    EXPECT_TRUE(lines.at(1).contains(
        QByteArrayLiteral(",2025-03-15T10:00:00.000Z,worker1,'=cmd|' /C calc'!A0,,,,")))
        << lines.at(1).toStdString();
    EXPECT_TRUE(lines.at(2).contains(QByteArrayLiteral(",worker1,report,,,\"{\"\"rows\"\":3}\",")))
        << lines.at(2).toStdString();
    EXPECT_EQ(unixMode(path), 0600);
    EXPECT_EQ(auditRows(QStringLiteral(
                  "action = 'audit_export' AND actor = 'manager1' AND changes = "
                  "'{\"file\":\"audit.csv\",\"filter_actor\":\"worker1\",\"rows\":2}'")),
              1);
    EXPECT_EQ(audit.exportCsv(m_worker, {}, m_db.filePath(QStringLiteral("no.csv"))).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_FALSE(QFile::exists(m_db.filePath(QStringLiteral("no.csv"))));
}

} // namespace
} // namespace sr::services
