// The report's summaries (migration 6) against a recomputation from the records: after demo
// data and creates, updates and archives through the repositories, figures() (summaries) and
// test::recomputedFigures() (RecomputedFigures.cpp: window functions over the records) agree
// for whole-month and ragged ranges, and the stored summaries equal the ones rebuilt from
// scratch.
#include "RecomputedFigures.h"
#include "ReportFixture.h"
#include "demo/DemoDataService.h"
#include "reports/ReportJson.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReportQueries.h"
#include "storage/SupportRepository.h"
#include "storage/sqlite/SqliteReportSummary.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QJsonDocument>
#include <QRegularExpression>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStringList>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QDate today(2026, 11, 29);

QList<qint64> ids(storage::Database &db, const QString &statement)
{
    QList<qint64> result;
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(statement)) << statement.toStdString();
    while (query.next())
        result.append(query.value(0).toLongLong());
    return result;
}

QStringList rows(storage::Database &db, const QString &statement)
{
    QStringList result;
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(statement)) << statement.toStdString();
    while (query.next()) {
        QStringList fields;
        for (int i = 0; i < query.record().count(); ++i)
            fields << (query.value(i).isNull() ? QStringLiteral("NULL")
                                               : query.value(i).toString());
        result << fields.join(u'\t');
    }
    return result;
}

QByteArray json(const domain::SummaryFigures &figures)
{
    domain::PeriodSummary summary;
    summary.from = figures.from;
    summary.to = figures.to;
    summary.total = figures;
    return reports::reportToJsonBytes(summary);
}

class ReportSummaryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        demo::DemoOptions options;
        options.persons = 600;
        options.seed = 7;
        options.batchSize = 150;
        auto made = demo::DemoDataService(m_db.db()).generate(domain::Actor::systemUser(), options);
        ASSERT_TRUE(made.ok()) << (made ? "" : made.error().detail.toStdString());
    }

    /** Creates, updates and archives records of every kind through the repositories. */
    void changeRecords()
    {
        storage::Database &db = m_db.db();
        const domain::Actor actor = fixtureActor();
        storage::Transaction transaction(db);
        ASSERT_TRUE(transaction.isActive());
        storage::PersonRepository persons(db);
        storage::ReceptionRepository receptions(db);
        storage::SupportRepository supports(db);
        storage::FollowUpRepository followUps(db);
        int changed = 0;
        // Receptions: moved by a few weeks (across month ends), re-routed, archived.
        const QList<qint64> receptionIds = ids(db,
                                               QStringLiteral("SELECT id FROM reception"
                                                              " ORDER BY id"));
        for (int i = 0; i < receptionIds.size(); i += 23) {
            auto r = receptions.get(receptionIds.at(i));
            ASSERT_TRUE(r.ok());
            if (i % 2 == 0) {
                ASSERT_TRUE(
                    receptions.archive(r->meta.id, r->meta.version, QStringLiteral("test"), actor)
                        .ok());
            } else {
                r->receptionDate = std::min(today, r->receptionDate.addDays(i % 3 == 0 ? 19 : -9));
                r->countryCode = QStringLiteral("LA");
                r->route = domain::Route::Rescued;
                if (!receptions.update(*r, actor))
                    continue;
            }
            ++changed;
        }
        // A second reception for some persons (a new first or last for them).
        const QList<qint64> personIds =
            ids(db, QStringLiteral("SELECT id FROM person ORDER BY id"));
        for (int i = 5; i < personIds.size(); i += 37) {
            const QList<qint64> theirs =
                ids(db,
                    QStringLiteral("SELECT id FROM reception WHERE person_id = %1 LIMIT 1")
                        .arg(personIds.at(i)));
            if (theirs.isEmpty())
                continue;
            auto r = receptions.get(theirs.first());
            ASSERT_TRUE(r.ok());
            domain::Reception again = *r;
            again.meta = {};
            again.receptionDate = std::min(today, r->receptionDate.addDays(400));
            again.batchId.reset();
            if (receptions.insert(again, actor))
                ++changed;
        }
        // Persons: attributes changed, some archived.
        for (int i = 0; i < personIds.size(); i += 29) {
            auto p = persons.get(personIds.at(i));
            ASSERT_TRUE(p.ok());
            if (i % 2 == 0) {
                ASSERT_TRUE(
                    persons.archive(p->meta.id, p->meta.version, QStringLiteral("test"), actor)
                        .ok());
            } else {
                p->sex = domain::Sex::Unknown;
                p->nationality = QStringLiteral("KH");
                p->residenceProvince = QStringLiteral("01");
                if (!persons.update(*p, actor))
                    continue;
            }
            ++changed;
        }
        // Supports: status changed, some archived; follow-ups archived.
        const QList<qint64> supportIds =
            ids(db, QStringLiteral("SELECT id FROM support ORDER BY id"));
        for (int i = 0; i < supportIds.size(); i += 31) {
            auto s = supports.get(supportIds.at(i));
            ASSERT_TRUE(s.ok());
            if (i % 2 == 0) {
                ASSERT_TRUE(
                    supports.archive(s->meta.id, s->meta.version, QStringLiteral("test"), actor)
                        .ok());
            } else {
                s->status = s->status == domain::SupportStatus::Provided
                                ? domain::SupportStatus::Declined
                                : domain::SupportStatus::Provided;
                if (!supports.update(*s, actor))
                    continue;
            }
            ++changed;
        }
        const QList<qint64> followUpIds =
            ids(db, QStringLiteral("SELECT id FROM follow_up ORDER BY id"));
        for (int i = 0; i < followUpIds.size(); i += 11) {
            auto u = followUps.get(followUpIds.at(i));
            ASSERT_TRUE(u.ok());
            ASSERT_TRUE(
                followUps.archive(u->meta.id, u->meta.version, QStringLiteral("test"), actor).ok());
            ++changed;
        }
        ASSERT_TRUE(transaction.commit().ok());
        EXPECT_GT(changed, 60);
    }

    void expectSameFigures()
    {
        storage::ReportQueries queries(m_db.db());
        QList<QPair<QDate, QDate>> ranges{
            {QDate(2000, 1, 1), today},
            {QDate(2021, 1, 1), QDate(2025, 12, 31)},
            {QDate(2025, 1, 1), QDate(2025, 12, 31)},
            {QDate(2025, 4, 1), QDate(2025, 6, 30)},
            {QDate(2025, 1, 5), QDate(2025, 3, 17)},
            {QDate(2025, 2, 10), QDate(2025, 2, 20)},
            {QDate(2024, 12, 31), QDate(2025, 1, 1)},
            {QDate(2023, 7, 14), QDate(2023, 7, 14)},
            {QDate(2019, 3, 2), QDate(2026, 10, 30)},
        };
        // And ragged ranges from a fixed sequence.
        quint32 state = 12345;
        auto next = [&state] {
            state = state * 1103515245u + 12345u;
            return (state >> 8) % 3000;
        };
        for (int i = 0; i < 40; ++i) {
            const QDate a = QDate(2018, 12, 1).addDays(next());
            ranges.append({a, a.addDays(next() % (i % 2 ? 70 : 900))});
        }
        for (const auto &[from, to] : ranges) {
            auto summarised = queries.figures(from, to, QStringLiteral("22"));
            auto recomputed = test::recomputedFigures(m_db.db(), from, to, QStringLiteral("22"));
            ASSERT_TRUE(summarised.ok()) << summarised.error().detail.toStdString();
            ASSERT_TRUE(recomputed.ok());
            EXPECT_EQ(json(*summarised), json(*recomputed))
                << from.toString(Qt::ISODate).toStdString() << " – "
                << to.toString(Qt::ISODate).toStdString();
        }
    }

    QStringList stored()
    {
        storage::Database &db = m_db.db();
        QStringList all;
        all << rows(db,
                    QStringLiteral("SELECT * FROM report_month WHERE n <> 0 OR quantity <> 0"
                                   " OR amount_vnd <> 0 ORDER BY month, dim, code, other"));
        all << rows(db, QStringLiteral("SELECT * FROM report_reception ORDER BY reception_id"));
        all << rows(db, QStringLiteral("SELECT * FROM report_support ORDER BY support_id"));
        all << rows(db, QStringLiteral("SELECT * FROM report_follow_up ORDER BY follow_up_id"));
        return all;
    }

    FixedClock m_clock{QDateTime(today, QTime(9, 0), Qt::UTC)};
    TempDatabase m_db;
};

TEST_F(ReportSummaryTest, SummariesAgreeWithTheRecordsAfterDemoData)
{
    const QStringList facts =
        rows(m_db.db(), QStringLiteral("SELECT COUNT(*) FROM report_reception"));
    ASSERT_EQ(facts, rows(m_db.db(), QStringLiteral("SELECT COUNT(*) FROM reception")));
    expectSameFigures();
}

TEST_F(ReportSummaryTest, SummariesAgreeAfterCreateUpdateAndArchive)
{
    changeRecords();
    EXPECT_TRUE(rows(m_db.db(), QStringLiteral("SELECT * FROM report_dirty")).isEmpty());
    expectSameFigures();
}

TEST_F(ReportSummaryTest, StoredSummariesEqualARebuildFromScratch)
{
    changeRecords();
    const QStringList before = stored();
    ASSERT_GT(before.size(), 1000);
    {
        storage::Transaction transaction(m_db.db());
        ASSERT_TRUE(transaction.isActive());
        for (const char *statement : {"DELETE FROM report_month",
                                      "DELETE FROM report_reception",
                                      "DELETE FROM report_support",
                                      "DELETE FROM report_follow_up",
                                      "INSERT INTO report_dirty SELECT id FROM person"}) {
            QSqlQuery query(m_db.db().connection());
            ASSERT_TRUE(query.exec(QString::fromLatin1(statement))) << statement;
        }
        ASSERT_TRUE(transaction.commit().ok());
    }
    const QStringList after = stored();
    ASSERT_EQ(before.size(), after.size());
    for (qsizetype i = 0; i < before.size(); ++i)
        ASSERT_EQ(before.at(i).toStdString(), after.at(i).toStdString()) << "row " << i;
}

TEST_F(ReportSummaryTest, UpkeepReadsOnlyTheNotedPersons)
{
    // Each commit's upkeep must look the noted persons up by index: a full scan of the facts or
    // the records would make every save cost as much as the whole database.
    const QRegularExpression fullScan(QStringLiteral(
        "\\bSCAN "
        "(report_(reception|support|follow_up|fact|month)|reception|support|follow_up|person)\\b"));
    const QStringList statements =
        QString::fromUtf8(storage::sqlite::reportsummary::refreshScript())
            .split(u';', Qt::SkipEmptyParts);
    int explained = 0;
    for (const QString &statement : statements) {
        if (statement.trimmed().isEmpty())
            continue;
        QSqlQuery query(m_db.db().connection());
        ASSERT_TRUE(query.exec(QStringLiteral("EXPLAIN QUERY PLAN ") + statement))
            << statement.toStdString();
        ++explained;
        while (query.next()) {
            const QString detail = query.value(3).toString();
            EXPECT_FALSE(fullScan.match(detail).hasMatch())
                << detail.toStdString() << "\nin: " << statement.toStdString();
        }
    }
    EXPECT_GE(explained, 8);
}

TEST_F(ReportSummaryTest, SupportAndFollowUpWritesRecomputeOnlyTheirOwnFacts)
{
    // A support or follow-up notes its person for its own part (0007_report_dirty_parts.sql):
    // the upkeep then recomputes no reception fact, and the figures still agree.
    storage::Database &db = m_db.db();
    const domain::Actor actor = fixtureActor();
    const QStringList receptionFacts =
        rows(db, QStringLiteral("SELECT * FROM report_reception ORDER BY reception_id"));
    {
        storage::Transaction transaction(db);
        ASSERT_TRUE(transaction.isActive());
        storage::SupportRepository supports(db);
        storage::FollowUpRepository followUps(db);
        const QList<qint64> supportIds =
            ids(db, QStringLiteral("SELECT id FROM support ORDER BY id"));
        for (int i = 0; i < supportIds.size(); i += 17) {
            auto s = supports.get(supportIds.at(i));
            ASSERT_TRUE(s.ok());
            domain::Support copy = *s;
            copy.meta = {};
            copy.date = std::min(today, s->date.addDays(45));
            ASSERT_TRUE(supports.insert(copy, actor).ok());
            s->amountVnd += 100000;
            ASSERT_TRUE(supports.update(*s, actor).ok());
        }
        const QList<qint64> followUpIds =
            ids(db, QStringLiteral("SELECT id FROM follow_up ORDER BY id"));
        for (int i = 0; i < followUpIds.size(); i += 7) {
            auto u = followUps.get(followUpIds.at(i));
            ASSERT_TRUE(u.ok());
            ASSERT_TRUE(
                followUps.archive(u->meta.id, u->meta.version, QStringLiteral("test"), actor).ok());
        }
        EXPECT_TRUE(rows(db, QStringLiteral("SELECT * FROM report_dirty")).isEmpty());
        EXPECT_FALSE(
            rows(db, QStringLiteral("SELECT * FROM report_dirty_part WHERE part = 'support'"))
                .isEmpty());
        EXPECT_FALSE(
            rows(db, QStringLiteral("SELECT * FROM report_dirty_part WHERE part = 'follow_up'"))
                .isEmpty());
        ASSERT_TRUE(transaction.commit().ok());
    }
    EXPECT_TRUE(rows(db, QStringLiteral("SELECT * FROM report_dirty_part")).isEmpty());
    EXPECT_EQ(rows(db, QStringLiteral("SELECT * FROM report_reception ORDER BY reception_id")),
              receptionFacts);
    expectSameFigures();
}

TEST_F(ReportSummaryTest, ARolledBackWriteLeavesTheSummariesAsTheyWere)
{
    const QStringList before = stored();
    {
        storage::Transaction transaction(m_db.db());
        ASSERT_TRUE(transaction.isActive());
        storage::ReceptionRepository receptions(m_db.db());
        const QList<qint64> receptionIds =
            ids(m_db.db(), QStringLiteral("SELECT id FROM reception LIMIT 5"));
        for (qint64 id : receptionIds) {
            auto r = receptions.get(id);
            ASSERT_TRUE(r.ok());
            ASSERT_TRUE(
                receptions.archive(id, r->meta.version, QStringLiteral("test"), fixtureActor())
                    .ok());
        }
        // No commit: rolled back.
    }
    EXPECT_EQ(stored(), before);
    EXPECT_TRUE(rows(m_db.db(), QStringLiteral("SELECT * FROM report_dirty")).isEmpty());
}

} // namespace
} // namespace sr::test
