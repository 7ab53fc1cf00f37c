#pragma once

// What the shelter tests share: a case to admit, a stay in a room.
#include "services/CaseService.h"
#include "services/ShelterService.h"

#include <gtest/gtest.h>

namespace sr::test {

/** A new case received on @a received (person @a n), saved by @a actor; its reception id. */
inline qint64 shelterCase(storage::Database &db,
                          const domain::Actor &actor,
                          int n,
                          const QDate &received = QDate(2025, 3, 1))
{
    using namespace sr::domain;
    services::NewCase c;
    c.person.fullName = QStringLiteral("Nguyễn Thị Lưu Trú %1").arg(n);
    c.person.sex = Sex::Female;
    c.person.birthDate = PartialDate::fromYear(2000 + n % 5);
    c.person.ethnicity = QStringLiteral("01");
    c.person.residenceProvince = QStringLiteral("22");
    c.reception.receptionDate = received;
    c.reception.agencyCode = QStringLiteral("ctxh_qn");
    c.reception.countryCode = QStringLiteral("CN");
    c.reception.route = Route::SelfReported;
    c.reception.exploitation = {ExploitationForm::ForcedMarriage};
    c.reception.identificationStatus = IdentificationStatus::Pending;
    const auto saved = services::CaseService(db).saveNewCase(actor, c);
    EXPECT_TRUE(saved.ok()) << (saved.ok() ? std::string() : saved.error().detail.toStdString());
    return saved.ok() ? saved->reception.meta.id : 0;
}

/** A stay of @a receptionId in @a room from @a admitted, until @a left (null: still there). */
inline domain::ShelterStay stayOf(qint64 receptionId,
                                  const QString &room,
                                  const QDate &admitted,
                                  const QDate &left = {},
                                  const QString &reason = {})
{
    domain::ShelterStay stay;
    stay.receptionId = receptionId;
    stay.roomCode = room;
    stay.admitted = admitted;
    stay.left = left;
    stay.leavingReason =
        left.isValid() && reason.isEmpty() ? QStringLiteral("returned_home") : reason;
    return stay;
}

} // namespace sr::test
