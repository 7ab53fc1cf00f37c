// gtest main of the reports suite: a QApplication (the Reports window tests need one; the
// rendering itself needs only a QGuiApplication), the offscreen platform (also during test discovery, which runs without the CTest
// environment) and nothing written to the user's real data folder.
#include <QApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // A fixed UTF-8 locale for Qt and for the child processes the tests start.
    qputenv("LC_ALL", "C.UTF-8");
    if (qEnvironmentVariableIsEmpty("QT_QPA_PLATFORM"))
        qputenv("QT_QPA_PLATFORM", "offscreen");
    QStandardPaths::setTestModeEnabled(true);
    QApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
