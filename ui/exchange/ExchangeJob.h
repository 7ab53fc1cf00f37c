#pragma once

#include "domain/Result.h"
#include "services/AppContext.h"
#include "services/ExportService.h"

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
    /**
     * The work; it gets the worker's own context (its own connection; its commits are told to
     * the owner's context), a progress callback and the cancel flag.
     */
    using Work = std::function<Result<void>(services::AppContext &worker,
                                            const services::ProgressCallback &progress,
                                            const std::atomic_bool *cancel)>;

    explicit ExchangeJob(QObject *parent = nullptr);
    /** Cancels a running job and waits for it. */
    ~ExchangeJob() override;

    /**
     * Opens a worker context with @a open on a new thread and runs @a work there. Returns
     * false when a job is already running.
     */
    bool start(services::AppContext::WorkerOpener open, Work work);

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
