// Full exports as AES-256 encrypted ZIP (docs/security.md): the archive opens with the passphrase and
// not without or with another; the CSV inside is byte for byte the plain export; no plain
// copy is left behind; both steps are audited.
#include "services/EncryptedExport.h"

#include "ServiceTestSupport.h"
#include "demo/DemoDataService.h"
#include "exchange/ZipWriter.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>

#include <gtest/gtest.h>

#include <optional>
#include <sys/stat.h>
#include <zip.h>

namespace sr::services {
namespace {

using namespace sr::domain;
using demo::DemoDataService;
using demo::DemoOptions;

const QByteArray passphrase = QByteArrayLiteral("Sở LĐTBXH mở được 2026");

/** The bytes of entry @a name of @a zipPath opened with @a password (null: none). */
std::optional<QByteArray>
readEntry(const QString &zipPath, const QString &name, const char *password)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return std::nullopt;
    zip_file_t *file = password
                           ? zip_fopen_encrypted(archive, name.toUtf8().constData(), 0, password)
                           : zip_fopen(archive, name.toUtf8().constData(), 0);
    std::optional<QByteArray> bytes;
    if (file) {
        QByteArray data;
        char buffer[65536];
        zip_int64_t n = 0;
        bool ok = true;
        while ((n = zip_fread(file, buffer, sizeof(buffer))) > 0)
            data.append(buffer, qsizetype(n));
        ok = n == 0;
        ok = zip_fclose(file) == 0 && ok;
        if (ok)
            bytes = data;
    }
    zip_discard(archive);
    return bytes;
}

class EncryptedExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        DemoOptions options;
        options.persons = 150;
        options.seed = 7;
        ASSERT_TRUE(DemoDataService(m_db.db()).generate(m_admin, options).ok());
        m_request.period = *Period::fromIsoStrings(u"2000-01-01", u"2030-12-31");
        m_request.mode = exchange::ExportMode::Full;
    }

    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_admin{0, QStringLiteral("admin"), Role::Administrator};
    ExportRequest m_request;
};

TEST_F(EncryptedExportTest, ZipOpensOnlyWithThePassphraseAndHoldsThePlainExportBytes)
{
    ASSERT_TRUE(exchange::zip::aesSupported());
    ExportRequest plain = m_request;
    plain.filePath = m_db.filePath(QStringLiteral("plain.csv"));
    auto plainWritten = ExportService(m_db.db()).exportTable(plain, m_admin);
    ASSERT_TRUE(plainWritten.ok());
    ASSERT_GT(plainWritten->rows, 100);
    QFile plainFile(plain.filePath);
    ASSERT_TRUE(plainFile.open(QIODevice::ReadOnly));
    const QByteArray expected = plainFile.readAll();

    ExportRequest zipped = m_request;
    const QString outDir = m_db.filePath(QStringLiteral("usb"));
    ASSERT_TRUE(QDir().mkpath(outDir));
    zipped.filePath = outDir + QStringLiteral("/receptions_full.zip");
    auto written = EncryptedExport(m_db.db()).exportZip(zipped, m_admin, passphrase);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written->rows, plainWritten->rows);
    EXPECT_EQ(written->filePath, zipped.filePath);

    const QString entry = QStringLiteral("receptions_full.csv");
    const auto inside = readEntry(zipped.filePath, entry, passphrase.constData());
    ASSERT_TRUE(inside.has_value());
    EXPECT_EQ(*inside, expected);
    EXPECT_FALSE(readEntry(zipped.filePath, entry, nullptr).has_value());
    EXPECT_FALSE(readEntry(zipped.filePath, entry, "another passphrase").has_value());

    // The archive is encrypted on disk, owner-only, alone in the target folder; no plain copy
    // is left beside the database either.
    QFile zipFile(zipped.filePath);
    ASSERT_TRUE(zipFile.open(QIODevice::ReadOnly));
    const QByteArray raw = zipFile.readAll();
    EXPECT_FALSE(raw.contains(expected.left(200)));
    struct stat info
    {};
    ASSERT_EQ(::stat(QFile::encodeName(zipped.filePath).constData(), &info), 0);
    EXPECT_EQ(info.st_mode & 0777, 0600u);
    EXPECT_EQ(QDir(outDir).entryList(QDir::Files),
              QStringList{QStringLiteral("receptions_full.zip")});
    EXPECT_TRUE(
        QDir(m_db.dir()).entryList({QStringLiteral("export-tmp-*")}, QDir::AllEntries).isEmpty());

    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'export_zip' AND changes LIKE "
                                             "'%\"file\":\"receptions_full.zip\"%' AND changes "
                                             "LIKE '%\"encryption\":\"aes256\"%'")),
              1);
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'export' AND changes LIKE "
                                             "'%\"file\":\"receptions_full.csv\"%'")),
              1);
}

TEST_F(EncryptedExportTest, RefusedWithoutPermissionOrWithAShortPassphrase)
{
    ExportRequest zipped = m_request;
    zipped.filePath = m_db.filePath(QStringLiteral("x.zip"));
    EXPECT_EQ(EncryptedExport(m_db.db())
                  .exportZip(zipped, m_admin, QByteArrayLiteral("short"))
                  .error()
                  .code,
              ErrorCode::InvalidInput);
    Actor viewer{0, QStringLiteral("viewer"), Role::Viewer};
    EXPECT_EQ(EncryptedExport(m_db.db()).exportZip(zipped, viewer, passphrase).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_FALSE(QFile::exists(zipped.filePath));
    EXPECT_TRUE(
        QDir(m_db.dir()).entryList({QStringLiteral("export-tmp-*")}, QDir::AllEntries).isEmpty());
}

} // namespace
} // namespace sr::services
