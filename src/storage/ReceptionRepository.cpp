#include "ReceptionRepository.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlSupport.h"
#include "domain/Age.h"
#include "domain/Person.h"

#include <QSqlQuery>

#include <unordered_map>

namespace sr::storage {

using domain::Reception;

namespace {

const QStringList kColumns{
    QStringLiteral("person_id"),
    QStringLiteral("reception_date"),
    QStringLiteral("agency_code"),
    QStringLiteral("batch_id"),
    QStringLiteral("country_code"),
    QStringLiteral("route"),
    QStringLiteral("exploitation"),
    QStringLiteral("identification_status"),
    QStringLiteral("identification_agency_code"),
    QStringLiteral("identification_date"),
    QStringLiteral("identification_basis"),
    QStringLiteral("case_status"),
    QStringLiteral("outcome"),
    QStringLiteral("closed_date"),
    QStringLiteral("age_years"),
    QStringLiteral("age_band"),
    QStringLiteral("notes"),
};

template<typename E>
E codeOr(const QVariant &value, E fallback)
{
    return domain::fromCode<E>(value.toString()).value_or(fallback);
}

QString exploitationText(const QList<domain::ExploitationForm> &forms)
{
    QStringList codes;
    for (const domain::ExploitationForm form : forms)
        codes << domain::toCode(form);
    return codes.join(QLatin1Char(','));
}

QList<domain::ExploitationForm> exploitationFrom(const QString &text)
{
    QList<domain::ExploitationForm> forms;
    for (const QString &code : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto form = domain::fromCode<domain::ExploitationForm>(code.trimmed()))
            forms.append(*form);
    }
    return forms;
}

QVariantList valuesOf(const Reception &r, std::optional<int> age)
{
    return QVariantList{
        r.personId,
        sql::text(sql::isoDate(r.receptionDate)),
        sql::text(r.agencyCode),
        r.batchId ? QVariant(*r.batchId) : QVariant(QMetaType::fromType<qint64>()),
        sql::text(r.countryCode),
        domain::toCode(r.route),
        sql::text(exploitationText(r.exploitation)),
        domain::toCode(r.identificationStatus),
        sql::textOrNull(r.identificationAgencyCode),
        sql::text(sql::isoDate(r.identificationDate)),
        sql::text(r.identificationBasis),
        domain::toCode(r.caseStatus),
        r.outcome ? domain::toCode(*r.outcome) : QStringLiteral(""),
        sql::text(sql::isoDate(r.closedDate)),
        age ? QVariant(*age) : QVariant(QMetaType::fromType<int>()),
        domain::toCode(domain::ageBand(age)),
        sql::text(r.notes),
    };
}

Reception receptionFrom(const QSqlQuery &q)
{
    Reception r;
    RecordStore::readMeta(q, r.meta);
    int i = RecordStore::dataOffset;
    r.personId = q.value(i++).toLongLong();
    r.receptionDate = sql::dateFromIso(q.value(i++));
    r.agencyCode = q.value(i++).toString();
    const QVariant batch = q.value(i++);
    if (!batch.isNull())
        r.batchId = batch.toLongLong();
    r.countryCode = q.value(i++).toString();
    r.route = codeOr(q.value(i++), domain::Route::Other);
    r.exploitation = exploitationFrom(q.value(i++).toString());
    r.identificationStatus = codeOr(q.value(i++), domain::IdentificationStatus::NotVerified);
    r.identificationAgencyCode = q.value(i++).toString();
    r.identificationDate = sql::dateFromIso(q.value(i++));
    r.identificationBasis = q.value(i++).toString();
    r.caseStatus = codeOr(q.value(i++), domain::CaseStatus::Open);
    r.outcome = domain::fromCode<domain::CaseOutcome>(q.value(i++).toString());
    r.closedDate = sql::dateFromIso(q.value(i++));
    i += 2; // age_years, age_band (derived)
    r.notes = q.value(i++).toString();
    return r;
}

} // namespace

struct ReceptionRepository::Private
{
    Private(Database &database, AuditPolicy audit)
        : db(database)
        , store(database, QStringLiteral("reception"), kColumns, audit)
    {}

    Result<QSqlQuery *> query(const QString &key, const QString &statement)
    {
        auto it = queries.find(key);
        if (it != queries.end())
            return it->second.get();
        auto q = std::make_unique<QSqlQuery>(db.connection());
        if (auto r = sql::prepare(*q, statement, "reception.prepare"); !r)
            return r.error();
        QSqlQuery *raw = q.get();
        queries.emplace(key, std::move(q));
        return raw;
    }

    /**
     * The fields of a person that ages are computed from; @a lastReceptionDate (when given)
     * receives the date of the person's current latest reception.
     */
    Result<domain::Person> ageBasis(qint64 personId, QString *lastReceptionDate = nullptr)
    {
        auto q =
            query(QStringLiteral("basis"),
                  QStringLiteral("SELECT birth_date, estimated_age_years, estimated_age_as_of, "
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
     * Sets the person's last_* columns to @a latest, a new reception known to be the latest
     * (bulk inserts skip the search for the latest one).
     */
    Result<void> setSummary(const Reception &latest)
    {
        auto update = summaryUpdate();
        if (!update)
            return update.error();
        (*update)->bindValue(0, latest.meta.id);
        (*update)->bindValue(1, sql::isoDate(latest.receptionDate));
        (*update)->bindValue(2, sql::text(latest.agencyCode));
        (*update)->bindValue(3, sql::text(latest.countryCode));
        (*update)->bindValue(4, domain::toCode(latest.identificationStatus));
        (*update)->bindValue(5, domain::toCode(latest.caseStatus));
        (*update)->bindValue(6, latest.personId);
        if (auto r = sql::exec(**update, "reception.summary"); !r)
            return r;
        (*update)->finish();
        return {};
    }

    Result<QSqlQuery *> summaryUpdate()
    {
        return query(QStringLiteral("summary"),
                     QStringLiteral("UPDATE person SET last_reception_id = ?, "
                                    "last_reception_date = ?, last_agency_code = ?, "
                                    "last_country_code = ?, last_identification_status = "
                                    "?, last_case_status = ? WHERE id = ?"));
    }

    /** Copies the person's latest active reception (by date, then id) to its last_* columns. */
    Result<void> refreshSummary(qint64 personId)
    {
        auto latest = query(QStringLiteral("latest"),
                            QStringLiteral("SELECT id, reception_date, agency_code, country_code, "
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

    Result<QList<Reception>> list(const QString &key, const QString &where, const QVariant &value)
    {
        auto q = query(key,
                       QStringLiteral("SELECT %1 FROM reception WHERE %2 "
                                      "ORDER BY reception_date, id")
                           .arg(store.selectColumns(), where));
        if (!q)
            return q.error();
        (*q)->bindValue(0, value);
        if (auto r = sql::exec(**q, "reception.list"); !r)
            return r.error();
        QList<Reception> receptions;
        while ((*q)->next())
            receptions.append(receptionFrom(**q));
        (*q)->finish();
        return receptions;
    }

    Database &db;
    RecordStore store;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> queries;
};

ReceptionRepository::ReceptionRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

ReceptionRepository::~ReceptionRepository() = default;

Result<Reception> ReceptionRepository::get(qint64 id) const
{
    auto list = d->list(QStringLiteral("byId"), QStringLiteral("id = ?"), id);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{ErrorCode::NotFound, QStringLiteral("reception %1 not found").arg(id)};
    return list->first();
}

Result<Reception> ReceptionRepository::getByUuid(const QString &uuid) const
{
    auto list = d->list(QStringLiteral("byUuid"), QStringLiteral("uuid = ?"), uuid);
    if (!list)
        return list.error();
    if (list->isEmpty())
        return Error{ErrorCode::NotFound, QStringLiteral("reception not found")};
    return list->first();
}

Result<QList<Reception>> ReceptionRepository::listForPerson(qint64 personId,
                                                            ArchiveFilter filter) const
{
    switch (filter) {
    case ArchiveFilter::ActiveOnly:
        return d->list(QStringLiteral("forPersonActive"),
                       QStringLiteral("person_id = ? AND archived = 0"),
                       personId);
    case ArchiveFilter::ArchivedOnly:
        return d->list(QStringLiteral("forPersonArchived"),
                       QStringLiteral("person_id = ? AND archived = 1"),
                       personId);
    case ArchiveFilter::IncludeArchived:
        break;
    }
    return d->list(QStringLiteral("forPersonAll"), QStringLiteral("person_id = ?"), personId);
}

Result<QList<Reception>> ReceptionRepository::listForBatch(qint64 batchId) const
{
    return d->list(
        QStringLiteral("forBatch"), QStringLiteral("batch_id = ? AND archived = 0"), batchId);
}

Result<Reception> ReceptionRepository::insert(const Reception &reception,
                                              const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    const auto existing = d->store.idForUuid(reception.meta.uuid);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return retriedInsert(transaction, get(*existing));

    QString lastDate;
    const auto basis = d->ageBasis(reception.personId, &lastDate);
    if (!basis)
        return basis.error();
    Reception stored = reception;
    stored.meta = domain::RecordMeta{};
    stored.meta.uuid = reception.meta.uuid;
    const std::optional<int> age = domain::ageAt(*basis, stored.receptionDate);
    if (auto r = d->store.insert(stored.meta, valuesOf(stored, age), actor); !r)
        return r.error();
    // The new row has the highest id, so on or after the current latest date it is the latest.
    const bool isLatest = sql::isoDate(stored.receptionDate) >= lastDate;
    if (auto r = isLatest ? d->setSummary(stored) : d->refreshSummary(stored.personId); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<Reception> ReceptionRepository::update(const Reception &reception,
                                              const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    const auto before = get(reception.meta.id);
    if (!before)
        return before.error();
    const auto basis = d->ageBasis(reception.personId);
    if (!basis)
        return basis.error();
    Reception stored = reception;
    const std::optional<int> age = domain::ageAt(*basis, stored.receptionDate);
    if (auto r = d->store.update(stored.meta, valuesOf(stored, age), actor); !r)
        return r.error();
    if (auto r = d->refreshSummary(stored.personId); !r)
        return r.error();
    if (before->personId != stored.personId) {
        if (auto r = d->refreshSummary(before->personId); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<void> ReceptionRepository::archive(qint64 id,
                                          int expectedVersion,
                                          const QString &reason,
                                          const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = d->store.archive(id, expectedVersion, reason, actor); !r)
        return r;
    const auto archived = get(id);
    if (!archived)
        return archived.error();
    if (auto r = d->refreshSummary(archived->personId); !r)
        return r;
    return transaction.commit();
}

Result<void> ReceptionRepository::refreshDerivedForPerson(qint64 personId)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    const auto basis = d->ageBasis(personId);
    if (!basis)
        return basis.error();
    auto dates = d->query(QStringLiteral("dates"),
                          QStringLiteral("SELECT id, reception_date FROM reception "
                                         "WHERE person_id = ?"));
    if (!dates)
        return dates.error();
    auto update = d->query(QStringLiteral("age"),
                           QStringLiteral("UPDATE reception SET age_years = ?, age_band = ? "
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
