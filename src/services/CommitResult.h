#pragma once

#include "Permissions.h"
#include "ServiceResult.h"
#include "domain/Actor.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"

#include <QFile>
#include <QJsonObject>

#include <spdlog/spdlog.h>

#include <functional>

namespace sr::services {

/**
 * Commits @a transaction. A failure is logged as "<what>: commit failed (<code>)": the code is
 * technical, never personal data. Internal to the services library, like commitResult().
 */
inline Result<void> commitLogged(storage::Transaction &transaction, const char *what)
{
    Result<void> committed = transaction.commit();
    if (!committed) {
        spdlog::error(
            "{}: commit failed ({})", what, errorCodeName(committed.error().code).toStdString());
    }
    return committed;
}

/** The end of a service's write: commits @a transaction when @a result succeeded. */
template<typename T>
ServiceResult<T> commitResult(storage::Transaction &transaction, Result<T> result, const char *what)
{
    if (!result)
        return ServiceResult<T>(result.error());
    if (const Result<void> committed = commitLogged(transaction, what); !committed)
        return ServiceResult<T>(committed.error());
    return ServiceResult<T>(std::move(result).value());
}

/**
 * Appends the audit row of @a action (no entity) to the caller's transaction. Details must not
 * hold personal data: codes, counts, file names chosen by the user.
 */
inline Result<void> appendAuditRow(storage::Database &db,
                                   const domain::Actor &actor,
                                   const QString &action,
                                   const QJsonObject &details)
{
    if (auto appended = storage::AuditLog(db).append(actor, action, {}, 0, details); !appended)
        return appended.error();
    return {};
}

/**
 * Ends the write of @a file whose audit row is pending in @a transaction, so that the file
 * exists exactly when its audit row does: the row commits only once every byte of the file is
 * on the disk, and the file is removed again if the row cannot commit. Returns the bytes
 * written.
 */
inline Result<qint64> commitAuditedFile(storage::OutputFile &file,
                                        storage::Transaction &transaction)
{
    const Result<qint64> onDisk = file.commit();
    if (!onDisk)
        return onDisk.error(); // the transaction rolls back: nothing audited
    if (auto committed = transaction.commit(); !committed) {
        QFile::remove(file.path());
        return committed.error();
    }
    return onDisk;
}

/**
 * Archives the record @a id of @a Repository in its own transaction (Permission::EditCases; a
 * blank @a reason is InvalidInput "<what>: no reason"). @a what names the write in the log.
 */
template<typename Repository>
Result<void> archiveWith(storage::Database &db,
                         qint64 id,
                         int expectedVersion,
                         const QString &reason,
                         const domain::Actor &actor,
                         const char *what,
                         const std::function<Result<void>()> &afterArchive = {})
{
    if (auto r = require(db, actor, Permission::EditCases); !r)
        return r.error();
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("%1: no reason").arg(QLatin1String(what)));
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    Repository repository(db);
    if (Result<void> archived = repository.archive(id, expectedVersion, reason.trimmed(), actor);
        !archived)
        return archived;
    // What follows from the archived record (the task rules of its case), in the same
    // transaction.
    if (afterArchive) {
        if (Result<void> after = afterArchive(); !after)
            return after;
    }
    return commitLogged(transaction, what);
}

} // namespace sr::services
