#include "Logging.h"

#include <QDir>
#include <QFile>
#include <QStandardPaths>

#include <spdlog/sinks/rotating_file_sink.h>
#include <spdlog/spdlog.h>

#include <memory>
#include <optional>
#include <vector>

namespace sr::app {

namespace {

constexpr std::size_t maxLogFileBytes = 5 * 1024 * 1024;
constexpr std::size_t maxLogFiles = 5;

bool makeOwnerOnlyDirectory(const QString &path)
{
    QDir dir(path);
    if (!dir.exists() && !dir.mkpath(QStringLiteral(".")))
        return false;
    return QFile::setPermissions(path, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
}

/**
 * Level of the log file: info, or SAFERETURN_LOG_LEVEL (trace, debug, info, warn, error) for
 * support and for the log-privacy test, which runs a whole workflow at trace level.
 */
spdlog::level::level_enum fileLevel()
{
    const QByteArray wanted = qgetenv("SAFERETURN_LOG_LEVEL");
    if (wanted.isEmpty())
        return spdlog::level::info;
    const auto level = spdlog::level::from_str(wanted.toStdString());
    return level == spdlog::level::off ? spdlog::level::info : level;
}

/** Qt's messages, into the log file at the matching level (they hold no personal data). */
void qtMessageToLog(QtMsgType type, const QMessageLogContext &, const QString &message)
{
    const std::string text = message.toStdString();
    switch (type) {
    case QtDebugMsg:
        spdlog::debug("qt: {}", text);
        break;
    case QtInfoMsg:
        spdlog::info("qt: {}", text);
        break;
    case QtWarningMsg:
        spdlog::warn("qt: {}", text);
        break;
    case QtCriticalMsg:
    case QtFatalMsg:
        spdlog::error("qt: {}", text);
        break;
    }
}

} // namespace

QString dataDirectory()
{
    const QString path = QStandardPaths::writableLocation(QStandardPaths::AppDataLocation);
    if (path.isEmpty() || !makeOwnerOnlyDirectory(path))
        return QString();
    return path;
}

QString defaultDatabasePath()
{
    const QString dir = dataDirectory();
    if (dir.isEmpty())
        return QString();
    return dir + QStringLiteral("/safereturn.db");
}

bool setupLogging(LogMode mode)
{
    static std::optional<bool> done;
    if (done)
        return *done;
    // Technical lines (English, SQLite's own text) go to the log file only: the CLI's stderr
    // carries the sentences of the commands, in the user's language, and nothing else.
    std::vector<spdlog::sink_ptr> sinks;

    bool fileOk = false;
    const QString dir = dataDirectory();
    if (!dir.isEmpty() && makeOwnerOnlyDirectory(dir + QStringLiteral("/logs"))) {
        const QString file = dir + QStringLiteral("/logs/safereturn.log");
        try {
            auto rotating = std::make_shared<spdlog::sinks::rotating_file_sink_mt>(
                QFile::encodeName(file).toStdString(), maxLogFileBytes, maxLogFiles);
            rotating->set_level(fileLevel());
            rotating->set_pattern("%Y-%m-%dT%H:%M:%S.%e%z [%P] %l %v");
            sinks.push_back(rotating);
            QFile::setPermissions(file, QFile::ReadOwner | QFile::WriteOwner);
            fileOk = true;
        } catch (const spdlog::spdlog_ex &) {
            fileOk = false; // logging continues on the remaining sinks
        }
    }

    auto logger = std::make_shared<spdlog::logger>("safereturn", sinks.begin(), sinks.end());
    logger->set_level(fileLevel());
    logger->flush_on(spdlog::level::warn);
    spdlog::set_default_logger(logger);
    // Qt's own warnings ("XDG_RUNTIME_DIR not set", QSqlQuery notes) follow the same rule.
    qInstallMessageHandler(qtMessageToLog);
    spdlog::info(
        "safereturn {} started ({})", SAFERETURN_VERSION, mode == LogMode::Cli ? "cli" : "gui");
    done = fileOk;
    return fileOk;
}

} // namespace sr::app
