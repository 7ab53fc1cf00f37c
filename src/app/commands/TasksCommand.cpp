#include "CommandOutput.h"
#include "commands/GeneralCommand.h"
#include "messages/CliMessages.h"
#include "services/TaskService.h"

#include <spdlog/spdlog.h>

namespace sr::app {

int TasksCommand::execute(storage::Database &db)
{
    if (!login(db, services::Permission::ViewCases))
        return exitCode();
    const QString subject = args().forUser.isEmpty() ? actor().userName : args().forUser;
    const auto tasks = services::TaskService(db).tasksOfUser(actor(), subject, args().overdue);
    if (!tasks) {
        const Error &failure = tasks.error();
        if (failure.code == ErrorCode::NotFound) {
            error(tr("no user named \"%1\"").arg(subject));
            return int(ExitCode::Usage);
        }
        if (failure.code == ErrorCode::PermissionDenied) {
            error(tr("only a manager or an administrator may list another user's tasks"));
            return int(ExitCode::Failure);
        }
        error(tr("reading the tasks in %1 failed: %2")
                  .arg(native(databasePath()), messages::errorSentence(failure.code)));
        return int(ExitCode::Failure);
    }
    // The rule's name in the language of the command line (Vietnamese unless --lang en).
    const bool english = language() == QLatin1String("en");
    QString out;
    for (const services::TaskRow &row : *tasks) {
        out += QStringLiteral("T-%1").arg(row.task.meta.id) + u'\t' + row.caseCode + u'\t'
               + row.task.dueDate.toString(QStringLiteral("dd/MM/yyyy")) + u'\t'
               + QString(english ? row.whatEn : row.whatVi).simplified() + u'\n';
    }
    writeTo(stdout, out);
    spdlog::info("cli: tasks returned {} rows", tasks->size());
    return int(ExitCode::Ok);
}

} // namespace sr::app
