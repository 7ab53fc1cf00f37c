#include "CaseZipExport.h"

#include "CaseAccess.h"
#include "ExportService.h"
#include "Permissions.h"
#include "domain/IsoText.h"
#include "domain/Period.h"
#include "exchange/CsvWriter.h"
#include "exchange/ZipWriter.h"
#include "storage/AttachmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ExportQueries.h"
#include "storage/OutputFile.h"

#include <QBuffer>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sr::services {

using exchange::ExchangeTable;

namespace {

/** Every date a record can carry: the case ZIP holds all of the case. */
domain::Period wholeTime()
{
    return *domain::Period::custom(QDate(1900, 1, 1), QDate(9999, 12, 31));
}

QString extensionOf(const QString &mediaType)
{
    if (mediaType == QLatin1String("application/pdf"))
        return QStringLiteral("pdf");
    if (mediaType == QLatin1String("image/jpeg"))
        return QStringLiteral("jpg");
    if (mediaType == QLatin1String("image/png"))
        return QStringLiteral("png");
    return QStringLiteral("bin");
}

} // namespace

CaseZipExport::CaseZipExport(storage::Database &db)
    : m_db(db)
{}

QString CaseZipExport::entryName(const domain::Attachment &attachment)
{
    // Type code, the paper's date and the first 8 hex digits of the uuid: tells the files apart
    // and sorts them without the file name the user gave (which may hold a name).
    const QString date = attachment.documentDate.isValid()
                             ? attachment.documentDate.toString(QStringLiteral("yyyyMMdd"))
                             : QStringLiteral("nodate");
    return QStringLiteral("attachments/%1-%2-%3.%4")
        .arg(attachment.documentType,
             date,
             attachment.meta.uuid.left(8),
             extensionOf(attachment.mediaType));
}

Result<CaseZipSummary> CaseZipExport::exportCase(const CaseZipRequest &request,
                                                 const domain::Actor &actor,
                                                 const QByteArray &passphrase)
{
    if (QString::fromUtf8(passphrase).size() < exchange::zip::minimumPassphraseLength)
        return Error{ErrorCode::InvalidInput, QStringLiteral("case zip: passphrase too short")};
    if (auto r = require(m_db, actor, Permission::ExportFull); !r)
        return r.error();
    if (request.withAttachments) {
        if (auto r = require(m_db, actor, Permission::SaveAttachmentCopy); !r)
            return r.error();
    }
    auto personId = storage::ExportQueries(m_db).personIdByCaseCode(request.caseCode);
    if (!personId)
        return personId.error();
    if (!*personId)
        return Error{ErrorCode::NotFound, QStringLiteral("case zip: no such case")};
    if (auto r = CaseAccess::requireCase(m_db, actor, **personId); !r)
        return r.error();
    const QString zipPath = QFileInfo(request.filePath).absoluteFilePath();
    if (auto allowed = storage::checkOutputTarget(m_db, zipPath); !allowed)
        return allowed.error();

    // The case's CSVs, in memory: small (one person), and never on the disk in clear.
    CaseZipSummary summary;
    QList<exchange::zip::MemoryEntry> entries;
    ExportService exporter(m_db);
    const struct
    {
        ExchangeTable table;
        const char *name;
        qint64 *rows;
    } tables[] = {{ExchangeTable::Receptions, "receptions.csv", &summary.receptions},
                  {ExchangeTable::Supports, "supports.csv", &summary.supports},
                  {ExchangeTable::Attachments, "attachments.csv", &summary.attachments}};
    for (const auto &t : tables) {
        ExportRequest csv;
        csv.period = wholeTime();
        csv.table = t.table;
        csv.mode = exchange::ExportMode::Full;
        csv.caseCode = request.caseCode;
        QBuffer buffer;
        buffer.open(QIODevice::WriteOnly);
        auto written = exporter.writeCaseCsv(csv, actor, buffer);
        if (!written)
            return written.error();
        *t.rows = written->rows;
        entries.append(exchange::zip::MemoryEntry{
            QString::fromLatin1(t.name),
            [bytes = buffer.data()]() -> Result<QByteArray> { return bytes; }});
    }

    if (request.withAttachments) {
        auto listed = storage::AttachmentRepository(m_db).listForPerson(**personId);
        if (!listed)
            return listed.error();
        QBuffer manifest;
        manifest.open(QIODevice::WriteOnly);
        exchange::CsvWriter lines(&manifest);
        lines.writeRow({QStringLiteral("file"),
                        QStringLiteral("sha256"),
                        QStringLiteral("size_bytes"),
                        QStringLiteral("attachment_uuid")});
        for (const domain::Attachment &attachment : std::as_const(*listed)) {
            const QString name = entryName(attachment);
            lines.writeRow({name,
                            attachment.sha256,
                            QString::number(attachment.sizeBytes),
                            attachment.meta.uuid});
            // Read (and checked against its SHA-256) only when libzip takes this entry.
            entries.append(exchange::zip::MemoryEntry{
                name, [this, attachment]() {
                    return storage::AttachmentRepository(m_db).content(attachment);
                }});
        }
        if (auto finished = lines.finish(); !finished)
            return finished.error();
        summary.files = listed->size();
        entries.append(exchange::zip::MemoryEntry{
            QStringLiteral("manifest.csv"),
            [bytes = manifest.data()]() -> Result<QByteArray> { return bytes; }});
    }

    if (auto r = exchange::zip::writeEncryptedEntries(zipPath, entries, passphrase); !r)
        return r.error();

    // The audit row describes the archive now on the disk; without it the archive goes.
    storage::Transaction transaction(m_db);
    const auto removeArchive = [&zipPath](const Error &error) {
        QFile::remove(zipPath);
        return error;
    };
    if (!transaction.isActive())
        return removeArchive(transaction.error());
    // No file name: the name a user gives one case's archive often names the person.
    const QJsonObject details{{QStringLiteral("encryption"), QStringLiteral("aes256")},
                              {QStringLiteral("receptions"), summary.receptions},
                              {QStringLiteral("supports"), summary.supports},
                              {QStringLiteral("attachments_listed"), summary.attachments},
                              {QStringLiteral("attachment_files"), summary.files}};
    if (auto r = storage::AuditLog(m_db).append(actor,
                                                QStringLiteral("export_case_zip"),
                                                QStringLiteral("person"),
                                                **personId,
                                                details);
        !r)
        return removeArchive(r.error());
    if (auto r = transaction.commit(); !r)
        return removeArchive(r.error());
    spdlog::info("export: case ZIP written ({} attachment files)", summary.files);
    summary.filePath = zipPath;
    summary.bytes = QFileInfo(zipPath).size();
    return summary;
}

} // namespace sr::services
