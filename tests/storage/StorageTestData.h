#pragma once

#include "domain/Actor.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "storage/Database.h"

#include <QDate>
#include <QJsonObject>
#include <QString>
#include <QVariant>

namespace sr::test {

/** The acting user of the storage tests. */
domain::Actor testActor();

/** A person with @a fullName born in @a birthYear (0 = unknown), resident in Quảng Ninh. */
domain::Person makePerson(const QString &fullName, int birthYear = 1990);

/** A reception of @a personId on @a date by the Quảng Ninh social work centre, from China. */
domain::Reception makeReception(qint64 personId, const QDate &date);

/** First column of the first row of @a sql (invalid QVariant when there is no row). */
QVariant scalar(storage::Database &db, const QString &sql);
qint64 count(storage::Database &db, const QString &sql);

/** The changes JSON of the newest audit row of @a entity / @a id with @a action. */
QJsonObject
lastAuditChanges(storage::Database &db, const QString &entity, qint64 id, const QString &action);

} // namespace sr::test
