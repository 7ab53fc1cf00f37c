#pragma once

#include "domain/Actor.h"
#include "domain/ChangeKind.h"
#include "domain/Result.h"

#include <QObject>
#include <QString>

#include <functional>
#include <memory>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

class AssignmentService;
class AuditService;
class AuthService;
class BackupService;
class BatchService;
class CaseListService;
class CaseService;
class DraftProtection;
class EncryptedExport;
class ExportService;
class ImportService;
class MaintenanceService;
class PreventionService;
class ReferenceService;
class ReportService;
class WorkService;
class TaskService;
class HotlineService;

/**
 * What every window of the desktop works with: the open database, the acting user of the
 * session, the services over that database, and a notice after each committed write
 * (recordsChanged()), so that windows refresh what they show instead of being wired to each
 * other. The ui holds a reference and never sees storage: it names services and domain types
 * only (docs/architecture.md).
 *
 * A context belongs to the thread that made it (its database does, a Qt SQL rule); work on
 * another thread gets a context of its own from workerOpener(), whose commits are told to this
 * context's listeners on this context's thread.
 */
class AppContext : public QObject
{
    Q_OBJECT

public:
    /** Opens (or creates) the database file at @a path for the desktop; the context owns it. */
    static Result<std::unique_ptr<AppContext>> open(const QString &path);
    /** A context over @a database (tests, the CLI); @a database must outlive it. */
    explicit AppContext(storage::Database &database,
                        domain::Actor actor = {},
                        QObject *parent = nullptr);
    ~AppContext() override;

    /** The user acting in this session: windows take it when they are made. */
    const domain::Actor &actor() const { return m_actor; }
    /** Another user logged in (the lock screen); windows made from now on act for them. */
    void setActor(domain::Actor actor) { m_actor = std::move(actor); }

    /**
     * The database, for the libraries above the services that build their own use cases over
     * this context (the demonstration data, src/demo). Windows use the services instead.
     */
    storage::Database &database() const { return m_db; }
    /** The database file (window titles show its file name only). */
    QString databasePath() const;
    /** Opened read-only, or found damaged since: nothing may be written. */
    bool isReadOnly() const;
    bool isDamaged() const;
    bool isOnNetworkFileSystem() const;

    AssignmentService &assignments() { return *m_assignments; }
    AuditService &audit() { return *m_audit; }
    AuthService &auth() { return *m_auth; }
    BackupService &backups() { return *m_backups; }
    BatchService &batches() { return *m_batches; }
    CaseService &cases() { return *m_cases; }
    EncryptedExport &encryptedExports() { return *m_encryptedExports; }
    ExportService &exports() { return *m_exports; }
    ImportService &imports() { return *m_imports; }
    MaintenanceService &maintenance() { return *m_maintenance; }
    ReferenceService &references() { return *m_references; }
    ReportService &reports() { return *m_reports; }
    WorkService &work() { return *m_work; }
    TaskService &tasks() { return *m_tasks; }
    HotlineService &hotline() { return *m_hotline; }
    PreventionService &prevention() { return *m_prevention; }
    /** The case list of the acting user (a list keeps its own query state). */
    std::unique_ptr<CaseListService> newCaseList() const;
    /** The key that seals the case editor's drafts of this database. */
    Result<DraftProtection> draftProtection();

    /**
     * Opens a context of its own for work on another thread: call the function there. Its
     * commits reach this context's recordsChanged() through this context's event loop; this
     * context must outlive the worker's.
     */
    using WorkerOpener = std::function<Result<std::unique_ptr<AppContext>>()>;
    WorkerOpener workerOpener();

    /**
     * Holds this context's notices back while it lives, then raises one for all of them: a
     * long job committed in chunks (the demonstration data) refreshes windows once.
     */
    class [[nodiscard]] NoticeBatch
    {
    public:
        explicit NoticeBatch(AppContext &context);
        ~NoticeBatch();
        NoticeBatch(const NoticeBatch &) = delete;
        NoticeBatch &operator=(const NoticeBatch &) = delete;

    private:
        AppContext &m_context;
    };

Q_SIGNALS:
    /**
     * Records of the kinds in @a changed were written and committed (by this context's
     * services, a worker's, or a restore). Never raised for a rolled-back write.
     */
    void recordsChanged(domain::ChangeKinds changed);

private:
    AppContext(std::unique_ptr<storage::Database> owned, domain::Actor actor);
    void makeServices();
    void committed(domain::ChangeKinds changed);

    std::unique_ptr<storage::Database> m_owned; ///< set when the context opened the file
    storage::Database &m_db;
    domain::Actor m_actor;
    int m_listener = 0;
    int m_batchDepth = 0;           ///< open NoticeBatch guards
    domain::ChangeKinds m_heldBack; ///< notices held back by them

    std::unique_ptr<AssignmentService> m_assignments;
    std::unique_ptr<AuditService> m_audit;
    std::unique_ptr<AuthService> m_auth;
    std::unique_ptr<BackupService> m_backups;
    std::unique_ptr<BatchService> m_batches;
    std::unique_ptr<CaseService> m_cases;
    std::unique_ptr<EncryptedExport> m_encryptedExports;
    std::unique_ptr<ExportService> m_exports;
    std::unique_ptr<ImportService> m_imports;
    std::unique_ptr<MaintenanceService> m_maintenance;
    std::unique_ptr<ReferenceService> m_references;
    std::unique_ptr<ReportService> m_reports;
    std::unique_ptr<WorkService> m_work;
    std::unique_ptr<TaskService> m_tasks;
    std::unique_ptr<HotlineService> m_hotline;
    std::unique_ptr<PreventionService> m_prevention;
};

} // namespace sr::services
