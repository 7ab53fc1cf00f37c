#include "StorageTestData.h"

#include <QJsonDocument>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::test {

domain::Actor testActor()
{
    domain::Actor actor;
    actor.userId = 7;
    actor.userName = QStringLiteral("tester");
    actor.role = domain::Role::Administrator;
    return actor;
}

domain::Person makePerson(const QString &fullName, int birthYear)
{
    domain::Person person;
    person.fullName = fullName;
    person.sex = domain::Sex::Female;
    if (birthYear > 0)
        person.birthDate = domain::PartialDate::fromYear(birthYear);
    person.nationality = QStringLiteral("VN");
    person.ethnicity = QStringLiteral("01");
    person.residenceEra = domain::AdminEra::From2025;
    person.residenceProvince = QStringLiteral("22");
    return person;
}

domain::Reception makeReception(qint64 personId, const QDate &date)
{
    domain::Reception reception;
    reception.personId = personId;
    reception.receptionDate = date;
    reception.agencyCode = QStringLiteral("ctxh_qn");
    reception.countryCode = QStringLiteral("CN");
    reception.route = domain::Route::HandedOverAtBorder;
    reception.exploitation = {domain::ExploitationForm::ForcedMarriage,
                              domain::ExploitationForm::ForcedLabour};
    reception.identificationStatus = domain::IdentificationStatus::ConfirmedVictim;
    reception.caseStatus = domain::CaseStatus::Open;
    return reception;
}

QVariant scalar(storage::Database &db, const QString &sql)
{
    QSqlQuery query(db.connection());
    if (!query.exec(sql)) {
        ADD_FAILURE() << "query failed: " << sql.toStdString();
        return {};
    }
    if (!query.next())
        return {};
    return query.value(0);
}

qint64 count(storage::Database &db, const QString &sql)
{
    const QVariant value = scalar(db, sql);
    return value.isValid() ? value.toLongLong() : -1;
}

QJsonObject
lastAuditChanges(storage::Database &db, const QString &entity, qint64 id, const QString &action)
{
    QSqlQuery query(db.connection());
    query.prepare(QStringLiteral("SELECT changes FROM audit_log WHERE entity = ? AND entity_id = ? "
                                 "AND action = ? ORDER BY id DESC LIMIT 1"));
    query.addBindValue(entity);
    query.addBindValue(id);
    query.addBindValue(action);
    if (!query.exec() || !query.next())
        return {};
    return QJsonDocument::fromJson(query.value(0).toString().toUtf8()).object();
}

} // namespace sr::test
