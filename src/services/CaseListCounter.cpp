#include "CaseListCounter.h"

#include "CaseAccess.h"
#include "Permissions.h"
#include "storage/CaseListQuery.h"
#include "storage/Database.h"

#include <QThread>

#include <utility>

namespace sr::services {

CaseListCounter::CaseListCounter(QString databasePath, domain::Actor actor, QObject *parent)
    : QObject(parent)
    , m_path(std::move(databasePath))
    , m_actor(std::move(actor))
{}

CaseListCounter::~CaseListCounter()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stopping = true;
        if (m_running)
            m_running->interrupt();
    }
    m_wake.notify_one();
    if (m_thread)
        m_thread->wait();
}

quint64 CaseListCounter::request(const CaseListFilter &filter)
{
    // The owner's thread only: the queued results compare with m_latest there.
    Q_ASSERT(QThread::currentThread() == thread());
    quint64 number = 0;
    {
        const std::lock_guard lock(m_mutex);
        number = ++m_latest;
        m_pending = filter;
        if (m_running)
            m_running->interrupt(); // its result would be dropped anyway
    }
    if (!m_thread) {
        m_thread.reset(QThread::create([this] { run(); }));
        m_thread->setObjectName(QStringLiteral("case-list-count"));
        m_thread->start(QThread::LowPriority);
    }
    m_wake.notify_one();
    return number;
}

void CaseListCounter::cancel()
{
    Q_ASSERT(QThread::currentThread() == thread());
    const std::lock_guard lock(m_mutex);
    ++m_latest; // no request has this number: whatever is counted now is dropped
    m_pending.reset();
    if (m_running)
        m_running->interrupt();
}

void CaseListCounter::run()
{
    std::unique_ptr<storage::Database> db; // opened, used and closed on this thread only
    for (;;) {
        CaseListFilter filter;
        quint64 number = 0;
        {
            std::unique_lock lock(m_mutex);
            m_wake.wait(lock, [this] { return m_stopping || m_pending.has_value(); });
            if (m_stopping)
                break;
            filter = std::move(*m_pending);
            m_pending.reset();
            number = m_latest;
        }

        Result<qint64> result = qint64(0);
        if (auto allowed = require(m_actor, Permission::ViewCases); !allowed) {
            result = allowed.error();
        } else {
            if (!db) {
                storage::Database::Options options;
                options.access = storage::Database::Access::ReadOnly;
                options.creation = storage::Database::Creation::MustExist;
                auto opened = storage::Database::open(m_path, options);
                if (opened)
                    db = std::move(opened).value();
                else
                    result = opened.error();
            }
            if (db) {
                {
                    const std::lock_guard lock(m_mutex);
                    if (m_stopping || number != m_latest)
                        continue;
                    m_running = db.get();
                }
                // The list's own record-level access (CaseListService counts the same cases).
                if (auto scope = CaseAccess::scopeOf(*db, m_actor); !scope) {
                    result = scope.error();
                } else {
                    storage::CaseListQuery query(*db);
                    query.setScope(std::move(scope).value());
                    result = query.count(filter);
                }
                const std::lock_guard lock(m_mutex);
                m_running = nullptr;
            }
        }

        QMetaObject::invokeMethod(
            this,
            [this, number, result] {
                if (number != m_latest)
                    return; // replaced while it was counted
                if (result)
                    Q_EMIT counted(number, *result);
                else
                    Q_EMIT failed(number, result.error().code);
            },
            Qt::QueuedConnection);
    }
}

} // namespace sr::services
