#pragma once

#include "Attachment.h"
#include "CaseWork.h"
#include "FollowUp.h"
#include "HandoverBatch.h"
#include "Hotline.h"
#include "Person.h"
#include "Reception.h"
#include "Reference.h"
#include "Support.h"

#include <QDate>
#include <QDateTime>
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
    NotAChoice,      ///< a coded value that is none of the choices (e.g. a goal's area)
    NeedsApproval,   ///< allowed only through a manager's approval (closing a case, case-work.md)
};

/** Which record of a case a field error belongs to. */
enum class RecordKind {
    Record,    ///< the one record a validator was given (not placed in a case)
    Person,    ///< the case's person
    Reception, ///< the reception at FieldError::reception
    Support,   ///< the support at FieldError::row of that reception
    FollowUp,  ///< the follow-up at FieldError::row of that reception
};

/**
 * One invalid field: the field's stable name (the database column), the reason, and where it
 * sits in a case. Validators report fields of the record they were given (RecordKind::Record);
 * placedIn() puts them in a case, so the ui finds the form and row without parsing names.
 */
struct FieldError
{
    QString field;
    ValidationCode code;
    RecordKind record = RecordKind::Record;
    int reception = -1; ///< index of the reception in the case (Reception, Support, FollowUp)
    int row = -1;       ///< index of the support or follow-up in its reception

    friend bool operator==(const FieldError &, const FieldError &) = default;
};

using FieldErrors = QList<FieldError>;

/**
 * @a errors of one record placed in a case: as fields of @a record, of the reception at index
 * @a reception and, for a support or follow-up, of the row @a row in that reception.
 */
FieldErrors
placedIn(const FieldErrors &errors, RecordKind record, int reception = -1, int row = -1);

/** Stable code string of a ValidationCode ("required", "invalid_format", …). */
QString toCode(ValidationCode code);

// Each validator returns every error at once (empty = valid); @a today is injected.
// At most one error per field: the first rule the field breaks, checked from the most basic
// (required, format) to the most specific (in_future, before_birth/before_reception,
// inconsistent). Fields are reported in a fixed order. A part of a handover batch larger than
// the whole is reported on the part; a sex split adding up to more than persons_total marks
// both persons_male and persons_female. A birth year before 1900 is invalid_date.
// A record with no meaningful content is refused: a batch of 0 persons (persons_total
// required), a follow-up with every area unknown and no notes (notes required).
FieldErrors validatePerson(const Person &person, const QDate &today);
FieldErrors validateReception(const Reception &reception, const Person &person, const QDate &today);
FieldErrors validateSupport(const Support &support, const Reception &reception, const QDate &today);
FieldErrors
validateFollowUp(const FollowUp &followUp, const Reception &reception, const QDate &today);
FieldErrors validateBatch(const HandoverBatch &batch, const QDate &today);

// Case work (docs/case-work.md). A plan goal needs its text, an area and a status among their
// choices, and a target date that is a real date not before its reception's date; planned
// actions and review notes are free (length only).
FieldErrors validatePlanGoal(const PlanGoal &goal, const Reception &reception);
/**
 * An attachment's description (docs/attachments.md): a document type among @a activeTypes
 * (the codes of the active attachment types), a document date that is valid and not after
 * @a today when given, a file name, a note of notes' length. What the file is, is checked by
 * its content elsewhere (exchange/AttachmentFile.h).
 */
FieldErrors validateAttachment(const Attachment &attachment,
                               const QStringList &activeTypes,
                               const QDate &today);
/**
 * A hotline call (docs/centre-work.md, "Hotline"): a real date and an "HH:MM" time not after
 * @a now (the centre's local time), a duration of 0 to 1,440 minutes, a line of digits, codes
 * among their choices, no caller's name or phone on an anonymous call (inconsistent), a phone
 * of digits, and notes of notes' length. @a linkedReception is the stored reception the call
 * links to (nullptr when none): it must be the linked person's (reception_id inconsistent), and
 * a reception needs a person (person_id required).
 */
FieldErrors validateHotlineCall(const HotlineCall &call,
                                const QDateTime &now,
                                const Reception *linkedReception = nullptr);

// Reference lists (editable by an administrator). A code is lower-case ASCII letters, digits and
// "_" (records refer to it); names are required in Vietnamese, optional in English. The
// organisation needs a name, a province and a case code prefix that case codes accept ("QN").
FieldErrors validateAgency(const Agency &agency);
FieldErrors validateBorderGate(const BorderGate &gate);
FieldErrors validateAttachmentType(const AttachmentType &type);
FieldErrors validateSupportType(const SupportType &type);
FieldErrors validateOrganisation(const Organisation &organisation);
// A task rule (docs/case-work.md) needs both names (they name its tasks in either language),
// offsets of 0..120 months and 0..3650 days (out_of_range), and a follow-up after a handover
// needs a delay: both offsets 0 is inconsistent on offset_days.
FieldErrors validateTaskRule(const TaskRule &rule);

// A task made by hand needs what to do (title, required, at most 200 characters), a due date
// (due_date, required) and notes of at most 2000 characters. Whether the worker may be
// assigned is the services' check (an active account that is not a viewer).
FieldErrors validateManualTask(const Task &task);

} // namespace sr::domain
