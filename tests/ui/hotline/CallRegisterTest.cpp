// Widget tests of the hotline's call log (offscreen, real SQLite database in a temp dir): a
// call entered from the keyboard alone (Ctrl+N, defaults, Enter) is stored with an audit row
// and nothing personal for an anonymous caller; bad input keeps the text and marks its field;
// the register filters by date, reason and action and shows a helpful empty state; a viewer
// cannot log calls; the windows fit a 1366x768 screen in both languages.
#include "ui/hotline/CallRegister.h"

#include "../WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/HotlineService.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"
#include "ui/hotline/CallForm.h"
#include "ui/hotline/CallTableModel.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QLabel>
#include <QLineEdit>
#include <QPointer>
#include <QPushButton>
#include <QScreen>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::CallForm;
using ui::CallRegister;

const QDate today(2026, 3, 15);

class CallRegisterTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    domain::HotlineCall
    storeCall(const QDate &date, domain::CallReason reason, QList<domain::CallAction> actions)
    {
        domain::HotlineCall c;
        c.date = date;
        c.time = QStringLiteral("08:00");
        c.reason = reason;
        c.actions = std::move(actions);
        auto saved = services::HotlineService(m_db.db()).create(m_actor, c);
        EXPECT_TRUE(saved.ok());
        return saved ? saved.value() : domain::HotlineCall{};
    }

    qint64 rows(const QString &table, const QString &where = {})
    {
        QSqlQuery q(m_db->connection());
        QString statement = QStringLiteral("SELECT count(*) FROM ") + table;
        if (!where.isEmpty())
            statement += QStringLiteral(" WHERE ") + where;
        EXPECT_TRUE(q.exec(statement) && q.next()) << statement.toStdString();
        return q.value(0).toLongLong();
    }

    FixedClock m_clock{QDateTime(today, QTime(9, 30))};
    TempDatabase m_db;
    domain::Actor m_actor{3, QStringLiteral("hoa.nt"), domain::Role::SocialWorker};
};

TEST_F(CallRegisterTest, ACallIsLoggedFromTheKeyboardAlone)
{
    services::AppContext context(m_db.db(), m_actor);
    CallRegister reg(context);
    reg.show();
    reg.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&reg));
    EXPECT_TRUE(reg.emptyText().contains(QLatin1String("Ctrl+N"))) << reg.emptyText().toStdString();

    QTest::keyClick(&reg, Qt::Key_N, Qt::ControlModifier);
    QPointer<CallForm> form = reg.findChild<CallForm *>();
    ASSERT_TRUE(form);
    ASSERT_TRUE(QTest::qWaitForWindowActive(form));
    // Defaults: now, the hotline, an anonymous caller asking for advice.
    EXPECT_EQ(child<QLineEdit>(*form, "call_date")->text(), QStringLiteral("15/03/2026"));
    EXPECT_EQ(child<QLineEdit>(*form, "call_time")->text(), QStringLiteral("09:30"));
    EXPECT_EQ(child<QComboBox>(*form, "line")->currentText(), QStringLiteral("18001769"));
    auto *caller = child<QComboBox>(*form, "caller_type");
    EXPECT_EQ(caller->currentData().toString(), QStringLiteral("anonymous"));
    EXPECT_FALSE(child<QLineEdit>(*form, "caller_name")->isEnabled());
    // The form's own focus (the offscreen platform may keep the register active).
    EXPECT_EQ(form->focusWidget(), caller);

    // Tab walks the questions in order; the name and phone of an anonymous caller are
    // disabled, so from the caller Tab goes to the reason, the urgency, then the sex.
    caller->setFocus();
    for (int i = 0; i < 3; ++i)
        QTest::keyClick(form->focusWidget(), Qt::Key_Tab);
    EXPECT_EQ(form->focusWidget(), child<QComboBox>(*form, "sex"))
        << form->focusWidget()->objectName().toStdString();
    auto *reason = child<QComboBox>(*form, "reason");
    reason->setFocus();
    QTest::keyClick(reason, Qt::Key_Down); // trafficking_report
    EXPECT_EQ(reason->currentData().toString(), QStringLiteral("trafficking_report"));
    auto *advised = child<QCheckBox>(*form, "action_advised");
    advised->setFocus();
    QTest::keyClick(advised, Qt::Key_Space);
    EXPECT_TRUE(advised->isChecked());
    auto *duration = child<QSpinBox>(*form, "duration_minutes");
    duration->setFocus();
    duration->selectAll();
    typeText(duration, QStringLiteral("7"));
    QTest::keyClick(duration, Qt::Key_Return);

    ASSERT_TRUE(waitFor([&] { return form.isNull() || !form->isVisible(); }));
    EXPECT_EQ(rows(QStringLiteral("hotline_call"),
                   QStringLiteral("caller_type = 'anonymous' AND caller_name = '' AND "
                                  "caller_phone = '' AND reason = 'trafficking_report' AND "
                                  "actions = 'advised' AND duration_minutes = 7 AND "
                                  "call_date = '2026-03-15' AND call_time = '09:30' AND "
                                  "line = '18001769'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'create' AND entity = 'hotline_call' AND "
                                  "actor = 'hoa.nt'")),
              1);
    ASSERT_TRUE(waitFor([&] { return reg.model()->rowCount() == 1; }));
    EXPECT_TRUE(reg.emptyText().isEmpty());
    // "1 call" once the English catalogue has the plural forms.
    EXPECT_TRUE(reg.countText().startsWith(QLatin1String("1 call")))
        << reg.countText().toStdString();
}

TEST_F(CallRegisterTest, CtrlNSavesAndStartsTheNextCall)
{
    services::AppContext context(m_db.db(), m_actor);
    CallForm form(context);
    form.show();
    form.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&form));
    choose(child<QComboBox>(form, "reason"), QStringLiteral("policy_information"));
    QTest::keyClick(&form, Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(form.savedCount(), 1);
    EXPECT_TRUE(form.isVisible());
    EXPECT_EQ(child<QComboBox>(form, "reason")->currentData().toString(), QStringLiteral("advice"))
        << "a fresh call";
    QTest::keyClick(&form, Qt::Key_N, Qt::ControlModifier);
    EXPECT_EQ(form.savedCount(), 2);
    EXPECT_EQ(rows(QStringLiteral("hotline_call")), 2);
    EXPECT_TRUE(child<QLabel>(form, "statusLabel")->text().contains(QLatin1String("2")));
}

TEST_F(CallRegisterTest, BadInputKeepsTheTextAndMarksTheField)
{
    services::AppContext context(m_db.db(), m_actor);
    CallForm form(context);
    form.show();
    auto *time = child<QLineEdit>(form, "call_time");
    time->setFocus();
    time->selectAll();
    typeText(time, QStringLiteral("9h45"));
    choose(child<QComboBox>(form, "caller_type"), QStringLiteral("family"));
    auto *phone = child<QLineEdit>(form, "caller_phone");
    ASSERT_TRUE(phone->isEnabled());
    phone->setFocus();
    typeText(phone, QStringLiteral("số nhà"));
    EXPECT_FALSE(form.save());
    EXPECT_EQ(time->text(), QStringLiteral("9h45")) << "the user's text is kept";
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(time));
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(phone));
    EXPECT_TRUE(form.messageText().contains(QLatin1String("Time of the call")))
        << form.messageText().toStdString();
    EXPECT_EQ(rows(QStringLiteral("hotline_call")), 0);

    // A call later than now is refused on its time.
    time->setText(QStringLiteral("10:15"));
    phone->setText(QStringLiteral("0912 345 678"));
    EXPECT_FALSE(form.save());
    EXPECT_TRUE(ui::CaseFields::isMarkedInvalid(time));
    EXPECT_FALSE(ui::CaseFields::isMarkedInvalid(phone));
    time->setText(QStringLiteral("09:15"));
    EXPECT_TRUE(form.save()) << form.messageText().toStdString();
    EXPECT_EQ(rows(QStringLiteral("hotline_call"), QStringLiteral("caller_phone = '0912 345 678'")),
              1);
}

TEST_F(CallRegisterTest, TheRegisterFiltersByDateReasonAndAction)
{
    using domain::CallAction;
    using domain::CallReason;
    storeCall(QDate(2026, 3, 1), CallReason::Advice, {CallAction::Advised});
    storeCall(QDate(2026, 3, 2), CallReason::ViolenceAbuse, {CallAction::ReferredPolice});
    storeCall(QDate(2026, 2, 1), CallReason::ViolenceAbuse, {CallAction::Advised});
    services::AppContext context(m_db.db(), m_actor);
    CallRegister reg(context);
    QAbstractItemModelTester tester(reg.model());
    reg.show();
    EXPECT_EQ(reg.model()->rowCount(), 3);
    choose(child<QComboBox>(reg, "reasonFilter"), QStringLiteral("violence_abuse"));
    EXPECT_EQ(reg.model()->rowCount(), 2);
    choose(child<QComboBox>(reg, "actionFilter"), QStringLiteral("referred_police"));
    EXPECT_EQ(reg.model()->rowCount(), 1);
    EXPECT_EQ(reg.model()->callAt(0).date, QDate(2026, 3, 2));
    choose(child<QComboBox>(reg, "actionFilter"), QStringLiteral("shelter_admitted"));
    EXPECT_EQ(reg.model()->rowCount(), 0);
    EXPECT_TRUE(reg.emptyText().contains(QLatin1String("No call matches")));
    choose(child<QComboBox>(reg, "actionFilter"), QString());
    choose(child<QComboBox>(reg, "reasonFilter"), QString());
    auto *period = child<QCheckBox>(reg, "periodCheckBox");
    auto *from = child<QDateEdit>(reg, "fromDateEdit");
    auto *to = child<QDateEdit>(reg, "toDateEdit");
    from->setDate(QDate(2026, 3, 1));
    to->setDate(QDate(2026, 3, 31));
    period->setChecked(true);
    EXPECT_EQ(reg.model()->rowCount(), 2);
    // A call saved elsewhere shows without a reload by hand (Page).
    storeCall(QDate(2026, 3, 3), CallReason::Other, {});
    EXPECT_TRUE(waitFor([&] { return reg.model()->rowCount() == 3; }));
}

TEST_F(CallRegisterTest, AViewerCannotLogCalls)
{
    storeCall(QDate(2026, 3, 1), domain::CallReason::Advice, {});
    const domain::Actor viewer{9, QStringLiteral("xem"), domain::Role::Viewer};
    services::AppContext context(m_db.db(), viewer);
    CallRegister reg(context);
    reg.show();
    EXPECT_TRUE(child<QLabel>(reg, "noticeLabel")->isVisible());
    EXPECT_FALSE(child<QPushButton>(reg, "newCallButton")->isEnabled());
    EXPECT_EQ(reg.model()->rowCount(), 0);
    EXPECT_EQ(reg.openForm(0), nullptr);
}

TEST_F(CallRegisterTest, RegisterAndFormFitA1366x768ScreenWithMnemonicsInBothLanguages)
{
    const QSize room = ui::WindowGeometry::fitted(QSize(10000, 10000), QSize(1366, 728));
    storeCall(QDate(2026, 3, 1), domain::CallReason::TraffickingReport, {});
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        {
            services::AppContext context(m_db.db(), m_actor);
            CallRegister reg(context);
            QPointer<CallForm> form = reg.openForm(0);
            ASSERT_TRUE(form);
            for (QWidget *window : {static_cast<QWidget *>(&reg), static_cast<QWidget *>(form)}) {
                const QSize minimum = window->minimumSizeHint().expandedTo(window->minimumSize());
                EXPECT_LE(minimum.width(), room.width())
                    << lang.toStdString() << " " << window->objectName().toStdString();
                EXPECT_LE(minimum.height(), room.height())
                    << lang.toStdString() << " " << window->objectName().toStdString();
                EXPECT_EQ(mnemonicProblems(*window).join(QStringLiteral("; ")).toStdString(), "")
                    << lang.toStdString() << " " << window->objectName().toStdString();
            }
            form->close();
        }
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
