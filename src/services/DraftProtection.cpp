#include "DraftProtection.h"

#include "storage/Database.h"
#include "storage/ReferenceRepository.h"

#include <sodium.h>

namespace sr::services {

namespace {

const QString keySetting = QStringLiteral("draft_key");

} // namespace

DraftProtection::DraftProtection(QByteArray key)
    : m_key(std::move(key))
{}

DraftProtection::~DraftProtection()
{
    if (!m_key.isEmpty() && !m_key.isDetached())
        return; // another copy still holds the bytes
    if (!m_key.isEmpty())
        sodium_memzero(m_key.data(), size_t(m_key.size()));
}

Result<DraftProtection> DraftProtection::forDatabase(storage::Database &db)
{
    if (sodium_init() < 0)
        return makeError(ErrorCode::Internal, QStringLiteral("draft: libsodium not initialised"));
    storage::ReferenceRepository settings(db);
    const Result<QString> stored = settings.setting(keySetting);
    if (!stored)
        return stored.error();
    QByteArray key = QByteArray::fromBase64(stored->toLatin1());
    if (key.size() == crypto_secretbox_KEYBYTES)
        return DraftProtection(std::move(key));
    if (db.isReadOnly())
        return makeError(ErrorCode::ReadOnly,
                         QStringLiteral("draft: no key in a read-only database"));
    key.resize(crypto_secretbox_KEYBYTES);
    randombytes_buf(key.data(), size_t(key.size()));
    const QString encoded = QString::fromLatin1(key.toBase64());
    if (Result<void> saved = settings.setSetting(keySetting, encoded); !saved)
        return saved.error();
    return DraftProtection(std::move(key));
}

QByteArray DraftProtection::seal(const QByteArray &plain) const
{
    QByteArray out(int(crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES) + plain.size(),
                   Qt::Uninitialized);
    auto *nonce = reinterpret_cast<unsigned char *>(out.data());
    randombytes_buf(nonce, crypto_secretbox_NONCEBYTES);
    crypto_secretbox_easy(nonce + crypto_secretbox_NONCEBYTES,
                          reinterpret_cast<const unsigned char *>(plain.constData()),
                          quint64(plain.size()),
                          nonce,
                          reinterpret_cast<const unsigned char *>(m_key.constData()));
    return out;
}

Result<QByteArray> DraftProtection::open(const QByteArray &sealed) const
{
    const qsizetype overhead = crypto_secretbox_NONCEBYTES + crypto_secretbox_MACBYTES;
    if (sealed.size() < overhead)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("draft: too short"));
    QByteArray plain(sealed.size() - overhead, Qt::Uninitialized);
    const auto *nonce = reinterpret_cast<const unsigned char *>(sealed.constData());
    if (crypto_secretbox_open_easy(reinterpret_cast<unsigned char *>(plain.data()),
                                   nonce + crypto_secretbox_NONCEBYTES,
                                   quint64(sealed.size() - crypto_secretbox_NONCEBYTES),
                                   nonce,
                                   reinterpret_cast<const unsigned char *>(m_key.constData()))
        != 0)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("draft: does not open"));
    return plain;
}

} // namespace sr::services
