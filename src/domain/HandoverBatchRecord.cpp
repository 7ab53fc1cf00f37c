#include "RecordTypes.h"

#include <QCoreApplication>

namespace sr::domain {

const RecordType<HandoverBatch> &handoverBatchRecord()
{
    using B = HandoverBatch;
    // A register of its own: receptions refer to a batch, but a batch belongs to no case.
    static const RecordType<HandoverBatch> type(
        RecordTypeInfo{
            .table = QStringLiteral("handover_batch"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Handover"),
            .notice = ChangeKind::HandoverBatch,
            .exchangeName = QStringLiteral("batch"),
        },
        {
            date<&B::date>("batch_date"),
            optionalText<&B::borderGateCode>("border_gate_code")
                .exchangedAs("border_gate")
                .labelled(),
            text<&B::foreignAgency>("foreign_agency"),
            optionalText<&B::receivingAgencyCode>("receiving_agency_code")
                .exchangedAs("receiving_agency")
                .labelled(),
            integer<&B::personsTotal>("persons_total"),
            integer<&B::personsMale>("persons_male"),
            integer<&B::personsFemale>("persons_female"),
            integer<&B::personsChildren>("persons_children"),
            boolean<&B::classified>("classified"),
            integer<&B::personsVerified>("persons_verified"),
            integer<&B::casesIdentified>("cases_identified"),
            integer<&B::victimsIdentified>("victims_identified"),
            text<&B::notes>("notes").personal(),
        });
    return type;
}

} // namespace sr::domain
