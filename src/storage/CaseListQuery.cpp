#include "CaseListQuery.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/TextFold.h"

#include <QSqlError>
#include <QSqlQuery>

namespace sr::storage {

namespace {

/** The conditions of @a filter (to be joined with AND), their values appended to @a binds. */
QStringList conditionsOf(const SqlDialect &dialect,
                         const CaseListFilter &filter,
                         const CaseScope &scope,
                         QVariantList &binds)
{
    QStringList conditions;
    // Record-level access first: the list, its counts and its search see the same cases.
    if (const QString visible = scope.condition(QStringLiteral("p.responsible_user_id"));
        !visible.isEmpty())
        conditions << visible;
    if (const QString archived =
            sql::archivedCondition(filter.archive, QStringLiteral("p.archived"));
        !archived.isEmpty())
        conditions << archived;
    const QString match = dialect.searchMatchExpression(filter.searchText);
    if (!match.isEmpty()) {
        conditions << dialect.searchIdsCondition(QStringLiteral("p.id"));
        binds << match;
    }
    if (filter.receivedFrom.isValid()) {
        conditions << QStringLiteral("p.last_reception_date >= ?");
        binds << sql::isoDate(filter.receivedFrom);
    }
    if (filter.receivedTo.isValid()) {
        conditions << QStringLiteral("p.last_reception_date <> '' AND p.last_reception_date <= ?");
        binds << sql::isoDate(filter.receivedTo);
    }
    if (!filter.agencyCode.isEmpty()) {
        conditions << QStringLiteral("p.last_agency_code = ?");
        binds << filter.agencyCode;
    }
    if (!filter.countryCode.isEmpty()) {
        conditions << QStringLiteral("p.last_country_code = ?");
        binds << filter.countryCode;
    }
    if (filter.identificationStatus) {
        conditions << QStringLiteral("p.last_identification_status = ?");
        binds << domain::toCode(*filter.identificationStatus);
    }
    if (filter.caseStatus) {
        conditions << QStringLiteral("p.last_case_status = ?");
        binds << domain::toCode(*filter.caseStatus);
    }
    // Case work (docs/case-work.md). The responsible worker's cases are read through the index
    // person_responsible (responsible_user_id, last_reception_date, id), in list order.
    if (filter.unassigned) {
        conditions << QStringLiteral("p.responsible_user_id IS NULL");
    } else if (filter.responsibleUserId) {
        conditions << QStringLiteral("p.responsible_user_id = ?");
        binds << *filter.responsibleUserId;
    }
    if (filter.withoutPlan) {
        // An open case whose latest reception has no goal that is neither archived nor dropped.
        conditions << QStringLiteral(
            "p.last_case_status = ? AND NOT EXISTS (SELECT 1 FROM plan_goal g WHERE "
            "g.reception_id = p.last_reception_id AND g.archived = 0 AND g.status <> ?)");
        binds << domain::toCode(domain::CaseStatus::Open)
              << domain::toCode(domain::GoalStatus::Dropped);
    }
    if (filter.taskDueBefore.isValid()) {
        // Due dates are ISO text: compared as text on both engines.
        conditions << QStringLiteral(
            "EXISTS (SELECT 1 FROM task t WHERE t.person_id = p.id AND t.status = ? "
            "AND t.archived = 0 AND t.due_date < ?)");
        binds << domain::toCode(domain::TaskStatus::Open) << sql::isoDate(filter.taskDueBefore);
    }
    return conditions;
}

/** The WHERE clause of @a filter (with a leading " WHERE " when not empty) and its values. */
QString whereClause(const SqlDialect &dialect,
                    const CaseListFilter &filter,
                    const CaseScope &scope,
                    QVariantList &binds)
{
    const QStringList conditions = conditionsOf(dialect, filter, scope, binds);
    if (conditions.isEmpty())
        return {};
    return QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

const QString kResidence = QStringLiteral(
    "CASE WHEN coalesce(cm.name, p.residence_commune_text) = '' THEN coalesce(pr.name, '') "
    "WHEN coalesce(pr.name, '') = '' THEN coalesce(cm.name, p.residence_commune_text) "
    "ELSE coalesce(cm.name, p.residence_commune_text) || ', ' || pr.name END");

/** The ORDER BY expression of a column, ascending meaning of @a order already applied. */
QString orderBy(CaseListColumn column, Qt::SortOrder order)
{
    const QString dir =
        order == Qt::AscendingOrder ? QStringLiteral("ASC") : QStringLiteral("DESC");
    // A higher age is an earlier birth year: the age column sorts birth years the other way.
    const QString reverse =
        order == Qt::AscendingOrder ? QStringLiteral("DESC") : QStringLiteral("ASC");
    QString key;
    switch (column) {
    case CaseListColumn::CaseCode:
        key = QStringLiteral("p.case_code ") + dir;
        break;
    case CaseListColumn::FullName:
        key = QStringLiteral("p.name_folded ") + dir;
        break;
    case CaseListColumn::Sex:
        key = QStringLiteral("p.sex ") + dir;
        break;
    case CaseListColumn::Age:
        // Unknown ages last in both directions.
        key = QStringLiteral("p.birth_year IS NULL, p.birth_year ") + reverse;
        break;
    case CaseListColumn::Residence:
        key = QStringLiteral("residence ") + dir;
        break;
    case CaseListColumn::LastReceptionDate:
        key = QStringLiteral("p.last_reception_date ") + dir;
        break;
    case CaseListColumn::Agency:
        key = QStringLiteral("agency_name ") + dir;
        break;
    case CaseListColumn::Country:
        key = QStringLiteral("country_name ") + dir;
        break;
    case CaseListColumn::IdentificationStatus:
        key = QStringLiteral("p.last_identification_status ") + dir;
        break;
    case CaseListColumn::CaseStatus:
        key = QStringLiteral("p.last_case_status ") + dir;
        break;
    case CaseListColumn::Responsible:
        // Grouped by worker (account id) in list order, read through person_responsible: a
        // sort by the worker's name would join every row (the list offers no such sort).
        // Unassigned cases last in both directions, on both engines (NULLs sort differently).
        key = QStringLiteral("p.responsible_user_id IS NULL, p.responsible_user_id ") + dir
              + QStringLiteral(", p.last_reception_date ") + dir;
        break;
    }
    return key + QStringLiteral(", p.id ") + dir;
}

} // namespace

CaseListQuery::CaseListQuery(Database &db)
    : m_db(db)
{}

std::optional<QList<qint64>> CaseListQuery::firstMatchesInListOrder(const CaseListFilter &filter,
                                                                    Qt::SortOrder order,
                                                                    int limit,
                                                                    bool &sparse) const
{
    sparse = false;
    const QStringList tokens = domain::foldedTokens(filter.searchText);
    if (tokens.isEmpty())
        return std::nullopt;
    // The list's other conditions, without the search: SQLite walks the list-order index
    // (person_list_date, or person_last_reception_date with archived rows) without sorting,
    // and each person's search text is one rowid lookup in the search index's own content
    // table (FTS5 keeps the indexed text there, as searchContent() wrote it).
    CaseListFilter others = filter;
    others.searchText.clear();
    QVariantList binds;
    const SqlDialect &dialect = m_db.dialect();
    const QString statement =
        QStringLiteral("SELECT p.id, %1 FROM person p %2")
            .arg(dialect.searchTextColumn(), dialect.searchTextJoin())
        + whereClause(dialect, others, m_scope, binds) + QStringLiteral(" ORDER BY ")
        + orderBy(CaseListColumn::LastReceptionDate, order) + QStringLiteral(" LIMIT ? OFFSET ?");
    // Two steps: the sample, then (when the matches are dense enough) the rest of the budget.
    // A server computes and sends every row a statement's LIMIT allows before the client can
    // stop reading: one statement for the whole budget made every keystroke read 16,000 rows.
    QList<qint64> ids;
    int stepped = 0;
    const auto walk = [&](int offset, int rows) -> bool {
        QVariantList values = binds;
        values << rows << offset;
        QSqlQuery q(m_db.connection());
        if (!sql::run(q, statement, values, "caseList.walk"))
            return false; // the ordinary path then runs (and reports its own error)
        while (ids.size() < limit && q.next()) {
            ++stepped;
            if (domain::matchesWordPrefixes(q.value(1).toString(), tokens))
                ids << q.value(0).toLongLong();
        }
        // Stopped by an error, not at the end: the ordinary path reports it.
        return !q.lastError().isValid();
    };
    const int sample = qMin(m_walkSample, m_walkBudget);
    if (!walk(0, sample))
        return std::nullopt;
    if (ids.size() == limit || stepped < sample)
        return ids; // the page is full, or every person of the list was looked at
    // After the sample, give up when the page would not fill within the budget at the density
    // seen so far: the search index is then the quicker way.
    if (qint64(ids.size()) * m_walkBudget < qint64(limit) * stepped) {
        sparse = true;
        return std::nullopt;
    }
    // The rest in steps sized by the density seen so far (twice the persons the page still
    // needs), so that a server reads little more than the page takes.
    while (stepped < m_walkBudget) {
        const qint64 needed = qint64(limit - ids.size()) * stepped / qMax<qsizetype>(ids.size(), 1);
        const int rows =
            int(qMin<qint64>(qMax<qint64>(sample, 2 * needed), m_walkBudget - stepped));
        const int before = stepped;
        if (!walk(stepped, rows))
            return std::nullopt;
        // Conclusive when the page is full (these are the first matches in list order) or when
        // every person of the list was looked at.
        if (ids.size() == limit || stepped - before < rows)
            return ids;
    }
    // The budget is spent: the matches are too sparse for a walk.
    sparse = true;
    return std::nullopt;
}

Result<qint64> CaseListQuery::count(const CaseListFilter &filter) const
{
    QVariantList binds;
    const QString statement = QStringLiteral("SELECT count(*) FROM person p")
                              + whereClause(m_db.dialect(), filter, m_scope, binds);
    QSqlQuery q(m_db.connection());
    if (auto r = sql::run(q, statement, binds, "caseList.count"); !r)
        return r.error();
    return q.next() ? q.value(0).toLongLong() : qint64(0);
}

Result<bool> CaseListQuery::anyPerson() const
{
    auto any = sql::scalarInt(m_db.connection(),
                              QStringLiteral("SELECT EXISTS (SELECT 1 FROM person)"),
                              "caseList.anyPerson");
    if (!any)
        return any.error();
    return *any != 0;
}

Result<qint64> CaseListQuery::personIdBound() const
{
    return sql::scalarInt(m_db.connection(),
                          QStringLiteral("SELECT coalesce(max(id), 0) FROM person"),
                          "caseList.personIdBound");
}

Result<QList<CaseListRow>> CaseListQuery::fetch(const CaseListFilter &filter,
                                                CaseListColumn sortColumn,
                                                Qt::SortOrder order,
                                                qint64 offset,
                                                int limit) const
{
    if (limit <= 0)
        return QList<CaseListRow>{};
    const SqlDialect &dialect = m_db.dialect();
    QVariantList binds;
    // Columns of the person row itself sort inside an id-only sub-query: SQLite steps over the
    // OFFSET rows in an index (person_list_date for the default order) without reading wide
    // rows or joining names, then reads and joins only the page. Sorting by a joined name
    // (residence, agency, country) needs the joins for every row.
    const bool pagedById = sortColumn != CaseListColumn::Residence
                           && sortColumn != CaseListColumn::Agency
                           && sortColumn != CaseListColumn::Country;
    QString from = QStringLiteral("person p");
    QString where;
    std::optional<QList<qint64>> walked;
    bool sparse = false;
    if (offset <= 0 && sortColumn == CaseListColumn::LastReceptionDate)
        walked = firstMatchesInListOrder(filter, order, limit, sparse);
    m_lastPath = walked ? PagePath::Walked : sparse ? PagePath::FromIndex : PagePath::Paged;
    if (walked && walked->isEmpty())
        return QList<CaseListRow>{};
    if (walked) {
        // The page's ids are known: read and join only those rows (ids come from the database,
        // integers, so they are written into the statement).
        QStringList ids;
        ids.reserve(walked->size());
        for (const qint64 id : std::as_const(*walked))
            ids << QString::number(id);
        where = QStringLiteral(" WHERE p.id IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    } else if (sparse) {
        // Few persons match: start from the search index's matches (CROSS JOIN keeps it the
        // outer loop) and sort them, instead of walking the list order until the page fills.
        CaseListFilter others = filter;
        others.searchText.clear();
        binds << dialect.searchMatchExpression(filter.searchText);
        QStringList conditions{dialect.searchMatchTerm()};
        conditions << conditionsOf(dialect, others, m_scope, binds);
        from = QStringLiteral("(SELECT p.id AS page_id FROM %1 WHERE ")
                   .arg(dialect.searchMatchesFrom())
               + conditions.join(QStringLiteral(" AND ")) + QStringLiteral(" ORDER BY ")
               + orderBy(sortColumn, order)
               + QStringLiteral(" LIMIT ?) page JOIN person p ON p.id = page.page_id");
        binds << limit;
    } else if (pagedById) {
        from = QStringLiteral("(SELECT p.id AS page_id FROM person p")
               + whereClause(dialect, filter, m_scope, binds) + QStringLiteral(" ORDER BY ")
               + orderBy(sortColumn, order)
               + QStringLiteral(" LIMIT ? OFFSET ?) page JOIN person p ON p.id = page.page_id");
        binds << limit << (offset > 0 ? offset : qint64(0));
    } else {
        where = whereClause(dialect, filter, m_scope, binds);
    }
    QString statement =
        QStringLiteral(
            "SELECT p.id, p.case_code, p.full_name, p.sex, p.birth_date, p.estimated_age_years, "
            "p.estimated_age_as_of, %1 AS residence, p.last_reception_date, p.last_agency_code, "
            "coalesce(a.name, '') AS agency_name, p.last_country_code, "
            "coalesce(c.name_vi, '') AS country_name, p.last_identification_status, "
            "p.last_case_status, p.archived, p.responsible_user_id, "
            "coalesce(nullif(u.display_name, ''), u.user_name, '') AS responsible_name FROM %2 "
            "LEFT JOIN agency a ON a.code = p.last_agency_code "
            "LEFT JOIN app_user u ON u.id = p.responsible_user_id "
            "LEFT JOIN country c ON c.code = p.last_country_code "
            "LEFT JOIN province pr ON pr.era = p.residence_era AND pr.code = p.residence_province "
            "LEFT JOIN commune cm ON cm.era = p.residence_era AND cm.code = p.residence_commune")
            .arg(kResidence, from)
        + where + QStringLiteral(" ORDER BY ") + orderBy(sortColumn, order);
    if (!pagedById && !walked) {
        statement += QStringLiteral(" LIMIT ? OFFSET ?");
        binds << limit << (offset > 0 ? offset : qint64(0));
    }

    QSqlQuery q(m_db.connection());
    if (auto r = sql::run(q, statement, binds, "caseList.fetch"); !r)
        return r.error();
    QList<CaseListRow> rows;
    rows.reserve(limit);
    while (q.next()) {
        CaseListRow row;
        row.personId = q.value(0).toLongLong();
        row.caseCode = q.value(1).toString();
        row.fullName = q.value(2).toString();
        row.sex =
            domain::fromCode<domain::Sex>(q.value(3).toString()).value_or(domain::Sex::Unknown);
        row.birthDate = q.value(4).toString();
        if (!q.value(5).isNull())
            row.estimatedAgeYears = q.value(5).toInt();
        row.estimatedAgeAsOf = sql::dateFromIso(q.value(6));
        row.residence = q.value(7).toString();
        row.lastReceptionDate = sql::dateFromIso(q.value(8));
        row.agencyCode = q.value(9).toString();
        row.agencyName = q.value(10).toString();
        row.countryCode = q.value(11).toString();
        row.countryName = q.value(12).toString();
        row.identificationStatus =
            domain::fromCode<domain::IdentificationStatus>(q.value(13).toString());
        row.caseStatus = domain::fromCode<domain::CaseStatus>(q.value(14).toString());
        row.archived = q.value(15).toInt() != 0;
        if (!q.value(16).isNull())
            row.responsibleUserId = q.value(16).toLongLong();
        row.responsibleName = q.value(17).toString();
        rows.append(row);
    }
    return rows;
}

} // namespace sr::storage
