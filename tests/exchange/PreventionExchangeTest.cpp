// Prevention clubs and activities in the CSV exchange (docs/csv-format.md "clubs",
// "activities"): the de-identified file keeps the figures and none of the free text, formula
// injection is neutralised and read back exactly, a full export of clubs then activities
// imported into an empty database gives the same prevention section of the report, and bad
// rows are refused with their row and column while nothing is written.
#include "domain/Actor.h"
#include "domain/Period.h"
#include "exchange/CsvReader.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/PreventionService.h"
#include "services/ReportService.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QFile>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::services;
using exchange::ExchangeTable;
using exchange::ExportMode;

namespace {

const domain::Actor kActor = domain::Actor::systemUser();

domain::Period period2023()
{
    return domain::Period::custom(QDate(2023, 1, 1), QDate(2023, 12, 31)).value();
}

ExportRequest request(ExchangeTable table, ExportMode mode, const QString &path)
{
    ExportRequest r;
    r.period = period2023();
    r.table = table;
    r.mode = mode;
    r.filePath = path;
    return r;
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

qint64 rows(storage::Database &db, const char *table)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table))));
    return q.next() ? q.value(0).toLongLong() : -1;
}

bool hasIssue(const ImportReport &report, const QString &column, ImportIssueCode code, qint64 row)
{
    for (const ImportIssue &issue : report.issues) {
        if (issue.column == column && issue.code == code && issue.row == row)
            return true;
    }
    return false;
}

class PreventionExchangeTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        PreventionService service(source.db());
        domain::PreventionClub club;
        club.name = QStringLiteral("=CLB Hà Khánh"); // a formula start, kept as typed
        club.era = domain::AdminEra::Pre2025;
        club.communeCode = QStringLiteral("06649");
        club.founded = QDate(2022, 5, 1);
        club.members = 25;
        club.notes = QStringLiteral("Chủ nhiệm: bà Nguyễn Thị A");
        auto savedClub = service.saveClub(kActor, club);
        ASSERT_TRUE(savedClub.ok());

        domain::PreventionActivity leaflets;
        leaflets.kind = domain::PreventionKind::Leaflets;
        leaflets.startDate = QDate(2023, 2, 1);
        leaflets.era = domain::AdminEra::Pre2025;
        leaflets.quantity = 80000;
        leaflets.organiser = QStringLiteral("+Sở LĐ-TB&XH");
        ASSERT_TRUE(service.saveActivity(kActor, leaflets).ok());

        domain::PreventionActivity training;
        training.kind = domain::PreventionKind::Training;
        training.startDate = QDate(2023, 3, 10);
        training.endDate = QDate(2023, 3, 11);
        training.era = domain::AdminEra::Pre2025;
        training.communeCode = QStringLiteral("06658");
        training.quantity = 2;
        training.participantsTotal = 60;
        training.participantsWomen = 35;
        training.participantsMinorities = 12;
        training.targetGroups = {domain::PreventionTarget::Officials,
                                 domain::PreventionTarget::BorderCommunities};
        training.partner = QStringLiteral("Tổ chức Rồng Xanh");
        training.notes = QStringLiteral("@SUM(1,2) trưởng thôn Nguyễn Văn B");
        ASSERT_TRUE(service.saveActivity(kActor, training).ok());

        domain::PreventionActivity meeting;
        meeting.kind = domain::PreventionKind::ClubMeeting;
        meeting.startDate = QDate(2023, 4, 5);
        meeting.era = domain::AdminEra::Pre2025;
        meeting.communeCode = QStringLiteral("06649");
        meeting.quantity = 1;
        meeting.participantsTotal = 20;
        meeting.participantsWomen = 18;
        meeting.clubId = savedClub->meta.id;
        ASSERT_TRUE(service.saveActivity(kActor, meeting).ok());
    }

    QJsonObject prevention(storage::Database &db, const QString &path)
    {
        const auto written = ReportService(db).writeReport(
            kActor, period2023(), ReportService::Format::Json, reports::Language::English, path);
        EXPECT_TRUE(written.ok());
        return QJsonDocument::fromJson(fileBytes(path))
            .object()
            .value(QStringLiteral("prevention"))
            .toObject();
    }

    test::FixedClock clock{QDateTime(QDate(2024, 1, 15), QTime(9, 0))};
    test::TempDatabase source;
};

} // namespace

TEST_F(PreventionExchangeTest, DeIdentifiedActivitiesKeepTheFiguresAndNoFreeText)
{
    const QString path = source.filePath(QStringLiteral("activities.csv"));
    const auto done =
        ExportService(source.db())
            .exportTable(request(ExchangeTable::Activities, ExportMode::DeIdentified, path),
                         kActor);
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    EXPECT_EQ(done->rows, 3);
    const QString text = QString::fromUtf8(fileBytes(path));
    EXPECT_TRUE(text.contains(QStringLiteral("training,Tập huấn, hội nghị"))
                || text.contains(QStringLiteral("training,\"Tập huấn, hội nghị\"")));
    EXPECT_TRUE(text.contains(QStringLiteral("80000")));
    for (const char *secret : {"Sở LĐ", "Rồng Xanh", "Nguyễn Văn B", "_uuid"})
        EXPECT_FALSE(text.contains(QString::fromUtf8(secret))) << secret;
}

TEST_F(PreventionExchangeTest, FullExportImportedIntoAnEmptyDatabaseGivesTheSameReport)
{
    ExportService exporter(source.db());
    QHash<ExchangeTable, QString> files;
    for (const ExchangeTable table : {ExchangeTable::Clubs, ExchangeTable::Activities}) {
        const QString path = source.filePath(exchange::toCode(table) + QStringLiteral(".csv"));
        const auto done = exporter.exportTable(request(table, ExportMode::Full, path), kActor);
        ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
        files.insert(table, path);
    }
    // Formula starts are neutralised in the file.
    const QByteArray clubs = fileBytes(files.value(ExchangeTable::Clubs));
    EXPECT_TRUE(clubs.contains(",'=CLB H")) << clubs.toStdString();
    const QByteArray activities = fileBytes(files.value(ExchangeTable::Activities));
    EXPECT_TRUE(activities.contains("'+S")) << activities.toStdString();
    EXPECT_TRUE(activities.contains("\"'@SUM(1,2)")) << activities.toStdString();

    test::TempDatabase target;
    ImportService importer(target.db());
    for (const ExchangeTable table : {ExchangeTable::Clubs, ExchangeTable::Activities}) {
        const auto report = importer.importFile(files.value(table), ImportOptions{}, kActor);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        ASSERT_TRUE(report->isValid()) << exchange::toCode(table).toStdString();
        EXPECT_TRUE(report->written);
        EXPECT_TRUE(report->table == table);
        EXPECT_EQ(report->created, report->rows);
    }
    EXPECT_EQ(rows(target.db(), "prevention_club"), 1);
    EXPECT_EQ(rows(target.db(), "prevention_activity"), 3);

    // Text comes back exactly, formula starts included, and the meeting names its club.
    QSqlQuery q(target->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT a.organiser, a.notes, c.name FROM prevention_activity a LEFT JOIN prevention_club"
        " c ON c.id = a.club_id ORDER BY a.start_date")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("+Sở LĐ-TB&XH"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("@SUM(1,2) trưởng thôn Nguyễn Văn B"));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("=CLB Hà Khánh"));

    const QJsonObject before = prevention(source.db(), source.filePath(QStringLiteral("a.json")));
    const QJsonObject after = prevention(target.db(), target.filePath(QStringLiteral("b.json")));
    EXPECT_EQ(before.value(QStringLiteral("clubs_active")).toInt(), 1);
    EXPECT_EQ(before.value(QStringLiteral("activities")).toInt(), 3);
    EXPECT_EQ(QJsonDocument(after).toJson().toStdString(),
              QJsonDocument(before).toJson().toStdString());

    // Exported again from the target: byte for byte the same files.
    ExportService second(target.db());
    for (const ExchangeTable table : {ExchangeTable::Clubs, ExchangeTable::Activities}) {
        const QString path = target.filePath(exchange::toCode(table) + QStringLiteral("2.csv"));
        ASSERT_TRUE(second.exportTable(request(table, ExportMode::Full, path), kActor).ok());
        EXPECT_EQ(fileBytes(path), fileBytes(files.value(table)))
            << exchange::toCode(table).toStdString();
    }
}

TEST_F(PreventionExchangeTest, BadRowsAreListedAndNothingIsWritten)
{
    test::TempDatabase target;
    const QString path = target.filePath(QStringLiteral("bad.csv"));
    writeFile(path,
              "kind,club_uuid,start_date,end_date,era,commune,quantity,participants_total,"
              "participants_women,participants_minorities\n"
              "training,,2023-03-10,,pre_2025,06649,1,30,10,0\n"
              "training,,2023-03-10,2023-03-01,pre_2025,6649,1,30,31,0\n"
              "club_meeting,4b1e7f43-35c8-4a0c-9d7e-2f3c1a2b3c4d,2023-03-10,,pre_2025,,1,5,5,0\n"
              "meeting,,2023-03-10,,from_2025,06649,0,0,0,0\n");
    const auto report = ImportService(target.db()).importFile(path, ImportOptions{}, kActor);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->written);
    EXPECT_TRUE(report->table == ExchangeTable::Activities);
    EXPECT_TRUE(hasIssue(*report, QStringLiteral("end_date"), ImportIssueCode::Inconsistent, 3));
    EXPECT_TRUE(
        hasIssue(*report, QStringLiteral("participants_women"), ImportIssueCode::Inconsistent, 3));
    EXPECT_TRUE(hasIssue(*report, QStringLiteral("club_uuid"), ImportIssueCode::UnknownClub, 4));
    EXPECT_TRUE(hasIssue(*report, QStringLiteral("kind"), ImportIssueCode::InvalidCode, 5));
    EXPECT_TRUE(
        hasIssue(*report, QStringLiteral("commune"), ImportIssueCode::UnknownOfficialReference, 5));
    EXPECT_TRUE(hasIssue(*report, QStringLiteral("quantity"), ImportIssueCode::Required, 5));
    // The first row was valid and written at once, then rolled back with the file.
    EXPECT_EQ(rows(target.db(), "prevention_activity"), 0);
    EXPECT_EQ(toCode(ImportIssueCode::UnknownClub), QStringLiteral("unknown_club"));
}
