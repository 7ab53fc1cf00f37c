// Connection profiles: saved in the settings without a password, validated field by field, and
// turned into the one location form storage opens; where a server password comes from.
#include "services/ConnectionProfiles.h"

#include "storage/ServerLocation.h"

#include <QFile>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

ConnectionProfile centre()
{
    ConnectionProfile profile;
    profile.name = QStringLiteral("centre");
    profile.host = QStringLiteral("db.province.vn");
    profile.port = 5433;
    profile.database = QStringLiteral("safereturn");
    profile.user = QStringLiteral("worker");
    return profile;
}

class ConnectionProfilesTest : public ::testing::Test
{
protected:
    QTemporaryDir m_dir;
    QString m_file = m_dir.filePath(QStringLiteral("settings.ini"));
    ConnectionProfiles m_profiles{m_file};
};

TEST_F(ConnectionProfilesTest, SavesListsFindsAndRemovesWithoutAPassword)
{
    EXPECT_TRUE(m_profiles.list().isEmpty());
    ASSERT_TRUE(m_profiles.save(centre()));
    ConnectionProfile district = centre();
    district.name = QStringLiteral("district");
    district.sslMode = QStringLiteral("verify-full");
    ASSERT_TRUE(m_profiles.save(district));

    const QList<ConnectionProfile> all = m_profiles.list();
    ASSERT_EQ(all.size(), 2);
    EXPECT_EQ(all.at(0), centre());
    EXPECT_EQ(all.at(1), district);
    EXPECT_EQ(m_profiles.find(QStringLiteral("district")), district);
    EXPECT_FALSE(m_profiles.find(QStringLiteral("nowhere")));

    QFile file(m_file);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    const QByteArray text = file.readAll();
    EXPECT_TRUE(text.contains("[servers]")) << text.constData();
    EXPECT_FALSE(text.toLower().contains("password"));

    ASSERT_TRUE(m_profiles.remove(QStringLiteral("centre")));
    EXPECT_EQ(m_profiles.list().size(), 1);
    EXPECT_EQ(m_profiles.remove(QStringLiteral("centre")).error().code, ErrorCode::NotFound);
}

TEST_F(ConnectionProfilesTest, AnEditMayRenameButNotTakeAnotherName)
{
    ASSERT_TRUE(m_profiles.save(centre()));
    ConnectionProfile other = centre();
    other.name = QStringLiteral("other");
    ASSERT_TRUE(m_profiles.save(other));

    ConnectionProfile renamed = centre();
    renamed.name = QStringLiteral("other");
    const auto taken = m_profiles.save(renamed, QStringLiteral("centre"));
    ASSERT_FALSE(taken);
    EXPECT_EQ(taken.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(m_profiles.problems(renamed, QStringLiteral("centre")).value(0),
              (ProfileProblem{ProfileField::Name, ProfileProblemKind::Taken}));

    renamed.name = QStringLiteral("province");
    ASSERT_TRUE(m_profiles.save(renamed, QStringLiteral("centre")));
    EXPECT_FALSE(m_profiles.find(QStringLiteral("centre")));
    EXPECT_TRUE(m_profiles.find(QStringLiteral("province")));
    // Saving a profile under its own name is an edit, not a duplicate.
    renamed.port = 5432;
    EXPECT_TRUE(m_profiles.save(renamed, QStringLiteral("province")));
    EXPECT_EQ(m_profiles.find(QStringLiteral("province"))->port, 5432);
}

TEST_F(ConnectionProfilesTest, EveryBadFieldIsNamed)
{
    ConnectionProfile bad;
    bad.name = QStringLiteral("a/b");
    bad.host = QStringLiteral("db host");
    bad.port = 70000;
    bad.database = QString();
    bad.user = QStringLiteral("me@x");
    bad.sslMode = QStringLiteral("maybe");
    const QList<ProfileProblem> expected{
        {ProfileField::Name, ProfileProblemKind::BadText},
        {ProfileField::Host, ProfileProblemKind::BadText},
        {ProfileField::Port, ProfileProblemKind::OutOfRange},
        {ProfileField::Database, ProfileProblemKind::Missing},
        {ProfileField::User, ProfileProblemKind::BadText},
        {ProfileField::SslMode, ProfileProblemKind::Unknown},
    };
    EXPECT_EQ(ConnectionProfiles::fieldProblems(bad), expected);
    const auto refused = m_profiles.save(bad);
    ASSERT_FALSE(refused);
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(m_profiles.list().isEmpty());

    ConnectionProfile empty;
    empty.port = 0;
    EXPECT_EQ(ConnectionProfiles::fieldProblems(empty).size(), 5);
}

TEST(ConnectionProfileLocationTest, AProfileIsALocationAndBack)
{
    ConnectionProfile profile = centre();
    profile.host = QStringLiteral("  db.province.vn ");
    const QString location = serverLocation(profile);
    EXPECT_EQ(location, QStringLiteral("postgresql://worker@db.province.vn:5433/safereturn"));
    EXPECT_TRUE(isServerLocation(location));
    EXPECT_FALSE(isServerLocation(QStringLiteral("/home/lan/safereturn.db")));
    auto back = profileOfLocation(location);
    ASSERT_TRUE(back);
    ConnectionProfile expected = centre();
    expected.name.clear();
    EXPECT_EQ(*back, expected);
    EXPECT_EQ(serverDisplayName(*back), QStringLiteral("worker@db.province.vn:5433/safereturn"));

    // TLS is required off this computer unless the profile says otherwise.
    EXPECT_EQ(effectiveSslMode(centre()), QStringLiteral("require"));
    ConnectionProfile local = centre();
    local.host = QStringLiteral("127.0.0.1");
    EXPECT_EQ(effectiveSslMode(local), QStringLiteral("prefer"));
    local.sslMode = QStringLiteral("verify-full");
    EXPECT_EQ(serverLocation(local),
              QStringLiteral("postgresql://worker@127.0.0.1:5433/safereturn?sslmode=verify-full"));

    const auto withPassword =
        profileOfLocation(QStringLiteral("postgresql://worker:secret@db/safereturn"));
    ASSERT_FALSE(withPassword);
    EXPECT_EQ(withPassword.error().detail, QStringLiteral("password"));
}

class ServerPasswordTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_savedPassword = qgetenv("PGPASSWORD");
        m_savedFile = qgetenv("PGPASSFILE");
        qunsetenv("PGPASSWORD");
        qputenv("PGPASSFILE", m_dir.filePath(QStringLiteral("pgpass")).toLocal8Bit());
    }
    void TearDown() override
    {
        rememberServerPassword(m_location, QString());
        if (m_savedPassword.isNull())
            qunsetenv("PGPASSWORD");
        else
            qputenv("PGPASSWORD", m_savedPassword);
        if (m_savedFile.isNull())
            qunsetenv("PGPASSFILE");
        else
            qputenv("PGPASSFILE", m_savedFile);
    }
    void writePassFile(const QByteArray &text, QFileDevice::Permissions permissions)
    {
        QFile file(m_dir.filePath(QStringLiteral("pgpass")));
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write(text);
        file.close();
        file.setPermissions(permissions);
    }

    QTemporaryDir m_dir;
    QByteArray m_savedPassword;
    QByteArray m_savedFile;
    const QString m_location = QStringLiteral("postgresql://worker@db.province.vn:5433/safereturn");
};

TEST_F(ServerPasswordTest, APromptedPasswordIsKeptForTheLocationInBothForms)
{
    EXPECT_FALSE(serverPasswordAvailable(m_location));
    const QString typed = m_location;
    rememberServerPassword(typed, QStringLiteral("pw"));
    EXPECT_EQ(storage::serverPassword(m_location), QStringLiteral("pw"));
    EXPECT_TRUE(serverPasswordAvailable(m_location));
    rememberServerPassword(typed, QString());
    EXPECT_TRUE(storage::serverPassword(m_location).isEmpty());

    const QString shortForm = QStringLiteral("postgres://worker@db.province.vn/safereturn");
    rememberServerPassword(shortForm, QStringLiteral("pw2"));
    EXPECT_EQ(storage::serverPassword(
                  QStringLiteral("postgresql://worker@db.province.vn:5432/safereturn")),
              QStringLiteral("pw2"));
    rememberServerPassword(shortForm, QString());
}

TEST_F(ServerPasswordTest, PgpasswordAndAMatchingPassFileLineNeedNoPrompt)
{
    qputenv("PGPASSWORD", "x");
    EXPECT_TRUE(serverPasswordAvailable(m_location));
    qunsetenv("PGPASSWORD");

    const auto ownerOnly = QFileDevice::ReadOwner | QFileDevice::WriteOwner;
    writePassFile("# comment\nother:5433:safereturn:worker:pw\n", ownerOnly);
    EXPECT_FALSE(serverPasswordAvailable(m_location));
    writePassFile("db.province.vn:*:safereturn:worker:pw\n", ownerOnly);
    EXPECT_TRUE(serverPasswordAvailable(m_location));
    writePassFile("*:5433:*:worker:p\\:w\n", ownerOnly);
    EXPECT_TRUE(serverPasswordAvailable(m_location));
    writePassFile("*:5432:*:worker:pw\n", ownerOnly);
    EXPECT_FALSE(serverPasswordAvailable(m_location));
    // libpq ignores a password file others may read: so the prompt is needed.
    writePassFile("*:*:*:*:pw\n", ownerOnly | QFileDevice::ReadGroup | QFileDevice::ReadOther);
    EXPECT_FALSE(serverPasswordAvailable(m_location));
}

} // namespace
} // namespace sr::services
