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
    // Both have opened the database before either admits. The children's log lines may come
    // first on the same output: only the protocol's lines count.
    const auto lines = [](QProcess *p, QByteArray &seen) {
        seen += p->readAllStandardOutput();
        QStringList out;
        for (const QByteArray &line : seen.split('\n')) {
            const QString text = QString::fromUtf8(line).trimmed();
            if (text == QLatin1String("ready") || text.startsWith(QLatin1String("admitted "))
                || text.startsWith(QLatin1String("refused "))
                || text.startsWith(QLatin1String("failed ")))
                out << text;
        }
        return out;
    };
    QByteArray seen[2];
    for (int i = 0; i < 2; ++i) {
        while (!lines(processes[i], seen[i]).contains(QStringLiteral("ready")))
            ASSERT_TRUE(processes[i]->waitForReadyRead(60000))
                << processes[i]->readAllStandardError().toStdString();
    }
    for (QProcess *p : processes)
        p->write("go\n");
    QStringList answers;
    for (int i = 0; i < 2; ++i) {
        QProcess *p = processes[i];
        p->closeWriteChannel();
        ASSERT_TRUE(p->waitForFinished(120000));
        EXPECT_EQ(p->exitCode(), 0) << p->readAllStandardError().toStdString();
        const QStringList said = lines(p, seen[i]);
        ASSERT_FALSE(said.isEmpty());
        answers << said.last();
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
