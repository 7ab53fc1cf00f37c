#include "PartialDate.h"

#include <QLatin1Char>

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
    if (isNull())
        return QString();
    switch (precision()) {
    case Precision::Year:
        return padded(m_year, 4);
    case Precision::Month:
        return padded(m_year, 4) + QLatin1Char('-') + padded(m_month, 2);
    case Precision::Day:
        break;
    }
    return padded(m_year, 4) + QLatin1Char('-') + padded(m_month, 2) + QLatin1Char('-')
           + padded(m_day, 2);
}

QString PartialDate::toDisplayString() const
{
    if (isNull())
        return QString();
    switch (precision()) {
    case Precision::Year:
        return padded(m_year, 4);
    case Precision::Month:
        return padded(m_month, 2) + QLatin1Char('/') + padded(m_year, 4);
    case Precision::Day:
        break;
    }
    return padded(m_day, 2) + QLatin1Char('/') + padded(m_month, 2) + QLatin1Char('/')
           + padded(m_year, 4);
}

QDate PartialDate::earliest() const
{
    if (isNull() || !isValid())
        return QDate();
    switch (precision()) {
    case Precision::Year:
        return QDate(m_year, 1, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 1);
    case Precision::Day:
        break;
    }
    return QDate(m_year, m_month, m_day);
}

QDate PartialDate::latest() const
{
    if (isNull() || !isValid())
        return QDate();
    switch (precision()) {
    case Precision::Year:
        return QDate(m_year, 12, 31);
    case Precision::Month: {
        const QDate first(m_year, m_month, 1);
        return QDate(m_year, m_month, first.daysInMonth());
    }
    case Precision::Day:
        break;
    }
    return QDate(m_year, m_month, m_day);
}

QDate PartialDate::reference() const
{
    if (isNull() || !isValid())
        return QDate();
    switch (precision()) {
    case Precision::Year:
        return QDate(m_year, 7, 1);
    case Precision::Month:
        return QDate(m_year, m_month, 15);
    case Precision::Day:
        break;
    }
    return QDate(m_year, m_month, m_day);
}

} // namespace sr::domain
