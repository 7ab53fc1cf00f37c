#include "SupportRepository.h"

#include "RecordTable.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::Support;

struct SupportRepository::Private
{
    Private(Database &db, AuditPolicy audit)
        : table(db, domain::supportRecord(), audit)
    {}

    RecordTable<Support> table;
};

SupportRepository::SupportRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

SupportRepository::~SupportRepository() = default;

Result<Support> SupportRepository::get(qint64 id) const
{
    return d->table.get(id);
}

Result<QList<Support>> SupportRepository::listForReception(qint64 receptionId,
                                                           ArchiveFilter filter) const
{
    return d->table.list(RowFilter{.conditions = {QStringLiteral("reception_id = ?")},
                                   .values = {receptionId},
                                   .archive = filter,
                                   .orderBy = QStringLiteral("support_date, id")});
}

Result<Support> SupportRepository::insert(const Support &support, const domain::Actor &actor)
{
    return d->table.insert(support, actor);
}

Result<Support> SupportRepository::append(const Support &support, const domain::Actor &actor)
{
    return d->table.append(support, actor);
}

Result<Support> SupportRepository::update(const Support &support, const domain::Actor &actor)
{
    return d->table.update(support, actor);
}

Result<void> SupportRepository::archive(qint64 id,
                                        int expectedVersion,
                                        const QString &reason,
                                        const domain::Actor &actor)
{
    return d->table.archive(id, expectedVersion, reason, actor);
}

} // namespace sr::storage
