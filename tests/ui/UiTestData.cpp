#include "UiTestData.h"

#include "domain/Actor.h"
#include "domain/PartialDate.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"

#include <gtest/gtest.h>

namespace sr::test {

QList<SampleCase> sampleCases(int count)
{
    static const QStringList families{QStringLiteral("Nguyễn"),
                                      QStringLiteral("Trần"),
                                      QStringLiteral("Lê"),
                                      QStringLiteral("Phạm"),
                                      QStringLiteral("Hoàng"),
                                      QStringLiteral("Vũ"),
                                      QStringLiteral("Đặng")};
    static const QStringList femaleGiven{QStringLiteral("Thị Hằng"),
                                         QStringLiteral("Thị Lan"),
                                         QStringLiteral("Thu Trang"),
                                         QStringLiteral("Thị Mai")};
    static const QStringList maleGiven{
        QStringLiteral("Văn Hùng"), QStringLiteral("Minh Tuấn"), QStringLiteral("Văn Đông")};
    static const QStringList agencies{
        QStringLiteral("ctxh_qn"), QStringLiteral("bdbp_qn"), QStringLiteral("ldtbxh_mong_cai")};
    const QList<domain::IdentificationStatus> statuses =
        domain::allValues<domain::IdentificationStatus>();

    QList<SampleCase> cases;
    for (int i = 0; i < count; ++i) {
        SampleCase c;
        const bool female = i % 3 != 0;
        c.sex = female ? domain::Sex::Female : domain::Sex::Male;
        const QStringList &given = female ? femaleGiven : maleGiven;
        c.fullName = families.at(i % families.size()) + QLatin1Char(' ')
                     + given.at((i / families.size()) % given.size());
        c.birthYear = 1975 + (i * 7) % 45;
        c.received = QDate(2021, 1, 1).addDays((i * 13) % 900);
        c.agencyCode = agencies.at(i % agencies.size());
        c.countryCode = i % 4 == 0 ? QStringLiteral("KH") : QStringLiteral("CN");
        c.identification = statuses.at(i % statuses.size());
        c.caseStatus = i % 5 == 0 ? domain::CaseStatus::Closed : domain::CaseStatus::Open;
        c.archived = i % 25 == 24;
        cases.append(c);
    }
    return cases;
}

void insertCases(storage::Database &db, const QList<SampleCase> &cases)
{
    const domain::Actor actor = domain::Actor::systemUser();
    storage::PersonRepository persons(db);
    storage::ReceptionRepository receptions(db);
    storage::Transaction transaction(db);
    ASSERT_TRUE(transaction.isActive()) << transaction.error().detail.toStdString();
    for (int i = 0; i < cases.size(); ++i) {
        const SampleCase &c = cases.at(i);
        domain::Person person;
        person.fullName = c.fullName;
        person.sex = c.sex;
        person.birthDate = domain::PartialDate::fromYear(c.birthYear);
        person.residenceProvince = QStringLiteral("22");
        auto stored = persons.insert(person, actor, c.received.year());
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();

        domain::Reception reception;
        reception.personId = stored->meta.id;
        reception.receptionDate = c.received;
        reception.agencyCode = c.agencyCode;
        reception.countryCode = c.countryCode;
        reception.route = domain::Route::HandedOverAtBorder;
        reception.exploitation = {i % 2 == 0 ? domain::ExploitationForm::ForcedMarriage
                                             : domain::ExploitationForm::ForcedLabour};
        reception.identificationStatus = c.identification;
        reception.caseStatus = c.caseStatus;
        if (c.caseStatus == domain::CaseStatus::Closed) {
            reception.outcome = domain::CaseOutcome::HandedOverToFamily;
            reception.closedDate = c.received.addDays(20);
        }
        auto received = receptions.insert(reception, actor);
        ASSERT_TRUE(received.ok()) << received.error().detail.toStdString();

        if (c.archived) {
            // The reception refreshed the person's summary: archive the current version.
            auto current = persons.get(stored->meta.id);
            ASSERT_TRUE(current.ok()) << current.error().detail.toStdString();
            auto archived = persons.archive(
                stored->meta.id, current->meta.version, QStringLiteral("test"), actor);
            ASSERT_TRUE(archived.ok()) << archived.error().detail.toStdString();
        }
    }
    auto committed = transaction.commit();
    ASSERT_TRUE(committed.ok()) << committed.error().detail.toStdString();
}

} // namespace sr::test
