#pragma once

#include "domain/Result.h"

#include <QSqlDatabase>

// Internal to storage: fills the reference lists of a new database from :/data/*.csv.
namespace sr::storage::seeding {

/** Inserts the shipped reference lists (inside the caller's transaction). */
Result<void> seedReferenceData(const QSqlDatabase &db);

/**
 * Reads a small UTF-8 CSV resource with a header row (RFC 4180 quoting), as rows of
 * column → value. For the shipped reference files only.
 */
QList<QHash<QString, QString>> readCsvResource(const QString &resourcePath);

} // namespace sr::storage::seeding
