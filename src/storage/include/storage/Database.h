#pragma once

#include "domain/ChangeKind.h"
#include "domain/Result.h"

#include <QElapsedTimer>
#include <QSqlDatabase>
#include <QString>

#include <functional>
#include <map>
#include <memory>
#include <vector>

namespace sr::storage {

class SqlDialect;

/**
 * One open SafeReturn database and its Qt SQL connection. What differs between database
 * engines is the SqlDialect chosen when the database opens (storage/SqlDialect.h); the
 * description below is the SQLite dialect's (storage/sqlite/SqliteDialect.h).
 *
 * open() accepts only SafeReturn files: it checks the SQLite header, PRAGMA application_id
 * and the schema version *before* writing anything, so a foreign, truncated or newer file
 * is left byte-for-byte unchanged. A new or empty path is created with owner-only
 * permissions, the schema migrations are applied (each in one transaction, after a backup
 * of the previous file) and the reference lists are seeded.
 *
 * Pragmas (docs/architecture.md): foreign_keys=ON, journal_mode=WAL, synchronous=FULL,
 * secure_delete=ON, trusted_schema=OFF, busy_timeout >= 5 s, temp_store=MEMORY.
 *
 * A Database belongs to the thread that opened it (a Qt SQL rule); open a second one for
 * work on another thread.
 */
class Database
{
public:
    /** 'SRET': our PRAGMA application_id. */
    static constexpr int applicationId = 0x53524554;

    enum class Access { ReadWrite, ReadOnly };
    enum class Creation { CreateIfMissing, MustExist };

    struct Options
    {
        Access access = Access::ReadWrite;
        Creation creation = Creation::CreateIfMissing;
        /** Milliseconds a statement waits for another writer before it fails with Busy. */
        int busyTimeoutMs = 30000;
        /**
         * Milliseconds a Transaction retries BEGIN IMMEDIATE / COMMIT while another writer
         * holds the lock. Readers (find, check, backup…) set both waits short (2 s): their
         * only write is an audit row, and they must not queue behind a long import.
         */
        int writeWaitMs = 120000;
    };

    static Result<std::unique_ptr<Database>> open(const QString &path, const Options &options);
    static Result<std::unique_ptr<Database>> open(const QString &path)
    {
        return open(path, Options{});
    }

    ~Database();
    Database(const Database &) = delete;
    Database &operator=(const Database &) = delete;

    QSqlDatabase connection() const;
    QString path() const { return m_path; }
    /** Opened read-only, or found damaged since (isDamaged()): nothing may be written. */
    bool isReadOnly() const;
    /**
     * SQLite found damage inside the file in this process (storage/DatabaseHealth.h): the
     * session stays read-only so that the damage does not spread; restore a backup.
     */
    bool isDamaged() const;
    /** True when the file sits on NFS, SMB/CIFS or another network file system. */
    bool isOnNetworkFileSystem() const { return m_onNetworkFs; }
    /**
     * True for a database on a server (storage/ServerLocation.h) rather than a file of this
     * computer: its backups are the server administrator's pg_dump, not copies made here.
     */
    bool isOnServer() const;
    int schemaVersion() const;
    /**
     * The schema version this build writes: the number of migrations in resources/sql/<engine>/
     * (every engine ships the same numbered steps).
     */
    static int currentSchemaVersion();

    /** The engine's dialect, chosen by open() (internal to storage). */
    const SqlDialect &dialect() const { return *m_dialect; }

    /**
     * Work that the outermost Transaction runs inside the transaction just before its COMMIT,
     * in the order registered; a failure rolls the whole transaction back. open() registers
     * the report summary upkeep (SqlDialect::refreshReportSummary), so every write path keeps
     * the summaries in the same transaction as the records.
     */
    using PreCommitStep = std::function<Result<void>(Database &)>;
    void addPreCommitStep(PreCommitStep step);

    /**
     * Makes the statement running on this connection stop soon with an error (SQLite's
     * sqlite3_interrupt). The one member that may be called from another thread, as long as
     * this object exists; used to abandon a background count that a newer one replaced.
     */
    void interrupt() const;

    /**
     * Opens the connection again when the engine says it broke (a server restarted, the
     * network dropped; SqlDialect::connectionLost): the settings, the row-write observer and the
     * interrupter are set up again on the new one, and connectionGeneration() grows so that
     * statements prepared on the old connection are prepared again before their next use. Does
     * nothing while the connection is whole or a Transaction is open (the server rolled that one
     * back: its owner reports the loss first). A server session ended from the other side looks
     * whole until a statement fails on it: a probe (SELECT 1), at most once every 2 s, finds it.
     * Fails with the reason of the new connection's failure (ServerUnreachable while the server
     * is down).
     */
    Result<void> ensureConnected();
    /**
     * Grows each time ensureConnected() opens a new connection: a cache of prepared statements
     * drops them when the generation it prepared them under is older (docs/server.md, "Lost
     * connections").
     */
    quint64 connectionGeneration() const { return m_generation; }

    /** Nesting depth of Transaction objects on this connection (0 = none open). */
    int transactionDepth() const { return m_transactionDepth; }

    /** Told the kinds of records a committed write changed. */
    using ChangeListener = std::function<void(domain::ChangeKinds changed)>;
    /**
     * Calls @a listener after each successful outermost COMMIT on this connection with the
     * kinds of records the transaction wrote (SQLite's pre-update hook notes the tables written;
     * a rolled-back transaction tells nothing). Returns an id for removeChangeListener().
     */
    int addChangeListener(ChangeListener listener);
    void removeChangeListener(int id);
    /**
     * Tells the listeners now that @a changed changed: for writes the hook does not
     * see, such as a restore that copies whole pages with the backup API.
     */
    void notifyChanged(domain::ChangeKinds changed);

private:
    friend class Transaction;
    Database() = default;

    Result<void> runPreCommitSteps();
    /** The interrupter and the row-write observer of the connection @a db. */
    void watchConnection(const QSqlDatabase &db);

    std::unique_ptr<SqlDialect> m_dialect;
    std::vector<PreCommitStep> m_preCommitSteps;
    QString m_connectionName;
    std::function<void()> m_interrupt; ///< the dialect's interrupter of this connection
    QString m_path;
    bool m_readOnly = false;
    bool m_onNetworkFs = false;
    int m_writeWaitMs = 120000;
    int m_busyTimeoutMs = 30000;
    quint64 m_generation = 1;
    /** Since the server connection was last known whole (ensureConnected's probe). */
    QElapsedTimer m_lastProbe;
    static constexpr qint64 kProbeAfterMs = 2000;
    int m_transactionDepth = 0;
    bool m_rollbackOnly = false;
    domain::ChangeKinds m_pendingChanges; ///< written by the open transaction, not committed yet
    std::map<int, ChangeListener> m_changeListeners;
    int m_nextListenerId = 1;
};

/**
 * RAII write transaction. The outermost one issues BEGIN IMMEDIATE (retried while another
 * writer holds the lock, up to Options::writeWaitMs), so a write never fails half-way with
 * SQLITE_BUSY; nested ones join it. Without commit() the destructor rolls back; an inner
 * transaction that is not committed marks the outer one rollback-only.
 */
class [[nodiscard]] Transaction
{
public:
    explicit Transaction(Database &db);
    ~Transaction();
    Transaction(const Transaction &) = delete;
    Transaction &operator=(const Transaction &) = delete;

    /** Whether BEGIN succeeded; when not, error() says why and nothing may be written. */
    bool isActive() const { return m_active; }
    const Error &error() const { return m_error; }

    /** Commits (outermost) or marks this level done (nested). */
    Result<void> commit();

private:
    /** What a COMMIT whose connection broke before its answer came did (docs/server.md). */
    Result<void> commitLost(const Error &lost, const QVariant &transactionId);

    Database &m_db;
    bool m_active = false;
    bool m_done = false;
    Error m_error;
};

} // namespace sr::storage
