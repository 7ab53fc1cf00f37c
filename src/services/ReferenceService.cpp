#include "ReferenceService.h"

#include "CommitResult.h"
#include "Permissions.h"
#include "TaskRules.h"
#include "domain/Validation.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ReferenceRepository.h"
#include "storage/TaskRepository.h"

#include <QJsonArray>
#include <QJsonObject>

#include <algorithm>
#include <tuple>

namespace sr::services {

namespace {

using domain::FieldError;
using domain::FieldErrors;
using domain::ValidationCode;

/**
 * The common path of every reference entry save: permission, validation (the entry's own rules,
 * an archive reason when archiving, a stored entry keeps its code), then the repository's
 * audited write inside one transaction.
 */
template<typename T, typename Validate, typename LoadAll, typename Store>
ServiceResult<T> saveEntry(storage::Database &db,
                           const domain::Actor &actor,
                           const T &entry,
                           Validate validate,
                           LoadAll loadAll,
                           Store store,
                           const char *what)
{
    if (auto r = require(db, actor, Permission::ManageReference); !r)
        return ServiceResult<T>(r.error());
    FieldErrors errors = validate(entry);
    if (entry.meta.archived && entry.meta.archiveReason.trimmed().isEmpty())
        errors.append(FieldError{QStringLiteral("archive_reason"), ValidationCode::Required});

    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return ServiceResult<T>(transaction.error());
    if (entry.meta.isStored()) {
        const Result<QList<T>> all = loadAll();
        if (!all)
            return ServiceResult<T>(all.error());
        const T *stored = nullptr;
        for (const T &candidate : *all) {
            if (candidate.meta.id == entry.meta.id)
                stored = &candidate;
        }
        if (!stored) {
            return ServiceResult<T>(makeError(
                ErrorCode::NotFound, QStringLiteral("%1: no such entry").arg(QLatin1String(what))));
        }
        if (stored->code != entry.code)
            errors.append(FieldError{QStringLiteral("code"), ValidationCode::Inconsistent});
    }
    if (!errors.isEmpty())
        return ServiceResult<T>::invalid(errors);

    return commitResult(transaction, store(entry), what);
}

} // namespace

ReferenceService::ReferenceService(storage::Database &db)
    : m_db(db)
{}

Result<ReferenceLists> ReferenceService::lists(const domain::Actor &actor) const
{
    if (auto r = require(m_db, actor, Permission::ManageReference); !r)
        return r.error();
    const storage::ReferenceRepository refs(m_db);
    ReferenceLists lists;
    auto agencies = refs.agencies(storage::ArchiveFilter::IncludeArchived);
    if (!agencies)
        return agencies.error();
    lists.agencies = std::move(agencies).value();
    auto gates = refs.borderGates(storage::ArchiveFilter::IncludeArchived);
    if (!gates)
        return gates.error();
    lists.borderGates = std::move(gates).value();
    auto types = refs.supportTypes(storage::ArchiveFilter::IncludeArchived);
    if (!types)
        return types.error();
    lists.supportTypes = std::move(types).value();
    auto countries = refs.countries();
    if (!countries)
        return countries.error();
    lists.countries = std::move(countries).value();
    auto provinces = refs.provinces(domain::AdminEra::From2025);
    if (!provinces)
        return provinces.error();
    lists.provinces = std::move(provinces).value();
    auto rules = refs.taskRules(storage::ArchiveFilter::IncludeArchived);
    if (!rules)
        return rules.error();
    lists.taskRules = std::move(rules).value();
    auto attachmentTypes = refs.attachmentTypes(storage::ArchiveFilter::IncludeArchived);
    if (!attachmentTypes)
        return attachmentTypes.error();
    lists.attachmentTypes = std::move(attachmentTypes).value();
    auto shelters = refs.shelters(storage::ArchiveFilter::IncludeArchived);
    if (!shelters)
        return shelters.error();
    lists.shelters = std::move(shelters).value();
    auto rooms = refs.shelterRooms(storage::ArchiveFilter::IncludeArchived);
    if (!rooms)
        return rooms.error();
    lists.shelterRooms = std::move(rooms).value();
    return lists;
}

Result<domain::Organisation> ReferenceService::organisation() const
{
    return storage::ReferenceRepository(m_db).organisation();
}

Result<QList<domain::Province>> ReferenceService::provinces() const
{
    return storage::ReferenceRepository(m_db).provinces(domain::AdminEra::From2025);
}

Result<bool> ReferenceService::needsOrganisation() const
{
    auto organisation = storage::ReferenceRepository(m_db).organisation();
    if (!organisation)
        return organisation.error();
    return organisation->name.trimmed().isEmpty();
}

ServiceResult<domain::Agency> ReferenceService::saveAgency(const domain::Actor &actor,
                                                           const domain::Agency &agency)
{
    storage::ReferenceRepository refs(m_db);
    return saveEntry(
        m_db,
        actor,
        agency,
        domain::validateAgency,
        [&refs] { return refs.agencies(storage::ArchiveFilter::IncludeArchived); },
        [&refs, &actor](const domain::Agency &a) { return refs.saveAgency(a, actor); },
        "reference.saveAgency");
}

ServiceResult<domain::BorderGate> ReferenceService::saveBorderGate(const domain::Actor &actor,
                                                                   const domain::BorderGate &gate)
{
    storage::ReferenceRepository refs(m_db);
    return saveEntry(
        m_db,
        actor,
        gate,
        domain::validateBorderGate,
        [&refs] { return refs.borderGates(storage::ArchiveFilter::IncludeArchived); },
        [&refs, &actor](const domain::BorderGate &g) { return refs.saveBorderGate(g, actor); },
        "reference.saveBorderGate");
}

Result<QList<domain::AttachmentType>> ReferenceService::attachmentTypes() const
{
    return storage::ReferenceRepository(m_db).attachmentTypes();
}

ServiceResult<domain::AttachmentType>
ReferenceService::saveAttachmentType(const domain::Actor &actor, const domain::AttachmentType &type)
{
    storage::ReferenceRepository refs(m_db);
    return saveEntry(
        m_db,
        actor,
        type,
        domain::validateAttachmentType,
        [&refs] { return refs.attachmentTypes(storage::ArchiveFilter::IncludeArchived); },
        [&refs, &actor](const domain::AttachmentType &t) {
            return refs.saveAttachmentType(t, actor);
        },
        "reference.saveAttachmentType");
}

ServiceResult<domain::SupportType>
ReferenceService::saveSupportType(const domain::Actor &actor, const domain::SupportType &type)
{
    storage::ReferenceRepository refs(m_db);
    return saveEntry(
        m_db,
        actor,
        type,
        domain::validateSupportType,
        [&refs] { return refs.supportTypes(storage::ArchiveFilter::IncludeArchived); },
        [&refs, &actor](const domain::SupportType &t) { return refs.saveSupportType(t, actor); },
        "reference.saveSupportType");
}

ServiceResult<domain::TaskRule> ReferenceService::saveTaskRule(const domain::Actor &actor,
                                                               const domain::TaskRule &rule)
{
    storage::ReferenceRepository refs(m_db);
    domain::TaskRule cleaned = rule;
    cleaned.code = cleaned.code.trimmed();
    cleaned.nameVi = cleaned.nameVi.trimmed();
    cleaned.nameEn = cleaned.nameEn.trimmed();
    return saveEntry(
        m_db,
        actor,
        cleaned,
        domain::validateTaskRule,
        [&refs] { return refs.taskRules(storage::ArchiveFilter::IncludeArchived); },
        [this, &refs, &actor](const domain::TaskRule &r) -> Result<domain::TaskRule> {
            auto saved = refs.saveTaskRule(r, actor);
            if (!saved)
                return saved;
            // The cases with open tasks of this rule follow its new offsets (or its archiving)
            // now, in the same transaction, rather than when each is next written.
            auto persons = storage::TaskRepository(m_db).personsWithOpenTasksOfRule(r.code);
            if (!persons)
                return persons.error();
            if (auto synced = TaskRuleEngine(m_db, actor).syncPersons(*persons); !synced)
                return synced.error();
            return saved;
        },
        "reference.saveTaskRule");
}

ServiceResult<domain::Organisation>
ReferenceService::saveOrganisation(const domain::Actor &actor,
                                   const domain::Organisation &organisation)
{
    using R = ServiceResult<domain::Organisation>;
    if (auto r = require(m_db, actor, Permission::ManageReference); !r)
        return R(r.error());
    domain::Organisation cleaned = organisation;
    for (QString *text : {&cleaned.name,
                          &cleaned.parentName,
                          &cleaned.provinceCode,
                          &cleaned.address,
                          &cleaned.place,
                          &cleaned.caseCodePrefix}) {
        *text = text->trimmed();
    }
    if (const FieldErrors errors = domain::validateOrganisation(cleaned); !errors.isEmpty())
        return R::invalid(errors);
    storage::ReferenceRepository refs(m_db);
    if (Result<void> saved = refs.setOrganisation(cleaned, actor); !saved)
        return R(saved.error());
    return R(cleaned);
}

namespace {

const QString approvalsKey = QStringLiteral("approvals_required");
const QString recordAccessKey = QStringLiteral("record_level_access");

} // namespace

Result<domain::CaseWorkSettings> ReferenceService::caseWorkSettings() const
{
    storage::ReferenceRepository refs(m_db);
    auto approvals = refs.setting(approvalsKey, QStringLiteral("0"));
    if (!approvals)
        return approvals.error();
    auto access = refs.setting(recordAccessKey, QStringLiteral("0"));
    if (!access)
        return access.error();
    return domain::CaseWorkSettings{.approvalsRequired = *approvals == QLatin1String("1"),
                                    .recordLevelAccess = *access == QLatin1String("1")};
}

Result<void> ReferenceService::saveCaseWorkSettings(const domain::Actor &actor,
                                                    const domain::CaseWorkSettings &settings)
{
    if (auto r = require(m_db, actor, Permission::ManageReference); !r)
        return r;
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    // Read inside the write transaction: the audit row names what it replaced.
    auto old = caseWorkSettings();
    if (!old)
        return old.error();
    storage::ReferenceRepository refs(m_db);
    QJsonObject changes;
    const auto flag = [](bool on) { return on ? QStringLiteral("1") : QStringLiteral("0"); };
    for (const auto &[key, before, after] :
         {std::tuple{approvalsKey, old->approvalsRequired, settings.approvalsRequired},
          std::tuple{recordAccessKey, old->recordLevelAccess, settings.recordLevelAccess}}) {
        if (before == after)
            continue;
        if (auto r = refs.setSetting(key, flag(after)); !r)
            return r;
        changes.insert(key, QJsonArray{flag(before), flag(after)});
    }
    if (changes.isEmpty())
        return {};
    storage::AuditLog log(m_db);
    if (auto r =
            log.append(actor, QStringLiteral("update"), QStringLiteral("settings"), 0, changes);
        !r)
        return r.error();
    return transaction.commit();
}

// == Shelter (docs/centre-work.md) ==

ServiceResult<domain::Shelter> ReferenceService::saveShelter(const domain::Actor &actor,
                                                             const domain::Shelter &shelter)
{
    storage::ReferenceRepository refs(m_db);
    return saveEntry(
        m_db,
        actor,
        shelter,
        domain::validateShelter,
        [&refs] { return refs.shelters(storage::ArchiveFilter::IncludeArchived); },
        [&refs, &actor](const domain::Shelter &s) { return refs.saveShelter(s, actor); },
        "reference.saveShelter");
}

ServiceResult<domain::ShelterRoom>
ReferenceService::saveShelterRoom(const domain::Actor &actor, const domain::ShelterRoom &room)
{
    storage::ReferenceRepository refs(m_db);
    // The room's shelter: one of the stored shelters (the table refers to it).
    const auto shelters = refs.shelters(storage::ArchiveFilter::IncludeArchived);
    if (!shelters)
        return ServiceResult<domain::ShelterRoom>(shelters.error());
    const bool known = std::any_of(shelters->cbegin(), shelters->cend(), [&](const auto &s) {
        return s.code == room.shelterCode;
    });
    const auto validate = [known](const domain::ShelterRoom &r) {
        domain::FieldErrors errors = domain::validateShelterRoom(r);
        const bool marked = std::any_of(errors.cbegin(), errors.cend(), [](const auto &e) {
            return e.field == QLatin1String("shelter_code");
        });
        if (!known && !marked)
            errors.append(domain::FieldError{QStringLiteral("shelter_code"),
                                             domain::ValidationCode::NotAChoice});
        return errors;
    };
    return saveEntry(
        m_db,
        actor,
        room,
        validate,
        [&refs] { return refs.shelterRooms(storage::ArchiveFilter::IncludeArchived); },
        [&refs, &actor](const domain::ShelterRoom &r) { return refs.saveShelterRoom(r, actor); },
        "reference.saveShelterRoom");
}

} // namespace sr::services
