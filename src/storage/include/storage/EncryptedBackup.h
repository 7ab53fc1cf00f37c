#pragma once

#include "domain/KdfCost.h"
#include "domain/Result.h"
#include "storage/AuditLog.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sr::storage {

class Database;

/**
 * Encrypted backups (docs/security.md "Backup file format"): the online-backup
 * snapshot of the database, encrypted with libsodium's secretstream (XChaCha20-Poly1305) under
 * a key derived from a passphrase with Argon2id.
 *
 * File layout (all integers big-endian):
 *   0  8  magic "SRBACKUP"
 *   8  1  format version (1)
 *   9  1  key derivation (1 = Argon2id v1.3, crypto_pwhash_ALG_ARGON2ID13)
 *  10  8  opslimit
 *  18  8  memlimit (bytes)
 *  26 16  salt
 *  42 24  secretstream header
 *  66 …   chunks: 4-byte ciphertext length, ciphertext (≤ 64 KiB of plain text + 17 bytes);
 *         bytes 0..65 are the additional data of every chunk; the last chunk carries
 *         TAG_FINAL and nothing may follow it.
 * The passphrase is never stored; nothing about it is logged.
 */
namespace encrypted_backup {

/** Cost of the key derivation written into new files (readers take it from the header). */
using domain::KdfCost;

/** Minimum passphrase length in characters (as for passwords). */
constexpr int minimumPassphraseLength = 10;

/** Whether the file at @a path starts with the encrypted backup magic. */
bool isEncryptedBackup(const QString &path);

/**
 * Writes an encrypted backup of @a db to @a targetPath (owner-only, written under a temporary
 * name, fsynced, renamed into place). The plain snapshot lives only in a private folder (mode
 * 0700, storage/PrivateFolder.h) beside the database, or in the system's
 * temporary folder when the database's folder cannot take it, and is removed afterwards; a
 * crash leaves it to removeLeftovers().
 */
Result<void> write(Database &db,
                   const QString &targetPath,
                   const QByteArray &passphrase,
                   KdfCost cost = KdfCost::Moderate,
                   const QList<AuditEntry> &recordInCopy = {});

/**
 * Decrypts @a sourcePath into @a plainPath (owner-only), authenticating every chunk; on any
 * failure (wrong passphrase or a damaged first chunk → ErrorCode::InvalidInput; damaged,
 * truncated or extended file
 * → ErrorCode::Corrupt) @a plainPath is removed and nothing else is touched.
 */
Result<void>
decrypt(const QString &sourcePath, const QString &plainPath, const QByteArray &passphrase);

/**
 * Removes the private folders of encrypted operations that a killed process left beside
 * @a databasePath or in the system's temporary folder (PrivateFolder::removeAbandoned), and
 * the plain copies that earlier versions left beside the database ("<db>.backup-plain-PID",
 * "<db>.restore-plain-PID", the ZIP export's "export-tmp-PID" folders).
 * Never one of a process still running: each folder is locked (flock) by its owner while used.
 * Called whenever a database is opened (every command and the desktop application).
 */
void removeLeftovers(const QString &databasePath);

/**
 * Restores @a db from an encrypted backup: decrypt() into a private folder (as write()), then maintenance::restore() of that file (integrity and schema checks), then the
 * temporary file is removed. The database is unchanged on any error.
 */
Result<void> restore(Database &db, const QString &sourcePath, const QByteArray &passphrase);

} // namespace encrypted_backup
} // namespace sr::storage
