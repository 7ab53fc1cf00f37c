#pragma once

#include "domain/Result.h"

#include <QtGlobal>

namespace sr::storage {

class Database;

/** Rows of the case record tables, archived ones included (nothing is ever deleted). */
struct RecordCounts
{
    qint64 persons = 0;
    qint64 receptions = 0;
    qint64 supports = 0;
    qint64 followUps = 0;
    qint64 handoverBatches = 0;
    qint64 hotlineCalls = 0;         ///< the hotline's call log (docs/centre-work.md)
    qint64 preventionClubs = 0;      ///< schema step 14 (docs/centre-work.md)
    qint64 preventionActivities = 0; ///< schema step 14
    /// Stays in shelter rooms (shelter_stay, schema step 14; docs/centre-work.md "Shelter"):
    /// a record of a reception like its supports. 0 before step 14.
    qint64 shelterStays = 0;

    qint64 total() const
    {
        return persons + receptions + supports + followUps + handoverBatches + hotlineCalls
               + preventionClubs + preventionActivities + shelterStays;
    }
    bool operator==(const RecordCounts &) const = default;
};

/**
 * How many records the database holds (person, reception, support, follow-up, batch, hotline
 * call, prevention club and activity, shelter stay).
 */
Result<RecordCounts> countRecords(Database &db);

/**
 * How many case records the demo generator wrote: the sums of the counts in the audit log's
 * "demo" rows. DemoDataService writes one such row in the same transaction as each batch of
 * its records, and the audit log is append-only and hash-chained, so these sums equal
 * countRecords() exactly when every record of the database was made by the demo.
 */
Result<RecordCounts> demoRecordCounts(Database &db);

/**
 * Does the database hold demonstration records? The settings key 'demo_data', written with the
 * demo's records (markDemoData) and by schema step 15 for databases filled before
 * (resources/sql/sqlite/0015_demo_marker.sql): one row read, never the audit log.
 */
Result<bool> holdsDemoData(Database &db);

/** Writes the 'demo_data' key, in the caller's write transaction (the demo's first batch). */
Result<void> markDemoData(Database &db);

} // namespace sr::storage
