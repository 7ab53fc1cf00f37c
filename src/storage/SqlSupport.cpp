#include "SqlSupport.h"

#include "DatabaseHealth.h"
#include "domain/Clock.h"
#include "domain/IsoText.h"

#include <QSqlDriver>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace sr::storage::sql {

namespace {

/**
 * A PostgreSQL error's code from its SQLSTATE (five characters; Qt's QPSQL driver puts it in
 * nativeErrorCode()). docs/server.md lists what each means to the user.
 */
ErrorCode codeForSqlState(const QString &state)
{
    if (state == QLatin1String("23505"))
        return ErrorCode::Duplicate;
    if (state.startsWith(QLatin1String("23")))
        return ErrorCode::InvalidInput; // other integrity constraints
    if (state == QLatin1String("55P03") || state == QLatin1String("40001")
        || state == QLatin1String("40P01"))
        return ErrorCode::Busy; // lock timeout, serialization failure, deadlock
    if (state == QLatin1String("57014"))
        return ErrorCode::Cancelled; // Database::interrupt()
    if (state == QLatin1String("53100"))
        return ErrorCode::DiskFull;
    if (state == QLatin1String("25006"))
        return ErrorCode::ReadOnly;
    if (state == QLatin1String("42501"))
        return ErrorCode::PermissionDenied;
    if (state.startsWith(QLatin1String("XX0")))
        return ErrorCode::Corrupt; // data_corrupted, index_corrupted
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return ErrorCode::Io; // the connection broke, the server shut down
    if (state.startsWith(QLatin1String("22")))
        return ErrorCode::InvalidInput; // a value the column cannot hold
    return ErrorCode::Internal;
}

/**
 * Why a server refused a connection or broke one. libpq reports most connection failures
 * without a SQLSTATE, so its (English, C locale) messages are read; anything else keeps None.
 */
ErrorReason serverReasonFor(const QSqlError &error, ErrorCode code)
{
    const QString state = error.nativeErrorCode();
    const QString text = error.databaseText() + QLatin1Char(' ') + error.driverText();
    if (state == QLatin1String("42501"))
        return ErrorReason::ServerNoRights;
    if (state.startsWith(QLatin1String("08")) || state.startsWith(QLatin1String("57P")))
        return ErrorReason::ServerConnectionLost;
    if (state == QLatin1String("28P01") || state == QLatin1String("28000")
        || text.contains(QLatin1String("password authentication failed"))
        || text.contains(QLatin1String("no pg_hba.conf entry")))
        return ErrorReason::ServerLogin;
    if (text.contains(QLatin1String("no password supplied")))
        return ErrorReason::ServerPasswordNeeded;
    if (text.contains(QLatin1String("SSL")) || text.contains(QLatin1String("certificate")))
        return ErrorReason::ServerTls;
    if (text.contains(QLatin1String("could not connect"))
        || text.contains(QLatin1String("could not translate host name"))
        || text.contains(QLatin1String("Connection refused"))
        || text.contains(QLatin1String("timeout expired"))
        || text.contains(QLatin1String("No route to host")))
        return ErrorReason::ServerUnreachable;
    if (text.contains(QLatin1String("server closed the connection"))
        || text.contains(QLatin1String("terminating connection"))
        || text.contains(QLatin1String("connection to server"))
        || text.contains(QLatin1String("no connection to the server")))
        return ErrorReason::ServerConnectionLost;
    Q_UNUSED(code)
    return ErrorReason::None;
}

bool isServerError(const QSqlError &error)
{
    // SQLite's result codes are decimal numbers below 10,000; a SQLSTATE is five characters.
    // A connection that never opened has no code: its driver text names the server.
    return error.nativeErrorCode().size() == 5
           || error.driverText().contains(QLatin1String("PSQL"), Qt::CaseInsensitive)
           || error.driverText().contains(QLatin1String("PostgreSQL"), Qt::CaseInsensitive);
}

ErrorCode codeFor(const QSqlError &error)
{
    if (error.nativeErrorCode().size() == 5)
        return codeForSqlState(error.nativeErrorCode());
    // Qt's QSQLITE driver puts the extended SQLite result code in nativeErrorCode().
    bool ok = false;
    const int native = error.nativeErrorCode().toInt(&ok);
    const QString text = error.databaseText();
    if (ok) {
        switch (native & 0xff) {
        case SQLITE_BUSY:
        case SQLITE_LOCKED:
            return ErrorCode::Busy;
        case SQLITE_INTERRUPT: // Database::interrupt(): a background count replaced by another
            return ErrorCode::Cancelled;
        case SQLITE_FULL:
            return ErrorCode::DiskFull;
        case SQLITE_READONLY:
            return ErrorCode::ReadOnly;
        case SQLITE_CORRUPT:
        case SQLITE_NOTADB:
            return ErrorCode::Corrupt;
        case SQLITE_IOERR:
        case SQLITE_CANTOPEN:
            return ErrorCode::Io;
        case SQLITE_CONSTRAINT:
            // Qt reports the primary code only; the message tells UNIQUE from other checks.
            if (native == SQLITE_CONSTRAINT_UNIQUE || native == SQLITE_CONSTRAINT_PRIMARYKEY
                || text.contains(QLatin1String("UNIQUE constraint")))
                return ErrorCode::Duplicate;
            return ErrorCode::InvalidInput;
        default:
            break;
        }
    }
    // Fallback on the message when the driver gave no code.
    if (text.contains(QLatin1String("locked")) || text.contains(QLatin1String("busy")))
        return ErrorCode::Busy;
    if (text.contains(QLatin1String("UNIQUE constraint")))
        return ErrorCode::Duplicate;
    if (text.contains(QLatin1String("constraint")))
        return ErrorCode::InvalidInput;
    if (text.contains(QLatin1String("readonly")) || text.contains(QLatin1String("read-only")))
        return ErrorCode::ReadOnly;
    if (text.contains(QLatin1String("disk is full")) || text.contains(QLatin1String("full")))
        return ErrorCode::DiskFull;
    return ErrorCode::Internal;
}

} // namespace

sqlite3 *handle(const QSqlDatabase &db)
{
    const QVariant v = db.driver()->handle();
    if (!v.isValid() || qstrcmp(v.typeName(), "sqlite3*") != 0)
        return nullptr;
    return *static_cast<sqlite3 *const *>(v.constData());
}

Result<void> execScript(const QSqlDatabase &db, const QString &script, const char *context)
{
    sqlite3 *h = handle(db);
    if (!h)
        return Error{ErrorCode::Internal,
                     QStringLiteral("%1: no SQLite handle").arg(QLatin1String(context))};
    char *message = nullptr;
    const int rc = sqlite3_exec(h, script.toUtf8().constData(), nullptr, nullptr, &message);
    if (rc != SQLITE_OK) {
        const QString text = QString::fromUtf8(message ? message : sqlite3_errstr(rc));
        sqlite3_free(message);
        return errorFrom(QSqlError(QString(), text, QSqlError::StatementError, QString::number(rc)),
                         context);
    }
    return {};
}

Error errorFrom(const QSqlError &error, const char *context)
{
    ErrorCode code = codeFor(error);
    ErrorReason reason = ErrorReason::None;
    if (isServerError(error)) {
        reason = serverReasonFor(error, code);
        if (reason == ErrorReason::ServerUnreachable || reason == ErrorReason::ServerTls
            || reason == ErrorReason::ServerConnectionLost)
            code = ErrorCode::Io;
        else if (reason == ErrorReason::ServerLogin || reason == ErrorReason::ServerPasswordNeeded
                 || reason == ErrorReason::ServerNoRights)
            code = ErrorCode::PermissionDenied;
    }
    // Bound values are never logged: they may be personal data.
    // SQLite's messages name tables, columns and constraints, never values. A server's may:
    // its DETAIL lines ("Key (case_code)=(…)", "Failing row contains (…)") and the messages of
    // the data exceptions (22xxx) quote the value, so only the first line is kept, and for
    // those only the SQLSTATE.
    QString text = error.databaseText();
    if (isServerError(error)) {
        text = text.section(QLatin1Char('\n'), 0, 0).trimmed();
        if (error.nativeErrorCode().startsWith(QLatin1String("22")))
            text = QStringLiteral("data exception");
    }
    const QString detail =
        QStringLiteral("%1: %2 (%3)").arg(QLatin1String(context), text, error.nativeErrorCode());
    if (code == ErrorCode::Cancelled)
        spdlog::debug("storage: {}", detail.toStdString());
    else if (code == ErrorCode::Busy || code == ErrorCode::Duplicate
             || code == ErrorCode::InvalidInput)
        spdlog::warn("storage: {}", detail.toStdString());
    else
        spdlog::error("storage: {}", detail.toStdString());
    return Error{code, detail, reason};
}

Error errorFrom(const QSqlQuery &query, const char *context)
{
    // Qt refuses a statement on a server connection it closed after the connection broke
    // without any error of the server's: the connection is lost (Database::ensureConnected
    // makes a new one for the next write).
    if (const QSqlDriver *driver = query.driver();
        driver && driver->dbmsType() == QSqlDriver::PostgreSQL && !driver->isOpen()) {
        spdlog::warn("storage: {}: server connection closed", context);
        return Error{ErrorCode::Io,
                     QStringLiteral("%1: server connection closed").arg(QLatin1String(context)),
                     ErrorReason::ServerConnectionLost};
    }
    Error error = errorFrom(query.lastError(), context);
    if (error.code == ErrorCode::Corrupt) {
        // Whatever statement met the damage, the whole file is treated as damaged from now on
        // (DatabaseHealth.h); the connection's handle names the file.
        if (const QSqlDriver *driver = query.driver()) {
            const QVariant v = driver->handle();
            if (v.isValid() && qstrcmp(v.typeName(), "sqlite3*") == 0) {
                sqlite3 *h = *static_cast<sqlite3 *const *>(v.constData());
                if (const char *file = h ? sqlite3_db_filename(h, "main") : nullptr)
                    health::markDamaged(QString::fromUtf8(file));
            }
        }
    }
    return error;
}

Result<void> exec(const QSqlDatabase &db, const QString &statement, const char *context)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errorFrom(query, context);
    return {};
}

Result<void> prepare(QSqlQuery &query, const QString &statement, const char *context)
{
    if (!query.prepare(statement))
        return errorFrom(query, context);
    return {};
}

Result<void> exec(QSqlQuery &query, const char *context)
{
    if (!query.exec())
        return errorFrom(query, context);
    return {};
}

Result<void>
run(QSqlQuery &query, const QString &statement, const QVariantList &values, const char *context)
{
    query.setForwardOnly(true);
    if (auto r = prepare(query, statement, context); !r)
        return r;
    for (qsizetype i = 0; i < values.size(); ++i)
        query.bindValue(int(i), values.at(i));
    return exec(query, context);
}

QString archivedCondition(domain::ArchiveFilter filter, const QString &column)
{
    switch (filter) {
    case domain::ArchiveFilter::ActiveOnly:
        return column + QStringLiteral(" = 0");
    case domain::ArchiveFilter::ArchivedOnly:
        return column + QStringLiteral(" = 1");
    case domain::ArchiveFilter::IncludeArchived:
        break;
    }
    return {};
}

Result<qint64> scalarInt(const QSqlDatabase &db, const QString &statement, const char *context)
{
    QSqlQuery query(db);
    if (!query.exec(statement))
        return errorFrom(query, context);
    if (!query.next())
        return Error{ErrorCode::Internal, QStringLiteral("%1: no row").arg(QLatin1String(context))};
    return query.value(0).toLongLong();
}

QString isoDate(const QDate &date)
{
    return domain::isoDateText(date);
}

QDate dateFromIso(const QVariant &value)
{
    return domain::dateFromIsoText(value.toString());
}

QString isoTimestamp(const QDateTime &time)
{
    return domain::isoTimestampText(time);
}

QDateTime timestampFromIso(const QVariant &value)
{
    QDateTime time = QDateTime::fromString(value.toString(), Qt::ISODateWithMs);
    if (!time.isValid())
        time = QDateTime::fromString(value.toString(), Qt::ISODate);
    return time.toUTC();
}

QString nowTimestamp()
{
    return isoTimestamp(domain::Clock::instance().nowUtc());
}

QString newUuid()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

} // namespace sr::storage::sql
