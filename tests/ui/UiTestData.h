#pragma once

#include "domain/Enums.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::test {

/** One generated case: a person with one reception. */
struct SampleCase
{
    QString fullName;
    domain::Sex sex = domain::Sex::Unknown;
    int birthYear = 0;
    QDate received;
    QString agencyCode;
    QString countryCode;
    domain::IdentificationStatus identification = domain::IdentificationStatus::NotVerified;
    domain::CaseStatus caseStatus = domain::CaseStatus::Open;
    bool archived = false;
};

/**
 * @a count deterministic cases in the shape of demo data: Vietnamese names with diacritics
 * (every seventh family name is "Đặng"), three agencies, China and Cambodia, receptions
 * spread over 2021–2023, every identification status, some closed, every 25th archived.
 */
QList<SampleCase> sampleCases(int count);

/** Stores @a cases through the repositories in one transaction (fails the test on error). */
void insertCases(storage::Database &db, const QList<SampleCase> &cases);

} // namespace sr::test
