#include "RecordTypes.h"

#include <QCoreApplication>

namespace sr::domain {

const RecordType<FollowUp> &followUpRecord()
{
    using F = FollowUp;
    static const RecordType<FollowUp> type(
        RecordTypeInfo{
            .table = QStringLiteral("follow_up"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Follow-up"),
            .parentTable = QStringLiteral("reception"),
            .parentColumn = QStringLiteral("reception_id"),
        },
        {
            // The exchange carries the reception's uuid and date instead (CsvColumns.cpp).
            int64<&F::receptionId>("reception_id").notExchanged(),
            date<&F::date>("follow_up_date"),
            code<&F::kind>("kind").labelled(),
            code<&F::health>("health").labelled(),
            code<&F::housing>("housing").labelled(),
            code<&F::work>("work").labelled(),
            code<&F::schooling>("schooling").labelled(),
            // Notes of a visit name the family, the village, the employer: full export only.
            text<&F::notes>("notes").personal(),
        });
    return type;
}

} // namespace sr::domain
