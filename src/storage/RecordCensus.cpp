#include "RecordCensus.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QJsonDocument>
#include <QJsonObject>

namespace sr::storage {

Result<RecordCounts> countRecords(Database &db)
{
    const QSqlDatabase connection = db.connection();
    RecordCounts counts;
    const std::pair<const char *, qint64 *> tables[] = {
        {"person", &counts.persons},
        {"reception", &counts.receptions},
        {"support", &counts.supports},
        {"follow_up", &counts.followUps},
        {"handover_batch", &counts.handoverBatches},
        {"hotline_call", &counts.hotlineCalls},
        {"prevention_club", &counts.preventionClubs},
        {"prevention_activity", &counts.preventionActivities},
    };
    for (const auto &[table, target] : tables) {
        const auto rows =
            sql::scalarInt(connection,
                           QStringLiteral("SELECT count(*) FROM %1").arg(QLatin1String(table)),
                           "census.count");
        if (!rows)
            return rows.error();
        *target = *rows;
    }
    // The stays came with schema step 14 (resources/sql/*/0014_centre_work.sql).
    if (db.schemaVersion() >= 14) {
        const auto stays = sql::scalarInt(
            connection, QStringLiteral("SELECT count(*) FROM shelter_stay"), "census.count");
        if (!stays)
            return stays.error();
        counts.shelterStays = *stays;
    }
    return counts;
}

Result<RecordCounts> demoRecordCounts(Database &db)
{
    QSqlQuery query(db.connection());
    if (auto r = sql::run(
            query,
            QStringLiteral("SELECT changes FROM audit_log WHERE action = 'demo' ORDER BY id"),
            {},
            "census.demo");
        !r)
        return r.error();
    RecordCounts counts;
    while (query.next()) {
        const QJsonObject details =
            QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
        const auto number = [&details](const char *key) {
            return qint64(details.value(QLatin1String(key)).toDouble());
        };
        counts.persons += number("persons");
        counts.receptions += number("receptions");
        counts.supports += number("supports");
        counts.followUps += number("follow_ups");
        counts.handoverBatches += number("handover_batches");
        counts.hotlineCalls += number("hotline_calls");
        counts.preventionClubs += number("prevention_clubs");
        counts.preventionActivities += number("prevention_activities");
        // Written by the demo's last transaction (DemoDataService::generate, makeStays).
        counts.shelterStays += number("shelter_stays");
    }
    return counts;
}

Result<bool> holdsDemoData(Database &db)
{
    const auto rows =
        sql::scalarInt(db.connection(),
                       QStringLiteral("SELECT count(*) FROM settings WHERE key = 'demo_data'"),
                       "census.demo_marker");
    if (!rows)
        return rows.error();
    return *rows > 0;
}

Result<void> markDemoData(Database &db)
{
    // Upsert syntax both engines read (SQLite 3.24 and later, PostgreSQL 9.5 and later).
    return sql::exec(db.connection(),
                     QStringLiteral("INSERT INTO settings (key, value) VALUES ('demo_data', '1')"
                                    " ON CONFLICT (key) DO NOTHING"),
                     "census.mark_demo");
}

} // namespace sr::storage
