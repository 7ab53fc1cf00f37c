#include "ImportResolver.h"

#include "storage/Database.h"
#include "storage/ExportQueries.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"

namespace sr::services {

struct ImportResolver::Private
{
    explicit Private(storage::Database &database)
        : db(database)
        , receptions(database)
        , queries(database)
    {}

    storage::Database &db;
    storage::ReceptionRepository receptions;
    storage::ExportQueries queries;
    QHash<QString, std::optional<qint64>> batches;
    QHash<QString, std::optional<domain::Reception>> receptionsByKey;
};

ImportResolver::ImportResolver(storage::Database &db)
    : d(std::make_unique<Private>(db))
{}

ImportResolver::~ImportResolver() = default;

Result<ImportReferences> ImportResolver::loadReferences(MissingReferences missing) const
{
    storage::ReferenceRepository refs(d->db);
    ImportReferences out;
    out.missing = missing;
    const auto agencies = refs.agencies(storage::ArchiveFilter::IncludeArchived);
    if (!agencies)
        return agencies.error();
    out.addAgencies(*agencies);
    const auto countries = refs.countries();
    if (!countries)
        return countries.error();
    out.addCountries(*countries);
    const auto groups = refs.ethnicGroups();
    if (!groups)
        return groups.error();
    out.addEthnicGroups(*groups);
    for (const domain::AdminEra era : domain::allValues<domain::AdminEra>()) {
        const auto list = refs.provinces(era);
        if (!list)
            return list.error();
        out.addProvinces(era, *list);
    }
    const auto types = refs.supportTypes(storage::ArchiveFilter::IncludeArchived);
    if (!types)
        return types.error();
    out.addSupportTypes(*types);
    const auto gates = refs.borderGates(storage::ArchiveFilter::IncludeArchived);
    if (!gates)
        return gates.error();
    out.addBorderGates(*gates);
    return out;
}

Result<void> ImportResolver::addReferences(const QList<AddedReference> &added,
                                           const domain::Actor &actor)
{
    storage::ReferenceRepository refs(d->db);
    for (const AddedReference &ref : added) {
        if (ref.list == QLatin1String("agency")) {
            domain::Agency a;
            a.code = ref.code;
            a.name = ref.name;
            a.kind = domain::AgencyKind::Other;
            if (auto saved = refs.saveAgency(a, actor); !saved)
                return saved.error();
        } else if (ref.list == QLatin1String("support_type")) {
            domain::SupportType t;
            t.code = ref.code;
            t.nameVi = ref.name;
            t.sortOrder = 1000;
            if (auto saved = refs.saveSupportType(t, actor); !saved)
                return saved.error();
        } else if (ref.list == QLatin1String("border_gate")) {
            domain::BorderGate g;
            g.code = ref.code;
            g.name = ref.name;
            if (auto saved = refs.saveBorderGate(g, actor); !saved)
                return saved.error();
        }
    }
    return {};
}

namespace {

Result<bool> exists(const Result<std::optional<qint64>> &id)
{
    if (!id)
        return id.error();
    return id->has_value();
}

} // namespace

Result<bool> ImportResolver::caseCodeStored(const QString &caseCode) const
{
    return exists(d->queries.personIdByCaseCode(caseCode));
}

Result<bool> ImportResolver::personUuidStored(const QString &uuid) const
{
    return exists(d->queries.personIdByUuid(uuid));
}

Result<bool> ImportResolver::receptionUuidStored(const QString &uuid) const
{
    const auto id = d->queries.receptionIdByUuid(uuid);
    if (!id)
        return id.error();
    return id->has_value();
}

Result<bool> ImportResolver::supportUuidStored(const QString &uuid) const
{
    const auto id = d->queries.supportIdByUuid(uuid);
    if (!id)
        return id.error();
    return id->has_value();
}

Result<bool> ImportResolver::followUpUuidStored(const QString &uuid) const
{
    const auto id = d->queries.followUpIdByUuid(uuid);
    if (!id)
        return id.error();
    return id->has_value();
}

Result<bool> ImportResolver::batchUuidStored(const QString &uuid) const
{
    const auto id = d->queries.batchIdByUuid(uuid);
    if (!id)
        return id.error();
    return id->has_value();
}

Result<std::optional<qint64>> ImportResolver::batchId(const QString &uuid)
{
    if (const auto it = d->batches.constFind(uuid); it != d->batches.constEnd())
        return *it;
    const auto id = d->queries.batchIdByUuid(uuid);
    if (!id)
        return id.error();
    d->batches.insert(uuid, *id);
    return *id;
}

Result<std::optional<domain::Reception>> ImportResolver::receptionOf(const SupportRow &row)
{
    return receptionOf(row.caseCode, row.receptionUuid, row.receptionDate);
}

Result<std::optional<domain::Reception>> ImportResolver::receptionOf(const FollowUpRow &row)
{
    return receptionOf(row.caseCode, row.receptionUuid, row.receptionDate);
}

Result<std::optional<domain::Reception>> ImportResolver::receptionOf(const QString &caseCode,
                                                                     const QString &receptionUuid,
                                                                     const QDate &receptionDate)
{
    const QString key = receptionUuid.isEmpty()
                            ? caseCode + QChar(0x1F) + receptionDate.toString(Qt::ISODate)
                            : receptionUuid;
    if (const auto it = d->receptionsByKey.constFind(key); it != d->receptionsByKey.constEnd())
        return *it;
    std::optional<domain::Reception> reception;
    if (!receptionUuid.isEmpty()) {
        const auto found = d->receptions.getParentByUuid(receptionUuid);
        if (found)
            reception = *found;
        else if (found.error().code != ErrorCode::NotFound)
            return found.error();
    } else {
        const auto person = d->queries.personIdByCaseCode(caseCode);
        if (!person)
            return person.error();
        if (*person) {
            const auto id = d->queries.receptionIdByPersonAndDate(**person, receptionDate);
            if (!id)
                return id.error();
            if (*id) {
                const auto found = d->receptions.getParent(**id);
                if (!found)
                    return found.error();
                reception = *found;
            }
        }
    }
    d->receptionsByKey.insert(key, reception);
    return reception;
}

} // namespace sr::services
