#pragma once

#include <QString>

namespace sr::domain {

/** A person who may be the same as one being entered (duplicate check). */
struct DuplicateCandidate
{
    qint64 personId = 0;
    QString caseCode;
    QString fullName;
    int birthYear = 0; ///< 0 = unknown
    enum class Reason {
        SameNameCloseBirthYear,
        SameDocument
    } reason = Reason::SameNameCloseBirthYear;
    /// Another worker's case under record-level access (docs/case-work.md): the warning stands,
    /// but its name and birth year are withheld and it cannot be opened from the warning.
    bool outOfScope = false;
};

} // namespace sr::domain
