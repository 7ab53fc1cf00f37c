#include "WindowGeometry.h"

#include <QGuiApplication>
#include <QScreen>
#include <QSettings>
#include <QWidget>

#include <algorithm>

namespace sr::ui {

namespace {

// The room a window manager's title bar and borders take outside a window's own size.
const QSize kFrame(16, 40);

QString key(const QString &name)
{
    return QStringLiteral("windows/%1/size").arg(name);
}

} // namespace

QSize WindowGeometry::fitted(QSize preferred, QSize available)
{
    return preferred.boundedTo(available - kFrame).expandedTo(QSize(320, 240));
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
    // QWidget::move() places a window's frame (its title bar and border included), so the
    // frame is what is centred and kept on the screen; fitted() left room for it.
    const QSize frame = size + kFrame;
    QRect target(QPoint(), frame);
    target.moveCenter(centre);
    const int right = std::max(available.left(), available.right() + 1 - frame.width());
    const int bottom = std::max(available.top(), available.bottom() + 1 - frame.height());
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
