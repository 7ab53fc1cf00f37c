#include "ZipWriter.h"

#include "domain/FileErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <cerrno>
#include <cstdio>
#include <fcntl.h>
#include <unistd.h>
#include <zip.h>

namespace sr::exchange::zip {

bool aesSupported()
{
    return zip_encryption_method_supported(ZIP_EM_AES_256, 1) != 0;
}

Result<void> writeEncrypted(const QString &zipPath,
                            const QString &entryName,
                            const QString &sourceFile,
                            const QByteArray &passphrase)
{
    if (QString::fromUtf8(passphrase).size() < minimumPassphraseLength)
        return Error{ErrorCode::InvalidInput, QStringLiteral("zip: passphrase too short")};
    if (!aesSupported())
        return Error{ErrorCode::Internal, QStringLiteral("zip: libzip without AES-256")};
    const QString target = QFileInfo(zipPath).absoluteFilePath();
    const QString temp =
        QStringLiteral("%1.part-%2").arg(target).arg(QCoreApplication::applicationPid());
    QFile::remove(temp);
    int error = 0;
    ::zip_t *archive = zip_open(QFile::encodeName(temp).constData(), ZIP_CREATE | ZIP_EXCL, &error);
    if (!archive)
        return fileError(ErrorCode::Io,
                         target,
                         whyNotWritable(target),
                         QStringLiteral("zip: cannot create the archive (%1)").arg(error));
    auto fail = [&](const char *what) {
        const QString detail =
            QStringLiteral("zip: %1: %2")
                .arg(QLatin1String(what), QString::fromUtf8(zip_strerror(archive)));
        // libzip keeps the errno of a failed write: a full disk is told as such.
        const int system = zip_error_code_system(zip_get_error(archive));
        const bool full = system == ENOSPC;
        zip_discard(archive);
        QFile::remove(temp);
        // What the target shows first (a missing folder is ENOENT to libzip), then the errno.
        const ErrorReason reason = full ? ErrorReason::None : whyWriteFailed(target, system);
        return fileError(full ? ErrorCode::DiskFull : ErrorCode::Io, target, reason, detail);
    };
    zip_source_t *source =
        zip_source_file(archive, QFile::encodeName(sourceFile).constData(), 0, -1);
    if (!source)
        return fail("source");
    const zip_int64_t index = zip_file_add(
        archive, entryName.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
    if (index < 0) {
        zip_source_free(source);
        return fail("add");
    }
    if (zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_DEFLATE, 9) != 0)
        return fail("compression");
    // libzip keeps its own copy of the password until the archive is closed.
    if (zip_file_set_encryption(
            archive, zip_uint64_t(index), ZIP_EM_AES_256, passphrase.constData())
        != 0)
        return fail("encryption");
    if (zip_close(archive) != 0)
        return fail("close");
    QFile::setPermissions(temp, QFile::ReadOwner | QFile::WriteOwner);
    // Durable before it is put in place and reported as written.
    if (const int fd = ::open(QFile::encodeName(temp).constData(), O_RDONLY | O_CLOEXEC); fd >= 0) {
        const bool synced = ::fsync(fd) == 0;
        const int saved = errno;
        ::close(fd);
        if (!synced) {
            QFile::remove(temp);
            return fileError(saved == ENOSPC ? ErrorCode::DiskFull : ErrorCode::Io,
                             target,
                             whyWriteFailed(target, saved),
                             QStringLiteral("zip: cannot sync the archive"));
        }
    }
    if (std::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData())
        != 0) {
        const int saved = errno;
        QFile::remove(temp);
        return fileError(ErrorCode::Io,
                         target,
                         whyWriteFailed(target, saved),
                         QStringLiteral("zip: cannot put the archive in place"));
    }
    return {};
}

} // namespace sr::exchange::zip
