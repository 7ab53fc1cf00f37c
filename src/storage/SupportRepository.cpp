#include "SupportRepository.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlSupport.h"

#include <QSqlQuery>

namespace sr::storage {

using domain::Support;

namespace {

const QStringList kColumns{
    QStringLiteral("reception_id"),
    QStringLiteral("type_code"),
    QStringLiteral("support_date"),
    QStringLiteral("provider_agency_code"),
    QStringLiteral("amount_vnd"),
    QStringLiteral("quantity"),
    QStringLiteral("status"),
    QStringLiteral("notes"),
};

QVariantList valuesOf(const Support &s)
{
    return QVariantList{
        s.receptionId,
        sql::text(s.typeCode),
        sql::text(sql::isoDate(s.date)),
        sql::textOrNull(s.providerAgencyCode),
        s.amountVnd,
        s.quantity,
        domain::toCode(s.status),
        sql::text(s.notes),
    };
}

Support supportFrom(const QSqlQuery &q)
{
    Support s;
    RecordStore::readMeta(q, s.meta);
    int i = RecordStore::dataOffset;
    s.receptionId = q.value(i++).toLongLong();
    s.typeCode = q.value(i++).toString();
    s.date = sql::dateFromIso(q.value(i++));
    s.providerAgencyCode = q.value(i++).toString();
    s.amountVnd = q.value(i++).toLongLong();
    s.quantity = q.value(i++).toInt();
    s.status = domain::fromCode<domain::SupportStatus>(q.value(i++).toString())
                   .value_or(domain::SupportStatus::Provided);
    s.notes = q.value(i++).toString();
    return s;
}

} // namespace

struct SupportRepository::Private
{
    Private(Database &database, AuditPolicy audit)
        : db(database)
        , store(database, QStringLiteral("support"), kColumns, audit)
    {}

    Database &db;
    RecordStore store;
};

SupportRepository::SupportRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

SupportRepository::~SupportRepository() = default;

Result<Support> SupportRepository::get(qint64 id) const
{
    QSqlQuery q(d->db.connection());
    if (auto r = sql::prepare(
            q,
            QStringLiteral("SELECT %1 FROM support WHERE id = ?").arg(d->store.selectColumns()),
            "support.get");
        !r)
        return r.error();
    q.bindValue(0, id);
    if (auto r = sql::exec(q, "support.get"); !r)
        return r.error();
    if (!q.next())
        return Error{ErrorCode::NotFound, QStringLiteral("support %1 not found").arg(id)};
    return supportFrom(q);
}

Result<QList<Support>> SupportRepository::listForReception(qint64 receptionId,
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
                              QStringLiteral("SELECT %1 FROM support WHERE %2 "
                                             "ORDER BY support_date, id")
                                  .arg(d->store.selectColumns(), where),
                              "support.list");
        !r)
        return r.error();
    q.bindValue(0, receptionId);
    if (auto r = sql::exec(q, "support.list"); !r)
        return r.error();
    QList<Support> supports;
    while (q.next())
        supports.append(supportFrom(q));
    return supports;
}

Result<Support> SupportRepository::insert(const Support &support, const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    const auto existing = d->store.idForUuid(support.meta.uuid);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return retriedInsert(transaction, get(*existing));
    Support stored = support;
    stored.meta = domain::RecordMeta{};
    stored.meta.uuid = support.meta.uuid;
    if (auto r = d->store.insert(stored.meta, valuesOf(stored), actor); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<Support> SupportRepository::update(const Support &support, const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    Support stored = support;
    if (auto r = d->store.update(stored.meta, valuesOf(stored), actor); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<void> SupportRepository::archive(qint64 id,
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
