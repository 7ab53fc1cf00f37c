#include "PersonRepository.h"

#include "Database.h"
#include "ReceptionRepository.h"
#include "RecordStore.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/CaseCode.h"
#include "domain/Clock.h"
#include "domain/TextFold.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <unordered_map>

namespace sr::storage {

using domain::Person;

namespace {

const QStringList kColumns{
    QStringLiteral("case_code"),
    QStringLiteral("full_name"),
    QStringLiteral("other_names"),
    QStringLiteral("name_folded"),
    QStringLiteral("sex"),
    QStringLiteral("birth_date"),
    QStringLiteral("birth_year"),
    QStringLiteral("estimated_age_years"),
    QStringLiteral("estimated_age_as_of"),
    QStringLiteral("nationality"),
    QStringLiteral("ethnicity"),
    QStringLiteral("document_type"),
    QStringLiteral("document_number"),
    QStringLiteral("residence_era"),
    QStringLiteral("residence_province"),
    QStringLiteral("residence_commune"),
    QStringLiteral("residence_commune_text"),
    QStringLiteral("address_line"),
    QStringLiteral("phone"),
    QStringLiteral("family_contact"),
    QStringLiteral("consent_services"),
    QStringLiteral("consent_sharing"),
    QStringLiteral("consent_statistics"),
    QStringLiteral("notes"),
};

const QVariant kNullInt = QVariant(QMetaType::fromType<int>());

template<typename E>
E codeOr(const QVariant &value, E fallback)
{
    return domain::fromCode<E>(value.toString()).value_or(fallback);
}

/** Birth year from the birth date, else from the age estimate; nothing when unknown. */
std::optional<int> birthYearOf(const Person &person)
{
    if (!person.birthDate.isNull())
        return person.birthDate.year();
    if (!person.estimatedAgeYears)
        return std::nullopt;
    const QDate asOf = person.estimatedAgeAsOf.isValid() ? person.estimatedAgeAsOf
                                                         : domain::Clock::instance().today();
    return asOf.year() - *person.estimatedAgeYears;
}

QVariantList valuesOf(const Person &p)
{
    const std::optional<int> birthYear = birthYearOf(p);
    return QVariantList{
        sql::text(p.caseCode),
        sql::text(p.fullName),
        sql::text(p.otherNames),
        sql::text(domain::foldForSearch(p.fullName)),
        domain::toCode(p.sex),
        sql::text(p.birthDate.toIsoString()),
        birthYear ? QVariant(*birthYear) : kNullInt,
        p.estimatedAgeYears ? QVariant(*p.estimatedAgeYears) : kNullInt,
        sql::text(sql::isoDate(p.estimatedAgeAsOf)),
        sql::text(p.nationality),
        sql::text(p.ethnicity),
        domain::toCode(p.documentType),
        sql::text(p.documentNumber),
        domain::toCode(p.residenceEra),
        sql::text(p.residenceProvince),
        sql::text(p.residenceCommune),
        sql::text(p.residenceCommuneText),
        sql::text(p.addressLine),
        sql::text(p.phone),
        sql::text(p.familyContact),
        p.consent.services ? 1 : 0,
        p.consent.informationSharing ? 1 : 0,
        p.consent.statistics ? 1 : 0,
        sql::text(p.notes),
    };
}

Person personFrom(const QSqlQuery &q)
{
    Person p;
    RecordStore::readMeta(q, p.meta);
    int i = RecordStore::dataOffset;
    p.caseCode = q.value(i++).toString();
    p.fullName = q.value(i++).toString();
    p.otherNames = q.value(i++).toString();
    ++i; // name_folded
    p.sex = codeOr(q.value(i++), domain::Sex::Unknown);
    p.birthDate =
        domain::PartialDate::fromIsoString(q.value(i++).toString()).value_or(domain::PartialDate());
    ++i; // birth_year
    const QVariant estimate = q.value(i++);
    if (!estimate.isNull())
        p.estimatedAgeYears = estimate.toInt();
    p.estimatedAgeAsOf = sql::dateFromIso(q.value(i++));
    p.nationality = q.value(i++).toString();
    p.ethnicity = q.value(i++).toString();
    p.documentType = codeOr(q.value(i++), domain::DocumentType::None);
    p.documentNumber = q.value(i++).toString();
    p.residenceEra = codeOr(q.value(i++), domain::AdminEra::From2025);
    p.residenceProvince = q.value(i++).toString();
    p.residenceCommune = q.value(i++).toString();
    p.residenceCommuneText = q.value(i++).toString();
    p.addressLine = q.value(i++).toString();
    p.phone = q.value(i++).toString();
    p.familyContact = q.value(i++).toString();
    p.consent.services = q.value(i++).toInt() != 0;
    p.consent.informationSharing = q.value(i++).toInt() != 0;
    p.consent.statistics = q.value(i++).toInt() != 0;
    p.notes = q.value(i++).toString();
    return p;
}

/** The text indexed for a person: folded names, case code (whole and in parts), document. */
QString searchContent(const Person &p)
{
    const auto compact = [](const QString &text) {
        QString out;
        for (const QChar c : text) {
            if (c.isLetterOrNumber())
                out += c;
        }
        return out;
    };
    // Case codes and document numbers are ASCII: lower case is their folded form.
    const QString code = p.caseCode.toLower();
    const QString document = p.documentNumber.toLower();
    QStringList parts{domain::foldForSearch(p.fullName),
                      domain::foldForSearch(p.otherNames),
                      code,
                      compact(code),
                      document,
                      compact(document)};
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

struct PersonRepository::Private
{
    Private(Database &database, AuditPolicy audit)
        : db(database)
        , store(database, QStringLiteral("person"), kColumns, audit)
        , audit(audit)
    {}

    /** A query prepared on first use and kept for the lifetime of the repository. */
    Result<QSqlQuery *> query(const QString &key, const QString &statement)
    {
        auto it = queries.find(key);
        if (it != queries.end())
            return it->second.get();
        auto q = std::make_unique<QSqlQuery>(db.connection());
        if (auto r = sql::prepare(*q, statement, "person.prepare"); !r)
            return r.error();
        QSqlQuery *raw = q.get();
        queries.emplace(key, std::move(q));
        return raw;
    }

    Result<Person> getBy(const char *column, const QVariant &value)
    {
        auto q = query(QLatin1String(column),
                       QStringLiteral("SELECT %1 FROM person WHERE %2 = ?")
                           .arg(store.selectColumns(), QLatin1String(column)));
        if (!q)
            return q.error();
        (*q)->bindValue(0, value);
        if (auto r = sql::exec(**q, "person.get"); !r)
            return r.error();
        if (!(*q)->next()) {
            (*q)->finish();
            return Error{ErrorCode::NotFound, QStringLiteral("person not found")};
        }
        Person p = personFrom(**q);
        (*q)->finish();
        return p;
    }

    Result<QString> prefix()
    {
        if (!casePrefix.isEmpty())
            return casePrefix;
        auto q = query(QStringLiteral("prefix"),
                       QStringLiteral("SELECT value FROM settings WHERE key = 'case_code_prefix'"));
        if (!q)
            return q.error();
        if (auto r = sql::exec(**q, "person.prefix"); !r)
            return r.error();
        casePrefix = (*q)->next() ? (*q)->value(0).toString().trimmed() : QString();
        (*q)->finish();
        if (casePrefix.isEmpty())
            casePrefix = QStringLiteral("QN");
        return casePrefix;
    }

    Result<bool> caseCodeExists(const QString &code)
    {
        auto q = query(QStringLiteral("codeExists"),
                       QStringLiteral("SELECT 1 FROM person WHERE case_code = ?"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, code);
        if (auto r = sql::exec(**q, "person.caseCode"); !r)
            return r.error();
        const bool found = (*q)->next();
        (*q)->finish();
        return found;
    }

    /**
     * Next free case code of @a year: the highest sequence of that prefix and year + 1, read
     * inside the caller's write transaction. The last sequence is remembered for bulk
     * inserts and checked with two index look-ups (it exists, the next one does not), so
     * another writer or a rolled-back insert makes it read the maximum again. (Limit: a code
     * typed by hand far above the maximum by *another* repository instance is not seen until
     * this instance reads the maximum again; the generated code is still unique.)
     */
    Result<QString> nextCaseCode(int year)
    {
        const auto p = prefix();
        if (!p)
            return p.error();
        const QString key = *p + QLatin1Char('-') + QString::number(year);
        const auto codeOf = [&](int sequence) {
            return domain::CaseCode{*p, year, sequence}.toString();
        };
        if (auto cached = lastSequence.find(key); cached != lastSequence.end()) {
            const auto last = caseCodeExists(codeOf(*cached));
            if (!last)
                return last.error();
            const auto next = caseCodeExists(codeOf(*cached + 1));
            if (!next)
                return next.error();
            if (*last && !*next) {
                ++*cached;
                return codeOf(*cached);
            }
        }
        auto q = query(QStringLiteral("maxSequence"),
                       QStringLiteral("SELECT max(CAST(substr(case_code, ?) AS INTEGER)) FROM "
                                      "person WHERE case_code >= ? AND case_code < ?"));
        if (!q)
            return q.error();
        const QString low = key + QLatin1Char('-');
        const QString high = key + QLatin1Char('.'); // '.' follows '-'
        (*q)->bindValue(0, int(low.size()) + 1);
        (*q)->bindValue(1, low);
        (*q)->bindValue(2, high);
        if (auto r = sql::exec(**q, "person.maxSequence"); !r)
            return r.error();
        const int max = (*q)->next() ? (*q)->value(0).toInt() : 0;
        (*q)->finish();
        lastSequence.insert(key, max + 1);
        return codeOf(max + 1);
    }

    Result<void> index(const Person &p, bool replace)
    {
        if (replace) {
            auto del =
                query(QStringLiteral("ftsDelete"), db.dialect().searchIndexDeleteStatement());
            if (!del)
                return del.error();
            (*del)->bindValue(0, p.meta.id);
            if (auto r = sql::exec(**del, "person.index"); !r)
                return r;
            (*del)->finish();
        }
        auto ins = query(QStringLiteral("ftsInsert"), db.dialect().searchIndexInsertStatement());
        if (!ins)
            return ins.error();
        (*ins)->bindValue(0, p.meta.id);
        (*ins)->bindValue(1, searchContent(p));
        if (auto r = sql::exec(**ins, "person.index"); !r)
            return r;
        (*ins)->finish();
        return {};
    }

    Database &db;
    RecordStore store;
    AuditPolicy audit;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> queries;
    QString casePrefix;
    QHash<QString, int> lastSequence;
};

PersonRepository::PersonRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

PersonRepository::~PersonRepository() = default;

Result<Person> PersonRepository::get(qint64 id) const
{
    return d->getBy("id", id);
}

Result<Person> PersonRepository::getByCaseCode(const QString &caseCode) const
{
    return d->getBy("case_code", caseCode);
}

Result<Person> PersonRepository::getByUuid(const QString &uuid) const
{
    return d->getBy("uuid", uuid);
}

Result<Person>
PersonRepository::insert(const Person &person, const domain::Actor &actor, int caseYear)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    const auto existing = d->store.idForUuid(person.meta.uuid);
    if (!existing)
        return existing.error();
    if (*existing > 0)
        return retriedInsert(transaction, get(*existing));

    Person stored = person;
    stored.meta = domain::RecordMeta{};
    stored.meta.uuid = person.meta.uuid;
    if (stored.caseCode.isEmpty()) {
        const int year = caseYear > 0 ? caseYear : domain::Clock::instance().today().year();
        auto code = d->nextCaseCode(year);
        if (!code)
            return code.error();
        stored.caseCode = *code;
    } else {
        // A code given by hand (an import) may be above the remembered sequence.
        d->lastSequence.clear();
    }
    if (auto r = d->store.insert(stored.meta, valuesOf(stored), actor); !r)
        return r.error();
    if (auto r = d->index(stored, false); !r)
        return r.error();
    if (auto r = transaction.commit(); !r)
        return r.error();
    return stored;
}

Result<Person> PersonRepository::update(const Person &person, const domain::Actor &actor)
{
    Transaction transaction(d->db);
    if (!transaction.isActive())
        return transaction.error();
    const auto before = get(person.meta.id);
    if (!before)
        return before.error();
    Person stored = person;
    if (stored.caseCode.isEmpty())
        stored.caseCode = before->caseCode;
    else if (stored.caseCode != before->caseCode)
        d->lastSequence.clear(); // a code changed by hand may pass the remembered sequence
    if (auto r = d->store.update(stored.meta, valuesOf(stored), actor); !r)
        return r.error();
    if (auto r = d->index(stored, true); !r)
        return r.error();
    const bool ageBasisChanged = before->birthDate != stored.birthDate
                                 || before->estimatedAgeYears != stored.estimatedAgeYears
                                 || before->estimatedAgeAsOf != stored.estimatedAgeAsOf;
    if (ageBasisChanged) {
        ReceptionRepository receptions(d->db, d->audit);
        if (auto r = receptions.refreshDerivedForPerson(stored.meta.id); !r)
            return r.error();
    }
    if (auto r = transaction.commit(); !r)
        return r.error();
    return get(stored.meta.id);
}

Result<void> PersonRepository::archive(qint64 id,
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

Result<QList<qint64>> PersonRepository::search(const QString &text, int limit, int offset) const
{
    const SqlDialect &dialect = d->db.dialect();
    const QString match = dialect.searchMatchExpression(text);
    if (match.isEmpty())
        return QList<qint64>{};
    auto q = d->query(QStringLiteral("search"), dialect.searchRankedIdsStatement());
    if (!q)
        return q.error();
    (*q)->bindValue(0, match);
    (*q)->bindValue(1, limit > 0 ? QVariant(limit) : dialect.noLimit());
    (*q)->bindValue(2, offset > 0 ? offset : 0);
    if (auto r = sql::exec(**q, "person.search"); !r)
        return r.error();
    QList<qint64> ids;
    while ((*q)->next())
        ids.append((*q)->value(0).toLongLong());
    (*q)->finish();
    return ids;
}

Result<QList<DuplicateCandidate>>
PersonRepository::findPossibleDuplicates(const Person &person) const
{
    QList<DuplicateCandidate> candidates;
    QSet<qint64> seen;
    const auto collect = [&](QSqlQuery &q, DuplicateCandidate::Reason reason) {
        while (q.next()) {
            const qint64 id = q.value(0).toLongLong();
            if (seen.contains(id))
                continue;
            seen.insert(id);
            DuplicateCandidate c;
            c.personId = id;
            c.caseCode = q.value(1).toString();
            c.fullName = q.value(2).toString();
            c.birthYear = q.value(3).isNull() ? 0 : q.value(3).toInt();
            c.reason = reason;
            candidates.append(c);
        }
        q.finish();
    };

    const QString document = person.documentNumber.trimmed();
    if (!document.isEmpty()) {
        auto q = d->query(QStringLiteral("dupDocument"),
                          QStringLiteral("SELECT id, case_code, full_name, birth_year FROM person "
                                         "WHERE document_number = ? AND document_number <> '' "
                                         "AND id <> ? AND archived = 0 ORDER BY id"));
        if (!q)
            return q.error();
        (*q)->bindValue(0, document);
        (*q)->bindValue(1, person.meta.id);
        if (auto r = sql::exec(**q, "person.duplicates"); !r)
            return r.error();
        collect(**q, DuplicateCandidate::Reason::SameDocument);
    }

    const QString folded = domain::foldForSearch(person.fullName);
    if (!folded.isEmpty()) {
        auto q = d->query(QStringLiteral("dupName"),
                          QStringLiteral("SELECT id, case_code, full_name, birth_year FROM person "
                                         "WHERE name_folded = ? AND id <> ? AND archived = 0 AND "
                                         "(birth_year IS NULL OR ? IS NULL OR "
                                         "abs(birth_year - ?) <= 2) ORDER BY id"));
        if (!q)
            return q.error();
        const std::optional<int> year = birthYearOf(person);
        const QVariant yearValue = year ? QVariant(*year) : kNullInt;
        (*q)->bindValue(0, folded);
        (*q)->bindValue(1, person.meta.id);
        (*q)->bindValue(2, yearValue);
        (*q)->bindValue(3, yearValue);
        if (auto r = sql::exec(**q, "person.duplicates"); !r)
            return r.error();
        collect(**q, DuplicateCandidate::Reason::SameNameCloseBirthYear);
    }
    return candidates;
}

Result<qint64> PersonRepository::count(ArchiveFilter filter) const
{
    QString statement = QStringLiteral("SELECT count(*) FROM person");
    if (filter == ArchiveFilter::ActiveOnly)
        statement += QStringLiteral(" WHERE archived = 0");
    else if (filter == ArchiveFilter::ArchivedOnly)
        statement += QStringLiteral(" WHERE archived = 1");
    return sql::scalarInt(d->db.connection(), statement, "person.count");
}

} // namespace sr::storage
