#pragma once

#include "Enums.h"
#include "PartialDate.h"

#include <QDate>

#include <optional>

namespace sr::domain {

struct Person;

/** Whole years between @a birth and @a at (0 for infants); nothing if unknown or negative. */
std::optional<int> ageInYears(const PartialDate &birth, const QDate &at);

/**
 * Age of @a person at @a at: from the birth date when known, else from the estimated age
 * (shifted by the time between the estimate's date and @a at).
 */
std::optional<int> ageAt(const Person &person, const QDate &at);

/** Band of an age in whole years (under_1, 1_5, 6_11, 12_15, 16_17, 18_plus; unknown). */
AgeBand ageBand(std::optional<int> years);

/** Children are under 16 (Law on Children); minors under 18. */
inline bool isChild(std::optional<int> years)
{
    return years && *years < 16;
}
inline bool isMinor(std::optional<int> years)
{
    return years && *years < 18;
}

} // namespace sr::domain
