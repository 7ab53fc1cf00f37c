#pragma once

#include "RecordMeta.h"

#include <QDate>
#include <QString>

namespace sr::domain {

/**
 * A handover ("lượt trao trả") of people at a border gate by foreign authorities,
 * screened by the Border Guard. Counts are of persons unless named otherwise.
 */
struct HandoverBatch
{
    RecordMeta meta;
    QDate date;
    QString borderGateCode;
    QString foreignAgency;       ///< handing-over agency on the foreign side (free text)
    QString receivingAgencyCode; ///< receiving unit (agency reference list)
    int personsTotal = 0;
    int personsMale = 0;
    int personsFemale = 0;
    int personsChildren = 0;
    bool classified = false; ///< the handover was classified and verified
    int personsVerified = 0; ///< persons classified and verified
    int casesIdentified = 0; ///< trafficking cases ("vụ") identified in screening
    int victimsIdentified = 0;
    QString notes;
};

} // namespace sr::domain
