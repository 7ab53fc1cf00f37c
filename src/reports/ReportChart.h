#pragma once

#include "ReportFormat.h"
#include "domain/PeriodSummary.h"

#include <QImage>
#include <QSize>

namespace sr::reports {

/**
 * A bar chart of receptions by calendar year (categories) and country returned from (one
 * bar set per country), drawn by src/charts into an image of @a size pixels. Needs a
 * QGuiApplication only. An empty period gives an empty chart.
 */
QImage renderReceptionsChart(const domain::PeriodSummary &summary,
                             Language language,
                             const QSize &size = QSize(1200, 600));

} // namespace sr::reports
