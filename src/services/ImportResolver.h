#pragma once

#include "ImportRows.h"
#include "domain/Actor.h"
#include "domain/Reception.h"
#include "domain/Result.h"

#include <QHash>
#include <QString>

#include <memory>
#include <optional>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * The import's look-ups in the database: the reference lists, the stored records a row's keys
 * (case codes, uuids) meet, the batch a reception joins and the reception a support belongs
 * to. Made once per import inside its write transaction, so that what it finds stays true
 * until the commit (docs/architecture.md, "Writes"); its repositories are made once.
 * The batch and reception look-ups are remembered for the run: an import writes neither while
 * it reads them (a receptions file writes no batch, a supports or follow-ups file no reception).
 */
class ImportResolver
{
public:
    explicit ImportResolver(storage::Database &db);
    ~ImportResolver();

    Result<ImportReferences> loadReferences(MissingReferences missing) const;
    /** Writes the references the file named that are not in the lists (--add-missing-reference). */
    Result<void> addReferences(const QList<AddedReference> &added, const domain::Actor &actor);

    Result<bool> caseCodeStored(const QString &caseCode) const;
    Result<bool> personUuidStored(const QString &uuid) const;
    Result<bool> receptionUuidStored(const QString &uuid) const;
    Result<bool> supportUuidStored(const QString &uuid) const;
    Result<bool> batchUuidStored(const QString &uuid) const;
    Result<bool> followUpUuidStored(const QString &uuid) const;
    /** Id of the stored batch of @a uuid (remembered). */
    Result<std::optional<qint64>> batchId(const QString &uuid);
    /**
     * The reception of a supports row (ReceptionRepository::getParent: its keys and date):
     * by uuid when given, else by case code and date (remembered).
     */
    Result<std::optional<domain::Reception>> receptionOf(const SupportRow &row);
    /** The reception of a follow-ups row, found as a support's. */
    Result<std::optional<domain::Reception>> receptionOf(const FollowUpRow &row);

private:
    Result<std::optional<domain::Reception>>
    receptionOf(const QString &caseCode, const QString &receptionUuid, const QDate &receptionDate);

    struct Private;
    std::unique_ptr<Private> d;
};

} // namespace sr::services
