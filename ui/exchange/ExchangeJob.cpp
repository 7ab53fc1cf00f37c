#include "ExchangeJob.h"

#include <QThread>

namespace sr::ui {

ExchangeJob::ExchangeJob(QObject *parent)
    : QObject(parent)
{}

ExchangeJob::~ExchangeJob()
{
    cancel();
    wait();
}

bool ExchangeJob::start(services::AppContext::WorkerOpener open, Work work)
{
    if (isRunning())
        return false;
    if (m_thread) {
        m_thread->wait();
        delete m_thread;
        m_thread = nullptr;
    }
    m_cancel = false;
    m_result = {};
    m_thread = QThread::create([this, open = std::move(open), work = std::move(work)] {
        auto worker = open();
        if (!worker) {
            m_result = worker.error();
            return;
        }
        // Progress goes to the owner's thread; the job outlives the thread (the destructor waits).
        const services::ProgressCallback progress = [this](qint64 done, qint64 total) {
            QMetaObject::invokeMethod(
                this,
                [this, done, total] { Q_EMIT progressed(done, total); },
                Qt::QueuedConnection);
        };
        m_result = work(**worker, progress, &m_cancel);
    });
    m_thread->setParent(this);
    m_thread->setObjectName(QStringLiteral("exchange-job"));
    connect(m_thread, &QThread::finished, this, [this] {
        // Queued progress calls posted before the end are delivered first (same queue).
        Q_EMIT finished();
    });
    m_thread->start();
    return true;
}

void ExchangeJob::cancel()
{
    m_cancel = true;
}

bool ExchangeJob::isRunning() const
{
    return m_thread && m_thread->isRunning();
}

void ExchangeJob::wait()
{
    if (m_thread)
        m_thread->wait();
}

} // namespace sr::ui
