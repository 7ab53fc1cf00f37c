#pragma once

#include "domain/Result.h"

#include <QByteArray>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Encryption of the case editor's drafts (forms kept on disk while typing and offered again
 * after a crash): XChaCha20-Poly1305 (libsodium secretbox) under a random 256-bit key kept in
 * the database's settings ("draft_key"). A draft file is therefore unreadable without the
 * database it belongs to, which holds the same personal data already (owner-only); drafts of
 * another database do not open. The key is made on first use, which needs a writable database;
 * a read-only database without a key has no drafts (ErrorCode::ReadOnly).
 */
class DraftProtection
{
public:
    static Result<DraftProtection> forDatabase(storage::Database &db);

    DraftProtection(const DraftProtection &other) = default;
    DraftProtection &operator=(const DraftProtection &other) = default;
    ~DraftProtection();

    /** A random nonce followed by the sealed @a plain text. */
    QByteArray seal(const QByteArray &plain) const;
    /** The plain text; ErrorCode::InvalidInput when @a sealed is damaged or another key's. */
    Result<QByteArray> open(const QByteArray &sealed) const;

private:
    explicit DraftProtection(QByteArray key);

    QByteArray m_key;
};

} // namespace sr::services
