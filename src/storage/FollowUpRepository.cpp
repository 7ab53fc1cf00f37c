#include "FollowUpRepository.h"

#include "RecordTable.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::FollowUp;

struct FollowUpRepository::Private
{
    Private(Database &db, AuditPolicy audit)
        : table(db, domain::followUpRecord(), audit)
    {}

    RecordTable<FollowUp> table;
};

FollowUpRepository::FollowUpRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

FollowUpRepository::~FollowUpRepository() = default;

Result<FollowUp> FollowUpRepository::get(qint64 id) const
{
    return d->table.get(id);
}

Result<QList<FollowUp>> FollowUpRepository::listForReception(qint64 receptionId,
                                                             ArchiveFilter filter) const
{
    return d->table.list(RowFilter{.conditions = {QStringLiteral("reception_id = ?")},
                                   .values = {receptionId},
                                   .archive = filter,
                                   .orderBy = QStringLiteral("follow_up_date, id")});
}

Result<FollowUp> FollowUpRepository::insert(const FollowUp &followUp, const domain::Actor &actor)
{
    return d->table.insert(followUp, actor);
}

Result<FollowUp> FollowUpRepository::update(const FollowUp &followUp, const domain::Actor &actor)
{
    return d->table.update(followUp, actor);
}

Result<void> FollowUpRepository::archive(qint64 id,
                                         int expectedVersion,
                                         const QString &reason,
                                         const domain::Actor &actor)
{
    return d->table.archive(id, expectedVersion, reason, actor);
}

} // namespace sr::storage
