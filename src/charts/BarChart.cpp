#include "BarChart.h"

#include <QFont>
#include <QFontMetricsF>
#include <QPainter>
#include <QRectF>

#include <algorithm>

namespace sr::charts {

namespace {

constexpr int kSteps = 5;

QString valueText(const BarChart &chart, qint64 value)
{
    return chart.formatValue ? chart.formatValue(value) : QString::number(value);
}

qint64 valueAt(const BarSeries &series, qsizetype category)
{
    return category < series.values.size() ? series.values.at(category) : 0;
}

/** Legend entries laid out in centred rows that fit @a width. */
struct LegendLayout
{
    QList<QList<qsizetype>> rows;
    qreal rowHeight = 0;
    qreal swatch = 0;
    qreal gap = 0;

    qreal entryWidth(const QFontMetricsF &metrics, const QString &name) const
    {
        return swatch + gap / 2 + metrics.horizontalAdvance(name);
    }
    qreal height() const { return rows.size() * rowHeight; }
};

LegendLayout layoutLegend(const BarChart &chart, const QFontMetricsF &metrics, qreal width)
{
    LegendLayout legend;
    legend.swatch = metrics.height() * 0.8;
    legend.gap = metrics.height() * 1.2;
    legend.rowHeight = metrics.height() * 1.5;
    qreal used = 0;
    for (qsizetype i = 0; i < chart.series.size(); ++i) {
        const qreal w = legend.entryWidth(metrics, chart.series.at(i).name);
        if (legend.rows.isEmpty() || (used > 0 && used + legend.gap + w > width)) {
            legend.rows.append(QList<qsizetype>());
            used = 0;
        }
        used += (used > 0 ? legend.gap : 0) + w;
        legend.rows.last().append(i);
    }
    return legend;
}

} // namespace

qint64 axisTop(qint64 maxValue)
{
    // Head room of a fifth (at least 1) for the labels above the tallest bar, then whole steps.
    const qint64 wanted = maxValue + std::max<qint64>(1, maxValue / 5);
    const qint64 step = std::max<qint64>(1, (wanted + kSteps - 1) / kSteps);
    return step * kSteps;
}

void paint(QPainter &painter, const QRectF &rect, const BarChart &chart)
{
    painter.save();
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);

    QFont titleFont(chart.fontFamily);
    titleFont.setBold(true);
    titleFont.setPixelSize(std::max(10, int(rect.width() / 42)));
    QFont labelFont(chart.fontFamily);
    labelFont.setPixelSize(std::max(8, int(rect.width() / 56)));
    const QFontMetricsF titleMetrics(titleFont, painter.device());
    const QFontMetricsF labelMetrics(labelFont, painter.device());
    const qreal pad = labelMetrics.height();

    // Title on top, legend at the bottom, the plot in between.
    QRectF area = rect.adjusted(pad, pad / 2, -pad, -pad / 2);
    painter.setPen(Qt::black);
    if (!chart.title.isEmpty()) {
        painter.setFont(titleFont);
        const QRectF titleRect(area.left(), area.top(), area.width(), titleMetrics.height() * 1.4);
        painter.drawText(titleRect, Qt::AlignCenter, chart.title);
        area.setTop(titleRect.bottom() + pad / 2);
    }
    const LegendLayout legend = layoutLegend(chart, labelMetrics, area.width());
    painter.setFont(labelFont);
    qreal legendTop = area.bottom() - legend.height();
    for (const QList<qsizetype> &row : legend.rows) {
        qreal rowWidth = 0;
        for (qsizetype i : row)
            rowWidth += legend.entryWidth(labelMetrics, chart.series.at(i).name);
        rowWidth += legend.gap * (row.size() - 1);
        qreal x = area.center().x() - rowWidth / 2;
        const qreal middle = legendTop + legend.rowHeight / 2;
        for (qsizetype i : row) {
            const BarSeries &series = chart.series.at(i);
            painter.fillRect(QRectF(x, middle - legend.swatch / 2, legend.swatch, legend.swatch),
                             series.colour);
            x += legend.swatch + legend.gap / 2;
            const qreal textWidth = labelMetrics.horizontalAdvance(series.name);
            painter.drawText(QRectF(x, legendTop, textWidth + 1, legend.rowHeight),
                             Qt::AlignLeft | Qt::AlignVCenter,
                             series.name);
            x += textWidth + legend.gap;
        }
        legendTop += legend.rowHeight;
    }
    area.setBottom(area.bottom() - legend.height() - pad / 2);

    // Axes: tick labels to the left, category names below.
    qint64 maxValue = 0;
    for (const BarSeries &series : chart.series) {
        for (qsizetype c = 0; c < chart.categories.size(); ++c)
            maxValue = std::max(maxValue, valueAt(series, c));
    }
    const qint64 top = axisTop(maxValue);
    qreal tickWidth = 0;
    for (int s = 0; s <= kSteps; ++s)
        tickWidth =
            std::max(tickWidth, labelMetrics.horizontalAdvance(valueText(chart, top / kSteps * s)));
    const QRectF plot(area.left() + tickWidth + pad / 2,
                      area.top() + labelMetrics.height() / 2,
                      area.width() - tickWidth - pad / 2,
                      area.height() - labelMetrics.height() * 2);
    const auto yOf = [&](qint64 value) {
        return plot.bottom() - plot.height() * qreal(value) / qreal(top);
    };
    for (int s = 0; s <= kSteps; ++s) {
        const qint64 value = top / kSteps * s;
        const qreal y = yOf(value);
        painter.setPen(QPen(QColor(0xd0, 0xd0, 0xd0), 1));
        painter.drawLine(QPointF(plot.left(), y), QPointF(plot.right(), y));
        painter.setPen(Qt::black);
        painter.drawText(
            QRectF(area.left(), y - labelMetrics.height() / 2, tickWidth, labelMetrics.height()),
            Qt::AlignRight | Qt::AlignVCenter,
            valueText(chart, value));
    }
    painter.setPen(QPen(Qt::black, 1));
    painter.drawLine(plot.bottomLeft(), plot.bottomRight());
    painter.drawLine(plot.bottomLeft(), plot.topLeft());

    // Bars: each category's slot holds its bars side by side in 80% of the slot's width.
    const qsizetype categories = chart.categories.size();
    const qsizetype seriesCount = chart.series.size();
    if (categories > 0) {
        const qreal slot = plot.width() / qreal(categories);
        for (qsizetype c = 0; c < categories; ++c) {
            const qreal slotLeft = plot.left() + slot * qreal(c);
            painter.setPen(Qt::black);
            painter.drawText(QRectF(slotLeft,
                                    plot.bottom() + labelMetrics.height() * 0.25,
                                    slot,
                                    labelMetrics.height()),
                             Qt::AlignHCenter | Qt::AlignTop,
                             chart.categories.at(c));
            if (seriesCount == 0)
                continue;
            const qreal barWidth = slot * 0.8 / qreal(seriesCount);
            for (qsizetype s = 0; s < seriesCount; ++s) {
                const BarSeries &series = chart.series.at(s);
                const qint64 value = valueAt(series, c);
                const QRectF bar(slotLeft + slot * 0.1 + barWidth * qreal(s),
                                 yOf(value),
                                 barWidth,
                                 plot.bottom() - yOf(value));
                painter.fillRect(bar, series.colour);
                const QString text = valueText(chart, value);
                const qreal textWidth = labelMetrics.horizontalAdvance(text);
                painter.drawText(QRectF(bar.center().x() - textWidth / 2 - 1,
                                        bar.top() - labelMetrics.height(),
                                        textWidth + 2,
                                        labelMetrics.height()),
                                 Qt::AlignHCenter | Qt::AlignBottom,
                                 text);
            }
        }
    }
    painter.restore();
}

QImage render(const BarChart &chart, const QSize &size)
{
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    paint(painter, QRectF(QPointF(0, 0), QSizeF(size)), chart);
    painter.end();
    return image;
}

} // namespace sr::charts
