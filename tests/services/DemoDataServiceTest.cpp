#include "demo/DemoDataService.h"

#include "ServiceTestSupport.h"
#include "domain/Validation.h"
#include "storage/FollowUpRepository.h"
#include "storage/HandoverBatchRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/SupportRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>
#include <QStringList>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;
using demo::DemoDataService;
using demo::DemoOptions;
using demo::DemoSummary;

const QDate fixedToday(2025, 9, 30);

class DemoDataServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(fixedToday, QTime(12, 0))};
    Actor m_actor{0, QStringLiteral("tester"), Role::Administrator};

    static DemoSummary
    generate(storage::Database &db, qint64 persons, quint64 seed, int batch = 500)
    {
        DemoDataService service(db);
        DemoOptions options;
        options.persons = persons;
        options.seed = seed;
        options.batchSize = batch;
        Actor actor{0, QStringLiteral("tester"), Role::Administrator};
        const auto result = service.generate(actor, options);
        EXPECT_TRUE(result.ok()) << (result.ok() ? std::string()
                                                 : result.error().detail.toStdString());
        return result.ok() ? *result : DemoSummary{};
    }

    /** "case_code|full_name" of every person, by id. */
    static QStringList identities(storage::Database &db)
    {
        QStringList list;
        QSqlQuery query(db.connection());
        EXPECT_TRUE(
            query.exec(QStringLiteral("SELECT case_code, full_name FROM person ORDER BY id")));
        while (query.next())
            list.append(query.value(0).toString() + u'|' + query.value(1).toString());
        return list;
    }

    static qint64 scalar(storage::Database &db, const QString &statement)
    {
        QSqlQuery query(db.connection());
        if (!query.exec(statement) || !query.next()) {
            ADD_FAILURE() << statement.toStdString();
            return -1;
        }
        return query.value(0).toLongLong();
    }
};

TEST_F(DemoDataServiceTest, WritesWholeBatchesInTheProvincesProportions)
{
    test::TempDatabase temp;
    storage::Database &db = temp.db();
    // Marked as demonstration data with its records (the main window's banner), not before.
    ASSERT_FALSE(DemoDataService(db).holdsDemoData().value());
    const DemoSummary summary = generate(db, 1200, 7, 500);
    EXPECT_TRUE(DemoDataService(db).holdsDemoData().value());
    EXPECT_EQ(test::countRows(db, QStringLiteral("settings"), QStringLiteral("key = 'demo_data'")),
              1);

    EXPECT_EQ(summary.persons, 1200);
    EXPECT_EQ(summary.transactions, 3); // 500 + 500 + 200
    EXPECT_EQ(test::countRows(db, QStringLiteral("person")), 1200);
    EXPECT_EQ(test::countRows(db, QStringLiteral("reception")), summary.receptions);
    EXPECT_EQ(test::countRows(db, QStringLiteral("support")), summary.supports);
    EXPECT_EQ(test::countRows(db, QStringLiteral("follow_up")), summary.followUps);
    EXPECT_EQ(test::countRows(db, QStringLiteral("handover_batch")), summary.handoverBatches);
    EXPECT_EQ(test::countRows(db, QStringLiteral("audit_log"), QStringLiteral("action = 'demo'")),
              3);
    // Summary auditing: no per-record rows.
    EXPECT_EQ(test::countRows(db, QStringLiteral("audit_log"), QStringLiteral("action <> 'demo'")),
              0);

    const double receptionsPerPerson = double(summary.receptions) / summary.persons;
    EXPECT_GT(receptionsPerPerson, 1.1);
    EXPECT_LT(receptionsPerPerson, 1.3);
    const double supportsPerPerson = double(summary.supports) / summary.persons;
    EXPECT_GT(supportsPerPerson, 3.5);
    EXPECT_LT(supportsPerPerson, 4.5);
    EXPECT_GT(summary.followUps, 0);
    EXPECT_GT(summary.handoverBatches, 0);

    // Every person has a reception; nobody has a reception before 2019 or after today.
    EXPECT_EQ(scalar(db,
                     QStringLiteral("SELECT count(*) FROM person p WHERE NOT EXISTS "
                                    "(SELECT 1 FROM reception r WHERE r.person_id = p.id)")),
              0);
    EXPECT_EQ(scalar(db,
                     QStringLiteral("SELECT count(*) FROM reception WHERE reception_date < "
                                    "'2019-01-01' OR reception_date > '2025-09-30'")),
              0);

    const auto share = [&](const QString &where, const QString &table = QStringLiteral("person")) {
        return double(test::countRows(db, table, where)) / test::countRows(db, table);
    };
    EXPECT_GT(share(QStringLiteral("sex = 'female'")), 0.65);
    EXPECT_GT(share(QStringLiteral("nationality <> 'VN'")), 0.005);
    EXPECT_LT(share(QStringLiteral("nationality <> 'VN'")), 0.08);
    EXPECT_GT(share(QStringLiteral("ethnicity NOT IN ('01', '99', '00')")), 0.12);
    const double otherProvince =
        share(QStringLiteral("nationality = 'VN' AND residence_province <> '22'"));
    EXPECT_GT(otherProvince, 0.2);
    EXPECT_LT(otherProvince, 0.4);
    EXPECT_GT(share(QStringLiteral("country_code = 'CN'"), QStringLiteral("reception")), 0.7);
    EXPECT_GT(share(QStringLiteral("country_code = 'KH'"), QStringLiteral("reception")), 0.05);
    EXPECT_GT(share(QStringLiteral("age_band = 'under_1'"), QStringLiteral("reception")), 0.02);
    EXPECT_GT(share(QStringLiteral("case_status = 'closed' AND outcome <> ''"),
                    QStringLiteral("reception")),
              0.5);
    EXPECT_GT(share(QStringLiteral("batch_id IS NOT NULL"), QStringLiteral("reception")), 0.3);
    EXPECT_GT(share(QStringLiteral("amount_vnd > 0"), QStringLiteral("support")), 0.3);
    // Names are Vietnamese with diacritics.
    EXPECT_GT(share(QStringLiteral("full_name LIKE 'Nguyễn %'")), 0.25);
    EXPECT_GT(
        test::countRows(db, QStringLiteral("person"), QStringLiteral("full_name LIKE 'Đặng %'")),
        0);
    // Handovers carry realistic counts.
    EXPECT_GT(scalar(db, QStringLiteral("SELECT avg(persons_total) FROM handover_batch")), 10);
    EXPECT_GT(
        test::countRows(db, QStringLiteral("handover_batch"), QStringLiteral("classified = 1")), 0);
}

TEST_F(DemoDataServiceTest, SameSeedGivesSameCasesAndOtherSeedDiffers)
{
    test::TempDatabase first;
    test::TempDatabase second;
    test::TempDatabase third;
    generate(first.db(), 300, 42, 100);
    generate(second.db(), 300, 42, 100);
    generate(third.db(), 300, 43, 100);
    const QStringList a = identities(first.db());
    ASSERT_EQ(a.size(), 300);
    EXPECT_EQ(a, identities(second.db()));
    EXPECT_NE(a, identities(third.db()));
}

TEST_F(DemoDataServiceTest, EveryGeneratedRecordIsValid)
{
    test::TempDatabase temp;
    storage::Database &db = temp.db();
    generate(db, 400, 11);

    storage::PersonRepository persons(db);
    storage::ReceptionRepository receptions(db);
    storage::SupportRepository supports(db);
    storage::FollowUpRepository followUps(db);
    storage::HandoverBatchRepository batches(db);

    QSqlQuery ids(db.connection());
    ASSERT_TRUE(ids.exec(QStringLiteral("SELECT id FROM person ORDER BY id")));
    int checked = 0;
    while (ids.next()) {
        const auto person = persons.get(ids.value(0).toLongLong());
        ASSERT_TRUE(person.ok());
        EXPECT_EQ(validatePerson(*person, fixedToday), FieldErrors{}) << "person " << checked;
        const auto personReceptions = receptions.listForPerson(person->meta.id);
        ASSERT_TRUE(personReceptions.ok());
        ASSERT_FALSE(personReceptions->isEmpty());
        for (const Reception &reception : *personReceptions) {
            EXPECT_EQ(validateReception(reception, *person, fixedToday), FieldErrors{});
            const auto given = supports.listForReception(reception.meta.id);
            ASSERT_TRUE(given.ok());
            for (const Support &support : *given)
                EXPECT_EQ(validateSupport(support, reception, fixedToday), FieldErrors{});
            const auto visits = followUps.listForReception(reception.meta.id);
            ASSERT_TRUE(visits.ok());
            for (const FollowUp &followUp : *visits)
                EXPECT_EQ(validateFollowUp(followUp, reception, fixedToday), FieldErrors{});
        }
        ++checked;
    }
    EXPECT_EQ(checked, 400);
    const auto handovers = batches.list();
    ASSERT_TRUE(handovers.ok());
    ASSERT_FALSE(handovers->isEmpty());
    for (const HandoverBatch &batch : *handovers)
        EXPECT_EQ(validateBatch(batch, fixedToday), FieldErrors{});
}

TEST_F(DemoDataServiceTest, RefusesNonPositiveCounts)
{
    test::TempDatabase temp;
    DemoDataService service(temp.db());
    DemoOptions options;
    options.persons = 0;
    const auto result = service.generate(m_actor, options);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(test::countRows(temp.db(), QStringLiteral("person")), 0);
}

} // namespace
} // namespace sr::services
