#include "ReportChart.h"

#include <QBarCategoryAxis>
#include <QBarSeries>
#include <QBarSet>
#include <QChart>
#include <QGraphicsScene>
#include <QPainter>
#include <QValueAxis>

#include <algorithm>

namespace sr::reports {

QImage
renderReceptionsChart(const domain::PeriodSummary &summary, Language language, const QSize &size)
{
    // The scene owns the chart, and the chart owns its series and axes.
    QGraphicsScene scene;
    auto *chart = new QChart;
    scene.addItem(chart);
    chart->setAnimationOptions(QChart::NoAnimation);
    chart->setBackgroundVisible(false);
    chart->setTitle(reportText(
        language,
        QT_TRANSLATE_NOOP("sr::reports::Report", "Receptions by year and country returned from"),
        "Số lượt tiếp nhận theo năm và nước trở về"));
    // Font sizes follow the image width, so the printed chart reads like 8–11 pt text.
    QFont titleFont(QStringLiteral("Noto Sans"));
    titleFont.setBold(true);
    titleFont.setPixelSize(std::max(10, size.width() / 42));
    chart->setTitleFont(titleFont);
    QFont labelFont(QStringLiteral("Noto Sans"));
    labelFont.setPixelSize(std::max(8, size.width() / 56));

    QStringList categories;
    for (const domain::YearFigures &y : summary.years)
        categories.append(QString::number(y.year));

    auto *series = new QBarSeries;
    qint64 maxValue = 0;
    // Well-separated colours that stay distinct when printed in grey.
    const QList<QColor> colours{QColor(0x1f, 0x4e, 0x79),
                                QColor(0xc5, 0x5a, 0x11),
                                QColor(0x54, 0x82, 0x35),
                                QColor(0x7f, 0x60, 0x00),
                                QColor(0x70, 0x30, 0xa0),
                                QColor(0x40, 0x40, 0x40)};
    int index = 0;
    for (const domain::CountRow &country : summary.total.byCountry) {
        const QString name = language == Language::English && !country.nameEn.isEmpty()
                                 ? country.nameEn
                                 : (country.name.isEmpty() ? country.code : country.name);
        auto *set = new QBarSet(name);
        set->setColor(colours.at(index % colours.size()));
        set->setLabelColor(Qt::black);
        set->setLabelFont(labelFont);
        ++index;
        for (const domain::YearFigures &y : summary.years) {
            qint64 value = 0;
            for (const domain::CountRow &row : y.figures.byCountry) {
                if (row.code == country.code)
                    value = row.receptions;
            }
            maxValue = std::max(maxValue, value);
            set->append(static_cast<qreal>(value));
        }
        series->append(set);
    }
    series->setLabelsVisible(true);
    series->setLabelsPosition(QAbstractBarSeries::LabelsOutsideEnd);
    series->setLabelsPrecision(12);
    chart->addSeries(series);

    auto *axisX = new QBarCategoryAxis;
    axisX->append(categories);
    axisX->setLabelsFont(labelFont);
    chart->addAxis(axisX, Qt::AlignBottom);
    series->attachAxis(axisX);
    auto *axisY = new QValueAxis;
    // Whole-number ticks (5 steps), with head room for the labels above the bars.
    const qint64 wanted = maxValue + std::max<qint64>(1, maxValue / 5);
    const qint64 step = std::max<qint64>(1, (wanted + 4) / 5);
    axisY->setRange(0, static_cast<qreal>(step * 5));
    axisY->setLabelFormat(QStringLiteral("%d"));
    axisY->setTickCount(6);
    axisY->setLabelsFont(labelFont);
    chart->addAxis(axisY, Qt::AlignLeft);
    series->attachAxis(axisY);
    chart->legend()->setVisible(true);
    chart->legend()->setAlignment(Qt::AlignBottom);
    chart->legend()->setFont(labelFont);

    chart->resize(QSizeF(size));
    scene.setSceneRect(QRectF(QPointF(0, 0), QSizeF(size)));
    QImage image(size, QImage::Format_ARGB32_Premultiplied);
    image.fill(Qt::white);
    QPainter painter(&image);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.setRenderHint(QPainter::TextAntialiasing);
    scene.render(&painter, QRectF(QPointF(0, 0), QSizeF(size)), scene.sceneRect());
    painter.end();
    return image;
}

} // namespace sr::reports
