#include "IsoText.h"

namespace sr::domain {

namespace {

/** Writes @a value as @a width decimal digits at @a out; returns the position after them. */
char16_t *digits(char16_t *out, int value, int width)
{
    for (int i = width - 1; i >= 0; --i) {
        out[i] = char16_t(u'0' + value % 10);
        value /= 10;
    }
    return out + width;
}

bool fourDigitYear(const QDate &date)
{
    return date.year() >= 0 && date.year() <= 9999;
}

} // namespace

QString isoDateText(const QDate &date)
{
    if (!date.isValid())
        return QString();
    if (!fourDigitYear(date))
        return date.toString(Qt::ISODate);
    char16_t text[10];
    char16_t *p = digits(text, date.year(), 4);
    *p++ = u'-';
    p = digits(p, date.month(), 2);
    *p++ = u'-';
    digits(p, date.day(), 2);
    return QString(reinterpret_cast<const QChar *>(text), 10);
}

QDate dateFromIsoText(const QString &text)
{
    if (text.isEmpty())
        return {};
    return QDate::fromString(text, Qt::ISODate);
}

QString isoTimestampText(const QDateTime &time)
{
    if (!time.isValid())
        return QString();
    const QDateTime utc = time.toUTC();
    const QDate date = utc.date();
    if (!fourDigitYear(date))
        return utc.toString(Qt::ISODateWithMs);
    const QTime clock = utc.time();
    char16_t text[24];
    char16_t *p = digits(text, date.year(), 4);
    *p++ = u'-';
    p = digits(p, date.month(), 2);
    *p++ = u'-';
    p = digits(p, date.day(), 2);
    *p++ = u'T';
    p = digits(p, clock.hour(), 2);
    *p++ = u':';
    p = digits(p, clock.minute(), 2);
    *p++ = u':';
    p = digits(p, clock.second(), 2);
    *p++ = u'.';
    p = digits(p, clock.msec(), 3);
    *p = u'Z';
    return QString(reinterpret_cast<const QChar *>(text), 24);
}

} // namespace sr::domain
