#include "CliAuth.h"
#include "CommandOutput.h"
#include "commands/GeneralCommand.h"
#include "demo/DemoDataService.h"
#include "messages/CliMessages.h"
#include "services/AuthService.h"

#include <QElapsedTimer>

#include <random>

namespace sr::app {

storage::Database::Creation DemoCommand::creation() const
{
    return storage::Database::Creation::CreateIfMissing;
}

int DemoCommand::execute(storage::Database &db)
{
    if (db.isReadOnly()) {
        error(openErrorMessage(makeError(ErrorCode::ReadOnly), databasePath()));
        return int(ExitCode::Failure);
    }
    {
        // A new database gets the documented demo administrator, so a newcomer can log in.
        services::AuthService auth(db);
        auto empty = auth.needsFirstAdministrator();
        if (!empty) {
            error(tr("the users of %1 could not be read: %2")
                      .arg(native(databasePath()), messages::errorSentence(empty.error().code)));
            return int(ExitCode::Failure);
        }
        bool useDemoAdministrator = false;
        if (*empty) {
            // Only into a database without records or with demo records only: a database
            // with real records but no users gets its first administrator from `user add`.
            auto created = demo::DemoDataService(db).createDemoAdministrator(
                demoAdministratorName(), tr("Demo administrator"), demoAdministratorPassword());
            if (created) {
                writeTo(stderr,
                        tr("demo: created the demo administrator \"%1\" (password in the "
                           "README); change its password before real use\n")
                            .arg(demoAdministratorName()));
            } else if (created.error().reason == ErrorReason::RealRecords) {
                error(tr("%1 holds records that were not made by the demo, so no demo data and "
                         "no demo administrator are written into it. To work with it, create "
                         "the first administrator with \"safereturn user add --role "
                         "administrator NAME\"; for demo data, give a new file with --db.")
                          .arg(native(databasePath())));
                return int(ExitCode::Failure);
            } else if (created.error().code != ErrorCode::Conflict) { // Conflict: a parallel demo
                error(tr("the demo administrator could not be created: %1")
                          .arg(messages::errorSentence(created.error().code)));
                return int(ExitCode::Failure);
            }
            useDemoAdministrator = args().user.isEmpty();
        }
        if (useDemoAdministrator) {
            auto session = auth.login(demoAdministratorName(), demoAdministratorPassword());
            if (!session) {
                error(tr("login refused: wrong user name or password"));
                return int(ExitCode::Failure);
            }
            setActor(session->actor);
        } else if (!login(db, services::Permission::GenerateDemoData)) {
            return exitCode();
        }
    }
    demo::DemoOptions options;
    options.persons = args().persons;
    options.seed = args().hasSeed ? args().seed : std::random_device{}();
    const bool terminal = stderrIsTerminal();

    QElapsedTimer timer;
    timer.start();
    demo::DemoDataService service(db);
    const auto result =
        service.generate(actor(), options, [this, terminal](qint64 done, qint64 total) {
            if (terminal)
                writeTo(stderr, tr("\rdemo: %1 of %2 persons").arg(done).arg(total));
        });
    if (terminal)
        writeTo(stderr, QStringLiteral("\n"));
    if (!result && result.error().reason == ErrorReason::RealRecords) {
        error(tr("%1 holds records that were not made by the demo; demo data is written only "
                 "into a new database or one that holds demo records only (give a new file "
                 "with --db). Nothing was written.")
                  .arg(native(databasePath())));
        return int(ExitCode::Failure);
    }
    if (!result) {
        error(tr("demo data could not be written to %1: %2; the batches committed "
                 "before the error are kept")
                  .arg(native(databasePath()), messages::errorSentence(result.error().code)));
        return int(ExitCode::Failure);
    }
    const double seconds = std::max<qint64>(timer.elapsed(), 1) / 1000.0;
    writeTo(stderr,
            tr("demo: wrote %1 persons, %2 receptions, %3 supports, %4 follow-ups and %5 "
               "border handovers in %6 s (%7 rows/s, seed %8)\n")
                .arg(result->persons)
                .arg(result->receptions)
                .arg(result->supports)
                .arg(result->followUps)
                .arg(result->handoverBatches)
                .arg(seconds, 0, 'f', 1)
                .arg(qint64(result->rows() / seconds))
                .arg(options.seed));
    return int(ExitCode::Ok);
}

} // namespace sr::app
