#include "FollowUpRepository.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace sr::storage {

using domain::FollowUp;
using domain::ReintegrationStatus;

namespace {

const QStringList kColumns{
    QStringLiteral("reception_id"),
    QStringLiteral("follow_up_date"),
    QStringLiteral("kind"),
    QStringLiteral("health"),
    QStringLiteral("housing"),
    QStringLiteral("work"),
    QStringLiteral("schooling"),
    QStringLiteral("notes"),
};

QVariantList valuesOf(const FollowUp &f)
{
    return QVariantList{
        f.receptionId,
        sql::text(sql::isoDate(f.date)),
        domain::toCode(f.kind),
        domain::toCode(f.health),
        domain::toCode(f.housing),
        domain::toCode(f.work),
        domain::toCode(f.schooling),
        sql::text(f.notes),
    };
}

ReintegrationStatus statusFrom(const QVariant &value)
{
    return domain::fromCode<ReintegrationStatus>(value.toString())
        .value_or(ReintegrationStatus::Unknown);
}

FollowUp followUpFrom(const QSqlQuery &q)
{
    FollowUp f;
    RecordStore::readMeta(q, f.meta);
    int i = RecordStore::dataOffset;
    f.receptionId = q.value(i++).toLongLong();
    f.date = sql::dateFromIso(q.value(i++));
    f.kind = domain::fromCode<domain::FollowUpKind>(q.value(i++).toString())
                 .value_or(domain::FollowUpKind::Other);
    f.health = statusFrom(q.value(i++));
    f.housing = statusFrom(q.value(i++));
    f.work = statusFrom(q.value(i++));
    f.schooling = statusFrom(q.value(i++));
    f.notes = q.value(i++).toString();
    return f;
}

} // namespace

struct FollowUpRepository::Private
{
    Private(Database &database, AuditPolicy audit)
        : db(database)
        , store(database, QStringLiteral("follow_up"), kColumns, audit)
    {}

    Database &db;
    RecordStore store;
};

FollowUpRepository::FollowUpRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

FollowUpRepository::~FollowUpRepository() = default;

Result<FollowUp> FollowUpRepository::get(qint64 id) const
{
    QSqlQuery q(d->db.connection());
    if (auto r = sql::prepare(
            q,
            QStringLiteral("SELECT %1 FROM follow_up WHERE id = ?").arg(d->store.selectColumns()),
            "follow_up.get");
        !r)
        return r.error();
    q.bindValue(0, id);
    if (auto r = sql::exec(q, "follow_up.get"); !r)
        return r.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, QStringLiteral("follow_up %1 not found").arg(id)};
    return followUpFrom(q);
}

Result<QList<FollowUp>> FollowUpRepository::listForReception(qint64 receptionId,
                                                             ArchiveFilter filter) const
{
    QString where = QStringLiteral("reception_id = ?");
    if (filter == ArchiveFilter::ActiveOnly)
        where += QStringLiteral(" AND archived = 0");
    else if (filter == ArchiveFilter::ArchivedOnly)
        where += QStringLiteral(" AND archived = 1");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    if (auto r = sql::prepare(q,
                              QStringLiteral("SELECT %1 FROM follow_up WHERE %2 "
                                             "ORDER BY follow_up_date, id")
                                  .arg(d->store.selectColumns(), where),
                              "follow_up.list");
        !r)
        return r.error();
    q.bindValue(0, receptionId);
    if (auto r = sql::exec(q, "follow_up.list"); !r)
        return r.error();
    QList<FollowUp> followUps;
    while (q.next())
        followUps.append(followUpFrom(q));
    return followUps;
}

Result<FollowUp> FollowUpRepository::insert(const FollowUp &followUp, const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    const auto existing = d->store.idForUuid(followUp.meta.uuid);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return retriedInsert(transaction, get(*existing));
    FollowUp stored = followUp;
    stored.meta = domain::RecordMeta{};
    stored.meta.uuid = followUp.meta.uuid;
    if (auto r = d->store.insert(stored.meta, valuesOf(stored), actor); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<FollowUp> FollowUpRepository::update(const FollowUp &followUp, const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    FollowUp stored = followUp;
    if (auto r = d->store.update(stored.meta, valuesOf(stored), actor); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<void> FollowUpRepository::archive(qint64 id,
                                         int expectedVersion,
                                         const QString &reason,
                                         const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = d->store.archive(id, expectedVersion, reason, actor); !r)
        return r;
    return transaction.commit();
}

} // namespace sr::storage
