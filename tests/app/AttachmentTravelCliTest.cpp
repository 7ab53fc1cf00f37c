// Attachments through the real executable: `safereturn backup` (plain and --encrypt) and
// `restore` into another database carry every attachment byte for byte; `check` reads them back
// and fails on a damaged chunk, naming the attachment by id only; `export --table attachments`
// needs --full; `export --case … --zip --with-attachments` writes the case's encrypted ZIP.
// The shelter stays go through backup, restore and check the same way.
#include "AppTestSupport.h"
#include "domain/Actor.h"
#include "storage/Database.h"
#include "support/AttachmentFixture.h"
#include "support/StayFixture.h"

#include <QFile>
#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <optional>
#include <zip.h>

namespace sr::test {
namespace {

const QString kPassphrase = QStringLiteral("correct horse battery");

std::optional<QByteArray> readZipEntry(const QString &zipPath, const QString &name)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return std::nullopt;
    zip_file_t *file = zip_fopen_encrypted(
        archive, name.toUtf8().constData(), 0, kPassphrase.toUtf8().constData());
    std::optional<QByteArray> bytes;
    if (file) {
        QByteArray data;
        char buffer[65536];
        zip_int64_t n = 0;
        while ((n = zip_fread(file, buffer, sizeof(buffer))) > 0)
            data.append(buffer, qsizetype(n));
        if (zip_fclose(file) == 0 && n == 0)
            bytes = data;
    }
    zip_discard(archive);
    return bytes;
}

class AttachmentTravelCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_db = m_dir.filePath(QStringLiteral("live.db"));
        ASSERT_EQ(demo(m_db).exitCode, 0);
        auto db = storage::Database::open(m_db);
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        const domain::Actor admin{0, demoUser(), domain::Role::Administrator};
        ASSERT_NO_FATAL_FAILURE(makeAttachedCase(**db, admin, m_case));
    }

    RunResult demo(const QString &path)
    {
        return runSafeReturn({QStringLiteral("demo"),
                              QStringLiteral("--persons"),
                              QStringLiteral("5"),
                              QStringLiteral("--db"),
                              path,
                              QStringLiteral("--lang"),
                              QStringLiteral("en")},
                             m_dir.path());
    }

    RunResult run(QStringList arguments, const QString &db = {})
    {
        arguments << QStringLiteral("--db") << (db.isEmpty() ? m_db : db)
                  << QStringLiteral("--lang") << QStringLiteral("en") << QStringLiteral("--user")
                  << demoUser();
        return runSafeReturn(arguments,
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSPHRASE"), kPassphrase}});
    }

    /** Restores @a backup into a new database of its own and checks the attachments there. */
    void restoreIntoAFreshDatabase(const QString &backup, const QString &name)
    {
        const QString fresh = m_dir.filePath(name);
        ASSERT_EQ(demo(fresh).exitCode, 0);
        const RunResult restored = run({QStringLiteral("restore"), backup}, fresh);
        ASSERT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
        const RunResult check = run({QStringLiteral("check")}, fresh);
        EXPECT_EQ(check.exitCode, 0) << check.outText().toStdString();
        EXPECT_TRUE(check.outText().contains(QStringLiteral("attachments ok (3 checked)")))
            << check.outText().toStdString();
        auto db = storage::Database::open(fresh);
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        expectAttachmentsIn(**db, m_case);
    }

    QTemporaryDir m_dir;
    QString m_db;
    AttachedCase m_case;
};

TEST_F(AttachmentTravelCliTest, BackupAndRestoreCarryEveryAttachment)
{
    const QString plain = m_dir.filePath(QStringLiteral("plain.bak"));
    const RunResult written = run({QStringLiteral("backup"), QStringLiteral("-o"), plain});
    ASSERT_EQ(written.exitCode, 0) << written.errText().toStdString();
    ASSERT_NO_FATAL_FAILURE(restoreIntoAFreshDatabase(plain, QStringLiteral("fresh.db")));

    const QString encrypted = m_dir.filePath(QStringLiteral("copy.srbak"));
    const RunResult sealed = run(
        {QStringLiteral("backup"), QStringLiteral("--encrypt"), QStringLiteral("-o"), encrypted});
    ASSERT_EQ(sealed.exitCode, 0) << sealed.errText().toStdString();
    ASSERT_NO_FATAL_FAILURE(restoreIntoAFreshDatabase(encrypted, QStringLiteral("fresh2.db")));
}

// The shelter stays (docs/centre-work.md "Shelter") travel the same way: `check` counts them
// before and after, and the restored database holds them with their ids and fields.
TEST_F(AttachmentTravelCliTest, BackupRestoreAndCheckCarryTheShelterStays)
{
    StayedCase stayed;
    {
        auto db = storage::Database::open(m_db);
        ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
        const domain::Actor admin{0, demoUser(), domain::Role::Administrator};
        ASSERT_NO_FATAL_FAILURE(makeStayedCase(**db, admin, stayed));
    }
    const RunResult before = run({QStringLiteral("check")});
    ASSERT_EQ(before.exitCode, 0) << before.outText().toStdString();
    const auto stayLine = [](const QString &out) {
        for (const QString &line : out.split(u'\n')) {
            if (line.startsWith(QLatin1String("shelter_stay\t")))
                return line;
        }
        return QString();
    };
    const QString counted = stayLine(before.outText());
    ASSERT_FALSE(counted.isEmpty()) << before.outText().toStdString();
    EXPECT_GE(counted.section(u'\t', 1).toInt(), 2);
    EXPECT_TRUE(before.outText().contains(QLatin1String("shelter_room\t13\n")))
        << before.outText().toStdString();

    const QString backup = m_dir.filePath(QStringLiteral("stays.srbak"));
    const RunResult sealed =
        run({QStringLiteral("backup"), QStringLiteral("--encrypt"), QStringLiteral("-o"), backup});
    ASSERT_EQ(sealed.exitCode, 0) << sealed.errText().toStdString();
    const QString fresh = m_dir.filePath(QStringLiteral("stays.db"));
    ASSERT_EQ(demo(fresh).exitCode, 0);
    const RunResult restored = run({QStringLiteral("restore"), backup}, fresh);
    ASSERT_EQ(restored.exitCode, 0) << restored.errText().toStdString();
    const RunResult after = run({QStringLiteral("check")}, fresh);
    EXPECT_EQ(after.exitCode, 0) << after.outText().toStdString();
    EXPECT_EQ(stayLine(after.outText()), counted) << after.outText().toStdString();
    auto db = storage::Database::open(fresh);
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    expectStaysIn(**db, stayed);
}

TEST_F(AttachmentTravelCliTest, CheckFailsOnADamagedAttachmentNamingItsIdOnly)
{
    const RunResult good = run({QStringLiteral("check")});
    EXPECT_EQ(good.exitCode, 0) << good.outText().toStdString();
    EXPECT_TRUE(good.outText().contains(QStringLiteral("attachments ok (3 checked)")));
    const qint64 id = m_case.attachments.at(0).meta.id;
    {
        auto db = storage::Database::open(m_db);
        ASSERT_TRUE(db.ok());
        QSqlQuery q((*db)->connection());
        ASSERT_TRUE(q.exec(QStringLiteral("DROP TRIGGER attachment_chunk_no_update")));
        ASSERT_TRUE(q.exec(QStringLiteral("UPDATE attachment_chunk SET data = substr(data, 1, 9) "
                                          "|| x'ff' || substr(data, 11) WHERE attachment_id = %1 "
                                          "AND seq = 2")
                               .arg(id)));
    }
    const RunResult bad = run({QStringLiteral("check")});
    EXPECT_EQ(bad.exitCode, 1) << bad.outText().toStdString();
    EXPECT_TRUE(bad.outText().contains(
        QStringLiteral("1 attachment damaged (stored bytes do not match its SHA-256), id: %1")
            .arg(id)))
        << bad.outText().toStdString();
    EXPECT_FALSE(bad.outText().contains(QStringLiteral("quyet-dinh")));
    EXPECT_FALSE(bad.errText().contains(QStringLiteral("quyet-dinh")));
}

TEST_F(AttachmentTravelCliTest, ExportListsAttachmentsFullOnlyAndZipsACase)
{
    const QString list = m_dir.filePath(QStringLiteral("attachments.csv"));
    const QStringList period{QStringLiteral("--from"),
                             QStringLiteral("2000-01-01"),
                             QStringLiteral("--to"),
                             QStringLiteral("2030-12-31")};
    const RunResult deidentified =
        run(QStringList{
                QStringLiteral("export"), QStringLiteral("--table"), QStringLiteral("attachments")}
            + period + QStringList{QStringLiteral("-o"), list});
    EXPECT_EQ(deidentified.exitCode, 2) << deidentified.errText().toStdString();
    EXPECT_TRUE(deidentified.errText().contains(QStringLiteral("add --full")));
    EXPECT_FALSE(QFile::exists(list));
    const RunResult full = run(QStringList{QStringLiteral("export"),
                                           QStringLiteral("--table"),
                                           QStringLiteral("attachments"),
                                           QStringLiteral("--full")}
                               + period + QStringList{QStringLiteral("-o"), list});
    EXPECT_EQ(full.exitCode, 0) << full.errText().toStdString();
    EXPECT_TRUE(full.errText().contains(QStringLiteral("export: 3 rows")))
        << full.errText().toStdString();

    // The list given to import: refused at its header, nothing written.
    const RunResult imported = run({QStringLiteral("import"), list});
    EXPECT_EQ(imported.exitCode, 2) << imported.errText().toStdString();
    EXPECT_TRUE(imported.errText().contains(QStringLiteral("row 1")))
        << imported.errText().toStdString();
    EXPECT_TRUE(imported.errText().contains(QStringLiteral("cannot be imported")))
        << imported.errText().toStdString();

    const QString zip = m_dir.filePath(QStringLiteral("case.zip"));
    const RunResult notEncrypted = run({QStringLiteral("export"),
                                        QStringLiteral("--case"),
                                        m_case.caseCode,
                                        QStringLiteral("--full"),
                                        QStringLiteral("-o"),
                                        zip});
    EXPECT_EQ(notEncrypted.exitCode, 2);
    EXPECT_FALSE(QFile::exists(zip));
    const RunResult zipped = run({QStringLiteral("export"),
                                  QStringLiteral("--case"),
                                  m_case.caseCode,
                                  QStringLiteral("--full"),
                                  QStringLiteral("--zip"),
                                  QStringLiteral("--with-attachments"),
                                  QStringLiteral("-o"),
                                  zip});
    ASSERT_EQ(zipped.exitCode, 0) << zipped.errText().toStdString();
    EXPECT_TRUE(zipped.errText().contains(QStringLiteral("2 attachment files")))
        << zipped.errText().toStdString();
    const auto manifest = readZipEntry(zip, QStringLiteral("manifest.csv"));
    ASSERT_TRUE(manifest.has_value());
    EXPECT_TRUE(manifest->contains(sha256Hex(m_case.bytes[0]).toLatin1()));
    const QString name = QStringLiteral("attachments/identification_decision-20240403-%1.pdf")
                             .arg(m_case.attachments[0].meta.uuid.left(8));
    const auto bytes = readZipEntry(zip, name);
    ASSERT_TRUE(bytes.has_value());
    EXPECT_TRUE(*bytes == m_case.bytes[0]);
}

} // namespace
} // namespace sr::test
