#include "SqliteDialect.h"

#include "SqliteBackup.h"
#include "SqliteReportSummary.h"
#include "domain/TextFold.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/SqlSupport.h"

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
#include <fcntl.h>
// The pre-update hook sees writes to WITHOUT ROWID tables (settings), which the update hook
// does not; Debian's libsqlite3 is built with it.
#ifndef SQLITE_ENABLE_PREUPDATE_HOOK
#define SQLITE_ENABLE_PREUPDATE_HOOK
#endif
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>
#ifdef Q_OS_LINUX
#include <sys/vfs.h>
#endif

namespace sr::storage::sqlite {

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

bool isRegularFile(const QString &path)
{
    struct stat st
    {};
    return ::stat(QFile::encodeName(path).constData(), &st) == 0 && S_ISREG(st.st_mode);
}

/**
 * Runs a statement whose answer is "ok" on one row when the database is whole. A quick check
 * also fails on a row it cannot read (the damage it looks for); the full check reports what it
 * read until then.
 */
Result<IntegrityReport> okCheck(const QSqlDatabase &db, SqlDialect::CheckDepth depth)
{
    const bool quick = depth == SqlDialect::CheckDepth::Quick;
    const QString statement =
        quick ? QStringLiteral("PRAGMA quick_check") : QStringLiteral("PRAGMA integrity_check");
    const char *context = quick ? "health.quick_check" : "check.integrity";
    IntegrityReport report;
    QSqlQuery query(db);
    if (quick)
        query.setForwardOnly(true);
    if (!query.exec(statement))
        return sql::errorFrom(query, context);
    int rows = 0;
    while (query.next()) {
        const QString line = query.value(0).toString();
        ++rows;
        report.ok = rows == 1 && line == QLatin1String("ok");
        if (line != QLatin1String("ok"))
            report.problems << line;
    }
    if (quick && query.lastError().isValid())
        return sql::errorFrom(query, context);
    return report;
}

} // namespace

QString SqliteDialect::name() const
{
    return QStringLiteral("sqlite");
}

QString SqliteDialect::migrationsFolder() const
{
    return QStringLiteral(":/sql/sqlite");
}

QString SqliteDialect::absoluteLocation(const QString &location) const
{
    return QFileInfo(location).absoluteFilePath();
}

bool SqliteDialect::exists(const QString &location) const
{
    return QFileInfo(location).exists();
}

/*
 * A new database is built completely under a temporary name, then linked into place, so the
 * target name never holds a half-made database (a crash leaves only the temporary file) and two
 * processes creating it at once end up with one database.
 */
Result<void> SqliteDialect::create(const QString &location, int busyTimeoutMs) const
{
    const QFileInfo info(location);
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
        // Owner-only from the first byte: created exclusively (NewOnly is O_EXCL) with mode
        // 0600 on POSIX (Qt 6.3), as src/storage/EncryptedBackup.cpp does.
        QFile created(temp);
        if (!created.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner))
            return Error{ErrorCode::Io,
                         QStringLiteral("cannot create database file (errno %1)").arg(errno)};
    }
    const QString connection =
        QStringLiteral("sr-create-") + QUuid::createUuid().toString(QUuid::Id128);
    Result<void> result;
    {
        QSqlDatabase db = addConnection(temp, connection, false, busyTimeoutMs);
        if (!db.open()) {
            result = sql::errorFrom(db.lastError(), "database.create");
        } else {
            result = configureConnection(db, false, busyTimeoutMs);
            if (result)
                result = sql::exec(
                    db,
                    QStringLiteral("PRAGMA application_id = %1").arg(Database::applicationId),
                    "database.create");
            if (result)
                result = migrations::migrate(*this, db, temp);
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
        if (::link(QFile::encodeName(temp).constData(), QFile::encodeName(location).constData())
                != 0
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

Result<void> SqliteDialect::checkLocation(const QString &location) const
{
    if (QFileInfo(location).isDir())
        return Error{ErrorCode::NotSafeReturnDatabase, QStringLiteral("path is a directory")};
    // A FIFO or a device would block the header read (or feed it endless bytes).
    if (!isRegularFile(location))
        return Error{ErrorCode::NotSafeReturnDatabase, QStringLiteral("not a regular file")};
    return {};
}

Result<int> SqliteDialect::inspect(const QString &location, int latestVersion) const
{
    // Look before touching: SQLite would happily open (and later write to) a 0-byte or
    // foreign file. Nothing is written until the file is known to be ours.
    auto header = readHeader(location);
    if (!header)
        return header.error();
    if (!header->isSqlite)
        return Error{ErrorCode::NotSafeReturnDatabase, QStringLiteral("not an SQLite file")};
    if (header->applicationId != quint32(Database::applicationId))
        return Error{
            ErrorCode::NotSafeReturnDatabase,
            QStringLiteral("SQLite file with application id %1").arg(header->applicationId)};
    if (int(header->userVersion) > latestVersion)
        return Error{ErrorCode::NewerSchema,
                     QStringLiteral("schema version %1, this build knows %2")
                         .arg(header->userVersion)
                         .arg(latestVersion)};
    // A crash during a checkpoint can leave page 1 (with the new page count) written before the
    // pages that extend the file; the write-ahead log still holds them all and SQLite replays it
    // on open. Only a file without a log to recover from is really truncated.
    const QFileInfo wal(location + QStringLiteral("-wal"));
    if (header->truncated && !(wal.exists() && wal.size() > 0))
        return Error{ErrorCode::Corrupt, QStringLiteral("database file is truncated")};
    return int(header->userVersion);
}

bool SqliteDialect::isWritable(const QString &location) const
{
    const QFileInfo info(location);
    return info.isWritable() && QFileInfo(info.absolutePath()).isWritable();
}

void SqliteDialect::restrictToOwner(const QString &location) const
{
    for (const QString &file :
         {location, location + QStringLiteral("-wal"), location + QStringLiteral("-shm")}) {
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

bool SqliteDialect::onNetworkFileSystem(const QString &location) const
{
#ifdef Q_OS_LINUX
    struct statfs fs
    {};
    const QByteArray dir = QFile::encodeName(QFileInfo(location).absolutePath());
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
    Q_UNUSED(location)
    return false;
#endif
}

QSqlDatabase SqliteDialect::addConnection(const QString &location,
                                          const QString &name,
                                          bool readOnly,
                                          int busyTimeoutMs) const
{
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
    db.setDatabaseName(location);
    QString options = QStringLiteral("QSQLITE_BUSY_TIMEOUT=%1").arg(busyTimeoutMs);
    if (readOnly)
        options += QStringLiteral(";QSQLITE_OPEN_READONLY");
    db.setConnectOptions(options);
    return db;
}

Result<void>
SqliteDialect::configureConnection(const QSqlDatabase &db, bool readOnly, int busyTimeoutMs) const
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
        // Statement journals, sorters and temporary tables stay in memory: a statement journal
        // spills to a temporary file after 64 KiB, which made every row of a bulk write a
        // file write (docs/performance.md), and no temporary file then holds record content.
        QStringLiteral("PRAGMA temp_store = MEMORY"),
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

std::function<void()> SqliteDialect::interrupter(const QSqlDatabase &db) const
{
    sqlite3 *handle = sql::handle(db);
    return [handle] {
        if (handle)
            sqlite3_interrupt(handle);
    };
}

void SqliteDialect::observeRowWrites(const QSqlDatabase &db, RowWriteObserver observer)
{
    sqlite3 *handle = sql::handle(db);
    if (!handle)
        return;
    m_rowWrites = std::move(observer);
    if (!m_rowWrites) {
        sqlite3_preupdate_hook(handle, nullptr, nullptr);
        return;
    }
    sqlite3_preupdate_hook(
        handle,
        [](void *self,
           sqlite3 *,
           int,
           const char *,
           const char *table,
           sqlite3_int64,
           sqlite3_int64) { static_cast<SqliteDialect *>(self)->m_rowWrites(table); },
        this);
}

Result<qint64> SqliteDialect::countTables(const QSqlDatabase &db, const QStringList &names) const
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QLatin1Char('\'') + QString(name).replace(u'\'', QStringLiteral("''"))
                      + QLatin1Char('\'');
    return sql::scalarInt(db,
                          QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = 'table' "
                                         "AND name IN (%1)")
                              .arg(quoted.join(QLatin1Char(','))),
                          "database.schema");
}

Result<int> SqliteDialect::schemaVersion(const QSqlDatabase &db) const
{
    auto version = sql::scalarInt(db, QStringLiteral("PRAGMA user_version"), "migrate.version");
    if (!version)
        return version.error();
    return int(*version);
}

Result<void> SqliteDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    return sql::exec(
        db, QStringLiteral("PRAGMA user_version = %1").arg(version), "migrate.version");
}

Result<void>
SqliteDialect::runScript(const QSqlDatabase &db, const QString &script, const char *context) const
{
    return sql::execScript(db, script, context);
}

/** Online backup of the open database to @a target before its schema is changed. */
Result<void> SqliteDialect::copyBeforeMigration(const QSqlDatabase &db, const QString &target) const
{
    sqlite3 *source = sql::handle(db);
    if (!source)
        return Error{ErrorCode::Internal, QStringLiteral("migration backup: no handle")};
    QFile::remove(target);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(),
                             &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    sqlite3_close(dest);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Io,
                     QStringLiteral("migration backup failed: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return {};
}

Result<void> SqliteDialect::beginWrite(const QSqlDatabase &db, int waitMs) const
{
    // IMMEDIATE takes the write lock now, so a second writer waits in BEGIN instead of failing
    // half-way: a deferred BEGIN fails under load when it upgrades its lock. The busy handler
    // waits busy_timeout; this loop waits the rest of @a waitMs without printing each retry.
    QElapsedTimer timer;
    timer.start();
    for (;;) {
        QSqlQuery query(db);
        if (query.exec(QStringLiteral("BEGIN IMMEDIATE")))
            return {};
        const int native = query.lastError().nativeErrorCode().toInt() & 0xff;
        if (native != SQLITE_BUSY && native != SQLITE_LOCKED)
            return sql::errorFrom(query, "transaction.begin");
        if (timer.elapsed() > waitMs) {
            spdlog::info("transaction: another writer kept the lock for {} ms", timer.elapsed());
            return Error{ErrorCode::Busy, QStringLiteral("transaction.begin: database locked")};
        }
        QThread::msleep(20);
    }
}

bool SqliteDialect::inTransaction(const QSqlDatabase &db) const
{
    // After SQLITE_FULL (or IOERR, NOMEM) SQLite may already have rolled the transaction back
    // itself: a second ROLLBACK would only print a misleading error.
    sqlite3 *handle = sql::handle(db);
    return !handle || !sqlite3_get_autocommit(handle);
}

QString SqliteDialect::groupConcat(const QString &expression, const QString &separator) const
{
    // string_agg only from SQLite 3.44 on.
    return QStringLiteral("group_concat(%1, %2)").arg(expression, separator);
}

QVariant SqliteDialect::noLimit() const
{
    return -1;
}

QString SqliteDialect::searchMatchExpression(const QString &text) const
{
    // An FTS5 query: each folded word a quoted prefix term, all of them required.
    QStringList terms;
    const QStringList tokens = domain::foldedTokens(domain::foldForSearch(text));
    for (QString token : tokens) {
        if (token.isEmpty())
            continue;
        token.replace(QLatin1Char('"'), QStringLiteral("\"\""));
        terms << QLatin1Char('"') + token + QStringLiteral("\"*");
    }
    return terms.join(QStringLiteral(" AND "));
}

QString SqliteDialect::searchIndexDeleteStatement() const
{
    return QStringLiteral("DELETE FROM person_search WHERE rowid = ?");
}

QString SqliteDialect::searchIndexInsertStatement(int rows) const
{
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << QStringLiteral("(?, ?)");
    return QStringLiteral("INSERT INTO person_search (rowid, content) VALUES ")
           + values.join(QStringLiteral(", "));
}

QString SqliteDialect::searchIdsCondition(const QString &idColumn) const
{
    return QStringLiteral("%1 IN (SELECT rowid FROM person_search WHERE person_search MATCH ?)")
        .arg(idColumn);
}

QString SqliteDialect::searchRankedIdsStatement() const
{
    return QStringLiteral("SELECT s.rowid FROM person_search s JOIN person p ON p.id = "
                          "s.rowid WHERE person_search MATCH ? AND p.archived = 0 "
                          "ORDER BY s.rank, s.rowid LIMIT ? OFFSET ?");
}

QString SqliteDialect::searchMatchesFrom() const
{
    // CROSS JOIN keeps the index's matches the outer loop.
    return QStringLiteral("person_search s CROSS JOIN person p ON p.id = s.rowid");
}

QString SqliteDialect::searchMatchTerm() const
{
    return QStringLiteral("person_search MATCH ?");
}

QString SqliteDialect::searchTextJoin() const
{
    // FTS5 keeps the indexed text in its own content table: one rowid lookup per person.
    return QStringLiteral("JOIN person_search_content s ON s.id = p.id");
}

QString SqliteDialect::searchTextColumn() const
{
    return QStringLiteral("s.c0");
}

Result<void> SqliteDialect::refreshReportSummary(const QSqlDatabase &db) const
{
    return reportsummary::flush(db);
}

Result<bool> SqliteDialect::reportSummaryPending(const QSqlDatabase &db) const
{
    return reportsummary::pending(db);
}

Result<IntegrityReport> SqliteDialect::checkIntegrity(const QSqlDatabase &db,
                                                      CheckDepth depth) const
{
    return okCheck(db, depth);
}

Result<QStringList> SqliteDialect::foreignKeyViolations(const QSqlDatabase &db) const
{
    QSqlQuery query(db);
    if (!query.exec(QStringLiteral("PRAGMA foreign_key_check")))
        return sql::errorFrom(query, "check.foreign_keys");
    QStringList violations;
    while (query.next()) {
        violations << QStringLiteral("foreign key: %1 row %2 → %3")
                          .arg(query.value(0).toString(),
                               query.value(1).toString(),
                               query.value(2).toString());
    }
    return violations;
}

Result<void> SqliteDialect::backup(Database &db,
                                   const QString &target,
                                   const QList<AuditEntry> &recordInCopy) const
{
    return sqlite::backup(db, target, recordInCopy);
}

Result<void> SqliteDialect::restore(Database &db, const QString &backupPath) const
{
    return sqlite::restore(db, backupPath);
}

} // namespace sr::storage::sqlite
