#pragma once

#include "services/CaseService.h"

#include <QJsonObject>

namespace sr::ui {

/**
 * The case editor's records as JSON: the local drafts are written with it, and comparing the
 * JSON of a record with the loaded one tells whether the record was changed.
 * Bookkeeping kept: id, uuid, version (so a restored draft still saves as an update).
 */
namespace CaseJson {

QJsonObject toJson(const domain::Person &person);
QJsonObject toJson(const domain::Reception &reception);
QJsonObject toJson(const domain::Support &support);
QJsonObject toJson(const domain::FollowUp &followUp);
QJsonObject toJson(const services::CaseRecord &record);

domain::Person personFromJson(const QJsonObject &json);
domain::Reception receptionFromJson(const QJsonObject &json);
domain::Support supportFromJson(const QJsonObject &json);
domain::FollowUp followUpFromJson(const QJsonObject &json);
services::CaseRecord caseFromJson(const QJsonObject &json);

} // namespace CaseJson

} // namespace sr::ui
