// What a server database that is not SafeReturn's, or is newer, and a connection that cannot be
// made look like (docs/server.md): refused without a change to the database, and a sentence in
// the user's language that says which of login, network or TLS is wrong.
#include "AppTestSupport.h"
#include "storage/Database.h"
#include "storage/ServerLocation.h"
#include "support/TestServer.h"

#include <QRandomGenerator>
#include <QSqlError>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QUuid>

#include <gtest/gtest.h>

using namespace sr;
using namespace sr::test;

namespace {

class ServerRefusalTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        if (qEnvironmentVariableIsEmpty("SAFERETURN_TEST_SERVER"))
            GTEST_SKIP() << "needs the test server (SAFERETURN_TEST_SERVER)";
        ASSERT_TRUE(m_home.isValid());
    }
    void TearDown() override
    {
        if (!m_location.isEmpty())
            dropServerDatabase(m_location);
    }

    /**
     * Every relation, column, type, index, trigger and constraint of the public schema, and every
     * row of its tables: what "unchanged" means for a server database.
     */
    QStringList listing(const QString &location)
    {
        const auto parsed = storage::ServerLocation::parse(location);
        EXPECT_TRUE(parsed.ok());
        const QString name = QStringLiteral("listing-") + QUuid::createUuid().toString();
        QStringList lines;
        {
            QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
            db.setHostName(parsed->host);
            db.setPort(parsed->port);
            db.setDatabaseName(parsed->database);
            db.setUserName(parsed->user);
            db.setConnectOptions(QStringLiteral("sslmode=%1").arg(parsed->effectiveSslMode()));
            EXPECT_TRUE(db.open()) << db.lastError().text().toStdString();
            QSqlQuery query(db);
            EXPECT_TRUE(query.exec(QStringLiteral(
                "SELECT c.relname || ' ' || c.relkind::text || ' ' || coalesce(a.attname, '') || ' "
                "' || "
                "coalesce(format_type(a.atttypid, a.atttypmod), '') FROM pg_class c JOIN "
                "pg_namespace n ON n.oid = c.relnamespace LEFT JOIN pg_attribute a ON a.attrelid "
                "= c.oid AND a.attnum > 0 AND NOT a.attisdropped WHERE n.nspname = 'public' "
                "UNION ALL SELECT 'trigger ' || tgname FROM pg_trigger t JOIN pg_class c ON c.oid "
                "= t.tgrelid JOIN pg_namespace n ON n.oid = c.relnamespace WHERE n.nspname = "
                "'public' UNION ALL SELECT 'constraint ' || conname FROM pg_constraint k JOIN "
                "pg_namespace n ON n.oid = k.connamespace WHERE n.nspname = 'public' "
                "UNION ALL SELECT 'function ' || proname FROM pg_proc p JOIN pg_namespace n ON "
                "n.oid = p.pronamespace WHERE n.nspname = 'public' ORDER BY 1")));
            while (query.next())
                lines << query.value(0).toString();
            QSqlQuery tables(db);
            EXPECT_TRUE(tables.exec(QStringLiteral(
                "SELECT tablename FROM pg_tables WHERE schemaname = 'public' ORDER BY 1")));
            while (tables.next()) {
                QSqlQuery rows(db);
                EXPECT_TRUE(rows.exec(QStringLiteral("SELECT t::text FROM public.%1 t ORDER BY 1")
                                          .arg(tables.value(0).toString())));
                while (rows.next())
                    lines << tables.value(0).toString() + QLatin1Char(' ')
                                 + rows.value(0).toString();
            }
        }
        QSqlDatabase::removeDatabase(name);
        return lines;
    }

    RunResult check(const QString &location,
                    const QString &language,
                    const QList<QPair<QString, QString>> &environment = {})
    {
        return runSafeReturn({QStringLiteral("check"),
                              QStringLiteral("--db"),
                              location,
                              QStringLiteral("--lang"),
                              language},
                             m_home.path(),
                             60000,
                             environment);
    }

    /** The test server's port (SAFERETURN_TEST_SERVER). */
    static int serverPort() { return storage::ServerLocation::parse(serverAdminLocation())->port; }

    QTemporaryDir m_home;
    QString m_location;
};

} // namespace

TEST_F(ServerRefusalTest, ADatabaseOfAnotherApplicationIsRefusedUntouched)
{
    m_location = createServerDatabase();
    ASSERT_FALSE(m_location.isEmpty());
    ASSERT_TRUE(runOnServer(m_location,
                            QStringLiteral("CREATE TABLE invoice (id integer PRIMARY KEY, "
                                           "customer text NOT NULL)")));
    ASSERT_TRUE(
        runOnServer(m_location, QStringLiteral("INSERT INTO invoice VALUES (1, 'Công ty A')")));
    const QStringList before = listing(m_location);
    ASSERT_FALSE(before.isEmpty());

    auto opened = storage::Database::open(m_location);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NotSafeReturnDatabase);
    const RunResult cli = check(m_location, QStringLiteral("en"));
    EXPECT_NE(cli.exitCode, 0);
    EXPECT_EQ(listing(m_location), before);
}

TEST_F(ServerRefusalTest, ANewerSchemaIsRefusedUntouched)
{
    m_location = createServerDatabase();
    ASSERT_FALSE(m_location.isEmpty());
    {
        auto made = storage::Database::open(m_location);
        ASSERT_TRUE(made.ok()) << made.error().detail.toStdString();
    }
    ASSERT_TRUE(runOnServer(m_location, QStringLiteral("UPDATE sr_schema SET version = 999")));
    const QStringList before = listing(m_location);

    auto opened = storage::Database::open(m_location);
    ASSERT_FALSE(opened.ok());
    EXPECT_EQ(opened.error().code, ErrorCode::NewerSchema);
    const RunResult cli = check(m_location, QStringLiteral("en"));
    EXPECT_NE(cli.exitCode, 0);
    EXPECT_EQ(listing(m_location), before);
}

TEST_F(ServerRefusalTest, LoginNetworkAndTlsFailuresEachSaySoInTheUsersLanguage)
{
    const QString role =
        QStringLiteral("sr_wrongpw_%1").arg(QRandomGenerator::global()->bounded(1000000));
    ASSERT_TRUE(runOnServer(serverAdminLocation(),
                            QStringLiteral("CREATE ROLE %1 LOGIN PASSWORD 'right-one'").arg(role)));
    const QString port = QString::number(serverPort());
    struct Case
    {
        QString location;
        const char *english; // ErrorMessages' sentence for the reason (cli_messages)
    };
    const QList<Case> cases{
        {QStringLiteral("postgresql://%1@127.0.0.1:%2/postgres?sslmode=disable").arg(role, port),
         "the database server refused the user name or the password"},
        {QStringLiteral("postgresql://sr_admin@127.0.0.1:1/postgres?sslmode=disable"),
         "the database server does not answer; check the host name and port"},
        // The test cluster has no TLS: requiring it fails as a TLS failure.
        {QStringLiteral("postgresql://sr_admin@127.0.0.1:%1/postgres?sslmode=require").arg(port),
         "a secure (TLS) connection to the database server could not be set up"},
    };
    const QList<QPair<QString, QString>> wrongPassword{
        {QStringLiteral("PGPASSWORD"), QStringLiteral("wrong-one")},
        {QStringLiteral("PGPASSFILE"), m_home.filePath(QStringLiteral("none"))}};
    for (const Case &c : cases) {
        const RunResult english = check(c.location, QStringLiteral("en"), wrongPassword);
        const std::string shown = english.errText().toStdString();
        EXPECT_EQ(english.exitCode, 1) << shown;
        EXPECT_TRUE(english.errText().contains(QLatin1String(c.english))) << shown;
        // libpq's own words never reach the user.
        EXPECT_FALSE(english.errText().contains(QLatin1String("FATAL"))) << shown;
        EXPECT_FALSE(english.errText().contains(QLatin1String("SSL"))) << shown;

        const RunResult vietnamese = check(c.location, QStringLiteral("vi"), wrongPassword);
        const std::string shownVi = vietnamese.errText().toStdString();
        EXPECT_EQ(vietnamese.exitCode, 1) << shownVi;
        EXPECT_TRUE(vietnamese.errText().contains(QStringLiteral("không mở được"))) << shownVi;
        EXPECT_FALSE(vietnamese.errText().contains(QLatin1String("FATAL"))) << shownVi;
    }
    (void)runOnServer(serverAdminLocation(), QStringLiteral("DROP ROLE %1").arg(role));
}
