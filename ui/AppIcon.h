#pragma once

#include <QIcon>

namespace sr::ui {

/**
 * SafeReturn's window icon, a house with an arrow coming home (resources/icons/safereturn.svg),
 * drawn with QPainter at the usual icon sizes so that it needs no SVG plugin.
 */
QIcon applicationIcon();

} // namespace sr::ui
