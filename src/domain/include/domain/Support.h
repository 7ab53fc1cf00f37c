#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>
#include <QString>

namespace sr::domain {

/** One support given (or referred, declined, not needed) during a reception. */
struct Support
{
    RecordMeta meta;
    qint64 receptionId = 0;
    QString typeCode; ///< support type (reference list; stable codes in docs)
    QDate date;
    QString providerAgencyCode; ///< may be empty
    qint64 amountVnd = 0;       ///< whole đồng, >= 0
    int quantity = 1;           ///< times or days, >= 1
    SupportStatus status = SupportStatus::Provided;
    QString notes;
};

} // namespace sr::domain
