#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QtGlobal>

#include <functional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

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
    qint64 transactions = 0;

    qint64 rows() const { return persons + receptions + supports + followUps + handoverBatches; }
};

/**
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

    Result<DemoSummary>
    generate(const domain::Actor &actor, const DemoOptions &options, const Progress &progress = {});

private:
    storage::Database &m_db;
};

} // namespace sr::services
