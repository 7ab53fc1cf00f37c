#include "AppContext.h"

#include "AssignmentService.h"
#include "AuditService.h"
#include "AuthService.h"
#include "BackupService.h"
#include "BatchService.h"
#include "CaseListService.h"
#include "CaseService.h"
#include "DraftProtection.h"
#include "EncryptedExport.h"
#include "ExportService.h"
#include "HotlineService.h"
#include "ImportService.h"
#include "MaintenanceService.h"
#include "PreventionService.h"
#include "ReferenceService.h"
#include "ReportService.h"
#include "TaskService.h"
#include "WorkService.h"
#include "storage/Database.h"

#include <QMetaObject>

#include <utility>

namespace sr::services {

Result<std::unique_ptr<AppContext>> AppContext::open(const QString &path)
{
    auto opened = storage::Database::open(path);
    if (!opened)
        return opened.error();
    return std::unique_ptr<AppContext>(new AppContext(std::move(opened).value(), {}));
}

AppContext::AppContext(storage::Database &database, domain::Actor actor, QObject *parent)
    : QObject(parent)
    , m_db(database)
    , m_actor(std::move(actor))
{
    makeServices();
}

AppContext::AppContext(std::unique_ptr<storage::Database> owned, domain::Actor actor)
    : m_owned(std::move(owned))
    , m_db(*m_owned)
    , m_actor(std::move(actor))
{
    makeServices();
}

AppContext::~AppContext()
{
    m_db.removeChangeListener(m_listener);
}

void AppContext::makeServices()
{
    qRegisterMetaType<domain::ChangeKinds>(); // crosses threads (workerOpener())
    m_assignments = std::make_unique<AssignmentService>(m_db);
    m_audit = std::make_unique<AuditService>(m_db);
    m_auth = std::make_unique<AuthService>(m_db);
    m_backups = std::make_unique<BackupService>(m_db);
    m_batches = std::make_unique<BatchService>(m_db);
    m_cases = std::make_unique<CaseService>(m_db);
    m_encryptedExports = std::make_unique<EncryptedExport>(m_db);
    m_exports = std::make_unique<ExportService>(m_db);
    m_imports = std::make_unique<ImportService>(m_db);
    m_maintenance = std::make_unique<MaintenanceService>(m_db);
    m_references = std::make_unique<ReferenceService>(m_db);
    m_reports = std::make_unique<ReportService>(m_db);
    m_work = std::make_unique<WorkService>(m_db);
    m_tasks = std::make_unique<TaskService>(m_db);
    m_hotline = std::make_unique<HotlineService>(m_db);
    m_prevention = std::make_unique<PreventionService>(m_db);
    m_listener =
        m_db.addChangeListener([this](domain::ChangeKinds changed) { committed(changed); });
}

void AppContext::committed(domain::ChangeKinds changed)
{
    if (m_batchDepth > 0)
        m_heldBack |= changed;
    else
        Q_EMIT recordsChanged(changed);
}

AppContext::NoticeBatch::NoticeBatch(AppContext &context)
    : m_context(context)
{
    ++m_context.m_batchDepth;
}

AppContext::NoticeBatch::~NoticeBatch()
{
    if (--m_context.m_batchDepth > 0)
        return;
    const domain::ChangeKinds held = std::exchange(m_context.m_heldBack, {});
    if (held)
        Q_EMIT m_context.recordsChanged(held);
}

QString AppContext::databasePath() const
{
    return m_db.path();
}

bool AppContext::isReadOnly() const
{
    return m_db.isReadOnly();
}

bool AppContext::isDamaged() const
{
    return m_db.isDamaged();
}

bool AppContext::isOnNetworkFileSystem() const
{
    return m_db.isOnNetworkFileSystem();
}

std::unique_ptr<CaseListService> AppContext::newCaseList() const
{
    return std::make_unique<CaseListService>(m_db, m_actor);
}

Result<DraftProtection> AppContext::draftProtection()
{
    return DraftProtection::forDatabase(m_db);
}

AppContext::WorkerOpener AppContext::workerOpener()
{
    storage::Database::Options options;
    options.access = m_db.isReadOnly() ? storage::Database::Access::ReadOnly
                                       : storage::Database::Access::ReadWrite;
    options.creation = storage::Database::Creation::MustExist;
    return [path = m_db.path(),
            options,
            actor = m_actor,
            owner = this]() -> Result<std::unique_ptr<AppContext>> {
        auto opened = storage::Database::open(path, options);
        if (!opened)
            return opened.error();
        std::unique_ptr<AppContext> worker(new AppContext(std::move(opened).value(), actor));
        // Told on the owner's thread, after the worker's commit (queued: the owner's objects
        // belong to that thread).
        QObject::connect(worker.get(),
                         &AppContext::recordsChanged,
                         owner,
                         &AppContext::recordsChanged,
                         Qt::QueuedConnection);
        return worker;
    };
}

} // namespace sr::services
