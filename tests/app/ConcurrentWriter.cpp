// A client process for ServerConcurrencyTest: writes through the services on one server database
// and prints, one line each, what it saved (only after the save returned success), so the
// parent can check that every save reported as done is in the database.
//
//   sr_concurrent_writer write LOCATION SECONDS SEED CONTESTED_PERSON_ID
//       new cases (person, reception, support), supports, handover batches, and updates of the
//       contested person from a version read a moment before (a conflict when another process
//       saved it meanwhile): "case CODE", "support ID", "batch ID", "updated", "conflict",
//       "failed CODE REASON".
//   sr_concurrent_writer hold LOCATION
//       opens a transaction, writes a new case in it, prints "written" and sleeps (the parent
//       kills it).
#include "domain/Actor.h"
#include "services/BatchService.h"
#include "services/CaseService.h"
#include "storage/Database.h"

#include <QCoreApplication>
#include <QDeadlineTimer>
#include <QRandomGenerator>
#include <QThread>

#include <cstdio>

using namespace sr;
using namespace sr::domain;

namespace {

const Actor kActor{0, QStringLiteral("writer"), Role::Administrator};

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

void failed(const Error &error)
{
    say(QStringLiteral("failed %1 %2 %3")
            .arg(int(error.code))
            .arg(int(error.reason))
            .arg(error.detail));
}

services::NewCase newCase(int seed, int n)
{
    services::NewCase c;
    c.person.fullName = QStringLiteral("Người Thử %1 %2").arg(seed).arg(n);
    c.person.sex = n % 2 ? Sex::Female : Sex::Male;
    c.person.birthDate = PartialDate::fromYear(1990 + n % 20);
    c.person.ethnicity = QStringLiteral("01");
    c.person.residenceProvince = QStringLiteral("22");
    c.reception.receptionDate = QDate(2024, 1 + n % 12, 1 + n % 28);
    c.reception.agencyCode = QStringLiteral("ctxh_qn");
    c.reception.countryCode = QStringLiteral("CN");
    c.reception.route = Route::SelfReported;
    c.reception.exploitation = {ExploitationForm::ForcedMarriage};
    c.reception.identificationStatus = IdentificationStatus::Pending;
    Support meals;
    meals.typeCode = QStringLiteral("essential_needs");
    meals.date = c.reception.receptionDate;
    meals.amountVnd = 150000;
    c.supports = {meals};
    return c;
}

HandoverBatch newBatch(int n)
{
    HandoverBatch b;
    b.date = QDate(2024, 1 + n % 12, 1 + n % 28);
    b.borderGateCode = QStringLiteral("mong_cai");
    b.foreignAgency = QStringLiteral("Công an Biên phòng Đông Hưng");
    b.receivingAgencyCode = QStringLiteral("bdbp_qn");
    b.personsTotal = 2;
    b.personsMale = 1;
    b.personsFemale = 1;
    return b;
}

int write(storage::Database &db, int seconds, int seed, qint64 contested)
{
    services::CaseService cases(db);
    services::BatchService batches(db);
    QDeadlineTimer deadline(seconds * 1000);
    QList<Reception> mine;
    for (int n = 0; !deadline.hasExpired(); ++n) {
        switch (n % 4) {
        case 0: {
            const auto saved = cases.saveNewCase(kActor, newCase(seed, n));
            if (!saved.ok()) {
                failed(saved.error());
                break;
            }
            mine.append(saved->reception);
            say(QStringLiteral("case %1").arg(saved->person.caseCode));
            break;
        }
        case 1: {
            if (mine.isEmpty())
                break;
            Support travel;
            travel.receptionId = mine.last().meta.id;
            travel.typeCode = QStringLiteral("travel");
            travel.date = mine.last().receptionDate;
            travel.amountVnd = 500000;
            const auto saved = cases.saveSupport(kActor, travel);
            if (!saved.ok()) {
                failed(saved.error());
                break;
            }
            say(QStringLiteral("support %1").arg(saved->meta.id));
            break;
        }
        case 2: {
            const auto saved = batches.create(kActor, newBatch(n));
            if (!saved.ok()) {
                failed(saved.error());
                break;
            }
            say(QStringLiteral("batch %1").arg(saved->meta.id));
            break;
        }
        case 3: {
            // Read, think a moment, save: another process may have saved it meanwhile.
            const auto loaded = cases.loadCase(kActor, contested);
            if (!loaded) {
                failed(loaded.error());
                break;
            }
            Person person = loaded->person;
            person.notes = QStringLiteral("%1-%2").arg(seed).arg(n);
            QThread::msleep(QRandomGenerator::global()->bounded(2, 15));
            const auto saved = cases.savePerson(kActor, person);
            if (saved.ok())
                say(QStringLiteral("updated"));
            else if (saved.error().code == ErrorCode::Conflict)
                say(QStringLiteral("conflict"));
            else
                failed(saved.error());
            break;
        }
        }
    }
    return 0;
}

int hold(storage::Database &db)
{
    services::CaseService cases(db);
    storage::Transaction transaction(db);
    if (!transaction.isActive()) {
        failed(transaction.error());
        return 1;
    }
    const auto saved = cases.saveNewCase(kActor, newCase(999, 1));
    if (!saved.ok()) {
        failed(saved.error());
        return 1;
    }
    say(QStringLiteral("written"));
    QThread::sleep(120); // killed by the parent before it would commit
    return 0;
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() < 3)
        return 2;
    auto db = storage::Database::open(args.at(2));
    if (!db) {
        failed(db.error());
        return 1;
    }
    if (args.at(1) == QLatin1String("write") && args.size() >= 6)
        return write(**db, args.at(3).toInt(), args.at(4).toInt(), args.at(5).toLongLong());
    if (args.at(1) == QLatin1String("hold"))
        return hold(**db);
    return 2;
}
