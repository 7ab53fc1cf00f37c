#include "ShelterStayRepository.h"

#include "RecordTable.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::ShelterStay;

ShelterStayRepository::ShelterStayRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::shelterStayRecord(), audit)
{}

Result<QList<ShelterStay>> ShelterStayRepository::inRoomDuring(const QString &roomCode,
                                                               const QDate &from,
                                                               const QDate &until) const
{
    // Dates are ISO text: comparing the text compares the dates. A stay still open has
    // left_date '' and reaches every later day.
    RowFilter rows;
    rows.conditions << QStringLiteral("room_code = ?")
                    << QStringLiteral("(left_date = '' OR left_date > ?)");
    rows.values << roomCode << sql::isoDate(from);
    if (until.isValid()) {
        rows.conditions << QStringLiteral("admitted_date < ?");
        rows.values << sql::isoDate(until);
    }
    rows.archive = ArchiveFilter::ActiveOnly;
    rows.orderBy = QStringLiteral("admitted_date, id");
    return table().list(rows);
}

Result<QList<ShelterStay>> ShelterStayRepository::ofPerson(qint64 personId) const
{
    return table().list(
        RowFilter{.conditions = {QStringLiteral(
                      "reception_id IN (SELECT id FROM reception WHERE person_id = ?)")},
                  .values = {personId},
                  .archive = ArchiveFilter::ActiveOnly,
                  .orderBy = QStringLiteral("admitted_date, id")});
}

Result<QList<ShelterStay>> ShelterStayRepository::ofReception(qint64 receptionId,
                                                              ArchiveFilter filter) const
{
    return table().list(RowFilter{.conditions = {QStringLiteral("reception_id = ?")},
                                  .values = {receptionId},
                                  .archive = filter,
                                  .orderBy = QStringLiteral("admitted_date, id")});
}

Result<QList<ShelterStay>> ShelterStayRepository::coveringDay(const QDate &day) const
{
    const QString iso = sql::isoDate(day);
    return table().list(
        RowFilter{.conditions = {QStringLiteral("admitted_date <= ?"),
                                 QStringLiteral("(left_date = '' OR left_date > ?)")},
                  .values = {iso, iso},
                  .archive = ArchiveFilter::ActiveOnly,
                  .orderBy = QStringLiteral("room_code, admitted_date, id")});
}

} // namespace sr::storage
