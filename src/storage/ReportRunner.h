#pragma once

// Internal to storage: what the period report's queries (ReportQueries.cpp) share with the test
// oracle that recomputes the same figures from the records (tests/reports/RecomputedFigures.cpp):
// the code orders of the report's rows and a runner binding the period.
#include "SqlSupport.h"
#include "domain/Enums.h"
#include "domain/PeriodSummary.h"
#include "domain/Result.h"

#include <QDate>
#include <QList>
#include <QPair>
#include <QSqlDatabase>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <algorithm>

namespace sr::storage::report {

// The stable code orders are the enumerations' declaration orders (src/domain/Enums.h); codes
// not listed sort after these, by code. A closed case's outcomes come before the open cases.
inline const QStringList routeOrder = domain::allCodes<domain::Route>();
inline const QStringList statusOrder = domain::allCodes<domain::IdentificationStatus>();
inline const QStringList sexOrder = domain::allCodes<domain::Sex>();
inline const QStringList ageBandOrder = domain::allCodes<domain::AgeBand>();
inline const QStringList outcomeOrder = domain::allCodes<domain::CaseOutcome>()
                                        << domain::toCode(domain::CaseStatus::Open);

inline qsizetype rank(const QStringList &order, const QString &code)
{
    const qsizetype i = order.indexOf(code);
    return i < 0 ? order.size() : i;
}

template<typename Row, typename Key>
void sortByOrder(QList<Row> &rows, const QStringList &order, Key key)
{
    std::stable_sort(rows.begin(), rows.end(), [&](const Row &a, const Row &b) {
        const qsizetype ra = rank(order, key(a));
        const qsizetype rb = rank(order, key(b));
        if (ra != rb)
            return ra < rb;
        return key(a) < key(b);
    });
}

class Runner
{
public:
    Runner(const QSqlDatabase &db, const QDate &from, const QDate &to)
        : m_db(db)
        , m_from(sql::isoDate(from))
        , m_to(sql::isoDate(to))
    {}

    /** Prepares @a statement, binds :from/:to (and @a extra), runs it. */
    Result<QSqlQuery> run(const QString &statement,
                          const char *context,
                          const QList<QPair<QString, QVariant>> &extra = {}) const
    {
        QSqlQuery query(m_db);
        query.setForwardOnly(true);
        if (auto p = sql::prepare(query, statement, context); !p)
            return p.error();
        if (statement.contains(QLatin1String(":from"))) {
            query.bindValue(QStringLiteral(":from"), m_from);
            query.bindValue(QStringLiteral(":to"), m_to);
        }
        for (const auto &[name, value] : extra)
            query.bindValue(name, value);
        if (auto e = sql::exec(query, context); !e)
            return e.error();
        return query;
    }

    /** A list of CountRow from a query selecting code, name, name_en, persons, receptions. */
    Result<QList<domain::CountRow>> countRows(const QString &statement, const char *context) const
    {
        auto query = run(statement, context);
        if (!query)
            return query.error();
        QList<domain::CountRow> rows;
        while (query->next()) {
            domain::CountRow row;
            row.code = query->value(0).toString();
            row.name = query->value(1).toString();
            row.nameEn = query->value(2).toString();
            row.persons = query->value(3).toLongLong();
            row.receptions = query->value(4).toLongLong();
            rows.append(row);
        }
        return rows;
    }

private:
    QSqlDatabase m_db;
    QString m_from;
    QString m_to;
};

} // namespace sr::storage::report
