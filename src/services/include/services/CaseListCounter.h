#pragma once

#include "CaseListService.h"

#include <QObject>

#include <condition_variable>
#include <memory>
#include <mutex>
#include <optional>

class QThread;

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Counts the case list's matches on a thread of its own, so that a search keystroke shows
 * its first page at once while the persons matching a common prefix ("n": half a register
 * of a million) are still being counted (docs/performance.md).
 *
 * The thread opens its own read-only connection to the database file on the first request
 * (a Qt SQL connection belongs to one thread) and keeps it. Only the latest request counts:
 * a newer one interrupts the statement of an older one, whose result is never reported.
 * Results arrive as the counted() / failed() signals on the thread that owns this object;
 * request() and cancel() are called on that thread only.
 */
class CaseListCounter : public QObject
{
    Q_OBJECT

public:
    CaseListCounter(QString databasePath, domain::Actor actor, QObject *parent = nullptr);
    /** Interrupts a running count and waits for the thread. */
    ~CaseListCounter() override;

    /** Starts counting @a filter's matches; returns the request's number for the signals. */
    quint64 request(const CaseListFilter &filter);
    /** Abandons the pending or running request (its result is never reported). */
    void cancel();

Q_SIGNALS:
    /** The number of persons matching request @a number (the latest one). */
    void counted(quint64 number, qint64 count);
    /** Request @a number (the latest one) could not be counted. */
    void failed(quint64 number, sr::ErrorCode code);

private:
    void run();

    const QString m_path;
    const domain::Actor m_actor;
    std::unique_ptr<QThread> m_thread;

    std::mutex m_mutex;
    std::condition_variable m_wake;
    std::optional<CaseListFilter> m_pending; ///< latest request not yet started
    quint64 m_latest = 0;                    ///< number of the latest request
    bool m_stopping = false;
    storage::Database *m_running = nullptr; ///< the thread's database while it counts
};

} // namespace sr::services
