#include "AuditService.h"

#include "CommitResult.h"
#include "Permissions.h"
#include "exchange/CsvWriter.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/OutputFile.h"

#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>

#include <spdlog/spdlog.h>

namespace sr::services {

AuditService::AuditService(storage::Database &db)
    : m_db(db)
{}

Result<void> AuditService::record(const domain::Actor &actor,
                                  const QString &action,
                                  const QJsonObject &details,
                                  const QString &entity,
                                  qint64 entityId)
{
    if (m_db.isReadOnly())
        return Error{ErrorCode::ReadOnly, QStringLiteral("audit: database is read-only")};
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = storage::AuditLog(m_db).append(actor, action, entity, entityId, details); !r)
        return r.error();
    return transaction.commit();
}

Result<void> AuditService::recordCaseOpened(const domain::Actor &actor, qint64 personId)
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    return record(actor, QStringLiteral("open"), {}, QStringLiteral("person"), personId);
}

Result<QList<AuditEntry>>
AuditService::find(const domain::Actor &actor, const AuditFilter &filter, int limit, qint64 offset)
{
    if (auto r = require(m_db, actor, Permission::ViewAudit); !r)
        return r.error();
    return storage::AuditLog(m_db).find(filter, limit, offset);
}

Result<qint64> AuditService::count(const domain::Actor &actor, const AuditFilter &filter)
{
    if (auto r = require(m_db, actor, Permission::ViewAudit); !r)
        return r.error();
    return storage::AuditLog(m_db).count(filter);
}

Result<QStringList> AuditService::actors(const domain::Actor &actor)
{
    if (auto r = require(m_db, actor, Permission::ViewAudit); !r)
        return r.error();
    return storage::AuditLog(m_db).actors();
}

Result<QStringList> AuditService::actions(const domain::Actor &actor)
{
    if (auto r = require(m_db, actor, Permission::ViewAudit); !r)
        return r.error();
    return storage::AuditLog(m_db).actions();
}

Result<qint64> AuditService::exportCsv(const domain::Actor &actor,
                                       const AuditFilter &filter,
                                       const QString &filePath)
{
    if (auto r = require(m_db, actor, Permission::ViewAudit); !r)
        return r.error();
    storage::AuditLog log(m_db);
    auto total = log.count(filter);
    if (!total)
        return total.error();

    storage::OutputFile file(filePath);
    if (auto opened = file.open(m_db.path()); !opened)
        return opened.error();
    exchange::CsvWriter writer(file.device());
    writer.writeRow({QStringLiteral("id"),
                     QStringLiteral("at"),
                     QStringLiteral("actor"),
                     QStringLiteral("action"),
                     QStringLiteral("entity"),
                     QStringLiteral("entity_id"),
                     QStringLiteral("details"),
                     QStringLiteral("hash")});
    // Pages from the oldest row (the query is newest first: walk the offsets backwards).
    constexpr int pageSize = 2000;
    qint64 rows = 0;
    for (qint64 end = *total; end > 0; end -= pageSize) {
        const qint64 offset = qMax<qint64>(0, end - pageSize);
        auto page = log.find(filter, int(end - offset), offset);
        if (!page)
            return page.error();
        for (auto it = page->crbegin(); it != page->crend(); ++it) {
            writer.addCell(it->id);
            writer.addCell(it->at.toUTC().toString(Qt::ISODateWithMs));
            writer.addCell(it->actor);
            writer.addCell(it->action);
            writer.addCell(it->entity);
            if (it->entityId > 0)
                writer.addCell(it->entityId);
            else
                writer.addCell(QString());
            writer.addCell(
                it->changes.isEmpty()
                    ? QString()
                    : QString::fromUtf8(QJsonDocument(it->changes).toJson(QJsonDocument::Compact)));
            writer.addCell(it->hash);
            writer.endRow();
            ++rows;
        }
    }
    if (auto r = writer.finish(); !r)
        return file.hasError() ? file.writeError() : r.error();

    QJsonObject details{{QStringLiteral("rows"), rows},
                        {QStringLiteral("file"), QFileInfo(filePath).fileName()}};
    if (!filter.actor.isEmpty())
        details.insert(QStringLiteral("filter_actor"), filter.actor);
    if (!filter.action.isEmpty())
        details.insert(QStringLiteral("filter_action"), filter.action);
    if (filter.from.isValid())
        details.insert(QStringLiteral("from"), filter.from.toString(Qt::ISODate));
    if (filter.to.isValid())
        details.insert(QStringLiteral("to"), filter.to.toString(Qt::ISODate));
    if (!filter.caseCode.isEmpty())
        details.insert(QStringLiteral("case_code"), filter.caseCode);
    // Audited only once every byte is on the disk; removed again if the row cannot commit.
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = appendAuditRow(m_db, actor, QStringLiteral("audit_export"), details); !r)
        return r.error();
    if (auto committed = commitAuditedFile(file, transaction); !committed)
        return committed.error();
    spdlog::info("audit: {} rows exported to CSV", rows);
    return rows;
}

} // namespace sr::services
