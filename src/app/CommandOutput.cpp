#include "CommandOutput.h"

#include "Cli.h"
#include "Logging.h"

#include <QFileInfo>

#include <spdlog/spdlog.h>

#ifdef Q_OS_WIN
#include <io.h>
#define isatty _isatty
#define fileno _fileno
#else
#include <unistd.h>
#endif

namespace sr::app {

void writeTo(FILE *stream, const QString &text)
{
    const QByteArray bytes = text.toUtf8();
    std::fwrite(bytes.constData(), 1, size_t(bytes.size()), stream);
}

bool stderrIsTerminal()
{
    return isatty(fileno(stderr)) != 0;
}

int commandFailure(const QString &command, const QString &message)
{
    writeTo(stderr, QStringLiteral("safereturn %1: ").arg(command) + message + u'\n');
    return int(ExitCode::Failure);
}

int commandUsageError(const QString &command, const QString &message, const QString &hint)
{
    commandFailure(command, message);
    writeTo(stderr, hint + u'\n');
    return int(ExitCode::Usage);
}

QString databasePathOf(const QString &given)
{
    return given.isEmpty() ? defaultDatabasePath() : QFileInfo(given).absoluteFilePath();
}

Result<std::unique_ptr<storage::Database>> openCommandDatabase(const QString &path,
                                                               storage::Database::Creation creation,
                                                               bool readsOnly,
                                                               const QString &logName)
{
    storage::Database::Options options;
    options.creation = creation;
    if (readsOnly) {
        options.busyTimeoutMs = readerWaitMs;
        options.writeWaitMs = readerWaitMs;
    }
    auto db = storage::Database::open(path, options);
    if (!db) {
        spdlog::info("{}: database not opened ({})",
                     logName.toStdString(),
                     errorCodeName(db.error().code).toStdString());
    }
    return db;
}

} // namespace sr::app
