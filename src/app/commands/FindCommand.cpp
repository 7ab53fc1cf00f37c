#include "CommandOutput.h"
#include "commands/GeneralCommand.h"
#include "messages/CliMessages.h"
#include "services/SearchService.h"

#include <spdlog/spdlog.h>

namespace sr::app {

int FindCommand::execute(storage::Database &db)
{
    if (!login(db, services::Permission::ViewCases))
        return exitCode();
    const QString text = args().positionals.join(u' ');
    services::SearchService service(db);
    const auto hits = service.find(actor(), text, 1000);
    if (!hits) {
        error(tr("search in %1 failed: %2")
                  .arg(native(databasePath()), messages::errorSentence(hits.error().code)));
        return int(ExitCode::Failure);
    }
    QString out;
    for (const services::SearchHit &hit : *hits)
        out += hit.caseCode + u'\t' + hit.fullName + u'\n';
    writeTo(stdout, out);
    spdlog::info("cli: find returned {} rows", hits->size());
    return int(ExitCode::Ok);
}

} // namespace sr::app
