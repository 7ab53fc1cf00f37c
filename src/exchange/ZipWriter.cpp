#include "ZipWriter.h"

#include "domain/FileErrors.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>

#include <algorithm>
#include <cerrno>
#include <cstdio>
#include <cstring>
#include <ctime>
#include <fcntl.h>
#include <memory>
#include <optional>
#include <unistd.h>
#include <vector>
#include <zip.h>

namespace sr::exchange::zip {

bool aesSupported()
{
    return zip_encryption_method_supported(ZIP_EM_AES_256, 1) != 0;
}

namespace {

/** The state of a MemoryEntry's source while libzip reads it (zip_source_function). */
struct MemorySource
{
    const MemoryEntry *entry = nullptr;
    QByteArray bytes;
    qsizetype offset = 0;
    std::optional<Error> *firstError = nullptr;
    zip_error_t error{};
};

zip_int64_t memorySourceCallback(void *state, void *data, zip_uint64_t length, zip_source_cmd_t cmd)
{
    auto *source = static_cast<MemorySource *>(state);
    switch (cmd) {
    case ZIP_SOURCE_OPEN: {
        // Loaded when libzip starts on this entry, dropped at CLOSE: one entry in memory.
        auto loaded = source->entry->load();
        if (!loaded) {
            if (!*source->firstError)
                *source->firstError = loaded.error();
            zip_error_set(&source->error, ZIP_ER_READ, EIO);
            return -1;
        }
        source->bytes = std::move(*loaded);
        source->offset = 0;
        return 0;
    }
    case ZIP_SOURCE_READ: {
        const qsizetype left = source->bytes.size() - source->offset;
        const qsizetype n = std::min<qsizetype>(left, qsizetype(length));
        std::memcpy(data, source->bytes.constData() + source->offset, size_t(n));
        source->offset += n;
        return n;
    }
    case ZIP_SOURCE_CLOSE:
        // The plain bytes are overwritten before they are let go.
        source->bytes.fill('\0');
        source->bytes = QByteArray();
        return 0;
    case ZIP_SOURCE_STAT: {
        auto *st = static_cast<zip_stat_t *>(data);
        zip_stat_init(st);
        st->mtime = time(nullptr);
        st->valid |= ZIP_STAT_MTIME;
        return sizeof(zip_stat_t);
    }
    case ZIP_SOURCE_ERROR:
        return zip_error_to_data(&source->error, data, length);
    case ZIP_SOURCE_FREE:
        source->bytes.fill('\0');
        zip_error_fini(&source->error);
        return 0;
    case ZIP_SOURCE_SUPPORTS:
        return zip_source_make_command_bitmap(ZIP_SOURCE_OPEN,
                                              ZIP_SOURCE_READ,
                                              ZIP_SOURCE_CLOSE,
                                              ZIP_SOURCE_STAT,
                                              ZIP_SOURCE_ERROR,
                                              ZIP_SOURCE_FREE,
                                              -1);
    default:
        zip_error_set(&source->error, ZIP_ER_OPNOTSUPP, 0);
        return -1;
    }
}

/** What an entry of writeArchive() is read from: a file, or a MemoryEntry. */
struct EntrySource
{
    QString name;
    QString file;
    const MemoryEntry *memory = nullptr;
};

Result<void> writeArchive(const QString &zipPath,
                          const QList<EntrySource> &entries,
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
    // The states of the memory sources live until zip_close() has read them all.
    std::optional<Error> loadError;
    std::vector<std::unique_ptr<MemorySource>> states;
    for (const EntrySource &entry : entries) {
        zip_source_t *source = nullptr;
        if (entry.memory) {
            auto state = std::make_unique<MemorySource>();
            state->entry = entry.memory;
            state->firstError = &loadError;
            zip_error_init(&state->error);
            source = zip_source_function(archive, memorySourceCallback, state.get());
            if (source)
                states.push_back(std::move(state));
        } else {
            source = zip_source_file(archive, QFile::encodeName(entry.file).constData(), 0, -1);
        }
        if (!source)
            return fail("source");
        const zip_int64_t index = zip_file_add(
            archive, entry.name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8 | ZIP_FL_OVERWRITE);
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
    }
    if (zip_close(archive) != 0) {
        if (loadError) {
            zip_discard(archive);
            QFile::remove(temp);
            return *loadError;
        }
        return fail("close");
    }
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

} // namespace

Result<void> writeEncrypted(const QString &zipPath,
                            const QString &entryName,
                            const QString &sourceFile,
                            const QByteArray &passphrase)
{
    return writeArchive(zipPath, {EntrySource{entryName, sourceFile, nullptr}}, passphrase);
}

Result<void> writeEncryptedEntries(const QString &zipPath,
                                   const QList<MemoryEntry> &entries,
                                   const QByteArray &passphrase)
{
    QList<EntrySource> sources;
    for (const MemoryEntry &entry : entries)
        sources.append(EntrySource{entry.name, {}, &entry});
    return writeArchive(zipPath, sources, passphrase);
}

} // namespace sr::exchange::zip
