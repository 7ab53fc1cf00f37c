#pragma once

#include <QDate>
#include <QDateTime>
#include <QString>

namespace sr::domain {

// The text forms a date and a timestamp are stored and exchanged in, written without Qt's
// general formatter (QDate::toString parses its format on every call): an import or export
// writes one or more per row. Byte for byte what Qt::ISODate and Qt::ISODateWithMs give.

/** "YYYY-MM-DD"; empty for an invalid date. */
QString isoDateText(const QDate &date);
/** The date of a stored "YYYY-MM-DD"; a null date for an empty or malformed text. */
QDate dateFromIsoText(const QString &text);
/** "YYYY-MM-DDTHH:MM:SS.zzzZ" of @a time in UTC; empty for an invalid time. */
QString isoTimestampText(const QDateTime &time);

} // namespace sr::domain
