#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace sr::ui {

namespace {

QString key(const QString &name)
{
    return QStringLiteral("windows/%1/size").arg(name);
}

} // namespace

QSize WindowGeometry::fitted(QSize preferred, QSize available)
{
    // The window manager adds a title bar and borders outside the widget's size.
    const QSize frame(16, 40);
    return preferred.boundedTo(available - frame).expandedTo(QSize(320, 240));
}

void WindowGeometry::place(QWidget *window, const QString &name, QSize preferred)
{
    const QSize stored = QSettings().value(key(name)).toSize();
    if (stored.isValid())
        preferred = stored;
    QWidget *parent = window->parentWidget() ? window->parentWidget()->window() : nullptr;
    QScreen *screen = parent ? parent->screen() : window->screen();
    if (!screen)
        screen = QGuiApplication::primaryScreen();
    const QRect available = screen ? screen->availableGeometry() : QRect(0, 0, 1366, 728);
    const QSize size = fitted(preferred, available.size());
    window->resize(size);
    const QPoint centre =
        parent && parent->isVisible() ? parent->geometry().center() : available.center();
    QRect target(QPoint(), size);
    target.moveCenter(centre);
    // Keep the whole frame on the screen: the window manager puts the title bar above the
    // widget's geometry and a border around it (the room fitted() leaves).
    const int titleBar = 32;
    const int border = 8;
    const int right =
        std::max(available.left() + border, available.right() - border - size.width());
    const int bottom =
        std::max(available.top() + titleBar, available.bottom() - border - size.height());
    target.moveLeft(std::clamp(target.left(), available.left() + border, right));
    target.moveTop(std::clamp(target.top(), available.top() + titleBar, bottom));
    window->move(target.topLeft());
}

void WindowGeometry::remember(const QWidget *window, const QString &name)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    QSettings().setValue(key(name), window->size());
}

} // namespace sr::ui
