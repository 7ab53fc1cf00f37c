#include "TestServer.h"

#include "storage/ServerLocation.h"

#include <QSqlDatabase>
#include <QSqlError>
#include <QSqlQuery>
#include <QUuid>

#include <gtest/gtest.h>

namespace sr::test {

namespace {

/** Runs @a statements on a connection of its own to @a location. */
bool run(const QString &location, const QStringList &statements, QString *error = nullptr)
{
    const auto parsed = storage::ServerLocation::parse(location);
    if (!parsed) {
        if (error)
            *error = parsed.error().detail;
        return false;
    }
    const QString name =
        QStringLiteral("sr-test-admin-") + QUuid::createUuid().toString(QUuid::Id128);
    bool ok = true;
    {
        QSqlDatabase db = QSqlDatabase::addDatabase(QStringLiteral("QPSQL"), name);
        db.setHostName(parsed->host);
        db.setPort(parsed->port);
        db.setDatabaseName(parsed->database);
        db.setUserName(parsed->user);
        db.setConnectOptions(QStringLiteral("sslmode=%1").arg(parsed->effectiveSslMode()));
        if (!db.open()) {
            ok = false;
            if (error)
                *error = db.lastError().text();
        }
        for (const QString &statement : statements) {
            if (!ok)
                break;
            QSqlQuery query(db);
            if (!query.exec(statement)) {
                ok = false;
                if (error)
                    *error = query.lastError().text();
            }
        }
        db.close();
    }
    QSqlDatabase::removeDatabase(name);
    return ok;
}

/** @a location with its database name replaced. */
QString withDatabase(const QString &location, const QString &database)
{
    auto parsed = storage::ServerLocation::parse(location);
    if (!parsed)
        return {};
    parsed->database = database;
    return parsed->toString();
}

} // namespace

bool onServer()
{
    return qEnvironmentVariable("SAFERETURN_TEST_ENGINE") == QLatin1String("postgresql");
}

QString serverAdminLocation()
{
    return qEnvironmentVariable("SAFERETURN_TEST_SERVER");
}

QString createServerDatabase()
{
    const QString admin = serverAdminLocation();
    if (admin.isEmpty()) {
        ADD_FAILURE() << "SAFERETURN_TEST_ENGINE=postgresql without SAFERETURN_TEST_SERVER: run "
                         "the tests through scripts/test.sh, which starts a test server";
        return {};
    }
    const QString name = QStringLiteral("sr_t_") + QUuid::createUuid().toString(QUuid::Id128);
    QString error;
    if (!run(admin,
             {QStringLiteral("CREATE DATABASE %1 TEMPLATE template0 ENCODING 'UTF8'").arg(name)},
             &error)) {
        ADD_FAILURE() << "cannot create a test database on the server: " << error.toStdString();
        return {};
    }
    return withDatabase(admin, name);
}

void dropServerDatabase(const QString &location)
{
    const auto parsed = storage::ServerLocation::parse(location);
    if (!parsed || !parsed->database.startsWith(QLatin1String("sr_t_")))
        return;
    run(serverAdminLocation(),
        {QStringLiteral("DROP DATABASE IF EXISTS %1 WITH (FORCE)").arg(parsed->database)});
}

bool runOnServer(const QString &location, const QString &statement)
{
    QString error;
    const bool ok = run(location, {statement}, &error);
    if (!ok)
        ADD_FAILURE() << "on the test server: " << error.toStdString();
    return ok;
}

} // namespace sr::test
