#pragma once

#include <QDate>
#include <QString>

#include <optional>

namespace sr::domain {

/**
 * A date of which only the year, or the year and month, may be known (birth dates of
 * returned persons are often partial). month == 0 and day == 0 mean unknown.
 */
class PartialDate
{
public:
    enum class Precision { Year, Month, Day };

    PartialDate() = default;
    static PartialDate fromYear(int year);
    static PartialDate fromYearMonth(int year, int month);
    static PartialDate fromDate(const QDate &date);
    /** Parses "YYYY", "YYYY-MM" or "YYYY-MM-DD"; nothing when malformed or impossible. */
    static std::optional<PartialDate> fromIsoString(QStringView text);

    bool isNull() const { return m_year == 0; }
    /** True when the stored parts form a possible date (month 1–12, day valid in month). */
    bool isValid() const;
    Precision precision() const;
    int year() const { return m_year; }
    int month() const { return m_month; }
    int day() const { return m_day; }

    /** "YYYY", "YYYY-MM" or "YYYY-MM-DD"; empty when null. */
    QString toIsoString() const;
    /** "dd/MM/yyyy", "MM/yyyy" or "yyyy" as Vietnamese forms show it. */
    QString toDisplayString() const;

    /** Earliest and latest real dates this partial date can stand for. */
    QDate earliest() const;
    QDate latest() const;
    /**
     * The date used to compute ages: the date itself, or the middle of the unknown part
     * (15th of the month; 1 July of the year). Documented in docs/architecture.md.
     */
    QDate reference() const;

    friend bool operator==(const PartialDate &, const PartialDate &) = default;

private:
    int m_year = 0;
    int m_month = 0;
    int m_day = 0;
};

} // namespace sr::domain
