#pragma once

#include <QList>
#include <QString>
#include <QStringList>

#include <optional>

namespace sr::storage {

/**
 * Which cases a query may return: every case, or only those whose responsible worker
 * (person.responsible_user_id) is one of a list of accounts. The services decide it for the
 * acting user (services/CaseAccess.h, record-level access in docs/case-work.md); the queries
 * that list, count, search or export cases apply it.
 */
struct CaseScope
{
    /** None = every case; otherwise the accounts whose cases are in scope (may be empty). */
    std::optional<QList<qint64>> responsibleUserIds;

    static CaseScope all() { return {}; }
    static CaseScope of(QList<qint64> userIds) { return CaseScope{std::move(userIds)}; }

    bool isAll() const { return !responsibleUserIds.has_value(); }

    /** True when a case whose responsible worker is @a responsible is in scope. */
    bool contains(std::optional<qint64> responsible) const
    {
        if (isAll())
            return true;
        return responsible && responsibleUserIds->contains(*responsible);
    }

    /**
     * The SQL condition on @a column ("p.responsible_user_id"); empty when every case is in
     * scope. The ids are account row ids (integers), written into the statement so that the
     * condition needs no binding wherever it is placed.
     */
    QString condition(const QString &column) const
    {
        if (isAll())
            return {};
        if (responsibleUserIds->isEmpty())
            return QStringLiteral("1 = 0");
        QStringList ids;
        ids.reserve(responsibleUserIds->size());
        for (const qint64 id : *responsibleUserIds)
            ids << QString::number(id);
        return column + QStringLiteral(" IN (") + ids.join(QLatin1Char(',')) + QLatin1Char(')');
    }
};

} // namespace sr::storage
