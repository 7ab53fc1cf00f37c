#include "ui/case/CaseJson.h"

#include "domain/RecordTypes.h"

#include <QJsonArray>

namespace sr::ui::CaseJson {

// Each record is drafted from its descriptor (domain/RecordTypes.h): the keys are its column
// names, so a column added to a record type is drafted without a change here.

QJsonObject toJson(const domain::Person &p)
{
    return domain::toDraft(domain::personRecord(), p);
}

domain::Person personFromJson(const QJsonObject &json)
{
    return domain::fromDraft(domain::personRecord(), json);
}

QJsonObject toJson(const domain::Reception &r)
{
    return domain::toDraft(domain::receptionRecord(), r);
}

domain::Reception receptionFromJson(const QJsonObject &json)
{
    return domain::fromDraft(domain::receptionRecord(), json);
}

QJsonObject toJson(const domain::Support &s)
{
    return domain::toDraft(domain::supportRecord(), s);
}

domain::Support supportFromJson(const QJsonObject &json)
{
    return domain::fromDraft(domain::supportRecord(), json);
}

QJsonObject toJson(const domain::FollowUp &f)
{
    return domain::toDraft(domain::followUpRecord(), f);
}

domain::FollowUp followUpFromJson(const QJsonObject &json)
{
    return domain::fromDraft(domain::followUpRecord(), json);
}

QJsonObject toJson(const services::CaseRecord &record)
{
    QJsonObject json;
    json.insert(QStringLiteral("person"), toJson(record.person));
    QJsonArray receptions;
    for (const services::ReceptionRecord &entry : record.receptions) {
        QJsonObject item;
        item.insert(QStringLiteral("reception"), toJson(entry.reception));
        QJsonArray supports;
        for (const domain::Support &support : entry.supports)
            supports.append(toJson(support));
        item.insert(QStringLiteral("supports"), supports);
        QJsonArray followUps;
        for (const domain::FollowUp &followUp : entry.followUps)
            followUps.append(toJson(followUp));
        item.insert(QStringLiteral("follow_ups"), followUps);
        receptions.append(item);
    }
    json.insert(QStringLiteral("receptions"), receptions);
    return json;
}

services::CaseRecord caseFromJson(const QJsonObject &json)
{
    services::CaseRecord record;
    record.person = personFromJson(json.value(QStringLiteral("person")).toObject());
    for (const QJsonValue &value : json.value(QStringLiteral("receptions")).toArray()) {
        const QJsonObject item = value.toObject();
        services::ReceptionRecord entry;
        entry.reception = receptionFromJson(item.value(QStringLiteral("reception")).toObject());
        for (const QJsonValue &support : item.value(QStringLiteral("supports")).toArray())
            entry.supports.append(supportFromJson(support.toObject()));
        for (const QJsonValue &followUp : item.value(QStringLiteral("follow_ups")).toArray())
            entry.followUps.append(followUpFromJson(followUp.toObject()));
        record.receptions.append(entry);
    }
    return record;
}

} // namespace sr::ui::CaseJson
