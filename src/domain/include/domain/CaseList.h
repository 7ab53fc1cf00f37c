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
    // Case work (docs/case-work.md).
    /** Only the cases this worker is responsible for (an app_user id). */
    std::optional<qint64> responsibleUserId;
    /** Only the cases nobody is responsible for (responsibleUserId is then ignored). */
    bool unassigned = false;
    /** Only open cases whose latest reception has no active goal in its support plan. */
    bool withoutPlan = false;
    /** Only cases with an open task due before this date (the overdue ones: today). */
    QDate taskDueBefore;
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
    Responsible, ///< grouped by worker; the list does not offer it as a sort
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
    std::optional<qint64> responsibleUserId;
    QString responsibleName; ///< display name of the responsible worker, else the user name
    bool archived = false;
};

} // namespace sr::domain
