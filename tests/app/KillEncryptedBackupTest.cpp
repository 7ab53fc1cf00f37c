// No plain copy of an encrypted backup or restore survives a kill -9: the plain text lives only
// in a private folder (0700) that the next command removes, and the database stays intact.
#include "AppTestSupport.h"

#include <QDir>
#include <QDirIterator>
#include <QElapsedTimer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>
#include <QThread>

#include <gtest/gtest.h>

#include <csignal>
#include <functional>
#include <sys/stat.h>

namespace sr::test {
namespace {

const QString kPassphrase = QStringLiteral("a long enough passphrase");

class KillEncryptedBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        m_data = m_dir.filePath(QStringLiteral("db"));
        m_out = m_dir.filePath(QStringLiteral("out"));
        m_tmp = m_dir.filePath(QStringLiteral("tmp"));
        for (const QString &dir : {m_data, m_out, m_tmp})
            ASSERT_TRUE(QDir().mkpath(dir));
        m_db = QDir(m_data).filePath(QStringLiteral("big.db"));
        const RunResult demo =
            run({QStringLiteral("demo"), QStringLiteral("--persons"), QStringLiteral("3000")});
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
    }

    QProcessEnvironment environment() const
    {
        QProcessEnvironment env = childEnvironment(m_dir.path());
        env.insert(QStringLiteral("SAFERETURN_PASSPHRASE"), kPassphrase);
        env.insert(QStringLiteral("TMPDIR"), m_tmp);
        return env;
    }

    QStringList withDb(QStringList arguments) const
    {
        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--lang")
                  << QStringLiteral("en");
        if (arguments.constFirst() != QLatin1String("demo"))
            arguments << QStringLiteral("--user") << demoUser();
        return arguments;
    }

    RunResult run(const QStringList &arguments)
    {
        return runSafeReturn(withDb(arguments),
                             m_dir.path(),
                             180000,
                             {{QStringLiteral("SAFERETURN_PASSPHRASE"), kPassphrase},
                              {QStringLiteral("TMPDIR"), m_tmp}});
    }

    /** Every file under the three folders whose first bytes satisfy @a plain, but @a keep. */
    QStringList filesWhere(const std::function<bool(const QByteArray &)> &plain,
                           const QStringList &keep = {}) const
    {
        QStringList found;
        for (const QString &root : {m_data, m_out, m_tmp}) {
            QDirIterator it(
                root, QDir::Files | QDir::Hidden | QDir::System, QDirIterator::Subdirectories);
            while (it.hasNext()) {
                const QString path = it.next();
                QFile file(path);
                if (!keep.contains(path) && file.open(QIODevice::ReadOnly) && plain(file.read(400)))
                    found << path;
            }
        }
        return found;
    }

    /** Every file that starts like an SQLite database, but @a keep. */
    QStringList plainSqliteFiles(const QStringList &keep) const
    {
        return filesWhere([](const QByteArray &head) { return head.startsWith("SQLite format 3"); },
                          keep);
    }

    /** Every file that holds a full export's plain CSV (its header names full_name). */
    QStringList plainCsvFiles() const
    {
        return filesWhere([](const QByteArray &head) { return head.contains("full_name"); });
    }

    /** Starts @a arguments and kills it (SIGKILL) once a plain copy of the database exists. */
    void killMidway(const QStringList &arguments)
    {
        killMidway(arguments, [this] { return !plainSqliteFiles({m_db}).isEmpty(); });
    }

    /** Starts @a arguments and kills it (SIGKILL) once @a plainTextSeen. */
    void killMidway(const QStringList &arguments, const std::function<bool()> &plainTextSeen)
    {
        QProcess process;
        process.setProcessEnvironment(environment());
        process.start(safereturnBinary(), withDb(arguments));
        ASSERT_TRUE(process.waitForStarted(10000));
        QElapsedTimer timer;
        timer.start();
        bool started = false;
        while (timer.elapsed() < 60000 && process.state() == QProcess::Running) {
            if (plainTextSeen()) {
                started = true;
                break;
            }
            QThread::usleep(500);
        }
        ::kill(pid_t(process.processId()), SIGKILL);
        process.waitForFinished(10000);
        ASSERT_TRUE(started) << "no plain text was seen before the operation ended: "
                             << process.readAllStandardError().toStdString();
    }

    QTemporaryDir m_dir;
    QString m_data;
    QString m_out;
    QString m_tmp;
    QString m_db;
};

TEST_F(KillEncryptedBackupTest, KilledBackupLeavesNoPlainCopyAfterTheNextCommand)
{
    const QString target = QDir(m_out).filePath(QStringLiteral("killed.srbak"));
    killMidway(
        {QStringLiteral("backup"), QStringLiteral("--encrypt"), QStringLiteral("-o"), target});
    const RunResult check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.errText().toStdString();
    EXPECT_EQ(plainSqliteFiles({m_db}), QStringList());
}

TEST_F(KillEncryptedBackupTest, KilledRestoreLeavesNoPlainCopyAfterTheNextCommand)
{
    const QString backup = QDir(m_out).filePath(QStringLiteral("good.srbak"));
    const RunResult written =
        run({QStringLiteral("backup"), QStringLiteral("--encrypt"), QStringLiteral("-o"), backup});
    ASSERT_EQ(written.exitCode, 0) << written.errText().toStdString();
    killMidway({QStringLiteral("restore"), backup});
    const RunResult check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.errText().toStdString();
    EXPECT_EQ(plainSqliteFiles({m_db}), QStringList());
}

TEST_F(KillEncryptedBackupTest, KilledEncryptedZipExportLeavesNoPlainCsvAfterTheNextCommand)
{
    const QString target = QDir(m_out).filePath(QStringLiteral("receptions.zip"));
    killMidway({QStringLiteral("export"),
                QStringLiteral("--full"),
                QStringLiteral("--zip"),
                QStringLiteral("--from"),
                QStringLiteral("2000-01-01"),
                QStringLiteral("--to"),
                QStringLiteral("2026-12-31"),
                QStringLiteral("-o"),
                target},
               [this] { return !plainCsvFiles().isEmpty(); });
    const RunResult check = run({QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.errText().toStdString();
    EXPECT_EQ(plainCsvFiles(), QStringList());
    EXPECT_FALSE(QFile::exists(target));
}

} // namespace
} // namespace sr::test
