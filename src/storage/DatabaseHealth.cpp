#include "DatabaseHealth.h"

#include "Database.h"
#include "SqlDialect.h"

#include <QFileInfo>
#include <QMutex>
#include <QSet>

#include <spdlog/spdlog.h>

namespace sr::storage::health {

namespace {

QMutex &registryMutex()
{
    static QMutex mutex;
    return mutex;
}

QSet<QString> &damagedFiles()
{
    static QSet<QString> files;
    return files;
}

QString key(const QString &path)
{
    const QFileInfo info(path);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

} // namespace

void markDamaged(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString file = key(path);
    QMutexLocker lock(&registryMutex());
    if (!damagedFiles().contains(file)) {
        damagedFiles().insert(file);
        spdlog::error("health: the database file is damaged; read-only from now on");
    }
}

void markRestored(const QString &path)
{
    if (path.isEmpty())
        return;
    const QString file = key(path);
    QMutexLocker lock(&registryMutex());
    if (damagedFiles().remove(file))
        spdlog::info("health: the database was restored from a checked backup");
}

bool isDamaged(const QString &path)
{
    if (path.isEmpty())
        return false;
    {
        // Asked by every Transaction: no file lookup while nothing was ever found damaged.
        QMutexLocker lock(&registryMutex());
        if (damagedFiles().isEmpty())
            return false;
    }
    const QString file = key(path);
    QMutexLocker lock(&registryMutex());
    return damagedFiles().contains(file);
}

Result<void> quickCheck(Database &db)
{
    const auto checked =
        db.dialect().checkIntegrity(db.connection(), SqlDialect::CheckDepth::Quick);
    if (!checked) {
        if (checked.error().code == ErrorCode::Corrupt)
            markDamaged(db.path());
        return checked.error();
    }
    if (!checked->ok) {
        markDamaged(db.path());
        return Error{ErrorCode::Corrupt, QStringLiteral("quick_check found damage")};
    }
    return {};
}

} // namespace sr::storage::health
