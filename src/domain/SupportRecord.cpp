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
            // The exchange carries the reception's uuid and date instead (CsvColumns.cpp).
            int64<&S::receptionId>("reception_id").notExchanged(),
            text<&S::typeCode>("type_code").exchangedAs("type").labelled(),
            date<&S::date>("support_date"),
            optionalText<&S::providerAgencyCode>("provider_agency_code")
                .exchangedAs("provider_agency")
                .labelled(),
            int64<&S::amountVnd>("amount_vnd"),
            integer<&S::quantity>("quantity"),
            code<&S::status>("status").labelled(),
            text<&S::notes>("notes").personal(),
        });
    return type;
}

} // namespace sr::domain
