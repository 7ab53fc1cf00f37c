#pragma once

// Typing and clicking helpers shared by the widget tests (offscreen, QTest).

#include <QAbstractButton>
#include <QComboBox>
#include <QElapsedTimer>
#include <QGroupBox>
#include <QHash>
#include <QLabel>
#include <QObject>
#include <QString>
#include <QStringList>
#include <QTabBar>
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

/** The letter after the single "&" of @a text, lower case; a null QChar when it has none. */
inline QChar mnemonicOf(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text.at(i) != QLatin1Char('&'))
            continue;
        if (text.at(i + 1) == QLatin1Char('&')) {
            ++i; // "&&" is a shown ampersand
            continue;
        }
        return text.at(i + 1).toLower();
    }
    return {};
}

/**
 * What is wrong with the mnemonics @a window shows: a label whose "&" is printed because it has
 * no buddy (QFormLayout::addRow with a layout makes such a label), two labels, buttons, group
 * boxes or tabs sharing Alt+letter, and a letter no keyboard has as a key (Alt+Đ: a Vietnamese
 * keyboard types Đ from D). Empty when all is well.
 */
inline QStringList mnemonicProblems(const QWidget &window)
{
    QStringList problems;
    QHash<QChar, QString> used;
    // Only what this window shows: a form opened from a register is its child, a window of its
    // own, with mnemonics of its own.
    const auto shown = [&](const QWidget *widget) {
        return widget->window() == &window && widget->isVisibleTo(&window);
    };
    const auto take = [&](const QString &text) {
        const QChar key = mnemonicOf(text);
        if (key.isNull())
            return;
        if (key.unicode() > 127 || !key.isLetterOrNumber())
            problems << QStringLiteral("\"%1\": Alt+%2 is not a key").arg(text, key);
        else if (used.contains(key))
            problems
                << QStringLiteral("\"%1\" and \"%2\" share Alt+%3").arg(used.value(key), text, key);
        else
            used.insert(key, text);
    };
    for (const QLabel *label : window.findChildren<QLabel *>()) {
        if (!shown(label) || mnemonicOf(label->text()).isNull())
            continue;
        if (!label->buddy())
            problems
                << QStringLiteral("\"%1\" shows its & (the label has no buddy)").arg(label->text());
        else
            take(label->text());
    }
    for (const QAbstractButton *button : window.findChildren<QAbstractButton *>()) {
        if (shown(button))
            take(button->text());
    }
    for (const QGroupBox *box : window.findChildren<QGroupBox *>()) {
        if (shown(box))
            take(box->title());
    }
    for (const QTabBar *bar : window.findChildren<QTabBar *>()) {
        if (!shown(bar))
            continue;
        for (int i = 0; i < bar->count(); ++i)
            take(bar->tabText(i));
    }
    return problems;
}

} // namespace sr::test
