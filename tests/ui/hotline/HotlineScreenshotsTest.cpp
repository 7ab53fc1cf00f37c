// Not a check: the pictures of the user guide's section on the hotline (docs/user-guide.md,
// "Tổng đài 18001769") in both languages: the call log with the demonstration's calls and the
// quick-entry form with a call being typed. Runs only with SAFERETURN_SCREENSHOT_DB (a
// demonstration database: `safereturn demo --db FILE --persons 300 --seed 1`) and
// SAFERETURN_SCREENSHOT_DIR set, and skips otherwise.
#include "../WidgetInput.h"
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "storage/Database.h"
#include "support/FixedClock.h"
#include "ui/hotline/CallForm.h"
#include "ui/hotline/CallRegister.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFile>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QSqlQuery>
#include <QTemporaryDir>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

bool save(QWidget &widget, const QString &outDir, const QString &name, const QString &lang)
{
    QTest::qWait(400);
    const QString file = QStringLiteral("%1/%2-%3.png").arg(outDir, name, lang);
    const bool saved = widget.grab().save(file);
    EXPECT_TRUE(saved) << file.toStdString();
    return saved;
}

TEST(HotlineScreenshots, CallLogAndFormInBothLanguages)
{
    const QString dbPath = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DB");
    const QString outDir = qEnvironmentVariable("SAFERETURN_SCREENSHOT_DIR");
    if (dbPath.isEmpty() || outDir.isEmpty())
        GTEST_SKIP() << "set SAFERETURN_SCREENSHOT_DB and SAFERETURN_SCREENSHOT_DIR";
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QString copy = dir.filePath(QStringLiteral("shots.db"));
    ASSERT_TRUE(QFile::copy(dbPath, copy));
    QFile(copy).setPermissions(QFileDevice::ReadOwner | QFileDevice::WriteOwner);
    auto db = storage::Database::open(copy);
    ASSERT_TRUE(db.ok());
    QSqlQuery q((*db)->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("SELECT max(at) FROM audit_log WHERE action = 'demo'"))
                && q.next());
    const QDate today = QDate::fromString(q.value(0).toString().left(10), Qt::ISODate);
    ASSERT_TRUE(today.isValid());
    FixedClock clock{QDateTime(today, QTime(21, 40))};
    const domain::Actor worker{1, QStringLiteral("hoa.nt"), domain::Role::SocialWorker};

    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        services::AppContext context(**db, worker);
        ui::CallRegister reg(context);
        reg.resize(1240, 620);
        reg.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&reg));
        save(reg, outDir, QStringLiteral("hotline-register"), lang);

        ui::CallForm form(context);
        form.show();
        ASSERT_TRUE(QTest::qWaitForWindowExposed(&form));
        choose(child<QComboBox>(form, "caller_type"), QStringLiteral("family"));
        child<QLineEdit>(form, "caller_name")->setText(QStringLiteral("Nguyễn Văn Bình"));
        child<QLineEdit>(form, "caller_phone")->setText(QStringLiteral("0912 345 678"));
        choose(child<QComboBox>(form, "reason"), QStringLiteral("trafficking_report"));
        choose(child<QComboBox>(form, "urgency"), QStringLiteral("emergency"));
        choose(child<QComboBox>(form, "sex"), QStringLiteral("female"));
        choose(child<QComboBox>(form, "age_band"), QStringLiteral("16_17"));
        choose(child<QComboBox>(form, "province_code"), QStringLiteral("22"));
        child<QSpinBox>(form, "duration_minutes")->setValue(12);
        child<QCheckBox>(form, "action_advised")->setChecked(true);
        child<QCheckBox>(form, "action_referred_border_guard")->setChecked(true);
        child<QPlainTextEdit>(form, "notes")
            ->setPlainText(
                QStringLiteral("Con gái 17 tuổi đi làm ở Móng Cái, mất liên lạc 3 ngày (ví dụ)."));
        save(form, outDir, QStringLiteral("hotline-form"), lang);
        form.close();
        reg.close();
    }
    messages::installTranslators(QStringLiteral("en"));
}

} // namespace
} // namespace sr::test
