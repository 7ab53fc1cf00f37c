#include "ShelterReportQueries.h"

#include "ReportRunner.h"
#include "domain/Shelter.h"

#include <QHash>
#include <QSet>

namespace sr::storage::report {

Result<void> shelterFigures(const QSqlDatabase &db,
                            const QDate &from,
                            const QDate &to,
                            const QDate &today,
                            domain::ShelterCounts &figures)
{
    const Runner runner(db, from, to);
    figures = {};
    // The shelters and their active rooms: the beds the occupancy rate is measured against.
    auto shelters = runner.run(
        QStringLiteral(
            "SELECT s.code, s.name_vi, s.name_en, COUNT(m.id), COALESCE(SUM(m.capacity), 0)"
            " FROM shelter s LEFT JOIN shelter_room m"
            "  ON m.shelter_code = s.code AND m.archived = 0"
            " WHERE s.archived = 0"
            " GROUP BY s.code, s.name_vi, s.name_en, s.sort_order"
            " ORDER BY s.sort_order, s.code"),
        "report.shelter.rooms");
    if (!shelters)
        return shelters.error();
    QHash<QString, qsizetype> rowOf;
    while (shelters->next()) {
        domain::ShelterRow row;
        row.code = shelters->value(0).toString();
        row.name = shelters->value(1).toString();
        row.nameEn = shelters->value(2).toString();
        row.rooms = shelters->value(3).toLongLong();
        row.beds = shelters->value(4).toLongLong();
        rowOf.insert(row.code, figures.shelters.size());
        figures.shelters.append(row);
        figures.rooms += row.rooms;
        figures.beds += row.beds;
    }
    figures.bedDays = figures.beds * (from.daysTo(to) + 1);

    // The stays meeting the period: a shelter day in it, or admitted in it (a stay left the day
    // it began has no shelter day but is an admission). Few rows: a shelter has tens of beds.
    auto stays = runner.run(
        QStringLiteral(
            "SELECT m.shelter_code, r.person_id, s.admitted_date, s.left_date"
            " FROM shelter_stay s"
            " JOIN shelter_room m ON m.code = s.room_code"
            " JOIN reception r ON r.id = s.reception_id"
            " JOIN person p ON p.id = r.person_id"
            " WHERE s.archived = 0 AND r.archived = 0 AND p.archived = 0"
            "  AND s.admitted_date <= :to"
            "  AND (s.left_date = '' OR s.left_date > :from OR s.admitted_date >= :from)"),
        "report.shelter.stays");
    if (!stays)
        return stays.error();
    const QDate countTo = today.isValid() && today < to ? today : to;
    QSet<qint64> persons;
    QHash<QString, QSet<qint64>> personsOf;
    while (stays->next()) {
        const QString shelter = stays->value(0).toString();
        const qint64 person = stays->value(1).toLongLong();
        domain::ShelterStay stay;
        stay.admitted = QDate::fromString(stays->value(2).toString(), Qt::ISODate);
        stay.left = QDate::fromString(stays->value(3).toString(), Qt::ISODate);
        const bool admitted = stay.admitted >= from && stay.admitted <= to;
        // A stay still open counts its days up to today, never days to come.
        const qint64 days =
            domain::shelterDaysWithin(stay, from, stay.left.isValid() ? to : countTo);
        if (!admitted && days == 0)
            continue;
        persons.insert(person);
        figures.admissions += admitted ? 1 : 0;
        figures.shelterDays += days;
        if (const auto i = rowOf.constFind(shelter); i != rowOf.cend()) {
            domain::ShelterRow &row = figures.shelters[*i];
            row.admissions += admitted ? 1 : 0;
            row.shelterDays += days;
            personsOf[shelter].insert(person);
        }
    }
    figures.persons = persons.size();
    for (domain::ShelterRow &row : figures.shelters)
        row.persons = personsOf.value(row.code).size();
    return {};
}

} // namespace sr::storage::report
