#pragma once

#include "FollowUp.h"
#include "HandoverBatch.h"
#include "Person.h"
#include "Reception.h"
#include "Support.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sr::domain {

/** Why a field is invalid. Stable; the UI turns it into a translated message. */
enum class ValidationCode {
    Required,        ///< empty but required
    InvalidFormat,   ///< e.g. CCCD not 12 digits, phone with letters
    InvalidDate,     ///< impossible date (31/02) or partial date out of range
    InFuture,        ///< a date after today
    BeforeBirth,     ///< a reception/event before the person's birth
    BeforeReception, ///< a support or follow-up dated before its reception
    Negative,        ///< an amount or count below zero
    OutOfRange,      ///< e.g. estimated age over 120, quantity 0
    Inconsistent,    ///< parts do not add up (male + female > total; closed without outcome)
    TooLong,         ///< longer than the field allows
};

/** One invalid field: the field's stable name (the database column) and the reason. */
struct FieldError
{
    QString field;
    ValidationCode code;

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

/** Stable code string of a ValidationCode ("required", "invalid_format", …). */
QString toCode(ValidationCode code);

// Each validator returns every error at once (empty = valid); @a today is injected.
FieldErrors validatePerson(const Person &person, const QDate &today);
FieldErrors validateReception(const Reception &reception, const Person &person, const QDate &today);
FieldErrors validateSupport(const Support &support, const Reception &reception, const QDate &today);
FieldErrors validateFollowUp(const FollowUp &followUp, const Reception &reception, const QDate &today);
FieldErrors validateBatch(const HandoverBatch &batch, const QDate &today);

} // namespace sr::domain
