#pragma once

#include "RecordRepository.h"
#include "domain/Shelter.h"

#include <QDate>

namespace sr::storage {

/**
 * Stores the stays in shelter rooms (docs/centre-work.md, "Shelter"). The listings the
 * capacity and overlap checks read are made by services/ShelterService.cpp inside the write
 * transaction that stores the stay, so another process cannot fill the room in between.
 */
class ShelterStayRepository : public RecordRepository<domain::ShelterStay>
{
public:
    explicit ShelterStayRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

    /**
     * Active stays in room @a roomCode that share a day with [from, until) — @a until null: an
     * open end — by admission date.
     */
    Result<QList<domain::ShelterStay>>
    inRoomDuring(const QString &roomCode, const QDate &from, const QDate &until) const;
    /** Active stays of any reception of person @a personId, by admission date. */
    Result<QList<domain::ShelterStay>> ofPerson(qint64 personId) const;
    /** The stays of reception @a receptionId, by admission date. */
    Result<QList<domain::ShelterStay>>
    ofReception(qint64 receptionId, ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    /** Active stays that cover @a day (admitted <= day < left), by room and admission. */
    Result<QList<domain::ShelterStay>> coveringDay(const QDate &day) const;
};

} // namespace sr::storage
