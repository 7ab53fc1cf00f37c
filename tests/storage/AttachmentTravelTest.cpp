// Attachments in the maintenance of a database: `check` reads every attachment's chunks back
// and finds a damaged one by its id only; the copy of a database file to a server
// (storage/DatabaseCopy.h, `server migrate`) carries the attachment types, the descriptions and
// every chunk, ids kept, and the server gives the same bytes back.
#include "StorageTestData.h"
#include "storage/DatabaseCopy.h"
#include "storage/Maintenance.h"
#include "storage/ReferenceRepository.h"
#include "support/AttachmentFixture.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QSqlQuery>
#include <QTemporaryDir>

#include <gtest/gtest.h>

using namespace sr::storage;
using namespace sr::test;

namespace {

bool execute(Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    return query.exec(statement);
}

/** Changes one byte of chunk @a seq of attachment @a id, the no-update guard dropped first. */
void damageChunk(Database &db, qint64 id, int seq)
{
    if (onServer())
        ASSERT_TRUE(execute(
            db, QStringLiteral("DROP TRIGGER attachment_chunk_no_update ON attachment_chunk")));
    else
        ASSERT_TRUE(execute(db, QStringLiteral("DROP TRIGGER attachment_chunk_no_update")));
    const QString where = QStringLiteral(" WHERE attachment_id = %1 AND seq = %2").arg(id).arg(seq);
    const QString damage =
        onServer() ? QStringLiteral("UPDATE attachment_chunk SET data = "
                                    "overlay(data placing '\\x00'::bytea from 10 for 1)")
                   : QStringLiteral("UPDATE attachment_chunk SET data = "
                                    "substr(data, 1, 9) || x'ff' || substr(data, 11)");
    ASSERT_TRUE(execute(db, damage + where));
}

class AttachmentTravelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(makeAttachedCase(temp.db(), testActor(), attached));
    }

    TempDatabase temp;
    AttachedCase attached;
};

} // namespace

TEST_F(AttachmentTravelTest, CheckReadsEveryAttachmentBack)
{
    auto report = maintenance::check(temp.db());
    ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
    EXPECT_TRUE(report->ok());
    EXPECT_EQ(report->attachmentsChecked, 3); // the archived one too
    EXPECT_TRUE(report->damagedAttachments.isEmpty());
    bool countedChunks = false;
    for (const auto &[table, rows] : report->counts) {
        if (table == QLatin1String("attachment_chunk")) {
            countedChunks = true;
            EXPECT_EQ(rows, 5); // 3 + 1 + 1
        }
    }
    EXPECT_TRUE(countedChunks);
}

TEST_F(AttachmentTravelTest, CheckFindsADamagedChunkAndNamesTheAttachmentByIdOnly)
{
    const qint64 big = attached.attachments.at(0).meta.id;
    ASSERT_NO_FATAL_FAILURE(damageChunk(temp.db(), big, 1)); // the middle chunk
    auto report = maintenance::check(temp.db());
    ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
    EXPECT_FALSE(report->ok());
    EXPECT_EQ(report->attachmentsChecked, 3);
    EXPECT_EQ(report->damagedAttachments, QList<qint64>{big});
    // Integrity as the engine sees it is fine: only the hash tells.
    EXPECT_TRUE(report->integrityOk);
    const QString problems = report->problems.join(u'\n');
    EXPECT_TRUE(problems.contains(QStringLiteral("attachment %1").arg(big)))
        << problems.toStdString();
    EXPECT_FALSE(problems.contains(QStringLiteral("quyet-dinh")));
    EXPECT_FALSE(problems.contains(QStringLiteral("Đính")));
}

TEST_F(AttachmentTravelTest, CheckFindsAMissingChunk)
{
    const qint64 big = attached.attachments.at(0).meta.id;
    if (onServer())
        ASSERT_TRUE(
            execute(temp.db(),
                    QStringLiteral("DROP TRIGGER attachment_chunk_no_delete ON attachment_chunk")));
    else
        ASSERT_TRUE(execute(temp.db(), QStringLiteral("DROP TRIGGER attachment_chunk_no_delete")));
    ASSERT_TRUE(execute(temp.db(),
                        QStringLiteral("DELETE FROM attachment_chunk WHERE attachment_id = %1 "
                                       "AND seq = 2")
                            .arg(big)));
    auto checked = maintenance::checkAttachments(temp.db());
    ASSERT_TRUE(checked.ok());
    EXPECT_EQ(checked->damaged, QList<qint64>{big});
}

TEST_F(AttachmentTravelTest, ServerCopyCarriesEveryAttachmentIdsKept)
{
    SR_SKIP_ON_SERVER("the copy goes from a database file to a server");
    if (serverAdminLocation().isEmpty())
        GTEST_SKIP() << "no test server (SAFERETURN_TEST_SERVER is not set)";
    // An entry added to the attachment types by an administrator travels too.
    ASSERT_TRUE(execute(
        temp.db(),
        QStringLiteral("INSERT INTO attachment_type (uuid, code, name_vi, name_en, sort_order, "
                       "created_at, created_by, updated_at, updated_by) VALUES "
                       "('3d7f0b0c-2f52-4d0c-9e69-2a8f4f1b9a01', 'court_paper', 'Giấy tòa án', "
                       "'Court paper', 90, '2024-01-01T00:00:00Z', 'admin', "
                       "'2024-01-01T00:00:00Z', 'admin')")));
    const QString server = createServerDatabase();
    ASSERT_FALSE(server.isEmpty());
    {
        auto target = Database::open(server);
        ASSERT_TRUE(target.ok()) << target.error().detail.toStdString();
        auto copied = copyDatabase(temp.db(), **target);
        ASSERT_TRUE(copied.ok()) << copied.error().detail.toStdString();
        auto counts = compareRowCounts(temp.db(), **target);
        ASSERT_TRUE(counts.ok());
        QStringList tables;
        for (const TableRows &rows : *counts) {
            tables << rows.table;
            EXPECT_EQ(rows.source, rows.target) << rows.table.toStdString();
        }
        EXPECT_TRUE(tables.contains(QStringLiteral("attachment_chunk")));
        EXPECT_TRUE(tables.contains(QStringLiteral("attachment_type")));
        expectAttachmentsIn(**target, attached);
        auto checked = maintenance::checkAttachments(**target);
        ASSERT_TRUE(checked.ok());
        EXPECT_EQ(checked->checked, 3);
        EXPECT_TRUE(checked->damaged.isEmpty());
        auto types = ReferenceRepository(**target).attachmentTypes();
        ASSERT_TRUE(types.ok());
        EXPECT_EQ(types->size(), 9);
        // A new attachment on the server takes an id after the copied ones.
        AttachmentRepository repo(**target);
        sr::domain::Attachment more = attached.attachments.at(2);
        more.meta = {};
        auto added = repo.insertWithContent(more, patternedBytes(10), testActor());
        ASSERT_TRUE(added.ok()) << added.error().detail.toStdString();
        EXPECT_GT(added->meta.id, attached.attachments.last().meta.id);
    }
    dropServerDatabase(server);
}
