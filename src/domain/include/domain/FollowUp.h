#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>
#include <QString>

namespace sr::domain {

/** A follow-up contact after reception, recording reintegration in four areas. */
struct FollowUp
{
    RecordMeta meta;
    qint64 receptionId = 0;
    QDate date;
    FollowUpKind kind = FollowUpKind::HomeVisit;
    ReintegrationStatus health = ReintegrationStatus::Unknown;
    ReintegrationStatus housing = ReintegrationStatus::Unknown;
    ReintegrationStatus work = ReintegrationStatus::Unknown;
    ReintegrationStatus schooling = ReintegrationStatus::Unknown;
    QString notes;
};

} // namespace sr::domain
