#include "Clock.h"
#include "RecordTypes.h"
#include "TextFold.h"

#include <QCoreApplication>

namespace sr::domain {

std::optional<int> birthYearOf(const Person &person)
{
    if (!person.birthDate.isNull())
        return person.birthDate.year();
    if (!person.estimatedAgeYears)
        return std::nullopt;
    const QDate asOf =
        person.estimatedAgeAsOf.isValid() ? person.estimatedAgeAsOf : Clock::instance().today();
    return asOf.year() - *person.estimatedAgeYears;
}

const RecordType<Person> &personRecord()
{
    using P = Person;
    static const RecordType<Person> type(
        RecordTypeInfo{
            .table = QStringLiteral("person"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Person"),
            .caseCodeColumn = QStringLiteral("case_code"),
        },
        {
            text<&P::caseCode>("case_code").searchedAs(SearchRole::Code).pseudonymised(),
            text<&P::fullName>("full_name").searchedAs(SearchRole::Name).personal(),
            text<&P::otherNames>("other_names").searchedAs(SearchRole::Name).personal(),
            // Duplicate check and name order (PersonRepository).
            derived<P>("name_folded",
                       ColumnKind::Text,
                       [](const P &p) { return detail::textValue(foldForSearch(p.fullName)); }),
            code<&P::sex>("sex").labelled(),
            partialDate<&P::birthDate>("birth_date").personal(),
            derived<P>("birth_year",
                       ColumnKind::OptionalInt,
                       [](const P &p) {
                           const std::optional<int> year = birthYearOf(p);
                           return year ? QVariant(*year) : detail::nullInt();
                       }),
            optionalInteger<&P::estimatedAgeYears>("estimated_age_years").personal(),
            date<&P::estimatedAgeAsOf>("estimated_age_as_of").personal(),
            text<&P::nationality>("nationality").labelled(),
            text<&P::ethnicity>("ethnicity").labelled(),
            code<&P::documentType>("document_type"),
            text<&P::documentNumber>("document_number").searchedAs(SearchRole::Code).personal(),
            code<&P::residenceEra>("residence_era"),
            text<&P::residenceProvince>("residence_province").labelled(),
            text<&P::residenceCommune>("residence_commune").personal(),
            text<&P::residenceCommuneText>("residence_commune_text").personal(),
            text<&P::addressLine>("address_line").personal(),
            text<&P::phone>("phone").personal(),
            text<&P::familyContact>("family_contact").personal(),
            boolean<&P::consent, &Consent::services>("consent_services"),
            // Drafts keep the key they were first saved under.
            boolean<&P::consent, &Consent::informationSharing>("consent_sharing")
                .draftedAs("consent_information_sharing"),
            boolean<&P::consent, &Consent::statistics>("consent_statistics"),
            text<&P::notes>("notes").exchangedAs("person_notes").personal(),
            // Changed only by an assignment (storage/CaseAssignmentRepository.h).
            optionalInt64<&P::responsibleUserId>("responsible_user_id")
                .insertedOnly()
                .notExchanged(),
        });
    return type;
}

} // namespace sr::domain
