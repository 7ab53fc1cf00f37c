#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sr::domain {

/** One episode of a person being received (a person returned twice has two). */
struct Reception
{
    RecordMeta meta;
    qint64 personId = 0;
    QDate receptionDate;
    QString agencyCode;            ///< receiving agency (reference list)
    std::optional<qint64> batchId; ///< handover batch, when received at a border gate
    QString countryCode;           ///< country returned from, ISO alpha-2
    Route route = Route::Other;
    QList<ExploitationForm> exploitation;
    IdentificationStatus identificationStatus = IdentificationStatus::NotVerified;
    QString identificationAgencyCode; ///< deciding agency
    QDate identificationDate;
    QString identificationBasis;
    CaseStatus caseStatus = CaseStatus::Open;
    std::optional<CaseOutcome> outcome; ///< set when closed
    QDate closedDate;
    QString notes;
};

} // namespace sr::domain
