#pragma once

#include "domain/Result.h"
#include "services/ExportService.h"
#include "storage/Database.h"

#include <QObject>
#include <QString>

#include <atomic>
#include <functional>

class QThread;

namespace sr::ui {

/**
 * Runs one export or import on a worker thread with its own connection to the database file,
 * so the dialog stays responsive and can be cancelled (a Database belongs to the thread that
 * opened it). progressed() and finished() arrive on the thread that owns the job.
 */
class ExchangeJob : public QObject
{
    Q_OBJECT

public:
    /** The work; it gets the worker's own database, a progress callback and the cancel flag. */
    using Work = std::function<Result<void>(storage::Database &database,
                                            const services::ProgressCallback &progress,
                                            const std::atomic_bool *cancel)>;

    explicit ExchangeJob(QObject *parent = nullptr);
    /** Cancels a running job and waits for it. */
    ~ExchangeJob() override;

    /**
     * Opens @a databasePath with @a access on a new thread and
     * runs @a work there. Returns false when a job is already running.
     */
    bool start(const QString &databasePath, storage::Database::Access access, Work work);

    /** Asks the work to stop; it ends with ErrorCode::Cancelled at its next check. */
    void cancel();
    bool isRunning() const;
    /** Blocks until the job has ended (tests, and closing a dialog). */
    void wait();

    /** The outcome of the last job (valid after finished()). */
    const Result<void> &result() const { return m_result; }

Q_SIGNALS:
    void progressed(qint64 done, qint64 total);
    void finished();

private:
    QThread *m_thread = nullptr;
    std::atomic_bool m_cancel{false};
    Result<void> m_result;
};

} // namespace sr::ui
