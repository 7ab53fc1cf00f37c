#pragma once

#include <QObject>
#include <QString>

#include <atomic>
#include <memory>
#include <mutex>

class QThread;

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Reads the whole database once in the background after the desktop application opened it
 * (storage::health::quickCheck on a read-only connection of its own thread), so that damage
 * inside the file is noticed even where no screen reads it. Damage marks the file read-only for this
 * process (storage/DatabaseHealth.h) and is reported by damaged() on the owner's thread.
 */
class HealthMonitor : public QObject
{
    Q_OBJECT

public:
    explicit HealthMonitor(QString databasePath, QObject *parent = nullptr);
    /** Interrupts the check and waits for its thread. */
    ~HealthMonitor() override;

    /** Starts the check (once). */
    void start();
    bool isFinished() const { return m_finished; }

Q_SIGNALS:
    /** The check found damage: the database is read-only from now on. */
    void damaged();
    /** The check ended (damaged or not). */
    void finished();

private:
    const QString m_path;
    std::unique_ptr<QThread> m_thread;
    std::atomic_bool m_stop{false};
    std::mutex m_mutex;                     ///< guards m_running
    storage::Database *m_running = nullptr; ///< the thread's connection while it checks
    bool m_finished = false;
};

} // namespace sr::services
