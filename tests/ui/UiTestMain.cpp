// gtest main for the widget tests: a QApplication on the offscreen platform, test paths for
// QStandardPaths, settings of its own, and the source (English) strings until a test installs a
// translation.
#include <QApplication>
#include <QSettings>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // A fixed UTF-8 locale for Qt and for the child processes the tests start.
    qputenv("LC_ALL", "C.UTF-8");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    // CTest runs the tests of one executable in parallel processes: a window's saved geometry
    // (ui/WindowGeometry.cpp) written by one must not be read by another.
    QTemporaryDir settings;
    if (!settings.isValid())
        return 2;
    for (const QSettings::Format format : {QSettings::NativeFormat, QSettings::IniFormat})
        QSettings::setPath(format, QSettings::UserScope, settings.path());
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
