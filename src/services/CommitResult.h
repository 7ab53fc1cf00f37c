#pragma once

#include "ServiceResult.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"

#include <QFile>

#include <spdlog/spdlog.h>

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

} // namespace sr::services
