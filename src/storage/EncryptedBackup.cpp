#include "EncryptedBackup.h"

#include "Database.h"
#include "Maintenance.h"
#include "OutputFile.h"
#include "PrivateFolder.h"
#include "ServerLocation.h"
#include "domain/FileErrors.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QtEndian>

#include <spdlog/spdlog.h>

#include <array>
#include <cerrno>
#include <csignal>
#include <cstring>
#include <fcntl.h>
#include <sodium.h>
#include <sys/file.h>
#include <sys/stat.h>
#include <unistd.h>

namespace sr::storage::encrypted_backup {

namespace {

constexpr char magic[8] = {'S', 'R', 'B', 'A', 'C', 'K', 'U', 'P'};
constexpr quint8 formatVersion = 1;
constexpr quint8 kdfArgon2id13 = 1;
constexpr int saltBytes = crypto_pwhash_SALTBYTES; // 16
constexpr int headerBytes =
    8 + 1 + 1 + 8 + 8 + saltBytes + crypto_secretstream_xchacha20poly1305_HEADERBYTES; // 66
constexpr qint64 chunkBytes = 64 * 1024;
constexpr qint64 cipherChunkBytes = chunkBytes + crypto_secretstream_xchacha20poly1305_ABYTES;
// Readers accept at most these costs from a header (a hostile file cannot ask for 100 GiB).
constexpr quint64 maxOpsLimit = 16;
constexpr quint64 maxMemLimit = quint64(1) << 30;

using Key = std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES>;

/** Key from passphrase; wiped by the caller (sodium_memzero). */
bool deriveKey(Key &key,
               const QByteArray &passphrase,
               const unsigned char *salt,
               quint64 opsLimit,
               quint64 memLimit)
{
    return crypto_pwhash(key.data(),
                         key.size(),
                         passphrase.constData(),
                         quint64(passphrase.size()),
                         salt,
                         opsLimit,
                         size_t(memLimit),
                         crypto_pwhash_ALG_ARGON2ID13)
           == 0;
}

/**
 * An owner-only file created exclusively and opened for writing: NewOnly is O_EXCL, and Qt
 * creates the file with the permissions given (0600 on POSIX, Qt 6.3) and close-on-exec.
 */
bool createOwnerOnly(QFile &file)
{
    return file.open(QIODevice::WriteOnly | QIODevice::NewOnly,
                     QFileDevice::ReadOwner | QFileDevice::WriteOwner);
}

bool syncAndClose(QFile &file)
{
    if (!file.flush())
        return false;
    const bool ok = ::fsync(file.handle()) == 0;
    file.close();
    return ok && file.error() == QFileDevice::NoError;
}

QString tempBeside(const QString &path, const char *what)
{
    return QStringLiteral("%1.%2-%3")
        .arg(path, QLatin1String(what))
        .arg(QCoreApplication::applicationPid());
}

bool processAlive(qint64 pid)
{
    return pid > 0 && (::kill(pid_t(pid), 0) == 0 || errno != ESRCH);
}

/** The pid in a leftover's name after @a marker ("…marker1234-…" → 1234), 0 when none. */
qint64 pidAfter(const QString &name, QLatin1String marker)
{
    const qsizetype at = name.lastIndexOf(marker);
    if (at < 0)
        return 0;
    const QString rest = name.mid(at + marker.size());
    return rest.section(u'-', 0, 0).toLongLong();
}

} // namespace

void removeLeftovers(const QString &databasePath)
{
    PrivateFolder::removeAbandoned(databasePath);
    // A server's database has no folder here that earlier versions wrote into.
    if (ServerLocation::isServerLocation(databasePath))
        return;
    // Plain copies that earlier versions wrote beside the database, by dead processes.
    const QFileInfo database(databasePath);
    const QDir dir(database.absolutePath());
    for (const char *what : {"backup-plain-", "restore-plain-"}) {
        const QLatin1String marker(what);
        const QStringList found =
            dir.entryList({database.fileName() + u'.' + marker + u'*'}, QDir::Files | QDir::Hidden);
        for (const QString &name : found) {
            if (processAlive(pidAfter(name, marker)))
                continue;
            QFile::remove(dir.filePath(name));
            spdlog::warn("encrypted backup: removed a plain copy left by an interrupted operation");
        }
    }
    // The plain CSV folders of encrypted ZIP exports of earlier versions.
    const QLatin1String exportMarker("export-tmp-");
    const QStringList folders =
        dir.entryList({exportMarker + u'*'}, QDir::Dirs | QDir::NoDotAndDotDot);
    for (const QString &name : folders) {
        if (processAlive(pidAfter(name, exportMarker)))
            continue;
        QDir(dir.filePath(name)).removeRecursively();
        spdlog::warn("export: removed a plain folder left by an interrupted export");
    }
}

bool isEncryptedBackup(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return false;
    return file.read(sizeof(magic)) == QByteArray(magic, sizeof(magic));
}

Result<void> write(Database &db,
                   const QString &targetPath,
                   const QByteArray &passphrase,
                   KdfCost cost,
                   const QList<AuditEntry> &recordInCopy)
{
    if (sodium_init() < 0)
        return Error{ErrorCode::Internal,
                     QStringLiteral("encrypted backup: libsodium unavailable")};
    if (QString::fromUtf8(passphrase).size() < minimumPassphraseLength)
        return Error{ErrorCode::InvalidInput,
                     QStringLiteral("encrypted backup: passphrase too short")};
    const QString target = QFileInfo(targetPath).absoluteFilePath();
    // An encrypted file never replaces any SafeReturn database (OutputFile.h).
    if (auto allowed = checkOutputTarget(db, target); !allowed)
        return allowed.error();

    // 1. The plain snapshot, in a private folder beside the database (owner-only data
    //    folder), never beside the target (which may be a USB stick). The folder goes when this
    //    function returns; after a crash, at the next start (removeLeftovers()).
    const PrivateFolder folder(db.path());
    if (!folder.isValid()) {
        const QString beside = QFileInfo(db.path()).absolutePath();
        return fileError(ErrorCode::Io,
                         beside,
                         whyNotWritable(beside + QStringLiteral("/x")),
                         QStringLiteral("encrypted backup: cannot create a private folder"));
    }
    const QString plain = folder.filePath(QStringLiteral("snapshot.db"));
    if (auto r = maintenance::backup(db, plain, recordInCopy); !r)
        return r.error();

    // 2. Encrypt it chunk by chunk into a temporary name beside the target.
    const quint64 opsLimit = cost == KdfCost::Moderate ? crypto_pwhash_OPSLIMIT_MODERATE
                                                       : crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 memLimit = cost == KdfCost::Moderate ? crypto_pwhash_MEMLIMIT_MODERATE
                                                       : crypto_pwhash_MEMLIMIT_INTERACTIVE;
    QByteArray header(headerBytes, '\0');
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    std::memcpy(h, magic, sizeof(magic));
    h[8] = formatVersion;
    h[9] = kdfArgon2id13;
    qToBigEndian<quint64>(opsLimit, h + 10);
    qToBigEndian<quint64>(memLimit, h + 18);
    randombytes_buf(h + 26, saltBytes);
    Key key{};
    if (!deriveKey(key, passphrase, h + 26, opsLimit, memLimit))
        return Error{ErrorCode::Internal,
                     QStringLiteral("encrypted backup: key derivation failed")};
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, h + 26 + saltBytes, key.data());
    sodium_memzero(key.data(), key.size());

    QFile in(plain);
    if (!in.open(QIODevice::ReadOnly))
        return Error{ErrorCode::Io, QStringLiteral("encrypted backup: cannot read the snapshot")};
    const QString temp = tempBeside(target, "part");
    QFile::remove(temp);
    QFile out(temp);
    if (!createOwnerOnly(out))
        return fileError(ErrorCode::Io,
                         target,
                         whyNotWritable(target),
                         QStringLiteral("encrypted backup: cannot create the file"));
    bool ok = out.write(header) == header.size();
    const qint64 total = in.size();
    qint64 done = 0;
    QByteArray cipher(int(cipherChunkBytes), '\0');
    while (ok) {
        const QByteArray chunk = in.read(chunkBytes);
        if (chunk.size() != qMin(chunkBytes, total - done)) {
            ok = false;
            break;
        }
        done += chunk.size();
        const bool last = done >= total;
        unsigned long long cipherLength = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state,
            reinterpret_cast<unsigned char *>(cipher.data()),
            &cipherLength,
            reinterpret_cast<const unsigned char *>(chunk.constData()),
            quint64(chunk.size()),
            reinterpret_cast<const unsigned char *>(header.constData()),
            quint64(header.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        std::array<uchar, 4> length{};
        qToBigEndian<quint32>(quint32(cipherLength), length.data());
        ok = out.write(reinterpret_cast<const char *>(length.data()), 4) == 4
             && out.write(cipher.constData(), qint64(cipherLength)) == qint64(cipherLength);
        if (last)
            break;
    }
    sodium_memzero(&state, sizeof(state));
    in.close();
    ok = ok && syncAndClose(out);
    if (ok) {
        QFile::remove(target);
        ok = ::rename(QFile::encodeName(temp).constData(), QFile::encodeName(target).constData())
             == 0;
    }
    if (!ok) {
        out.close();
        QFile::remove(temp);
        spdlog::error("encrypted backup: writing failed");
        const bool full = out.error() != QFileDevice::NoError
                          && out.errorString() == QString::fromLocal8Bit(std::strerror(ENOSPC));
        const ErrorReason reason = whyNotWritable(target);
        return fileError(full ? ErrorCode::DiskFull : ErrorCode::Io,
                         target,
                         full || reason != ErrorReason::None ? reason : ErrorReason::DeviceError,
                         QStringLiteral("encrypted backup: writing failed"));
    }
    const int dir = ::open(QFile::encodeName(QFileInfo(target).absolutePath()).constData(),
                           O_RDONLY | O_CLOEXEC);
    if (dir >= 0) {
        ::fsync(dir);
        ::close(dir);
    }
    spdlog::info("encrypted backup: written ({} chunks)", (total + chunkBytes - 1) / chunkBytes);
    return {};
}

Result<void>
decrypt(const QString &sourcePath, const QString &plainPath, const QByteArray &passphrase)
{
    if (sodium_init() < 0)
        return Error{ErrorCode::Internal,
                     QStringLiteral("encrypted backup: libsodium unavailable")};
    QFile in(sourcePath);
    if (!in.open(QIODevice::ReadOnly))
        return fileError(ErrorCode::Io,
                         sourcePath,
                         whyNotReadable(sourcePath),
                         QStringLiteral("encrypted restore: cannot read the file"));
    const QByteArray header = in.read(headerBytes);
    const auto *h = reinterpret_cast<const unsigned char *>(header.constData());
    if (header.size() != headerBytes || std::memcmp(h, magic, sizeof(magic)) != 0)
        return Error{ErrorCode::NotSafeReturnDatabase,
                     QStringLiteral("encrypted restore: not an encrypted SafeReturn backup")};
    if (h[8] != formatVersion || h[9] != kdfArgon2id13)
        return Error{ErrorCode::NewerSchema,
                     QStringLiteral("encrypted restore: unknown format version %1").arg(h[8])};
    const quint64 opsLimit = qFromBigEndian<quint64>(h + 10);
    const quint64 memLimit = qFromBigEndian<quint64>(h + 18);
    if (opsLimit < crypto_pwhash_OPSLIMIT_MIN || opsLimit > maxOpsLimit
        || memLimit < crypto_pwhash_MEMLIMIT_MIN || memLimit > maxMemLimit)
        return Error{ErrorCode::Corrupt,
                     QStringLiteral("encrypted restore: key derivation parameters out of range")};
    Key key{};
    if (!deriveKey(key, passphrase, h + 26, opsLimit, memLimit))
        return Error{ErrorCode::Internal,
                     QStringLiteral("encrypted restore: key derivation failed")};
    crypto_secretstream_xchacha20poly1305_state state;
    const int initialised =
        crypto_secretstream_xchacha20poly1305_init_pull(&state, h + 26 + saltBytes, key.data());
    sodium_memzero(key.data(), key.size());
    if (initialised != 0)
        return Error{ErrorCode::Corrupt, QStringLiteral("encrypted restore: bad stream header")};

    QFile::remove(plainPath);
    QFile out(plainPath);
    if (!createOwnerOnly(out))
        return Error{ErrorCode::Io,
                     QStringLiteral("encrypted restore: cannot create a temporary file")};
    Error failure;
    bool finished = false;
    bool first = true;
    QByteArray plain(int(chunkBytes), '\0');
    while (failure.detail.isEmpty()) {
        const QByteArray lengthBytes = in.read(4);
        if (lengthBytes.isEmpty() && !finished) {
            failure =
                Error{ErrorCode::Corrupt, QStringLiteral("encrypted restore: file truncated")};
            break;
        }
        if (finished) {
            if (!lengthBytes.isEmpty())
                failure = Error{ErrorCode::Corrupt,
                                QStringLiteral("encrypted restore: data after the final chunk")};
            break;
        }
        const quint32 length =
            lengthBytes.size() == 4
                ? qFromBigEndian<quint32>(reinterpret_cast<const uchar *>(lengthBytes.constData()))
                : 0;
        if (lengthBytes.size() != 4 || length < crypto_secretstream_xchacha20poly1305_ABYTES
            || length > cipherChunkBytes) {
            failure = Error{first ? ErrorCode::InvalidInput : ErrorCode::Corrupt,
                            QStringLiteral("encrypted restore: bad chunk length")};
            break;
        }
        const QByteArray cipher = in.read(length);
        if (cipher.size() != qint64(length)) {
            failure =
                Error{ErrorCode::Corrupt, QStringLiteral("encrypted restore: file truncated")};
            break;
        }
        unsigned long long plainLength = 0;
        unsigned char tag = 0;
        if (crypto_secretstream_xchacha20poly1305_pull(
                &state,
                reinterpret_cast<unsigned char *>(plain.data()),
                &plainLength,
                &tag,
                reinterpret_cast<const unsigned char *>(cipher.constData()),
                quint64(cipher.size()),
                h,
                quint64(header.size()))
            != 0) {
            failure = first ? Error{ErrorCode::InvalidInput,
                                    QStringLiteral("encrypted restore: wrong passphrase or damaged "
                                                   "file")}
                            : Error{ErrorCode::Corrupt,
                                    QStringLiteral("encrypted restore: damaged chunk")};
            break;
        }
        first = false;
        if (out.write(plain.constData(), qint64(plainLength)) != qint64(plainLength)) {
            failure = Error{ErrorCode::Io, QStringLiteral("encrypted restore: writing failed")};
            break;
        }
        finished = tag == crypto_secretstream_xchacha20poly1305_TAG_FINAL;
    }
    sodium_memzero(&state, sizeof(state));
    sodium_memzero(plain.data(), size_t(plain.size()));
    if (failure.detail.isEmpty() && !syncAndClose(out))
        failure = Error{ErrorCode::Io, QStringLiteral("encrypted restore: writing failed")};
    if (!failure.detail.isEmpty()) {
        out.close();
        QFile::remove(plainPath);
        spdlog::warn("{}", failure.detail.toStdString());
        return failure;
    }
    return {};
}

Result<void> restore(Database &db, const QString &sourcePath, const QByteArray &passphrase)
{
    if (db.isReadOnly() && !db.isDamaged())
        return Error{ErrorCode::ReadOnly, QStringLiteral("restore: database is read-only")};
    if (sodium_init() < 0)
        return Error{ErrorCode::Internal,
                     QStringLiteral("encrypted backup: libsodium unavailable")};
    // SQLite needs a file to check and copy from: the plain text lives in a private folder
    // (0700, locked while in use) that goes when this function returns, or at the next start
    // after a crash (removeLeftovers()).
    const PrivateFolder folder(db.path());
    if (!folder.isValid()) {
        const QString beside = QFileInfo(db.path()).absolutePath();
        return fileError(ErrorCode::Io,
                         beside,
                         whyNotWritable(beside + QStringLiteral("/x")),
                         QStringLiteral("encrypted restore: cannot create a private folder"));
    }
    const QString plain = folder.filePath(QStringLiteral("restore.db"));
    // Every chunk is authenticated into the temporary file before the database is touched.
    if (auto r = decrypt(sourcePath, plain, passphrase); !r)
        return r.error();
    const Result<void> restored = maintenance::restore(db, plain);
    if (restored)
        spdlog::info("encrypted restore: database replaced from an authenticated backup");
    return restored;
}

} // namespace sr::storage::encrypted_backup
