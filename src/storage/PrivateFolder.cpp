#include "PrivateFolder.h"

#include "ServerLocation.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <spdlog/spdlog.h>

#include <cerrno>
#include <csignal>
#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sr::storage {

namespace {

/** ".<database file name>.sr-private-<pid>-<random>": one folder per operation. */
const QLatin1String privateMarker(".sr-private-");

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

/** The pid in a folder's name after the marker ("….sr-private-1234-…" → 1234), 0 when none. */
qint64 pidOf(const QString &name)
{
    const qsizetype at = name.lastIndexOf(privateMarker);
    if (at < 0)
        return 0;
    return name.mid(at + privateMarker.size()).section(u'-', 0, 0).toLongLong();
}

/** Where the private folders of a database go, and the stem of their names. */
struct Places
{
    QStringList parents;
    QString stem;
};

/**
 * Beside a database file, then in the system's temporary folder. A server's database has no
 * folder on this computer (its location is no file path): the temporary folder only, under a
 * fixed stem.
 */
Places placesOf(const QString &databasePath)
{
    if (ServerLocation::isServerLocation(databasePath))
        return {{QDir::tempPath()}, QStringLiteral("server")};
    const QFileInfo database(databasePath);
    return {{database.absolutePath(), QDir::tempPath()}, database.fileName()};
}

/** Removes @a folder when its owner is gone (its lock free, or its process dead). */
void removeIfAbandoned(const QString &folder)
{
    const QString lockPath = folder + QStringLiteral("/lock");
    const int lock = ::open(QFile::encodeName(lockPath).constData(), O_RDWR | O_CLOEXEC);
    bool abandoned = false;
    if (lock >= 0) {
        // The owner keeps the lock from just after mkdir until the folder is removed.
        abandoned = ::flock(lock, LOCK_EX | LOCK_NB) == 0;
    } else {
        // No lock file: the owner died between mkdir and creating it, or is just creating it.
        abandoned = !processAlive(pidOf(QFileInfo(folder).fileName()));
    }
    if (abandoned) {
        QDir(folder).removeRecursively();
        spdlog::warn("private folder: removed the plain text of an interrupted operation");
    }
    if (lock >= 0)
        ::close(lock);
}

} // namespace

PrivateFolder::PrivateFolder(const QString &databasePath)
{
    const Places places = placesOf(databasePath);
    const QString name = QStringLiteral(".%1%2%3-%4")
                             .arg(places.stem, privateMarker)
                             .arg(QCoreApplication::applicationPid())
                             .arg(randombytes_uniform(1u << 30));
    for (const QString &parent : places.parents) {
        const QString path = parent + u'/' + name;
        if (::mkdir(QFile::encodeName(path).constData(), 0700) != 0)
            continue;
        const int lock = ::open(QFile::encodeName(path + QStringLiteral("/lock")).constData(),
                                O_CREAT | O_EXCL | O_RDWR | O_CLOEXEC,
                                0600);
        if (lock < 0 || ::flock(lock, LOCK_EX | LOCK_NB) != 0) {
            if (lock >= 0)
                ::close(lock);
            QDir(path).removeRecursively();
            continue;
        }
        m_path = path;
        m_lock = lock;
        return;
    }
}

PrivateFolder::~PrivateFolder()
{
    if (m_path.isEmpty())
        return;
    QDir(m_path).removeRecursively();
    ::close(m_lock); // releases the flock after the folder is gone
}

void PrivateFolder::removeAbandoned(const QString &databasePath)
{
    const Places places = placesOf(databasePath);
    const QString prefix = u'.' + places.stem + privateMarker;
    for (const QString &parent : places.parents) {
        const QDir dir(parent);
        const QStringList found =
            dir.entryList({prefix + u'*'}, QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
        for (const QString &name : found)
            removeIfAbandoned(dir.filePath(name));
    }
}

} // namespace sr::storage
