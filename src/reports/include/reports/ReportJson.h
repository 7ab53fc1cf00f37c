#pragma once

#include "domain/PeriodSummary.h"

#include <QByteArray>
#include <QJsonObject>

namespace sr::reports {

/** The report's JSON format name, written as "format". */
inline constexpr char reportJsonFormat[] = "safereturn-report/1";

/**
 * The period summary as JSON (format "safereturn-report/1", docs/report-json.md): the
 * figures of the whole period at the top level and the same sections for each calendar
 * year under "years". Codes are stable; names are the reference lists' names.
 */
QJsonObject reportToJson(const domain::PeriodSummary &summary);

/** reportToJson() as indented UTF-8 text. */
QByteArray reportToJsonBytes(const domain::PeriodSummary &summary);

} // namespace sr::reports
