#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "domain/UserAccount.h"

#include <QtGlobal>

#include <functional>

namespace sr::storage {
class Database;
} // namespace sr::storage
namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::demo {

struct DemoOptions
{
    qint64 persons = 2000;
    quint64 seed = 1;
    /** Persons per transaction; a batch is committed whole or not at all. */
    int batchSize = 500;
};

/** What was written. */
struct DemoSummary
{
    qint64 persons = 0;
    qint64 receptions = 0;
    qint64 supports = 0;
    qint64 followUps = 0;
    qint64 handoverBatches = 0;
    qint64 hotlineCalls = 0;    ///< the hotline's call log (docs/centre-work.md)
    qint64 preventionClubs = 0; ///< docs/centre-work.md, "## Prevention"
    qint64 preventionActivities = 0;
    qint64 transactions = 0;

    qint64 rows() const
    {
        return persons + receptions + supports + followUps + handoverBatches + hotlineCalls
               + preventionClubs + preventionActivities;
    }
};

/**
 * Demo records never go into a database that holds records not made by the demo. A database
 * may take them while every case record in it (person, reception, support, follow-up,
 * handover batch, hotline call; archived ones too) was written by this service: the sums of the counts in
 * the audit log's "demo" rows, which this service writes in the same transaction as each batch
 * of its records, equal the rows of those tables (storage/RecordCensus.h). A record typed,
 * imported or restored makes the sums fall short, and no other writer adds "demo" rows, so
 * real records cannot pass for demo ones by accident. (Someone who edits the file directly can
 * fake anything; see docs/security.md.)
 *
 * Writes realistic synthetic records in the proportions of the Quảng Ninh report (mostly
 * women returned from China, some from Cambodia, infants, children, ethnic minorities,
 * residents of other provinces, a few foreign nationals), with supports, follow-ups and
 * border handover batches. Deterministic for a seed (on a fresh database the same seed gives
 * the same case codes and names). One transaction and one "demo" audit row per batch.
 */
class DemoDataService
{
public:
    /** Called after each committed batch with the persons written so far and the total. */
    using Progress = std::function<void(qint64 done, qint64 total)>;

    explicit DemoDataService(storage::Database &db);
    /** Over the database of a desktop session (the welcome page). */
    explicit DemoDataService(services::AppContext &context);

    /**
     * Ok when demo records may be written into this database (it holds no records, or only
     * records the demo wrote); otherwise ErrorCode::Conflict with detail "real_records".
     */
    Result<void> checkOnlyDemoRecords() const;

    /**
     * Does the database hold demonstration records (its 'demo_data' mark,
     * storage/RecordCensus.h)? The main window says so in a banner and its title.
     */
    Result<bool> holdsDemoData() const;

    /**
     * The documented demo administrator for a database without users that may take demo
     * records: checked and created in one write transaction. Conflict "users_exist" when the
     * database has users, Conflict "real_records" when it holds records not made by the demo
     * (there the first administrator is created with `safereturn user add --role
     * administrator NAME`, never by the demo).
     */
    Result<domain::UserAccount> createDemoAdministrator(const QString &userName,
                                                        const QString &displayName,
                                                        const QString &password);

    /**
     * Writes the records in batches of options.batchSize. The database is checked with
     * checkOnlyDemoRecords() inside the first batch's write transaction (Conflict
     * "real_records": nothing written).
     */
    Result<DemoSummary>
    generate(const domain::Actor &actor, const DemoOptions &options, const Progress &progress = {});

private:
    /**
     * The prevention clubs of Hạ Long and about three years of activities (leaflets, panels,
     * media, trainings, meetings, club meetings, decisions), in the caller's transaction; their
     * counts are added to @a batch, whose "demo" row records them.
     */
    Result<void> writePrevention(const domain::Actor &actor, quint64 seed, DemoSummary &batch);

    storage::Database &m_db;
};

} // namespace sr::demo
