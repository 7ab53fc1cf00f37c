// A check against a record another process can change is made inside the write transaction:
// CaseService validates a new reception against the person as stored when it writes, so a
// birth date moved after the reception date by another process meanwhile is never missed.
#include "ServiceTestSupport.h"
#include "services/CaseService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>

namespace sr::services {
namespace {

using namespace sr::domain;

TEST(CheckInsideTransactionTest, ReceptionIsCheckedAgainstThePersonAsStoredWhenWritten)
{
    test::HookedClock clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0))};
    test::TempDatabase db;
    const Actor actor{0, QStringLiteral("tester"), Role::Administrator};
    NewCase c;
    c.person.fullName = QStringLiteral("Đặng Thị Hằng");
    c.person.sex = Sex::Female;
    c.person.birthDate = PartialDate::fromYear(1998);
    c.person.ethnicity = QStringLiteral("01");
    c.person.residenceProvince = QStringLiteral("22");
    c.reception.receptionDate = QDate(2024, 5, 2);
    c.reception.agencyCode = QStringLiteral("ctxh_qn");
    c.reception.countryCode = QStringLiteral("CN");
    c.reception.route = Route::SelfReported;
    c.reception.exploitation = {ExploitationForm::ForcedMarriage};
    c.reception.identificationStatus = IdentificationStatus::Pending;
    const auto saved = CaseService(db.db()).saveNewCase(actor, c);
    ASSERT_TRUE(saved.ok());

    // Another process corrects the birth date to December 2024 while the second reception
    // (June 2024) is being saved. It writes as every SafeReturn client does, in a
    // storage::Transaction (on a server the write lock is the transaction's advisory lock, which
    // a bare UPDATE would not take), and waits at most 200 ms for that lock: the busy handler
    // and the retry loop of Database.cpp's write transaction both stop waiting then.
    storage::Database::Options options;
    options.busyTimeoutMs = 200;
    options.writeWaitMs = 200;
    auto other = storage::Database::open(db.path(), options);
    ASSERT_TRUE(other.ok());
    bool otherChanged = false;
    clock.arm([&] {
        storage::Transaction transaction(**other);
        if (!transaction.isActive())
            return;
        QSqlQuery query((*other)->connection());
        otherChanged =
            query.exec(QStringLiteral("UPDATE person SET birth_date = '2024-12', version = "
                                      "version + 1"))
            && transaction.commit().ok();
    });
    Reception second = saved->reception;
    second.meta = RecordMeta{};
    second.receptionDate = QDate(2024, 6, 1);
    const auto result = CaseService(db.db()).saveReception(actor, second);

    // Never both: the birth date moved after the reception and the reception stored anyway.
    if (otherChanged) {
        EXPECT_FALSE(result.ok()) << "a reception before the stored birth date was saved";
    } else {
        EXPECT_TRUE(result.ok());
    }
    EXPECT_EQ(test::countRows(db.db(),
                              QStringLiteral("reception r JOIN person p ON p.id = r.person_id"),
                              QStringLiteral("r.reception_date = '2024-06-01' AND "
                                             "p.birth_date > '2024-06'")),
              0);
}

} // namespace
} // namespace sr::services
