#include "CaseCode.h"

#include <QLatin1Char>

namespace sr::domain {

namespace {

constexpr qsizetype MaxPrefixLength = 10;
constexpr qsizetype MaxSequenceDigits = 9; // fits an int

bool isAsciiDigit(QChar c)
{
    return c >= QLatin1Char('0') && c <= QLatin1Char('9');
}

bool isAsciiUpper(QChar c)
{
    return c >= QLatin1Char('A') && c <= QLatin1Char('Z');
}

} // namespace

QString CaseCode::toString() const
{
    return QStringLiteral("%1-%2-%3")
        .arg(prefix)
        .arg(year, 4, 10, QLatin1Char('0'))
        .arg(sequence, 4, 10, QLatin1Char('0'));
}

std::optional<CaseCode> CaseCode::parse(QStringView text)
{
    // PREFIX-YYYY-NNNN: prefix of upper-case ASCII letters (digits after the first letter),
    // a 4-digit year, a sequence of at least 4 digits without extra leading zeros, so that
    // parse(toString()) round-trips and every case has exactly one spelling.
    const qsizetype firstDash = text.indexOf(QLatin1Char('-'));
    if (firstDash < 1 || firstDash > MaxPrefixLength)
        return std::nullopt;
    const QStringView prefix = text.left(firstDash);
    if (!isAsciiUpper(prefix.front()))
        return std::nullopt;
    for (const QChar c : prefix) {
        if (!isAsciiUpper(c) && !isAsciiDigit(c))
            return std::nullopt;
    }

    const QStringView rest = text.mid(firstDash + 1);
    if (rest.size() < 4 + 1 + 4 || rest.at(4) != QLatin1Char('-'))
        return std::nullopt;
    const QStringView yearText = rest.left(4);
    const QStringView sequenceText = rest.mid(5);
    if (sequenceText.size() > MaxSequenceDigits)
        return std::nullopt;
    if (sequenceText.size() > 4 && sequenceText.front() == QLatin1Char('0'))
        return std::nullopt;

    int year = 0;
    for (const QChar c : yearText) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        year = year * 10 + (c.unicode() - u'0');
    }
    int sequence = 0;
    for (const QChar c : sequenceText) {
        if (!isAsciiDigit(c))
            return std::nullopt;
        sequence = sequence * 10 + (c.unicode() - u'0');
    }
    if (year < 1 || sequence < 1)
        return std::nullopt;

    CaseCode code;
    code.prefix = prefix.toString();
    code.year = year;
    code.sequence = sequence;
    return code;
}

} // namespace sr::domain
