#include "Database.h"

#include "DatabaseHealth.h"
#include "EncryptedBackup.h"
#include "Migrations.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/RecordType.h"
#include "domain/RecordTypes.h"

#include <QElapsedTimer>
#include <QHash>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <utility>

namespace sr::storage {

namespace {

/**
 * What a write to a row of @a table changed: the record types say it for their tables
 * (domain/RecordType.h); the fixed lists, the settings, the users and the audit log are named
 * here. Derived tables (the search index, the report summaries) follow the case records they
 * are derived from and add nothing.
 */
domain::ChangeKinds kindOfTable(const char *table)
{
    // Called for every row written (the dialect's row-write observer): compared as bytes,
    // without making a string per row.
    using domain::ChangeKind;
    struct Entry
    {
        QByteArray table;
        domain::ChangeKinds kind;
    };
    static const QList<Entry> entries = [] {
        QList<Entry> list;
        for (const domain::RecordTypeInfo *type : domain::recordTypes())
            list.append({type->table.toLatin1(), type->notice});
        for (const domain::RecordTypeInfo *type : domain::referenceListTypes())
            list.append({type->table.toLatin1(), type->notice});
        for (const char *fixed : {"country", "ethnic_group", "province", "commune"})
            list.append({QByteArray(fixed), ChangeKind::Reference});
        list.append({QByteArrayLiteral("settings"), ChangeKind::Setting});
        list.append({QByteArrayLiteral("app_user"), ChangeKind::User});
        list.append({QByteArrayLiteral("audit_log"), ChangeKind::Audit});
        return list;
    }();
    for (const Entry &entry : entries) {
        if (qstrcmp(entry.table.constData(), table) == 0)
            return entry.kind;
    }
    return {};
}

/**
 * The schema must hold our core tables: settings, the audit log and the table of every record
 * type that exists at @a userVersion (domain/RecordType.h); a database with our id but no
 * schema is refused.
 */
Result<void> checkSchema(const SqlDialect &dialect, const QSqlDatabase &db, int userVersion)
{
    QStringList tables{QStringLiteral("settings"), QStringLiteral("audit_log")};
    for (const domain::RecordTypeInfo *type : domain::recordTypes()) {
        if (type->sinceSchemaVersion <= qMax(userVersion, 1))
            tables << type->table;
    }
    auto found = dialect.countTables(db, tables);
    if (!found)
        return found.error();
    if (*found != tables.size())
        return Error{ErrorCode::NotSafeReturnDatabase, QStringLiteral("SafeReturn tables missing")};
    return {};
}

/**
 * A new connection that could not be made after the old one broke: to the user the
 * connection is lost (ErrorMessages' "connection lost" sentence), whatever the attempt met
 * while the server restarts or the network is down.
 */
Result<void> reconnected(Result<void> attempt)
{
    if (attempt || attempt.error().reason != ErrorReason::ServerUnreachable)
        return attempt;
    Error error = attempt.error();
    error.reason = ErrorReason::ServerConnectionLost;
    return error;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    std::unique_ptr<SqlDialect> dialect = SqlDialect::forLocation(path);
    const QString absolute = dialect->absoluteLocation(path);
    if (!dialect->exists(absolute)) {
        if (options.creation == Creation::MustExist || options.access == Access::ReadOnly)
            return Error{ErrorCode::NotFound, QStringLiteral("database file does not exist")};
        if (auto created = dialect->create(absolute, options.busyTimeoutMs); !created)
            return created.error();
    }
    if (auto r = dialect->checkLocation(absolute); !r)
        return r.error();
    // Plain text a killed encrypted backup, restore or export left in its private folder goes
    // first (for a server's database too: an encrypted export's CSV, storage/PrivateFolder.h).
    encrypted_backup::removeLeftovers(absolute);

    const int latestVersion = migrations::latestVersion(*dialect);
    auto version = dialect->inspect(absolute, latestVersion);
    // A server's database exists before SafeReturn's schema does (docs/server.md): an empty one
    // is given the schema when the caller may create it and the role may change the schema.
    if (!version && version.error().reason == ErrorReason::ServerNoSchema
        && options.creation == Creation::CreateIfMissing && options.access == Access::ReadWrite) {
        if (auto created = dialect->create(absolute, options.busyTimeoutMs); !created)
            return created.error();
        version = dialect->inspect(absolute, latestVersion);
    }
    if (!version)
        return version.error();

    const bool readOnly = options.access == Access::ReadOnly || !dialect->isWritable(absolute);
    // Files made by older versions, or copied in by hand, may be readable by everyone: the
    // records are confidential (docs/security.md), so the owner tightens them on every open.
    if (!readOnly)
        dialect->restrictToOwner(absolute);

    std::unique_ptr<Database> database(new Database);
    database->m_path = absolute;
    database->m_readOnly = readOnly;
    database->m_writeWaitMs = options.writeWaitMs;
    database->m_onNetworkFs = dialect->onNetworkFileSystem(absolute);
    database->m_connectionName = QStringLiteral("sr-") + QUuid::createUuid().toString(QUuid::Id128);
    if (database->m_onNetworkFs)
        spdlog::warn("database: file is on a network file system; its locks are not safe there");

    QSqlDatabase db = dialect->addConnection(
        absolute, database->m_connectionName, readOnly, options.busyTimeoutMs);
    database->m_dialect = std::move(dialect);
    const SqlDialect &engine = *database->m_dialect;
    if (!db.open())
        return sql::errorFrom(db.lastError(), "database.open");
    // Still only reading: the schema must be ours before a setting may write to the database
    // (SQLite's journal_mode=WAL changes the file's header).
    if (auto r = checkSchema(engine, db, *version); !r)
        return r.error();
    if (auto r = engine.configureConnection(db, readOnly, options.busyTimeoutMs); !r)
        return r.error();
    if (*version < latestVersion) {
        if (readOnly)
            return Error{ErrorCode::ReadOnly,
                         QStringLiteral("older schema needs an upgrade but the file is read-only")};
        if (auto r = migrations::migrate(engine, db, absolute); !r)
            return r.error();
    }
    database->m_busyTimeoutMs = options.busyTimeoutMs;
    database->watchConnection(db);
    // The report's summaries follow the records in the same transaction.
    database->addPreCommitStep(
        [](Database &self) { return self.dialect().refreshReportSummary(self.connection()); });
    // An engine without a row hook names the tables written just before COMMIT.
    database->addPreCommitStep(
        [](Database &self) { return self.m_dialect->reportRowWrites(self.connection()); });
    spdlog::info(
        "database: opened (schema {}, {})", latestVersion, readOnly ? "read-only" : "read-write");
    return database;
}

void Database::watchConnection(const QSqlDatabase &db)
{
    m_interrupt = m_dialect->interrupter(db);
    m_dialect->observeRowWrites(
        db, [this](const char *table) { m_pendingChanges |= kindOfTable(table); });
}

Result<void> Database::ensureConnected()
{
    if (m_transactionDepth > 0)
        return {};
    bool lost = m_dialect->connectionLost(connection());
    // A server session ended from the other side (a restart, a dropped network) looks whole
    // until a statement fails on it: after a quiet while, one cheap round trip finds out, so
    // that the action about to start, a read too, runs on a new connection.
    if (!lost && !m_dialect->isFileBased()
        && (!m_lastProbe.isValid() || m_lastProbe.hasExpired(kProbeAfterMs))) {
        QSqlQuery probe(connection());
        lost = !probe.exec(QStringLiteral("SELECT 1")) && m_dialect->connectionLost(connection());
    }
    if (!lost) {
        m_lastProbe.start();
        return {};
    }
    // A new connection under a new name: statements prepared on the old one keep pointing at
    // its closed driver, where they fail instead of running on the new session, until their
    // caches see the new generation and prepare them again.
    const QString fresh = QStringLiteral("sr-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<void> made;
    {
        QSqlDatabase db = m_dialect->addConnection(m_path, fresh, m_readOnly, m_busyTimeoutMs);
        if (!db.open())
            made = sql::errorFrom(db.lastError(), "database.reconnect");
        else
            made = m_dialect->configureConnection(db, m_readOnly, m_busyTimeoutMs);
        if (made)
            watchConnection(db);
        else if (db.isOpen())
            db.close();
    }
    if (!made) {
        QSqlDatabase::removeDatabase(fresh);
        return made;
    }
    {
        QSqlDatabase old = QSqlDatabase::database(m_connectionName, false);
        if (old.isOpen())
            old.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
    m_connectionName = fresh;
    ++m_generation;
    m_pendingChanges = {};
    spdlog::info("database: connected again to the server");
    m_lastProbe.start();
    return {};
}

Database::~Database()
{
    if (m_connectionName.isEmpty())
        return;
    {
        QSqlDatabase db = QSqlDatabase::database(m_connectionName, false);
        if (db.isOpen())
            db.close();
    }
    QSqlDatabase::removeDatabase(m_connectionName);
}

bool Database::isReadOnly() const
{
    return m_readOnly || isDamaged();
}

bool Database::isDamaged() const
{
    return health::isDamaged(m_path);
}

void Database::interrupt() const
{
    if (m_interrupt)
        m_interrupt();
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

bool Database::isOnServer() const
{
    return !m_dialect->isFileBased();
}

int Database::schemaVersion() const
{
    auto version = m_dialect->schemaVersion(connection());
    return version ? *version : 0;
}

int Database::currentSchemaVersion()
{
    // Every engine ships the same numbered migrations: any dialect counts them.
    return migrations::latestVersion(*SqlDialect::forLocation(QString()));
}

void Database::addPreCommitStep(PreCommitStep step)
{
    m_preCommitSteps.push_back(std::move(step));
}

Result<void> Database::runPreCommitSteps()
{
    for (const PreCommitStep &step : m_preCommitSteps) {
        if (auto r = step(*this); !r)
            return r;
    }
    return {};
}

int Database::addChangeListener(ChangeListener listener)
{
    const int id = m_nextListenerId++;
    m_changeListeners.emplace(id, std::move(listener));
    return id;
}

void Database::removeChangeListener(int id)
{
    m_changeListeners.erase(id);
}

void Database::notifyChanged(domain::ChangeKinds changed)
{
    if (!changed)
        return;
    // A listener may add or remove listeners (a window closing): call a copy.
    const auto listeners = m_changeListeners;
    for (const auto &[id, listener] : listeners)
        listener(changed);
}

// Transaction ---------------------------------------------------------------

Transaction::Transaction(Database &db)
    : m_db(db)
{
    if (db.m_readOnly) {
        m_error = Error{ErrorCode::ReadOnly, QStringLiteral("database is read-only")};
        return;
    }
    // Damage seen by any statement of this process: writing would spread it (DatabaseHealth.h).
    if (health::isDamaged(db.m_path)) {
        m_error = Error{ErrorCode::Corrupt, QStringLiteral("database is damaged; read-only")};
        return;
    }
    if (db.m_transactionDepth > 0) {
        ++db.m_transactionDepth;
        m_active = true;
        return;
    }
    // The dialect's BEGIN takes the write lock now, so a second writer waits here instead of
    // failing half-way (SqlDialect::beginWrite).
    // A connection that broke since the last write is made again first (docs/server.md, "Lost
    // connections"); the loss is found only by using it, so a BEGIN that finds it is tried once
    // more on a new connection: nothing was written yet.
    Result<void> begun = reconnected(db.ensureConnected());
    if (begun)
        begun = db.dialect().beginWrite(db.connection(), db.m_writeWaitMs);
    if (!begun && db.dialect().connectionLost(db.connection())) {
        begun = reconnected(db.ensureConnected());
        if (begun)
            begun = db.dialect().beginWrite(db.connection(), db.m_writeWaitMs);
    }
    if (!begun) {
        m_error = begun.error();
        return;
    }
    db.m_transactionDepth = 1;
    db.m_rollbackOnly = false;
    db.m_pendingChanges = {};
    m_active = true;
}

Transaction::~Transaction()
{
    if (!m_active || m_done)
        return;
    if (m_db.m_transactionDepth > 1) {
        --m_db.m_transactionDepth;
        m_db.m_rollbackOnly = true;
        return;
    }
    // The engine may already have rolled the transaction back itself (SQLite after
    // SQLITE_FULL, IOERR or NOMEM): a second ROLLBACK would only print a misleading error.
    QSqlQuery query(m_db.connection());
    if (m_db.dialect().inTransaction(m_db.connection()) && !query.exec(QStringLiteral("ROLLBACK")))
        (void)sql::errorFrom(query, "transaction.rollback");
    m_db.m_transactionDepth = 0;
    m_db.m_rollbackOnly = false;
    m_db.m_pendingChanges = {}; // rolled back: nothing to tell
}

Result<void> Transaction::commit()
{
    if (!m_active)
        return m_error;
    if (m_done)
        return Error{ErrorCode::Internal, QStringLiteral("transaction already finished")};
    if (m_db.m_transactionDepth > 1) {
        --m_db.m_transactionDepth;
        m_done = true;
        return {};
    }
    if (health::isDamaged(m_db.m_path)) // damage found during this transaction: undo it
        return Error{ErrorCode::Corrupt, QStringLiteral("database is damaged; rolled back")};
    if (m_db.m_rollbackOnly) {
        // An inner step failed: the whole unit is undone (the destructor rolls back).
        return Error{ErrorCode::Internal, QStringLiteral("inner transaction failed; rolled back")};
    }
    // Work registered to run inside the transaction (Database::addPreCommitStep).
    if (auto prepared = m_db.runPreCommitSteps(); !prepared)
        return prepared.error(); // still active: the destructor rolls back
    // The id that lets a new connection learn whether a COMMIT whose answer was lost with the
    // connection was done (SqlDialect::committedAfterLoss).
    auto transactionId = m_db.m_dialect->transactionId(m_db.connection());
    if (!transactionId)
        return transactionId.error(); // still active: the destructor rolls back
    QSqlQuery query(m_db.connection());
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (query.exec(QStringLiteral("COMMIT")))
            break;
        const Error error = sql::errorFrom(query, "transaction.commit");
        if (error.reason == ErrorReason::ServerConnectionLost
            && m_db.m_dialect->connectionLost(m_db.connection()))
            return commitLost(error, *transactionId);
        if (error.code != ErrorCode::Busy || timer.elapsed() > m_db.m_writeWaitMs)
            return error; // still active: the destructor rolls back
        QThread::msleep(20);
    }
    m_db.m_transactionDepth = 0;
    m_done = true;
    // Listeners hear of the write only now that it is durable; they may start a new one.
    const domain::ChangeKinds changed = std::exchange(m_db.m_pendingChanges, {});
    m_db.notifyChanged(changed);
    return {};
}

Result<void> Transaction::commitLost(const Error &lost, const QVariant &transactionId)
{
    // The COMMIT went out but its answer never came: it may have been done. It is never sent
    // again; a new connection asks the server what became of the transaction.
    m_db.m_transactionDepth = 0;
    m_db.m_rollbackOnly = false;
    m_done = true;
    const domain::ChangeKinds changed = std::exchange(m_db.m_pendingChanges, {});
    Error error = lost;
    auto connected = m_db.ensureConnected();
    if (!connected) {
        spdlog::warn("transaction: connection lost during COMMIT; outcome unknown");
        error.detail = QStringLiteral("transaction.commit: connection lost, outcome unknown");
        error.reason = ErrorReason::ServerCommitUnknown;
        return error;
    }
    auto committed = m_db.m_dialect->committedAfterLoss(m_db.connection(), transactionId);
    if (!committed) {
        spdlog::warn("transaction: connection lost during COMMIT; outcome unknown");
        error.detail = QStringLiteral("transaction.commit: connection lost, outcome unknown");
        error.reason = ErrorReason::ServerCommitUnknown;
        return error;
    }
    if (*committed) {
        spdlog::info("transaction: connection lost after COMMIT; the server had committed");
        m_db.notifyChanged(changed);
        return {};
    }
    spdlog::warn("transaction: connection lost during COMMIT; the server rolled back");
    error.detail = QStringLiteral("transaction.commit: connection lost, rolled back");
    return error;
}

} // namespace sr::storage
