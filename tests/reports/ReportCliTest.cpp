#include "ExpectedReport.h"
#include "ReportFixture.h"
#include "services/AuthService.h"
#include "storage/ReferenceRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QCoreApplication>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>
#include <QProcessEnvironment>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

/** Runs `safereturn report …` (SAFERETURN_BIN, set by sr_add_test) as a child process. */
class ReportCliTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_bin = qEnvironmentVariable("SAFERETURN_BIN");
#ifdef SAFERETURN_BIN_DEFAULT
        if (m_bin.isEmpty())
            m_bin = QStringLiteral(SAFERETURN_BIN_DEFAULT);
#endif
        ASSERT_TRUE(QFileInfo::exists(m_bin)) << "the safereturn executable is not built";
        ASSERT_TRUE(buildReportFixture(m_db.db(), fixtureActor()));
        // The report command logs in (docs/users-and-roles.md): a manager account for the CLI.
        services::AuthService auth(m_db.db());
        auto admin = auth.createFirstAdministrator(QStringLiteral("admin"), {}, password());
        ASSERT_TRUE(admin.ok());
        auto manager = auth.createUser(
            admin->actor(),
            services::NewUser{
                QStringLiteral("manager"), {}, domain::Role::Manager, password(), false});
        ASSERT_TRUE(manager.ok());
    }

    static QString password()
    {
        return QStringLiteral("báo-cáo-quý-một");
    }

    int run(const QStringList &arguments)
    {
        QProcess process;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        // Logs go to the temporary folder, not to the user's data folder.
        env.insert(QStringLiteral("XDG_DATA_HOME"), m_db.dir());
        env.insert(QStringLiteral("HOME"), m_db.dir());
        env.insert(QStringLiteral("SAFERETURN_PASSWORD"), password());
        process.setProcessEnvironment(env);
        process.start(m_bin,
                      QStringList{QStringLiteral("report"),
                                  QStringLiteral("--db"),
                                  m_db.path(),
                                  QStringLiteral("--user"),
                                  QStringLiteral("manager")}
                          + arguments);
        if (!process.waitForFinished(120000)) {
            ADD_FAILURE() << "safereturn report did not finish";
            return -1;
        }
        m_stderr = QString::fromUtf8(process.readAllStandardError());
        return process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    }

    QString m_bin;
    QString m_stderr;
    FixedClock m_clock{QDateTime(fixtureToday(), QTime(9, 0), Qt::UTC)};
    TempDatabase m_db;
};

TEST_F(ReportCliTest, JsonOfTheCliIsTheHandComputedReport)
{
    const QString out = m_db.filePath(QStringLiteral("cli.json"));
    ASSERT_EQ(run({QStringLiteral("--from"),
                   QStringLiteral("2021-01-01"),
                   QStringLiteral("--to"),
                   QStringLiteral("2023-06-30"),
                   QStringLiteral("--format"),
                   QStringLiteral("json"),
                   QStringLiteral("-o"),
                   out}),
              0)
        << m_stderr.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(QJsonDocument::fromJson(file.readAll()).object(),
              QJsonDocument::fromJson(expectedReportJson).object());
}

TEST_F(ReportCliTest, PdfIsWritten)
{
    const QString out = m_db.filePath(QStringLiteral("cli.pdf"));
    ASSERT_EQ(run({QStringLiteral("--from=2021-01-01"),
                   QStringLiteral("--to=2023-06-30"),
                   QStringLiteral("-o"),
                   out}),
              0)
        << m_stderr.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));
}

TEST_F(ReportCliTest, APrintableReportSaysWhatTheSettingsLack)
{
    const QString pdf = m_db.filePath(QStringLiteral("unsigned.pdf"));
    ASSERT_EQ(run({QStringLiteral("--from=2021-01-01"),
                   QStringLiteral("--to=2023-06-30"),
                   QStringLiteral("--lang=en"),
                   QStringLiteral("-o"),
                   pdf}),
              0)
        << m_stderr.toStdString();
    EXPECT_TRUE(m_stderr.contains(QStringLiteral("lack: "))
                && m_stderr.contains(QStringLiteral("abbreviation"))
                && m_stderr.contains(QStringLiteral("name of the signer")))
        << m_stderr.toStdString();
    // The JSON has no header or signature: nothing to say.
    ASSERT_EQ(run({QStringLiteral("--from=2021-01-01"),
                   QStringLiteral("--to=2023-06-30"),
                   QStringLiteral("--format=json"),
                   QStringLiteral("-o"),
                   m_db.filePath(QStringLiteral("r.json"))}),
              0);
    EXPECT_FALSE(m_stderr.contains(QStringLiteral("abbreviation"))) << m_stderr.toStdString();

    domain::Organisation org = *storage::ReferenceRepository(m_db.db()).organisation();
    org.name = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh");
    org.abbreviation = QStringLiteral("TTCTXH");
    org.place = QStringLiteral("Quảng Ninh");
    org.headTitle = QStringLiteral("Giám đốc");
    org.signerName = QStringLiteral("Nguyễn Văn An");
    org.recipients = {QStringLiteral("Lưu: VT")};
    ASSERT_TRUE(storage::ReferenceRepository(m_db.db()).setOrganisation(org, fixtureActor()));
    const QString odt = m_db.filePath(QStringLiteral("signed.odt"));
    ASSERT_EQ(run({QStringLiteral("--from=2021-01-01"),
                   QStringLiteral("--to=2023-06-30"),
                   QStringLiteral("--format=odt"),
                   QStringLiteral("-o"),
                   odt}),
              0)
        << m_stderr.toStdString();
    EXPECT_FALSE(m_stderr.contains(QStringLiteral("lack"))) << m_stderr.toStdString();
    QFile file(odt);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(2).startsWith("PK")); // a ZIP: OpenDocument's container
}

TEST_F(ReportCliTest, BadDatesAndPeriodsExitWithTwo)
{
    const QString out = m_db.filePath(QStringLiteral("bad.json"));
    const QList<QStringList> bad{
        {QStringLiteral("--from"),
         QStringLiteral("2023-06-30"),
         QStringLiteral("--to"),
         QStringLiteral("2021-01-01")},
        {QStringLiteral("--from"),
         QStringLiteral("2023-02-30"),
         QStringLiteral("--to"),
         QStringLiteral("2023-06-30")},
        {QStringLiteral("--from"),
         QStringLiteral("01/01/2021"),
         QStringLiteral("--to"),
         QStringLiteral("2023-06-30")},
        {QStringLiteral("--to"), QStringLiteral("2023-06-30")},
    };
    for (const QStringList &dates : bad) {
        EXPECT_EQ(run(dates + QStringList{QStringLiteral("-o"), out}), 2)
            << dates.join(u' ').toStdString();
        EXPECT_FALSE(m_stderr.isEmpty());
    }
    EXPECT_EQ(run({QStringLiteral("--from"),
                   QStringLiteral("2021-01-01"),
                   QStringLiteral("--to"),
                   QStringLiteral("2021-12-31"),
                   QStringLiteral("--format"),
                   QStringLiteral("xls"),
                   QStringLiteral("-o"),
                   out}),
              2);
    EXPECT_FALSE(QFile::exists(out));
}

TEST_F(ReportCliTest, EmptyPeriodIsAReportOfZeros)
{
    const QString out = m_db.filePath(QStringLiteral("empty.json"));
    ASSERT_EQ(run({QStringLiteral("--from"),
                   QStringLiteral("2019-01-01"),
                   QStringLiteral("--to"),
                   QStringLiteral("2019-03-31"),
                   QStringLiteral("--format"),
                   QStringLiteral("json"),
                   QStringLiteral("-o"),
                   out}),
              0)
        << m_stderr.toStdString();
    QFile file(out);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
    EXPECT_EQ(json.value(QStringLiteral("totals")).toObject().value(QStringLiteral("persons")),
              QJsonValue(0));
    EXPECT_EQ(json.value(QStringLiteral("by_country")).toArray().size(), 0);
}

} // namespace
} // namespace sr::test
