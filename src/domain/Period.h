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

    static Period month(int year, int month);
    static Period quarter(int year, int quarter); ///< quarter 1..4
    static Period halfYear(int year, int half);   ///< half 1..2
    static Period year(int year);
    /** Refused (InvalidInput) when a date is invalid or @a to is before @a from. */
    static Result<Period> custom(const QDate &from, const QDate &to);
    /** Parses two ISO dates (YYYY-MM-DD); InvalidInput with a detail naming the bad one. */
    static Result<Period> fromIsoStrings(QStringView from, QStringView to);

    Kind kind() const { return m_kind; }
    QDate from() const { return m_from; }
    QDate to() const { return m_to; }
    bool contains(const QDate &date) const { return date >= m_from && date <= m_to; }
    /** Calendar years the period touches, ascending. */
    QList<int> years() const;
    /** The part of the period inside calendar year @a year. */
    Period clippedToYear(int year) const;

private:
    Period(Kind kind, QDate from, QDate to);
    Kind m_kind = Kind::Custom;
    QDate m_from;
    QDate m_to;
};

} // namespace sr::domain
