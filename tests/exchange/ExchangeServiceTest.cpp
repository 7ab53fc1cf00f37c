// Export and import through the services over real SQLite files: de-identification, audit,
// atomic files, formula injection end to end, lossless round trip, bad input leaves the
// database unchanged.
#include "demo/DemoDataService.h"
#include "domain/Actor.h"
#include "domain/Period.h"
#include "domain/TextFold.h"
#include "exchange/CsvReader.h"
#include "exchange/FormulaGuard.h"
#include "services/CaseService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/ReportService.h"
#include "storage/FollowUpRepository.h"
#include "storage/HotlineRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ShelterStayRepository.h"
#include "storage/SupportRepository.h"
#include "support/TempDatabase.h"

#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QMessageAuthenticationCode>
#include <QProcess>
#include <QRegularExpression>
#include <QSet>
#include <QSqlQuery>
#include <QSqlRecord>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::services;
using demo::DemoDataService;
using demo::DemoOptions;
using exchange::ExchangeTable;
using exchange::ExportMode;

namespace {

QString u(const char *utf8)
{
    return QString::fromUtf8(utf8);
}

domain::Period allTime()
{
    return domain::Period::custom(QDate(1990, 1, 1), QDate(2099, 12, 31)).value();
}

QByteArray fileBytes(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    return file.readAll();
}

void writeFile(const QString &path, const QByteArray &bytes)
{
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(bytes), bytes.size());
}

/** SHA-256 over the content of every table (rows in primary-key order). */
QByteArray contentHash(storage::Database &db)
{
    QCryptographicHash hash(QCryptographicHash::Sha256);
    QSqlQuery tables(db.connection());
    EXPECT_TRUE(tables.exec(QStringLiteral(
        "SELECT name FROM sqlite_schema WHERE type = 'table' AND name NOT LIKE 'sqlite_%'"
        " AND name NOT LIKE 'person_search_%' ORDER BY name")));
    QStringList names;
    while (tables.next())
        names.append(tables.value(0).toString());
    for (const QString &table : names) {
        QSqlQuery rows(db.connection());
        EXPECT_TRUE(rows.exec(QStringLiteral("SELECT * FROM \"%1\" ORDER BY 1").arg(table)));
        hash.addData(table.toUtf8());
        while (rows.next()) {
            for (int i = 0; i < rows.record().count(); ++i) {
                hash.addData(rows.value(i).toString().toUtf8());
                hash.addData(QByteArrayView("\x1f"));
            }
            hash.addData(QByteArrayView("\x1e"));
        }
    }
    return hash.result();
}

QList<QStringList> readCsv(const QString &path)
{
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::ReadOnly));
    exchange::CsvReader reader(&file);
    QList<QStringList> rows;
    QStringList fields;
    while (reader.readRecord(fields))
        rows.append(fields);
    EXPECT_FALSE(reader.hasError());
    return rows;
}

ExportRequest request(ExchangeTable table, ExportMode mode, const QString &path)
{
    ExportRequest r;
    r.period = allTime();
    r.table = table;
    r.mode = mode;
    r.filePath = path;
    return r;
}

void makeDemo(storage::Database &db, qint64 persons)
{
    DemoOptions options;
    options.persons = persons;
    options.seed = 7;
    const auto made = DemoDataService(db).generate(domain::Actor::systemUser(), options);
    ASSERT_TRUE(made.ok()) << made.error().detail.toStdString();
}

qint64 tableRows(storage::Database &db, const QString &table)
{
    QSqlQuery query(db.connection());
    EXPECT_TRUE(query.exec(QStringLiteral("SELECT count(*) FROM ") + table));
    return query.next() ? query.value(0).toLongLong() : -1;
}

bool hasIssue(const ImportReport &report, ImportIssueCode code)
{
    for (const ImportIssue &issue : report.issues) {
        if (issue.code == code)
            return true;
    }
    return false;
}

std::string issuesText(const ImportReport &report)
{
    std::string text;
    for (const ImportIssue &i : report.issues)
        text += "row " + std::to_string(i.row) + " " + i.column.toStdString() + " '"
                + i.value.left(40).toStdString() + "' " + toCode(i.code).toStdString() + "\n";
    return text;
}

const QList<QString> kInjections = {
    u("=1+2"),
    u("+1"),
    u("-1"),
    u("@SUM(1,2)"),
    u(" =1+2"),
    u("\t=1+2"),
    QString(QChar(0xFEFF)) + u("=1+2"),
    u("=HYPERLINK(\"http://x\",\"y\")"),
    u("\",\"=1+2"),
};

} // namespace

TEST(ExportServiceTest, PseudonymIsTheKeyedHashOfTheCaseCode)
{
    const QByteArray key =
        QByteArray::fromHex("000102030405060708090a0b0c0d0e0f101112131415161718191a1b1c1d1e1f");
    // Computed independently: HMAC-SHA256(key, "QN-2023-0007"), first 16 hex digits.
    const QString expected = QString::fromLatin1(
        QMessageAuthenticationCode::hash("QN-2023-0007", key, QCryptographicHash::Sha256)
            .toHex()
            .left(16));
    EXPECT_EQ(ExportService::pseudonym(key, u("QN-2023-0007")), expected);
    EXPECT_EQ(expected.size(), 16);
    EXPECT_NE(ExportService::pseudonym(key, u("QN-2023-0008")), expected);
}

TEST(ExportServiceTest, DeIdentifiedExportWritesThePseudonymOfEachPerson)
{
    // The export computes the keyed hash with a state prepared once; its cells must be
    // exactly ExportService::pseudonym() of the persons exported.
    test::TempDatabase db;
    makeDemo(db.db(), 120);
    ExportService service(db.db());
    const QString path = db.filePath(u("receptions.csv"));
    const auto done =
        service.exportTable(request(ExchangeTable::Receptions, ExportMode::DeIdentified, path),
                            domain::Actor::systemUser());
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    const QList<QStringList> rows = readCsv(path);
    const qsizetype column = rows.first().indexOf(u("pseudonym"));
    ASSERT_GE(column, 0);
    QSet<QString> written;
    for (qsizetype i = 1; i < rows.size(); ++i)
        written.insert(rows[i][column]);

    QSqlQuery query(db->connection());
    ASSERT_TRUE(query.exec(u("SELECT value FROM settings WHERE key = 'pseudonym_key'")));
    ASSERT_TRUE(query.next());
    const QByteArray key = QByteArray::fromHex(query.value(0).toString().toLatin1());
    ASSERT_EQ(key.size(), 32);
    ASSERT_TRUE(query.exec(u("SELECT DISTINCT p.case_code FROM person p JOIN reception r"
                             " ON r.person_id = p.id WHERE p.archived = 0 AND r.archived = 0")));
    QSet<QString> expected;
    while (query.next())
        expected.insert(ExportService::pseudonym(key, query.value(0).toString()));
    EXPECT_GT(expected.size(), 100);
    EXPECT_EQ(written, expected);
}

TEST(ExportServiceTest, DeIdentifiedExportHoldsNoRestrictedValueOfAnyPerson)
{
    test::TempDatabase db;
    makeDemo(db.db(), 300);
    ExportService service(db.db());
    const auto actor = domain::Actor::systemUser();

    QSet<QString> cells;
    QStringList pseudonyms;
    for (const ExchangeTable table :
         {ExchangeTable::Receptions, ExchangeTable::Supports, ExchangeTable::Batches}) {
        const QString path = db.filePath(exchange::toCode(table) + u(".csv"));
        const auto done =
            service.exportTable(request(table, ExportMode::DeIdentified, path), actor);
        ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
        const QList<QStringList> rows = readCsv(path);
        ASSERT_EQ(rows.size(), done->rows + 1);
        // Label columns hold reference names (an other name may be "Hoa", also the name of
        // an ethnic group); every other cell is checked.
        for (const QStringList &row : rows) {
            for (qsizetype c = 0; c < row.size(); ++c) {
                if (!rows.first().at(c).endsWith(u("_label")))
                    cells.insert(row[c]);
            }
        }
        if (table == ExchangeTable::Receptions) {
            ASSERT_GT(done->rows, 100);
            const qsizetype column = rows.first().indexOf(u("pseudonym"));
            ASSERT_GE(column, 0);
            for (qsizetype i = 1; i < rows.size(); ++i)
                pseudonyms.append(rows[i][column]);
        }
    }

    // Every restricted value of every person: none may appear as a cell or inside one.
    QSqlQuery persons(db->connection());
    ASSERT_TRUE(persons.exec(QStringLiteral(
        "SELECT case_code, full_name, other_names, document_number, address_line, phone,"
        " family_contact, residence_commune, residence_commune_text, notes FROM person")));
    qint64 checked = 0;
    while (persons.next()) {
        for (int i = 0; i < 10; ++i) {
            const QString value = persons.value(i).toString();
            if (value.isEmpty())
                continue;
            ++checked;
            EXPECT_FALSE(cells.contains(value)) << "column " << i << ": " << value.toStdString();
            if (value.size() >= 6 && i != 7) {
                for (const QString &cell : std::as_const(cells))
                    ASSERT_FALSE(cell.contains(value)) << value.toStdString();
            }
        }
    }
    EXPECT_GT(checked, 600);

    // Pseudonyms are stable: a second export gives the same ones.
    const QString again = db.filePath(u("again.csv"));
    ASSERT_TRUE(
        service
            .exportTable(request(ExchangeTable::Receptions, ExportMode::DeIdentified, again), actor)
            .ok());
    const QList<QStringList> rows = readCsv(again);
    const qsizetype column = rows.first().indexOf(u("pseudonym"));
    for (qsizetype i = 1; i < rows.size(); ++i)
        EXPECT_EQ(rows[i][column], pseudonyms[i - 1]);
    for (const QString &p : pseudonyms)
        EXPECT_EQ(p.size(), 16);
}

TEST(ExportServiceTest, FullExportIsAuditedWithPeriodTableRowsAndFileName)
{
    test::TempDatabase db;
    makeDemo(db.db(), 30);
    ExportService service(db.db());
    const QString path = db.filePath(u("full.csv"));
    const auto done = service.exportTable(request(ExchangeTable::Supports, ExportMode::Full, path),
                                          domain::Actor::systemUser());
    ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
    EXPECT_TRUE(fileBytes(path).startsWith("\xEF\xBB\xBF"
                                           "case_code,"));
    EXPECT_FALSE(QFileInfo(path).permissions() & (QFile::ReadOther | QFile::ReadGroup));

    QSqlQuery audit(db->connection());
    ASSERT_TRUE(audit.exec(
        QStringLiteral("SELECT changes FROM audit_log WHERE action = 'export' ORDER BY id DESC")));
    ASSERT_TRUE(audit.next());
    const QJsonObject changes = QJsonDocument::fromJson(audit.value(0).toByteArray()).object();
    EXPECT_EQ(changes.value(u("table")).toString(), u("supports"));
    EXPECT_EQ(changes.value(u("mode")).toString(), u("full"));
    EXPECT_EQ(changes.value(u("period_from")).toString(), u("1990-01-01"));
    EXPECT_EQ(changes.value(u("period_to")).toString(), u("2099-12-31"));
    EXPECT_EQ(changes.value(u("rows")).toInteger(), done->rows);
    EXPECT_EQ(changes.value(u("file")).toString(), u("full.csv"));
}

TEST(ExportServiceTest, CancelledOrFailedExportLeavesNoFileUnderTheTargetName)
{
    test::TempDatabase db;
    makeDemo(db.db(), 400);
    ExportService service(db.db());
    const QString path = db.filePath(u("target.csv"));
    writeFile(path, "previous content");

    std::atomic_bool cancel{false};
    const auto cancelled = service.exportTable(
        request(ExchangeTable::Supports, ExportMode::Full, path),
        domain::Actor::systemUser(),
        [&](qint64, qint64) { cancel = true; },
        &cancel);
    ASSERT_FALSE(cancelled.ok());
    EXPECT_EQ(cancelled.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(fileBytes(path), QByteArray("previous content"));
    EXPECT_EQ(QDir(db.dir()).entryList({u("target.csv*")}, QDir::Files),
              QStringList{u("target.csv")});

    const QString missingDir = db.filePath(u("no/such/dir/out.csv"));
    const auto failed =
        service.exportTable(request(ExchangeTable::Receptions, ExportMode::Full, missingDir),
                            domain::Actor::systemUser());
    ASSERT_FALSE(failed.ok());
    EXPECT_EQ(failed.error().code, ErrorCode::Io);
    EXPECT_FALSE(QFile::exists(missingDir));

    QSqlQuery audit(db->connection());
    ASSERT_TRUE(
        audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'export'")));
    ASSERT_TRUE(audit.next());
    EXPECT_EQ(audit.value(0).toInt(), 0);
}

TEST(ExchangeRoundTripTest, FullExportImportedIntoEmptyDatabaseExportsIdentically)
{
    test::TempDatabase source;
    makeDemo(source.db(), 250);
    ExportService exporter(source.db());
    const auto actor = domain::Actor::systemUser();
    // Every table that can be imported, in the order of the one list.
    QList<ExchangeTable> tables;
    for (const ExchangeTable table : exchange::exchangeTables()) {
        if (exchange::isImportable(table))
            tables.append(table);
    }
    QHash<ExchangeTable, QByteArray> first;
    for (const ExchangeTable table : tables) {
        const QString path = source.filePath(u("first_") + exchange::toCode(table) + u(".csv"));
        const auto done = exporter.exportTable(request(table, ExportMode::Full, path), actor);
        ASSERT_TRUE(done.ok()) << done.error().detail.toStdString();
        ASSERT_GT(done->rows, 0);
        first.insert(table, fileBytes(path));
    }

    test::TempDatabase target;
    ImportService importer(target.db());
    for (const ExchangeTable table : tables) {
        const QString path = source.filePath(u("first_") + exchange::toCode(table) + u(".csv"));
        const auto report = importer.importFile(path, ImportOptions{}, actor);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        ASSERT_TRUE(report->isValid()) << issuesText(*report);
        EXPECT_TRUE(report->written);
        EXPECT_EQ(report->created, report->rows);
    }

    ExportService second(target.db());
    for (const ExchangeTable table : tables) {
        const QString path = target.filePath(u("second_") + exchange::toCode(table) + u(".csv"));
        ASSERT_TRUE(second.exportTable(request(table, ExportMode::Full, path), actor).ok());
        EXPECT_EQ(fileBytes(path), first.value(table)) << exchange::toCode(table).toStdString();
    }

    // The period report computed from both databases is the same, follow-ups included
    // (tests/services/ExchangeRoundTripTest.cpp compares every record and figure).
    const auto reportJson = [&](storage::Database &db, const QString &path) {
        const auto written = ReportService(db).writeReport(
            actor, allTime(), ReportService::Format::Json, reports::Language::English, path);
        EXPECT_TRUE(written.ok());
        return fileBytes(path);
    };
    const QByteArray before = reportJson(source.db(), source.filePath(u("report.json")));
    EXPECT_FALSE(before.isEmpty());
    EXPECT_EQ(reportJson(target.db(), target.filePath(u("report.json"))).toStdString(),
              before.toStdString());

    QSqlQuery audit(target->connection());
    ASSERT_TRUE(
        audit.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = 'import'")));
    ASSERT_TRUE(audit.next());
    EXPECT_EQ(audit.value(0).toInt(), tables.size());
    // The demo's calls that became cases came back linked to the same cases.
    QSqlQuery linked(target->connection());
    ASSERT_TRUE(linked.exec(QStringLiteral(
        "SELECT count(*) FROM hotline_call c JOIN reception r ON r.id = c.reception_id"
        " WHERE r.person_id = c.person_id")));
    ASSERT_TRUE(linked.next());
    EXPECT_GT(linked.value(0).toInt(), 0);
}

qint64 callRows(storage::Database &db)
{
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM hotline_call")));
    return q.next() ? q.value(0).toLongLong() : -1;
}

/** A call of the hotline whose free text is @a text (docs/csv-format.md "calls"). */
domain::HotlineCall callWithText(const QDate &date, const QString &text)
{
    domain::HotlineCall c;
    c.date = date;
    c.time = u("09:30");
    c.callerType = domain::CallerType::Family;
    c.callerName = text;
    c.reason = domain::CallReason::ViolenceAbuse;
    c.urgency = domain::CallUrgency::Urgent;
    c.actions = {domain::CallAction::Advised, domain::CallAction::ReferredPolice};
    c.notes = text;
    return c;
}

TEST(ExchangeRoundTripTest, CallsTravelWholeWithTheirFormulasNeutralised)
{
    test::TempDatabase source;
    const auto actor = domain::Actor::systemUser();
    storage::HotlineRepository calls(source.db());
    int n = 0;
    for (const QString &value : kInjections)
        ASSERT_TRUE(calls.insert(callWithText(QDate(2023, 1, 1).addDays(n++), value), actor).ok());
    domain::HotlineCall anonymous;
    anonymous.date = QDate(2023, 2, 1);
    anonymous.time = u("23:59");
    ASSERT_TRUE(calls.insert(anonymous, actor).ok());

    const QString full = source.filePath(u("calls.csv"));
    const QString deIdentified = source.filePath(u("calls_deid.csv"));
    ExportService exporter(source.db());
    const auto written =
        exporter.exportTable(request(ExchangeTable::Calls, ExportMode::Full, full), actor);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written->rows, kInjections.size() + 1);
    const QByteArray bytes = fileBytes(full);
    EXPECT_TRUE(bytes.contains(",'=1+2,"));
    EXPECT_FALSE(bytes.contains(",=1+2"));
    EXPECT_TRUE(bytes.contains(u("Bạo lực, xâm hại").toUtf8())) << "Vietnamese labels";

    // The de-identified file has neither the caller nor the notes.
    ASSERT_TRUE(
        exporter
            .exportTable(request(ExchangeTable::Calls, ExportMode::DeIdentified, deIdentified),
                         actor)
            .ok());
    const QList<QStringList> deid = readCsv(deIdentified);
    ASSERT_EQ(deid.size(), kInjections.size() + 2);
    EXPECT_FALSE(deid.first().contains(u("caller_name")));
    EXPECT_FALSE(deid.first().contains(u("notes")));
    EXPECT_FALSE(fileBytes(deIdentified).contains("=1+2"));

    test::TempDatabase target;
    const auto report = ImportService(target.db()).importFile(full, ImportOptions{}, actor);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    EXPECT_EQ(report->created, kInjections.size() + 1);
    const QString select = QStringLiteral(
        "SELECT uuid, call_date, call_time, caller_type, caller_name, reason, urgency, actions,"
        " notes FROM hotline_call ORDER BY call_date");
    QSqlQuery original(source->connection());
    QSqlQuery imported(target->connection());
    ASSERT_TRUE(original.exec(select));
    ASSERT_TRUE(imported.exec(select));
    int rows = 0;
    while (original.next()) {
        ASSERT_TRUE(imported.next());
        for (int c = 0; c < 9; ++c)
            EXPECT_EQ(imported.value(c).toString(), original.value(c).toString()) << rows << c;
        ++rows;
    }
    EXPECT_FALSE(imported.next());
    const QString again = target.filePath(u("again.csv"));
    ASSERT_TRUE(ExportService(target.db())
                    .exportTable(request(ExchangeTable::Calls, ExportMode::Full, again), actor)
                    .ok());
    EXPECT_EQ(fileBytes(again), bytes);

    // Importing it again without --update: every call is already there, nothing is written.
    const auto twice = ImportService(target.db()).importFile(full, ImportOptions{}, actor);
    ASSERT_TRUE(twice.ok());
    EXPECT_FALSE(twice->isValid());
    EXPECT_FALSE(twice->written);
    EXPECT_EQ(callRows(target.db()), kInjections.size() + 1);
}

// A call that became a case archived since travels without its link: the export does not carry
// the archived case, so a link would only make the import refuse the file (unknown case); the
// report does not count it as a call that became a case, in either database.
TEST(ExchangeRoundTripTest, ACallOfAnArchivedCaseTravelsWithoutItsLink)
{
    test::TempDatabase source;
    const auto actor = domain::Actor::systemUser();
    demo::DemoOptions options;
    options.persons = 300;
    options.seed = 7;
    ASSERT_TRUE(demo::DemoDataService(source.db()).generate(actor, options).ok());
    QSqlQuery q(source->connection());
    ASSERT_TRUE(q.exec(u("SELECT c.uuid, p.id, p.version FROM hotline_call c JOIN person p ON"
                         " p.id = c.person_id ORDER BY c.id LIMIT 1"))
                && q.next())
        << "the demonstration links calls to the cases they became";
    const QString callUuid = q.value(0).toString();
    const domain::Actor manager{0, u("manager"), domain::Role::Manager};
    ASSERT_TRUE(CaseService(source.db())
                    .archivePerson(manager,
                                   q.value(1).toLongLong(),
                                   q.value(2).toInt(),
                                   u("Entered twice; the other case is kept"))
                    .ok());
    const auto becameCases = [](storage::Database &db) {
        const auto figures = ReportService(db).summary(domain::Actor::systemUser(), allTime());
        EXPECT_TRUE(figures.ok());
        return figures.ok() ? figures->total.hotline.becameCases : -1;
    };
    ASSERT_TRUE(q.exec(u("SELECT count(*) FROM hotline_call c JOIN person p ON p.id = c.person_id"
                         " WHERE c.archived = 0 AND p.archived = 0"))
                && q.next());
    EXPECT_EQ(becameCases(source.db()), q.value(0).toLongLong());

    const QString full = source.filePath(u("calls.csv"));
    ASSERT_TRUE(ExportService(source.db())
                    .exportTable(request(ExchangeTable::Calls, ExportMode::Full, full), actor)
                    .ok());
    const QList<QStringList> rows = readCsv(full);
    ASSERT_FALSE(rows.isEmpty());
    const qsizetype uuidAt = rows.first().indexOf(u("call_uuid"));
    const qsizetype caseAt = rows.first().indexOf(u("case_code"));
    ASSERT_GE(uuidAt, 0);
    ASSERT_GE(caseAt, 0);
    bool found = false;
    for (const QStringList &row : rows) {
        if (row.value(uuidAt) == callUuid) {
            found = true;
            EXPECT_EQ(row.value(caseAt), QString());
        }
    }
    EXPECT_TRUE(found);

    // Into an empty database, after the cases in use: the file accepted whole, the same calls
    // became cases in both.
    const QString cases = source.filePath(u("receptions.csv"));
    ASSERT_TRUE(ExportService(source.db())
                    .exportTable(request(ExchangeTable::Receptions, ExportMode::Full, cases), actor)
                    .ok());
    test::TempDatabase target;
    for (const QString &path : {cases, full}) {
        const auto report = ImportService(target.db()).importFile(path, ImportOptions{}, actor);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        ASSERT_TRUE(report->isValid()) << issuesText(*report);
    }
    EXPECT_EQ(callRows(target.db()), rows.size() - 1);
    QSqlQuery linked(target->connection());
    linked.prepare(u("SELECT person_id IS NULL FROM hotline_call WHERE uuid = ?"));
    linked.addBindValue(callUuid);
    ASSERT_TRUE(linked.exec() && linked.next());
    EXPECT_TRUE(linked.value(0).toBool()) << "imported without its link";
    EXPECT_EQ(becameCases(target.db()), becameCases(source.db()));
}

TEST(ImportCallsTest, ABadRowRefusesTheWholeFileAndNamesRowAndColumn)
{
    test::TempDatabase db;
    const auto actor = domain::Actor::systemUser();
    const QString path = db.filePath(u("calls.csv"));
    writeFile(path,
              "call_date,call_time,duration_minutes,line,caller_type,caller_name,reason,urgency,"
              "actions,case_code\n"
              "2023-01-02,08:00,5,18001769,anonymous,,advice,normal,advised,\n"
              "2023-01-03,8h,-2,18001769,anonymous,Lan,report,normal,advised,\n"
              "2099-01-01,08:00,5,18001769,family,,,normal,,QN-2099-0001\n");
    const auto report = ImportService(db.db()).importFile(path, ImportOptions{}, actor);
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->isValid());
    EXPECT_FALSE(report->written);
    EXPECT_EQ(callRows(db.db()), 0) << "all or nothing";
    QSet<QString> found;
    for (const ImportIssue &i : report->issues)
        found.insert(QString::number(i.row) + u(":") + i.column + u(":") + toCode(i.code));
    for (const char *expected : {"3:call_time:invalid_format",
                                 "3:duration_minutes:negative",
                                 "3:caller_name:inconsistent",
                                 "3:reason:invalid_code",
                                 "4:call_date:in_future",
                                 "4:reason:required",
                                 "4:case_code:unknown_case"})
        EXPECT_TRUE(found.contains(u(expected))) << expected << "\n" << issuesText(*report);
    // A header without the required columns is refused at the header.
    writeFile(path, "call_date,call_time\n2023-01-02,08:00\n");
    const auto header = ImportService(db.db()).importFile(path, ImportOptions{}, actor);
    ASSERT_TRUE(header.ok());
    EXPECT_FALSE(header->isValid());
    EXPECT_EQ(callRows(db.db()), 0);
}

TEST(ExchangeRoundTripTest, FormulaInjectionIsNeutralisedAndImportedBackIdentically)
{
    test::TempDatabase source;
    const auto actor = domain::Actor::systemUser();
    storage::PersonRepository persons(source.db());
    storage::ReceptionRepository receptions(source.db());
    int n = 0;
    for (const QString &value : kInjections) {
        domain::Person p;
        p.fullName = value;
        p.otherNames = value;
        p.sex = domain::Sex::Female;
        p.birthDate = domain::PartialDate::fromYear(1999);
        p.notes = value;
        const auto saved = persons.insert(p, actor, 2023);
        ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
        domain::Reception r;
        r.personId = saved->meta.id;
        r.receptionDate = QDate(2023, 1, 1).addDays(n++);
        r.agencyCode = u("ctxh_qn");
        r.countryCode = u("CN");
        r.route = domain::Route::SelfReported;
        r.identificationStatus = domain::IdentificationStatus::Pending;
        r.notes = value;
        r.exploitation = {domain::ExploitationForm::ForcedMarriage};
        ASSERT_TRUE(receptions.insert(r, actor).ok());
    }
    const QString path = source.filePath(u("injection.csv"));
    ASSERT_TRUE(ExportService(source.db())
                    .exportTable(request(ExchangeTable::Receptions, ExportMode::Full, path), actor)
                    .ok());
    const QByteArray bytes = fileBytes(path);
    // Every cell is neutralised: no line holds a bare formula start after a separator.
    EXPECT_TRUE(bytes.contains(",'=1+2,"));
    EXPECT_TRUE(bytes.contains(",'+1,"));
    EXPECT_TRUE(bytes.contains(",'-1,"));
    EXPECT_TRUE(bytes.contains("\"'@SUM(1,2)\""));
    EXPECT_TRUE(bytes.contains(",' =1+2,"));
    EXPECT_TRUE(bytes.contains(",'\t=1+2,"));
    EXPECT_TRUE(bytes.contains("\"'=HYPERLINK(\"\"http://x\"\",\"\"y\"\")\""));
    EXPECT_FALSE(bytes.contains(",=1+2"));

    test::TempDatabase target;
    const auto report = ImportService(target.db()).importFile(path, ImportOptions{}, actor);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    // Every value comes back exactly as the source database holds it. (SQLite itself drops
    // a leading U+FEFF from text bound as UTF-16, so the source already lacks that one; the
    // CSV layer keeps it: CsvReaderTest.RoundTripsInjectionsAndAwkwardText.)
    const QString select = QStringLiteral(
        "SELECT p.full_name, p.other_names, p.notes, r.notes FROM reception r JOIN person p"
        " ON p.id = r.person_id ORDER BY r.reception_date");
    QSqlQuery original(source->connection());
    QSqlQuery imported(target->connection());
    ASSERT_TRUE(original.exec(select));
    ASSERT_TRUE(imported.exec(select));
    int i = 0;
    while (original.next()) {
        ASSERT_TRUE(imported.next());
        ASSERT_LT(i, kInjections.size());
        for (int c = 0; c < 4; ++c)
            EXPECT_EQ(imported.value(c).toString(), original.value(c).toString()) << i << ":" << c;
        if (!kInjections[i].startsWith(QChar(0xFEFF))) {
            EXPECT_EQ(imported.value(0).toString(), kInjections[i]);
            EXPECT_EQ(imported.value(3).toString(), kInjections[i]);
        }
        ++i;
    }
    EXPECT_FALSE(imported.next());
    EXPECT_EQ(i, kInjections.size());

    const QString soffice = QStandardPaths::findExecutable(u("soffice"));
    if (soffice.isEmpty())
        GTEST_SKIP() << "soffice not installed: LibreOffice conversion not checked";
    QTemporaryDir out;
    QProcess convert;
    // CSV filter options: comma, double quote, UTF-8 (76), from line 1; formulas are
    // evaluated by default, as they are when a user opens the file.
    convert.start(soffice,
                  {u("--headless"),
                   u("-env:UserInstallation=file://") + out.path() + u("/profile"),
                   u("--infilter=CSV:44,34,76,1"),
                   u("--convert-to"),
                   u("html"),
                   u("--outdir"),
                   out.path(),
                   path});
    ASSERT_TRUE(convert.waitForFinished(120000));
    const QString html = QString::fromUtf8(fileBytes(out.filePath(u("injection.html"))));
    ASSERT_FALSE(html.isEmpty());

    // Cells of each row; LibreOffice marks an evaluated (numeric) cell with sdval="…".
    static const QRegularExpression rowPattern(QStringLiteral("<tr>(.*?)</tr>"),
                                               QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression cellPattern(QStringLiteral("<td([^>]*)>(.*?)</td>"),
                                                QRegularExpression::DotMatchesEverythingOption);
    static const QRegularExpression tag(QStringLiteral("<[^>]*>"));
    QList<QList<QPair<QString, QString>>> table; // (attributes, text) per cell
    for (auto r = rowPattern.globalMatch(html); r.hasNext();) {
        QList<QPair<QString, QString>> cells;
        for (auto c = cellPattern.globalMatch(r.next().captured(1)); c.hasNext();) {
            const auto m = c.next();
            QString text = m.captured(2);
            text.remove(tag);
            text.replace(u("&quot;"), u("\""));
            text.replace(u("&lt;"), u("<"));
            text.replace(u("&gt;"), u(">"));
            text.replace(u("&amp;"), u("&"));
            cells.append({m.captured(1), text});
        }
        table.append(cells);
    }
    ASSERT_EQ(table.size(), kInjections.size() + 1);
    QList<qsizetype> checked;
    for (const char *name : {"full_name", "other_names", "person_notes", "reception_notes"}) {
        qsizetype index = -1;
        for (qsizetype c = 0; c < table.first().size(); ++c) {
            if (table.first()[c].second.trimmed() == QLatin1String(name))
                index = c;
        }
        ASSERT_GE(index, 0) << name;
        checked.append(index);
    }
    for (qsizetype r = 1; r < table.size(); ++r) {
        for (const qsizetype c : checked) {
            ASSERT_LT(c, table[r].size());
            const auto &[attributes, text] = table[r][c];
            EXPECT_FALSE(attributes.contains(u("sdval"))) << "row " << r << ": evaluated";
            EXPECT_FALSE(text.contains(u("href"))) << "row " << r;
            // The text is shown, with the apostrophe that disarmed it where one was needed.
            if (exchange::FormulaGuard::needsApostrophe(kInjections[r - 1])) {
                EXPECT_TRUE(text.contains(u("'"))) << "row " << r << ": " << text.toStdString();
            } else {
                EXPECT_EQ(text, kInjections[r - 1]) << "row " << r;
            }
        }
    }
    EXPECT_FALSE(html.contains(u("href=\"http://x")));
}

TEST(ImportServiceTest, TemplateImportsByCodesAndFoldedNames)
{
    test::TempDatabase db;
    const QString path = db.filePath(u("template.csv"));
    ASSERT_TRUE(ExportService::writeTemplate(path).ok());
    const auto report =
        ImportService(db.db()).importFile(path, ImportOptions{}, domain::Actor::systemUser());
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    EXPECT_EQ(report->personsCreated, 1);
    EXPECT_EQ(report->created, 1);
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT p.case_code, p.ethnicity, p.residence_province, r.country_code, r.outcome"
        " FROM person p JOIN reception r ON r.person_id = p.id")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), u("QN-2023-0001"));
    EXPECT_EQ(q.value(1).toString(), u("01"));
    EXPECT_EQ(q.value(2).toString(), u("22"));
    EXPECT_EQ(q.value(3).toString(), u("CN"));
    EXPECT_EQ(q.value(4).toString(), u("handed_over_to_family"));
}

namespace {

// exploitation is given although it is optional: ReceptionRepository binds an empty list
// as NULL, which the NOT NULL column refuses (reported to the repositories' owner).
const QByteArray kHeader =
    "case_code,full_name,sex,reception_date,agency,country,route,identification_status,"
    "case_status,exploitation\r\n";
const QByteArray kRow = "QN-2024-0500,Trần Thị Thử,female,2024-02-03,ctxh_qn,CN,self_reported,"
                        "pending,open,forced_labour\r\n";
const QByteArray kSupportHeader =
    "case_code,reception_date,type,support_date,amount_vnd,status\r\n";

struct BadInput
{
    const char *name;
    QByteArray bytes;
    ImportIssueCode expected;
    qint64 row = -1; ///< -1: not checked
    const char *column = nullptr;
};

QByteArray replaced(QByteArray row, const char *from, const char *to)
{
    return row.replace(from, to);
}

} // namespace

class ImportBadInputTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        const QString path = m_db.filePath(u("seed.csv"));
        writeFile(path, kHeader + kRow);
        const auto seeded = ImportService(m_db.db()).importFile(path, ImportOptions{}, m_actor);
        ASSERT_TRUE(seeded.ok());
        ASSERT_TRUE(seeded->isValid()) << issuesText(*seeded);
    }

    ImportReport expectRefused(const BadInput &input, ImportOptions options = {})
    {
        const QByteArray before = contentHash(m_db.db());
        const QString path = m_db.filePath(u("bad.csv"));
        writeFile(path, input.bytes);
        const auto report = ImportService(m_db.db()).importFile(path, options, m_actor);
        EXPECT_TRUE(report.ok()) << input.name;
        if (!report.ok())
            return {};
        EXPECT_FALSE(report->isValid()) << input.name;
        EXPECT_FALSE(report->written) << input.name;
        EXPECT_TRUE(hasIssue(*report, input.expected))
            << input.name << ": expected " << toCode(input.expected).toStdString() << ", got\n"
            << issuesText(*report);
        if (input.row >= 0 && !report->issues.isEmpty()) {
            EXPECT_EQ(report->issues.first().row, input.row) << input.name;
        }
        if (input.column && !report->issues.isEmpty()) {
            EXPECT_EQ(report->issues.first().column, QString::fromUtf8(input.column)) << input.name;
        }
        EXPECT_EQ(contentHash(m_db.db()), before) << input.name;
        return *report;
    }

    test::TempDatabase m_db;
    domain::Actor m_actor = domain::Actor::systemUser();
};

TEST_F(ImportBadInputTest, EveryBadInputIsRefusedAndLeavesTheDatabaseUnchanged)
{
    QByteArray big = kHeader;
    big.append("QN-2024-0600,");
    big.append(QByteArray(5 * 1024 * 1024, 'x'));
    big.append(",female,2024-02-03,ctxh_qn,CN,self_reported,pending,open\r\n");

    const QList<BadInput> inputs = {
        {"empty file", QByteArray(), ImportIssueCode::EmptyFile, 0},
        {"BOM only", "\xEF\xBB\xBF", ImportIssueCode::EmptyFile, 0},
        {"header only", kHeader, ImportIssueCode::HeaderOnly, 1},
        {"header and blank rows", kHeader + "\r\n,,,,,,,,\r\n", ImportIssueCode::HeaderOnly, 1},
        {"missing column",
         "case_code,full_name,reception_date,agency,country,route,identification_status,"
         "case_status\r\nQN-2024-0601,A B,2024-02-03,ctxh_qn,CN,other,pending,open\r\n",
         ImportIssueCode::MissingColumn,
         1,
         "sex"},
        {"extra cells",
         kHeader + replaced(kRow, "open", "open,surplus"),
         ImportIssueCode::WrongCellCount,
         2},
        {"missing cells",
         kHeader + replaced(kRow, ",open", ""),
         ImportIssueCode::WrongCellCount,
         2},
        {"unknown column",
         replaced(kHeader, "case_status", "case_status,favourite_colour")
             + replaced(kRow, "open", "open,blue"),
         ImportIssueCode::UnknownColumn,
         1,
         "favourite_colour"},
        {"bad date",
         kHeader + replaced(kRow, "2024-02-03", "03-02-2024x"),
         ImportIssueCode::InvalidDate,
         2,
         "reception_date"},
        {"impossible date",
         kHeader + replaced(kRow, "2024-02-03", "2023-02-30"),
         ImportIssueCode::InvalidDate,
         2,
         "reception_date"},
        {"negative amount",
         kSupportHeader + "QN-2024-0500,2024-02-03,medical,2024-02-04,-5,provided\r\n",
         ImportIssueCode::Negative,
         2,
         "amount_vnd"},
        {"non-numeric amount",
         kSupportHeader + "QN-2024-0500,2024-02-03,medical,2024-02-04,1.500.000đ,provided\r\n",
         ImportIssueCode::InvalidNumber,
         2,
         "amount_vnd"},
        {"unknown agency",
         kHeader + replaced(kRow, "ctxh_qn", "Cơ quan không có"),
         ImportIssueCode::UnknownReference,
         2,
         "agency"},
        {"unknown country (an official list: no --add-missing-reference hint)",
         kHeader + replaced(kRow, ",CN,", ",Atlantis,"),
         ImportIssueCode::UnknownOfficialReference,
         2,
         "country"},
        {"unknown code",
         kHeader + replaced(kRow, "female", "woman"),
         ImportIssueCode::InvalidCode,
         2,
         "sex"},
        {"unterminated quote",
         kHeader + replaced(kRow, "Trần", "\"Trần"),
         ImportIssueCode::UnterminatedQuote,
         2},
        {"5 MB field (named by its header)", big, ImportIssueCode::FieldTooLarge, 2, "full_name"},
        {"invalid UTF-8 (Windows-1258)",
         kHeader
             + "QN-2024-0602,Tr\xe2n Th\xd2,female,2024-02-03,"
               "ctxh_qn,CN,other,pending,open\r\n",
         ImportIssueCode::InvalidUtf8,
         2},
        {"duplicate case code", kHeader + kRow, ImportIssueCode::CaseCodeExists, 2, "case_code"},
        {"de-identified file",
         "pseudonym,sex,reception_date\r\nabc,female,2024-01-01\r\n",
         ImportIssueCode::DeIdentifiedFile,
         1},
        {"unknown reception",
         kSupportHeader + "QN-2024-0500,2024-03-03,medical,2024-03-04,5,provided\r\n",
         ImportIssueCode::UnknownReception,
         2},
        {"inconsistent person",
         kHeader + replaced(kRow, "0500", "0700")
             + replaced(replaced(kRow, "0500", "0700"), "female", "male"),
         ImportIssueCode::InconsistentPerson,
         3,
         "case_code"},
    };
    for (const BadInput &input : inputs)
        expectRefused(input);
}

TEST_F(ImportBadInputTest, RowCountOverOneMillionIsRefused)
{
    QByteArray bytes = kHeader;
    bytes.reserve(bytes.size() + 1000001 * 3);
    for (int i = 0; i < 1000001; ++i)
        bytes.append("x\r\n");
    const ImportReport report =
        expectRefused({"1,000,001 rows", bytes, ImportIssueCode::TooManyRows, 1000002});
    EXPECT_EQ(report.issueCount, 1);
}

TEST_F(ImportBadInputTest, ListsAtMost200IssuesAndCountsAll)
{
    QByteArray bytes = kHeader;
    for (int i = 0; i < 300; ++i)
        bytes.append(replaced(replaced(kRow, "0500", QByteArray::number(1000 + i).constData()),
                              "2024-02-03",
                              "2024-02-31"));
    const ImportReport report =
        expectRefused({"300 bad dates", bytes, ImportIssueCode::InvalidDate, 2});
    EXPECT_EQ(report.issues.size(), 200);
    EXPECT_EQ(report.issueCount, 300);
}

TEST_F(ImportBadInputTest, FollowUpRowsNameTheirRowAndColumnAndWriteNothing)
{
    // The seeded case QN-2024-0500 has one reception, on 2024-02-03.
    const QByteArray header = "case_code,reception_date,follow_up_date,kind,health,notes\r\n";
    const QList<BadInput> inputs = {
        {"follow-up: impossible date",
         header + "QN-2024-0500,2024-02-03,2024-02-30,home_visit,stable,\r\n",
         ImportIssueCode::InvalidDate,
         2,
         "follow_up_date"},
        {"follow-up: unknown area code",
         header + "QN-2024-0500,2024-02-03,2024-03-01,home_visit,great,\r\n",
         ImportIssueCode::InvalidCode,
         2,
         "health"},
        {"follow-up: no reception of the case that day",
         header + "QN-2024-0500,2024-01-01,2024-03-01,phone_call,stable,\r\n",
         ImportIssueCode::UnknownReception,
         2,
         "reception_date"},
        {"follow-up: before its reception",
         header + "QN-2024-0500,2024-02-03,2024-01-15,phone_call,stable,\r\n",
         ImportIssueCode::BeforeReception,
         2,
         "follow_up_date"},
        {"follow-up: says nothing",
         header + "QN-2024-0500,2024-02-03,2024-03-01,phone_call,,\r\n",
         ImportIssueCode::Required,
         2,
         "notes"},
        {"follow-up: no case code",
         header + ",2024-02-03,2024-03-01,phone_call,stable,\r\n",
         ImportIssueCode::Required,
         2,
         "case_code"},
        {"follow-up: missing date column",
         "case_code,reception_date,follow_up_date_x\r\nQN-2024-0500,2024-02-03,x\r\n",
         ImportIssueCode::UnknownColumn,
         1},
        {"follow-up: a good row then a bad one writes nothing",
         header + "QN-2024-0500,2024-02-03,2024-03-01,home_visit,stable,\r\n"
             + "QN-2024-0500,2024-02-03,2024-03-02,visit,stable,\r\n",
         ImportIssueCode::InvalidCode,
         3,
         "kind"},
    };
    for (const BadInput &input : inputs) {
        const ImportReport report = expectRefused(input);
        if (QByteArray(input.name).startsWith("follow-up: missing"))
            continue;
        EXPECT_EQ(report.table, ExchangeTable::FollowUps) << input.name;
    }
    QSqlQuery count(m_db->connection());
    ASSERT_TRUE(count.exec(QStringLiteral("SELECT count(*) FROM follow_up")));
    ASSERT_TRUE(count.next());
    EXPECT_EQ(count.value(0).toInt(), 0);

    // The same rows, right, are written: found by case code and reception date.
    const QString path = m_db.filePath(u("good.csv"));
    writeFile(path,
              header + "QN-2024-0500,2024-02-03,2024-03-01,home_visit,stable,\r\n"
                  + "QN-2024-0500,2024-02-03,03/04/2024,Phone_Call,needs_support,=1+2\r\n");
    const auto report = ImportService(m_db.db()).importFile(path, ImportOptions{}, m_actor);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    EXPECT_EQ(report->created, 2);
    QSqlQuery rows(m_db->connection());
    ASSERT_TRUE(rows.exec(QStringLiteral(
        "SELECT follow_up_date, kind, health, housing, notes FROM follow_up ORDER BY id")));
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(rows.value(0).toString(), u("2024-03-01"));
    EXPECT_EQ(rows.value(3).toString(), u("unknown"));
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(rows.value(0).toString(), u("2024-04-03"));
    EXPECT_EQ(rows.value(1).toString(), u("phone_call"));
    EXPECT_EQ(rows.value(2).toString(), u("needs_support"));
    EXPECT_EQ(rows.value(4).toString(), u("=1+2"));
}

TEST(ExchangeFollowUpsTest, ExportedImportedUpdatedAndDeIdentifiedWithoutNotes)
{
    test::TempDatabase source;
    makeDemo(source.db(), 40);
    const auto actor = domain::Actor::systemUser();
    // A follow-up whose notes name the family and start like a formula.
    QSqlQuery reception(source->connection());
    ASSERT_TRUE(
        reception.exec(QStringLiteral("SELECT id, reception_date FROM reception WHERE archived = 0"
                                      " ORDER BY reception_date, id LIMIT 1")));
    ASSERT_TRUE(reception.next());
    domain::FollowUp visit;
    visit.receptionId = reception.value(0).toLongLong();
    visit.date = QDate::fromString(reception.value(1).toString(), Qt::ISODate).addDays(3);
    visit.kind = domain::FollowUpKind::PhoneCall;
    visit.health = domain::ReintegrationStatus::NeedsSupport;
    visit.notes = u("=HYPERLINK(\"x\") Nhà bà Lục Thị Mận, thôn Pò Hèn");
    ASSERT_TRUE(storage::FollowUpRepository(source.db()).insert(visit, actor).ok());

    ExportService exporter(source.db());
    const QString full = source.filePath(u("follow_ups.csv"));
    const auto written =
        exporter.exportTable(request(ExchangeTable::FollowUps, ExportMode::Full, full), actor);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    QSqlQuery stored(source->connection());
    ASSERT_TRUE(stored.exec(QStringLiteral("SELECT count(*) FROM follow_up")));
    ASSERT_TRUE(stored.next());
    EXPECT_EQ(written->rows, stored.value(0).toLongLong());
    EXPECT_EQ(exporter.countRows(allTime(), ExchangeTable::FollowUps).value(), written->rows);
    const QByteArray fullBytes = fileBytes(full);
    EXPECT_TRUE(fullBytes.contains("'=HYPERLINK(")) << "the formula guard's apostrophe";
    EXPECT_TRUE(fullBytes.contains(u("Cần hỗ trợ").toUtf8())) << "the Vietnamese label";

    // De-identified: no case code, uuid or notes column, and none of the notes' words.
    const QString deIdentified = source.filePath(u("follow_ups_deid.csv"));
    ASSERT_TRUE(
        exporter
            .exportTable(request(ExchangeTable::FollowUps, ExportMode::DeIdentified, deIdentified),
                         actor)
            .ok());
    const QList<QStringList> deid = readCsv(deIdentified);
    ASSERT_FALSE(deid.isEmpty());
    for (const QString &personal :
         {u("case_code"), u("notes"), u("reception_uuid"), u("follow_up_uuid")})
        EXPECT_FALSE(deid.first().contains(personal)) << personal.toStdString();
    EXPECT_TRUE(deid.first().contains(u("pseudonym")));
    EXPECT_FALSE(fileBytes(deIdentified).contains(u("Lục Thị Mận").toUtf8()));
    EXPECT_FALSE(fileBytes(deIdentified).contains("HYPERLINK"));
    // A de-identified file is refused by the import (its pseudonym column).
    test::TempDatabase refused;
    const auto deidImport =
        ImportService(refused.db()).importFile(deIdentified, ImportOptions{}, actor);
    ASSERT_TRUE(deidImport.ok());
    EXPECT_TRUE(hasIssue(*deidImport, ImportIssueCode::DeIdentifiedFile));

    // Imported after the receptions they belong to: every follow-up, its notes as stored.
    test::TempDatabase target;
    ImportService importer(target.db());
    for (const ExchangeTable table : {ExchangeTable::Batches, ExchangeTable::Receptions}) {
        const QString path = source.filePath(exchange::toCode(table) + u(".csv"));
        ASSERT_TRUE(exporter.exportTable(request(table, ExportMode::Full, path), actor).ok());
        const auto imported = importer.importFile(path, ImportOptions{}, actor);
        ASSERT_TRUE(imported.ok());
        ASSERT_TRUE(imported->isValid()) << issuesText(*imported);
    }
    const auto imported = importer.importFile(full, ImportOptions{}, actor);
    ASSERT_TRUE(imported.ok());
    ASSERT_TRUE(imported->isValid()) << issuesText(*imported);
    EXPECT_EQ(imported->table, ExchangeTable::FollowUps);
    EXPECT_EQ(imported->created, written->rows);
    QSqlQuery notes(target->connection());
    ASSERT_TRUE(notes.exec(QStringLiteral("SELECT notes FROM follow_up WHERE kind = 'phone_call'"
                                          " AND notes LIKE '=HYPERLINK%'")));
    ASSERT_TRUE(notes.next());
    EXPECT_EQ(notes.value(0).toString(), visit.notes);

    // Again: refused record by record without --update, updated in place with it.
    const auto again = importer.importFile(full, ImportOptions{}, actor);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->written);
    ASSERT_FALSE(again->issues.isEmpty());
    EXPECT_EQ(again->issues.first().code, ImportIssueCode::UuidExists);
    EXPECT_EQ(again->issues.first().row, 2);
    EXPECT_EQ(again->issues.first().column, u("follow_up_uuid"));
    ImportOptions update;
    update.existing = ExistingRecords::Update;
    const auto updated = importer.importFile(full, update, actor);
    ASSERT_TRUE(updated.ok());
    ASSERT_TRUE(updated->isValid()) << issuesText(*updated);
    EXPECT_EQ(updated->created, 0);
    EXPECT_EQ(updated->updated, written->rows);
    QSqlQuery total(target->connection());
    ASSERT_TRUE(total.exec(QStringLiteral("SELECT count(*) FROM follow_up")));
    ASSERT_TRUE(total.next());
    EXPECT_EQ(total.value(0).toLongLong(), written->rows);
}

TEST_F(ImportBadInputTest, StayRowsKeepTheShelterRulesAndWriteNothingWhenRefused)
{
    // The seeded case QN-2024-0500 has one reception, on 2024-02-03. Room ctxh_06 is no
    // longer in use and ctxh_05 has no bed (capacity 0): set here as an administrator would.
    QSqlQuery setUp(m_db->connection());
    ASSERT_TRUE(
        setUp.exec(QStringLiteral("UPDATE shelter_room SET archived = 1, archive_reason = 'closed'"
                                  " WHERE code = 'ctxh_06'")));
    ASSERT_TRUE(
        setUp.exec(QStringLiteral("UPDATE shelter_room SET capacity = 0 WHERE code = 'ctxh_05'")));
    const QByteArray header =
        "case_code,reception_date,room,admitted_date,left_date,leaving_reason,notes\r\n";
    const QByteArray good =
        "QN-2024-0500,2024-02-03,ctxh_01,2024-02-03,2024-02-10,handed_over_to_family,\r\n";
    const QList<BadInput> inputs = {
        {"stay: unknown room",
         header + "QN-2024-0500,2024-02-03,ctxh_99,2024-02-03,,,\r\n",
         ImportIssueCode::UnknownRoom,
         2,
         "room"},
        {"stay: archived room",
         header + "QN-2024-0500,2024-02-03,ctxh_06,2024-02-03,,,\r\n",
         ImportIssueCode::UnknownRoom,
         2,
         "room"},
        {"stay: room full",
         header + "QN-2024-0500,2024-02-03,ctxh_05,2024-02-03,,,\r\n",
         ImportIssueCode::RoomFull,
         2,
         "room"},
        {"stay: overlapping an earlier row of the person",
         header + good + "QN-2024-0500,2024-02-03,ctxh_02,2024-02-09,,,\r\n",
         ImportIssueCode::StayOverlap,
         3,
         "admitted_date"},
        {"stay: left before admission",
         header + "QN-2024-0500,2024-02-03,ctxh_01,2024-02-05,2024-02-04,returned_home,\r\n",
         ImportIssueCode::Inconsistent,
         2,
         "left_date"},
        {"stay: left without a reason",
         header + "QN-2024-0500,2024-02-03,ctxh_01,2024-02-05,2024-02-08,,\r\n",
         ImportIssueCode::Required,
         2,
         "leaving_reason"},
        {"stay: admitted before its reception",
         header + "QN-2024-0500,2024-02-03,ctxh_01,2024-01-05,,,\r\n",
         ImportIssueCode::BeforeReception,
         2,
         "admitted_date"},
        {"stay: no reception of the case that day",
         header + "QN-2024-0500,2024-01-01,ctxh_01,2024-02-05,,,\r\n",
         ImportIssueCode::UnknownReception,
         2,
         "reception_date"},
        {"stay: impossible admission date",
         header + "QN-2024-0500,2024-02-03,ctxh_01,2024-02-30,,,\r\n",
         ImportIssueCode::InvalidDate,
         2,
         "admitted_date"},
        {"stay: a dry run sees the overlap of two rows too",
         header + good + "QN-2024-0500,2024-02-03,ctxh_01,2024-02-04,,,\r\n",
         ImportIssueCode::StayOverlap,
         3,
         "admitted_date"},
    };
    for (const BadInput &input : inputs) {
        ImportOptions options;
        if (QByteArray(input.name).contains("dry run"))
            options.run = ImportRun::DryRun;
        const ImportReport report = expectRefused(input, options);
        EXPECT_EQ(report.table, ExchangeTable::Stays) << input.name;
    }
    EXPECT_EQ(tableRows(m_db.db(), u("shelter_stay")), 0);

    // The overlap with a stay already stored is refused too.
    const QString path = m_db.filePath(u("good.csv"));
    writeFile(path, header + good);
    const auto first = ImportService(m_db.db()).importFile(path, ImportOptions{}, m_actor);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(first->isValid()) << issuesText(*first);
    expectRefused({"stay: overlapping a stored stay",
                   header + "QN-2024-0500,2024-02-03,ctxh_03,2024-02-05,,,\r\n",
                   ImportIssueCode::StayOverlap,
                   2,
                   "admitted_date"});

    // Right rows are written: the room found by its code in any case, notes kept as written.
    writeFile(path, header + "QN-2024-0500,2024-02-03,CTXH_02,2024-02-10,,,=1+2\r\n");
    const auto second = ImportService(m_db.db()).importFile(path, ImportOptions{}, m_actor);
    ASSERT_TRUE(second.ok());
    ASSERT_TRUE(second->isValid()) << issuesText(*second);
    EXPECT_EQ(second->created, 1);
    QSqlQuery rows(m_db->connection());
    ASSERT_TRUE(rows.exec(QStringLiteral("SELECT room_code, admitted_date, left_date,"
                                         " leaving_reason, notes FROM shelter_stay ORDER BY id")));
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(rows.value(0).toString(), u("ctxh_01"));
    EXPECT_EQ(rows.value(2).toString(), u("2024-02-10"));
    EXPECT_EQ(rows.value(3).toString(), u("handed_over_to_family"));
    ASSERT_TRUE(rows.next());
    EXPECT_EQ(rows.value(0).toString(), u("ctxh_02"));
    EXPECT_EQ(rows.value(1).toString(), u("2024-02-10"));
    EXPECT_EQ(rows.value(2).toString(), QString());
    EXPECT_EQ(rows.value(4).toString(), u("=1+2"));
}

TEST(ExchangeStaysTest, ExportedImportedUpdatedAndDeIdentifiedWithoutNotes)
{
    test::TempDatabase source;
    makeDemo(source.db(), 60);
    const auto actor = domain::Actor::systemUser();
    // A stay whose notes name a relative and start like a formula, on a reception of no stay.
    QSqlQuery reception(source->connection());
    ASSERT_TRUE(reception.exec(QStringLiteral(
        "SELECT r.id, r.reception_date FROM reception r WHERE r.archived = 0"
        " AND NOT EXISTS (SELECT 1 FROM shelter_stay s JOIN reception o ON o.id = s.reception_id"
        "  WHERE o.person_id = r.person_id)"
        " ORDER BY r.reception_date, r.id LIMIT 1")));
    ASSERT_TRUE(reception.next());
    domain::ShelterStay stay;
    stay.receptionId = reception.value(0).toLongLong();
    stay.admitted = QDate::fromString(reception.value(1).toString(), Qt::ISODate);
    stay.left = stay.admitted.addDays(5);
    stay.leavingReason = u("handed_over_to_family");
    stay.notes = u("=HYPERLINK(\"x\") Mẹ là bà Lục Thị Mận đón về");
    QSqlQuery room(source->connection());
    ASSERT_TRUE(room.exec(QStringLiteral("SELECT code FROM shelter_room WHERE archived = 0"
                                         " ORDER BY sort_order DESC LIMIT 1")));
    ASSERT_TRUE(room.next());
    stay.roomCode = room.value(0).toString();
    ASSERT_TRUE(storage::ShelterStayRepository(source.db()).insert(stay, actor).ok());

    ExportService exporter(source.db());
    const QString full = source.filePath(u("stays.csv"));
    const auto written =
        exporter.exportTable(request(ExchangeTable::Stays, ExportMode::Full, full), actor);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written->rows, tableRows(source.db(), u("shelter_stay")));
    EXPECT_EQ(exporter.countRows(allTime(), ExchangeTable::Stays).value(), written->rows);
    const QByteArray fullBytes = fileBytes(full);
    EXPECT_TRUE(fullBytes.contains("'=HYPERLINK(")) << "the formula guard's apostrophe";
    EXPECT_TRUE(fullBytes.contains(u("Bàn giao cho gia đình").toUtf8())) << "the label";

    // De-identified: the pseudonym, no case code, uuid or notes, none of the notes' words.
    const QString deIdentified = source.filePath(u("stays_deid.csv"));
    ASSERT_TRUE(
        exporter
            .exportTable(request(ExchangeTable::Stays, ExportMode::DeIdentified, deIdentified),
                         actor)
            .ok());
    const QList<QStringList> deid = readCsv(deIdentified);
    ASSERT_FALSE(deid.isEmpty());
    for (const QString &personal :
         {u("case_code"), u("notes"), u("reception_uuid"), u("stay_uuid")})
        EXPECT_FALSE(deid.first().contains(personal)) << personal.toStdString();
    EXPECT_TRUE(deid.first().contains(u("pseudonym")));
    EXPECT_TRUE(deid.first().contains(u("room")));
    EXPECT_FALSE(fileBytes(deIdentified).contains(u("Lục Thị Mận").toUtf8()));

    // Imported after the receptions they belong to: every stay, its notes as stored.
    test::TempDatabase target;
    ImportService importer(target.db());
    for (const ExchangeTable table : {ExchangeTable::Batches, ExchangeTable::Receptions}) {
        const QString path = source.filePath(exchange::toCode(table) + u(".csv"));
        ASSERT_TRUE(exporter.exportTable(request(table, ExportMode::Full, path), actor).ok());
        const auto imported = importer.importFile(path, ImportOptions{}, actor);
        ASSERT_TRUE(imported.ok());
        ASSERT_TRUE(imported->isValid()) << issuesText(*imported);
    }
    const auto imported = importer.importFile(full, ImportOptions{}, actor);
    ASSERT_TRUE(imported.ok());
    ASSERT_TRUE(imported->isValid()) << issuesText(*imported);
    EXPECT_EQ(imported->table, ExchangeTable::Stays);
    EXPECT_EQ(imported->created, written->rows);
    QSqlQuery notes(target->connection());
    ASSERT_TRUE(notes.exec(QStringLiteral("SELECT notes, room_code, supports_through"
                                          " FROM shelter_stay WHERE notes LIKE '=HYPERLINK%'")));
    ASSERT_TRUE(notes.next());
    EXPECT_EQ(notes.value(0).toString(), stay.notes);
    EXPECT_EQ(notes.value(1).toString(), stay.roomCode);
    // The same stays in the copy, their supports_through included (no day converted twice).
    QSqlQuery compare(source->connection());
    ASSERT_TRUE(compare.exec(
        QStringLiteral("SELECT uuid || room_code || admitted_date || left_date || leaving_reason"
                       " || supports_through FROM shelter_stay ORDER BY uuid")));
    QStringList before;
    while (compare.next())
        before << compare.value(0).toString();
    QSqlQuery copied(target->connection());
    ASSERT_TRUE(copied.exec(
        QStringLiteral("SELECT uuid || room_code || admitted_date || left_date || leaving_reason"
                       " || supports_through FROM shelter_stay ORDER BY uuid")));
    QStringList after;
    while (copied.next())
        after << copied.value(0).toString();
    EXPECT_EQ(after, before);

    // Again: refused record by record without --update, updated in place with it (the
    // stays do not overlap themselves).
    const auto again = importer.importFile(full, ImportOptions{}, actor);
    ASSERT_TRUE(again.ok());
    EXPECT_FALSE(again->written);
    ASSERT_FALSE(again->issues.isEmpty());
    EXPECT_EQ(again->issues.first().code, ImportIssueCode::UuidExists);
    EXPECT_EQ(again->issues.first().row, 2);
    EXPECT_EQ(again->issues.first().column, u("stay_uuid"));
    ImportOptions update;
    update.existing = ExistingRecords::Update;
    const auto updated = importer.importFile(full, update, actor);
    ASSERT_TRUE(updated.ok());
    ASSERT_TRUE(updated->isValid()) << issuesText(*updated);
    EXPECT_EQ(updated->created, 0);
    EXPECT_EQ(updated->updated, written->rows);
    EXPECT_EQ(tableRows(target.db(), u("shelter_stay")), written->rows);
}

TEST_F(ImportBadInputTest, DryRunValidatesOnly)
{
    const QByteArray before = contentHash(m_db.db());
    const QString path = m_db.filePath(u("ok.csv"));
    writeFile(path, kHeader + replaced(kRow, "0500", "0800"));
    ImportOptions options;
    options.run = ImportRun::DryRun;
    const auto report = ImportService(m_db.db()).importFile(path, options, m_actor);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->isValid()) << issuesText(*report);
    EXPECT_FALSE(report->written);
    EXPECT_EQ(report->rows, 1);
    EXPECT_EQ(contentHash(m_db.db()), before);
}

TEST_F(ImportBadInputTest, AddMissingReferenceCreatesAndReportsIt)
{
    const QString path = m_db.filePath(u("new_agency.csv"));
    writeFile(path,
              kHeader
                  + replaced(replaced(kRow, "0500", "0900"), "ctxh_qn", "Đồn Biên phòng Hải Hà"));
    ImportOptions options;
    options.missingReferences = MissingReferences::Add;
    const auto report = ImportService(m_db.db()).importFile(path, options, m_actor);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    ASSERT_EQ(report->addedReferences.size(), 1);
    EXPECT_EQ(report->addedReferences.first().list, u("agency"));
    EXPECT_EQ(report->addedReferences.first().code, u("don_bien_phong_hai_ha"));
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT r.agency_code, a.name FROM reception r JOIN agency a"
                                      " ON a.code = r.agency_code JOIN person p ON p.id ="
                                      " r.person_id WHERE p.case_code = 'QN-2024-0900'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), u("don_bien_phong_hai_ha"));
    EXPECT_EQ(q.value(1).toString(), u("Đồn Biên phòng Hải Hà"));
}

TEST_F(ImportBadInputTest, UpdateReplacesAnExistingCase)
{
    const QString path = m_db.filePath(u("update.csv"));
    writeFile(path, kHeader + replaced(kRow, "pending,open", "confirmed_victim,open"));
    ImportOptions options;
    options.existing = ExistingRecords::Update;
    const auto report = ImportService(m_db.db()).importFile(path, options, m_actor);
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->isValid()) << issuesText(*report);
    EXPECT_EQ(report->personsUpdated, 1);
    EXPECT_EQ(report->updated, 1);
    EXPECT_EQ(report->created, 0);
    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(
        q.exec(QStringLiteral("SELECT count(*), max(identification_status) FROM reception")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 1);
    EXPECT_EQ(q.value(1).toString(), u("confirmed_victim"));
}

TEST_F(ImportBadInputTest, SemicolonSeparatedFileWithoutBomImports)
{
    QByteArray bytes = kHeader + replaced(kRow, "0500", "0950");
    bytes.replace(',', ';');
    const QString path = m_db.filePath(u("semicolons.csv"));
    writeFile(path, bytes);
    const auto report = ImportService(m_db.db()).importFile(path, ImportOptions{}, m_actor);
    ASSERT_TRUE(report.ok());
    EXPECT_TRUE(report->isValid()) << issuesText(*report);
    EXPECT_TRUE(report->written);
}

TEST(ImportServiceTest, CancelledImportWritesNothing)
{
    test::TempDatabase source;
    makeDemo(source.db(), 1000);
    const auto actor = domain::Actor::systemUser();
    const QString path = source.filePath(u("receptions.csv"));
    const auto exported =
        ExportService(source.db())
            .exportTable(request(ExchangeTable::Receptions, ExportMode::Full, path), actor);
    ASSERT_TRUE(exported.ok());
    ASSERT_GT(exported->rows, 1000);

    // Receptions refer to handover batches: those come first.
    const QString batches = source.filePath(u("batches.csv"));
    ASSERT_TRUE(ExportService(source.db())
                    .exportTable(request(ExchangeTable::Batches, ExportMode::Full, batches), actor)
                    .ok());
    test::TempDatabase target;
    const auto batchReport = ImportService(target.db()).importFile(batches, ImportOptions{}, actor);
    ASSERT_TRUE(batchReport.ok());
    ASSERT_TRUE(batchReport->written) << issuesText(*batchReport);
    const QByteArray before = contentHash(target.db());
    std::atomic_bool cancel{false};
    qint64 calls = 0;
    const auto report = ImportService(target.db())
                            .importFile(
                                path,
                                ImportOptions{},
                                actor,
                                [&](qint64 done, qint64 total) {
                                    ++calls;
                                    EXPECT_LE(done, total);
                                    cancel = true;
                                },
                                &cancel);
    ASSERT_FALSE(report.ok()) << issuesText(*report);
    EXPECT_EQ(report.error().code, ErrorCode::Cancelled);
    EXPECT_EQ(calls, 1);
    EXPECT_EQ(contentHash(target.db()), before);
}

TEST(ImportServiceTest, OfficialListsAreNeverOfferedToBeAdded)
{
    // --add-missing-reference adds agencies, support types and border gates only; the hint for
    // an unknown ethnic group, province or country must not suggest it.
    const QString official = sr::services::describe(ImportIssueCode::UnknownOfficialReference);
    EXPECT_FALSE(official.contains(QStringLiteral("--add-missing-reference")))
        << official.toStdString();
    EXPECT_TRUE(sr::services::describe(ImportIssueCode::UnknownReference)
                    .contains(QStringLiteral("--add-missing-reference")));
    EXPECT_EQ(sr::services::toCode(ImportIssueCode::UnknownOfficialReference),
              QStringLiteral("unknown_official_reference"));
}

// The import writes each checked row at once through CaseWriter's bulk append path
// (services/CaseWriter.h, WriteMode::Append): what it leaves for the end — the search entries
// and the persons' latest-reception summaries — must be there after the commit, and a row
// refused after others were written must leave nothing.
TEST(ImportServiceTest, AppendedCasesAreSearchableAndCarryTheirLatestReception)
{
    test::TempDatabase db;
    const QString path = db.filePath(u("receptions.csv"));
    writeFile(path,
              kHeader
                  + "QN-2024-0700,Hoàng Thị Lụa,female,2024-05-20,ctxh_qn,CN,self_reported,"
                    "pending,open,forced_labour\r\n"
                  + "QN-2024-0701,Đinh Văn Khởi,male,2024-03-02,ctxh_qn,KH,rescued,"
                    "pending,open,forced_labour\r\n"
                  + "QN-2024-0700,Hoàng Thị Lụa,female,2024-01-11,ctxh_qn,LA,self_reported,"
                    "pending,open,forced_labour\r\n");
    const auto report =
        ImportService(db.db()).importFile(path, ImportOptions{}, domain::Actor::systemUser());
    ASSERT_TRUE(report.ok());
    ASSERT_TRUE(report->written) << issuesText(*report);
    EXPECT_EQ(report->personsCreated, 2);
    EXPECT_EQ(report->created, 3);

    // The later reception is the latest although the file lists it first.
    QSqlQuery q(db->connection());
    ASSERT_TRUE(q.exec(u("SELECT p.last_reception_date, p.last_country_code,"
                         " p.last_reception_id = (SELECT id FROM reception"
                         "  WHERE person_id = p.id AND reception_date = '2024-05-20')"
                         " FROM person p WHERE p.case_code = 'QN-2024-0700'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), u("2024-05-20"));
    EXPECT_EQ(q.value(1).toString(), u("CN"));
    EXPECT_EQ(q.value(2).toInt(), 1);

    // Both persons are in the search index, found without diacritics.
    storage::PersonRepository persons(db.db());
    const auto found = persons.search(u("dinh van khoi"));
    ASSERT_TRUE(found.ok());
    ASSERT_EQ(found->size(), 1);
    EXPECT_EQ(persons.get(found->first())->caseCode, u("QN-2024-0701"));
    const auto lua = persons.search(u("hoang lua"));
    ASSERT_TRUE(lua.ok());
    EXPECT_EQ(lua->size(), 1);

    // The report's facts were kept in the same transaction.
    ASSERT_TRUE(q.exec(u("SELECT count(*) FROM report_reception")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toInt(), 3);
}

TEST(ImportServiceTest, ARowRefusedAfterWrittenRowsLeavesNothing)
{
    test::TempDatabase db;
    const QByteArray before = contentHash(db.db());
    const QString path = db.filePath(u("receptions.csv"));
    writeFile(path,
              kHeader
                  + "QN-2024-0710,Hoàng Thị Lụa,female,2024-05-20,ctxh_qn,CN,self_reported,"
                    "pending,open,forced_labour\r\n"
                  + "QN-2024-0711,Đinh Văn Khởi,male,2024-03-02,ctxh_qn,KH,rescued,"
                    "pending,open,forced_labour\r\n"
                  + "QN-2024-0712,Lò Văn Páo,male,2099-01-01,ctxh_qn,CN,rescued,"
                    "pending,open,forced_labour\r\n");
    const auto report =
        ImportService(db.db()).importFile(path, ImportOptions{}, domain::Actor::systemUser());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->written);
    ASSERT_EQ(report->issueCount, 1) << issuesText(*report);
    EXPECT_EQ(report->issues.first().row, 4);
    EXPECT_EQ(report->created, 0);
    EXPECT_EQ(report->personsCreated, 0);
    EXPECT_EQ(contentHash(db.db()), before);
}

TEST(ImportServiceTest, OnePersonUuidForTwoCasesIsRefused)
{
    test::TempDatabase db;
    const QByteArray before = contentHash(db.db());
    const QString path = db.filePath(u("receptions.csv"));
    const QByteArray header = "person_uuid," + kHeader;
    writeFile(path,
              header
                  + "7d1f4c52-0a8e-4d57-9a3c-1b2e3f405162,QN-2024-0720,Hoàng Thị Lụa,female,"
                    "2024-05-20,ctxh_qn,CN,self_reported,pending,open,forced_labour\r\n"
                  + "7d1f4c52-0a8e-4d57-9a3c-1b2e3f405162,QN-2024-0721,Đinh Văn Khởi,male,"
                    "2024-03-02,ctxh_qn,KH,rescued,pending,open,forced_labour\r\n");
    const auto report =
        ImportService(db.db()).importFile(path, ImportOptions{}, domain::Actor::systemUser());
    ASSERT_TRUE(report.ok());
    EXPECT_FALSE(report->written);
    ASSERT_TRUE(hasIssue(*report, ImportIssueCode::DuplicateInFile)) << issuesText(*report);
    EXPECT_EQ(report->issues.first().row, 3);
    EXPECT_EQ(report->issues.first().column, u("person_uuid"));
    EXPECT_EQ(contentHash(db.db()), before);
}
