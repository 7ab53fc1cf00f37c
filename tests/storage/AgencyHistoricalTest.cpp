// Agencies abolished in the 2025 reorganisation are marked historical (migration 8,
// resources/data/agencies.csv): an upgraded database marks the seeded entries by code, a new one
// marks what the CSV marks, the flag is read and written with the agency, and the period
// report counts the records that name such an agency as before.
#include "StorageTestData.h"
#include "storage/Migrations.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportQueries.h"
#include "storage/Seeding.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QSet>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::test;

namespace {

const QSet<QString> kAbolished{QStringLiteral("ldtbxh_mong_cai"),
                               QStringLiteral("so_ldtbxh_qn"),
                               QStringLiteral("ubnd_hai_dong"),
                               QStringLiteral("ubnd_mao_khe")};

QSet<QString> historicalCodes(storage::Database &db)
{
    QSet<QString> codes;
    auto agencies =
        storage::ReferenceRepository(db).agencies(storage::ArchiveFilter::IncludeArchived);
    EXPECT_TRUE(agencies);
    if (!agencies)
        return codes;
    for (const domain::Agency &agency : *agencies) {
        if (agency.historical)
            codes.insert(agency.code);
    }
    return codes;
}

} // namespace

TEST(AgencyHistoricalTest, UpgradeFromVersion7MarksTheAbolishedAgencies)
{
    const QString fixture = QStringLiteral(SR_TEST_DATA_DIR "/schema-v7.db");
    ASSERT_TRUE(QFile::exists(fixture));
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("v7.db"));
    ASSERT_TRUE(QFile::copy(fixture, path));
    QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner);

    auto opened = storage::Database::open(path);
    ASSERT_TRUE(opened) << opened.error().detail.toStdString();
    storage::Database &db = **opened;
    EXPECT_GE(storage::migrations::latestVersion(db.dialect()), 8);
    EXPECT_EQ(historicalCodes(db), kAbolished);

    // Still offered to old records: the agencies stay active (not archived).
    auto active = storage::ReferenceRepository(db).agencies();
    ASSERT_TRUE(active);
    int historicalActive = 0;
    for (const domain::Agency &agency : *active)
        historicalActive += agency.historical ? 1 : 0;
    EXPECT_EQ(historicalActive, kAbolished.size());
}

TEST(AgencyHistoricalTest, NewDatabaseMarksWhatTheSeedFileMarks)
{
    TempDatabase temp;
    QSet<QString> marked;
    const auto rows = storage::seeding::readCsvResource(QStringLiteral(":/data/agencies.csv"));
    ASSERT_FALSE(rows.isEmpty());
    for (const auto &row : rows) {
        ASSERT_TRUE(row.contains(QStringLiteral("historical")));
        if (row.value(QStringLiteral("historical")) == QLatin1String("1"))
            marked.insert(row.value(QStringLiteral("code")));
    }
    EXPECT_EQ(marked, kAbolished);
    EXPECT_EQ(historicalCodes(temp.db()), marked);
}

TEST(AgencyHistoricalTest, FlagIsSavedWithTheAgency)
{
    TempDatabase temp;
    storage::ReferenceRepository refs(temp.db());
    auto agencies = refs.agencies();
    ASSERT_TRUE(agencies);
    auto it = std::find_if(agencies->begin(), agencies->end(), [](const domain::Agency &a) {
        return a.code == QLatin1String("ubnd_cao_xanh");
    });
    ASSERT_NE(it, agencies->end());
    domain::Agency agency = *it;
    EXPECT_FALSE(agency.historical);
    agency.historical = true;
    auto saved = refs.saveAgency(agency, testActor());
    ASSERT_TRUE(saved) << saved.error().detail.toStdString();
    EXPECT_TRUE(historicalCodes(temp.db()).contains(QStringLiteral("ubnd_cao_xanh")));
}

TEST(AgencyHistoricalTest, ReportFiguresOfOldRecordsDoNotChange)
{
    TempDatabase temp;
    storage::Database &db = temp.db();
    storage::PersonRepository persons(db);
    storage::ReceptionRepository receptions(db);
    auto person =
        persons.insert(makePerson(QStringLiteral("Nguyễn Thị Hằng"), 2005), testActor(), 2024);
    ASSERT_TRUE(person);
    domain::Reception reception = makeReception(person->meta.id, QDate(2024, 5, 6));
    reception.agencyCode = QStringLiteral("ldtbxh_mong_cai"); // historical since migration 8
    ASSERT_TRUE(receptions.insert(reception, testActor()));

    const storage::ReportQueries queries(db);
    auto figuresNow = [&] {
        auto figures =
            queries.figures(QDate(2024, 1, 1), QDate(2024, 12, 31), QStringLiteral("22"));
        EXPECT_TRUE(figures);
        return figures ? figures->byAgency : QList<domain::CountRow>{};
    };
    const QList<domain::CountRow> historical = figuresNow();
    ASSERT_EQ(historical.size(), 1);
    EXPECT_EQ(historical.first().code, QStringLiteral("ldtbxh_mong_cai"));
    EXPECT_EQ(historical.first().persons, 1);
    EXPECT_EQ(historical.first().receptions, 1);

    // The same figures as when the agency was current.
    storage::ReferenceRepository refs(db);
    auto agencies = refs.agencies();
    ASSERT_TRUE(agencies);
    for (domain::Agency agency : *agencies) {
        if (agency.code != QLatin1String("ldtbxh_mong_cai"))
            continue;
        agency.historical = false;
        ASSERT_TRUE(refs.saveAgency(agency, testActor()));
    }
    EXPECT_EQ(figuresNow(), historical);
}
