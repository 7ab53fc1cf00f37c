#include "Database.h"

#include "AuditLog.h"
#include "DatabaseHealth.h"
#include "EncryptedBackup.h"
#include "Migrations.h"
#include "ReportSummary.h"
#include "SqlSupport.h"

#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QSqlError>
#include <QSqlQuery>
#include <QThread>
#include <QUuid>
#include <QtEndian>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <cstring>
#include <fcntl.h>
// The pre-update hook sees writes to WITHOUT ROWID tables (settings), which the update hook
// does not; Debian's libsqlite3 is built with it.
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#include <utility>
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace sr::storage {

namespace {

constexpr int kHeaderSize = 100;
constexpr char kSqliteMagic[] = "SQLite format 3";

/** What the first 100 bytes of an existing file say about it. */
struct HeaderInfo
{
    bool isSqlite = false;
    quint32 applicationId = 0;
    quint32 userVersion = 0;
    bool truncated = false;
};

Result<HeaderInfo> readHeader(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io,
                     QStringLiteral("cannot read database file: %1").arg(file.errorString())};
    const qint64 size = file.size();
    const QByteArray header = file.read(kHeaderSize);
    HeaderInfo info;
    if (header.size() < kHeaderSize
        || !header.startsWith(QByteArray(kSqliteMagic, sizeof kSqliteMagic)))
        return info; // not SQLite (0-byte, CSV, garbage)
    info.isSqlite = true;
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    info.applicationId = qFromBigEndian<quint32>(bytes + 68);
    info.userVersion = qFromBigEndian<quint32>(bytes + 60);
    quint32 pageSize = qFromBigEndian<quint16>(bytes + 16);
    if (pageSize == 1)
        pageSize = 65536;
    const quint32 changeCounter = qFromBigEndian<quint32>(bytes + 24);
    const quint32 pageCount = qFromBigEndian<quint32>(bytes + 28);
    const quint32 validFor = qFromBigEndian<quint32>(bytes + 92);
    // The in-header size is valid when "version-valid-for" matches the change counter.
    // A file shorter than that has lost its tail (a partial copy, a full disk).
    if (validFor == changeCounter && pageSize >= 512 && size < qint64(pageCount) * qint64(pageSize))
        info.truncated = true;
    return info;
}

bool onNetworkFileSystem(const QString &path)
{
#ifdef Q_OS_LINUX
    struct statfs fs
    {};
    const QByteArray dir = QFile::encodeName(QFileInfo(path).absolutePath());
    if (statfs(dir.constData(), &fs) != 0)
        return false;
    switch (static_cast<unsigned long>(fs.f_type)) {
    case 0x6969UL:     // NFS
    case 0x517BUL:     // SMB
    case 0xFF534D42UL: // CIFS
    case 0xFE534D42UL: // SMB2
    case 0x5346414FUL: // AFS
    case 0x73757245UL: // Coda
    case 0x65735546UL: // FUSE (sshfs and friends)
    case 0x01021997UL: // 9p
        return true;
    default:
        return false;
    }
#else
    Q_UNUSED(path)
    return false;
#endif
}

bool isRegularFile(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

/** Removes group and other permissions from the database and its -wal/-shm files. */
void makeOwnerOnly(const QString &path)
{
    for (const QString &file :
         {path, path + QStringLiteral("-wal"), path + QStringLiteral("-shm")}) {
        struct stat st
        {};
        const QByteArray name = QFile::encodeName(file);
        if (::stat(name.constData(), &st) != 0 || !S_ISREG(st.st_mode)
            || (st.st_mode & (S_IRWXG | S_IRWXO)) == 0 || st.st_uid != ::geteuid())
            continue;
        if (::chmod(name.constData(), st.st_mode & ~mode_t(S_IRWXG | S_IRWXO)) == 0)
            spdlog::info("database: permissions tightened to owner-only");
    }
}

bool fsyncPath(const QString &path)
{
    const int fd = ::open(QFile::encodeName(path).constData(), O_RDONLY | O_CLOEXEC);
    if (fd < 0)
        return false;
    const bool ok = ::fsync(fd) == 0;
    ::close(fd);
    return ok;
}

QSqlDatabase
addConnection(const QString &path, const QString &name, bool readOnly, int busyTimeoutMs)
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(path);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

Result<void> applyPragmas(const QSqlDatabase &db, bool readOnly, int busyTimeoutMs)
{
    QStringList pragmas{
        QStringLiteral("PRAGMA busy_timeout = %1").arg(busyTimeoutMs),
        QStringLiteral("PRAGMA foreign_keys = ON"),
        QStringLiteral("PRAGMA trusted_schema = OFF"),
        QStringLiteral("PRAGMA secure_delete = ON"),
        QStringLiteral("PRAGMA synchronous = FULL"),
        // 64 MiB of page cache instead of SQLite's 2 MiB: reports and exports at a million
        // persons otherwise re-read the same pages through the kernel (docs/performance.md).
        QStringLiteral("PRAGMA cache_size = -65536"),
    };
    if (!readOnly)
        pragmas.prepend(QStringLiteral("PRAGMA journal_mode = WAL"));
    for (const QString &pragma : pragmas) {
        if (auto r = sql::exec(db, pragma, "database.pragma"); !r)
            return r.error();
    }
    // The audit log's hash chain trigger (migration 5) calls sr_audit_hash().
    return AuditLog::registerFunctions(db);
}

/** The schema must hold our core tables; a file with our id but no schema is refused. */
Result<void> checkSchema(const QSqlDatabase &db)
{
    auto tables = sql::scalarInt(
        db,
        QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' AND name IN "
                       "('settings','person','reception','support','follow_up',"
                       "'handover_batch','audit_log')"),
        "database.schema");
    if (!tables)
        return tables.error();
    if (*tables != 7)
        return Error{ErrorCode::NotSafeReturnDatabase, QStringLiteral("SafeReturn tables missing")};
    return {};
}

/**
 * Creates a new database at @a path: built completely under a temporary name, then linked
 * into place, so the target name never holds a half-made database (a crash leaves only the
 * temporary file) and two processes creating it at once end up with one database.
 */
Result<void> createNew(const QString &path, int busyTimeoutMs)
{
    const QFileInfo info(path);
    QDir dir = info.absoluteDir();
    if (!dir.exists()) {
        if (!dir.mkpath(QStringLiteral("."))) {
            return Error{ErrorCode::Io, QStringLiteral("cannot create directory for the database")};
        }
        QFile::setPermissions(dir.absolutePath(),
                              QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    }
    const QString temp = QStringLiteral("%1.creating-%2")
                             .arg(info.absoluteFilePath())
                             .arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    {
        // Owner-only from the first byte.
        const int fd = ::open(
            QFile::encodeName(temp).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0)
            return Error{ErrorCode::Io,
                         QStringLiteral("cannot create database file (errno %1)").arg(errno)};
        ::close(fd);
    }
    const QString connection =
        QStringLiteral("sr-create-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<void> result;
    {
        QSqlDatabase db = addConnection(temp, connection, false, busyTimeoutMs);
        if (!db.open()) {
            result = sql::errorFrom(db.lastError(), "database.create");
        } else {
            result = applyPragmas(db, false, busyTimeoutMs);
            if (result)
                result = sql::exec(
                    db,
                    QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                    "database.create");
            if (result)
                result = migrations::migrate(db, temp);
            if (result) // fold the WAL into the file before it is moved
                result = sql::exec(
                    db, QStringLiteral("PRAGMA wal_checkpoint(TRUNCATE)"), "database.create");
            db.close();
        }
    }
    QSqlDatabase::removeDatabase(connection);
    if (result && !fsyncPath(temp))
        result = Error{ErrorCode::Io, QStringLiteral("cannot sync new database file")};
    if (result) {
        // link() fails with EEXIST when another process created the database first: use theirs.
        if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(path).constData()) != 0
            && errno != EEXIST)
            result =
                Error{ErrorCode::Io,
                      QStringLiteral("cannot move new database into place (errno %1)").arg(errno)};
        fsyncPath(info.absolutePath());
    }
    QFile::remove(temp);
    QFile::remove(temp + QStringLiteral("-wal"));
    QFile::remove(temp + QStringLiteral("-shm"));
    return result;
}

} // namespace

Result<std::unique_ptr<Database>> Database::open(const QString &path, const Options &options)
{
    const QString absolute = QFileInfo(path).absoluteFilePath();
    QFileInfo info(absolute);
    if (!info.exists()) {
        if (options.creation == Creation::MustExist || options.access == Access::ReadOnly)
            return Error{ErrorCode::NotFound, QStringLiteral("database file does not exist")};
        if (auto created = createNew(absolute, options.busyTimeoutMs); !created)
            return created.error();
        info.refresh();
    }
    if (info.isDir())
        return Error{ErrorCode::NotSafeReturnDatabase, QStringLiteral("path is a directory")};
    // A FIFO or a device would block the header read below (or feed it endless bytes).
    if (!isRegularFile(absolute))
        return Error{ErrorCode::NotSafeReturnDatabase, QStringLiteral("not a regular file")};
    // Plain text a killed encrypted backup or restore left in its private folder goes first.
    encrypted_backup::removeLeftovers(absolute);

    // Look before touching: SQLite would happily open (and later write to) a 0-byte or
    // foreign file. Nothing is written until the file is known to be ours.
    auto header = readHeader(absolute);
    if (!header)
        return header.error();
    if (!header->isSqlite)
        return Error{ErrorCode::NotSafeReturnDatabase, QStringLiteral("not an SQLite file")};
    if (header->applicationId != quint32(applicationId))
        return Error{
            ErrorCode::NotSafeReturnDatabase,
            QStringLiteral("SQLite file with application id %1").arg(header->applicationId)};
    if (int(header->userVersion) > migrations::latestVersion())
        return Error{ErrorCode::NewerSchema,
                     QStringLiteral("schema version %1, this build knows %2")
                         .arg(header->userVersion)
                         .arg(migrations::latestVersion())};
    // A crash during a checkpoint can leave page 1 (with the new page count) written before the
    // pages that extend the file; the write-ahead log still holds them all and SQLite replays it
    // on open. Only a file without a log to recover from is really truncated.
    const QFileInfo wal(absolute + QStringLiteral("-wal"));
    if (header->truncated && !(wal.exists() && wal.size() > 0))
        return Error{ErrorCode::Corrupt, QStringLiteral("database file is truncated")};

    const bool writable = info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
    const bool readOnly = options.access == Access::ReadOnly || !writable;
    // Files made by older versions, or copied in by hand, may be readable by everyone: the
    // records are confidential (docs/security.md), so the owner tightens them on every open.
    if (!readOnly)
        makeOwnerOnly(absolute);

    std::unique_ptr<Database> database(new Database);
    database->m_path = absolute;
    database->m_readOnly = readOnly;
    database->m_writeWaitMs = options.writeWaitMs;
    database->m_onNetworkFs = onNetworkFileSystem(absolute);
    database->m_connectionName = QStringLiteral("sr-") + QUuid::createUuid().toString(QUuid::Id128);
    if (database->m_onNetworkFs)
        spdlog::warn("database: file is on a network file system; SQLite's WAL needs a local disk");

    QSqlDatabase db =
        addConnection(absolute, database->m_connectionName, readOnly, options.busyTimeoutMs);
    if (!db.open())
        return sql::errorFrom(db.lastError(), "database.open");
    // Still only reading: the schema must be ours before a pragma may write to the file
    // (journal_mode=WAL changes the header).
    if (auto r = checkSchema(db); !r)
        return r.error();
    if (auto r = applyPragmas(db, readOnly, options.busyTimeoutMs); !r)
        return r.error();
    if (int(header->userVersion) < migrations::latestVersion()) {
        if (readOnly)
            return Error{ErrorCode::ReadOnly,
                         QStringLiteral("older schema needs an upgrade but the file is read-only")};
        if (auto r = migrations::migrate(db, absolute); !r)
            return r.error();
    }
    database->m_handle = sql::handle(db);
    if (database->m_handle)
        sqlite3_preupdate_hook(database->m_handle, &Database::noteRowChange, database.get());
    spdlog::info("database: opened (schema {}, {})",
                 migrations::latestVersion(),
                 readOnly ? "read-only" : "read-write");
    return database;
}

Database::~Database()
{
    if (m_handle)
        sqlite3_preupdate_hook(m_handle, nullptr, nullptr);
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
    if (m_handle)
        sqlite3_interrupt(m_handle);
}

QSqlDatabase Database::connection() const
{
    return QSqlDatabase::database(m_connectionName, false);
}

int Database::schemaVersion() const
{
    auto version =
        sql::scalarInt(connection(), QStringLiteral("PRAGMA user_version"), "database.version");
    return version ? int(*version) : 0;
}

int Database::currentSchemaVersion()
{
    return migrations::latestVersion();
}

namespace {

/**
 * The kind of record a row of @a table belongs to. Derived tables (the search index, the
 * report summaries) follow the case records they are derived from and add nothing.
 */
domain::RecordKinds kindOfTable(const char *table)
{
    using domain::RecordKind;
    struct Entry
    {
        const char *table;
        RecordKind kind;
    };
    static constexpr Entry entries[] = {
        {"person", RecordKind::Case},
        {"reception", RecordKind::Case},
        {"support", RecordKind::Case},
        {"follow_up", RecordKind::Case},
        {"handover_batch", RecordKind::HandoverBatch},
        {"agency", RecordKind::Reference},
        {"border_gate", RecordKind::Reference},
        {"support_type", RecordKind::Reference},
        {"country", RecordKind::Reference},
        {"ethnic_group", RecordKind::Reference},
        {"province", RecordKind::Reference},
        {"commune", RecordKind::Reference},
        {"settings", RecordKind::Setting},
        {"app_user", RecordKind::User},
        {"audit_log", RecordKind::Audit},
    };
    for (const Entry &entry : entries) {
        if (std::strcmp(entry.table, table) == 0)
            return entry.kind;
    }
    return {};
}

} // namespace

void Database::noteRowChange(
    void *self, sqlite3 *, int, const char *, const char *table, long long, long long)
{
    static_cast<Database *>(self)->m_pendingChanges |= kindOfTable(table);
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

void Database::notifyChanged(domain::RecordKinds changed)
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
    // BEGIN IMMEDIATE takes the write lock now, so a second writer waits here (busy
    // handler) instead of failing half-way (DESIGN.md: deferred BEGIN fails under load).
    QSqlDatabase connection = db.connection();
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QSqlQuery query(connection);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            break;
        // Waiting for another writer is expected, not an error to print on every retry.
        const int native = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (native != SQLITE_BUSY && native != SQLITE_LOCKED) {
            m_error = sql::errorFrom(query, "transaction.begin");
            return;
        }
        if (timer.elapsed() > db.m_writeWaitMs) {
            spdlog::info("transaction: another writer kept the lock for {} ms", timer.elapsed());
            m_error = Error{ErrorCode::Busy, QStringLiteral("transaction.begin: database locked")};
            return;
        }
        QThread::msleep(20);
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
    // After SQLITE_FULL (or IOERR, NOMEM) SQLite may already have rolled the transaction back
    // itself: a second ROLLBACK would only print a misleading error.
    QSqlQuery query(m_db.connection());
    if ((!m_db.m_handle || !sqlite3_get_autocommit(m_db.m_handle))
        && !query.exec(QStringLiteral("ROLLBACK")))
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
    // The report's summaries follow the records in the same transaction (ReportSummary.h).
    if (auto summarised = reportsummary::flush(m_db.connection()); !summarised)
        return summarised.error(); // still active: the destructor rolls back
    QSqlQuery query(m_db.connection());
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        if (query.exec(QStringLiteral("COMMIT")))
            break;
        const Error error = sql::errorFrom(query, "transaction.commit");
        if (error.code != ErrorCode::Busy || timer.elapsed() > m_db.m_writeWaitMs)
            return error; // still active: the destructor rolls back
        QThread::msleep(20);
    }
    m_db.m_transactionDepth = 0;
    m_done = true;
    // Listeners hear of the write only now that it is durable; they may start a new one.
    const domain::RecordKinds changed = std::exchange(m_db.m_pendingChanges, {});
    m_db.notifyChanged(changed);
    return {};
}

} // namespace sr::storage
