#include "ReferenceRepository.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/RecordTypes.h"

#include <QJsonArray>
#include <QSqlQuery>

#include <functional>
#include <vector>

namespace sr::storage {

using domain::Agency;
using domain::BorderGate;
using domain::SupportType;

namespace {

/** Runs @a statement (no bound values except @a binds) and maps every row with @a read. */
template<typename T, typename Read>
Result<QList<T>> readAll(Database &db,
                         const QString &statement,
                         const QVariantList &binds,
                         const char *context,
                         Read read)
{
    QSqlQuery q(db.connection());
    if (auto r = sql::run(q, statement, binds, context); !r)
        return r.error();
    QList<T> items;
    while (q.next())
        items.append(read(q));
    return items;
}

/** A code list whose rows are three texts, in the order of T's members. */
template<typename T>
Result<QList<T>> readTextTriples(Database &db, const QString &statement, const char *context)
{
    return readAll<T>(db, statement, {}, context, [](const QSqlQuery &q) {
        return T{q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
    });
}

/** The entries of a reference list with a descriptor, read by column name. */
template<typename T>
Result<QList<T>> readEntries(Database &db,
                             const domain::RecordType<T> &type,
                             ArchiveFilter filter,
                             const QString &orderBy,
                             const char *context)
{
    RecordStore store(db, type, AuditPolicy::Summary);
    const QString archived = sql::archivedCondition(filter);
    QSqlQuery q(db.connection());
    if (auto r =
            sql::run(q,
                     QStringLiteral("SELECT %1 FROM %2%3 ORDER BY %4")
                         .arg(store.selectColumns(),
                              type.table,
                              archived.isEmpty() ? QString() : QStringLiteral(" WHERE ") + archived,
                              orderBy),
                     {},
                     context);
        !r)
        return r.error();
    QList<T> items;
    const RowReader reader(q, type);
    while (q.next())
        items.append(reader.read(type));
    return items;
}

/** The entry with @a id in @a list. */
template<typename T>
Result<T> findById(const Result<QList<T>> &list, qint64 id)
{
    if (!list)
        return list.error();
    for (const T &entry : *list) {
        if (entry.meta.id == id)
            return entry;
    }
    return Error{ErrorCode::NotFound, QStringLiteral("reference entry %1 not found").arg(id)};
}

/**
 * Inserts (id 0) or updates one editable reference entry, in one audited transaction. An
 * insert whose uuid is already stored returns the stored entry (@a load reads it by id).
 */
template<typename T, typename Load>
Result<T> save(Database &db,
               const domain::RecordType<T> &type,
               const T &entry,
               const domain::Actor &actor,
               Load load)
{
    Transaction transaction(db);
    if (!transaction.isActive())
        return transaction.error();
    const QString &table = type.table;
    const QVariantList values = type.storedValues(entry);
    RecordStore store(db, type, AuditPolicy::PerRecord);
    T stored = entry;
    if (!entry.meta.isStored()) {
        const auto existing = store.idForUuid(entry.meta.uuid);
        if (!existing)
            return existing.error();
        if (*existing > 0)
            return retriedInsert(transaction, load(*existing));
        stored.meta = domain::RecordMeta{};
        stored.meta.uuid = entry.meta.uuid;
        if (auto r = store.insert(stored.meta, values, actor); !r)
            return r.error();
    } else {
        if (auto r = store.update(stored.meta, values, actor); !r)
            return r.error();
        // Entries are archived, never deleted: meta.archived set by the caller archives it.
        const auto archived = sql::scalarInt(
            db.connection(),
            QStringLiteral("SELECT archived FROM %1 WHERE id = %2").arg(table).arg(stored.meta.id),
            "reference.archived");
        if (!archived)
            return archived.error();
        if (entry.meta.archived && *archived == 0) {
            if (auto r = store.archive(
                    stored.meta.id, stored.meta.version, entry.meta.archiveReason, actor);
                !r)
                return r.error();
            stored.meta.version += 1;
            stored.meta.archived = true;
        }
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

/** One organisation detail stored as a row of `settings`: its key and how it reads and writes. */
struct OrgSetting
{
    QString key;
    std::function<QString(const domain::Organisation &)> get;
    std::function<void(domain::Organisation &, const QString &)> set;
};

template<QString domain::Organisation::*Member>
OrgSetting textSetting(const char *key)
{
    return {QLatin1String(key),
            [](const domain::Organisation &o) { return o.*Member; },
            [](domain::Organisation &o, const QString &v) { o.*Member = v; }};
}

const std::vector<OrgSetting> &orgSettings()
{
    // The keys are the field names of domain::validateOrganisation and of the form; a new
    // detail is a new key (no migration: `settings` is a key-value table).
    static const std::vector<OrgSetting> settings{
        textSetting<&domain::Organisation::name>("org_name"),
        textSetting<&domain::Organisation::parentName>("org_parent_name"),
        textSetting<&domain::Organisation::provinceCode>("org_province_code"),
        textSetting<&domain::Organisation::address>("org_address"),
        textSetting<&domain::Organisation::place>("org_place"),
        textSetting<&domain::Organisation::caseCodePrefix>("case_code_prefix"),
        textSetting<&domain::Organisation::abbreviation>("org_abbreviation"),
        textSetting<&domain::Organisation::headTitle>("org_head_title"),
        {QStringLiteral("org_deputy_signs"),
         [](const domain::Organisation &o) {
             return o.deputySigns ? QStringLiteral("1") : QStringLiteral("0");
         },
         [](domain::Organisation &o, const QString &v) {
             o.deputySigns = v == QLatin1String("1");
         }},
        textSetting<&domain::Organisation::deputyTitle>("org_deputy_title"),
        textSetting<&domain::Organisation::signerName>("org_signer_name"),
        {QStringLiteral("org_recipients"),
         [](const domain::Organisation &o) { return o.recipients.join(QLatin1Char('\n')); },
         [](domain::Organisation &o, const QString &v) {
             o.recipients = v.isEmpty() ? QStringList() : v.split(QLatin1Char('\n'));
         }},
    };
    return settings;
}

} // namespace

ReferenceRepository::ReferenceRepository(Database &db)
    : m_db(db)
{}

Result<QList<Agency>> ReferenceRepository::agencies(ArchiveFilter filter) const
{
    return readEntries(
        m_db, domain::agencyRecord(), filter, QStringLiteral("code"), "reference.agencies");
}

Result<QList<BorderGate>> ReferenceRepository::borderGates(ArchiveFilter filter) const
{
    return readEntries(
        m_db, domain::borderGateRecord(), filter, QStringLiteral("code"), "reference.borderGates");
}

Result<QList<domain::AttachmentType>>
ReferenceRepository::attachmentTypes(ArchiveFilter filter) const
{
    return readEntries(m_db,
                       domain::attachmentTypeRecord(),
                       filter,
                       QStringLiteral("sort_order, code"),
                       "reference.attachmentTypes");
}

Result<QList<SupportType>> ReferenceRepository::supportTypes(ArchiveFilter filter) const
{
    return readEntries(m_db,
                       domain::supportTypeRecord(),
                       filter,
                       QStringLiteral("sort_order, code"),
                       "reference.supportTypes");
}

Result<QList<domain::TaskRule>> ReferenceRepository::taskRules(ArchiveFilter filter) const
{
    return readEntries(m_db,
                       domain::taskRuleRecord(),
                       filter,
                       QStringLiteral("kind, offset_months, offset_days, code"),
                       "reference.taskRules");
}

Result<QList<domain::Country>> ReferenceRepository::countries() const
{
    return readTextTriples<domain::Country>(
        m_db,
        QStringLiteral("SELECT code, name_vi, name_en FROM country ORDER BY code"),
        "reference.countries");
}

Result<QList<domain::EthnicGroup>> ReferenceRepository::ethnicGroups() const
{
    return readTextTriples<domain::EthnicGroup>(
        m_db,
        QStringLiteral("SELECT code, name, other_names FROM ethnic_group ORDER BY code"),
        "reference.ethnicGroups");
}

Result<QList<domain::Province>> ReferenceRepository::provinces(domain::AdminEra era) const
{
    return readAll<domain::Province>(
        m_db,
        QStringLiteral("SELECT code, name, full_name FROM province WHERE era = ? ORDER BY code"),
        {domain::toCode(era)},
        "reference.provinces",
        [era](const QSqlQuery &q) {
            return domain::Province{
                era, q.value(0).toString(), q.value(1).toString(), q.value(2).toString()};
        });
}

Result<QList<domain::Commune>> ReferenceRepository::communes(domain::AdminEra era,
                                                             const QString &provinceCode) const
{
    return readAll<domain::Commune>(
        m_db,
        QStringLiteral("SELECT code, province_code, name, full_name, district_name FROM commune "
                       "WHERE era = ? AND province_code = ? ORDER BY code"),
        {domain::toCode(era), provinceCode},
        "reference.communes",
        [era](const QSqlQuery &q) {
            return domain::Commune{era,
                                   q.value(0).toString(),
                                   q.value(1).toString(),
                                   q.value(2).toString(),
                                   q.value(3).toString(),
                                   q.value(4).toString()};
        });
}

Result<Agency> ReferenceRepository::saveAgency(const Agency &agency, const domain::Actor &actor)
{
    return save(m_db, domain::agencyRecord(), agency, actor, [this](qint64 id) {
        return findById(agencies(ArchiveFilter::IncludeArchived), id);
    });
}

Result<BorderGate> ReferenceRepository::saveBorderGate(const BorderGate &gate,
                                                       const domain::Actor &actor)
{
    return save(m_db, domain::borderGateRecord(), gate, actor, [this](qint64 id) {
        return findById(borderGates(ArchiveFilter::IncludeArchived), id);
    });
}

Result<domain::AttachmentType>
ReferenceRepository::saveAttachmentType(const domain::AttachmentType &type,
                                        const domain::Actor &actor)
{
    return save(m_db, domain::attachmentTypeRecord(), type, actor, [this](qint64 id) {
        return findById(attachmentTypes(ArchiveFilter::IncludeArchived), id);
    });
}

Result<SupportType> ReferenceRepository::saveSupportType(const SupportType &type,
                                                         const domain::Actor &actor)
{
    return save(m_db, domain::supportTypeRecord(), type, actor, [this](qint64 id) {
        return findById(supportTypes(ArchiveFilter::IncludeArchived), id);
    });
}

Result<domain::TaskRule> ReferenceRepository::saveTaskRule(const domain::TaskRule &rule,
                                                           const domain::Actor &actor)
{
    return save(m_db, domain::taskRuleRecord(), rule, actor, [this](qint64 id) {
        return findById(taskRules(ArchiveFilter::IncludeArchived), id);
    });
}

Result<domain::Organisation> ReferenceRepository::organisation() const
{
    domain::Organisation org;
    for (const OrgSetting &detail : orgSettings()) {
        auto value = setting(detail.key, detail.get(org));
        if (!value)
            return value.error();
        detail.set(org, *value);
    }
    return org;
}

Result<void> ReferenceRepository::setOrganisation(const domain::Organisation &organisation,
                                                  const domain::Actor &actor)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const auto before = this->organisation();
    if (!before)
        return before.error();
    domain::Organisation stored = organisation;
    stored.caseCodePrefix = stored.caseCodePrefix.trimmed();
    if (stored.caseCodePrefix.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("empty case code prefix")};
    QJsonObject changes;
    for (const OrgSetting &detail : orgSettings()) {
        const QString oldValue = detail.get(*before);
        const QString newValue = detail.get(stored);
        if (auto r = setSetting(detail.key, newValue); !r)
            return r;
        if (oldValue != newValue)
            changes.insert(detail.key, QJsonArray{oldValue, newValue});
    }
    // The organisation is a set of settings, audited under the table's name.
    RecordStore store(
        m_db, domain::RecordTypeInfo{.table = QStringLiteral("settings")}, AuditPolicy::PerRecord);
    if (auto r = store.audit(actor, QStringLiteral("update"), 0, changes); !r)
        return r;
    return transaction.commit();
}

Result<QString> ReferenceRepository::setting(const QString &key, const QString &defaultValue) const
{
    QSqlQuery q(m_db.connection());
    if (auto r = sql::run(q,
                          QStringLiteral("SELECT value FROM settings WHERE key = ?"),
                          {key},
                          "reference.setting");
        !r)
        return r.error();
    if (!q.next())
        return defaultValue;
    return q.value(0).toString();
}

Result<void> ReferenceRepository::setSetting(const QString &key, const QString &value)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QSqlQuery q(m_db.connection());
    const QString upsert = m_db.dialect().upsertStatement(
        QStringLiteral("settings"), {QStringLiteral("key")}, {QStringLiteral("value")});
    if (auto r = sql::run(q, upsert, {key, sql::text(value)}, "reference.setSetting"); !r)
        return r;
    return transaction.commit();
}

// == Shelter (docs/centre-work.md) ==

Result<QList<domain::Shelter>> ReferenceRepository::shelters(ArchiveFilter filter) const
{
    return readEntries(m_db,
                       domain::shelterRecord(),
                       filter,
                       QStringLiteral("sort_order, code"),
                       "reference.shelters");
}

Result<QList<domain::ShelterRoom>> ReferenceRepository::shelterRooms(ArchiveFilter filter) const
{
    return readEntries(m_db,
                       domain::shelterRoomRecord(),
                       filter,
                       QStringLiteral("shelter_code, sort_order, code"),
                       "reference.shelterRooms");
}

Result<domain::Shelter> ReferenceRepository::saveShelter(const domain::Shelter &shelter,
                                                         const domain::Actor &actor)
{
    return save(m_db, domain::shelterRecord(), shelter, actor, [this](qint64 id) {
        return findById(shelters(ArchiveFilter::IncludeArchived), id);
    });
}

Result<domain::ShelterRoom> ReferenceRepository::saveShelterRoom(const domain::ShelterRoom &room,
                                                                 const domain::Actor &actor)
{
    return save(m_db, domain::shelterRoomRecord(), room, actor, [this](qint64 id) {
        return findById(shelterRooms(ArchiveFilter::IncludeArchived), id);
    });
}

} // namespace sr::storage
