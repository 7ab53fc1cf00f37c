#include "Age.h"

#include "Person.h"

namespace sr::domain {

namespace {

/** Whole years from @a from to @a to (to >= from): birthdays passed, Feb 29 counted on Mar 1. */
int wholeYears(const QDate &from, const QDate &to)
{
    int years = to.year() - from.year();
    if (to.month() < from.month() || (to.month() == from.month() && to.day() < from.day()))
        --years;
    return years;
}

} // namespace

std::optional<int> ageInYears(const PartialDate &birth, const QDate &at)
{
    if (birth.isNull() || !birth.isValid() || !at.isValid())
        return std::nullopt;
    // Before the earliest possible birth the age is unknown, not negative.
    if (at < birth.earliest())
        return std::nullopt;
    const QDate reference = birth.reference();
    // A partial birth date may have its reference day after @a at (born "2023", asked in
    // March 2023): the person exists, so they are 0 years old.
    if (at < reference)
        return 0;
    return wholeYears(reference, at);
}

std::optional<int> ageAt(const Person &person, const QDate &at)
{
    if (!person.birthDate.isNull())
        return ageInYears(person.birthDate, at);
    if (!person.estimatedAgeYears || !at.isValid())
        return std::nullopt;
    const int estimate = *person.estimatedAgeYears;
    if (estimate < 0)
        return std::nullopt;
    const QDate asOf = person.estimatedAgeAsOf;
    // Without the estimate's date, the estimate is taken to hold at any date.
    if (!asOf.isValid())
        return estimate;
    // Shift by the whole years elapsed between the estimate and @a at, in either direction.
    const int shift = at >= asOf ? wholeYears(asOf, at) : -wholeYears(at, asOf);
    const int years = estimate + shift;
    if (years < 0)
        return std::nullopt;
    return years;
}

AgeBand ageBand(std::optional<int> years)
{
    if (!years || *years < 0)
        return AgeBand::Unknown;
    const int y = *years;
    if (y < 1)
        return AgeBand::Under1;
    if (y <= 5)
        return AgeBand::From1To5;
    if (y <= 11)
        return AgeBand::From6To11;
    if (y <= 15)
        return AgeBand::From12To15;
    if (y <= 17)
        return AgeBand::From16To17;
    return AgeBand::Adult;
}

} // namespace sr::domain
