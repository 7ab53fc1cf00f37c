#include "ShelterService.h"

#include "CaseAccess.h"
#include "CaseWriter.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/ShelterStayRepository.h"

#include <QHash>

#include <algorithm>

namespace sr::services {

using domain::FieldError;
using domain::FieldErrors;
using domain::ShelterStay;
using domain::ValidationCode;

namespace {

/** Do the stays' days [admitted, left) meet? A stay left on its admission day has no day. */
bool overlap(const ShelterStay &a, const ShelterStay &b)
{
    const bool aBeforeBEnds = !b.left.isValid() || a.admitted < b.left;
    const bool bBeforeAEnds = !a.left.isValid() || b.admitted < a.left;
    const bool aHasDays = !a.left.isValid() || a.admitted < a.left;
    const bool bHasDays = !b.left.isValid() || b.admitted < b.left;
    return aHasDays && bHasDays && aBeforeBEnds && bBeforeAEnds;
}

/**
 * Is the room full on a day of @a stay, with @a others (the room's other stays meeting it)?
 * Occupancy only rises on an admission day, so the days to look at are the stay's first day
 * and the admission days of the others within it.
 */
bool roomFull(const ShelterStay &stay, const QList<ShelterStay> &others, int capacity)
{
    if (stay.left.isValid() && stay.left <= stay.admitted)
        return false; // no shelter day: it takes no bed
    QList<QDate> days{stay.admitted};
    for (const ShelterStay &other : others) {
        if (other.admitted > stay.admitted && stay.covers(other.admitted))
            days << other.admitted;
    }
    for (const QDate &day : days) {
        const auto inRoom = std::count_if(
            others.cbegin(), others.cend(), [&](const auto &o) { return o.covers(day); });
        if (inRoom >= capacity)
            return true;
    }
    return false;
}

template<typename T>
ServiceResult<T> refused(FieldErrors errors)
{
    return ServiceResult<T>::invalid(std::move(errors));
}

} // namespace

ShelterService::ShelterService(storage::Database &db)
    : m_db(db)
{}

Result<ShelterBoard> ShelterService::board(const domain::Actor &actor, const QDate &day) const
{
    const bool seesCases = allowed(actor, Permission::ViewCases);
    if (!seesCases) {
        // A viewer sees the occupancy as a figure of the reports, never who is where.
        if (auto r = require(m_db, actor, Permission::ViewReports); !r)
            return r.error();
    }
    storage::ReferenceRepository reference(m_db);
    const auto shelters = reference.shelters();
    if (!shelters)
        return shelters.error();
    const auto rooms = reference.shelterRooms();
    if (!rooms)
        return rooms.error();
    const auto stays = storage::ShelterStayRepository(m_db).coveringDay(day);
    if (!stays)
        return stays.error();

    std::optional<storage::CaseScope> scope;
    if (seesCases) {
        auto s = CaseAccess::scopeOf(m_db, actor);
        if (!s)
            return s.error();
        scope = std::move(s).value();
    }
    QHash<QString, QList<ShelterStay>> byRoom;
    for (const ShelterStay &stay : *stays)
        byRoom[stay.roomCode].append(stay);

    storage::ReceptionRepository receptions(m_db);
    storage::PersonRepository persons(m_db);
    ShelterBoard board;
    board.day = day;
    board.namesShown = seesCases;
    for (const domain::Shelter &shelter : *shelters) {
        ShelterBoardEntry entry;
        entry.shelter = shelter;
        for (const domain::ShelterRoom &room : *rooms) {
            if (room.shelterCode != shelter.code)
                continue;
            ShelterRoomBoard roomBoard;
            roomBoard.room = room;
            const QList<ShelterStay> inRoom = byRoom.value(room.code);
            roomBoard.occupied = int(inRoom.size());
            for (const ShelterStay &stay : inRoom) {
                ShelterOccupant occupant;
                occupant.stayId = stay.meta.id;
                occupant.stayVersion = stay.meta.version;
                occupant.receptionId = stay.receptionId;
                occupant.admitted = stay.admitted;
                if (seesCases) {
                    const auto reception = receptions.get(stay.receptionId);
                    if (!reception)
                        return reception.error();
                    const auto person = persons.get(reception->personId);
                    if (!person)
                        return person.error();
                    // Another worker's case (record-level access): counted, not named.
                    if (scope->contains(person->responsibleUserId)) {
                        occupant.personId = person->meta.id;
                        occupant.caseCode = person->caseCode;
                        occupant.fullName = person->fullName;
                    }
                }
                roomBoard.occupants.append(occupant);
            }
            entry.capacity += room.capacity;
            entry.occupied += roomBoard.occupied;
            entry.rooms.append(roomBoard);
        }
        board.shelters.append(entry);
    }
    return board;
}

Result<ShelterChoices> ShelterService::choices(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    storage::ReferenceRepository reference(m_db);
    auto shelters = reference.shelters();
    if (!shelters)
        return shelters.error();
    auto rooms = reference.shelterRooms();
    if (!rooms)
        return rooms.error();
    return ShelterChoices{std::move(shelters).value(), std::move(rooms).value()};
}

Result<QList<ShelterStay>> ShelterService::staysOfReception(const domain::Actor &actor,
                                                            qint64 receptionId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    const auto reception = storage::ReceptionRepository(m_db).get(receptionId);
    if (!reception)
        return reception.error();
    if (auto r = CaseAccess::requireCase(m_db, actor, reception->personId); !r)
        return r.error();
    return storage::ShelterStayRepository(m_db).ofReception(receptionId);
}

Result<QList<ShelterStay>> ShelterService::staysOfPerson(const domain::Actor &actor,
                                                         qint64 personId) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (auto r = CaseAccess::requireCase(m_db, actor, personId); !r)
        return r.error();
    return storage::ShelterStayRepository(m_db).ofPerson(personId);
}

Result<QList<domain::Reception>> ShelterService::receptionsOfCase(const domain::Actor &actor,
                                                                  const QString &caseCode) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    const auto person = storage::PersonRepository(m_db).getByCaseCode(caseCode.trimmed().toUpper());
    if (!person)
        return person.error();
    if (person->meta.archived)
        return makeError(ErrorCode::NotFound, QStringLiteral("shelter.receptions: archived case"));
    if (auto r = CaseAccess::requireCase(m_db, actor, person->meta.id); !r)
        return r.error();
    auto receptions = storage::ReceptionRepository(m_db).listForPerson(person->meta.id);
    if (!receptions)
        return receptions.error();
    std::reverse(receptions->begin(), receptions->end());
    return std::move(receptions).value();
}

ServiceResult<ShelterStay> ShelterService::admit(const domain::Actor &actor,
                                                 const ShelterStay &stay)
{
    return write(actor, stay, false);
}

ServiceResult<ShelterStay> ShelterService::update(const domain::Actor &actor,
                                                  const ShelterStay &stay)
{
    return write(actor, stay, true);
}

ServiceResult<ShelterStay> ShelterService::leave(const domain::Actor &actor,
                                                 qint64 stayId,
                                                 int expectedVersion,
                                                 const QDate &left,
                                                 const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::AdmitToShelter); !r)
        return ServiceResult<ShelterStay>(r.error());
    auto stored = storage::ShelterStayRepository(m_db).get(stayId);
    if (!stored)
        return ServiceResult<ShelterStay>(stored.error());
    ShelterStay stay = std::move(stored).value();
    // The version the user saw: write() refuses it with Conflict when another save came first.
    stay.meta.version = expectedVersion;
    stay.left = left;
    stay.leavingReason = reason;
    if (!left.isValid())
        return refused<ShelterStay>(
            {FieldError{QStringLiteral("left_date"), ValidationCode::Required}});
    return write(actor, stay, true);
}

ServiceResult<ShelterStay>
ShelterService::write(const domain::Actor &actor, const ShelterStay &stay, bool stored)
{
    if (auto r = require(m_db, actor, Permission::AdmitToShelter); !r)
        return ServiceResult<ShelterStay>(r.error());
    if (stay.meta.isStored() != stored)
        return ServiceResult<ShelterStay>(
            makeError(ErrorCode::InvalidInput,
                      stored ? QStringLiteral("shelter.update: not stored")
                             : QStringLiteral("shelter.admit: already stored")));

    // Every check below reads what another process may change: inside the write transaction.
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return ServiceResult<ShelterStay>(transaction.error());
    const QDate today = domain::Clock::instance().today();
    const auto reception = storage::ReceptionRepository(m_db).get(stay.receptionId);
    if (!reception) {
        if (reception.error().code == ErrorCode::NotFound)
            return refused<ShelterStay>(
                {FieldError{QStringLiteral("reception_id"), ValidationCode::Required}});
        return ServiceResult<ShelterStay>(reception.error());
    }
    if (reception->meta.archived)
        return refused<ShelterStay>(
            {FieldError{QStringLiteral("reception_id"), ValidationCode::NotAChoice}});
    if (auto r = CaseAccess::requireCase(m_db, actor, reception->personId); !r)
        return ServiceResult<ShelterStay>(r.error());
    FieldErrors errors = domain::validateShelterStay(stay, reception->receptionDate, today);
    if (!errors.isEmpty())
        return refused<ShelterStay>(errors);

    storage::ShelterStayRepository stays(m_db);
    std::optional<ShelterStay> before;
    if (stored) {
        auto old = stays.get(stay.meta.id);
        if (!old)
            return ServiceResult<ShelterStay>(old.error());
        before = std::move(old).value();
    }
    // A room archived after the person came in still takes the stay's own changes.
    const bool sameRoom = before && before->roomCode == stay.roomCode;
    const auto rooms = storage::ReferenceRepository(m_db).shelterRooms(
        sameRoom ? storage::ArchiveFilter::IncludeArchived : storage::ArchiveFilter::ActiveOnly);
    if (!rooms)
        return ServiceResult<ShelterStay>(rooms.error());
    const auto room = std::find_if(
        rooms->cbegin(), rooms->cend(), [&](const auto &r) { return r.code == stay.roomCode; });
    if (room == rooms->cend())
        return refused<ShelterStay>(
            {FieldError{QStringLiteral("room_code"), ValidationCode::NotAChoice}});

    // The person is in one place at a time: no other stay of any of their receptions meets it.
    const auto personStays = stays.ofPerson(reception->personId);
    if (!personStays)
        return ServiceResult<ShelterStay>(personStays.error());
    // A retried admission whose answer was lost: the stored stay, not a second one.
    if (!stored && !stay.meta.uuid.isEmpty()) {
        for (const ShelterStay &other : *personStays) {
            if (other.meta.uuid == stay.meta.uuid)
                return ServiceResult<ShelterStay>(other);
        }
    }
    for (const ShelterStay &other : *personStays) {
        if (other.meta.id != stay.meta.id && overlap(other, stay))
            errors.append(
                FieldError{QStringLiteral("admitted_date"), ValidationCode::Inconsistent});
        if (!errors.isEmpty())
            break;
    }
    // A bed for every day: the other stays in the room on those days stay below capacity.
    auto inRoom = stays.inRoomDuring(stay.roomCode, stay.admitted, stay.left);
    if (!inRoom)
        return ServiceResult<ShelterStay>(inRoom.error());
    inRoom->removeIf([&](const ShelterStay &other) { return other.meta.id == stay.meta.id; });
    if (roomFull(stay, *inRoom, room->capacity))
        errors.append(FieldError{QStringLiteral("room_code"), ValidationCode::Inconsistent});
    if (!errors.isEmpty())
        return refused<ShelterStay>(errors);

    if (stored)
        return commitResult(transaction, stays.update(stay, actor), "shelter.update");
    return commitResult(transaction, stays.insert(stay, actor), "shelter.admit");
}

Result<void> ShelterService::archive(const domain::Actor &actor,
                                     qint64 id,
                                     int expectedVersion,
                                     const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::AdmitToShelter); !r)
        return r.error();
    {
        const auto stay = storage::ShelterStayRepository(m_db).get(id);
        if (!stay)
            return stay.error();
        const auto reception = storage::ReceptionRepository(m_db).get(stay->receptionId);
        if (!reception)
            return reception.error();
        if (auto r = CaseAccess::requireCase(m_db, actor, reception->personId); !r)
            return r.error();
    }
    return archiveWith<storage::ShelterStayRepository>(
        m_db, id, expectedVersion, reason, actor, "shelter.archive");
}

ServiceResult<StayConversion>
ShelterService::convertToSupports(const domain::Actor &actor, qint64 stayId, int expectedVersion)
{
    using Out = ServiceResult<StayConversion>;
    if (auto r = require(m_db, actor, Permission::AdmitToShelter); !r)
        return Out(r.error());
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return Out(r.error());
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return Out(transaction.error());
    storage::ShelterStayRepository stays(m_db);
    auto stored = stays.get(stayId);
    if (!stored)
        return Out(stored.error());
    ShelterStay stay = std::move(stored).value();
    if (stay.meta.version != expectedVersion || stay.meta.archived)
        return Out(makeError(ErrorCode::Conflict, QStringLiteral("shelter.convert: stay changed")));
    const auto reception = storage::ReceptionRepository(m_db).get(stay.receptionId);
    if (!reception)
        return Out(reception.error());
    if (auto r = CaseAccess::requireCase(m_db, actor, reception->personId); !r)
        return Out(r.error());

    const auto types = storage::ReferenceRepository(m_db).supportTypes();
    if (!types)
        return Out(types.error());
    const auto type = std::find_if(types->cbegin(), types->cend(), [](const auto &t) {
        return t.code == essentialNeedsCode() && t.perDayAmountVnd > 0;
    });
    if (type == types->cend())
        return Out(makeError(ErrorCode::NotFound,
                             QStringLiteral("shelter.convert: no per-day support type")));

    const QDate today = domain::Clock::instance().today();
    const QDate first =
        stay.supportsThrough.isValid() ? stay.supportsThrough.addDays(1) : stay.admitted;
    const QDate last = stay.left.isValid() ? stay.left.addDays(-1) : today;
    if (!first.isValid() || !last.isValid() || last < first)
        return Out::invalid(
            {FieldError{QStringLiteral("supports_through"), ValidationCode::Inconsistent}});

    ReceptionGroup group{*reception, {}, {}};
    for (QDate day = first; day <= last; day = day.addDays(1)) {
        domain::Support support;
        support.receptionId = reception->meta.id;
        support.typeCode = type->code;
        support.date = day;
        support.amountVnd = type->perDayAmountVnd;
        support.quantity = 1;
        support.status = domain::SupportStatus::Provided;
        group.supports.append(support);
    }
    CaseGroup caseGroup;
    caseGroup.receptions = {group};
    CaseCheck check = validateCase(std::move(caseGroup), today, ErrorPaths::Record);
    if (!check.valid)
        return Out::invalid(check.errors);
    {
        // The writer's statements end before the transaction does (CaseWriter.h).
        CaseWriter writer(m_db, actor);
        if (auto written = writer.write(*check.valid); !written)
            return Out(written.error());
    }

    stay.supportsThrough = last;
    auto updated = stays.update(stay, actor);
    if (!updated)
        return Out(updated.error());
    StayConversion conversion{std::move(updated).value(),
                              int(first.daysTo(last) + 1),
                              first,
                              last,
                              type->perDayAmountVnd};
    return commitResult(
        transaction, Result<StayConversion>(std::move(conversion)), "shelter.convert");
}

} // namespace sr::services
