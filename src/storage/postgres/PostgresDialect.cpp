#include "PostgresDialect.h"

#include "domain/TextFold.h"
#include "storage/Database.h"
#include "storage/Migrations.h"
#include "storage/ReportSummaryScript.h"
#include "storage/ServerLocation.h"
#include "storage/SqlSupport.h"

#include <QScopeGuard>
#include <QSqlDriver>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <libpq-fe.h>
#include <limits>
#include <memory>

namespace sr::storage::postgres {

namespace {

/** 'SRET': the application id in sr_schema, and the key of the writers' advisory lock. */
constexpr qint64 kWriteLock = Database::applicationId;
/** The lock that makes two processes creating the schema at once end up with one. */
constexpr qint64 kCreateLock = qint64(Database::applicationId) + 1;

PGconn *handleOf(const QSqlDatabase &db)
{
    const QVariant v = db.driver() ? db.driver()->handle() : QVariant();
    // Qt registers the handle under libpq's struct name (pg_conn*); older Qt said PGconn*.
    if (!v.isValid()
        || (qstrcmp(v.typeName(), "pg_conn*") != 0 && qstrcmp(v.typeName(), "PGconn*") != 0))
        return nullptr;
    return *static_cast<PGconn *const *>(v.constData());
}

/** A connection of its own for the steps before Database's (inspect, create), closed after. */
class ScratchConnection
{
public:
    ScratchConnection(const PostgresDialect &dialect, const QString &location, int busyTimeoutMs)
        : m_name(QStringLiteral("sr-pg-") + QUuid::createUuid().toString(QUuid::Id128))
    {
        QSqlDatabase db = dialect.addConnection(location, m_name, false, busyTimeoutMs);
        if (!db.open())
            m_error = sql::errorFrom(db.lastError(), "server.connect");
        else if (auto r = dialect.configureConnection(db, false, busyTimeoutMs); !r)
            m_error = r.error();
        else
            m_ok = true;
    }
    ~ScratchConnection()
    {
        {
            QSqlDatabase db = QSqlDatabase::database(m_name, false);
            if (db.isOpen())
                db.close();
        }
        QSqlDatabase::removeDatabase(m_name);
    }
    ScratchConnection(const ScratchConnection &) = delete;
    ScratchConnection &operator=(const ScratchConnection &) = delete;

    bool ok() const { return m_ok; }
    const Error &error() const { return m_error; }
    QSqlDatabase db() const { return QSqlDatabase::database(m_name, false); }

private:
    QString m_name;
    bool m_ok = false;
    Error m_error;
};

/** What the server's database holds: nothing, SafeReturn's schema (version), or other tables. */
struct Contents
{
    bool hasSchemaTable = false;
    qint64 relations = 0;
    qint64 applicationId = 0;
    int version = 0;
};

Result<Contents> contentsOf(const QSqlDatabase &db)
{
    Contents contents;
    QSqlQuery query(db);
    if (auto r = sql::run(query,
                          QStringLiteral("SELECT to_regclass('sr_schema') IS NOT NULL, (SELECT "
                                         "count(*) FROM pg_class c JOIN pg_namespace n ON n.oid "
                                         "= c.relnamespace WHERE n.nspname = current_schema() AND "
                                         "c.relkind IN ('r', 'v', 'm', 'p', 'f'))"),
                          {},
                          "server.inspect");
        !r)
        return r.error();
    if (!query.next())
        return Error{ErrorCode::Internal, QStringLiteral("server.inspect: no row")};
    contents.hasSchemaTable = query.value(0).toBool();
    contents.relations = query.value(1).toLongLong();
    if (!contents.hasSchemaTable)
        return contents;
    QSqlQuery identity(db);
    if (auto r = sql::run(identity,
                          QStringLiteral("SELECT application_id, version FROM sr_schema"),
                          {},
                          "server.inspect");
        !r)
        return r.error();
    if (identity.next()) {
        contents.applicationId = identity.value(0).toLongLong();
        contents.version = identity.value(1).toInt();
    }
    return contents;
}

Error noSchema(const char *why)
{
    return Error{ErrorCode::NotFound, QLatin1String(why), ErrorReason::ServerNoSchema};
}

Error fromResult(PGresult *result, PGconn *conn, const char *context)
{
    const char *state = result ? PQresultErrorField(result, PG_DIAG_SQLSTATE) : nullptr;
    const char *message = result ? PQresultErrorMessage(result) : PQerrorMessage(conn);
    // A connection that broke during the script has no SQLSTATE: libpq only knows it is gone.
    if ((!state || !*state) && conn && PQstatus(conn) == CONNECTION_BAD) {
        spdlog::warn("storage: {}: server connection lost", context);
        return Error{ErrorCode::Io,
                     QStringLiteral("%1: server connection lost").arg(QLatin1String(context)),
                     ErrorReason::ServerConnectionLost};
    }
    // Named as the driver's, so that sql::errorFrom reads it as a server's error.
    return sql::errorFrom(QSqlError(QStringLiteral("QPSQL"),
                                    QString::fromUtf8(message ? message : "").trimmed(),
                                    QSqlError::StatementError,
                                    QString::fromLatin1(state ? state : "")),
                          context);
}

} // namespace

QString PostgresDialect::name() const
{
    return QStringLiteral("postgresql");
}

QString PostgresDialect::migrationsFolder() const
{
    return QStringLiteral(":/sql/postgresql");
}

QString PostgresDialect::absoluteLocation(const QString &location) const
{
    auto parsed = ServerLocation::parse(location);
    return parsed ? parsed->toString() : location;
}

bool PostgresDialect::exists(const QString &location) const
{
    // A server's database is created by its administrator; whether it holds our schema is
    // inspect()'s answer (ServerNoSchema).
    Q_UNUSED(location)
    return true;
}

Result<void> PostgresDialect::create(const QString &location, int busyTimeoutMs) const
{
    ScratchConnection scratch(*this, location, busyTimeoutMs);
    if (!scratch.ok())
        return scratch.error();
    const QSqlDatabase db = scratch.db();
    // One creator at a time; the second finds the schema made and leaves it.
    if (auto r = sql::exec(
            db, QStringLiteral("SELECT pg_advisory_lock(%1)").arg(kCreateLock), "server.create");
        !r)
        return r.error();
    const auto unlock = qScopeGuard([&db] {
        (void)sql::exec(
            db, QStringLiteral("SELECT pg_advisory_unlock(%1)").arg(kCreateLock), "server.create");
    });
    auto contents = contentsOf(db);
    if (!contents)
        return contents.error();
    if (contents->hasSchemaTable && contents->version > 0)
        return {}; // made by another process meanwhile: inspect() judges it
    if (!contents->hasSchemaTable && contents->relations > 0)
        return Error{ErrorCode::NotSafeReturnDatabase,
                     QStringLiteral("server database holds other tables")};
    // The role used every day may not change the schema (docs/server.md, "Roles"): then the
    // database stays empty until an administrator runs `safereturn server init`.
    auto mayCreate = sql::scalarInt(
        db,
        QStringLiteral("SELECT has_schema_privilege(current_schema(), 'CREATE')::int"),
        "server.create");
    if (!mayCreate)
        return mayCreate.error();
    if (*mayCreate == 0)
        return noSchema("server database is empty and this role may not create the schema");
    if (auto r = sql::exec(db,
                           QStringLiteral("CREATE TABLE IF NOT EXISTS sr_schema ("
                                          "application_id integer NOT NULL, "
                                          "version integer NOT NULL)"),
                           "server.create");
        !r)
        return r.error();
    if (auto r = sql::exec(db,
                           QStringLiteral("INSERT INTO sr_schema (application_id, version) "
                                          "SELECT %1, 0 WHERE NOT EXISTS (SELECT 1 FROM "
                                          "sr_schema)")
                               .arg(Database::applicationId),
                           "server.create");
        !r)
        return r.error();
    // Each migration is one transaction (PostgreSQL's DDL is transactional): a failure leaves
    // version 0, which the next creator starts again from.
    if (auto r = migrations::migrate(*this, db, location); !r)
        return r.error();
    spdlog::info("server: schema created");
    return {};
}

Result<void> PostgresDialect::checkLocation(const QString &location) const
{
    auto parsed = ServerLocation::parse(location);
    if (!parsed)
        return parsed.error();
    return {};
}

Result<int> PostgresDialect::inspect(const QString &location, int latestVersion) const
{
    ScratchConnection scratch(*this, location, 5000);
    if (!scratch.ok())
        return scratch.error();
    // Only reads: a database that is not ours is left as it is.
    auto contents = contentsOf(scratch.db());
    if (!contents)
        return contents.error();
    if (!contents->hasSchemaTable) {
        if (contents->relations == 0)
            return noSchema("server database is empty");
        return Error{ErrorCode::NotSafeReturnDatabase,
                     QStringLiteral("server database without sr_schema")};
    }
    if (contents->applicationId != Database::applicationId)
        return Error{
            ErrorCode::NotSafeReturnDatabase,
            QStringLiteral("sr_schema with application id %1").arg(contents->applicationId)};
    if (contents->version > latestVersion)
        return Error{ErrorCode::NewerSchema,
                     QStringLiteral("schema version %1, this build knows %2")
                         .arg(contents->version)
                         .arg(latestVersion)};
    if (contents->version == 0)
        return noSchema("server schema creation did not finish");
    return contents->version;
}

bool PostgresDialect::isWritable(const QString &location) const
{
    // The server's grants decide, statement by statement.
    Q_UNUSED(location)
    return true;
}

void PostgresDialect::restrictToOwner(const QString &location) const
{
    Q_UNUSED(location) // no file here: the server's roles and pg_hba.conf guard the records
}

bool PostgresDialect::onNetworkFileSystem(const QString &location) const
{
    Q_UNUSED(location)
    return false;
}

QSqlDatabase PostgresDialect::addConnection(const QString &location,
                                            const QString &name,
                                            bool readOnly,
                                            int busyTimeoutMs) const
{
    Q_UNUSED(readOnly)
    Q_UNUSED(busyTimeoutMs)
    QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
    const auto parsed = ServerLocation::parse(location);
    if (!parsed)
        return db; // checkLocation() refused it already
    db.setHostName(parsed->host);
    db.setPort(parsed->port);
    db.setDatabaseName(parsed->database);
    db.setUserName(parsed->user);
    // A password typed at the prompt; otherwise libpq reads PGPASSWORD or the pgpass file.
    if (const QString password = serverPassword(parsed->toString()); !password.isEmpty())
        db.setPassword(password);
    db.setConnectOptions(QStringLiteral("sslmode=%1;connect_timeout=10;application_name=SafeReturn")
                             .arg(parsed->effectiveSslMode()));
    return db;
}

Result<void>
PostgresDialect::configureConnection(const QSqlDatabase &db, bool readOnly, int busyTimeoutMs) const
{
    QStringList settings{
        QStringLiteral("SET client_encoding = 'UTF8'"),
        QStringLiteral("SET TIME ZONE 'UTC'"),
        // No statement waits for a row lock longer than a writer waits for the write lock.
        QStringLiteral("SET lock_timeout = %1").arg(qMax(busyTimeoutMs, 1)),
    };
    if (readOnly) {
        settings << QStringLiteral("SET default_transaction_read_only = on");
        // Read-only sessions are the background ones (the case list's count, health checks) and
        // the reading commands: parallel workers would take every core of a small server from
        // the workstations' first screens and saves (docs/performance.md, "On a server").
        settings << QStringLiteral("SET max_parallel_workers_per_gather = 0");
    }
    // Errors without their DETAIL and CONTEXT lines, which quote the values of a row.
    if (PGconn *conn = handleOf(db))
        PQsetErrorVerbosity(conn, PQERRORS_TERSE);
    for (const QString &setting : settings) {
        if (auto r = sql::exec(db, setting, "server.configure"); !r)
            return r.error();
    }
    return {};
}

std::function<void()> PostgresDialect::interrupter(const QSqlDatabase &db) const
{
    PGconn *conn = handleOf(db);
    if (!conn)
        return [] {};
    // PQcancel is the libpq call that may be made from another thread.
    std::shared_ptr<PGcancel> cancel(PQgetCancel(conn), [](PGcancel *c) {
        if (c)
            PQfreeCancel(c);
    });
    return [cancel] {
        if (!cancel)
            return;
        char message[256];
        PQcancel(cancel.get(), message, int(sizeof message));
    };
}

void PostgresDialect::observeRowWrites(const QSqlDatabase &db, RowWriteObserver observer)
{
    m_rowWrites = {};
    if (!observer)
        return;
    // The schema's statement triggers (sr_note_write) note each written table in this
    // session's own table; a read-only session writes nothing and keeps none.
    auto readOnly = sql::scalarInt(
        db,
        QStringLiteral("SELECT (current_setting('default_transaction_read_only') = 'on')::int"),
        "server.observe");
    if (!readOnly || *readOnly != 0)
        return;
    if (!sql::exec(db,
                   QStringLiteral("CREATE TEMP TABLE IF NOT EXISTS sr_written "
                                  "(name text PRIMARY KEY) ON COMMIT DELETE ROWS"),
                   "server.observe"))
        return;
    m_rowWrites = std::move(observer);
}

Result<void> PostgresDialect::reportRowWrites(const QSqlDatabase &db)
{
    if (!m_rowWrites)
        return {};
    QSqlQuery query(db);
    if (auto r = sql::run(query,
                          QStringLiteral("DELETE FROM pg_temp.sr_written RETURNING name"),
                          {},
                          "server.observe");
        !r)
        return r.error();
    while (query.next())
        m_rowWrites(query.value(0).toString().toLatin1().constData());
    return {};
}

bool PostgresDialect::connectionLost(const QSqlDatabase &db) const
{
    // libpq marks the connection bad once a statement found it broken (the server restarted
    // or ended the session, the network dropped): only a new connection goes on.
    if (!db.isOpen())
        return true;
    PGconn *conn = handleOf(db);
    return !conn || PQstatus(conn) == CONNECTION_BAD;
}

Result<QVariant> PostgresDialect::transactionId(const QSqlDatabase &db) const
{
    // The transaction's id survives the session: txid_status() on a new connection says
    // whether it committed (PostgreSQL 10 and later).
    auto id = sql::scalarInt(db, QStringLiteral("SELECT txid_current()"), "transaction.id");
    if (!id)
        return id.error();
    return QVariant(*id);
}

Result<bool> PostgresDialect::committedAfterLoss(const QSqlDatabase &db, const QVariant &id) const
{
    if (!id.isValid())
        return false;
    QSqlQuery query(db);
    if (auto r = sql::run(query,
                          QStringLiteral("SELECT txid_status(?)"),
                          {QVariant(id.toLongLong())},
                          "transaction.outcome");
        !r)
        return r.error();
    // 'committed', 'aborted', 'in progress' (the server has not yet noticed the broken
    // session; it may still commit it), or NULL when too old to tell.
    const QString status = query.next() ? query.value(0).toString() : QString();
    if (status == QLatin1String("committed"))
        return true;
    if (status == QLatin1String("aborted"))
        return false;
    return Error{ErrorCode::Io,
                 QStringLiteral("transaction.outcome: server cannot tell yet"),
                 ErrorReason::ServerConnectionLost};
}

Result<qint64> PostgresDialect::countTables(const QSqlDatabase &db, const QStringList &names) const
{
    QStringList quoted;
    for (const QString &name : names)
        quoted << QLatin1Char('\'') + QString(name).replace(u'\'', QStringLiteral("''"))
                      + QLatin1Char('\'');
    return sql::scalarInt(db,
                          QStringLiteral("SELECT count(*) FROM information_schema.tables WHERE "
                                         "table_schema = current_schema() AND table_name IN (%1)")
                              .arg(quoted.join(QLatin1Char(','))),
                          "database.schema");
}

Result<int> PostgresDialect::schemaVersion(const QSqlDatabase &db) const
{
    auto version =
        sql::scalarInt(db, QStringLiteral("SELECT version FROM sr_schema"), "migrate.version");
    if (!version)
        return version.error();
    return int(*version);
}

Result<void> PostgresDialect::setSchemaVersion(const QSqlDatabase &db, int version) const
{
    return sql::exec(
        db, QStringLiteral("UPDATE sr_schema SET version = %1").arg(version), "migrate.version");
}

Result<void>
PostgresDialect::runScript(const QSqlDatabase &db, const QString &script, const char *context) const
{
    PGconn *conn = handleOf(db);
    if (!conn)
        return Error{ErrorCode::Internal,
                     QStringLiteral("%1: no PostgreSQL handle").arg(QLatin1String(context))};
    // Several statements in one simple query, as SQLite's sqlite3_exec runs them.
    PGresult *result = PQexec(conn, script.toUtf8().constData());
    const ExecStatusType status = PQresultStatus(result);
    Result<void> outcome;
    if (status != PGRES_COMMAND_OK && status != PGRES_TUPLES_OK)
        outcome = fromResult(result, conn, context);
    PQclear(result);
    return outcome;
}

Result<void> PostgresDialect::copyBeforeMigration(const QSqlDatabase &db,
                                                  const QString &target) const
{
    // Each migration is one transaction on the server, undone whole when it fails; copies of
    // the database are the administrator's pg_dump (docs/server.md, "Backups").
    Q_UNUSED(db)
    Q_UNUSED(target)
    spdlog::info("migrate: on a server the administrator's pg_dump is the copy before upgrades");
    return {};
}

Result<void> PostgresDialect::beginWrite(const QSqlDatabase &db, int waitMs) const
{
    if (auto r = sql::exec(db, QStringLiteral("BEGIN"), "transaction.begin"); !r)
        return r.error();
    // One writer at a time, as SQLite's BEGIN IMMEDIATE: the transaction-level advisory lock is
    // released by COMMIT or ROLLBACK, also when the client dies (the server ends its session).
    // lock_timeout 0 waits without limit.
    const qint64 wait = waitMs >= std::numeric_limits<int>::max() / 2 ? 0 : qMax(waitMs, 1);
    Result<void> locked =
        sql::exec(db, QStringLiteral("SET LOCAL lock_timeout = %1").arg(wait), "transaction.begin");
    if (locked) {
        QSqlQuery query(db);
        if (!query.exec(QStringLiteral("SELECT pg_advisory_xact_lock(%1)").arg(kWriteLock))) {
            const Error error = sql::errorFrom(query, "transaction.begin");
            locked = error.code == ErrorCode::Busy
                         ? Error{ErrorCode::Busy,
                                 QStringLiteral("transaction.begin: another writer kept the lock")}
                         : error;
        }
    }
    if (locked)
        locked =
            sql::exec(db, QStringLiteral("SET LOCAL lock_timeout TO DEFAULT"), "transaction.begin");
    if (!locked) {
        (void)sql::exec(db, QStringLiteral("ROLLBACK"), "transaction.rollback");
        return locked.error();
    }
    return {};
}

bool PostgresDialect::inTransaction(const QSqlDatabase &db) const
{
    PGconn *conn = handleOf(db);
    if (!conn)
        return false;
    const PGTransactionStatusType status = PQtransactionStatus(conn);
    return status == PQTRANS_INTRANS || status == PQTRANS_INERROR || status == PQTRANS_ACTIVE;
}

QVariant PostgresDialect::noLimit() const
{
    return QVariant(QMetaType::fromType<qint64>()); // LIMIT NULL: every row
}

QString PostgresDialect::searchMatchExpression(const QString &text) const
{
    // A tsquery: every folded word a prefix (':*'), all required ('&'). The words are letters
    // and digits only (domain::foldedTokens), quoted all the same.
    QStringList terms;
    const QStringList tokens = domain::foldedTokens(domain::foldForSearch(text));
    for (QString token : tokens) {
        if (token.isEmpty())
            continue;
        token.replace(QLatin1Char('\''), QStringLiteral("''"));
        terms << QLatin1Char('\'') + token + QStringLiteral("':*");
    }
    return terms.join(QStringLiteral(" & "));
}

QString PostgresDialect::searchIndexText(const QString &content) const
{
    // The words as the application splits them (domain::foldedTokens), one space apart, so
    // that the server's text parser finds exactly those words and nothing of its own (it would
    // keep "a.b" or an e-mail address as one word).
    return domain::foldedTokens(content).join(QLatin1Char(' '));
}

QString PostgresDialect::searchIndexDeleteStatement() const
{
    return QStringLiteral("DELETE FROM person_search WHERE person_id = ?");
}

QString PostgresDialect::searchIndexInsertStatement(int rows) const
{
    QStringList values;
    for (int i = 0; i < rows; ++i)
        values << QStringLiteral("(?, ?)");
    return QStringLiteral("INSERT INTO person_search (person_id, content) VALUES ")
           + values.join(QStringLiteral(", "));
}

QString PostgresDialect::searchIdsCondition(const QString &idColumn) const
{
    return QStringLiteral("%1 IN (SELECT person_id FROM person_search WHERE words @@ "
                          "to_tsquery('simple', ?))")
        .arg(idColumn);
}

QString PostgresDialect::searchRankedIdsStatement() const
{
    return QStringLiteral("SELECT s.person_id FROM to_tsquery('simple', ?) q, person_search s "
                          "JOIN person p ON p.id = s.person_id WHERE s.words @@ q AND p.archived "
                          "= 0 ORDER BY ts_rank(s.words, q) DESC, s.person_id LIMIT ? OFFSET ?");
}

QString PostgresDialect::searchMatchesFrom() const
{
    return QStringLiteral("person_search s JOIN person p ON p.id = s.person_id");
}

QString PostgresDialect::searchMatchTerm() const
{
    return QStringLiteral("s.words @@ to_tsquery('simple', ?)");
}

QString PostgresDialect::searchTextJoin() const
{
    return QStringLiteral("JOIN person_search s ON s.person_id = p.id");
}

QString PostgresDialect::searchTextColumn() const
{
    return QStringLiteral("s.content");
}

Result<void> PostgresDialect::refreshReportSummary(const QSqlDatabase &db) const
{
    auto noted = reportSummaryPending(db);
    if (!noted)
        return noted.error();
    if (!*noted)
        return {};
    static const QString script = QString::fromUtf8(reportsummary::script(true));
    return runScript(db, script, "report summary: refresh");
}

Result<bool> PostgresDialect::reportSummaryPending(const QSqlDatabase &db) const
{
    auto noted = sql::scalarInt(db,
                                QStringLiteral("SELECT (EXISTS (SELECT 1 FROM report_dirty) OR "
                                               "EXISTS (SELECT 1 FROM report_dirty_part))::int"),
                                "report summary: pending");
    if (!noted)
        return noted.error();
    return *noted != 0;
}

Result<IntegrityReport> PostgresDialect::checkIntegrity(const QSqlDatabase &db,
                                                        CheckDepth depth) const
{
    // The server keeps its own pages whole (WAL, checksums when the cluster has them); its
    // administrator checks them with pg_amcheck (docs/server.md). Here: the server answers.
    Q_UNUSED(depth)
    if (auto r = sql::scalarInt(db, QStringLiteral("SELECT 1"), "check.integrity"); !r)
        return r.error();
    return IntegrityReport{true, {}};
}

Result<QStringList> PostgresDialect::foreignKeyViolations(const QSqlDatabase &db) const
{
    // PostgreSQL checks every foreign key on every write; none can be broken.
    Q_UNUSED(db)
    return QStringList{};
}

Result<void> PostgresDialect::backup(Database &db,
                                     const QString &target,
                                     const QList<AuditEntry> &recordInCopy) const
{
    Q_UNUSED(db)
    Q_UNUSED(target)
    Q_UNUSED(recordInCopy)
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("backup: a server's database is backed up with pg_dump"),
                 ErrorReason::ServerBackup};
}

Result<void> PostgresDialect::restore(Database &db, const QString &backupPath) const
{
    Q_UNUSED(db)
    Q_UNUSED(backupPath)
    return Error{ErrorCode::InvalidInput,
                 QStringLiteral("restore: a server's database is restored with pg_restore"),
                 ErrorReason::ServerBackup};
}

} // namespace sr::storage::postgres
