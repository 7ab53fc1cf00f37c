#include "Migrations.h"

#include "ReportSummary.h"
#include "Seeding.h"
#include "SqlSupport.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>

#include <spdlog/spdlog.h>

#include <sqlite3.h>

namespace sr::storage::migrations {

namespace {

/** The migration scripts, ordered: :/sql/0001_initial.sql is version 1, and so on. */
QStringList scripts()
{
    static const QStringList files = [] {
        QStringList names = QDir(QStringLiteral(":/sql"))
                                .entryList({QStringLiteral("*.sql")}, QDir::Files, QDir::Name);
        static const QRegularExpression pattern(QStringLiteral("^(\\d{4})_[a-z0-9_]+\\.sql$"));
        QStringList ordered;
        for (const QString &name : names) {
            const auto match = pattern.match(name);
            // Numbers must run 1, 2, 3… without gaps; a gap is a packaging bug.
            if (match.hasMatch() && match.captured(1).toInt() == ordered.size() + 1)
                ordered << QStringLiteral(":/sql/") + name;
        }
        return ordered;
    }();
    return files;
}

/** Online backup of the open database to @a target before its schema is changed. */
Result<void> backupBeforeMigration(const QSqlDatabase &db, const QString &target)
{
    sqlite3 *source = sql::handle(db);
    if (!source)
        return Error{ErrorCode::Internal, QStringLiteral("migration backup: no handle")};
    QFile::remove(target);
    sqlite3 *dest = nullptr;
    int rc = sqlite3_open_v2(QFile::encodeName(target).constData(),
                             &dest,
                             SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE,
                             nullptr);
    if (rc == SQLITE_OK) {
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
        sqlite3_backup *backup = sqlite3_backup_init(dest, "main", source, "main");
        if (backup) {
            rc = sqlite3_backup_step(backup, -1);
            sqlite3_backup_finish(backup);
            rc = rc == SQLITE_DONE ? SQLITE_OK : rc;
        } else {
            rc = sqlite3_errcode(dest);
        }
    }
    sqlite3_close(dest);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Io,
                     QStringLiteral("migration backup failed: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return {};
}

} // namespace

int latestVersion()
{
    return int(scripts().size());
}

Result<void> migrate(const QSqlDatabase &db, const QString &databasePath, int targetVersion)
{
    auto current = sql::scalarInt(db, QStringLiteral("PRAGMA user_version"), "migrate.version");
    if (!current)
        return current.error();
    const QStringList files = scripts();
    const int from = int(*current);
    const int to = targetVersion < 0 ? int(files.size()) : qMin(targetVersion, int(files.size()));
    if (from >= to)
        return {};
    if (from > 0) {
        const QString backupPath = QStringLiteral("%1.v%2.bak").arg(databasePath).arg(from);
        if (auto r = backupBeforeMigration(db, backupPath); !r)
            return r.error();
        spdlog::info("migrate: backup of schema {} written before upgrade", from);
    }
    for (int version = from + 1; version <= to; ++version) {
        QFile file(files.at(version - 1));
        if (!file.open(QIODevice::ReadOnly))
            return Error{ErrorCode::Internal, QStringLiteral("migration %1 missing").arg(version)};
        const QString script = QString::fromUtf8(file.readAll());

        if (auto r = sql::exec(db, QStringLiteral("BEGIN IMMEDIATE"), "migrate.begin"); !r)
            return r.error();
        Result<void> step = sql::execScript(db, script, "migrate.script");
        if (step && version == 1)
            step = seeding::seedReferenceData(db);
        // From version 6 on, the report's summaries are computed in the migration's transaction
        // (0006 notes every person; later scripts may note the persons they change).
        if (step && version >= 6)
            step = reportsummary::flush(db);
        if (step)
            step = sql::exec(
                db, QStringLiteral("PRAGMA user_version = %1").arg(version), "migrate.version");
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
