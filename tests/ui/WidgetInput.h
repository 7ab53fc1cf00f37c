#pragma once

// Typing and clicking helpers shared by the widget tests (offscreen, QTest).

#include <QComboBox>
#include <QElapsedTimer>
#include <QObject>
#include <QString>
#include <QTest>
#include <QWidget>

#include <gtest/gtest.h>

#include <functional>

namespace sr::test {

/** The child named @a name; a test failure when there is none. */
template<typename T>
T *child(QObject &parent, const char *name)
{
    T *widget = parent.findChild<T *>(QLatin1String(name));
    EXPECT_NE(widget, nullptr) << name;
    return widget;
}

/** Types @a text key by key (QTest::keyClicks only knows ASCII; names have diacritics). */
inline void typeText(QWidget *widget, const QString &text)
{
    for (const QChar ch : text) {
        if (ch.unicode() < 128) {
            QTest::keyClick(widget, char(ch.unicode()));
        } else {
            QTest::sendKeyEvent(QTest::Press, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
            QTest::sendKeyEvent(
                QTest::Release, widget, Qt::Key_unknown, QString(ch), Qt::NoModifier);
        }
    }
}

/** Selects the entry of @a combo whose data is @a code. */
inline void choose(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    ASSERT_GE(index, 0) << code.toStdString();
    combo->setCurrentIndex(index);
}

/** Processes events until @a condition holds (at most @a ms milliseconds). */
inline bool waitFor(const std::function<bool()> &condition, int ms = 5000)
{
    QElapsedTimer timer;
    timer.start();
    while (!condition()) {
        if (timer.elapsed() > ms)
            return false;
        QTest::qWait(20);
    }
    return true;
}

} // namespace sr::test
