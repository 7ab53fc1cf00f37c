#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/Reception.h"
#include "domain/Shelter.h"

#include <QDate>
#include <QList>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** A person in a room on the board's day. */
struct ShelterOccupant
{
    qint64 stayId = 0;
    int stayVersion = 0;
    qint64 receptionId = 0;
    qint64 personId = 0;
    QString caseCode; ///< empty when the user may not see the case
    QString fullName; ///< empty unless the user may see the case (Permission::ViewCases, scope)
    QDate admitted;
};

/** A room on the board: its beds and who is in it. */
struct ShelterRoomBoard
{
    domain::ShelterRoom room;
    int occupied = 0; ///< persons in the room that day (all of them, named or not)
    QList<ShelterOccupant> occupants;
};

/** A shelter on the board with its rooms. */
struct ShelterBoardEntry
{
    domain::Shelter shelter;
    QList<ShelterRoomBoard> rooms;
    int capacity = 0;
    int occupied = 0;
};

/** Occupancy of every active shelter and room on one day. */
struct ShelterBoard
{
    QDate day;
    bool namesShown = false; ///< the user may see cases: occupants are listed
    QList<ShelterBoardEntry> shelters;
};

/** The shelters and rooms a stay may be put in (active entries). */
struct ShelterChoices
{
    QList<domain::Shelter> shelters;
    QList<domain::ShelterRoom> rooms;
};

/** What convertToSupports() wrote. */
struct StayConversion
{
    domain::ShelterStay stay; ///< as stored, supportsThrough moved on
    int supports = 0;         ///< supports created, one per shelter day
    QDate first;              ///< the first and last day converted
    QDate last;
    qint64 amountPerDayVnd = 0;
};

/**
 * The shelter stays (docs/centre-work.md, "Shelter"). Admitting, leaving (an update of the stay),
 * changing and archiving a stay need Permission::AdmitToShelter and the case in the user's scope;
 * each is one transaction whose checks are made inside it: the room is not full on any day of
 * the stay (capacity), the person has no other stay on those days, the leaving date is not
 * before the admission. A refusal comes back as field errors (ValidationCode::Inconsistent on
 * room_code, admitted_date or left_date) and writes nothing. The storage's write lock (BEGIN
 * IMMEDIATE on a file, the advisory lock on a server) makes two admissions at once run one after
 * the other, so the second sees the first's stay.
 */
class ShelterService
{
public:
    explicit ShelterService(storage::Database &db);

    /**
     * Occupancy on @a day: every role that may see cases or reports; names and case codes only
     * for users who may see the case (Permission::ViewCases and record-level scope).
     */
    Result<ShelterBoard> board(const domain::Actor &actor, const QDate &day) const;
    /** Active shelters and rooms, for the admit dialog. */
    Result<ShelterChoices> choices(const domain::Actor &actor) const;
    /** The stays of a reception (Permission::ViewCases, case scope), by admission. */
    Result<QList<domain::ShelterStay>> staysOfReception(const domain::Actor &actor,
                                                        qint64 receptionId) const;
    /** The stays of every reception of a person (Permission::ViewCases, case scope). */
    Result<QList<domain::ShelterStay>> staysOfPerson(const domain::Actor &actor,
                                                     qint64 personId) const;

    /**
     * The active receptions of the case @a caseCode, newest first, for admitting from the
     * board (Permission::ViewCases, case scope); NotFound when there is no such case.
     */
    Result<QList<domain::Reception>> receptionsOfCase(const domain::Actor &actor,
                                                      const QString &caseCode) const;

    /** Stores a new stay (meta.id 0); a retried uuid returns the stored stay. */
    ServiceResult<domain::ShelterStay> admit(const domain::Actor &actor,
                                             const domain::ShelterStay &stay);
    /** Updates a stored stay against its version (Conflict when changed meanwhile). */
    ServiceResult<domain::ShelterStay> update(const domain::Actor &actor,
                                              const domain::ShelterStay &stay);
    /** The person left the room on @a left for @a reason: an update of the stay. */
    ServiceResult<domain::ShelterStay> leave(const domain::Actor &actor,
                                             qint64 stayId,
                                             int expectedVersion,
                                             const QDate &left,
                                             const QString &reason);
    /** Archives a stay with a non-empty reason; nothing is deleted. */
    Result<void>
    archive(const domain::Actor &actor, qint64 id, int expectedVersion, const QString &reason);

    /**
     * Turns the shelter days of a stay not converted yet (after supportsThrough, up to the day
     * before leaving, or today while staying) into essential-needs supports of the stay's
     * reception, one per day at the support type's per-day amount, written through CaseWriter
     * in one transaction with the stay's new supportsThrough: converting again adds nothing (a
     * field error on supports_through when no day is left). NotFound when no active support
     * type has a per-day amount.
     */
    ServiceResult<StayConversion>
    convertToSupports(const domain::Actor &actor, qint64 stayId, int expectedVersion);

    /** The support type whose supports a stay is converted into. */
    static QString essentialNeedsCode() { return QStringLiteral("essential_needs"); }

private:
    ServiceResult<domain::ShelterStay>
    write(const domain::Actor &actor, const domain::ShelterStay &stay, bool stored);

    storage::Database &m_db;
};

} // namespace sr::services
