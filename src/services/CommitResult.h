#pragma once

#include "ServiceResult.h"
#include "storage/Database.h"

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

} // namespace sr::services
