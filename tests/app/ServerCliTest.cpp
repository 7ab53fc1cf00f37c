// The command line's way to a database server: --server NAME (a saved profile), --db
// postgresql://…, the server password asked at a terminal only, and never taken from the
// command line. No server is needed: these checks end before or at the connection.
#include "AppTestSupport.h"

#include <QDir>
#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <chrono>
#include <csignal>
#include <poll.h>
#include <pty.h>
#include <sys/wait.h>
#include <unistd.h>

namespace sr::test {
namespace {

class ServerCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        ASSERT_FALSE(safereturnBinary().isEmpty()) << "SAFERETURN_BIN is not set";
    }

    /** No password source: the prompt is the only one left. */
    QList<QPair<QString, QString>> noPasswordSource() const
    {
        return {{QStringLiteral("PGPASSWORD"), QString()},
                {QStringLiteral("PGPASSFILE"), m_dir.filePath(QStringLiteral("none"))}};
    }

    RunResult run(QStringList arguments) const
    {
        arguments << QStringLiteral("--lang") << QStringLiteral("en");
        return runSafeReturn(arguments, m_dir.path(), 60000, noPasswordSource());
    }

    QTemporaryDir m_dir;
};

TEST_F(ServerCliTest, ProfilesAreAddedListedAndRemovedWithoutAPassword)
{
    const RunResult added = run({QStringLiteral("server"),
                                 QStringLiteral("add-profile"),
                                 QStringLiteral("centre"),
                                 QStringLiteral("--host"),
                                 QStringLiteral("db.province.vn"),
                                 QStringLiteral("--database"),
                                 QStringLiteral("safereturn"),
                                 QStringLiteral("--user"),
                                 QStringLiteral("worker")});
    ASSERT_EQ(added.exitCode, 0) << added.errText().toStdString();
    EXPECT_TRUE(added.outText().contains(QLatin1String("TLS: require")));

    const RunResult again = run({QStringLiteral("server"),
                                 QStringLiteral("add-profile"),
                                 QStringLiteral("centre"),
                                 QStringLiteral("--host"),
                                 QStringLiteral("other"),
                                 QStringLiteral("--database"),
                                 QStringLiteral("d"),
                                 QStringLiteral("--user"),
                                 QStringLiteral("u")});
    EXPECT_EQ(again.exitCode, 2);
    EXPECT_TRUE(again.errText().contains(QLatin1String("\"centre\" already exists")));

    const RunResult badPort = run({QStringLiteral("server"),
                                   QStringLiteral("add-profile"),
                                   QStringLiteral("b"),
                                   QStringLiteral("--host"),
                                   QStringLiteral("h"),
                                   QStringLiteral("--port"),
                                   QStringLiteral("99999"),
                                   QStringLiteral("--database"),
                                   QStringLiteral("d"),
                                   QStringLiteral("--user"),
                                   QStringLiteral("u")});
    EXPECT_EQ(badPort.exitCode, 2);
    EXPECT_TRUE(badPort.errText().contains(QLatin1String("--port")));

    const RunResult listed = run({QStringLiteral("server"), QStringLiteral("list-profiles")});
    EXPECT_EQ(listed.exitCode, 0);
    EXPECT_EQ(
        listed.outText(),
        QStringLiteral("centre\tpostgresql://worker@db.province.vn:5432/safereturn\trequire\n"));

    QFile settings(m_dir.filePath(QStringLiteral("config/SafeReturn/safereturn.conf")));
    ASSERT_TRUE(settings.open(QIODevice::ReadOnly));
    EXPECT_FALSE(settings.readAll().toLower().contains("password"));

    EXPECT_EQ(
        run({QStringLiteral("server"), QStringLiteral("remove-profile"), QStringLiteral("centre")})
            .exitCode,
        0);
    const RunResult gone =
        run({QStringLiteral("server"), QStringLiteral("remove-profile"), QStringLiteral("centre")});
    EXPECT_EQ(gone.exitCode, 2);
    EXPECT_TRUE(gone.errText().contains(QLatin1String("\"centre\"")));
}

TEST_F(ServerCliTest, AnUnknownProfileIsNamedWithExitCodeTwo)
{
    const QList<QStringList> cases{
        {QStringLiteral("check"), QStringLiteral("--server"), QStringLiteral("nowhere")},
        {QStringLiteral("find"), QStringLiteral("x"), QStringLiteral("--server=nowhere")},
        {QStringLiteral("report"),
         QStringLiteral("--server"),
         QStringLiteral("nowhere"),
         QStringLiteral("--from"),
         QStringLiteral("2025-01-01"),
         QStringLiteral("--to"),
         QStringLiteral("2025-12-31"),
         QStringLiteral("-o"),
         m_dir.filePath(QStringLiteral("r.pdf"))},
        {QStringLiteral("export"), QStringLiteral("--server"), QStringLiteral("nowhere")},
    };
    for (const QStringList &arguments : cases) {
        const RunResult result = run(arguments);
        const std::string shown = arguments.join(u' ').toStdString();
        EXPECT_EQ(result.exitCode, 2) << shown;
        EXPECT_TRUE(result.errText().contains(QLatin1String("no saved server named \"nowhere\"")))
            << shown << ": " << result.errText().toStdString();
    }
    const RunResult both = run({QStringLiteral("check"),
                                QStringLiteral("--server"),
                                QStringLiteral("a"),
                                QStringLiteral("--db"),
                                QStringLiteral("x.db")});
    EXPECT_EQ(both.exitCode, 2);
    const RunResult malformed =
        run({QStringLiteral("check"), QStringLiteral("--db"), QStringLiteral("postgresql://host")});
    EXPECT_EQ(malformed.exitCode, 2);
    EXPECT_TRUE(malformed.errText().contains(QLatin1String("postgresql://USER@HOST")));
}

TEST_F(ServerCliTest, APasswordOnTheCommandLineIsRefusedAndNeverRepeated)
{
    const QString secret = QStringLiteral("Bí-mật-42");
    const QList<QStringList> cases{
        {QStringLiteral("check"), QStringLiteral("--password"), secret},
        {QStringLiteral("check"), QStringLiteral("--password=") + secret},
        {QStringLiteral("check"),
         QStringLiteral("--db"),
         QStringLiteral("postgresql://worker:") + secret + QStringLiteral("@db/safereturn")},
        {QStringLiteral("--db=postgresql://worker:") + secret + QStringLiteral("@db/safereturn")},
        {QStringLiteral("report"),
         QStringLiteral("--db"),
         QStringLiteral("postgresql://worker:") + secret + QStringLiteral("@db/safereturn")},
    };
    for (const QStringList &arguments : cases) {
        const RunResult result = run(arguments);
        const std::string shown = arguments.join(u' ').toStdString();
        EXPECT_EQ(result.exitCode, 2) << shown;
        EXPECT_TRUE(result.errText().contains(QLatin1String("never given on the command line")))
            << shown << ": " << result.errText().toStdString();
        EXPECT_FALSE(result.errText().contains(secret)) << shown;
        EXPECT_FALSE(result.outText().contains(secret)) << shown;
    }
}

TEST_F(ServerCliTest, WithoutATerminalNoPasswordIsAsked)
{
    // stdin is closed (runSafeReturn): no prompt, the open fails with its sentence.
    const RunResult result = run({QStringLiteral("check"),
                                  QStringLiteral("--db"),
                                  QStringLiteral("postgresql://worker@127.0.0.1:1/safereturn"),
                                  QStringLiteral("--user"),
                                  QStringLiteral("admin")});
    EXPECT_EQ(result.exitCode, 1) << result.errText().toStdString();
    EXPECT_FALSE(result.errText().contains(QLatin1String("Password for")));
    EXPECT_TRUE(
        result.errText().contains(QLatin1String("postgresql://worker@127.0.0.1:1/safereturn")));
}

/** Runs safereturn on a pseudo-terminal, answers its first prompt with @a answer; all output. */
QByteArray runOnTerminal(const QStringList &arguments,
                         const QString &home,
                         const QByteArray &answer,
                         const QByteArray &prompt)
{
    QProcessEnvironment env = childEnvironment(home);
    env.remove(QStringLiteral("PGPASSWORD"));
    env.insert(QStringLiteral("PGPASSFILE"), home + QStringLiteral("/none"));
    QList<QByteArray> argStore{QFile::encodeName(safereturnBinary())};
    for (const QString &argument : arguments)
        argStore.append(argument.toLocal8Bit());
    QList<QByteArray> envStore;
    for (const QString &entry : env.toStringList())
        envStore.append(entry.toLocal8Bit());
    std::vector<char *> argv;
    for (QByteArray &a : argStore)
        argv.push_back(a.data());
    argv.push_back(nullptr);
    std::vector<char *> envp;
    for (QByteArray &e : envStore)
        envp.push_back(e.data());
    envp.push_back(nullptr);

    int master = -1;
    const pid_t child = ::forkpty(&master, nullptr, nullptr, nullptr);
    if (child == 0) {
        ::execve(argv[0], argv.data(), envp.data());
        ::_exit(127);
    }
    EXPECT_GT(child, 0);
    QByteArray output;
    bool answered = false;
    const auto deadline = std::chrono::steady_clock::now() + std::chrono::seconds(60);
    while (std::chrono::steady_clock::now() < deadline) {
        pollfd fd{master, POLLIN, 0};
        if (::poll(&fd, 1, 200) <= 0)
            continue;
        char buffer[1024];
        const ssize_t n = ::read(master, buffer, sizeof buffer);
        if (n <= 0)
            break; // the child has gone (EIO on Linux)
        output.append(buffer, n);
        if (!answered && output.contains(prompt)) {
            const QByteArray line = answer + "\n";
            EXPECT_EQ(::write(master, line.constData(), size_t(line.size())), line.size());
            answered = true;
        }
    }
    ::close(master);
    int status = 0;
    if (::waitpid(child, &status, WNOHANG) == 0) {
        ::kill(child, SIGKILL);
        ::waitpid(child, &status, 0);
    }
    return output;
}

TEST_F(ServerCliTest, OnATerminalTheServerPasswordIsAskedWithoutEcho)
{
    const QByteArray typed = "typed-Secret-99";
    const QByteArray output = runOnTerminal({QStringLiteral("check"),
                                             QStringLiteral("--lang"),
                                             QStringLiteral("en"),
                                             QStringLiteral("--db"),
                                             QStringLiteral("postgresql://worker@127.0.0.1:1/sr"),
                                             QStringLiteral("--user"),
                                             QStringLiteral("admin")},
                                            m_dir.path(),
                                            typed,
                                            "Password for worker@127.0.0.1:1/sr: ");
    EXPECT_TRUE(output.contains("Password for worker@127.0.0.1:1/sr: ")) << output.constData();
    // Not echoed, not repeated in any message.
    EXPECT_FALSE(output.contains(typed)) << output.constData();
}

} // namespace
} // namespace sr::test
