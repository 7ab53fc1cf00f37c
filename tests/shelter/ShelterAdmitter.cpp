// A child process for ShelterRaceTest: opens the database at LOCATION, says "ready", waits for a
// line on its standard input and then admits reception RECEPTION_ID to room ROOM from DATE
// through the ShelterService. It prints one line: "admitted ID", "refused FIELD" (a field error
// of the refusal) or "failed CODE".
//
//   sr_shelter_admitter LOCATION RECEPTION_ID ROOM DATE
#include "domain/Actor.h"
#include "services/ShelterService.h"
#include "storage/Database.h"

#include <QCoreApplication>

#include <cstdio>
#include <iostream>
#include <string>

using namespace sr;

namespace {

void say(const QString &line)
{
    std::fputs(line.toUtf8().constData(), stdout);
    std::fputc('\n', stdout);
    std::fflush(stdout);
}

} // namespace

int main(int argc, char **argv)
{
    QCoreApplication app(argc, argv);
    const QStringList args = app.arguments();
    if (args.size() != 5) {
        std::fputs("usage: sr_shelter_admitter LOCATION RECEPTION_ID ROOM DATE\n", stderr);
        return 2;
    }
    auto opened = storage::Database::open(args.at(1));
    if (!opened) {
        say(QStringLiteral("failed open %1").arg(opened.error().detail));
        return 1;
    }
    services::ShelterService shelters(**opened);
    domain::ShelterStay stay;
    stay.receptionId = args.at(2).toLongLong();
    stay.roomCode = args.at(3);
    stay.admitted = QDate::fromString(args.at(4), Qt::ISODate);
    say(QStringLiteral("ready"));
    std::string go;
    std::getline(std::cin, go);
    const domain::Actor actor{0, QStringLiteral("admitter"), domain::Role::SocialWorker};
    const auto admitted = shelters.admit(actor, stay);
    if (admitted.ok()) {
        say(QStringLiteral("admitted %1").arg(admitted->meta.id));
        return 0;
    }
    if (!admitted.fieldErrors().isEmpty()) {
        say(QStringLiteral("refused %1").arg(admitted.fieldErrors().first().field));
        return 0;
    }
    say(QStringLiteral("failed %1 %2")
            .arg(int(admitted.error().code))
            .arg(admitted.error().detail));
    return 1;
}
