#include "EncryptedExport.h"

#include "AuditService.h"
#include "exchange/ZipWriter.h"
#include "storage/Database.h"

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

QString EncryptedExport::entryName(const QString &zipPath)
{
    return QFileInfo(zipPath).completeBaseName() + QStringLiteral(".csv");
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
    // The plain CSV lives only in an owner-only folder beside the database (never beside the
    // target, which may be a USB stick), under the name it gets inside the archive.
    const QString folder = QStringLiteral("%1/export-tmp-%2")
                               .arg(QFileInfo(m_db.path()).absolutePath())
                               .arg(QCoreApplication::applicationPid());
    QDir(folder).removeRecursively();
    if (!QDir().mkpath(folder))
        return Error{ErrorCode::Io, QStringLiteral("zip export: cannot create a temporary folder")};
    QFile::setPermissions(folder, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    struct RemoveFolder
    {
        QString path;
        ~RemoveFolder() { QDir(path).removeRecursively(); }
    } removeFolder{folder};

    ExportRequest plain = request;
    plain.filePath = folder + u'/' + entryName(zipPath);
    auto written = ExportService(m_db).exportTable(plain, actor, progress, cancel);
    if (!written)
        return written.error();
    if (auto r =
            exchange::zip::writeEncrypted(zipPath, entryName(zipPath), plain.filePath, passphrase);
        !r)
        return r.error();

    QJsonObject details{{QStringLiteral("file"), QFileInfo(zipPath).fileName()},
                        {QStringLiteral("entry"), entryName(zipPath)},
                        {QStringLiteral("encryption"), QStringLiteral("aes256")},
                        {QStringLiteral("rows"), written->rows}};
    if (auto r = AuditService(m_db).record(actor, QStringLiteral("export_zip"), details); !r)
        return r.error();
    spdlog::info("export: {} rows written as an encrypted ZIP", written->rows);
    ExportSummary summary = *written;
    summary.filePath = zipPath;
    summary.bytes = QFileInfo(zipPath).size();
    return summary;
}

} // namespace sr::services
