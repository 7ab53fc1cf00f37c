// The welcome page's demonstration data obeys the service's rule: a database that holds
// records not made by the demo (here a handover batch typed by hand, no cases yet, so the
// welcome page shows) gets no demonstration data; the button is disabled and says why.
#include "WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "storage/Database.h"
#include "storage/HandoverBatchRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/WelcomePage.h"

#include <QPushButton>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

qint64 count(storage::Database &db, const QString &table)
{
    QSqlQuery q(db.connection());
    if (!q.exec(QStringLiteral("SELECT count(*) FROM %1").arg(table)) || !q.next())
        return -1;
    return q.value(0).toLongLong();
}

TEST(WelcomeDemoRuleTest, NoDemonstrationDataIntoADatabaseWithOtherRecords)
{
    messages::installTranslators(QStringLiteral("en"));
    FixedClock clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0))};
    TempDatabase db;
    const domain::Actor admin{1, QStringLiteral("admin"), domain::Role::Administrator};
    domain::HandoverBatch batch;
    batch.date = QDate(2026, 11, 2);
    batch.personsTotal = 2;
    batch.personsFemale = 2;
    ASSERT_TRUE(storage::HandoverBatchRepository(db.db()).insert(batch, admin).ok());

    services::AppContext pageContext(db.db(), admin);

    ui::WelcomePage page(pageContext);
    auto *button = child<QPushButton>(page, "demoDataButton");
    EXPECT_FALSE(button->isEnabled());
    EXPECT_TRUE(button->toolTip().contains(QStringLiteral("not made by the demonstration")))
        << button->toolTip().toStdString();
    EXPECT_EQ(page.loadDemoData(10), 0);
    EXPECT_TRUE(page.messageText().contains(QStringLiteral("not made by the demonstration")))
        << page.messageText().toStdString();
    EXPECT_EQ(count(db.db(), QStringLiteral("person")), 0);
    EXPECT_EQ(count(db.db(), QStringLiteral("handover_batch")), 1);
}

} // namespace
} // namespace sr::test
