#pragma once

// A case with shelter stays for the tests of what carries them (backup, restore, check, server
// migration; docs/centre-work.md "Shelter"): a person with a reception and two stays, stored
// through storage::ShelterStayRepository (the service's rules are tested in tests/shelter): one
// in a Sunshine House room, left on the day of moving, and one in a room of the centre from
// that day on, still open, with personal notes and a supports_through date.

#include "domain/Actor.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Shelter.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ShelterStayRepository.h"

#include <QDate>
#include <QList>
#include <QString>

#include <gtest/gtest.h>

namespace sr::test {

struct StayedCase
{
    qint64 personId = 0;
    QString caseCode;
    qint64 receptionId = 0;
    /** The stored stays, in insertion order. */
    QList<domain::ShelterStay> stays;
};

/** Adds the case described above to @a db (its own transaction); check with ASSERT_NO_FATAL_FAILURE. */
inline void makeStayedCase(storage::Database &db,
                           const domain::Actor &actor,
                           StayedCase &out,
                           const QString &fullName = QStringLiteral("Trần Thị Tạm Lánh"))
{
    storage::Transaction tx(db);
    ASSERT_TRUE(tx.isActive());
    domain::Person person;
    person.fullName = fullName;
    person.sex = domain::Sex::Female;
    person.birthDate = domain::PartialDate::fromYear(2001);
    person.nationality = QStringLiteral("VN");
    person.ethnicity = QStringLiteral("01");
    person.residenceEra = domain::AdminEra::From2025;
    person.residenceProvince = QStringLiteral("22");
    auto p = storage::PersonRepository(db).insert(person, actor, 2024);
    ASSERT_TRUE(p.ok()) << p.error().detail.toStdString();
    out.personId = p->meta.id;
    out.caseCode = p->caseCode;

    domain::Reception reception;
    reception.personId = out.personId;
    reception.receptionDate = QDate(2024, 5, 6);
    reception.agencyCode = QStringLiteral("ctxh_qn");
    reception.countryCode = QStringLiteral("CN");
    reception.route = domain::Route::HandedOverAtBorder;
    reception.exploitation = {domain::ExploitationForm::ForcedLabour};
    reception.identificationStatus = domain::IdentificationStatus::ConfirmedVictim;
    reception.caseStatus = domain::CaseStatus::Open;
    auto r = storage::ReceptionRepository(db).insert(reception, actor);
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    out.receptionId = r->meta.id;

    storage::ShelterStayRepository stays(db);
    domain::ShelterStay first;
    first.receptionId = out.receptionId;
    first.roomCode = QStringLiteral("ad_03");
    first.admitted = QDate(2024, 5, 6);
    first.left = QDate(2024, 5, 20);
    first.leavingReason = QStringLiteral("moved_room");
    first.supportsThrough = QDate(2024, 5, 19);
    auto a = stays.insert(first, actor);
    ASSERT_TRUE(a.ok()) << a.error().detail.toStdString();
    out.stays << *a;
    domain::ShelterStay second;
    second.receptionId = out.receptionId;
    second.roomCode = QStringLiteral("ctxh_09");
    second.admitted = QDate(2024, 5, 20);
    second.notes = QStringLiteral("cần khám sức khỏe định kỳ");
    auto b = stays.insert(second, actor);
    ASSERT_TRUE(b.ok()) << b.error().detail.toStdString();
    out.stays << *b;
    ASSERT_TRUE(tx.commit().ok());
}

/** @a db holds the stays of @a expected with the same ids, uuids, versions and fields. */
inline void expectStaysIn(storage::Database &db, const StayedCase &expected)
{
    const auto stored = storage::ShelterStayRepository(db).ofReception(expected.receptionId);
    ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    ASSERT_EQ(stored->size(), expected.stays.size());
    for (qsizetype i = 0; i < stored->size(); ++i) {
        const domain::ShelterStay &got = stored->at(i);
        const domain::ShelterStay &want = expected.stays.at(i);
        EXPECT_EQ(got.meta.id, want.meta.id);
        EXPECT_EQ(got.meta.uuid, want.meta.uuid);
        EXPECT_EQ(got.meta.version, want.meta.version);
        EXPECT_EQ(got.receptionId, want.receptionId);
        EXPECT_EQ(got.roomCode, want.roomCode);
        EXPECT_EQ(got.admitted, want.admitted);
        EXPECT_EQ(got.left, want.left);
        EXPECT_EQ(got.leavingReason, want.leavingReason);
        EXPECT_EQ(got.supportsThrough, want.supportsThrough);
        EXPECT_EQ(got.notes, want.notes);
    }
}

} // namespace sr::test
