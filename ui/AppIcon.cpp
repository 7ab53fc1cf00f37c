#include "AppIcon.h"

#include <QPainter>
#include <QPainterPath>
#include <QPixmap>

namespace sr::ui {

namespace {

/** The shapes of resources/icons/safereturn.svg (a 64×64 view box) at @a size pixels. */
QPixmap drawIcon(int size)
{
    QPixmap pixmap(size, size);
    pixmap.fill(Qt::transparent);
    QPainter painter(&pixmap);
    painter.setRenderHint(QPainter::Antialiasing);
    painter.scale(size / 64.0, size / 64.0);

    painter.setPen(Qt::NoPen);
    painter.setBrush(QColor(0x1d, 0x6a, 0x8a));
    painter.drawRoundedRect(QRectF(2, 2, 60, 60), 12, 12);

    const QPointF house[] = {{32, 9}, {57, 31}, {50, 31}, {50, 55}, {14, 55}, {14, 31}, {7, 31}};
    painter.setBrush(Qt::white);
    painter.drawPolygon(house, int(std::size(house)));

    const QColor orange(0xe8, 0x77, 0x2e);
    QPainterPath arrow(QPointF(41, 47));
    arrow.lineTo(41, 41);
    arrow.arcTo(QRectF(27, 34, 14, 14), 0, 90);
    arrow.lineTo(27, 34);
    painter.setBrush(Qt::NoBrush);
    painter.setPen(QPen(orange, 5, Qt::SolidLine, Qt::RoundCap, Qt::RoundJoin));
    painter.drawPath(arrow);

    const QPointF head[] = {{28, 27}, {19, 34}, {28, 41}};
    painter.setPen(Qt::NoPen);
    painter.setBrush(orange);
    painter.drawPolygon(head, int(std::size(head)));
    return pixmap;
}

} // namespace

QIcon applicationIcon()
{
    QIcon icon;
    for (int size : {16, 24, 32, 48, 64, 128, 256})
        icon.addPixmap(drawIcon(size));
    return icon;
}

} // namespace sr::ui
