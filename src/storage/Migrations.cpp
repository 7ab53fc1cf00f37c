#include "Migrations.h"

#include "Seeding.h"
#include "SqlDialect.h"
#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QHash>
#include <QMutex>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <limits>

namespace sr::storage::migrations {

QStringList scripts(const SqlDialect &dialect)
{
    // Listed once per folder: the resources do not change while the program runs.
    static QMutex mutex;
    static QHash<QString, QStringList> cache;
    const QString folder = dialect.migrationsFolder();
    QMutexLocker lock(&mutex);
    if (const auto found = cache.constFind(folder); found != cache.constEnd())
        return *found;
    const QStringList names =
        QDir(folder).entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
    static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
    QStringList ordered;
    for (const QString &name : names) {
        const auto match = pattern.match(name);
        // Numbers must run 1, 2, 3… without gaps; a gap is a packaging bug.
        if (match.hasMatch() && match.captured(1).toInt() == ordered.size() + 1)
            ordered << folder + QLatin1Char('/') + name;
    }
    cache.insert(folder, ordered);
    return ordered;
}

int latestVersion(const SqlDialect &dialect)
{
    return int(scripts(dialect).size());
}

Result<void> migrate(const SqlDialect &dialect,
                     const QSqlDatabase &db,
                     const QString &databasePath,
                     int targetVersion)
{
    auto current = dialect.schemaVersion(db);
    if (!current)
        return current.error();
    const QStringList files = scripts(dialect);
    const int from = *current;
    const int to = targetVersion < 0 ? int(files.size()) : qMin(targetVersion, int(files.size()));
    if (from >= to)
        return {};
    if (from > 0) {
        const QString backupPath = QStringLiteral("%1.v%2.bak").arg(databasePath).arg(from);
        if (auto r = dialect.copyBeforeMigration(db, backupPath); !r)
            return r.error();
        spdlog::info("migrate: backup of schema {} written before upgrade", from);
    }
    for (int version = from + 1; version <= to; ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal, QStringLiteral("migration %1 missing").arg(version)};
        const QString script = QString::fromUtf8(file.readAll());

        // A migration waits as long as it takes for the writers before it.
        if (auto r = dialect.beginWrite(db, std::numeric_limits<int>::max()); !r)
            return r.error();
        Result<void> step = dialect.runScript(db, script, "migrate.script");
        if (step && version == 1)
            step = seeding::seedReferenceData(db);
        // From version 6 on, the report's summaries are computed in the migration's transaction
        // (0006 notes every person; later scripts may note the persons they change).
        if (step && version >= 6)
            step = dialect.refreshReportSummary(db);
        if (step)
            step = dialect.setSchemaVersion(db, version);
        if (step)
            step = sql::exec(db, QStringLiteral("COMMIT"), "migrate.commit");
        if (!step) {
            (void)sql::exec(db, QStringLiteral("ROLLBACK"), "migrate.rollback");
            return step.error();
        }
        spdlog::info("migrate: schema version {} applied", version);
    }
    return {};
}

} // namespace sr::storage::migrations
