#include "CaseWriter.h"

#include "TaskRules.h"
#include "storage/Database.h"
#include "storage/ExportQueries.h"
#include "storage/FollowUpRepository.h"
#include "storage/HandoverBatchRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/SupportRepository.h"
#include "storage/UserRepository.h"

#include <QHash>

namespace sr::services {

namespace {

/** Where a record of a group sits. */
enum class Part { Person, Reception, Support, FollowUp, Batch };

/**
 * The one place that places a group's field errors: the validator's field (the database
 * column) with its record, reception and row (domain::placedIn), or bare for a record written
 * alone. A batch has no place in a case: its errors keep their row only.
 */
void appendAt(domain::FieldErrors &out,
              const domain::FieldErrors &errors,
              ErrorPaths paths,
              Part part,
              qsizetype reception = 0,
              qsizetype index = 0)
{
    using domain::RecordKind;
    if (errors.isEmpty())
        return;
    if (paths == ErrorPaths::Record) {
        out += errors;
        return;
    }
    switch (part) {
    case Part::Person:
        out += domain::placedIn(errors, RecordKind::Person);
        break;
    case Part::Reception:
        out += domain::placedIn(errors, RecordKind::Reception, int(reception));
        break;
    case Part::Support:
        out += domain::placedIn(errors, RecordKind::Support, int(reception), int(index));
        break;
    case Part::FollowUp:
        out += domain::placedIn(errors, RecordKind::FollowUp, int(reception), int(index));
        break;
    case Part::Batch:
        out += domain::placedIn(errors, RecordKind::Record, -1, int(index));
        break;
    }
}

Error appearedMeanwhile(const char *what)
{
    // The import checked its keys in the same transaction: a stored record found here means
    // the two disagree; never overwrite it silently.
    return makeError(ErrorCode::Conflict,
                     QStringLiteral("write: %1 already stored").arg(QLatin1String(what)));
}

} // namespace

CaseCheck validateCase(CaseGroup group, const QDate &today, ErrorPaths paths)
{
    CaseCheck check;
    domain::FieldErrors &errors = check.errors;
    for (qsizetype i = 0; i < group.batches.size(); ++i) {
        if (group.isWritten(group.batches.at(i).meta))
            appendAt(errors,
                     domain::validateBatch(group.batches.at(i), today),
                     paths,
                     Part::Batch,
                     0,
                     i);
    }
    if (group.person && group.isWritten(group.person->meta))
        appendAt(errors, domain::validatePerson(*group.person, today), paths, Part::Person);
    for (qsizetype r = 0; r < group.receptions.size(); ++r) {
        const ReceptionGroup &entry = group.receptions.at(r);
        if (group.person)
            appendAt(errors,
                     domain::validateReception(entry.reception, *group.person, today),
                     paths,
                     Part::Reception,
                     r);
        for (qsizetype i = 0; i < entry.supports.size(); ++i) {
            if (group.isWritten(entry.supports.at(i).meta))
                appendAt(errors,
                         domain::validateSupport(entry.supports.at(i), entry.reception, today),
                         paths,
                         Part::Support,
                         r,
                         i);
        }
        for (qsizetype i = 0; i < entry.followUps.size(); ++i) {
            if (group.isWritten(entry.followUps.at(i).meta))
                appendAt(errors,
                         domain::validateFollowUp(entry.followUps.at(i), entry.reception, today),
                         paths,
                         Part::FollowUp,
                         r,
                         i);
        }
    }
    if (errors.isEmpty())
        check.valid = ValidatedCase(std::move(group));
    return check;
}

struct CaseWriter::Private
{
    Private(storage::Database &database, const domain::Actor &who, WriterOptions opts)
        : db(database)
        , actor(who)
        , options(opts)
        , persons(database, opts.audit)
        , receptions(database, opts.audit)
        , supports(database, opts.audit)
        , followUps(database, opts.audit)
        , batches(database, opts.audit)
        , queries(database)
        , rules(database, who, opts.audit)
    {}

    storage::Database &db;
    domain::Actor actor;
    WriterOptions options;
    storage::PersonRepository persons;
    storage::ReceptionRepository receptions;
    storage::SupportRepository supports;
    storage::FollowUpRepository followUps;
    storage::HandoverBatchRepository batches;
    storage::ExportQueries queries;
    TaskRuleEngine rules;
    /** Append: the cases written, for finish() to run the task rules on all at once. */
    QList<qint64> appendedPersons;
    QSet<qint64> appendedSet;
    WriteCounts counts;
    /** Persons this writer stored, by case code: later receptions of the case join them. */
    QHash<QString, qint64> personByCaseCode;
    /** The actor's account, when it is one (looked up once): a new case's default worker. */
    std::optional<std::optional<qint64>> actorAccount;

    Result<std::optional<qint64>> defaultWorker()
    {
        if (!actorAccount) {
            if (actor.userId <= 0) {
                actorAccount.emplace();
            } else {
                auto account = storage::UserRepository(db).findById(actor.userId);
                if (!account)
                    return account.error();
                actorAccount.emplace(*account ? std::optional<qint64>(actor.userId) : std::nullopt);
            }
        }
        return *actorAccount;
    }

    /** Rows of one case in a file join the person stored by the first. */
    bool keyed() const { return options.mode != WriteMode::Save; }
    /** Whether stored records are looked up by their natural keys before a write. */
    bool looksUp() const
    {
        return options.mode == WriteMode::InsertNew || options.mode == WriteMode::Upsert;
    }
    bool appends() const { return options.mode == WriteMode::Append; }
};

CaseWriter::CaseWriter(storage::Database &db, const domain::Actor &actor, WriterOptions options)
    : d(std::make_unique<Private>(db, actor, options))
{}

CaseWriter::~CaseWriter() = default;

const WriteCounts &CaseWriter::counts() const
{
    return d->counts;
}

namespace {

/** The stored record of @a id, when there is one. */
template<typename Repository>
auto storedById(const Repository &repository, const Result<std::optional<qint64>> &id)
    -> Result<std::optional<std::decay_t<decltype(*repository.get(0))>>>
{
    using Record = std::decay_t<decltype(*repository.get(0))>;
    if (!id)
        return id.error();
    if (!*id)
        return std::optional<Record>();
    auto found = repository.get(**id);
    if (!found)
        return found.error();
    return std::optional<Record>(std::move(found).value());
}

} // namespace

Result<CaseGroup> CaseWriter::write(const ValidatedCase &validated)
{
    Private &p = *d;
    CaseGroup group = validated.group();
    const bool keyed = p.keyed();

    for (domain::HandoverBatch &batch : group.batches) {
        if (!group.isWritten(batch.meta))
            continue;
        std::optional<domain::HandoverBatch> existing;
        if (p.looksUp() && !batch.meta.uuid.isEmpty()) {
            auto match = storedById(p.batches, p.queries.batchIdByUuid(batch.meta.uuid));
            if (!match)
                return match.error();
            existing = std::move(*match);
        }
        if (existing && p.options.mode == WriteMode::InsertNew)
            return appearedMeanwhile("handover batch");
        if (existing)
            batch.meta = existing->meta;
        const bool update = batch.meta.isStored();
        auto saved = update ? p.batches.update(batch, p.actor) : p.batches.insert(batch, p.actor);
        if (!saved)
            return saved.error();
        ++(update ? p.counts.batchesUpdated : p.counts.batchesCreated);
        batch = std::move(saved).value();
    }

    qint64 personId = 0;
    bool personInserted = false;
    // Whether this group wrote anything a task rule reads (services/TaskRules.h): a new support
    // that is not "referred" is not one (its rule's task would be done before it is made), so
    // an import of such supports reads no case's triggers.
    bool triggers = false;
    if (group.person) {
        domain::Person &person = *group.person;
        const QString caseCode = person.caseCode;
        if (keyed && !person.meta.isStored() && !caseCode.isEmpty()
            && p.personByCaseCode.contains(caseCode)) {
            // Written earlier by this writer (another row of the same case): join it.
            person.meta.id = p.personByCaseCode.value(caseCode);
        } else if (group.isWritten(person.meta)) {
            std::optional<domain::Person> existing;
            if (p.looksUp() && !caseCode.isEmpty()) {
                auto match = storedById(p.persons, p.queries.personIdByCaseCode(caseCode));
                if (!match)
                    return match.error();
                existing = std::move(*match);
            }
            if (existing && p.options.mode == WriteMode::InsertNew)
                return appearedMeanwhile("person");
            if (existing) {
                person.meta = existing->meta;
                person.caseCode = existing->caseCode;
            }
            const bool update = person.meta.isStored();
            // A new case is its creator's unless the caller named its worker
            // (docs/case-work.md); a stored one keeps its own (an insert-only column).
            if (!update && !person.responsibleUserId) {
                auto worker = p.defaultWorker();
                if (!worker)
                    return worker.error();
                person.responsibleUserId = *worker;
            }
            const int caseYear = group.receptions.isEmpty()
                                     ? 0
                                     : group.receptions.constFirst().reception.receptionDate.year();
            auto saved = update        ? p.persons.update(person, p.actor)
                         : p.appends() ? p.persons.append(person, p.actor, caseYear)
                                       : p.persons.insert(person, p.actor, caseYear);
            if (!saved)
                return saved.error();
            person = std::move(saved).value();
            triggers = true;
            if (update) {
                ++p.counts.personsUpdated;
                // Ages at reception depend on the birth date.
                if (auto refreshed = p.receptions.refreshDerivedForPerson(person.meta.id);
                    !refreshed)
                    return refreshed.error();
            } else {
                ++p.counts.personsCreated;
                personInserted = true;
            }
            if (keyed && !caseCode.isEmpty())
                p.personByCaseCode.insert(caseCode, person.meta.id);
        }
        personId = person.meta.id;
    }

    for (ReceptionGroup &entry : group.receptions) {
        domain::Reception &reception = entry.reception;
        if (group.isWritten(reception.meta)) {
            if (group.person)
                reception.personId = personId;
            std::optional<domain::Reception> existing;
            if (!p.looksUp()) {
                // Save: new or changed as the group says; Append: new, checked by the caller.
            } else if (!reception.meta.uuid.isEmpty()) {
                auto match =
                    storedById(p.receptions, p.queries.receptionIdByUuid(reception.meta.uuid));
                if (!match)
                    return match.error();
                existing = std::move(*match);
            } else if (p.options.mode == WriteMode::Upsert) {
                auto match = storedById(p.receptions,
                                        p.queries.receptionIdByPersonAndDate(
                                            reception.personId, reception.receptionDate));
                if (!match)
                    return match.error();
                existing = std::move(*match);
            }
            if (existing && p.options.mode == WriteMode::InsertNew)
                return appearedMeanwhile("reception");
            if (existing)
                reception.meta = existing->meta;
            const bool update = reception.meta.isStored();
            // An appended reception takes its age from the person in hand (the rows of one
            // case agree on the person: the import checks it).
            const bool append = !update && p.appends() && group.person;
            auto saved = update   ? p.receptions.update(reception, p.actor)
                         : append ? p.receptions.append(reception, *group.person, p.actor)
                                  : p.receptions.insert(reception, p.actor);
            if (!saved)
                return saved.error();
            ++(update ? p.counts.receptionsUpdated : p.counts.receptionsCreated);
            reception = std::move(saved).value();
            triggers = true;
        }
        for (domain::Support &support : entry.supports) {
            if (!group.isWritten(support.meta))
                continue;
            support.receptionId = reception.meta.id;
            std::optional<domain::Support> existing;
            if (p.looksUp() && !support.meta.uuid.isEmpty()) {
                auto match = storedById(p.supports, p.queries.supportIdByUuid(support.meta.uuid));
                if (!match)
                    return match.error();
                existing = std::move(*match);
            }
            if (existing && p.options.mode == WriteMode::InsertNew)
                return appearedMeanwhile("support");
            if (existing)
                support.meta = existing->meta;
            const bool update = support.meta.isStored();
            auto saved = update        ? p.supports.update(support, p.actor)
                         : p.appends() ? p.supports.append(support, p.actor)
                                       : p.supports.insert(support, p.actor);
            if (!saved)
                return saved.error();
            ++(update ? p.counts.supportsUpdated : p.counts.supportsCreated);
            support = std::move(saved).value();
            triggers = triggers || update || support.status == domain::SupportStatus::Referred;
        }
        for (domain::FollowUp &followUp : entry.followUps) {
            if (!group.isWritten(followUp.meta))
                continue;
            followUp.receptionId = reception.meta.id;
            // As a support: the import looks a follow-up up by its uuid (the follow-ups table,
            // docs/csv-format.md) and appends the new ones it checked.
            std::optional<domain::FollowUp> existing;
            if (p.looksUp() && !followUp.meta.uuid.isEmpty()) {
                auto match =
                    storedById(p.followUps, p.queries.followUpIdByUuid(followUp.meta.uuid));
                if (!match)
                    return match.error();
                existing = std::move(*match);
            }
            if (existing && p.options.mode == WriteMode::InsertNew)
                return appearedMeanwhile("follow-up");
            if (existing)
                followUp.meta = existing->meta;
            const bool update = followUp.meta.isStored();
            auto saved = update        ? p.followUps.update(followUp, p.actor)
                         : p.appends() ? p.followUps.append(followUp, p.actor)
                                       : p.followUps.insert(followUp, p.actor);
            if (!saved)
                return saved.error();
            ++(update ? p.counts.followUpsUpdated : p.counts.followUpsCreated);
            followUp = std::move(saved).value();
            triggers = true;
        }
    }
    if (!triggers)
        return group;
    if (auto synced = syncTasks(group, personId, personInserted); !synced)
        return synced.error();
    return group;
}

Result<void> CaseWriter::syncTasks(const CaseGroup &stored, qint64 personId, bool personInserted)
{
    Private &p = *d;
    // The cases this group wrote to: its person, or the persons of the stored receptions that
    // received new supports or follow-ups.
    QList<qint64> persons;
    if (personId > 0) {
        persons << personId;
    } else {
        for (const ReceptionGroup &entry : stored.receptions) {
            const qint64 id = entry.reception.personId;
            if (id > 0 && !persons.contains(id))
                persons << id;
        }
    }
    if (p.appends()) {
        // The rows of one case come in several groups: the rules run once per case, in bulk.
        for (qint64 id : persons) {
            if (!p.appendedSet.contains(id)) {
                p.appendedSet.insert(id);
                p.appendedPersons << id;
            }
        }
        return {};
    }
    // A person inserted just now has every record of the case in the group: nothing to read.
    if (personInserted)
        return p.rules.syncNewCase(stored);
    return p.rules.syncPersons(persons);
}

Result<void> CaseWriter::finish()
{
    if (!d->appends())
        return {};
    if (auto r = d->persons.flushAppended(); !r)
        return r;
    if (auto r = d->receptions.flushAppended(); !r)
        return r;
    return d->rules.syncPersons(d->appendedPersons);
}

} // namespace sr::services
