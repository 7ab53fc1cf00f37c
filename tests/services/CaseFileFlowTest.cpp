// The case file from end to end (docs/attachments.md, docs/report-layout.md "Case documents"):
// a worker attaches the scanned identification decision and a photo to a reception, sees them
// in the case, opens one, prints the case file (which lists them) and the reception minutes;
// a damaged scan is refused; an administrator finds each of those acts in the audit log under
// the case's code; a backup carries the attachments byte for byte.
#include "CaseWorkTeams.h"
#include "ServiceTestSupport.h"
#include "services/AttachmentService.h"
#include "services/AuditService.h"
#include "services/CasePrintService.h"
#include "services/MaintenanceService.h"
#include "storage/AttachmentRepository.h"
#include "support/TestServer.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QPainter>
#include <QPdfWriter>
#include <QProcess>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

/** A one-page PDF as a scanner makes it: a picture of the paper. */
QByteArray scannedPdf()
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setResolution(150);
    QImage scan(600, 840, QImage::Format_Grayscale8);
    scan.fill(235);
    QPainter painter(&writer);
    painter.drawImage(QRect(0, 0, writer.width(), writer.height()), scan);
    painter.end();
    return bytes;
}

QByteArray photoJpeg()
{
    QImage photo(320, 240, QImage::Format_RGB32);
    photo.fill(QColor(90, 140, 200));
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    EXPECT_TRUE(photo.save(&buffer, "JPEG"));
    return bytes;
}

QString pdfText(const QString &path)
{
    QProcess pdftotext;
    pdftotext.start(QStringLiteral("pdftotext"),
                    {QStringLiteral("-layout"), path, QStringLiteral("-")});
    EXPECT_TRUE(pdftotext.waitForFinished(30000));
    EXPECT_EQ(pdftotext.exitCode(), 0);
    return QString::fromUtf8(pdftotext.readAllStandardOutput()).replace(QChar(0x00a0), u' ');
}

TEST(CaseFileFlowTest, AttachSeePrintAuditAndBackUp)
{
    test::CaseWorkTeams f;
    CaseService cases(f.db.db());
    auto loaded = cases.loadCase(f.workerA, f.caseA);
    ASSERT_TRUE(loaded.ok());
    const qint64 receptionId = loaded->receptions.first().reception.meta.id;
    const QString caseCode = loaded->person.caseCode;

    // Attach the scanned decision and a photo to the reception.
    AttachmentService attachments(f.db.db());
    Attachment decision;
    decision.personId = f.caseA;
    decision.receptionId = receptionId;
    decision.documentType = QStringLiteral("identification_decision");
    decision.documentDate = QDate(2025, 3, 4);
    decision.fileName = QStringLiteral("quyet-dinh-xac-dinh.pdf");
    const QByteArray pdf = scannedPdf();
    auto scanned = attachments.attachBytes(f.workerA, decision, pdf);
    ASSERT_TRUE(scanned.ok()) << scanned.error().detail.toStdString();
    EXPECT_EQ(scanned->mediaType, QStringLiteral("application/pdf"));
    Attachment photo = decision;
    photo.documentType = QStringLiteral("photo");
    photo.fileName = QStringLiteral("anh-tiep-nhan.jpg");
    const QByteArray jpeg = photoJpeg();
    auto photographed = attachments.attachBytes(f.workerA, photo, jpeg);
    ASSERT_TRUE(photographed.ok()) << photographed.error().detail.toStdString();

    // A scan cut short while copying is refused, and nothing is stored.
    auto cut = attachments.attachBytes(f.workerA, decision, pdf.left(pdf.size() / 2));
    ASSERT_FALSE(cut.ok());
    EXPECT_EQ(cut.error().reason, ErrorReason::AttachmentPdfTruncated);

    // The worker sees them in the case and opens the decision.
    auto listed = attachments.list(f.workerA, f.caseA);
    ASSERT_TRUE(listed.ok());
    ASSERT_EQ(listed->size(), 2);
    auto opened = attachments.open(f.workerA, scanned->meta.id);
    ASSERT_TRUE(opened.ok());
    EXPECT_EQ(opened->bytes, pdf);

    // The case file lists them; the reception minutes are printed too.
    CasePrintService printing(f.db.db());
    auto dossier = printing.dossier(f.workerA, f.caseA);
    ASSERT_TRUE(dossier.ok()) << dossier.error().detail.toStdString();
    ASSERT_EQ(dossier->attachments.size(), 2);
    const QString caseFile = f.db.filePath(QStringLiteral("ho-so.pdf"));
    ASSERT_TRUE(printing
                    .writePdf(f.workerA,
                              *dossier,
                              reports::CaseDocument::CaseFile,
                              std::nullopt,
                              reports::Language::Vietnamese,
                              caseFile)
                    .ok());
    const QString text = pdfText(caseFile);
    // The type's label wraps in its column: its first words are on the row.
    EXPECT_TRUE(text.contains(QStringLiteral("Quyết định xác"))) << text.toStdString();
    EXPECT_TRUE(text.contains(QStringLiteral("quyet-dinh-xac-dinh.pdf")));
    EXPECT_TRUE(text.contains(QStringLiteral("anh-tiep-nhan.jpg")));
    const QString minutes = f.db.filePath(QStringLiteral("bien-ban.pdf"));
    ASSERT_TRUE(printing
                    .writePdf(f.workerA,
                              *dossier,
                              reports::CaseDocument::ReceptionMinutes,
                              0,
                              reports::Language::Vietnamese,
                              minutes)
                    .ok());
    EXPECT_TRUE(pdfText(minutes).contains(QStringLiteral("BIÊN BẢN")));

    // The administrator finds every act under the case's code, each by the worker.
    AuditFilter filter;
    filter.caseCode = caseCode;
    filter.actor = f.workerA.userName;
    auto audit = AuditService(f.db.db()).find(f.admin, filter, 0);
    ASSERT_TRUE(audit.ok()) << audit.error().detail.toStdString();
    QStringList acts;
    for (const AuditEntry &row : *audit) {
        if (row.entity == QLatin1String("attachment") || row.action == QLatin1String("print"))
            acts << row.action + QLatin1Char(':') + row.entity + QLatin1Char(':')
                        + row.changes.value(QStringLiteral("document")).toString();
    }
    acts.sort();
    EXPECT_EQ(acts,
              (QStringList{QStringLiteral("create:attachment:"),
                           QStringLiteral("create:attachment:"),
                           QStringLiteral("open:attachment:"),
                           QStringLiteral("print:person:case_file"),
                           QStringLiteral("print:person:reception_minutes")}));

    // A backup holds the attachments byte for byte (a server is backed up with pg_dump).
    if (test::onServer())
        return;
    const QString backup = f.db.filePath(QStringLiteral("copy.backup"));
    ASSERT_TRUE(MaintenanceService(f.db.db()).backup(f.admin, backup).ok());
    auto copy = storage::Database::open(backup);
    ASSERT_TRUE(copy.ok());
    storage::AttachmentRepository stored(**copy);
    auto fromBackup = stored.listForPerson(f.caseA);
    ASSERT_TRUE(fromBackup.ok());
    ASSERT_EQ(fromBackup->size(), 2);
    EXPECT_EQ(stored.content(fromBackup->at(0)).value(), pdf);
    EXPECT_EQ(stored.content(fromBackup->at(1)).value(), jpeg);
}

} // namespace
} // namespace sr::services
