#include "RecordTypes.h"

#include <QCoreApplication>

namespace sr::domain {

const RecordType<Support> &supportRecord()
{
    using S = Support;
    static const RecordType<Support> type(
        RecordTypeInfo{
            .table = QStringLiteral("support"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Support"),
            .parentTable = QStringLiteral("reception"),
            .parentColumn = QStringLiteral("reception_id"),
        },
        {
            int64<&S::receptionId>("reception_id"),
            text<&S::typeCode>("type_code"),
            date<&S::date>("support_date"),
            optionalText<&S::providerAgencyCode>("provider_agency_code"),
            int64<&S::amountVnd>("amount_vnd"),
            integer<&S::quantity>("quantity"),
            code<&S::status>("status"),
            text<&S::notes>("notes"),
        });
    return type;
}

} // namespace sr::domain
