#pragma once

#include <QString>

namespace sr::test {

/**
 * The storage and services tests run twice (tests/CMakeLists.txt, sr_add_test SERVER): on an
 * SQLite file, and with SAFERETURN_TEST_ENGINE=postgresql on a database of the throwaway
 * PostgreSQL cluster that scripts/test-server.sh starts (SAFERETURN_TEST_SERVER names its
 * administrator's maintenance database; the password is in PGPASSFILE).
 */
bool onServer();
/** The cluster's administrator location ("postgresql://…/postgres"), or empty. */
QString serverAdminLocation();
/**
 * Creates an empty database of its own on the test server (UTF-8) and returns its location;
 * empty (and a test failure) when the server cannot be reached.
 */
QString createServerDatabase();
/** Drops a database createServerDatabase() made, closing other sessions on it first. */
void dropServerDatabase(const QString &location);
/** Runs one statement on @a location as its administrator (test setup only); false on error. */
bool runOnServer(const QString &location, const QString &statement);

} // namespace sr::test

/**
 * For a test about something only a database file has (its bytes, its folder, a copy of it):
 * skipped on the server run, with why.
 */
#define SR_SKIP_ON_SERVER(why)                                                                     \
    do {                                                                                           \
        if (::sr::test::onServer())                                                                \
            GTEST_SKIP() << "file database only: " << (why);                                       \
    } while (false)
