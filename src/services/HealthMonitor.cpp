#include "HealthMonitor.h"

#include "storage/Database.h"
#include "storage/DatabaseHealth.h"

#include <QPointer>
#include <QThread>

#include <spdlog/spdlog.h>

namespace sr::services {

HealthMonitor::HealthMonitor(QString databasePath, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
{}

HealthMonitor::~HealthMonitor()
{
    m_stop = true;
    {
        // Closing the window must not wait for a whole read of a large file.
        std::lock_guard lock(m_mutex);
        if (m_running)
            m_running->interrupt();
    }
    if (m_thread)
        m_thread->wait();
}

void HealthMonitor::start()
{
    if (m_thread)
        return;
    QPointer<HealthMonitor> self(this);
    m_thread.reset(QThread::create([this, self] {
        bool damaged = false;
        {
            storage::Database::Options options;
            options.access = storage::Database::Access::ReadOnly;
            options.creation = storage::Database::Creation::MustExist;
            auto opened = storage::Database::open(m_path, options);
            if (!opened) {
                damaged = opened.error().code == ErrorCode::Corrupt;
                if (damaged)
                    storage::health::markDamaged(m_path);
            } else {
                {
                    std::lock_guard lock(m_mutex);
                    m_running = opened->get();
                }
                if (!m_stop) {
                    const auto checked = storage::health::quickCheck(**opened);
                    damaged = !checked && checked.error().code == ErrorCode::Corrupt;
                }
                std::lock_guard lock(m_mutex);
                m_running = nullptr;
            }
        }
        spdlog::info("health: background check {}", damaged ? "found damage" : "done");
        // Delivered on the owner's thread; dropped when the owner is gone.
        QMetaObject::invokeMethod(
            this,
            [self, damaged] {
                if (!self)
                    return;
                self->m_finished = true;
                if (damaged)
                    Q_EMIT self->damaged();
                Q_EMIT self->finished();
            },
            Qt::QueuedConnection);
    }));
    m_thread->setObjectName(QStringLiteral("sr-health"));
    m_thread->start(QThread::LowPriority);
}

} // namespace sr::services
