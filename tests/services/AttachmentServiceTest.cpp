// Attachments through their service (services/AttachmentService.h, docs/attachments.md): a
// worker attaches a scan to a reception and opens it again, each act audited; a bad file, a bad
// description or a record of another case changes nothing; saving a copy needs its own
// permission and is audited only once the file is written; archiving keeps the bytes;
// record-level access applies.
#include "services/AttachmentService.h"

#include "CaseWorkTeams.h"
#include "ServiceTestSupport.h"
#include "services/CaseService.h"
#include "storage/AttachmentRepository.h"
#include "support/TestServer.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QImage>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

/** A small real PNG (the service checks files by their content). */
QByteArray pngBytes(int side = 40)
{
    QImage image(side, side, QImage::Format_RGB32);
    image.fill(QColor(200, 30, 30));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(image.save(&buffer, "PNG"));
    return bytes;
}

class AttachmentServiceTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        auto loaded = CaseService(f.db.db()).loadCase(f.admin, f.caseA);
        ASSERT_TRUE(loaded.ok());
        receptionId = loaded->receptions.first().reception.meta.id;
        supportId = loaded->receptions.first().supports.first().meta.id;
    }

    Attachment decision() const
    {
        Attachment a;
        a.personId = f.caseA;
        a.receptionId = receptionId;
        a.documentType = QStringLiteral("identification_decision");
        a.documentDate = QDate(2025, 3, 5);
        a.fileName = QStringLiteral("quyet-dinh.png");
        return a;
    }

    qint64 audits(const QString &action, const QString &entity = QStringLiteral("attachment"))
    {
        return test::countRows(
            f.db.db(),
            QStringLiteral("audit_log"),
            QStringLiteral("action = '%1' AND entity = '%2'").arg(action, entity));
    }

    qint64 stored() { return test::countRows(f.db.db(), QStringLiteral("attachment")); }
    qint64 chunks() { return test::countRows(f.db.db(), QStringLiteral("attachment_chunk")); }

    test::CaseWorkTeams f;
    qint64 receptionId = 0;
    qint64 supportId = 0;
};

TEST_F(AttachmentServiceTest, AWorkerAttachesAScanAndOpensItAgainEachActAudited)
{
    const QByteArray png = pngBytes();
    AttachmentService service(f.db.db());
    auto attached = service.attachBytes(f.workerA, decision(), png);
    ASSERT_TRUE(attached.ok()) << attached.error().detail.toStdString();
    EXPECT_EQ(attached->mediaType, QStringLiteral("image/png"));
    EXPECT_EQ(attached->sizeBytes, png.size());
    EXPECT_EQ(
        attached->sha256,
        QString::fromLatin1(QCryptographicHash::hash(png, QCryptographicHash::Sha256).toHex()));
    EXPECT_EQ(attached->meta.createdBy, f.workerA.userName);
    EXPECT_EQ(audits(QStringLiteral("create")), 1);

    auto listed = service.list(f.workerA, f.caseA);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 1);
    EXPECT_EQ(listed->first().receptionId, receptionId);

    auto opened = service.open(f.workerA, attached->meta.id);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    EXPECT_EQ(opened->bytes, png);
    EXPECT_EQ(opened->attachment.fileName, QStringLiteral("quyet-dinh.png"));
    ASSERT_EQ(audits(QStringLiteral("open")), 1);
    QSqlQuery query(f.db->connection());
    ASSERT_TRUE(query.exec(
        QStringLiteral("SELECT actor, entity_id, changes FROM audit_log WHERE action = 'open' "
                       "AND entity = 'attachment'")));
    ASSERT_TRUE(query.next());
    EXPECT_EQ(query.value(0).toString(), f.workerA.userName);
    EXPECT_EQ(query.value(1).toLongLong(), attached->meta.id);
    const QJsonObject details =
        QJsonDocument::fromJson(query.value(2).toString().toUtf8()).object();
    EXPECT_EQ(details.value(QStringLiteral("person_id")).toInteger(), f.caseA);
    // The audit row says which paper, never what it is called or holds.
    EXPECT_FALSE(query.value(2).toString().contains(QStringLiteral("quyet-dinh")));
}

TEST_F(AttachmentServiceTest, AFileOfTheWrongKindIsRefusedAndNothingIsStored)
{
    AttachmentService service(f.db.db());
    const QByteArray text = QByteArrayLiteral("Họ và tên: ... this is not a scan\n");
    auto refused = service.attachBytes(f.workerA, decision(), text);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.error().reason, ErrorReason::AttachmentWrongType);
    EXPECT_EQ(stored(), 0);
    EXPECT_EQ(chunks(), 0);
    EXPECT_EQ(audits(QStringLiteral("create")), 0);
}

TEST_F(AttachmentServiceTest, ABadDescriptionIsRefusedFieldByField)
{
    AttachmentService service(f.db.db());
    Attachment bad = decision();
    bad.documentType = QStringLiteral("no_such_type");
    bad.documentDate = QDate(2031, 1, 1);
    auto refused = service.attachBytes(f.workerA, bad, pngBytes());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    const FieldErrors expected{{QStringLiteral("document_type"), ValidationCode::NotAChoice},
                               {QStringLiteral("document_date"), ValidationCode::InFuture}};
    EXPECT_EQ(refused.fieldErrors(), expected);
    EXPECT_EQ(stored(), 0);
}

TEST_F(AttachmentServiceTest, ARecordOfAnotherCaseIsRefused)
{
    AttachmentService service(f.db.db());
    auto other = CaseService(f.db.db()).loadCase(f.admin, f.caseB);
    ASSERT_TRUE(other.ok());
    Attachment wrong = decision();
    wrong.receptionId.reset();
    wrong.supportId = other->receptions.first().supports.first().meta.id;
    auto refused = service.attachBytes(f.admin, wrong, pngBytes());
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::NotFound);
    EXPECT_EQ(stored(), 0);

    Attachment ownSupport = decision();
    ownSupport.receptionId.reset();
    ownSupport.supportId = supportId;
    ownSupport.documentType = QStringLiteral("support_receipt");
    EXPECT_TRUE(service.attachBytes(f.admin, ownSupport, pngBytes()).ok());
}

TEST_F(AttachmentServiceTest, SavingACopyNeedsItsOwnPermissionAndIsAuditedOnceWritten)
{
    AttachmentService service(f.db.db());
    const QByteArray png = pngBytes();
    auto attached = service.attachBytes(f.workerA, decision(), png);
    ASSERT_TRUE(attached.ok());

    const QString copy = f.db.filePath(QStringLiteral("copy.png"));
    auto refused = service.saveCopy(f.workerA, attached->meta.id, copy);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(refused.error().detail, QStringLiteral("save_attachment_copy"));
    EXPECT_FALSE(QFile::exists(copy));
    EXPECT_EQ(test::countRows(f.db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'denied' AND changes LIKE "
                                             "'%save_attachment_copy%'")),
              1);

    auto saved = service.saveCopy(f.managerA, attached->meta.id, copy);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    QFile file(copy);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.readAll(), png);
    EXPECT_EQ(audits(QStringLiteral("save_copy")), 1);

    // Never onto the open database, and a refused write is not audited as done.
    if (!test::onServer()) {
        auto onDatabase = service.saveCopy(f.managerA, attached->meta.id, f.db->path());
        ASSERT_FALSE(onDatabase.ok());
        EXPECT_EQ(onDatabase.error().code, ErrorCode::ProtectedFile);
    }
    auto noFolder = service.saveCopy(
        f.managerA, attached->meta.id, f.db.filePath(QStringLiteral("missing/copy.png")));
    ASSERT_FALSE(noFolder.ok());
    EXPECT_EQ(audits(QStringLiteral("save_copy")), 1);
}

TEST_F(AttachmentServiceTest, ArchivingKeepsTheBytesAndNeedsAReason)
{
    AttachmentService service(f.db.db());
    auto attached = service.attachBytes(f.workerA, decision(), pngBytes());
    ASSERT_TRUE(attached.ok());
    EXPECT_FALSE(
        service.archive(f.workerA, attached->meta.id, attached->meta.version, QStringLiteral("  "))
            .ok());
    ASSERT_TRUE(service
                    .archive(f.workerA,
                             attached->meta.id,
                             attached->meta.version,
                             QStringLiteral("Attached to the wrong case"))
                    .ok());
    auto active = service.list(f.workerA, f.caseA);
    ASSERT_TRUE(active.ok());
    EXPECT_TRUE(active->isEmpty());
    auto all = service.list(f.workerA, f.caseA, ArchiveFilter::IncludeArchived);
    ASSERT_TRUE(all.ok());
    ASSERT_EQ(all->size(), 1);
    EXPECT_TRUE(all->first().meta.archived);
    EXPECT_EQ(chunks(), 1);
    EXPECT_TRUE(service.open(f.workerA, attached->meta.id).ok());
}

TEST_F(AttachmentServiceTest, RecordLevelAccessKeepsOtherWorkersOut)
{
    AttachmentService service(f.db.db());
    auto attached = service.attachBytes(f.workerA, decision(), pngBytes());
    ASSERT_TRUE(attached.ok());
    f.setRecordLevelAccess(true);
    EXPECT_EQ(service.list(f.workerB, f.caseA).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(service.open(f.workerB, attached->meta.id).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(service.attachBytes(f.workerB, decision(), pngBytes()).error().code,
              ErrorCode::PermissionDenied);
    EXPECT_EQ(audits(QStringLiteral("open")), 0);
    EXPECT_TRUE(service.open(f.workerA, attached->meta.id).ok());
    EXPECT_EQ(stored(), 1);
}

TEST_F(AttachmentServiceTest, AFileIsReadFromItsPathAndAMissingOneIsNamed)
{
    AttachmentService service(f.db.db());
    const QString path = f.db.filePath(QStringLiteral("scan.png"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(pngBytes());
    }
    Attachment unnamed = decision();
    unnamed.fileName.clear();
    auto attached = service.attachFile(f.workerA, unnamed, path);
    ASSERT_TRUE(attached.ok()) << attached.error().detail.toStdString();
    EXPECT_EQ(attached->fileName, QStringLiteral("scan.png"));

    const QString missing = f.db.filePath(QStringLiteral("nowhere.png"));
    auto refused = service.attachFile(f.workerA, unnamed, missing);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().path, missing);
    EXPECT_EQ(stored(), 1);
}

} // namespace
} // namespace sr::services
