#pragma once

// Writes any file in the encrypted backup format (src/storage/EncryptedBackup.h), so tests can
// hand the restore an encrypted file that no Database could have produced (a hostile backup).
// Interactive Argon2id cost; the link needs PkgConfig::SODIUM.

#include <QByteArray>
#include <QFile>
#include <QString>
#include <QtEndian>

#include <array>
#include <cstring>
#include <sodium.h>

namespace sr::test {

inline bool encryptFileForTest(const QString &plainPath,
                               const QString &targetPath,
                               const QByteArray &passphrase)
{
    if (sodium_init() < 0)
        return false;
    QFile in(plainPath);
    if (!in.open(QIODevice::ReadOnly))
        return false;
    const QByteArray plain = in.readAll();
    constexpr int saltBytes = crypto_pwhash_SALTBYTES;
    QByteArray header(
        8 + 1 + 1 + 8 + 8 + saltBytes + crypto_secretstream_xchacha20poly1305_HEADERBYTES, '\0');
    auto *h = reinterpret_cast<unsigned char *>(header.data());
    std::memcpy(h, "SRBACKUP", 8);
    h[8] = 1;
    h[9] = 1;
    const quint64 ops = crypto_pwhash_OPSLIMIT_INTERACTIVE;
    const quint64 mem = crypto_pwhash_MEMLIMIT_INTERACTIVE;
    qToBigEndian<quint64>(ops, h + 10);
    qToBigEndian<quint64>(mem, h + 18);
    randombytes_buf(h + 26, saltBytes);
    std::array<unsigned char, crypto_secretstream_xchacha20poly1305_KEYBYTES> key{};
    if (crypto_pwhash(key.data(),
                      key.size(),
                      passphrase.constData(),
                      quint64(passphrase.size()),
                      h + 26,
                      ops,
                      size_t(mem),
                      crypto_pwhash_ALG_ARGON2ID13)
        != 0)
        return false;
    crypto_secretstream_xchacha20poly1305_state state;
    crypto_secretstream_xchacha20poly1305_init_push(&state, h + 26 + saltBytes, key.data());
    QFile out(targetPath);
    if (!out.open(QIODevice::WriteOnly | QIODevice::Truncate))
        return false;
    out.write(header);
    constexpr qsizetype chunk = 64 * 1024;
    qsizetype done = 0;
    do {
        const QByteArray part = plain.mid(done, chunk);
        done += part.size();
        const bool last = done >= plain.size();
        QByteArray cipher(part.size() + crypto_secretstream_xchacha20poly1305_ABYTES, '\0');
        unsigned long long length = 0;
        crypto_secretstream_xchacha20poly1305_push(
            &state,
            reinterpret_cast<unsigned char *>(cipher.data()),
            &length,
            reinterpret_cast<const unsigned char *>(part.constData()),
            quint64(part.size()),
            reinterpret_cast<const unsigned char *>(header.constData()),
            quint64(header.size()),
            last ? crypto_secretstream_xchacha20poly1305_TAG_FINAL : 0);
        std::array<uchar, 4> size{};
        qToBigEndian<quint32>(quint32(length), size.data());
        out.write(reinterpret_cast<const char *>(size.data()), 4);
        out.write(cipher.constData(), qint64(length));
        if (last)
            break;
    } while (true);
    return out.flush();
}

} // namespace sr::test
