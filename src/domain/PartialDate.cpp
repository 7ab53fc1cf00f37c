#include "PartialDate.h"

#include <QLatin1Char>
#include <QStringList>

#include <algorithm>

namespace sr::domain {

namespace {

constexpr int MinYear = 1;
constexpr int MaxYear = 9999;

/** Parses exactly @a width ASCII digits; -1 when anything else is there. */
int parseDigits(QStringView text, qsizetype width)
{
    if (text.size() != width)
        return -1;
    int value = 0;
    for (const QChar c : text) {
        if (c < QLatin1Char('0') || c > QLatin1Char('9'))
            return -1;
        value = value * 10 + (c.unicode() - u'0');
    }
    return value;
}

QString padded(int value, int width)
{
    return QStringLiteral("%1").arg(value, width, 10, QLatin1Char('0'));
}

/** The known parts of @a date, zero-padded, from the year down ({"2024", "03"}); none when null. */
QStringList isoParts(const PartialDate &date)
{
    QStringList parts;
    if (date.isNull())
        return parts;
    parts << padded(date.year(), 4);
    if (date.precision() != PartialDate::Precision::Year)
        parts << padded(date.month(), 2);
    if (date.precision() == PartialDate::Precision::Day)
        parts << padded(date.day(), 2);
    return parts;
}

/** Which day of its month or year stands for a date known only to that precision. */
enum class Within { First, Middle, Last };

/**
 * The day of @a date when it is known; else the first, middle or last day of its month or year
 * (the middle: the 15th of the month, 1 July of the year). Null when @a date is null or invalid.
 */
QDate dayWithin(const PartialDate &date, Within within)
{
    if (date.isNull() || !date.isValid())
        return QDate();
    const int year = date.year();
    switch (date.precision()) {
    case PartialDate::Precision::Year:
        return within == Within::First    ? QDate(year, 1, 1)
               : within == Within::Middle ? QDate(year, 7, 1)
                                          : QDate(year, 12, 31);
    case PartialDate::Precision::Month: {
        const QDate first(year, date.month(), 1);
        return within == Within::First    ? first
               : within == Within::Middle ? QDate(year, date.month(), 15)
                                          : QDate(year, date.month(), first.daysInMonth());
    }
    case PartialDate::Precision::Day:
        break;
    }
    return QDate(year, date.month(), date.day());
}

} // namespace

PartialDate PartialDate::fromYear(int year)
{
    PartialDate date;
    date.m_year = year;
    return date;
}

PartialDate PartialDate::fromYearMonth(int year, int month)
{
    PartialDate date;
    date.m_year = year;
    date.m_month = month;
    return date;
}

PartialDate PartialDate::fromDate(const QDate &date)
{
    PartialDate result;
    if (!date.isValid())
        return result;
    result.m_year = date.year();
    result.m_month = date.month();
    result.m_day = date.day();
    return result;
}

std::optional<PartialDate> PartialDate::fromIsoString(QStringView text)
{
    // "YYYY", "YYYY-MM" or "YYYY-MM-DD", nothing else (no signs, no spaces, no times).
    PartialDate date;
    if (text.size() != 4 && text.size() != 7 && text.size() != 10)
        return std::nullopt;
    date.m_year = parseDigits(text.mid(0, 4), 4);
    if (date.m_year < 0)
        return std::nullopt;
    if (text.size() >= 7) {
        if (text.at(4) != QLatin1Char('-'))
            return std::nullopt;
        date.m_month = parseDigits(text.mid(5, 2), 2);
        if (date.m_month <= 0)
            return std::nullopt;
    }
    if (text.size() == 10) {
        if (text.at(7) != QLatin1Char('-'))
            return std::nullopt;
        date.m_day = parseDigits(text.mid(8, 2), 2);
        if (date.m_day <= 0)
            return std::nullopt;
    }
    if (!date.isValid())
        return std::nullopt;
    return date;
}

bool PartialDate::isValid() const
{
    if (m_year < MinYear || m_year > MaxYear)
        return false;
    if (m_month < 0 || m_month > 12 || m_day < 0)
        return false;
    if (m_month == 0)
        return m_day == 0;
    if (m_day == 0)
        return true;
    return QDate::isValid(m_year, m_month, m_day);
}

PartialDate::Precision PartialDate::precision() const
{
    if (m_day > 0)
        return Precision::Day;
    if (m_month > 0)
        return Precision::Month;
    return Precision::Year;
}

QString PartialDate::toIsoString() const
{
    return isoParts(*this).join(QLatin1Char('-'));
}

QString PartialDate::toDisplayString() const
{
    // The ISO parts from the day down to the year ("15/03/2024", "03/2024", "2024").
    QStringList parts = isoParts(*this);
    std::reverse(parts.begin(), parts.end());
    return parts.join(QLatin1Char('/'));
}

QDate PartialDate::earliest() const
{
    return dayWithin(*this, Within::First);
}

QDate PartialDate::latest() const
{
    return dayWithin(*this, Within::Last);
}

QDate PartialDate::reference() const
{
    return dayWithin(*this, Within::Middle);
}

} // namespace sr::domain
