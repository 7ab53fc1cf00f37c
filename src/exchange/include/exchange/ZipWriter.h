#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <functional>

namespace sr::exchange {

/**
 * AES-256 encrypted ZIP files (WinZip AE-2 through libzip, ZIP_EM_AES_256), which Windows
 * tools such as 7-Zip, WinRAR and WinZip open with the passphrase. File names inside the
 * archive are not encrypted (the ZIP format cannot): they must hold no personal data.
 */
namespace zip {

/** Minimum passphrase length in characters. */
constexpr int minimumPassphraseLength = 10;

/** Whether this libzip can write AES-256 entries. */
bool aesSupported();

/**
 * Writes @a zipPath holding one entry @a entryName with the bytes of @a sourceFile,
 * deflated and AES-256 encrypted with @a passphrase. The archive is built under a temporary
 * name beside @a zipPath and renamed into place; it ends up readable by the owner only. On
 * error no file is left under @a zipPath (an older file of that name is kept).
 */
Result<void> writeEncrypted(const QString &zipPath,
                            const QString &entryName,
                            const QString &sourceFile,
                            const QByteArray &passphrase);

/**
 * One entry of an archive written from memory: @a load gives its bytes when libzip reads the
 * entry and they are dropped once it has been compressed and encrypted, so an archive of many
 * attachments holds one of them in memory at a time, and none on the disk in clear.
 */
struct MemoryEntry
{
    QString name;                             ///< path inside the archive (not encrypted!)
    std::function<Result<QByteArray>()> load; ///< the entry's bytes (an error stops the archive)
};

/**
 * Writes @a zipPath holding @a entries in order, each deflated and AES-256 encrypted with
 * @a passphrase, as writeEncrypted() does (temporary name beside the target, owner-only,
 * fsynced, renamed into place; nothing under @a zipPath on error). The first error of a
 * load() is returned as it was.
 */
Result<void> writeEncryptedEntries(const QString &zipPath,
                                   const QList<MemoryEntry> &entries,
                                   const QByteArray &passphrase);

} // namespace zip
} // namespace sr::exchange
