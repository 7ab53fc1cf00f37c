#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

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

} // namespace zip
} // namespace sr::exchange
