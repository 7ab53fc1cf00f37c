// gtest main for non-GUI test executables: a QCoreApplication exists (Qt SQL needs one for
// its plugins), the locale is fixed and nothing is written to the user's real data folder.
#include <QCoreApplication>
#include <QStandardPaths>

#include <gtest/gtest.h>

int main(int argc, char **argv)
{
    // A fixed UTF-8 locale for Qt and for the child processes the tests start.
    qputenv("LC_ALL", "C.UTF-8");
    QStandardPaths::setTestModeEnabled(true);
    QCoreApplication app(argc, argv);
    ::testing::InitGoogleTest(&argc, argv);
    return RUN_ALL_TESTS();
}
