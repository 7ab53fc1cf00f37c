#include "RecordTypes.h"

#include <QCoreApplication>

namespace sr::domain {

const RecordType<Reception> &receptionRecord()
{
    using R = Reception;
    static const RecordType<Reception> type(
        RecordTypeInfo{
            .table = QStringLiteral("reception"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Reception"),
            .parentTable = QStringLiteral("person"),
            .parentColumn = QStringLiteral("person_id"),
        },
        {
            int64<&R::personId>("person_id"),
            date<&R::receptionDate>("reception_date"),
            text<&R::agencyCode>("agency_code"),
            optionalInt64<&R::batchId>("batch_id"),
            text<&R::countryCode>("country_code"),
            code<&R::route>("route"),
            codeList<&R::exploitation>("exploitation"),
            code<&R::identificationStatus>("identification_status"),
            optionalText<&R::identificationAgencyCode>("identification_agency_code"),
            date<&R::identificationDate>("identification_date"),
            text<&R::identificationBasis>("identification_basis"),
            code<&R::caseStatus>("case_status"),
            optionalCode<&R::outcome>("outcome"),
            date<&R::closedDate>("closed_date"),
            // Age at reception: from the person's birth date or estimate (ReceptionRepository).
            derived<R>("age_years", ColumnKind::OptionalInt),
            derived<R>("age_band", ColumnKind::Code),
            text<&R::notes>("notes"),
        });
    return type;
}

} // namespace sr::domain
