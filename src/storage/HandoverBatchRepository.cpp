#include "HandoverBatchRepository.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace sr::storage {

using domain::HandoverBatch;

namespace {

const QStringList kColumns{
    QStringLiteral("batch_date"),
    QStringLiteral("border_gate_code"),
    QStringLiteral("foreign_agency"),
    QStringLiteral("receiving_agency_code"),
    QStringLiteral("persons_total"),
    QStringLiteral("persons_male"),
    QStringLiteral("persons_female"),
    QStringLiteral("persons_children"),
    QStringLiteral("classified"),
    QStringLiteral("persons_verified"),
    QStringLiteral("cases_identified"),
    QStringLiteral("victims_identified"),
    QStringLiteral("notes"),
};

QVariantList valuesOf(const HandoverBatch &b)
{
    return QVariantList{
        sql::text(sql::isoDate(b.date)),
        sql::textOrNull(b.borderGateCode),
        sql::text(b.foreignAgency),
        sql::textOrNull(b.receivingAgencyCode),
        b.personsTotal,
        b.personsMale,
        b.personsFemale,
        b.personsChildren,
        b.classified ? 1 : 0,
        b.personsVerified,
        b.casesIdentified,
        b.victimsIdentified,
        sql::text(b.notes),
    };
}

HandoverBatch batchFrom(const QSqlQuery &q)
{
    HandoverBatch b;
    RecordStore::readMeta(q, b.meta);
    int i = RecordStore::dataOffset;
    b.date = sql::dateFromIso(q.value(i++));
    b.borderGateCode = q.value(i++).toString();
    b.foreignAgency = q.value(i++).toString();
    b.receivingAgencyCode = q.value(i++).toString();
    b.personsTotal = q.value(i++).toInt();
    b.personsMale = q.value(i++).toInt();
    b.personsFemale = q.value(i++).toInt();
    b.personsChildren = q.value(i++).toInt();
    b.classified = q.value(i++).toInt() != 0;
    b.personsVerified = q.value(i++).toInt();
    b.casesIdentified = q.value(i++).toInt();
    b.victimsIdentified = q.value(i++).toInt();
    b.notes = q.value(i++).toString();
    return b;
}

} // namespace

struct HandoverBatchRepository::Private
{
    Private(Database &database, AuditPolicy audit)
        : db(database)
        , store(database, QStringLiteral("handover_batch"), kColumns, audit)
    {}

    Database &db;
    RecordStore store;
};

HandoverBatchRepository::HandoverBatchRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

HandoverBatchRepository::~HandoverBatchRepository() = default;

Result<HandoverBatch> HandoverBatchRepository::get(qint64 id) const
{
    QSqlQuery q(d->db.connection());
    if (auto r = sql::prepare(q,
                              QStringLiteral("SELECT %1 FROM handover_batch WHERE id = ?")
                                  .arg(d->store.selectColumns()),
                              "handover_batch.get");
        !r)
        return r.error();
    q.bindValue(0, id);
    if (auto r = sql::exec(q, "handover_batch.get"); !r)
        return r.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, QStringLiteral("handover_batch %1 not found").arg(id)};
    return batchFrom(q);
}

namespace {

/** The WHERE clause (with a leading space, or empty) of list() and count(). */
QString rangeCondition(const QDate &from, const QDate &to, ArchiveFilter filter)
{
    QStringList where;
    if (from.isValid())
        where << QStringLiteral("batch_date >= :from");
    if (to.isValid())
        where << QStringLiteral("batch_date <= :to");
    if (filter == ArchiveFilter::ActiveOnly)
        where << QStringLiteral("archived = 0");
    else if (filter == ArchiveFilter::ArchivedOnly)
        where << QStringLiteral("archived = 1");
    if (where.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + where.join(QStringLiteral(" AND "));
}

void bindRange(QSqlQuery &q, const QDate &from, const QDate &to)
{
    if (from.isValid())
        q.bindValue(QStringLiteral(":from"), sql::isoDate(from));
    if (to.isValid())
        q.bindValue(QStringLiteral(":to"), sql::isoDate(to));
}

} // namespace

Result<QList<HandoverBatch>> HandoverBatchRepository::list(
    const QDate &from, const QDate &to, ArchiveFilter filter, int limit, int offset) const
{
    QString statement =
        QStringLiteral("SELECT %1 FROM handover_batch").arg(d->store.selectColumns())
        + rangeCondition(from, to, filter) + QStringLiteral(" ORDER BY batch_date DESC, id DESC");
    if (limit >= 0)
        statement += QStringLiteral(" LIMIT :limit OFFSET :offset");
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    if (auto r = sql::prepare(q, statement, "handover_batch.list"); !r)
        return r.error();
    bindRange(q, from, to);
    if (limit >= 0) {
        q.bindValue(QStringLiteral(":limit"), limit);
        q.bindValue(QStringLiteral(":offset"), qMax(0, offset));
    }
    if (auto r = sql::exec(q, "handover_batch.list"); !r)
        return r.error();
    QList<HandoverBatch> batches;
    while (q.next())
        batches.append(batchFrom(q));
    return batches;
}

Result<qint64>
HandoverBatchRepository::count(const QDate &from, const QDate &to, ArchiveFilter filter) const
{
    QSqlQuery q(d->db.connection());
    q.setForwardOnly(true);
    if (auto r = sql::prepare(q,
                              QStringLiteral("SELECT count(*) FROM handover_batch")
                                  + rangeCondition(from, to, filter),
                              "handover_batch.count");
        !r)
        return r.error();
    bindRange(q, from, to);
    if (auto r = sql::exec(q, "handover_batch.count"); !r)
        return r.error();
    if (!q.next())
        return qint64(0);
    return q.value(0).toLongLong();
}

Result<HandoverBatch> HandoverBatchRepository::insert(const HandoverBatch &batch,
                                                      const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    const auto existing = d->store.idForUuid(batch.meta.uuid);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return retriedInsert(transaction, get(*existing));
    HandoverBatch stored = batch;
    stored.meta = domain::RecordMeta{};
    stored.meta.uuid = batch.meta.uuid;
    if (auto r = d->store.insert(stored.meta, valuesOf(stored), actor); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<HandoverBatch> HandoverBatchRepository::update(const HandoverBatch &batch,
                                                      const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    HandoverBatch stored = batch;
    if (auto r = d->store.update(stored.meta, valuesOf(stored), actor); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<void> HandoverBatchRepository::archive(qint64 id,
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
