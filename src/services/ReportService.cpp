#include "ReportService.h"

#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/FileErrors.h"
#include "reports/ReportDocument.h"
#include "reports/ReportJson.h"
#include "reports/ReportPdf.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"
#include "storage/RecordCensus.h"
#include "storage/ReferenceRepository.h"
#include "storage/ReportQueries.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sr::services {

ReportService::ReportService(storage::Database &db)
    : m_db(db)
{}

std::optional<ReportService::Format> ReportService::formatFromCode(QStringView code)
{
    if (code.compare(QLatin1String("json"), Qt::CaseInsensitive) == 0)
        return Format::Json;
    if (code.compare(QLatin1String("html"), Qt::CaseInsensitive) == 0)
        return Format::Html;
    if (code.compare(QLatin1String("pdf"), Qt::CaseInsensitive) == 0)
        return Format::Pdf;
    if (code.compare(QLatin1String("odt"), Qt::CaseInsensitive) == 0)
        return Format::Odt;
    return std::nullopt;
}

QString ReportService::formatCode(Format format)
{
    switch (format) {
    case Format::Json:
        return QStringLiteral("json");
    case Format::Html:
        return QStringLiteral("html");
    case Format::Pdf:
        return QStringLiteral("pdf");
    case Format::Odt:
        return QStringLiteral("odt");
    }
    return {};
}

Result<domain::PeriodSummary> ReportService::summary(const domain::Actor &actor,
                                                     const domain::Period &period) const
{
    if (auto r = require(m_db, actor, Permission::ViewReports); !r)
        return r.error();
    if (!period.from().isValid() || !period.to().isValid() || period.to() < period.from())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("report: invalid period"));
    auto organisation = storage::ReferenceRepository(m_db).organisation();
    if (!organisation)
        return organisation.error();
    auto summary = storage::ReportQueries(m_db).summary(period, organisation->provinceCode);
    if (!summary)
        return summary.error();
    summary->issuer = *organisation;
    summary->issuedOn = domain::Clock::instance().now().toLocalTime().date();
    const Result<bool> demonstration = storage::holdsDemoData(m_db);
    if (!demonstration)
        return demonstration.error();
    summary->demonstration = *demonstration;
    return summary;
}

Result<void> ReportService::write(const domain::Actor &actor,
                                  const domain::PeriodSummary &summary,
                                  Format format,
                                  reports::Language language,
                                  const QString &filePath) const
{
    if (auto r = require(m_db, actor, Permission::ViewReports); !r)
        return r.error();
    if (filePath.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("report: no file name"));
    storage::OutputFile file(filePath);
    if (auto opened = file.open(m_db.path()); !opened)
        return opened.error();
    switch (format) {
    case Format::Json:
        file.device()->write(reports::reportToJsonBytes(summary));
        break;
    case Format::Html:
        file.device()->write(
            reports::reportHtml(summary, language, reports::ChartImage::Embedded).toUtf8());
        break;
    case Format::Pdf:
        if (auto written = reports::writeReportPdf(summary, language, file.device()); !written) {
            file.cancel();
            return aboutFile(written.error(), file.path(), ErrorReason::DeviceError);
        }
        break;
    case Format::Odt:
        if (auto written = reports::writeReportOdt(summary, language, file.device()); !written) {
            file.cancel();
            return aboutFile(written.error(), file.path(), ErrorReason::DeviceError);
        }
        break;
    }
    // The audit row and the file go together, as for CSV exports: the row commits only once
    // every byte of the file is on the disk.
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto audited = audit(actor, summary, formatCode(format), QFileInfo(filePath).fileName());
        !audited)
        return audited.error();
    if (auto committed = commitAuditedFile(file, transaction); !committed)
        return committed.error();
    return {};
}

Result<void> ReportService::checkOutputFile(const QString &filePath) const
{
    return storage::checkOutputTarget(m_db, filePath);
}

Result<domain::PeriodSummary> ReportService::writeReport(const domain::Actor &actor,
                                                         const domain::Period &period,
                                                         Format format,
                                                         reports::Language language,
                                                         const QString &filePath) const
{
    auto s = summary(actor, period);
    if (!s)
        return s.error();
    if (auto written = write(actor, *s, format, language, filePath); !written)
        return written.error();
    return s;
}

Result<void> ReportService::recordPrinted(const domain::Actor &actor,
                                          const domain::PeriodSummary &summary) const
{
    if (auto r = require(m_db, actor, Permission::ViewReports); !r)
        return r.error();
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto audited = audit(actor, summary, QStringLiteral("print"), {}); !audited)
        return audited;
    return transaction.commit();
}

Result<void> ReportService::audit(const domain::Actor &actor,
                                  const domain::PeriodSummary &summary,
                                  const QString &format,
                                  const QString &fileName) const
{
    QJsonObject details{{QStringLiteral("period_from"), summary.from.toString(Qt::ISODate)},
                        {QStringLiteral("period_to"), summary.to.toString(Qt::ISODate)},
                        {QStringLiteral("format"), format}};
    if (!fileName.isEmpty())
        details.insert(QStringLiteral("file"), fileName);
    return appendAuditRow(m_db, actor, QStringLiteral("report"), details);
}

} // namespace sr::services
