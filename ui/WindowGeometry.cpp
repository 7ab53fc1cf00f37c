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
    // Keep the title bar on the screen.
    const int right = std::max(available.left(), available.right() - size.width());
    const int bottom = std::max(available.top(), available.bottom() - size.height());
    target.moveLeft(std::clamp(target.left(), available.left(), right));
    target.moveTop(std::clamp(target.top(), available.top(), bottom));
    window->move(target.topLeft());
}

void WindowGeometry::remember(const QWidget *window, const QString &name)
{
    if (window->isMaximized() || window->isFullScreen())
        return;
    QSettings().setValue(key(name), window->size());
}

} // namespace sr::ui
