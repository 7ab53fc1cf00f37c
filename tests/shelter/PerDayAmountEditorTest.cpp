// The amount of one shelter day in the reference lists editor (the support types page,
// ui/admin/ReferenceListPages.cpp; support_type.per_day_amount_vnd, docs/centre-work.md
// "Shelter"), offscreen on a real database: shown the Vietnamese way, saved through
// ReferenceService with an audit row, and text that is no amount (or a negative one) refused
// with the field marked, a message saying how to type it, and the typed text kept.
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/admin/ReferenceEditor.h"
#include "ui/admin/ReferenceListPages.h"
#include "ui/case/CaseFields.h"

#include <QLineEdit>
#include <QSqlQuery>
#include <QTableWidget>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

class PerDayAmountEditorTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    qint64 count(const QString &table, const QString &where)
    {
        QSqlQuery q(m_db->connection());
        EXPECT_TRUE(q.exec(QStringLiteral("SELECT count(*) FROM %1 WHERE %2").arg(table, where)));
        return q.next() ? q.value(0).toLongLong() : -1;
    }

    static void selectCode(ui::ReferenceListPage *page, const QString &code)
    {
        auto *table = page->findChild<QTableWidget *>(QStringLiteral("referenceTable"));
        ASSERT_NE(table, nullptr);
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() == code) {
                table->setCurrentCell(row, 1);
                return;
            }
        }
        FAIL() << "no row " << code.toStdString();
    }

    FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(9, 0))};
    TempDatabase m_db;
    domain::Actor m_admin{1, QStringLiteral("admin"), domain::Role::Administrator};
};

TEST_F(PerDayAmountEditorTest, IsShownSavedAndRefusedWhenNotAnAmount)
{
    services::AppContext context(m_db.db(), m_admin);
    ui::ReferenceEditor editor(context);
    editor.show();
    ui::ReferenceListPage *page = editor.supportTypes();
    ASSERT_NO_FATAL_FAILURE(selectCode(page, QStringLiteral("essential_needs")));
    auto *perDay = page->findChild<QLineEdit *>(QStringLiteral("perDayAmountEdit"));
    ASSERT_NE(perDay, nullptr);
    EXPECT_EQ(perDay->text(), QStringLiteral("50.000 đ"));

    perDay->setText(QStringLiteral("năm mươi nghìn"));
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(page->messageText().contains(
        QStringLiteral("Amount per shelter day: type a whole number of đồng")))
        << page->messageText().toStdString();
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(perDay));
    EXPECT_EQ(perDay->text(), QStringLiteral("năm mươi nghìn"));

    perDay->setText(QStringLiteral("-5.000"));
    EXPECT_FALSE(page->save());
    EXPECT_TRUE(
        page->messageText().contains(QStringLiteral("Amount per shelter day cannot be negative")))
        << page->messageText().toStdString();
    EXPECT_EQ(count(QStringLiteral("support_type"),
                    QStringLiteral("code = 'essential_needs' AND per_day_amount_vnd = 50000")),
              1);

    perDay->setText(QStringLiteral("65.000"));
    ASSERT_TRUE(page->save()) << page->messageText().toStdString();
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(perDay));
    EXPECT_EQ(count(QStringLiteral("support_type"),
                    QStringLiteral("code = 'essential_needs' AND per_day_amount_vnd = 65000")),
              1);
    EXPECT_EQ(count(QStringLiteral("audit_log"),
                    QStringLiteral("entity = 'support_type' AND action = 'update' AND changes "
                                   "LIKE '%per_day_amount_vnd%'")),
              1);
    EXPECT_EQ(perDay->text(), QStringLiteral("65.000 đ"));
}

} // namespace
} // namespace sr::test
