#pragma once

#include <QSize>
#include <QString>

class QWidget;

namespace sr::ui {

/**
 * Window sizes that fit the screen and are remembered. Every top-level window and dialog calls
 * place() once after building its contents and remember() when it closes, so that it opens
 * inside the screen's available area (a 1366×768 laptop with a taskbar included), centred on
 * its parent, at the size the user last gave it.
 */
class WindowGeometry
{
public:
    /**
     * Gives @a window the size it had when it last closed (QSettings "windows/<name>"), or
     * @a preferred, shrunk to the available area of its screen, and centres it on its parent
     * window (or on the screen when it has none).
     */
    static void place(QWidget *window, const QString &name, QSize preferred);
    /** Keeps @a window's size for the next place() with the same @a name. */
    static void remember(const QWidget *window, const QString &name);
    /** @a preferred shrunk to fit @a available, less room for the frame and a taskbar. */
    static QSize fitted(QSize preferred, QSize available);
};

} // namespace sr::ui
