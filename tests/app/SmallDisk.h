#pragma once

// A tiny file system for full-disk tests: a tmpfs of a few KiB mounted in a private mount
// namespace of the test process, so nothing outside the test sees it and it vanishes with the
// process. Children (the safereturn executable) inherit the namespace. Mounting needs root (CI
// runs as root); elsewhere isMounted() is false and the test says why it skips.
#include <QByteArray>
#include <QDir>
#include <QFile>
#include <QString>

#include <cerrno>
#include <fcntl.h>
#include <sched.h>
#include <sys/mount.h>
#include <unistd.h>

namespace sr::test {

class SmallDisk
{
public:
    SmallDisk(const QString &folder, qint64 bytes)
        : m_folder(folder)
    {
        QDir().mkpath(folder);
        if (::geteuid() != 0 || !privateNamespace())
            return;
        const QByteArray options = "size=" + QByteArray::number(bytes) + ",mode=0700";
        m_mounted = ::mount("tmpfs",
                            QFile::encodeName(folder).constData(),
                            "tmpfs",
                            MS_NOSUID | MS_NODEV,
                            options.constData())
                    == 0;
    }
    ~SmallDisk()
    {
        if (m_mounted)
            ::umount2(QFile::encodeName(m_folder).constData(), MNT_DETACH);
    }
    SmallDisk(const SmallDisk &) = delete;
    SmallDisk &operator=(const SmallDisk &) = delete;

    bool isMounted() const { return m_mounted; }
    QString folder() const { return m_folder; }

    /** Fills the disk until a write fails with ENOSPC; true when it is full. */
    bool fill() const
    {
        const QByteArray path = QFile::encodeName(m_folder + QStringLiteral("/filler"));
        const int fd = ::open(path.constData(), O_CREAT | O_WRONLY | O_APPEND | O_CLOEXEC, 0600);
        if (fd < 0)
            return false;
        const QByteArray block(512, 'x');
        bool full = false;
        for (int i = 0; i < 1 << 20 && !full; ++i) {
            if (::write(fd, block.constData(), size_t(block.size())) < 0)
                full = errno == ENOSPC;
        }
        ::close(fd);
        return full;
    }

private:
    static bool privateNamespace()
    {
        static const bool done =
            ::unshare(CLONE_NEWNS) == 0
            && ::mount(nullptr, "/", nullptr, MS_REC | MS_PRIVATE, nullptr) == 0;
        return done;
    }

    QString m_folder;
    bool m_mounted = false;
};

} // namespace sr::test
