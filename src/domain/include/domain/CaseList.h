#pragma once

#include "domain/ArchiveFilter.h"
#include "domain/Enums.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sr::domain {

/** Filters of the case list; empty members do not filter. */
struct CaseListFilter
{
    QString searchText; ///< words matched as prefixes (names, other names, case code, document)
    QDate receivedFrom; ///< latest reception on or after
    QDate receivedTo;   ///< latest reception on or before
    QString agencyCode;
    QString countryCode;
    std::optional<IdentificationStatus> identificationStatus;
    std::optional<CaseStatus> caseStatus;
    ArchiveFilter archive = ArchiveFilter::ActiveOnly;
};

enum class CaseListColumn {
    CaseCode,
    FullName,
    Sex,
    Age,
    Residence,
    LastReceptionDate,
    Agency,
    Country,
    IdentificationStatus,
    CaseStatus,
};

/** One line of the case list: a person with the summary of their latest reception. */
struct CaseListRow
{
    qint64 personId = 0;
    QString caseCode;
    QString fullName;
    Sex sex = Sex::Unknown;
    QString birthDate; ///< PartialDate ISO text, for the age column
    std::optional<int> estimatedAgeYears;
    QDate estimatedAgeAsOf;
    QString residence; ///< province name, with the commune when known
    QDate lastReceptionDate;
    QString agencyCode;
    QString agencyName;
    QString countryCode;
    QString countryName;
    std::optional<IdentificationStatus> identificationStatus;
    std::optional<CaseStatus> caseStatus;
    bool archived = false;
};

} // namespace sr::domain
