#pragma once

#include "Result.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sr::domain {

/** A reporting period: an inclusive range of days. */
class Period
{
public:
    enum class Kind { Month, Quarter, HalfYear, Year, Custom };

    /** A null period (no days); also what clippedToYear() gives for a year outside. */
    Period() = default;

    static Period month(int year, int month);
    static Period quarter(int year, int quarter); ///< quarter 1..4
    static Period halfYear(int year, int half);   ///< half 1..2
    static Period year(int year);
    /** Refused (InvalidInput) when a date is invalid or @a to is before @a from. */
    static Result<Period> custom(const QDate &from, const QDate &to);
    /** Parses two ISO dates (YYYY-MM-DD); InvalidInput with a detail naming the bad one. */
    static Result<Period> fromIsoStrings(QStringView from, QStringView to);

    /** True for the null period (invalid dates, contains no day). */
    bool isNull() const { return !m_from.isValid() || !m_to.isValid(); }
    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    bool contains(const QDate &date) const
    {
        return !isNull() && date.isValid() && date >= m_from && date <= m_to;
    }
    /** Calendar years the period touches, ascending. */
    QList<int> years() const;
    /** Number of days in the period (0 when null). */
    qint64 days() const { return isNull() ? 0 : m_from.daysTo(m_to) + 1; }
    /**
     * The part of the period inside calendar year @a year: the period itself when it lies
     * inside that year; else kind Year when the part is the whole year, Custom otherwise; a
     * null period when the period does not touch the year.
     */
    Period clippedToYear(int year) const;

private:
    Period(Kind kind, QDate from, QDate to);
    Kind m_kind = Kind::Custom;
    QDate m_from;
    QDate m_to;
};

inline bool operator==(const Period &a, const Period &b)
{
    return a.kind() == b.kind() && a.from() == b.from() && a.to() == b.to();
}

} // namespace sr::domain
