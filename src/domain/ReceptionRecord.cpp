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
            // The exchange carries the person's columns instead (CsvColumns.cpp).
            int64<&R::personId>("person_id").notExchanged(),
            date<&R::receptionDate>("reception_date"),
            text<&R::agencyCode>("agency_code").exchangedAs("agency").labelled(),
            // Exchanged as the batch's uuid (ExportQueries.cpp joins it, the import resolves it).
            optionalInt64<&R::batchId>("batch_id").exchangedAs("batch_uuid").personal(),
            text<&R::countryCode>("country_code").exchangedAs("country").labelled(),
            code<&R::route>("route").labelled(),
            codeList<&R::exploitation>("exploitation"),
            code<&R::identificationStatus>("identification_status").labelled(),
            optionalText<&R::identificationAgencyCode>("identification_agency_code")
                .exchangedAs("identification_agency"),
            date<&R::identificationDate>("identification_date"),
            text<&R::identificationBasis>("identification_basis").personal(),
            code<&R::caseStatus>("case_status").labelled(),
            optionalCode<&R::outcome>("outcome").labelled(),
            date<&R::closedDate>("closed_date"),
            // Age at reception: from the person's birth date or estimate (ReceptionRepository).
            derived<R>("age_years", ColumnKind::OptionalInt),
            // The receptions file places the age band among the person's columns (CsvColumns.cpp).
            derived<R>("age_band", ColumnKind::Code).exchanged().labelled(),
            text<&R::notes>("notes").exchangedAs("reception_notes").personal(),
        });
    return type;
}

} // namespace sr::domain
