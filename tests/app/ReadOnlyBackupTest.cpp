// The backup of a read-only database finishes: a 0400 database (with its read-only -shm/-wal,
// as a second session leaves them) bigger than one 1024-page slice, backed up by a user who may
// not write it. Root ignores file modes, so the child runs as "nobody" (setpriv) when the test
// runs as root; without setpriv or as a normal user the test opens the file read-only itself.
#include "AppTestSupport.h"
#include "storage/Database.h"
#include "storage/Maintenance.h"

#include <QDir>
#include <QFile>
#include <QProcess>
#include <QStandardPaths>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <unistd.h>

namespace sr::test {
namespace {

constexpr uid_t kNobody = 65534;

class ReadOnlyBackupTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        // Bigger than 1024 pages of 4 KiB: the old copy restarted after every slice.
        m_db = m_dir.filePath(QStringLiteral("ro.db"));
        const RunResult demo = runSafeReturn({QStringLiteral("demo"),
                                              QStringLiteral("--db"),
                                              m_db,
                                              QStringLiteral("--persons"),
                                              QStringLiteral("1500")},
                                             m_dir.path());
        ASSERT_EQ(demo.exitCode, 0) << demo.errText().toStdString();
        ASSERT_GT(QFileInfo(m_db).size(), 4 * 1024 * 1024);
        m_out = m_dir.filePath(QStringLiteral("out"));
        ASSERT_TRUE(QDir().mkpath(m_out));
        m_setpriv = QStandardPaths::findExecutable(QStringLiteral("setpriv"));
        m_asNobody = ::geteuid() == 0 && !m_setpriv.isEmpty();
        if (m_asNobody) {
            // nobody must reach the folder, own the database and write the target folder.
            QFile::setPermissions(m_dir.path(),
                                  QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner
                                      | QFile::ReadOther | QFile::ExeOther);
            QProcess::execute(QStringLiteral("chown"),
                              {QStringLiteral("-R"), QStringLiteral("65534:65534"), m_dir.path()});
        }
        QFile::setPermissions(m_db, QFile::ReadOwner);
    }

    /** safereturn as the database's owner who may only read it. */
    RunResult runAsReader(QStringList arguments)
    {
        arguments << QStringLiteral("--db") << m_db << QStringLiteral("--user") << demoUser()
                  << QStringLiteral("--lang") << QStringLiteral("en");
        QProcess process;
        QProcessEnvironment env = childEnvironment(m_dir.path());
        env.insert(QStringLiteral("SAFERETURN_PASSPHRASE"), QStringLiteral("a passphrase here"));
        env.insert(QStringLiteral("TMPDIR"), m_dir.filePath(QStringLiteral("tmp")));
        QDir().mkpath(m_dir.filePath(QStringLiteral("tmp")));
        if (m_asNobody)
            QProcess::execute(
                QStringLiteral("chown"),
                {QStringLiteral("65534:65534"), m_dir.filePath(QStringLiteral("tmp"))});
        process.setProcessEnvironment(env);
        if (m_asNobody)
            process.start(m_setpriv,
                          QStringList{QStringLiteral("--reuid=65534"),
                                      QStringLiteral("--regid=65534"),
                                      QStringLiteral("--clear-groups"),
                                      safereturnBinary()}
                              + arguments);
        else
            process.start(safereturnBinary(), arguments);
        RunResult result;
        if (!process.waitForStarted(10000))
            return result;
        result.finished = process.waitForFinished(60000);
        if (!result.finished) {
            process.kill();
            process.waitForFinished();
        }
        result.exitCode = process.exitCode();
        result.out = process.readAllStandardOutput();
        result.err = process.readAllStandardError();
        return result;
    }

    /** Files beside the database and in the target folder other than the expected ones. */
    QStringList leftovers(const QStringList &expected) const
    {
        QStringList found;
        for (const QString &dir : {m_dir.path(), m_out, m_dir.filePath(QStringLiteral("tmp"))}) {
            const QStringList names =
                QDir(dir).entryList(QDir::Files | QDir::Dirs | QDir::Hidden | QDir::NoDotAndDotDot);
            for (const QString &name : names) {
                if (!expected.contains(name) && !name.startsWith(QLatin1String("ro.db-"))
                    && name != QLatin1String("data") && name != QLatin1String("out")
                    && name != QLatin1String("tmp") && name != QLatin1String("config"))
                    found << name;
            }
        }
        return found;
    }

    /** The backup at @a path is a whole database (opened read-only in this process). */
    void expectWholeCopy(const QString &path)
    {
        storage::Database::Options options;
        options.access = storage::Database::Access::ReadOnly;
        auto copy = storage::Database::open(path, options);
        ASSERT_TRUE(copy.ok()) << copy.error().detail.toStdString();
        EXPECT_EQ(queryInt(**copy, QStringLiteral("SELECT count(*) FROM person")), 1500);
        EXPECT_EQ(queryInt(**copy, QStringLiteral("PRAGMA integrity_check = 1")), 0);
    }

    QTemporaryDir m_dir;
    QString m_db;
    QString m_out;
    QString m_setpriv;
    bool m_asNobody = false;
};

TEST_F(ReadOnlyBackupTest, PlainBackupFinishesTwice)
{
    // The first run leaves read-only -shm/-wal files behind: the second met them and looped.
    for (const QString &name : {QStringLiteral("one.db"), QStringLiteral("two.db")}) {
        SCOPED_TRACE(name.toStdString());
        const QString target = QDir(m_out).filePath(name);
        const RunResult result =
            runAsReader({QStringLiteral("backup"), QStringLiteral("-o"), target});
        ASSERT_TRUE(result.finished) << "backup of a read-only database did not finish";
        EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
        expectWholeCopy(target);
    }
    EXPECT_EQ(
        leftovers({QStringLiteral("one.db"), QStringLiteral("two.db"), QStringLiteral("ro.db")}),
        QStringList());
}

TEST_F(ReadOnlyBackupTest, EncryptedBackupFinishesAndLeavesNoPlainCopy)
{
    for (const QString &name : {QStringLiteral("one.srbak"), QStringLiteral("two.srbak")}) {
        SCOPED_TRACE(name.toStdString());
        const RunResult result = runAsReader({QStringLiteral("backup"),
                                              QStringLiteral("--encrypt"),
                                              QStringLiteral("-o"),
                                              QDir(m_out).filePath(name)});
        ASSERT_TRUE(result.finished) << "encrypted backup of a read-only database did not finish";
        EXPECT_EQ(result.exitCode, 0) << result.errText().toStdString();
    }
    EXPECT_EQ(
        leftovers(
            {QStringLiteral("one.srbak"), QStringLiteral("two.srbak"), QStringLiteral("ro.db")}),
        QStringList());
}

// Where no other user exists: the same copy from a connection opened read-only in-process.
TEST_F(ReadOnlyBackupTest, ReadOnlyConnectionBacksUpInProcess)
{
    storage::Database::Options options;
    options.access = storage::Database::Access::ReadOnly;
    auto db = storage::Database::open(m_db, options);
    ASSERT_TRUE(db.ok()) << db.error().detail.toStdString();
    const QString target = QDir(m_out).filePath(QStringLiteral("inprocess.db"));
    ASSERT_TRUE(storage::maintenance::backup(**db, target).ok());
    expectWholeCopy(target);
}

} // namespace
} // namespace sr::test
