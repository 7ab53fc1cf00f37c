#include "Period.h"

#include <QLatin1Char>

#include <algorithm>

namespace sr::domain {

namespace {

QDate endOfMonth(int year, int month)
{
    const QDate first(year, month, 1);
    return first.isValid() ? QDate(year, month, first.daysInMonth()) : QDate();
}

/** Strict YYYY-MM-DD (ASCII digits, real calendar date); an invalid QDate otherwise. */
QDate parseIsoDate(QStringView text)
{
    if (text.size() != 10 || text.at(4) != QLatin1Char('-') || text.at(7) != QLatin1Char('-'))
        return QDate();
    int parts[3] = {0, 0, 0};
    const qsizetype starts[3] = {0, 5, 8};
    const qsizetype widths[3] = {4, 2, 2};
    for (int i = 0; i < 3; ++i) {
        for (qsizetype j = 0; j < widths[i]; ++j) {
            const QChar c = text.at(starts[i] + j);
            if (c < QLatin1Char('0') || c > QLatin1Char('9'))
                return QDate();
            parts[i] = parts[i] * 10 + (c.unicode() - u'0');
        }
    }
    if (parts[0] < 1)
        return QDate();
    return QDate(parts[0], parts[1], parts[2]); // invalid when the day does not exist
}

} // namespace

Period::Period(Kind kind, QDate from, QDate to)
    : m_kind(kind)
    , m_from(from)
    , m_to(to)
{}

Period Period::month(int year, int month)
{
    return Period(Kind::Month, QDate(year, month, 1), endOfMonth(year, month));
}

Period Period::quarter(int year, int quarter)
{
    if (quarter < 1 || quarter > 4)
        return Period();
    const int firstMonth = (quarter - 1) * 3 + 1;
    return Period(Kind::Quarter, QDate(year, firstMonth, 1), endOfMonth(year, firstMonth + 2));
}

Period Period::halfYear(int year, int half)
{
    if (half < 1 || half > 2)
        return Period();
    const int firstMonth = half == 1 ? 1 : 7;
    return Period(Kind::HalfYear, QDate(year, firstMonth, 1), endOfMonth(year, firstMonth + 5));
}

Period Period::year(int year)
{
    return Period(Kind::Year, QDate(year, 1, 1), QDate(year, 12, 31));
}

Result<Period> Period::custom(const QDate &from, const QDate &to)
{
    if (!from.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("period: 'from' is not a valid date"));
    if (!to.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("period: 'to' is not a valid date"));
    if (to < from)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("period: 'to' (%1) is before 'from' (%2)")
                             .arg(to.toString(Qt::ISODate), from.toString(Qt::ISODate)));
    return Period(Kind::Custom, from, to);
}

Result<Period> Period::fromIsoStrings(QStringView from, QStringView to)
{
    const QDate fromDate = parseIsoDate(from);
    if (!fromDate.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("period: 'from' is not a date of the form YYYY-MM-DD"));
    const QDate toDate = parseIsoDate(to);
    if (!toDate.isValid())
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("period: 'to' is not a date of the form YYYY-MM-DD"));
    return custom(fromDate, toDate);
}

QList<int> Period::years() const
{
    QList<int> result;
    if (isNull())
        return result;
    for (int y = m_from.year(); y <= m_to.year(); ++y)
        result.append(y);
    return result;
}

Period Period::clippedToYear(int year) const
{
    if (isNull())
        return Period();
    const QDate yearStart(year, 1, 1);
    const QDate yearEnd(year, 12, 31);
    const QDate from = std::max(m_from, yearStart);
    const QDate to = std::min(m_to, yearEnd);
    if (to < from)
        return Period();
    if (from == m_from && to == m_to)
        return *this;
    const Kind kind = (from == yearStart && to == yearEnd) ? Kind::Year : Kind::Custom;
    return Period(kind, from, to);
}

} // namespace sr::domain
