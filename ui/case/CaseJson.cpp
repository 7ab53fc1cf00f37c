#include "ui/case/CaseJson.h"

#include <QJsonArray>

namespace sr::ui::CaseJson {

namespace {

QString dateText(const QDate &date)
{
    return date.isValid() ? date.toString(Qt::ISODate) : QString();
}

QDate dateOf(const QJsonValue &value)
{
    return QDate::fromString(value.toString(), Qt::ISODate);
}

void putMeta(QJsonObject &json, const domain::RecordMeta &meta)
{
    json.insert(QStringLiteral("id"), double(meta.id));
    json.insert(QStringLiteral("uuid"), meta.uuid);
    json.insert(QStringLiteral("version"), meta.version);
}

domain::RecordMeta metaOf(const QJsonObject &json)
{
    domain::RecordMeta meta;
    meta.id = qint64(json.value(QStringLiteral("id")).toDouble());
    meta.uuid = json.value(QStringLiteral("uuid")).toString();
    meta.version = json.value(QStringLiteral("version")).toInt();
    return meta;
}

template<typename E>
E enumOf(const QJsonValue &value, E fallback)
{
    return domain::fromCode<E>(value.toString()).value_or(fallback);
}

} // namespace

QJsonObject toJson(const domain::Person &p)
{
    QJsonObject json;
    putMeta(json, p.meta);
    json.insert(QStringLiteral("case_code"), p.caseCode);
    json.insert(QStringLiteral("full_name"), p.fullName);
    json.insert(QStringLiteral("other_names"), p.otherNames);
    json.insert(QStringLiteral("sex"), domain::toCode(p.sex));
    json.insert(QStringLiteral("birth_date"), p.birthDate.toIsoString());
    json.insert(QStringLiteral("estimated_age_years"),
                p.estimatedAgeYears ? QJsonValue(*p.estimatedAgeYears) : QJsonValue());
    json.insert(QStringLiteral("estimated_age_as_of"), dateText(p.estimatedAgeAsOf));
    json.insert(QStringLiteral("nationality"), p.nationality);
    json.insert(QStringLiteral("ethnicity"), p.ethnicity);
    json.insert(QStringLiteral("document_type"), domain::toCode(p.documentType));
    json.insert(QStringLiteral("document_number"), p.documentNumber);
    json.insert(QStringLiteral("residence_era"), domain::toCode(p.residenceEra));
    json.insert(QStringLiteral("residence_province"), p.residenceProvince);
    json.insert(QStringLiteral("residence_commune"), p.residenceCommune);
    json.insert(QStringLiteral("residence_commune_text"), p.residenceCommuneText);
    json.insert(QStringLiteral("address_line"), p.addressLine);
    json.insert(QStringLiteral("phone"), p.phone);
    json.insert(QStringLiteral("family_contact"), p.familyContact);
    json.insert(QStringLiteral("consent_services"), p.consent.services);
    json.insert(QStringLiteral("consent_information_sharing"), p.consent.informationSharing);
    json.insert(QStringLiteral("consent_statistics"), p.consent.statistics);
    json.insert(QStringLiteral("notes"), p.notes);
    return json;
}

domain::Person personFromJson(const QJsonObject &json)
{
    domain::Person p;
    p.meta = metaOf(json);
    p.caseCode = json.value(QStringLiteral("case_code")).toString();
    p.fullName = json.value(QStringLiteral("full_name")).toString();
    p.otherNames = json.value(QStringLiteral("other_names")).toString();
    p.sex = enumOf(json.value(QStringLiteral("sex")), domain::Sex::Unknown);
    if (auto birth =
            domain::PartialDate::fromIsoString(json.value(QStringLiteral("birth_date")).toString()))
        p.birthDate = *birth;
    if (const QJsonValue age = json.value(QStringLiteral("estimated_age_years")); age.isDouble())
        p.estimatedAgeYears = age.toInt();
    p.estimatedAgeAsOf = dateOf(json.value(QStringLiteral("estimated_age_as_of")));
    p.nationality = json.value(QStringLiteral("nationality")).toString(QStringLiteral("VN"));
    p.ethnicity = json.value(QStringLiteral("ethnicity")).toString(QStringLiteral("00"));
    p.documentType =
        enumOf(json.value(QStringLiteral("document_type")), domain::DocumentType::None);
    p.documentNumber = json.value(QStringLiteral("document_number")).toString();
    p.residenceEra =
        enumOf(json.value(QStringLiteral("residence_era")), domain::AdminEra::From2025);
    p.residenceProvince = json.value(QStringLiteral("residence_province")).toString();
    p.residenceCommune = json.value(QStringLiteral("residence_commune")).toString();
    p.residenceCommuneText = json.value(QStringLiteral("residence_commune_text")).toString();
    p.addressLine = json.value(QStringLiteral("address_line")).toString();
    p.phone = json.value(QStringLiteral("phone")).toString();
    p.familyContact = json.value(QStringLiteral("family_contact")).toString();
    p.consent.services = json.value(QStringLiteral("consent_services")).toBool();
    p.consent.informationSharing =
        json.value(QStringLiteral("consent_information_sharing")).toBool();
    p.consent.statistics = json.value(QStringLiteral("consent_statistics")).toBool();
    p.notes = json.value(QStringLiteral("notes")).toString();
    return p;
}

QJsonObject toJson(const domain::Reception &r)
{
    QJsonObject json;
    putMeta(json, r.meta);
    json.insert(QStringLiteral("person_id"), double(r.personId));
    json.insert(QStringLiteral("reception_date"), dateText(r.receptionDate));
    json.insert(QStringLiteral("agency_code"), r.agencyCode);
    json.insert(QStringLiteral("batch_id"),
                r.batchId ? QJsonValue(double(*r.batchId)) : QJsonValue());
    json.insert(QStringLiteral("country_code"), r.countryCode);
    json.insert(QStringLiteral("route"), domain::toCode(r.route));
    QJsonArray forms;
    for (domain::ExploitationForm form : r.exploitation)
        forms.append(domain::toCode(form));
    json.insert(QStringLiteral("exploitation"), forms);
    json.insert(QStringLiteral("identification_status"), domain::toCode(r.identificationStatus));
    json.insert(QStringLiteral("identification_agency_code"), r.identificationAgencyCode);
    json.insert(QStringLiteral("identification_date"), dateText(r.identificationDate));
    json.insert(QStringLiteral("identification_basis"), r.identificationBasis);
    json.insert(QStringLiteral("case_status"), domain::toCode(r.caseStatus));
    json.insert(QStringLiteral("outcome"),
                r.outcome ? QJsonValue(domain::toCode(*r.outcome)) : QJsonValue());
    json.insert(QStringLiteral("closed_date"), dateText(r.closedDate));
    json.insert(QStringLiteral("notes"), r.notes);
    return json;
}

domain::Reception receptionFromJson(const QJsonObject &json)
{
    domain::Reception r;
    r.meta = metaOf(json);
    r.personId = qint64(json.value(QStringLiteral("person_id")).toDouble());
    r.receptionDate = dateOf(json.value(QStringLiteral("reception_date")));
    r.agencyCode = json.value(QStringLiteral("agency_code")).toString();
    if (const QJsonValue batch = json.value(QStringLiteral("batch_id")); batch.isDouble())
        r.batchId = qint64(batch.toDouble());
    r.countryCode = json.value(QStringLiteral("country_code")).toString();
    r.route = enumOf(json.value(QStringLiteral("route")), domain::Route::Other);
    for (const QJsonValue &form : json.value(QStringLiteral("exploitation")).toArray()) {
        if (auto value = domain::fromCode<domain::ExploitationForm>(form.toString()))
            r.exploitation.append(*value);
    }
    r.identificationStatus = enumOf(json.value(QStringLiteral("identification_status")),
                                    domain::IdentificationStatus::NotVerified);
    r.identificationAgencyCode =
        json.value(QStringLiteral("identification_agency_code")).toString();
    r.identificationDate = dateOf(json.value(QStringLiteral("identification_date")));
    r.identificationBasis = json.value(QStringLiteral("identification_basis")).toString();
    r.caseStatus = enumOf(json.value(QStringLiteral("case_status")), domain::CaseStatus::Open);
    r.outcome =
        domain::fromCode<domain::CaseOutcome>(json.value(QStringLiteral("outcome")).toString());
    r.closedDate = dateOf(json.value(QStringLiteral("closed_date")));
    r.notes = json.value(QStringLiteral("notes")).toString();
    return r;
}

QJsonObject toJson(const domain::Support &s)
{
    QJsonObject json;
    putMeta(json, s.meta);
    json.insert(QStringLiteral("reception_id"), double(s.receptionId));
    json.insert(QStringLiteral("type_code"), s.typeCode);
    json.insert(QStringLiteral("support_date"), dateText(s.date));
    json.insert(QStringLiteral("provider_agency_code"), s.providerAgencyCode);
    json.insert(QStringLiteral("amount_vnd"), double(s.amountVnd));
    json.insert(QStringLiteral("quantity"), s.quantity);
    json.insert(QStringLiteral("status"), domain::toCode(s.status));
    json.insert(QStringLiteral("notes"), s.notes);
    return json;
}

domain::Support supportFromJson(const QJsonObject &json)
{
    domain::Support s;
    s.meta = metaOf(json);
    s.receptionId = qint64(json.value(QStringLiteral("reception_id")).toDouble());
    s.typeCode = json.value(QStringLiteral("type_code")).toString();
    s.date = dateOf(json.value(QStringLiteral("support_date")));
    s.providerAgencyCode = json.value(QStringLiteral("provider_agency_code")).toString();
    s.amountVnd = qint64(json.value(QStringLiteral("amount_vnd")).toDouble());
    s.quantity = json.value(QStringLiteral("quantity")).toInt(1);
    s.status = enumOf(json.value(QStringLiteral("status")), domain::SupportStatus::Provided);
    s.notes = json.value(QStringLiteral("notes")).toString();
    return s;
}

QJsonObject toJson(const domain::FollowUp &f)
{
    QJsonObject json;
    putMeta(json, f.meta);
    json.insert(QStringLiteral("reception_id"), double(f.receptionId));
    json.insert(QStringLiteral("follow_up_date"), dateText(f.date));
    json.insert(QStringLiteral("kind"), domain::toCode(f.kind));
    json.insert(QStringLiteral("health"), domain::toCode(f.health));
    json.insert(QStringLiteral("housing"), domain::toCode(f.housing));
    json.insert(QStringLiteral("work"), domain::toCode(f.work));
    json.insert(QStringLiteral("schooling"), domain::toCode(f.schooling));
    json.insert(QStringLiteral("notes"), f.notes);
    return json;
}

domain::FollowUp followUpFromJson(const QJsonObject &json)
{
    domain::FollowUp f;
    f.meta = metaOf(json);
    f.receptionId = qint64(json.value(QStringLiteral("reception_id")).toDouble());
    f.date = dateOf(json.value(QStringLiteral("follow_up_date")));
    f.kind = enumOf(json.value(QStringLiteral("kind")), domain::FollowUpKind::HomeVisit);
    const auto status = [&json](const char *key) {
        return enumOf(json.value(QLatin1String(key)), domain::ReintegrationStatus::Unknown);
    };
    f.health = status("health");
    f.housing = status("housing");
    f.work = status("work");
    f.schooling = status("schooling");
    f.notes = json.value(QStringLiteral("notes")).toString();
    return f;
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
