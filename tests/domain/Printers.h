#pragma once

// gtest printers, so that failing expectations show readable values instead of bytes.

#include "domain/Enums.h"
#include "domain/Validation.h"

#include <QDate>
#include <QString>
#include <QStringList>

#include <ostream>
#include <string>

QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &text, std::ostream *os)
{
    *os << '"' << text.toStdString() << '"';
}

inline void PrintTo(const QDate &date, std::ostream *os)
{
    *os << (date.isValid() ? date.toString(Qt::ISODate).toStdString() : std::string("(null date)"));
}

inline void PrintTo(const QStringList &list, std::ostream *os)
{
    *os << '[';
    for (qsizetype i = 0; i < list.size(); ++i)
        *os << (i ? ", " : "") << '"' << list.at(i).toStdString() << '"';
    *os << ']';
}
QT_END_NAMESPACE

namespace sr::test {

/** A gtest parameter name for a text input: its index, then its ASCII letters and digits. */
inline std::string inputCaseName(std::size_t index, const char16_t *text)
{
    std::string name = "case" + std::to_string(index);
    if (text && *text)
        name += '_';
    for (const char16_t *c = text; c && *c; ++c) {
        const bool keep =
            (*c >= u'a' && *c <= u'z') || (*c >= u'A' && *c <= u'Z') || (*c >= u'0' && *c <= u'9');
        name += keep ? char(*c) : '_';
    }
    return name;
}

} // namespace sr::test

namespace sr::domain {

inline void PrintTo(const FieldError &error, std::ostream *os)
{
    *os << '{' << int(error.record) << '/' << error.reception << '/' << error.row << ' '
        << error.field.toStdString() << ": " << toCode(error.code).toStdString() << '}';
}

} // namespace sr::domain
