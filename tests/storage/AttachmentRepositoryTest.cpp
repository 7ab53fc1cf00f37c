// Attachments in the database: description and chunks written together, bytes read back and
// checked against their SHA-256, never deleted or changed (resources/sql/*/0013_attachments.sql).
#include "storage/AttachmentRepository.h"

#include "StorageTestData.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QCryptographicHash>
#include <QJsonDocument>
#include <QSqlError>
#include <QSqlQuery>

#include <gtest/gtest.h>

using sr::ErrorCode;
using namespace sr::domain;
using namespace sr::storage;
using namespace sr::test;

namespace {

/** @a size bytes that differ from chunk to chunk (so a chunk out of order shows). */
QByteArray patterned(qsizetype size)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 4093) & 0xff);
    return bytes;
}

bool execute(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    return query.exec(statement);
}

class AttachmentRepositoryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto p =
            PersonRepository(temp.db()).insert(makePerson(QStringLiteral("A")), testActor(), 2023);
        ASSERT_TRUE(p.ok());
        personId = p->meta.id;
        auto r = ReceptionRepository(temp.db()).insert(makeReception(personId, QDate(2023, 4, 1)),
                                                       testActor());
        ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
        receptionId = r->meta.id;
    }

    Attachment described() const
    {
        Attachment a;
        a.personId = personId;
        a.receptionId = receptionId;
        a.documentType = QStringLiteral("identification_decision");
        a.documentDate = QDate(2023, 4, 3);
        a.note = QStringLiteral("bản chụp");
        a.fileName = QStringLiteral("quyet-dinh.pdf");
        a.mediaType = QStringLiteral("application/pdf");
        return a;
    }

    FixedClock clock{QDateTime(QDate(2024, 2, 1), QTime(10, 0), Qt::UTC)};
    TempDatabase temp;
    qint64 personId = 0;
    qint64 receptionId = 0;
};

} // namespace

TEST_F(AttachmentRepositoryTest, StoresTheBytesInChunksAndReadsThemBack)
{
    const QByteArray bytes = patterned(2 * AttachmentRepository::kChunkBytes + 12345);
    AttachmentRepository repo(temp.db());
    auto stored = repo.insertWithContent(described(), bytes, testActor());
    ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    EXPECT_EQ(stored->sizeBytes, bytes.size());
    EXPECT_EQ(
        stored->sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(count(temp.db(),
                    QStringLiteral("SELECT count(*) FROM attachment_chunk WHERE attachment_id = %1")
                        .arg(stored->meta.id)),
              3);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT max(length(data)) FROM attachment_chunk")),
              AttachmentRepository::kChunkBytes);

    auto loaded = repo.get(stored->meta.id);
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->fileName, QStringLiteral("quyet-dinh.pdf"));
    EXPECT_EQ(loaded->receptionId, receptionId);
    EXPECT_FALSE(loaded->supportId.has_value());
    EXPECT_EQ(loaded->documentDate, QDate(2023, 4, 3));
    auto content = repo.content(*loaded);
    ASSERT_TRUE(content.ok()) << content.error().detail.toStdString();
    EXPECT_EQ(*content, bytes);

    // The insert was audited, with the description and not the bytes.
    const QJsonObject changes = lastAuditChanges(
        temp.db(), QStringLiteral("attachment"), stored->meta.id, QStringLiteral("create"));
    EXPECT_FALSE(changes.isEmpty());
    EXPECT_FALSE(QJsonDocument(changes).toJson().contains("data"));

    auto listed = repo.listForPerson(personId);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().meta.id, stored->meta.id);
}

TEST_F(AttachmentRepositoryTest, ARetriedInsertKeepsOneCopyOfTheBytes)
{
    const QByteArray bytes = patterned(1000);
    AttachmentRepository repo(temp.db());
    Attachment a = described();
    a.meta.uuid = QStringLiteral("0b8a4d4e-3a56-4f57-9d7b-7f7e0a6a2b11");
    auto first = repo.insertWithContent(a, bytes, testActor());
    ASSERT_TRUE(first.ok()) << first.error().detail.toStdString();
    auto again = repo.insertWithContent(a, bytes, testActor());
    ASSERT_TRUE(again.ok()) << again.error().detail.toStdString();
    EXPECT_EQ(again->meta.id, first->meta.id);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM attachment")), 1);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM attachment_chunk")), 1);
}

TEST_F(AttachmentRepositoryTest, BytesAreNeverChangedOrDeletedAndDamageIsFound)
{
    AttachmentRepository repo(temp.db());
    auto stored = repo.insertWithContent(described(), patterned(5000), testActor());
    ASSERT_TRUE(stored.ok());
    EXPECT_FALSE(execute(temp.db(), QStringLiteral("UPDATE attachment_chunk SET seq = 1")));
    EXPECT_FALSE(execute(temp.db(), QStringLiteral("DELETE FROM attachment_chunk")));
    EXPECT_FALSE(execute(temp.db(), QStringLiteral("DELETE FROM attachment")));
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM attachment_chunk")), 1);

    // Someone with the engine's own shell drops the guard and changes a byte: reading it
    // back finds the damage instead of showing a different paper.
    if (onServer())
        ASSERT_TRUE(
            execute(temp.db(),
                    QStringLiteral("DROP TRIGGER attachment_chunk_no_update ON attachment_chunk")));
    else
        ASSERT_TRUE(execute(temp.db(), QStringLiteral("DROP TRIGGER attachment_chunk_no_update")));
    const QString damage =
        onServer() ? QStringLiteral("UPDATE attachment_chunk SET data = "
                                    "overlay(data placing '\\x00'::bytea from 10 for 1)")
                   : QStringLiteral("UPDATE attachment_chunk SET data = "
                                    "substr(data, 1, 9) || x'00' || substr(data, 11)");
    ASSERT_TRUE(execute(temp.db(), damage));
    auto content = repo.content(*stored);
    ASSERT_FALSE(content.ok());
    EXPECT_EQ(content.error().code, ErrorCode::Corrupt);
}

TEST_F(AttachmentRepositoryTest, RefusesUnknownTypesAndOversizedRows)
{
    AttachmentRepository repo(temp.db());
    Attachment unknown = described();
    unknown.documentType = QStringLiteral("no_such_type");
    EXPECT_FALSE(repo.insertWithContent(unknown, patterned(10), testActor()).ok());
    Attachment tooLarge = described();
    // The schema is the last line: a size over 20 MB cannot be stored whatever the caller says.
    EXPECT_FALSE(
        repo.insertWithContent(tooLarge, patterned(20 * 1024 * 1024 + 1), testActor()).ok());
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM attachment")), 0);
    EXPECT_EQ(count(temp.db(), QStringLiteral("SELECT count(*) FROM attachment_chunk")), 0);
}

TEST_F(AttachmentRepositoryTest, TheAttachmentTypesAreSeededOnEveryEngine)
{
    auto types = ReferenceRepository(temp.db()).attachmentTypes();
    ASSERT_TRUE(types.ok());
    QStringList codes;
    for (const AttachmentType &t : *types)
        codes << t.code;
    EXPECT_EQ(codes,
              QStringLiteral("identification_decision,reception_minutes,consent_form,"
                             "identity_paper,medical_record,support_receipt,photo,other")
                  .split(QLatin1Char(',')));
    EXPECT_EQ(types->first().nameVi, QStringLiteral("Quyết định xác định nạn nhân"));
}
