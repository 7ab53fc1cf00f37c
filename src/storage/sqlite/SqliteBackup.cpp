#include "SqliteBackup.h"

#include "domain/FileErrors.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseHealth.h"
#include "storage/Migrations.h"
#include "storage/OutputFile.h"
#include "storage/SqlDialect.h"
#include "storage/SqlSupport.h"

#include <QCoreApplication>
#include <QElapsedTimer>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QMap>
#include <QSqlDatabase>
#include <QThread>
#include <QtEndian>

#include <spdlog/spdlog.h>

#include <fcntl.h>
#include <sqlite3.h>
#include <unistd.h>

namespace sr::storage::sqlite {

namespace {

/** RAII raw SQLite connection for backup files (outside Qt SQL: no connection registry). */
class RawConnection
{
public:
    ~RawConnection()
    {
        if (m_db)
            sqlite3_close(m_db);
    }
    int open(const QString &path, int flags)
    {
        return sqlite3_open_v2(QFile::encodeName(path).constData(), &m_db, flags, nullptr);
    }
    sqlite3 *get() const { return m_db; }
    QString lastError() const { return QString::fromUtf8(sqlite3_errmsg(m_db)); }

    /** Runs PRAGMA integrity_check; true when it answers a single "ok". */
    bool integrityOk(QStringList *problems = nullptr) const
    {
        sqlite3_stmt *stmt = nullptr;
        if (sqlite3_prepare_v2(m_db, "PRAGMA integrity_check", -1, &stmt, nullptr) != SQLITE_OK)
            return false;
        bool ok = false;
        int rows = 0;
        int rc;
        while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
            const QString line =
                QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)));
            ++rows;
            ok = rows == 1 && line == QLatin1String("ok");
            if (problems && line != QLatin1String("ok"))
                *problems << line;
        }
        sqlite3_finalize(stmt);
        return rc == SQLITE_DONE && ok;
    }

private:
    sqlite3 *m_db = nullptr;
};

/**
 * Copies every page of @a from into @a to in ONE step, so one read transaction on the source
 * covers the whole copy: a consistent snapshot, and no restart. Copied in slices, the backup
 * API starts again from page 1 whenever the source looks changed between two slices — and a
 * read-only WAL database (its -shm read-only too) looks changed to every new read
 * transaction, so the copy of a 0400 database restarted forever at 100 % CPU. Only
 * SQLITE_BUSY/LOCKED (another writer) is retried, for at most 60 s; any other answer ends it.
 */
int runBackup(sqlite3 *to, sqlite3 *from)
{
    sqlite3_backup *backup = sqlite3_backup_init(to, "main", from, "main");
    if (!backup)
        return sqlite3_errcode(to);
    QElapsedTimer timer;
    timer.start();
    int rc;
    for (int attempt = 0;; ++attempt) {
        rc = sqlite3_backup_step(backup, -1);
        const int primary = rc & 0xff;
        if (primary != SQLITE_BUSY && primary != SQLITE_LOCKED && primary != SQLITE_OK)
            break;
        // SQLITE_OK after step(-1) means it did not finish: never loop on it for long either.
        if (timer.elapsed() > 60000 || (primary == SQLITE_OK && attempt >= 10)) {
            rc = primary == SQLITE_OK ? SQLITE_IOERR : rc;
            break;
        }
        QThread::msleep(20);
    }
    const int finish = sqlite3_backup_finish(backup);
    return rc == SQLITE_DONE ? finish : rc;
}

/** Normalised entries of sqlite_schema: "type name (table)" → SQL with whitespace collapsed. */
using SchemaMap = QMap<QString, QString>;

QString schemaKey(const QString &type, const QString &name, const QString &table)
{
    return QStringLiteral("%1 %2 (%3)").arg(type, name, table);
}

/** sqlite_stat* tables come from ANALYZE / PRAGMA optimize: statistics, not schema. */
const char *const schemaQuery = "SELECT type, name, tbl_name, sql FROM sqlite_schema "
                                "WHERE name NOT LIKE 'sqlite_stat%' ORDER BY type, name";

Result<SchemaMap> schemaOf(sqlite3 *connection)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(connection, schemaQuery, -1, &stmt, nullptr) != SQLITE_OK)
        return Error{
            ErrorCode::Corrupt,
            QStringLiteral("schema: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    SchemaMap schema;
    int rc;
    const auto text = [stmt](int column) {
        return QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, column)));
    };
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW)
        schema.insert(schemaKey(text(0), text(1), text(2)), text(3).simplified());
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error{ErrorCode::Corrupt,
                     QStringLiteral("schema: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return schema;
}

/**
 * The schema the migrations 1..@a version produce, built once per version on an in-memory
 * database: the reference a backup of that version must match exactly.
 */
Result<SchemaMap> referenceSchema(const SqlDialect &dialect, int version)
{
    static QMap<int, SchemaMap> cache;
    if (const auto found = cache.constFind(version); found != cache.constEnd())
        return *found;
    const QString name = QStringLiteral("sr-reference-schema-%1").arg(version);
    Result<SchemaMap> schema = Error{ErrorCode::Internal, QStringLiteral("reference schema")};
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QSQLITE"), name);
        db.setDatabaseName(QStringLiteral(":memory:"));
        if (!db.open()) {
            schema = Error{ErrorCode::Internal, QStringLiteral("reference schema: cannot open")};
        } else if (auto r = AuditLog::registerFunctions(db); !r) {
            schema = r.error();
        } else if (auto m = migrations::migrate(dialect, db, QString(), version); !m) {
            schema = m.error();
        } else {
            schema = schemaOf(sql::handle(db));
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    if (schema)
        cache.insert(version, *schema);
    return schema;
}

/** Runs @a statement and returns its first column of the first row (-1 on error). */
qint64 scalar(sqlite3 *connection, const char *statement)
{
    sqlite3_stmt *stmt = nullptr;
    qint64 value = -1;
    if (sqlite3_prepare_v2(connection, statement, -1, &stmt, nullptr) == SQLITE_OK
        && sqlite3_step(stmt) == SQLITE_ROW)
        value = sqlite3_column_int64(stmt, 0);
    sqlite3_finalize(stmt);
    return value;
}

/**
 * A backup must prove itself a whole SafeReturn database of its @a version before it may
 * replace @a live: exactly the tables, indexes and triggers the migrations make, no foreign
 * key violation, an intact audit chain and an active administrator. integrity_check was run
 * before. Errors: NotSafeReturnDatabase (detail "schema_mismatch: …", "no_administrator",
 * "no_users") or Corrupt ("foreign_keys", "audit_chain: …").
 */
Result<void> proveWhole(sqlite3 *backup, int version, Database &live)
{
    auto reference = referenceSchema(live.dialect(), version);
    if (!reference)
        return reference.error();
    auto actual = schemaOf(backup);
    if (!actual)
        return actual.error();
    for (auto it = reference->constBegin(); it != reference->constEnd(); ++it) {
        const auto found = actual->constFind(it.key());
        if (found == actual->constEnd())
            return Error{ErrorCode::NotSafeReturnDatabase,
                         QStringLiteral("schema_mismatch: missing %1").arg(it.key()),
                         ErrorReason::SchemaMismatch};
        if (*found != *it)
            return Error{ErrorCode::NotSafeReturnDatabase,
                         QStringLiteral("schema_mismatch: changed %1").arg(it.key()),
                         ErrorReason::SchemaMismatch};
    }
    for (auto it = actual->constBegin(); it != actual->constEnd(); ++it) {
        if (!reference->contains(it.key()))
            return Error{ErrorCode::NotSafeReturnDatabase,
                         QStringLiteral("schema_mismatch: extra %1").arg(it.key()),
                         ErrorReason::SchemaMismatch};
    }

    if (scalar(backup, "SELECT count(*) FROM pragma_foreign_key_check") != 0)
        return Error{ErrorCode::Corrupt, QStringLiteral("foreign_keys"), ErrorReason::ForeignKeys};

    // Migration 5 chained the audit log; older backups have no hashes to verify.
    if (version >= 5) {
        const auto chain = AuditLog::verifyChain(backup);
        if (!chain)
            return chain.error();
        if (chain->firstBrokenId != 0)
            return Error{ErrorCode::Corrupt,
                         QStringLiteral("audit_chain: broken at row %1").arg(chain->firstBrokenId),
                         ErrorReason::AuditChainBroken};
    }

    // A backup without accounts (from before version 3, or made before the first
    // administrator was created) would leave records that anyone may open over a database that
    // has accounts: only a database without users (a new installation) may take it, and its
    // first administrator is then created as usual. A backup with accounts needs an active
    // administrator, or nobody could manage the restored database.
    const qint64 backupUsers = version >= 3 ? scalar(backup, "SELECT count(*) FROM app_user") : 0;
    if (backupUsers < 0)
        return Error{ErrorCode::Corrupt, QStringLiteral("restore: app_user unreadable")};
    if (backupUsers == 0) {
        auto users = sql::scalarInt(
            live.connection(), QStringLiteral("SELECT count(*) FROM app_user"), "restore.users");
        if (!users)
            return users.error();
        if (*users > 0)
            return Error{
                ErrorCode::NotSafeReturnDatabase, QStringLiteral("no_users"), ErrorReason::NoUsers};
    } else if (scalar(backup,
                      "SELECT count(*) FROM app_user WHERE role = 'administrator' AND disabled = 0")
               < 1) {
        return Error{ErrorCode::NotSafeReturnDatabase,
                     QStringLiteral("no_administrator"),
                     ErrorReason::NoAdministrator};
    }
    return {};
}

/**
 * Appends @a rows to the audit log of the backup copy @a dest in one transaction, as
 * AuditLog::append() writes them (the copy's audit_log_chain trigger chains each row).
 */
int appendAudit(sqlite3 *dest, const QList<AuditEntry> &rows)
{
    if (!AuditLog::registerFunctions(dest))
        return SQLITE_ERROR;
    int rc = sqlite3_exec(dest, "BEGIN IMMEDIATE", nullptr, nullptr, nullptr);
    sqlite3_stmt *stmt = nullptr;
    if (rc == SQLITE_OK)
        rc = sqlite3_prepare_v2(dest,
                                "INSERT INTO audit_log (at, actor, action, entity, entity_id, "
                                "changes) VALUES (?, ?, ?, ?, ?, ?)",
                                -1,
                                &stmt,
                                nullptr);
    for (const AuditEntry &row : rows) {
        if (rc != SQLITE_OK)
            break;
        const QByteArray at = sql::nowTimestamp().toUtf8();
        const QByteArray actor =
            (row.actor.isEmpty() ? QStringLiteral("unknown") : row.actor).toUtf8();
        const QByteArray action = row.action.toUtf8();
        const QByteArray entity = row.entity.toUtf8();
        const QByteArray changes = row.changes.isEmpty()
                                       ? QByteArray()
                                       : QJsonDocument(row.changes).toJson(QJsonDocument::Compact);
        sqlite3_bind_text(stmt, 1, at.constData(), int(at.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 2, actor.constData(), int(actor.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 3, action.constData(), int(action.size()), SQLITE_TRANSIENT);
        sqlite3_bind_text(stmt, 4, entity.constData(), int(entity.size()), SQLITE_TRANSIENT);
        if (row.entityId > 0)
            sqlite3_bind_int64(stmt, 5, row.entityId);
        else
            sqlite3_bind_null(stmt, 5);
        sqlite3_bind_text(stmt, 6, changes.constData(), int(changes.size()), SQLITE_TRANSIENT);
        rc = sqlite3_step(stmt) == SQLITE_DONE ? SQLITE_OK : sqlite3_errcode(dest);
        sqlite3_reset(stmt);
    }
    sqlite3_finalize(stmt);
    if (rc == SQLITE_OK)
        rc = sqlite3_exec(dest, "COMMIT", nullptr, nullptr, nullptr);
    else
        sqlite3_exec(dest, "ROLLBACK", nullptr, nullptr, nullptr);
    return rc;
}

ErrorCode codeForSqlite(int rc)
{
    switch (rc & 0xff) {
    case SQLITE_FULL:
        return ErrorCode::DiskFull;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
        return ErrorCode::Busy;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
        return ErrorCode::Corrupt;
    case SQLITE_READONLY:
        return ErrorCode::ReadOnly;
    default:
        return ErrorCode::Io;
    }
}

} // namespace

Result<void> backup(Database &db, const QString &targetPath, const QList<AuditEntry> &recordInCopy)
{
    sqlite3 *source = sql::handle(db.connection());
    if (!source)
        return Error{ErrorCode::Internal, QStringLiteral("backup: no SQLite handle")};
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    // By identity, not by spelling: never over the database, its journals or a live database;
    // an earlier backup may be replaced (OutputFile.h).
    if (auto allowed = checkOutputTarget(db, target, {}, OutputKind::Backup); !allowed)
        return allowed.error();
    const QString temp =
        QStringLiteral("%1.part-%2").arg(target).arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    {
        const int fd = ::open(
            QFile::encodeName(temp).constData(), O_CREAT | O_EXCL | O_WRONLY | O_CLOEXEC, 0600);
        if (fd < 0) {
            const int saved = errno;
            return fileError(ErrorCode::Io,
                             target,
                             whyWriteFailed(target, saved),
                             QStringLiteral("backup: cannot create the target file"));
        }
        ::close(fd);
    }
    int rc;
    {
        RawConnection dest;
        rc = dest.open(temp, SQLITE_OPEN_READWRITE);
        if (rc == SQLITE_OK)
            rc = runBackup(dest.get(), source);
        // A backup keeps no WAL of its own: one self-contained file.
        // The copy carries the head of its audit chain (docs/security.md, "Anchor").
        if (rc == SQLITE_OK)
            rc = AuditLog::writeAnchorInto(dest.get());
        if (rc == SQLITE_OK)
            rc =
                sqlite3_exec(dest.get(), "PRAGMA journal_mode = DELETE", nullptr, nullptr, nullptr);
        if (rc == SQLITE_OK && !recordInCopy.isEmpty())
            rc = appendAudit(dest.get(), recordInCopy);
        if (rc == SQLITE_OK && !dest.integrityOk())
            rc = SQLITE_CORRUPT;
    }
    // The copy holds the database's pages as they are: a copy that fails its check means
    // damage in the database itself when the database fails quick_check too (then it is
    // marked damaged and the session turns read-only), else a fault of the target's disk.
    if (rc == SQLITE_CORRUPT) {
        if (health::quickCheck(db))
            rc = SQLITE_IOERR;
    }
    if (rc == SQLITE_OK && !fsyncPath(temp))
        rc = SQLITE_IOERR;
    if (rc == SQLITE_OK) {
        QFile::remove(target);
        if (::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData())
            != 0)
            rc = SQLITE_IOERR;
        fsyncPath(QFileInfo(target).absolutePath());
    }
    if (rc != SQLITE_OK) {
        QFile::remove(temp);
        QFile::remove(temp + QStringLiteral("-journal"));
        spdlog::error("backup: failed ({})", sqlite3_errstr(rc));
        const ErrorCode code = codeForSqlite(rc);
        const QString detail =
            QStringLiteral("backup failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)));
        if (code != ErrorCode::Io && code != ErrorCode::DiskFull)
            return Error{code, detail};
        const ErrorReason reason = whyNotWritable(target);
        return fileError(code,
                         target,
                         code == ErrorCode::Io && reason == ErrorReason::None
                             ? ErrorReason::DeviceError
                             : reason,
                         detail);
    }
    spdlog::info("backup: written and checked");
    return {};
}

Result<void> restore(Database &db, const QString &backupPath)
{
    if (db.isReadOnly() && !db.isDamaged())
        return Error{ErrorCode::ReadOnly, QStringLiteral("restore: database is read-only")};
    // The source is a backup: not the database itself or its journals (by identity), and not a
    // live database, whose newest commits may still sit in its -wal, which a backup lacks.
    if (auto source = checkOutputTarget(db, backupPath, {}, OutputKind::Backup);
        !source && source.error().code == ErrorCode::ProtectedFile)
        return source.error();
    if (db.transactionDepth() > 0)
        return Error{ErrorCode::Internal, QStringLiteral("restore inside a transaction")};

    // Recognise the backup before opening it with SQLite (a foreign file is never touched).
    QFile file(backupPath);
    if (!file.open(QIODevice::ReadOnly))
        return fileError(ErrorCode::Io,
                         backupPath,
                         whyNotReadable(backupPath),
                         QStringLiteral("restore: cannot read the backup file"));
    const QByteArray header = file.read(100);
    file.close();
    if (header.size() < 100 || !header.startsWith(QByteArrayLiteral("SQLite format 3")))
        return Error{ErrorCode::NotSafeReturnDatabase,
                     QStringLiteral("restore: not an SQLite file")};
    const auto *bytes = reinterpret_cast<const uchar *>(header.constData());
    if (qFromBigEndian<quint32>(bytes + 68) != quint32(Database::applicationId))
        return Error{ErrorCode::NotSafeReturnDatabase,
                     QStringLiteral("restore: not a SafeReturn backup")};
    const int version = int(qFromBigEndian<quint32>(bytes + 60));
    if (version > migrations::latestVersion(db.dialect()))
        return Error{ErrorCode::NewerSchema, QStringLiteral("restore: backup from a newer schema")};
    if (version < 1)
        return Error{ErrorCode::NotSafeReturnDatabase,
                     QStringLiteral("restore: backup has no schema")};

    RawConnection source;
    // immutable=1: read the file exactly as it is, create no -wal/-shm beside it.
    const QString uri =
        QStringLiteral("file:%1?immutable=1").arg(QFileInfo(backupPath).absoluteFilePath());
    int rc = source.open(uri, SQLITE_OPEN_READONLY | SQLITE_OPEN_URI);
    if (rc != SQLITE_OK)
        return fileError(ErrorCode::Io,
                         backupPath,
                         whyNotReadable(backupPath),
                         QStringLiteral("restore: cannot open backup: %1").arg(source.lastError()));
    // Nothing in the backup's schema may run our code or its own before it is proven ours.
    sqlite3_exec(source.get(), "PRAGMA trusted_schema = OFF", nullptr, nullptr, nullptr);
    QStringList problems;
    if (!source.integrityOk(&problems))
        return Error{ErrorCode::Corrupt, QStringLiteral("restore: backup fails integrity_check")};
    if (auto proven = proveWhole(source.get(), version, db); !proven) {
        spdlog::error("restore: backup refused ({})", proven.error().detail.toStdString());
        return proven.error();
    }

    sqlite3 *dest = sql::handle(db.connection());
    if (!dest)
        return Error{ErrorCode::Internal, QStringLiteral("restore: no SQLite handle")};
    // The backup API replaces the pages of the live database in one write transaction:
    // other connections see either the old or the restored content.
    rc = runBackup(dest, source.get());
    if (rc != SQLITE_OK) {
        spdlog::error("restore: failed ({})", sqlite3_errstr(rc));
        return Error{
            codeForSqlite(rc),
            QStringLiteral("restore failed: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    }
    // Every page is now the checked backup's: damage found earlier is gone with them.
    health::markRestored(db.path());
    // The copied header says journal_mode=DELETE; keep this database in WAL mode.
    (void)sql::exec(db.connection(), QStringLiteral("PRAGMA journal_mode = WAL"), "restore.wal");
    if (version < migrations::latestVersion(db.dialect())) {
        if (auto r = migrations::migrate(db.dialect(), db.connection(), db.path()); !r)
            return r.error();
    }
    // The restored log legitimately ends where the backup's did: remember its head as the
    // anchor instead of reporting the replaced database's newer rows as truncated.
    if (auto r = AuditLog(db).resetAnchor(); !r)
        spdlog::warn("restore: the audit anchor could not be reset");
    spdlog::info("restore: database replaced from a checked backup");
    return {};
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

} // namespace sr::storage::sqlite
