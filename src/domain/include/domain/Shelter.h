#pragma once

#include "RecordMeta.h"
#include "Validation.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

// The shelters, their rooms and the stays in them (docs/centre-work.md, "Shelter"). The
// shelters and rooms are reference lists an administrator edits; a stay is a record of a
// person's reception. The capacity, overlap and leaving checks that another process can make
// untrue are the services' (services/ShelterService.h), inside the transaction that writes.
namespace sr::domain {

/** A shelter: the centre's temporary shelter rooms, the Sunshine House (Ngôi nhà Ánh Dương). */
struct Shelter
{
    RecordMeta meta;
    QString code;
    QString nameVi;
    QString nameEn;
    int sortOrder = 0;
};

/** A room of a shelter and its beds. */
struct ShelterRoom
{
    RecordMeta meta;
    QString code;
    QString shelterCode;
    QString nameVi;
    QString nameEn;
    int capacity = 1; ///< beds; a stay is refused when the room is full on one of its days
    int sortOrder = 0;
};

/**
 * A person's stay in a room, linked to one of the person's receptions. The stay covers the
 * days admitted <= d < left (the day of leaving is not a shelter day); left is null while the
 * person stays. supportsThrough is the last shelter day already turned into essential-needs
 * supports (null when none), so a day is never converted twice.
 */
struct ShelterStay
{
    RecordMeta meta;
    qint64 receptionId = 0;
    QString roomCode;
    QDate admitted;
    QDate left;
    QString leavingReason; ///< one of leavingReasonCodes(), empty while staying
    QDate supportsThrough;
    QString notes;

    bool isStaying() const { return !left.isValid(); }
    /** Is the person in the room on @a day (admitted <= day < left)? */
    bool covers(const QDate &day) const
    {
        return day >= admitted && (!left.isValid() || day < left);
    }
};

/** Why a person left a shelter: stable codes, stored and exchanged. */
QStringList leavingReasonCodes();
/** The label of a leaving reason (translation context "sr::domain::Shelter"). */
QString leavingReasonLabel(const QString &code);

/**
 * The shelter days of @a stay within [from, to] (both included): the days it covers, the
 * open end of a stay counted up to @a to.
 */
qint64 shelterDaysWithin(const ShelterStay &stay, const QDate &from, const QDate &to);

// Validation (Validation.cpp). A shelter and a room are reference entries (code, Vietnamese
// name, English name; a room also its shelter and a capacity of 0..100 beds, out_of_range).
// A stay needs its reception and room (required), an admission date that is valid, not after
// @a today and not before its reception's date (before_reception); a leaving date not after
// today and not before the admission (inconsistent on left_date); a leaving reason among the
// codes exactly when it has left (required / not_a_choice); notes of notes' length.
FieldErrors validateShelter(const Shelter &shelter);
FieldErrors validateShelterRoom(const ShelterRoom &room);
FieldErrors
validateShelterStay(const ShelterStay &stay, const QDate &receptionDate, const QDate &today);

} // namespace sr::domain
