#include "ReportChart.h"

#include "charts/BarChart.h"

#include <QColor>

namespace sr::reports {

QImage
renderReceptionsChart(const domain::PeriodSummary &summary, Language language, const QSize &size)
{
    charts::BarChart chart;
    chart.title = reportText(
        language,
        QT_TRANSLATE_NOOP("sr::reports::Report", "Receptions by year and country returned from"),
        "Số lượt tiếp nhận theo năm và nước trở về");
    chart.formatValue = [language](qint64 value) { return formatCount(value, language); };
    for (const domain::YearFigures &y : summary.years)
        chart.categories.append(QString::number(y.year));
    // Well-separated colours that stay distinct when printed in grey.
    const QList<QColor> colours{QColor(0x1f, 0x4e, 0x79),
                                QColor(0xc5, 0x5a, 0x11),
                                QColor(0x54, 0x82, 0x35),
                                QColor(0x7f, 0x60, 0x00),
                                QColor(0x70, 0x30, 0xa0),
                                QColor(0x40, 0x40, 0x40)};
    for (const domain::CountRow &country : summary.total.byCountry) {
        charts::BarSeries series;
        series.name = language == Language::English && !country.nameEn.isEmpty()
                          ? country.nameEn
                          : (country.name.isEmpty() ? country.code : country.name);
        series.colour = colours.at(chart.series.size() % colours.size());
        for (const domain::YearFigures &y : summary.years) {
            qint64 value = 0;
            for (const domain::CountRow &row : y.figures.byCountry) {
                if (row.code == country.code)
                    value = row.receptions;
            }
            series.values.append(value);
        }
        chart.series.append(series);
    }
    return charts::render(chart, size);
}

} // namespace sr::reports
