// Many client processes on one server database (docs/server.md, "Several workstations"): eight
// writers at once lose nothing, duplicate no case code, report conflicts as conflicts and keep
// the report's summaries equal to a recount; a client killed mid-transaction leaves nothing
// half-written and does not block the next writer.
#include "AppTestSupport.h"
#include "domain/Actor.h"
#include "domain/Period.h"
#include "services/CaseService.h"
#include "services/ReportService.h"
#include "storage/Database.h"
#include "support/TestServer.h"

#include <QElapsedTimer>
#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <memory>
#include <vector>

using namespace sr;
using namespace sr::test;

namespace {

const domain::Actor kActor{0, QStringLiteral("parent"), domain::Role::Administrator};

class ServerConcurrencyTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("SAFERETURN_TEST_SERVER"))
            GTEST_SKIP() << "needs the test server (SAFERETURN_TEST_SERVER)";
        m_location = createServerDatabase();
        ASSERT_FALSE(m_location.isEmpty());
        auto db = storage::Database::open(m_location);
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        m_db = std::move(*db);
    }
    void TearDown() override
    {
        m_db.reset();
        if (!m_location.isEmpty())
            dropServerDatabase(m_location);
    }

    qint64 scalar(const QString &statement)
    {
        QSqlQuery query(m_db->connection());
        EXPECT_TRUE(query.exec(statement)) << statement.toStdString();
        return query.next() ? query.value(0).toLongLong() : -1;
    }

    std::unique_ptr<QProcess> startWriter(const QStringList &arguments)
    {
        auto process = std::make_unique<QProcess>();
        process->setProgram(QStringLiteral(SR_CONCURRENT_WRITER));
        process->setArguments(arguments);
        process->setProcessChannelMode(QProcess::SeparateChannels);
        process->start();
        EXPECT_TRUE(process->waitForStarted(10000));
        return process;
    }

    QString m_location;
    std::unique_ptr<storage::Database> m_db;
};

} // namespace

TEST_F(ServerConcurrencyTest, EightWritersLoseNothingAndKeepTheReportRight)
{
    services::CaseService cases(*m_db);
    domain::Person contested;
    contested.fullName = QStringLiteral("Hoàng Thị Tranh");
    contested.sex = domain::Sex::Female;
    contested.birthDate = domain::PartialDate::fromYear(1995);
    contested.ethnicity = QStringLiteral("01");
    contested.residenceProvince = QStringLiteral("22");
    const auto first = cases.savePerson(kActor, contested);
    ASSERT_TRUE(first.ok());
    const qint64 contestedId = first->meta.id;

    constexpr int kWriters = 8;
    constexpr int kSeconds = 6;
    std::vector<std::unique_ptr<QProcess>> writers;
    for (int i = 0; i < kWriters; ++i)
        writers.push_back(startWriter({QStringLiteral("write"),
                                       m_location,
                                       QString::number(kSeconds),
                                       QString::number(i),
                                       QString::number(contestedId)}));
    QStringList codes;
    QSet<qint64> supports, batches;
    int updated = 0, conflicts = 0;
    QStringList failures;
    for (auto &writer : writers) {
        ASSERT_TRUE(writer->waitForFinished(60000));
        EXPECT_EQ(writer->exitCode(), 0) << writer->readAllStandardError().toStdString();
        const QStringList lines = QString::fromUtf8(writer->readAllStandardOutput())
                                      .split(QLatin1Char('\n'), Qt::SkipEmptyParts);
        for (const QString &line : lines) {
            const QString value = line.section(QLatin1Char(' '), 1);
            if (line.startsWith(QLatin1String("case ")))
                codes << value;
            else if (line.startsWith(QLatin1String("support ")))
                supports << value.toLongLong();
            else if (line.startsWith(QLatin1String("batch ")))
                batches << value.toLongLong();
            else if (line == QLatin1String("updated"))
                ++updated;
            else if (line == QLatin1String("conflict"))
                ++conflicts;
            else if (line.startsWith(QLatin1String("failed ")))
                failures << line; // anything else is the child's log
        }
    }
    EXPECT_TRUE(failures.isEmpty()) << failures.join(QLatin1Char(';')).toStdString();
    ASSERT_GT(codes.size(), kWriters); // every writer saved some
    std::printf("8 writers, %d s: %lld cases, %lld supports, %lld batches, %d updates, %d "
                "conflicts\n",
                kSeconds,
                qint64(codes.size()),
                qint64(supports.size()),
                qint64(batches.size()),
                updated,
                conflicts);

    // No duplicate case code, and every case a writer reported is there (and nothing more).
    EXPECT_EQ(QSet<QString>(codes.begin(), codes.end()).size(), codes.size());
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) - count(DISTINCT case_code) FROM person")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM person")), codes.size() + 1);
    for (const QString &code : codes) {
        EXPECT_EQ(
            scalar(QStringLiteral("SELECT count(*) FROM person WHERE case_code = '%1'").arg(code)),
            1)
            << code.toStdString();
    }
    // Each case has its first support; the later ones are those reported.
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM support")),
              codes.size() + supports.size());
    for (qint64 id : supports)
        EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM support WHERE id = %1").arg(id)), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM handover_batch")), batches.size());
    for (qint64 id : batches)
        EXPECT_EQ(
            scalar(QStringLiteral("SELECT count(*) FROM handover_batch WHERE id = %1").arg(id)), 1);

    // No lost update: each reported update raised the version by one; the others were
    // conflicts, reported as such.
    EXPECT_EQ(scalar(QStringLiteral("SELECT version FROM person WHERE id = %1").arg(contestedId)),
              1 + updated);
    EXPECT_GT(conflicts, 0);

    // The report's summaries, kept by every writer's transactions, equal a recount.
    services::ReportService reports(*m_db);
    const auto summary = reports.summary(kActor, domain::Period::year(2024));
    ASSERT_TRUE(summary.ok()) << summary.error().detail.toStdString();
    const auto &total = summary->total;
    EXPECT_EQ(total.receptions,
              scalar(QStringLiteral("SELECT count(*) FROM reception WHERE archived = 0 AND "
                                    "reception_date BETWEEN '2024-01-01' AND '2024-12-31'")));
    EXPECT_EQ(total.receptions, codes.size());
    EXPECT_EQ(total.persons,
              scalar(QStringLiteral("SELECT count(DISTINCT person_id) FROM reception WHERE "
                                    "archived = 0 AND reception_date BETWEEN '2024-01-01' AND "
                                    "'2024-12-31'")));
    EXPECT_EQ(total.supports,
              scalar(QStringLiteral("SELECT count(*) FROM support WHERE archived = 0 AND status = "
                                    "'provided' AND support_date BETWEEN '2024-01-01' AND "
                                    "'2024-12-31'")));
    EXPECT_EQ(total.supportAmountVnd,
              scalar(QStringLiteral("SELECT coalesce(sum(amount_vnd), 0) FROM support WHERE "
                                    "archived = 0 AND status = 'provided' AND support_date BETWEEN "
                                    "'2024-01-01' AND '2024-12-31'")));
    EXPECT_EQ(total.supportAmountVnd, codes.size() * 150000 + supports.size() * 500000);
}

TEST_F(ServerConcurrencyTest, ClientKilledMidTransactionLeavesNothingAndBlocksNoOne)
{
    auto holder = startWriter({QStringLiteral("hold"), m_location});
    // Its log shares the output: wait for the line that says the case is written.
    QByteArray output;
    QElapsedTimer wait;
    wait.start();
    while (!output.contains("\nwritten\n") && !output.startsWith("written\n")
           && wait.elapsed() < 30000) {
        holder->waitForReadyRead(1000);
        output += holder->readAllStandardOutput();
    }
    ASSERT_TRUE(output.contains("written\n")) << output.toStdString();
    holder->kill(); // SIGKILL: no rollback of its own
    ASSERT_TRUE(holder->waitForFinished(10000));

    // The server ends the dead session: its transaction is rolled back and its advisory write
    // lock released, so the next writer is not kept waiting.
    QElapsedTimer timer;
    timer.start();
    services::CaseService cases(*m_db);
    domain::Person next;
    next.fullName = QStringLiteral("Lý Văn Sau");
    next.sex = domain::Sex::Male;
    next.birthDate = domain::PartialDate::fromYear(1990);
    next.ethnicity = QStringLiteral("01");
    next.residenceProvince = QStringLiteral("22");
    const auto saved = cases.savePerson(kActor, next);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    EXPECT_LT(timer.elapsed(), 10000);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM person")), 1);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM reception")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM support")), 0);
    EXPECT_EQ(scalar(QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'person'")), 1);
}
