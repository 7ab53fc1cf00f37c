#pragma once

#include <QString>

#include <optional>

namespace sr::domain {

/** A case code like "QN-2023-0007": prefix, year of first reception, sequence in the year. */
struct CaseCode
{
    QString prefix;
    int year = 0;
    int sequence = 0;

    /** "QN-2023-0007" (at least 4 digits of sequence). */
    QString toString() const;
    static std::optional<CaseCode> parse(QStringView text);
};

} // namespace sr::domain
