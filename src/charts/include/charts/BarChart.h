#pragma once

#include <QColor>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <functional>

class QPainter;
class QRectF;

namespace sr::charts {

/** One set of bars: one value per category, drawn in one colour and named in the legend. */
struct BarSeries
{
    QString name;
    QColor colour;
    QList<qint64> values; ///< one per category; missing values count as 0
};

/**
 * A grouped bar chart: for every category (on the horizontal axis) one bar per series, the
 * value written above each bar, a whole-number vertical axis and a legend below.
 */
struct BarChart
{
    QString title;
    QStringList categories;
    QList<BarSeries> series;
    /** Text of a value (bar labels and axis ticks), e.g. with thousands separators. */
    std::function<QString(qint64)> formatValue;
    QString fontFamily = QStringLiteral("Noto Sans");
};

/**
 * Draws @a chart into @a rect of @a painter. Font sizes follow the width of @a rect, so a
 * chart printed across a page reads like 8–11 pt text. Needs only a QGuiApplication.
 */
void paint(QPainter &painter, const QRectF &rect, const BarChart &chart);

/** @a chart drawn on white into an image of @a size pixels. */
QImage render(const BarChart &chart, const QSize &size);

/**
 * The top of a whole-number vertical axis with five equal steps that leaves head room above
 * @a maxValue for the bar labels (at least 5, a multiple of 5).
 */
qint64 axisTop(qint64 maxValue);

} // namespace sr::charts
