// safereturn_bench: the quality bars of docs/performance.md measured on a demo database.
//
//   safereturn_bench [--persons N] [--db FILE | --server LOCATION] [--demo-persons M]
//                    [--writers-seconds S] [--in-process]
//                    [--benchmark_filter=REGEX ...]
//
// The database of N persons (default 100,000) is made by the same code as `safereturn demo`
// (DemoDataService, seed 1) the first time and reused afterwards (default file
// /tmp/safereturn-bench-N.db). Each scenario then runs in its own child process (this
// executable with --child), so the peak resident memory printed next to it (VmHWM) is that of
// a process that opened the database and did only that work. --in-process runs every
// scenario in this process instead (plain Google Benchmark output, peak memory cumulative).
//
// Paths measured, all through the product's own classes:
// - demo: DemoDataService::generate into a fresh database (M persons, default 20,000);
// - open + first screen: Database::open, CaseListService and the UI's CaseListModel with the
//   main window's CaseListCounter (the first page, then the data() of the first 40 rows and
//   every column; on a large database the count arrives later: count_arrives_ms);
// - search keystroke: CaseListModel::setFilter with the search text, then the first screen
//   (the case list's search box, with the main window's background CaseListCounter; the
//   time until the count arrives is printed as count_arrives_ms, not timed), and
//   SearchService::find (the `find` command);
// - my cases: the case list's "My cases" (CaseListFilter::responsibleUserId) for a worker
//   responsible for about one case in a thousand (assigned the first time, not timed), the
//   first screen as the search keystroke's; and the caseloads of the Responsible filter
//   (AssignmentService::caseloads, read when the main window opens);
// - scroll: the data() of 40 rows in the middle and at the end of a fresh model;
// - reports: ReportService::summary over all years, five years, one year, one quarter;
// - CSV export: ExportService::exportTable, receptions of all years, both modes;
// - backup: MaintenanceService::backup (online backup API and integrity check);
// - import: the full CSV export of the database (batches, receptions, supports; written by
//   ExportService, not timed) imported by ImportService into an empty database, each table
//   timed on its own (rows per second);
// - case work (docs/case-work.md): WorkService::startPage of a social worker and of a manager
//   (overdue, this week, recently assigned, approvals waiting) and WorkService::overview. The
//   demo data makes no tasks: the first run on a database adds 20 workers and a manager, a task
//   for every fifth active person (due from 40 days ago to 20 days ahead, spread over the
//   workers), 60 recent assignments, 40 approvals and 1,000 plan goals, in one transaction;
// - concurrent writers: 8 threads, each with a Database of its own on the benchmark database,
//   save new cases (person, reception, support; CaseService::saveNewCase) for S seconds
//   (default 8): saves per second and the 50th/99th percentile save latency. The cases are
//   added to the benchmark database (dated 2026, outside the report scenarios' periods);
// - attachments (docs/attachments.md), on a database of their own beside the benchmark's
//   (<db>-attachments.db: 2,000 demo persons and 10,000 attachments of 512 KB, 5 GB, made the
//   first time): attaching a 20 MB scanned PDF through AttachmentService (checks included),
//   opening it again (bytes read and checked, audited, loaded by Qt PDF), and opening the
//   database and listing a case's attachments.
//
// --server LOCATION runs the same scenarios on a PostgreSQL database (docs/server.md): an empty
// one is given the schema and the same demo data (DemoDataService, seed 1) first. The scenarios
// that make database files of their own (demo, backup, import) are left out there.
#include "demo/DemoDataService.h"
#include "domain/Actor.h"
#include "domain/Clock.h"
#include "domain/Period.h"
#include "services/AssignmentService.h"
#include "services/AttachmentService.h"
#include "services/CaseListCounter.h"
#include "services/CaseListService.h"
#include "services/CaseService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/MaintenanceService.h"
#include "services/ReportService.h"
#include "services/SearchService.h"
#include "services/WorkService.h"
#include "storage/AttachmentRepository.h"
#include "storage/CaseAssignmentRepository.h"
#include "storage/Database.h"
#include "storage/PlanGoalRepository.h"
#include "storage/TaskRepository.h"
#include "storage/UserRepository.h"
#include "ui/CaseListModel.h"

#include <QBuffer>
#include <QCoreApplication>
#include <QDir>
#include <QElapsedTimer>
#include <QEventLoop>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QPdfDocument>
#include <QProcess>
#include <QRandomGenerator>
#include <QRegularExpression>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QThread>

#include <spdlog/sinks/stdout_sinks.h>
#include <spdlog/spdlog.h>

#include <algorithm>
#include <atomic>
#include <benchmark/benchmark.h>
#include <cstdio>
#include <memory>
#include <mutex>
#include <optional>
#include <string>
#include <thread>
#include <vector>

namespace {

using namespace sr;

struct Config
{
    qint64 persons = 100000;
    qint64 demoPersons = 20000;
    QString dbPath;
    bool child = false;
    bool inProcess = false;
    bool server = false;    ///< dbPath is a postgresql:// location
    int writersSeconds = 8; ///< how long the concurrent writers save
    QString filter;         ///< --benchmark_filter given to the parent: which scenarios to run
};

Config g_config;
/** The database of a child process, opened once (not timed); closed before the application. */
std::unique_ptr<sr::storage::Database> g_db;

/** A field of /proc/self/status in MiB (VmHWM: peak resident set, VmRSS: current). */
double procStatusMb(const char *field)
{
    QFile file(QStringLiteral("/proc/self/status"));
    if (!file.open(QIODevice::ReadOnly))
        return 0;
    const QByteArray prefix = QByteArray(field) + ':';
    for (const QByteArray &line : file.readAll().split('\n')) {
        if (line.startsWith(prefix))
            return line.mid(prefix.size()).trimmed().split(' ').value(0).toDouble() / 1024.0;
    }
    return 0;
}

void fail(benchmark::State &state, const char *what, const Error &error)
{
    const std::string message = std::string(what) + ": " + errorCodeName(error.code).toStdString()
                                + " " + error.detail.toStdString();
    state.SkipWithError(message.c_str());
}

domain::Actor actor()
{
    return domain::Actor::systemUser();
}

/** The database of this process, opened once (not timed). */
storage::Database *sharedDatabase(benchmark::State &state)
{
    std::unique_ptr<storage::Database> &db = g_db;
    if (!db) {
        auto opened = storage::Database::open(g_config.dbPath);
        if (!opened) {
            fail(state, "open", opened.error());
            return nullptr;
        }
        db = std::move(opened).value();
    }
    return db.get();
}

void setCounters(benchmark::State &state)
{
    state.counters[QStringLiteral("peak_MB").toStdString()] = procStatusMb("VmHWM");
}

/** Reads the cells a 40-row screen shows, from @a first on. */
int readScreen(const ui::CaseListModel &model, int first)
{
    int cells = 0;
    const int last = std::min(model.rowCount(), first + 40);
    for (int row = first; row < last; ++row) {
        for (int column = 0; column < model.columnCount(); ++column) {
            const QVariant value = model.data(model.index(row, column), Qt::DisplayRole);
            benchmark::DoNotOptimize(value);
            ++cells;
        }
    }
    return cells;
}

double secondsSince(const QElapsedTimer &timer)
{
    return double(timer.nsecsElapsed()) / 1e9;
}

// --- scenarios -------------------------------------------------------------------------

void benchDemo(benchmark::State &state)
{
    qint64 rows = 0;
    double seconds = 0;
    for (auto _ : state) {
        QTemporaryDir dir;
        auto db = storage::Database::open(dir.filePath(QStringLiteral("demo.db")));
        if (!db) {
            fail(state, "open", db.error());
            return;
        }
        demo::DemoOptions options;
        options.persons = g_config.demoPersons;
        options.seed = 7;
        demo::DemoDataService demo(**db);
        QElapsedTimer timer;
        timer.start();
        auto summary = demo.generate(actor(), options);
        const double elapsed = secondsSince(timer);
        if (!summary) {
            fail(state, "demo", summary.error());
            return;
        }
        state.SetIterationTime(elapsed);
        rows += summary->rows();
        seconds += elapsed;
    }
    state.counters["rows_per_s"] = double(rows) / seconds;
    state.counters["persons"] = double(g_config.demoPersons);
    setCounters(state);
}

/** Waits until @a model's background count arrives; returns false when none was pending. */
bool waitForCount(const ui::CaseListModel &model)
{
    if (!model.isCountPending())
        return false;
    QEventLoop loop;
    QObject::connect(&model, &ui::CaseListModel::countChanged, &loop, [&] {
        if (!model.isCountPending())
            loop.quit();
    });
    loop.exec();
    return true;
}

void benchOpenFirstScreen(benchmark::State &state)
{
    qint64 rowCount = 0;
    double countSeconds = 0;
    int counts = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto db = storage::Database::open(g_config.dbPath);
        if (!db) {
            fail(state, "open", db.error());
            return;
        }
        // As the main window: is there any case (welcome page or list), then the list with
        // its background counter.
        services::CaseListService service(**db, actor());
        services::CaseListCounter counter((*db)->path(), actor());
        const auto any = service.hasCases();
        if (!any || !*any) {
            state.SkipWithError("the benchmark database holds no case");
            return;
        }
        ui::CaseListModel model(service, &counter);
        readScreen(model, 0);
        state.SetIterationTime(secondsSince(timer));
        state.PauseTiming();
        if (waitForCount(model)) { // the count arriving in the status bar, not timed above
            countSeconds += secondsSince(timer);
            ++counts;
        }
        rowCount = model.rowCount();
        state.ResumeTiming();
    }
    state.counters["rows"] = double(rowCount);
    if (counts > 0)
        state.counters["count_arrives_ms"] = 1000.0 * countSeconds / counts;
    setCounters(state);
}

void benchSearchKeystroke(benchmark::State &state, QString text)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    services::CaseListService service(*db, actor());
    services::CaseListCounter counter(db->path(), actor()); // as the main window counts
    ui::CaseListModel model(service);
    model.setCounter(&counter);
    qint64 hits = 0;
    double countSeconds = 0;
    int counts = 0;
    for (auto _ : state) {
        services::CaseListFilter filter;
        filter.searchText = text;
        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter);
        readScreen(model, 0);
        state.SetIterationTime(secondsSince(timer));
        state.PauseTiming();
        if (waitForCount(model)) { // the count arriving in the status bar, not timed above
            countSeconds += secondsSince(timer);
            ++counts;
        }
        hits = model.rowCount();
        model.setFilter(services::CaseListFilter{}); // the next keystroke starts afresh,
        waitForCount(model);                         // on a list whose count is known
        state.ResumeTiming();
    }
    state.counters["hits"] = double(hits);
    if (counts > 0)
        state.counters["count_arrives_ms"] = 1000.0 * countSeconds / counts;
    setCounters(state);
}

void benchFind(benchmark::State &state, QString text)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    services::SearchService search(*db);
    qint64 hits = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto found = search.find(actor(), text, 50);
        state.SetIterationTime(secondsSince(timer));
        if (!found) {
            fail(state, "find", found.error());
            return;
        }
        hits = found->size();
    }
    state.counters["hits"] = double(hits);
    setCounters(state);
}

/**
 * The worker of the "my cases" scenarios: an account responsible for about one case in a
 * thousand of the benchmark database (made and assigned the first time, not timed).
 */
std::optional<domain::Actor> benchWorker(benchmark::State &state, storage::Database &db)
{
    const QString name = QStringLiteral("bench.worker");
    storage::UserRepository users(db);
    auto found = users.findByName(name);
    if (!found) {
        fail(state, "worker", found.error());
        return std::nullopt;
    }
    domain::UserAccount account;
    if (*found) {
        account = **found;
    } else {
        domain::UserAccount user;
        user.userName = name;
        user.displayName = QStringLiteral("Nguyễn Văn Bench");
        user.role = domain::Role::SocialWorker;
        user.passwordHash = QStringLiteral("-");
        user.disabled = true; // never logs in
        auto inserted = users.insert(user, QStringLiteral("bench"));
        if (!inserted) {
            fail(state, "worker", inserted.error());
            return std::nullopt;
        }
        account = *inserted;
        QSqlQuery q(db.connection());
        if (!q.exec(
                QStringLiteral("UPDATE person SET responsible_user_id = %1 WHERE id %% 1000 = 7")
                    .replace(QStringLiteral("%%"), QStringLiteral("%"))
                    .arg(account.id))) {
            state.SkipWithError("cannot assign the worker's cases");
            return std::nullopt;
        }
    }
    account.role = domain::Role::SocialWorker;
    return account.actor();
}

void benchMyCases(benchmark::State &state)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    const std::optional<domain::Actor> worker = benchWorker(state, *db);
    if (!worker)
        return;
    services::CaseListService service(*db, *worker);
    services::CaseListCounter counter(db->path(), *worker);
    ui::CaseListModel model(service);
    model.setCounter(&counter);
    waitForCount(model);
    qint64 hits = 0;
    double countSeconds = 0;
    int counts = 0;
    for (auto _ : state) {
        services::CaseListFilter filter;
        filter.responsibleUserId = worker->userId;
        QElapsedTimer timer;
        timer.start();
        model.setFilter(filter);
        readScreen(model, 0);
        state.SetIterationTime(secondsSince(timer));
        state.PauseTiming();
        if (waitForCount(model)) {
            countSeconds += secondsSince(timer);
            ++counts;
        }
        hits = model.rowCount();
        model.setFilter(services::CaseListFilter{});
        waitForCount(model);
        state.ResumeTiming();
    }
    state.counters["cases"] = double(hits);
    if (counts > 0)
        state.counters["count_arrives_ms"] = 1000.0 * countSeconds / counts;
    setCounters(state);
}

void benchCaseloads(benchmark::State &state)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    if (!benchWorker(state, *db))
        return;
    services::AssignmentService assignments(*db);
    qint64 workers = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto loads = assignments.caseloads(actor());
        state.SetIterationTime(secondsSince(timer));
        if (!loads) {
            fail(state, "caseloads", loads.error());
            return;
        }
        workers = loads->workers.size();
    }
    state.counters["workers"] = double(workers);
    setCounters(state);
}

enum class ScrollTo { Middle, End };

void benchScroll(benchmark::State &state, ScrollTo where)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    services::CaseListService service(*db, actor());
    for (auto _ : state) {
        ui::CaseListModel model(service); // fresh page cache, count not timed
        readScreen(model, 0);
        const int first =
            where == ScrollTo::Middle ? model.rowCount() / 2 : std::max(0, model.rowCount() - 40);
        QElapsedTimer timer;
        timer.start();
        readScreen(model, first);
        state.SetIterationTime(secondsSince(timer));
    }
    setCounters(state);
}

domain::Period allYears()
{
    return *domain::Period::custom(QDate(2000, 1, 1), domain::Clock::instance().today());
}

void benchReport(benchmark::State &state, domain::Period period)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    services::ReportService reports(*db);
    qint64 receptions = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto summary = reports.summary(actor(), period);
        state.SetIterationTime(secondsSince(timer));
        if (!summary) {
            fail(state, "report", summary.error());
            return;
        }
        receptions = summary->total.receptions;
    }
    state.counters["receptions"] = double(receptions);
    setCounters(state);
}

void benchExport(benchmark::State &state, exchange::ExportMode mode)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    QTemporaryDir dir;
    services::ExportService exporter(*db);
    qint64 bytes = 0;
    qint64 rows = 0;
    double seconds = 0;
    for (auto _ : state) {
        services::ExportRequest request;
        request.period = allYears();
        request.table = exchange::ExchangeTable::Receptions;
        request.mode = mode;
        request.filePath = dir.filePath(QStringLiteral("export.csv"));
        QElapsedTimer timer;
        timer.start();
        auto written = exporter.exportTable(request, actor());
        const double elapsed = secondsSince(timer);
        if (!written) {
            fail(state, "export", written.error());
            return;
        }
        state.SetIterationTime(elapsed);
        seconds += elapsed;
        bytes += written->bytes;
        rows = written->rows;
    }
    state.counters["MB_per_s"] = double(bytes) / 1e6 / seconds;
    state.counters["rows"] = double(rows);
    setCounters(state);
}

void benchBackup(benchmark::State &state)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    QTemporaryDir dir;
    services::MaintenanceService maintenance(*db);
    qint64 bytes = 0;
    double seconds = 0;
    for (auto _ : state) {
        const QString target = dir.filePath(QStringLiteral("backup.db"));
        QFile::remove(target);
        QElapsedTimer timer;
        timer.start();
        auto done = maintenance.backup(actor(), target);
        const double elapsed = secondsSince(timer);
        if (!done) {
            fail(state, "backup", done.error());
            return;
        }
        state.SetIterationTime(elapsed);
        seconds += elapsed;
        bytes += QFileInfo(target).size();
    }
    state.counters["MB_per_s"] = double(bytes) / 1e6 / seconds;
    setCounters(state);
}

/** Exports @a table in full (all years) from @a db into @a path; false when it failed. */
bool exportFull(benchmark::State &state,
                storage::Database &db,
                exchange::ExchangeTable table,
                const QString &path)
{
    services::ExportRequest request;
    request.period = allYears();
    request.table = table;
    request.mode = exchange::ExportMode::Full;
    request.filePath = path;
    auto written = services::ExportService(db).exportTable(request, actor());
    if (!written) {
        fail(state, "export", written.error());
        return false;
    }
    return true;
}

void benchImport(benchmark::State &state)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    using exchange::ExchangeTable;
    QTemporaryDir dir;
    const QList<std::pair<ExchangeTable, QString>> tables{
        {ExchangeTable::Batches, dir.filePath(QStringLiteral("batches.csv"))},
        {ExchangeTable::Receptions, dir.filePath(QStringLiteral("receptions.csv"))},
        {ExchangeTable::Supports, dir.filePath(QStringLiteral("supports.csv"))},
    };
    for (const auto &[table, path] : tables) {
        if (!exportFull(state, *db, table, path))
            return;
    }
    QHash<ExchangeTable, double> seconds;
    QHash<ExchangeTable, qint64> rows;
    for (auto _ : state) {
        QTemporaryDir target;
        auto fresh = storage::Database::open(target.filePath(QStringLiteral("import.db")));
        if (!fresh) {
            fail(state, "open", fresh.error());
            return;
        }
        services::ImportService importer(**fresh);
        double total = 0;
        for (const auto &[table, path] : tables) {
            QElapsedTimer timer;
            timer.start();
            auto report = importer.importFile(path, services::ImportOptions{}, actor());
            const double elapsed = secondsSince(timer);
            if (!report) {
                fail(state, "import", report.error());
                return;
            }
            if (!report->written) {
                const services::ImportIssue first = report->issues.value(0);
                const std::string message = "import refused: row " + std::to_string(first.row) + " "
                                            + first.column.toStdString() + " "
                                            + services::toCode(first.code).toStdString();
                state.SkipWithError(message.c_str());
                return;
            }
            seconds[table] += elapsed;
            rows[table] += report->rows;
            total += elapsed;
        }
        state.SetIterationTime(total);
    }
    state.counters["receptions_per_s"] =
        double(rows.value(ExchangeTable::Receptions)) / seconds.value(ExchangeTable::Receptions);
    state.counters["supports_per_s"] =
        double(rows.value(ExchangeTable::Supports)) / seconds.value(ExchangeTable::Supports);
    state.counters["batches_per_s"] =
        double(rows.value(ExchangeTable::Batches)) / seconds.value(ExchangeTable::Batches);
    state.counters["receptions"] = double(rows.value(ExchangeTable::Receptions));
    state.counters["supports"] = double(rows.value(ExchangeTable::Supports));
    setCounters(state);
}

/** The account @a userName of the case-work scenarios as an acting user (userId 0: none). */
domain::Actor benchAccount(storage::Database &db, const QString &userName)
{
    domain::Actor actor;
    auto account = storage::UserRepository(db).findByName(userName);
    if (account && *account) {
        actor.userId = (*account)->id;
        actor.userName = (*account)->userName;
        actor.role = (*account)->role;
    }
    return actor;
}

void benchStartPage(benchmark::State &state, const QString &userName)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    const domain::Actor user = benchAccount(*db, userName);
    if (user.userId <= 0) {
        state.SkipWithError("no case-work accounts in the benchmark database");
        return;
    }
    services::WorkService work(*db);
    domain::StartPageData page;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto read = work.startPage(user);
        state.SetIterationTime(secondsSince(timer));
        if (!read) {
            fail(state, "start page", read.error());
            return;
        }
        page = std::move(read).value();
    }
    state.counters["overdue"] = double(page.overdueCount);
    state.counters["this_week"] = double(page.dueThisWeekCount);
    state.counters["assigned"] = double(page.recentlyAssignedCount);
    state.counters["approvals"] = double(page.awaitingApprovalCount);
    setCounters(state);
}

void benchOverview(benchmark::State &state)
{
    storage::Database *db = sharedDatabase(state);
    if (!db)
        return;
    const domain::Actor manager = benchAccount(*db, QStringLiteral("bench_manager"));
    if (manager.userId <= 0) {
        state.SkipWithError("no case-work accounts in the benchmark database");
        return;
    }
    services::WorkService work(*db);
    domain::CaseOverviewData overview;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto read = work.overview(manager);
        state.SetIterationTime(secondsSince(timer));
        if (!read) {
            fail(state, "overview", read.error());
            return;
        }
        overview = std::move(read).value();
    }
    qint64 overdue = 0;
    for (const domain::WorkerOverdue &worker : overview.overdueByWorker)
        overdue += worker.tasks;
    state.counters["open_cases"] = double(overview.openCases);
    state.counters["overdue_tasks"] = double(overdue);
    state.counters["without_plan"] = double(overview.withoutPlan);
    setCounters(state);
}

// --- attachments (docs/attachments.md) ---------------------------------------------------

/**
 * A PDF of one A4 page showing one uncompressed RGB scan of @a side × @a side pixels (about
 * 3·side² bytes: a 20 MB scan at side 2580). Written by hand so that the benchmark needs no
 * QGuiApplication; pdfium reads it as any scanner's PDF.
 */
QByteArray scanPdf(int side)
{
    QByteArray pixels(qsizetype(side) * side * 3, Qt::Uninitialized);
    QRandomGenerator random(1);
    random.fillRange(reinterpret_cast<quint32 *>(pixels.data()), pixels.size() / 4);
    QByteArray pdf("%PDF-1.4\n%\xE2\xE3\xCF\xD3\n");
    QList<qsizetype> offsets;
    const auto object = [&](const QByteArray &body) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(offsets.size()) + " 0 obj\n" + body + "\nendobj\n";
    };
    const QByteArray content("q 595 0 0 842 0 0 cm /Im0 Do Q");
    object("<< /Type /Catalog /Pages 2 0 R >>");
    object("<< /Type /Pages /Kids [3 0 R] /Count 1 >>");
    object("<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] "
           "/Resources << /XObject << /Im0 5 0 R >> >> /Contents 4 0 R >>");
    object("<< /Length " + QByteArray::number(content.size()) + " >>\nstream\n" + content
           + "\nendstream");
    object("<< /Type /XObject /Subtype /Image /Width " + QByteArray::number(side) + " /Height "
           + QByteArray::number(side) + " /ColorSpace /DeviceRGB /BitsPerComponent 8 /Length "
           + QByteArray::number(pixels.size()) + " >>\nstream\n" + pixels + "\nendstream");
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(offsets.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(offsets.size() + 1)
           + " /Root 1 0 R >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

constexpr int kBenchAttachments = 10000;
constexpr int kBenchAttachmentBytes = 512 * 1024;
constexpr int kBenchAttachmentPersons = 2000;

/**
 * The attachments' database, beside the benchmark's (its scenarios would otherwise grow the
 * shared one by 5 GB): 2,000 demo persons and 10,000 attachments of 512 KB (5 GB), five to a
 * person, made the first time (not timed; several minutes) and reused.
 */
QString attachmentsDatabasePath()
{
    return g_config.dbPath + QStringLiteral("-attachments.db");
}

Result<std::unique_ptr<storage::Database>> attachmentsDatabase()
{
    auto db = storage::Database::open(attachmentsDatabasePath());
    if (!db)
        return db;
    storage::AttachmentRepository repository(**db);
    auto totals = repository.totals();
    if (!totals)
        return totals.error();
    if (totals->count >= kBenchAttachments)
        return db;
    if (totals->count == 0) {
        demo::DemoOptions options;
        options.persons = kBenchAttachmentPersons;
        options.seed = 3;
        auto demo = demo::DemoDataService(**db).generate(actor(), options);
        if (!demo)
            return demo.error();
    }
    std::fprintf(stderr,
                 "adding %d attachments of %d KB (once)...\n",
                 kBenchAttachments,
                 kBenchAttachmentBytes / 1024);
    QByteArray bytes(kBenchAttachmentBytes, Qt::Uninitialized);
    QRandomGenerator random(2);
    for (qint64 n = totals->count; n < kBenchAttachments;) {
        storage::Transaction transaction(**db);
        for (int i = 0; i < 100 && n < kBenchAttachments; ++i, ++n) {
            random.fillRange(reinterpret_cast<quint32 *>(bytes.data()), bytes.size() / 4);
            domain::Attachment attachment;
            attachment.personId = 1 + n % kBenchAttachmentPersons;
            attachment.documentType = QStringLiteral("identification_decision");
            attachment.fileName = QStringLiteral("scan-%1.pdf").arg(n);
            attachment.mediaType = QStringLiteral("application/pdf");
            if (auto r = repository.insertWithContent(attachment, bytes, actor()); !r)
                return r.error();
        }
        if (auto r = transaction.commit(); !r)
            return r.error();
    }
    return db;
}

/** Attaching a 20 MB scanned PDF through the service: read, checked (Qt PDF), stored. */
void benchAttach(benchmark::State &state)
{
    auto db = attachmentsDatabase();
    if (!db) {
        fail(state, "attachments database", db.error());
        return;
    }
    const QByteArray pdf = scanPdf(2580);
    domain::Attachment attachment;
    attachment.personId = 1;
    attachment.documentType = QStringLiteral("identification_decision");
    attachment.fileName = QStringLiteral("quyet-dinh.pdf");
    services::AttachmentService service(**db);
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto attached = service.attachBytes(actor(), attachment, pdf);
        state.SetIterationTime(secondsSince(timer));
        if (!attached) {
            fail(state, "attach", attached.error());
            return;
        }
    }
    state.counters["MB"] = double(pdf.size()) / (1024 * 1024);
    setCounters(state);
}

/** Opening the newest 20 MB attachment: bytes read and checked, audited, loaded by Qt PDF. */
void benchOpenAttachment(benchmark::State &state)
{
    auto db = attachmentsDatabase();
    if (!db) {
        fail(state, "attachments database", db.error());
        return;
    }
    services::AttachmentService service(**db);
    auto listed = service.list(actor(), 1);
    if (!listed || listed->isEmpty() || listed->last().sizeBytes < 10 * 1024 * 1024) {
        state.SkipWithError("run attachments/attach_20mb_pdf first");
        return;
    }
    const qint64 id = listed->last().meta.id;
    int pages = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto opened = service.open(actor(), id);
        if (!opened) {
            fail(state, "open", opened.error());
            return;
        }
        QBuffer buffer(&opened->bytes);
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer);
        pages = document.pageCount();
        state.SetIterationTime(secondsSince(timer));
    }
    state.counters["pages"] = double(pages);
    setCounters(state);
}

/** Opening the 5 GB database and listing a case's attachments (the case editor's tab). */
void benchListAttachments(benchmark::State &state)
{
    if (auto made = attachmentsDatabase(); !made) {
        fail(state, "attachments database", made.error());
        return;
    }
    qint64 listed = 0;
    for (auto _ : state) {
        QElapsedTimer timer;
        timer.start();
        auto db = storage::Database::open(attachmentsDatabasePath());
        if (!db) {
            fail(state, "open", db.error());
            return;
        }
        auto list = services::AttachmentService(**db).list(actor(), kBenchAttachmentPersons / 2);
        state.SetIterationTime(secondsSince(timer));
        if (!list) {
            fail(state, "list", list.error());
            return;
        }
        listed = list->size();
    }
    auto db = storage::Database::open(attachmentsDatabasePath());
    if (db) {
        auto totals = storage::AttachmentRepository(**db).totals();
        if (totals) {
            state.counters["attachments"] = double(totals->count);
            state.counters["GB"] = double(totals->bytes) / (1024.0 * 1024 * 1024);
        }
    }
    state.counters["listed"] = double(listed);
    setCounters(state);
}

struct Scenario
{
    std::string name;
    std::function<void(benchmark::State &)> run;
    int iterations;
};

/** One new case as the intake form saves it: a person, a reception and a support. */
services::NewCase benchCase(int writer, int n)
{
    services::NewCase c;
    c.person.fullName = QStringLiteral("Người Viết %1 %2").arg(writer).arg(n);
    c.person.sex = n % 2 ? domain::Sex::Female : domain::Sex::Male;
    c.person.birthDate = domain::PartialDate::fromYear(1990 + n % 20);
    c.person.ethnicity = QStringLiteral("01");
    c.person.residenceProvince = QStringLiteral("22");
    c.reception.receptionDate = QDate(2026, 1 + n % 11, 1 + n % 28); // never in the future
    c.reception.agencyCode = QStringLiteral("ctxh_qn");
    c.reception.countryCode = QStringLiteral("CN");
    c.reception.route = domain::Route::SelfReported;
    c.reception.exploitation = {domain::ExploitationForm::ForcedMarriage};
    c.reception.identificationStatus = domain::IdentificationStatus::Pending;
    domain::Support meals;
    meals.typeCode = QStringLiteral("essential_needs");
    meals.date = c.reception.receptionDate;
    meals.amountVnd = 150000;
    c.supports = {meals};
    return c;
}

void benchConcurrentWriters(benchmark::State &state)
{
    constexpr int kWriters = 8;
    for (auto _ : state) {
        std::mutex mutex;
        std::vector<double> latencies; // milliseconds, every successful save
        std::atomic<int> failures{0};
        std::atomic<int> openFailures{0};
        QElapsedTimer wall;
        wall.start();
        std::vector<std::thread> threads;
        for (int w = 0; w < kWriters; ++w) {
            threads.emplace_back([&, w] {
                // A Database belongs to the thread that opened it.
                auto db = storage::Database::open(g_config.dbPath);
                if (!db) {
                    if (++openFailures == 1)
                        std::fprintf(stderr, "writer: open: %s\n", qPrintable(db.error().detail));
                    return;
                }
                services::CaseService cases(**db);
                std::vector<double> mine;
                QElapsedTimer until;
                until.start();
                for (int n = 0; until.elapsed() < g_config.writersSeconds * 1000; ++n) {
                    QElapsedTimer one;
                    one.start();
                    const auto saved = cases.saveNewCase(actor(), benchCase(w, n));
                    if (saved.ok()) {
                        mine.push_back(double(one.nsecsElapsed()) / 1e6);
                    } else if (++failures == 1) {
                        std::fprintf(stderr,
                                     "writer: save: %s %s\n",
                                     qPrintable(errorCodeName(saved.error().code)),
                                     qPrintable(saved.error().detail));
                    }
                }
                const std::lock_guard lock(mutex);
                latencies.insert(latencies.end(), mine.begin(), mine.end());
            });
        }
        for (std::thread &thread : threads)
            thread.join();
        const double seconds = secondsSince(wall);
        state.SetIterationTime(seconds);
        if (openFailures > 0) {
            state.SkipWithError("a writer could not open the database");
            return;
        }
        std::sort(latencies.begin(), latencies.end());
        const auto percentile = [&](double p) {
            return latencies.empty() ? 0.0
                                     : latencies[std::min(latencies.size() - 1,
                                                          size_t(p * double(latencies.size())))];
        };
        state.counters["writers"] = kWriters;
        state.counters["saves"] = double(latencies.size());
        state.counters["failed"] = failures.load();
        state.counters["saves_per_s"] = double(latencies.size()) / seconds;
        state.counters["p50_ms"] = percentile(0.50);
        state.counters["p99_ms"] = percentile(0.99);
    }
    setCounters(state);
}

std::vector<Scenario> scenarios()
{
    using exchange::ExportMode;
    const bool big = g_config.persons >= 500000;
    const int few = big ? 3 : 5;
    std::vector<Scenario> list;
    if (!g_config.server) // makes a database file of its own
        list.push_back({"demo_insert", benchDemo, 1});
    list.push_back({"open_first_screen", benchOpenFirstScreen, few});
    for (const char *text : {"n", "ng", "nguyen", "nguyen thi h", "souksavanh", "khamla vo"}) {
        const QString query = QString::fromUtf8(text);
        list.push_back(
            {"search_keystroke/" + QString::fromUtf8(text).replace(u' ', u'_').toStdString(),
             [query](benchmark::State &s) { benchSearchKeystroke(s, query); },
             10});
    }
    for (const char *text : {"nguyen", "souksavanh"}) {
        const QString query = QString::fromUtf8(text);
        list.push_back({std::string("find_service/") + text,
                        [query](benchmark::State &s) { benchFind(s, query); },
                        10});
    }
    list.push_back({"my_cases_first_screen", benchMyCases, 10});
    list.push_back({"caseloads", benchCaseloads, few});
    list.push_back(
        {"scroll/middle", [](benchmark::State &s) { benchScroll(s, ScrollTo::Middle); }, few});
    list.push_back({"scroll/end", [](benchmark::State &s) { benchScroll(s, ScrollTo::End); }, few});
    list.push_back(
        {"report/all_years", [](benchmark::State &s) { benchReport(s, allYears()); }, few});
    list.push_back({"report/five_years_2021_2025",
                    [](benchmark::State &s) {
                        benchReport(
                            s, *domain::Period::custom(QDate(2021, 1, 1), QDate(2025, 12, 31)));
                    },
                    few});
    list.push_back({"report/one_year_2025",
                    [](benchmark::State &s) { benchReport(s, domain::Period::year(2025)); },
                    few});
    list.push_back({"report/quarter_2025q2",
                    [](benchmark::State &s) { benchReport(s, domain::Period::quarter(2025, 2)); },
                    few});
    list.push_back({"export_csv/deidentified",
                    [](benchmark::State &s) { benchExport(s, ExportMode::DeIdentified); },
                    big ? 1 : 3});
    list.push_back({"export_csv/full",
                    [](benchmark::State &s) { benchExport(s, ExportMode::Full); },
                    big ? 1 : 3});
    if (!g_config.server) { // a server's backups are pg_dump; the import makes a file
        list.push_back({"backup", benchBackup, big ? 1 : 3});
        list.push_back({"import_csv/full", benchImport, 1});
    }
    list.push_back(
        {"start_page/worker",
         [](benchmark::State &s) { benchStartPage(s, QStringLiteral("bench_worker_00")); },
         10});
    list.push_back({"start_page/manager",
                    [](benchmark::State &s) { benchStartPage(s, QStringLiteral("bench_manager")); },
                    10});
    list.push_back({"overview", benchOverview, 10});
    if (!g_config.server) { // a database file of their own, beside the benchmark's
        list.push_back({"attachments/attach_20mb_pdf", benchAttach, 3});
        list.push_back({"attachments/open_20mb_pdf", benchOpenAttachment, 5});
        list.push_back({"attachments/list_10000", benchListAttachments, 5});
    }
    // Last: it adds cases to the benchmark database.
    list.push_back({"concurrent_writers/8", benchConcurrentWriters, 1});
    return list;
}

void registerScenarios()
{
    for (const Scenario &scenario : scenarios()) {
        benchmark::RegisterBenchmark(scenario.name.c_str(), scenario.run)
            ->Iterations(scenario.iterations)
            ->UseManualTime()
            ->Unit(benchmark::kMillisecond);
    }
}

QString loadAverage()
{
    QFile file(QStringLiteral("/proc/loadavg"));
    if (!file.open(QIODevice::ReadOnly))
        return QStringLiteral("?");
    return QString::fromLatin1(file.readAll().trimmed());
}

/**
 * Adds the case work the demo data does not make (accounts, tasks, assignments, approvals,
 * goals) to the benchmark database, once: a database with the bench's accounts is left as it is.
 */
bool ensureCaseWork()
{
    auto opened = storage::Database::open(g_config.dbPath);
    if (!opened) {
        std::fprintf(stderr, "cannot open the database: %s\n", qPrintable(opened.error().detail));
        return false;
    }
    storage::Database &db = **opened;
    QSqlQuery query(db.connection());
    // The demo data's rules make tasks too: the bench's own accounts say it was done.
    if (query.exec(
            QStringLiteral("SELECT count(*) FROM app_user WHERE user_name = 'bench_manager'"))
        && query.next() && query.value(0).toLongLong() > 0) {
        std::printf("case work: reused\n");
        return true;
    }
    QElapsedTimer timer;
    timer.start();
    const auto failed = [](const char *what, const Error &error) {
        std::fprintf(stderr, "case work: %s: %s\n", what, qPrintable(error.detail));
        return false;
    };
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return failed("begin", transaction.error());
    storage::UserRepository users(db);
    QList<domain::Actor> workers;
    domain::Actor manager;
    for (int w = 0; w <= 20; ++w) {
        domain::UserAccount account;
        account.userName = w < 20
                               ? QStringLiteral("bench_worker_%1").arg(w, 2, 10, QLatin1Char('0'))
                               : QStringLiteral("bench_manager");
        account.role = w < 20 ? domain::Role::SocialWorker : domain::Role::Manager;
        account.passwordHash = QStringLiteral("$argon2id$bench-no-login");
        auto stored = users.insert(account, QStringLiteral("bench"));
        if (!stored)
            return failed("account", stored.error());
        domain::Actor actor;
        actor.userId = stored->id;
        actor.userName = stored->userName;
        actor.role = stored->role;
        if (w < 20)
            workers.append(actor);
        else
            manager = actor;
    }
    QList<std::pair<qint64, qint64>> cases; // active persons with their latest reception
    if (!query.exec(QStringLiteral("SELECT id, last_reception_id FROM person WHERE archived = 0 "
                                   "AND last_reception_id IS NOT NULL ORDER BY id")))
        return failed("persons", Error{ErrorCode::Internal, query.lastError().text()});
    while (query.next())
        cases.append({query.value(0).toLongLong(), query.value(1).toLongLong()});
    query.finish();
    const QDate today = domain::Clock::instance().todayInVietnam();
    storage::TaskRepository tasks(db, storage::AuditPolicy::Summary);
    qint64 made = 0;
    for (qsizetype i = 0; i < cases.size(); i += 5) {
        domain::Task task;
        task.personId = cases.at(i).first;
        task.receptionId = cases.at(i).second;
        task.title = QStringLiteral("Gọi điện cho gia đình");
        task.dueDate = today.addDays(qint64(i / 5 % 60) - 40);
        task.assignedUserId = workers.at(qsizetype(i / 5 % workers.size())).userId;
        if (auto r = tasks.insert(task, manager); !r)
            return failed("task", r.error());
        ++made;
    }
    storage::CaseAssignmentRepository assignments(db, storage::AuditPolicy::Summary);
    storage::ApprovalRepository approvals(db, storage::AuditPolicy::Summary);
    storage::PlanGoalRepository goals(db, storage::AuditPolicy::Summary);
    for (qsizetype i = 0; i < std::min<qsizetype>(cases.size(), 1100); ++i) {
        const auto [person, reception] = cases.at(cases.size() - 1 - i);
        if (i < 60) {
            if (auto r = assignments.assign(
                    person, workers.at(i % 2).userId, QStringLiteral("bench"), manager);
                !r)
                return failed("assignment", r.error());
        } else if (i < 100) {
            domain::Approval approval;
            approval.receptionId = reception;
            approval.kind = domain::ApprovalKind::Closure;
            approval.requestedByUserId = workers.at(1).userId;
            if (auto r = approvals.insert(approval, workers.at(1)); !r)
                return failed("approval", r.error());
        } else {
            domain::PlanGoal goal;
            goal.receptionId = reception;
            goal.area = domain::GoalArea::Family;
            goal.goal = QStringLiteral("Đoàn tụ gia đình");
            if (auto r = goals.insert(goal, workers.at(0)); !r)
                return failed("goal", r.error());
        }
    }
    if (auto r = transaction.commit(); !r)
        return failed("commit", r.error());
    std::printf("case work: added %lld tasks, 21 accounts, assignments, approvals and goals "
                "(%.1f s)\n",
                static_cast<long long>(made),
                secondsSince(timer));
    return true;
}

/** Makes the benchmark database when it does not exist yet; prints what that took. */
bool ensureDatabase()
{
    if (g_config.server) {
        // A server database with persons is reused; an empty one gets the schema and the data.
        auto db = storage::Database::open(g_config.dbPath);
        if (!db) {
            std::fprintf(
                stderr, "cannot open the server database: %s\n", qPrintable(db.error().detail));
            return false;
        }
        QSqlQuery query((*db)->connection());
        if (query.exec(QStringLiteral("SELECT count(*) FROM person")) && query.next()
            && query.value(0).toLongLong() > 0) {
            std::printf("database: server (reused, %lld persons)\n", query.value(0).toLongLong());
            return true;
        }
    } else if (QFileInfo::exists(g_config.dbPath)) {
        std::printf("database: %s (reused, %.1f MB)\n",
                    qPrintable(g_config.dbPath),
                    double(QFileInfo(g_config.dbPath).size()) / 1e6);
        return true;
    }
    std::printf("database: %s: writing %lld demo persons (seed 1)...\n",
                g_config.server ? "server" : qPrintable(g_config.dbPath),
                static_cast<long long>(g_config.persons));
    std::fflush(stdout);
    auto db = storage::Database::open(g_config.dbPath);
    if (!db) {
        std::fprintf(stderr,
                     "cannot create %s: %s\n",
                     g_config.server ? "the server database" : qPrintable(g_config.dbPath),
                     qPrintable(db.error().detail));
        return false;
    }
    demo::DemoOptions options;
    options.persons = g_config.persons;
    options.seed = 1;
    demo::DemoDataService demo(**db);
    QElapsedTimer timer;
    timer.start();
    auto summary = demo.generate(actor(), options, [](qint64 done, qint64 total) {
        if (done % 100000 == 0 || done == total) {
            std::fprintf(stderr,
                         "  %lld of %lld persons\n",
                         static_cast<long long>(done),
                         static_cast<long long>(total));
        }
    });
    const double seconds = secondsSince(timer);
    if (!summary) {
        std::fprintf(stderr, "demo failed: %s\n", qPrintable(summary.error().detail));
        return false;
    }
    std::printf("database: %lld persons, %lld receptions, %lld supports, %lld follow-ups, "
                "%lld handovers = %lld rows in %.1f s: %.0f rows/s, peak %.0f MB, %.1f MB "
                "file (load %s)\n",
                static_cast<long long>(summary->persons),
                static_cast<long long>(summary->receptions),
                static_cast<long long>(summary->supports),
                static_cast<long long>(summary->followUps),
                static_cast<long long>(summary->handoverBatches),
                static_cast<long long>(summary->rows()),
                seconds,
                double(summary->rows()) / seconds,
                procStatusMb("VmHWM"),
                g_config.server ? 0.0 : double(QFileInfo(g_config.dbPath).size()) / 1e6,
                qPrintable(loadAverage()));
    std::fflush(stdout);
    return true;
}

/** Runs each scenario in a child process and prints one line per scenario. */
int runChildren(const QStringList &passThrough)
{
    std::printf("%-32s %10s %5s  %s\n", "scenario", "ms/iter", "iter", "figures");
    int failures = 0;
    const QRegularExpression selected(g_config.filter.isEmpty() ? QStringLiteral(".")
                                                                : g_config.filter);
    for (const Scenario &scenario : scenarios()) {
        if (!QString::fromStdString(scenario.name).contains(selected))
            continue;
        // Google Benchmark appends "/iterations:N/manual_time" to the name.
        QString filter = QString::fromStdString(scenario.name);
        filter.replace(QLatin1Char(' '), QLatin1Char('_'));
        QStringList args{QStringLiteral("--child"),
                         QStringLiteral("--persons"),
                         QString::number(g_config.persons),
                         QStringLiteral("--demo-persons"),
                         QString::number(g_config.demoPersons),
                         g_config.server ? QStringLiteral("--server") : QStringLiteral("--db"),
                         g_config.dbPath,
                         QStringLiteral("--writers-seconds"),
                         QString::number(g_config.writersSeconds),
                         QStringLiteral("--benchmark_format=json"),
                         QStringLiteral("--benchmark_filter=^") + filter
                             + QStringLiteral("/iterations:")};
        args += passThrough;
        QProcess child;
        child.setProcessChannelMode(QProcess::ForwardedErrorChannel);
        const QString load = loadAverage();
        child.start(QCoreApplication::applicationFilePath(), args);
        child.waitForFinished(-1);
        const QJsonArray results = QJsonDocument::fromJson(child.readAllStandardOutput())
                                       .object()
                                       .value(u"benchmarks")
                                       .toArray();
        if (child.exitCode() != 0 || results.isEmpty()) {
            std::printf("%-32s failed (exit %d)\n", scenario.name.c_str(), child.exitCode());
            ++failures;
            continue;
        }
        for (const QJsonValue &value : results) {
            const QJsonObject result = value.toObject();
            if (result.value(u"error_occurred").toBool()) {
                std::printf("%-32s error: %s\n",
                            scenario.name.c_str(),
                            qPrintable(result.value(u"error_message").toString()));
                ++failures;
                continue;
            }
            QStringList figures;
            for (auto it = result.constBegin(); it != result.constEnd(); ++it) {
                static const QStringList known{QStringLiteral("rows_per_s"),
                                               QStringLiteral("MB_per_s"),
                                               QStringLiteral("peak_MB"),
                                               QStringLiteral("rows"),
                                               QStringLiteral("hits"),
                                               QStringLiteral("count_arrives_ms"),
                                               QStringLiteral("receptions"),
                                               QStringLiteral("supports"),
                                               QStringLiteral("receptions_per_s"),
                                               QStringLiteral("supports_per_s"),
                                               QStringLiteral("batches_per_s"),
                                               QStringLiteral("persons"),
                                               QStringLiteral("writers"),
                                               QStringLiteral("saves"),
                                               QStringLiteral("failed"),
                                               QStringLiteral("saves_per_s"),
                                               QStringLiteral("p50_ms"),
                                               QStringLiteral("p99_ms"),
                                               QStringLiteral("MB"),
                                               QStringLiteral("GB"),
                                               QStringLiteral("pages"),
                                               QStringLiteral("attachments"),
                                               QStringLiteral("listed")};
                if (known.contains(it.key()))
                    figures << QStringLiteral("%1=%2").arg(it.key()).arg(
                        it.value().toDouble(), 0, 'f', 1);
            }
            figures << QStringLiteral("load=") + load.section(QLatin1Char(' '), 0, 0);
            std::printf("%-32s %10.1f %5d  %s\n",
                        scenario.name.c_str(),
                        result.value(u"real_time").toDouble(),
                        result.value(u"iterations").toInt(),
                        qPrintable(figures.join(QLatin1Char(' '))));
        }
        std::fflush(stdout);
    }
    return failures == 0 ? 0 : 1;
}

} // namespace

int main(int argc, char **argv)
{
    // Our options are taken out before Google Benchmark sees the rest.
    std::vector<char *> rest{argv[0]};
    QStringList passThrough;
    for (int i = 1; i < argc; ++i) {
        const std::string arg = argv[i];
        auto next = [&]() -> QString {
            return i + 1 < argc ? QString::fromLocal8Bit(argv[++i]) : QString();
        };
        if (arg == "--persons")
            g_config.persons = next().toLongLong();
        else if (arg == "--demo-persons")
            g_config.demoPersons = next().toLongLong();
        else if (arg == "--db")
            g_config.dbPath = next();
        else if (arg == "--server") {
            g_config.dbPath = next();
            g_config.server = true;
        } else if (arg == "--writers-seconds")
            g_config.writersSeconds = next().toInt();
        else if (arg == "--child")
            g_config.child = true;
        else if (arg == "--in-process")
            g_config.inProcess = true;
        else {
            rest.push_back(argv[i]);
            if (arg.rfind("--benchmark_filter=", 0) == 0)
                g_config.filter = QString::fromLocal8Bit(argv[i]).section(QLatin1Char('='), 1);
            else if (arg.rfind("--benchmark_format", 0) != 0)
                passThrough << QString::fromLocal8Bit(argv[i]);
        }
    }
    if (g_config.persons <= 0 || g_config.demoPersons <= 0) {
        std::fprintf(stderr, "--persons and --demo-persons must be positive\n");
        return 2;
    }
    if (g_config.dbPath.isEmpty()) {
        g_config.dbPath =
            QDir::temp().filePath(QStringLiteral("safereturn-bench-%1.db").arg(g_config.persons));
    }
    if (!g_config.server)
        g_config.dbPath = QFileInfo(g_config.dbPath).absoluteFilePath();

    qputenv("QT_QPA_PLATFORM", "offscreen");
    // Log lines go to stderr: stdout carries the figures (JSON from the children).
    spdlog::set_default_logger(spdlog::stderr_logger_mt("bench"));
    spdlog::set_level(spdlog::level::warn);
    QCoreApplication app(argc, argv);
    int benchArgc = int(rest.size());
    benchmark::Initialize(&benchArgc, rest.data());
    registerScenarios();

    if (!g_config.child) {
        std::printf("safereturn_bench: %lld persons, load average %s, %d cores\n",
                    static_cast<long long>(g_config.persons),
                    qPrintable(loadAverage()),
                    QThread::idealThreadCount());
        if (!ensureDatabase() || !ensureCaseWork())
            return 1;
        if (!g_config.inProcess)
            return runChildren(passThrough);
    }
    benchmark::RunSpecifiedBenchmarks();
    benchmark::Shutdown();
    g_db.reset();
    return 0;
}
