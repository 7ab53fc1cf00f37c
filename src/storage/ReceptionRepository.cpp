#include "ReceptionRepository.h"

#include "RecordTable.h"
#include "domain/Age.h"
#include "domain/RecordTypes.h"

#include <QHash>

namespace sr::storage {

using domain::Reception;

struct ReceptionRepository::Private
{
    Private(Database &db, AuditPolicy audit)
        : table(db, domain::receptionRecord(), audit)
        , ageYears(table.type().indexOf(u"age_years"))
        , ageBand(table.type().indexOf(u"age_band"))
    {}

    Result<QSqlQuery *> query(const QString &statement) { return table.query(statement); }

    /** The derived columns of a reception of a person with @a basis (age at reception). */
    void deriveAge(const domain::Person &basis, const Reception &reception, QVariantList &values)
    {
        const std::optional<int> age = domain::ageAt(basis, reception.receptionDate);
        values[ageYears] = age ? QVariant(*age) : QVariant(QMetaType::fromType<int>());
        values[ageBand] = domain::toCode(domain::ageBand(age));
    }

    /**
     * The fields of a person that ages are computed from; @a lastReceptionDate (when given)
     * receives the date of the person's current latest reception.
     */
    Result<domain::Person> ageBasis(qint64 personId, QString *lastReceptionDate = nullptr)
    {
        auto q =
            query(QStringLiteral("SELECT birth_date, estimated_age_years, estimated_age_as_of, "
                                 "last_reception_date FROM person WHERE id = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, personId);
        if (auto r = sql::exec(**q, "reception.basis"); !r)
            return r.error();
        if (!(*q)->next()) {
            (*q)->finish();
            return Error{ErrorCode::InvalidInput,
                         QStringLiteral("reception: person %1 not found").arg(personId)};
        }
        domain::Person person;
        person.birthDate = domain::PartialDate::fromIsoString((*q)->value(0).toString())
                               .value_or(domain::PartialDate());
        if (!(*q)->value(1).isNull())
            person.estimatedAgeYears = (*q)->value(1).toInt();
        person.estimatedAgeAsOf = sql::dateFromIso((*q)->value(2));
        if (lastReceptionDate)
            *lastReceptionDate = (*q)->value(3).toString();
        (*q)->finish();
        return person;
    }

    /**
     * The steps of a write that derives the age at reception: complete() loads the age basis
     * of the reception's person into @a basis (and @a lastReceptionDate, when given), derive()
     * fills the age columns from it.
     */
    WriteSteps<Reception> agedSteps(domain::Person &basis, QString *lastReceptionDate = nullptr)
    {
        WriteSteps<Reception> steps;
        steps.complete = [this, &basis, lastReceptionDate](Reception &stored) -> Result<void> {
            auto found = ageBasis(stored.personId, lastReceptionDate);
            if (!found)
                return found.error();
            basis = *found;
            return {};
        };
        steps.derive = [this, &basis](const Reception &stored, QVariantList &values) {
            deriveAge(basis, stored, values);
        };
        return steps;
    }

    /**
     * Sets the person's last_* columns to @a latest, a new reception, unless the summary
     * stored is of a later one (by date, then id): the summary covers the person's other
     * receptions, so the new one need not be compared with each of them.
     */
    Result<void> setSummary(const Reception &latest)
    {
        auto update = query(QStringLiteral(
            "UPDATE person SET last_reception_id = ?, last_reception_date = ?, "
            "last_agency_code = ?, last_country_code = ?, last_identification_status = ?, "
            "last_case_status = ? WHERE id = ? AND (last_reception_id IS NULL "
            "OR last_reception_date < ? OR (last_reception_date = ? AND last_reception_id < ?))"));
        if (!update)
            return update.error();
        const QString date = sql::isoDate(latest.receptionDate);
        (*update)->bindValue(0, latest.meta.id);
        (*update)->bindValue(1, date);
        (*update)->bindValue(2, sql::text(latest.agencyCode));
        (*update)->bindValue(3, sql::text(latest.countryCode));
        (*update)->bindValue(4, domain::toCode(latest.identificationStatus));
        (*update)->bindValue(5, domain::toCode(latest.caseStatus));
        (*update)->bindValue(6, latest.personId);
        (*update)->bindValue(7, date);
        (*update)->bindValue(8, date);
        (*update)->bindValue(9, latest.meta.id);
        if (auto r = sql::exec(**update, "reception.summary"); !r)
            return r;
        (*update)->finish();
        return {};
    }

    Result<QSqlQuery *> summaryUpdate()
    {
        return query(QStringLiteral("UPDATE person SET last_reception_id = ?, "
                                    "last_reception_date = ?, last_agency_code = ?, "
                                    "last_country_code = ?, last_identification_status = "
                                    "?, last_case_status = ? WHERE id = ?"));
    }

    /** Copies the person's latest active reception (by date, then id) to its last_* columns. */
    Result<void> refreshSummary(qint64 personId)
    {
        auto latest = query(QStringLiteral("SELECT id, reception_date, agency_code, country_code, "
                                           "identification_status, case_status FROM reception "
                                           "WHERE person_id = ? AND archived = 0 "
                                           "ORDER BY reception_date DESC, id DESC LIMIT 1"));
        if (!latest)
            return latest.error();
        auto update = summaryUpdate();
        if (!update)
            return update.error();
        (*latest)->bindValue(0, personId);
        if (auto r = sql::exec(**latest, "reception.latest"); !r)
            return r;
        if ((*latest)->next()) {
            for (int c = 0; c < 6; ++c)
                (*update)->bindValue(c, (*latest)->value(c));
        } else {
            (*update)->bindValue(0, QVariant(QMetaType::fromType<qint64>()));
            for (int c = 1; c < 6; ++c)
                (*update)->bindValue(c, QStringLiteral(""));
        }
        (*latest)->finish();
        (*update)->bindValue(6, personId);
        if (auto r = sql::exec(**update, "reception.summary"); !r)
            return r;
        (*update)->finish();
        return {};
    }

    RecordTable<Reception> table;
    const qsizetype ageYears;
    const qsizetype ageBand;
    /** The latest reception append() wrote per person, by date then id. */
    QHash<qint64, Reception> appendedLatest;
};

ReceptionRepository::ReceptionRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

ReceptionRepository::~ReceptionRepository() = default;

Result<Reception> ReceptionRepository::get(qint64 id) const
{
    return d->table.get(id);
}

Result<Reception> ReceptionRepository::getByUuid(const QString &uuid) const
{
    return d->table.getBy(QStringLiteral("uuid"), uuid);
}

namespace {

const QStringList kParentColumns{QStringLiteral("person_id"), QStringLiteral("reception_date")};

} // namespace

Result<Reception> ReceptionRepository::getParent(qint64 id) const
{
    return d->table.getPartBy(QStringLiteral("id"), id, kParentColumns);
}

Result<Reception> ReceptionRepository::getParentByUuid(const QString &uuid) const
{
    return d->table.getPartBy(QStringLiteral("uuid"), uuid, kParentColumns);
}

Result<QList<Reception>> ReceptionRepository::listForPerson(qint64 personId,
                                                            ArchiveFilter filter) const
{
    return d->table.list(RowFilter{.conditions = {QStringLiteral("person_id = ?")},
                                   .values = {personId},
                                   .archive = filter,
                                   .orderBy = QStringLiteral("reception_date, id")});
}

Result<QList<Reception>> ReceptionRepository::listForBatch(qint64 batchId) const
{
    return d->table.list(RowFilter{.conditions = {QStringLiteral("batch_id = ?")},
                                   .values = {batchId},
                                   .archive = ArchiveFilter::ActiveOnly,
                                   .orderBy = QStringLiteral("reception_date, id")});
}

Result<Reception> ReceptionRepository::insert(const Reception &reception,
                                              const domain::Actor &actor)
{
    domain::Person basis;
    QString lastDate;
    WriteSteps<Reception> steps = d->agedSteps(basis, &lastDate);
    steps.after = [&](const Reception &stored) -> Result<void> {
        // The new row has the highest id, so on or after the current latest date it is the
        // latest.
        const bool isLatest = sql::isoDate(stored.receptionDate) >= lastDate;
        return isLatest ? d->setSummary(stored) : d->refreshSummary(stored.personId);
    };
    return d->table.insert(reception, actor, steps);
}

Result<Reception> ReceptionRepository::append(const Reception &reception,
                                              const domain::Person &person,
                                              const domain::Actor &actor)
{
    WriteSteps<Reception> steps;
    steps.derive = [&](const Reception &stored, QVariantList &values) {
        d->deriveAge(person, stored, values);
    };
    steps.after = [&](const Reception &stored) -> Result<void> {
        // A new row has the highest id: on or after the latest date so far it is the latest.
        auto it = d->appendedLatest.find(stored.personId);
        if (it == d->appendedLatest.end())
            d->appendedLatest.insert(stored.personId, stored);
        else if (stored.receptionDate >= it->receptionDate)
            *it = stored;
        return {};
    };
    return d->table.append(reception, actor, steps);
}

Result<void> ReceptionRepository::flushAppended()
{
    // One statement per person, with the latest of the receptions appended for them.
    for (const Reception &latest : std::as_const(d->appendedLatest)) {
        if (auto r = d->setSummary(latest); !r)
            return r;
    }
    d->appendedLatest.clear();
    return {};
}

Result<Reception> ReceptionRepository::update(const Reception &reception,
                                              const domain::Actor &actor)
{
    qint64 formerPerson = 0;
    domain::Person basis;
    WriteSteps<Reception> steps = d->agedSteps(basis);
    // The person the reception belonged to before, whose summary may change too.
    steps.complete = [&, loadBasis = steps.complete](Reception &stored) -> Result<void> {
        const auto before = get(stored.meta.id);
        if (!before)
            return before.error();
        formerPerson = before->personId;
        return loadBasis(stored);
    };
    steps.after = [&](const Reception &stored) -> Result<void> {
        if (auto r = d->refreshSummary(stored.personId); !r)
            return r;
        if (formerPerson != stored.personId)
            return d->refreshSummary(formerPerson);
        return {};
    };
    return d->table.update(reception, actor, steps);
}

Result<void> ReceptionRepository::archive(qint64 id,
                                          int expectedVersion,
                                          const QString &reason,
                                          const domain::Actor &actor)
{
    return d->table.archive(id, expectedVersion, reason, actor, [&]() -> Result<void> {
        const auto archived = get(id);
        if (!archived)
            return archived.error();
        return d->refreshSummary(archived->personId);
    });
}

Result<void> ReceptionRepository::refreshDerivedForPerson(qint64 personId)
{
    Transaction transaction(d->table.db());
    if (!transaction.isActive())
        return transaction.error();
    const auto basis = d->ageBasis(personId);
    if (!basis)
        return basis.error();
    auto dates = d->query(QStringLiteral("SELECT id, reception_date FROM reception "
                                         "WHERE person_id = ?"));
    if (!dates)
        return dates.error();
    auto update = d->query(QStringLiteral("UPDATE reception SET age_years = ?, age_band = ? "
                                          "WHERE id = ?"));
    if (!update)
        return update.error();
    (*dates)->bindValue(0, personId);
    if (auto r = sql::exec(**dates, "reception.dates"); !r)
        return r;
    QList<std::pair<qint64, QDate>> receptions;
    while ((*dates)->next())
        receptions.append({(*dates)->value(0).toLongLong(), sql::dateFromIso((*dates)->value(1))});
    (*dates)->finish();
    for (const auto &[id, date] : receptions) {
        const std::optional<int> age = domain::ageAt(*basis, date);
        (*update)->bindValue(0, age ? QVariant(*age) : QVariant(QMetaType::fromType<int>()));
        (*update)->bindValue(1, domain::toCode(domain::ageBand(age)));
        (*update)->bindValue(2, id);
        if (auto r = sql::exec(**update, "reception.age"); !r)
            return r;
        (*update)->finish();
    }
    if (auto r = d->refreshSummary(personId); !r)
        return r;
    return transaction.commit();
}

} // namespace sr::storage
