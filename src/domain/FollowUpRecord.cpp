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
            int64<&F::receptionId>("reception_id").notExchanged(),
            date<&F::date>("follow_up_date"),
            code<&F::kind>("kind"),
            code<&F::health>("health"),
            code<&F::housing>("housing"),
            code<&F::work>("work"),
            code<&F::schooling>("schooling"),
            text<&F::notes>("notes"),
        });
    return type;
}

} // namespace sr::domain
