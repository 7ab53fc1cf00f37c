#include "PersonRepository.h"

#include "ReceptionRepository.h"
#include "RecordTable.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/CaseCode.h"
#include "domain/Clock.h"
#include "domain/RecordTypes.h"
#include "domain/TextFold.h"

#include <QHash>
#include <QSet>
#include <QSqlQuery>

#include <unordered_map>

namespace sr::storage {

using domain::Person;

namespace {

const QVariant kNullInt = QVariant(QMetaType::fromType<int>());

/**
 * The text indexed for a person: the folded text of the descriptor's name columns, then each
 * code column (case code, document number) whole and without separators.
 */
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
    QStringList names;
    QStringList codes;
    for (const domain::Column<Person> &column : domain::personRecord().columns()) {
        if (column.search == domain::SearchRole::Name) {
            names << domain::foldForSearch(column.get(p).toString());
        } else if (column.search == domain::SearchRole::Code) {
            // Case codes and document numbers are ASCII: lower case is their folded form.
            const QString code = column.get(p).toString().toLower();
            codes << code << compact(code);
        }
    }
    QStringList parts = names + codes;
    parts.removeAll(QString());
    return parts.join(QLatin1Char(' '));
}

} // namespace

struct PersonRepository::Private
{
    Private(Database &database, AuditPolicy audit)
        : db(database)
        , table(database, domain::personRecord(), audit)
        , audit(audit)
    {}

    /** A query prepared on first use and kept for the lifetime of the repository. */
    Result<QSqlQuery *> query(const QString &key, const QString &statement)
    {
        // Prepared on a connection that broke since (Database::ensureConnected): prepare again.
        if (generation != db.connectionGeneration()) {
            generation = db.connectionGeneration();
            queries.clear();
        }
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
        auto ins = query(QStringLiteral("ftsInsert"), db.dialect().searchIndexInsertStatement(1));
        if (!ins)
            return ins.error();
        (*ins)->bindValue(0, p.meta.id);
        (*ins)->bindValue(1, db.dialect().searchIndexText(searchContent(p)));
        if (auto r = sql::exec(**ins, "person.index"); !r)
            return r;
        (*ins)->finish();
        return {};
    }

    /** Writes the search entries of appended persons, up to kIndexRows per statement. */
    Result<void> indexAppended()
    {
        qsizetype done = 0;
        while (done < appended.size()) {
            const qsizetype rows = qMin<qsizetype>(kIndexRows, appended.size() - done);
            auto ins = query(QStringLiteral("ftsInsert%1").arg(rows),
                             db.dialect().searchIndexInsertStatement(int(rows)));
            if (!ins)
                return ins.error();
            for (qsizetype i = 0; i < rows; ++i) {
                (*ins)->bindValue(int(2 * i), appended.at(done + i).first);
                (*ins)->bindValue(int(2 * i + 1), appended.at(done + i).second);
            }
            if (auto r = sql::exec(**ins, "person.index"); !r)
                return r;
            (*ins)->finish();
            done += rows;
        }
        appended.clear();
        return {};
    }

    /** The steps of an insert: the case code when none is given, the search entry after. */
    WriteSteps<Person> insertSteps(int caseYear, bool deferIndex)
    {
        WriteSteps<Person> steps;
        steps.complete = [this, caseYear](Person &stored) -> Result<void> {
            if (stored.caseCode.isEmpty()) {
                const int year = caseYear > 0 ? caseYear : domain::Clock::instance().today().year();
                auto code = nextCaseCode(year);
                if (!code)
                    return code.error();
                stored.caseCode = *code;
            } else {
                // A code given by hand (an import) may be above the remembered sequence.
                lastSequence.clear();
            }
            return {};
        };
        if (deferIndex) {
            steps.after = [this](const Person &stored) -> Result<void> {
                appended.append(
                    {stored.meta.id, db.dialect().searchIndexText(searchContent(stored))});
                return {};
            };
        } else {
            steps.after = [this](const Person &stored) { return index(stored, false); };
        }
        return steps;
    }

    static constexpr qsizetype kIndexRows = 200;

    Database &db;
    RecordTable<Person> table;
    AuditPolicy audit;
    /** Appended persons waiting for their search entry: id and search text. */
    QList<std::pair<qint64, QString>> appended;
    std::unordered_map<QString, std::unique_ptr<QSqlQuery>> queries;
    quint64 generation = 0; ///< Database::connectionGeneration() of the queries
    QString casePrefix;
    QHash<QString, int> lastSequence;
};

PersonRepository::PersonRepository(Database &db, AuditPolicy audit)
    : d(std::make_unique<Private>(db, audit))
{}

PersonRepository::~PersonRepository() = default;

Result<Person> PersonRepository::get(qint64 id) const
{
    return d->table.get(id);
}

Result<Person> PersonRepository::getByCaseCode(const QString &caseCode) const
{
    return d->table.getBy(QStringLiteral("case_code"), caseCode);
}

Result<Person> PersonRepository::getByUuid(const QString &uuid) const
{
    return d->table.getBy(QStringLiteral("uuid"), uuid);
}

Result<Person>
PersonRepository::insert(const Person &person, const domain::Actor &actor, int caseYear)
{
    return d->table.insert(person, actor, d->insertSteps(caseYear, false));
}

Result<Person>
PersonRepository::append(const Person &person, const domain::Actor &actor, int caseYear)
{
    return d->table.append(person, actor, d->insertSteps(caseYear, true));
}

Result<void> PersonRepository::flushAppended()
{
    return d->indexAppended();
}

Result<Person> PersonRepository::update(const Person &person, const domain::Actor &actor)
{
    Person before;
    WriteSteps<Person> steps;
    steps.complete = [&](Person &stored) -> Result<void> {
        auto found = get(stored.meta.id);
        if (!found)
            return found.error();
        before = *found;
        if (stored.caseCode.isEmpty())
            stored.caseCode = before.caseCode;
        else if (stored.caseCode != before.caseCode)
            d->lastSequence.clear(); // a code changed by hand may pass the remembered sequence
        return {};
    };
    steps.after = [&](const Person &stored) -> Result<void> {
        if (auto r = d->index(stored, true); !r)
            return r;
        const bool ageBasisChanged = before.birthDate != stored.birthDate
                                     || before.estimatedAgeYears != stored.estimatedAgeYears
                                     || before.estimatedAgeAsOf != stored.estimatedAgeAsOf;
        if (!ageBasisChanged)
            return {};
        ReceptionRepository receptions(d->db, d->audit);
        return receptions.refreshDerivedForPerson(stored.meta.id);
    };
    auto stored = d->table.update(person, actor, steps);
    if (!stored)
        return stored.error();
    return get(stored->meta.id);
}

Result<void> PersonRepository::archive(qint64 id,
                                       int expectedVersion,
                                       const QString &reason,
                                       const domain::Actor &actor)
{
    return d->table.archive(id, expectedVersion, reason, actor);
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
                                         "(birth_year IS NULL OR CAST(? AS INTEGER) IS NULL "
                                         "OR abs(birth_year - ?) <= 2) ORDER BY id"));
        if (!q)
            return q.error();
        const std::optional<int> year = domain::birthYearOf(person);
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
