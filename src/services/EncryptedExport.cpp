#include "EncryptedExport.h"

#include "CommitResult.h"
#include "domain/FileErrors.h"
#include "exchange/ZipWriter.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"
#include "storage/PrivateFolder.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sr::services {

EncryptedExport::EncryptedExport(storage::Database &db)
    : m_db(db)
{}

QString EncryptedExport::entryName(const QString &zipPath, ExportFormat format)
{
    return QFileInfo(zipPath).completeBaseName() + QLatin1Char('.') + formatCode(format);
}

Result<ExportSummary> EncryptedExport::exportZip(const ExportRequest &request,
                                                 const domain::Actor &actor,
                                                 const QByteArray &passphrase,
                                                 const ProgressCallback &progress,
                                                 const std::atomic_bool *cancel)
{
    if (QString::fromUtf8(passphrase).size() < exchange::zip::minimumPassphraseLength)
        return Error{ErrorCode::InvalidInput, QStringLiteral("zip export: passphrase too short")};
    const QString zipPath = QFileInfo(request.filePath).absoluteFilePath();
    // Refused before anything is written: the archive must not replace the database.
    if (auto allowed = storage::checkOutputTarget(m_db, zipPath); !allowed)
        return allowed.error();
    // The plain CSV lives only in a private folder beside the database (never beside the
    // target, which may be a USB stick), under the name it gets inside the archive; a killed
    // export leaves it to the next start, which removes it (storage/PrivateFolder.h).
    const storage::PrivateFolder folder(m_db.path());
    if (!folder.isValid())
        return fileError(ErrorCode::Io,
                         QFileInfo(m_db.path()).absolutePath(),
                         whyNotWritable(m_db.path()),
                         QStringLiteral("zip export: cannot create a private folder"));

    ExportRequest plain = request;
    plain.filePath = folder.filePath(entryName(zipPath, request.format));
    ExportService exporter(m_db);
    auto written = exporter.writeUnaudited(plain, actor, progress, cancel);
    if (!written)
        return written.error();
    if (auto r = exchange::zip::writeEncrypted(
            zipPath, entryName(zipPath, request.format), plain.filePath, passphrase);
        !r)
        return r.error();

    // Both audit rows describe the archive that is now on the disk, and commit together; if they
    // cannot be committed, the archive is removed again (nothing unaudited leaves the program).
    storage::Transaction transaction(m_db);
    const auto removeArchive = [&zipPath](const Error &error) {
        QFile::remove(zipPath);
        return error;
    };
    if (!transaction.isActive())
        return removeArchive(transaction.error());
    if (auto r =
            exporter.auditExport(actor, request, written->rows, entryName(zipPath, request.format));
        !r)
        return removeArchive(r.error());
    const QJsonObject details{{QStringLiteral("file"), QFileInfo(zipPath).fileName()},
                              {QStringLiteral("entry"), entryName(zipPath, request.format)},
                              {QStringLiteral("encryption"), QStringLiteral("aes256")},
                              {QStringLiteral("rows"), written->rows}};
    if (auto r = appendAuditRow(m_db, actor, QStringLiteral("export_zip"), details); !r)
        return removeArchive(r.error());
    if (auto r = transaction.commit(); !r)
        return removeArchive(r.error());
    spdlog::info("export: {} rows written as an encrypted ZIP", written->rows);
    ExportSummary summary = *written;
    summary.filePath = zipPath;
    summary.bytes = QFileInfo(zipPath).size();
    return summary;
}

} // namespace sr::services
