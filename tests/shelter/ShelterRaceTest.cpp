// Two processes admit two persons to the last bed of a room at the same moment: exactly one
// succeeds, the other is refused with the room's field error, and the database holds one stay
// more. The capacity check runs inside the write transaction (services/ShelterService.cpp), so
// the second admission sees the first's stay whichever commits first. On both engines.
#include "ShelterTestSupport.h"
#include "support/TempDatabase.h"

#include <QProcess>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

qint64 stays(storage::Database &db, const QString &room)
{
    QSqlQuery q(db.connection());
    q.prepare(
        QStringLiteral("SELECT count(*) FROM shelter_stay WHERE room_code = ? AND archived = 0"));
    q.addBindValue(room);
    EXPECT_TRUE(q.exec());
    return q.next() ? q.value(0).toLongLong() : -1;
}

TEST(ShelterRaceTest, TwoAdmissionsToTheLastBedOneSucceeds)
{
    TempDatabase db;
    const domain::Actor admin{0, QStringLiteral("admin"), domain::Role::Administrator};
    const QString room = QStringLiteral("ctxh_07"); // 2 beds
    const QDate day(2024, 5, 2);
    const qint64 first = shelterCase(db.db(), admin, 1, QDate(2024, 5, 1));
    const qint64 second = shelterCase(db.db(), admin, 2, QDate(2024, 5, 1));
    const qint64 third = shelterCase(db.db(), admin, 3, QDate(2024, 5, 1));
    services::ShelterService shelters(db.db());
    ASSERT_TRUE(shelters.admit(admin, stayOf(first, room, day)).ok());
    ASSERT_EQ(stays(db.db(), room), 1);

    QProcess a;
    QProcess b;
    const qint64 receptions[] = {second, third};
    QProcess *processes[] = {&a, &b};
    for (int i = 0; i < 2; ++i) {
        processes[i]->start(
            QStringLiteral(SR_SHELTER_ADMITTER),
            {db.path(), QString::number(receptions[i]), room, day.toString(Qt::ISODate)});
        ASSERT_TRUE(processes[i]->waitForStarted(10000));
    }
    // Both have opened the database before either admits.
    for (QProcess *p : processes) {
        ASSERT_TRUE(p->waitForReadyRead(60000)) << p->readAllStandardError().toStdString();
        EXPECT_EQ(p->readLine().trimmed(), QByteArray("ready"));
    }
    for (QProcess *p : processes)
        p->write("go\n");
    QStringList answers;
    for (QProcess *p : processes) {
        p->closeWriteChannel();
        ASSERT_TRUE(p->waitForFinished(120000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        answers << QString::fromUtf8(p->readAllStandardOutput()).trimmed();
    }
    answers.sort();
    ASSERT_EQ(answers.size(), 2);
    EXPECT_TRUE(answers.at(0).startsWith(QStringLiteral("admitted ")))
        << answers.join(u'|').toStdString();
    EXPECT_EQ(answers.at(1), QStringLiteral("refused room_code"))
        << answers.join(u'|').toStdString();
    EXPECT_EQ(stays(db.db(), room), 2);
}

} // namespace
} // namespace sr::test
