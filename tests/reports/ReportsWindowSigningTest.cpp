// The Reports window and a report to sign: the warning about missing organisation settings,
// the editable ODT copy, the keyboard (Esc, Ctrl+W, Ctrl+P) and a size that fits the screen.
#include "ReportFixture.h"
#include "services/AppContext.h"
#include "storage/ReferenceRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "ui/ReportsWindow.h"
#include "ui/WindowGeometry.h"

#include <QApplication>
#include <QFile>
#include <QGuiApplication>
#include <QLabel>
#include <QProcess>
#include <QPushButton>
#include <QScreen>
#include <QSettings>
#include <QShortcut>
#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using ui::ReportsWindow;

class ReportsWindowSigningTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(buildReportFixture(m_db.db(), fixtureActor())); }

    void setOrganisation(const domain::Organisation &org)
    {
        ASSERT_TRUE(storage::ReferenceRepository(m_db.db()).setOrganisation(org, fixtureActor()));
    }

    static domain::Organisation complete()
    {
        domain::Organisation org;
        org.name = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh");
        org.abbreviation = QStringLiteral("TTCTXH");
        org.place = QStringLiteral("Quảng Ninh");
        org.headTitle = QStringLiteral("Giám đốc");
        org.signerName = QStringLiteral("Nguyễn Văn An");
        org.recipients = {QStringLiteral("Sở Y tế"), QStringLiteral("Lưu: VT")};
        return org;
    }

    /** A file inside the ODT (a ZIP) by unzip -p. */
    static QByteArray odtEntry(const QString &odt, const QString &entry)
    {
        QProcess unzip;
        unzip.start(QStringLiteral("unzip"), {QStringLiteral("-p"), odt, entry});
        if (!unzip.waitForFinished(60000) || unzip.exitCode() != 0) {
            ADD_FAILURE() << "unzip failed: " << unzip.readAllStandardError().toStdString();
            return {};
        }
        return unzip.readAllStandardOutput();
    }

    FixedClock m_clock{QDateTime(fixtureToday(), QTime(9, 0), Qt::UTC)};
    TempDatabase m_db;
};

TEST_F(ReportsWindowSigningTest, WarnsWhileTheSettingsLackWhatASignedReportNeeds)
{
    domain::Organisation org = complete();
    org.abbreviation.clear();
    org.signerName.clear();
    setOrganisation(org);
    services::AppContext context(m_db.db(), fixtureActor());
    ReportsWindow window(context);
    window.setCustomRange(QDate(2021, 1, 1), QDate(2023, 6, 30));
    window.refreshPreview();
    auto *warning = window.findChild<QLabel *>(QStringLiteral("settingsWarningLabel"));
    ASSERT_TRUE(warning);
    EXPECT_FALSE(warning->isHidden());
    EXPECT_TRUE(warning->text().contains(QStringLiteral("abbreviation")))
        << warning->text().toStdString();
    EXPECT_TRUE(warning->text().contains(QStringLiteral("name of the signer")));
    EXPECT_FALSE(warning->text().contains(QStringLiteral("recipients")));

    setOrganisation(complete());
    window.refreshPreview();
    EXPECT_TRUE(warning->isHidden());
}

TEST_F(ReportsWindowSigningTest, SavesAnEditableOdtWithTheTextAndTables)
{
    setOrganisation(complete());
    services::AppContext context(m_db.db(), fixtureActor());
    ReportsWindow window(context);
    window.setCustomRange(QDate(2021, 1, 1), QDate(2023, 6, 30));
    window.refreshPreview();
    const QString path = m_db.filePath(QStringLiteral("bao-cao.odt"));
    ASSERT_TRUE(window.saveTo(path, QStringLiteral("odt")));
    EXPECT_EQ(odtEntry(path, QStringLiteral("mimetype")),
              QByteArrayLiteral("application/vnd.oasis.opendocument.text"));
    const QString content = QString::fromUtf8(odtEntry(path, QStringLiteral("content.xml")));
    for (const QString &expected : {QStringLiteral("CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM"),
                                    QStringLiteral("BÁO CÁO"),
                                    QStringLiteral("BC-TTCTXH"),
                                    QStringLiteral("1. Số người được tiếp nhận, hỗ trợ"),
                                    QStringLiteral("5.150.000"),
                                    QStringLiteral("Nơi nhận:"),
                                    QStringLiteral("Nguyễn Văn An")}) {
        EXPECT_TRUE(content.contains(expected)) << "missing: " << expected.toStdString();
    }
    // The header, the five sections' tables and the signature block come through as tables.
    EXPECT_GE(content.count(QStringLiteral("<table:table ")), 7);
    EXPECT_TRUE(content.contains(QStringLiteral("table:number-columns-spanned")));
    // Writing it is audited like the other formats.
    QSqlQuery audited(m_db.db().connection());
    ASSERT_TRUE(audited.exec(QStringLiteral("SELECT count(*) FROM audit_log WHERE action = "
                                            "'report' AND changes LIKE '%\"odt\"%'")));
    ASSERT_TRUE(audited.next());
    EXPECT_EQ(audited.value(0).toInt(), 1);
}

TEST_F(ReportsWindowSigningTest, EscapeAndCtrlWCloseAndCtrlPPrints)
{
    services::AppContext context(m_db.db(), fixtureActor());
    ReportsWindow window(context);
    window.show();
    QList<QKeySequence> keys;
    for (QShortcut *shortcut : window.findChildren<QShortcut *>())
        keys.append(shortcut->key());
    EXPECT_TRUE(keys.contains(QKeySequence(QKeySequence::Print)));
    EXPECT_TRUE(keys.contains(QKeySequence(Qt::Key_Escape)));
    EXPECT_TRUE(keys.contains(QKeySequence(QKeySequence::Close)));
    for (QShortcut *shortcut : window.findChildren<QShortcut *>()) {
        if (shortcut->key() == QKeySequence(Qt::Key_Escape))
            Q_EMIT shortcut->activated();
    }
    EXPECT_FALSE(window.isVisible());
}

TEST_F(ReportsWindowSigningTest, OpensInsideTheScreenAtTheSizeItWasLeft)
{
    EXPECT_EQ(ui::WindowGeometry::fitted(QSize(1000, 760), QSize(1366, 728)), QSize(1000, 688));
    EXPECT_EQ(ui::WindowGeometry::fitted(QSize(800, 600), QSize(1920, 1040)), QSize(800, 600));
    QSettings().remove(QStringLiteral("windows/reports"));
    services::AppContext context(m_db.db(), fixtureActor());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    {
        ReportsWindow window(context);
        window.show();
        EXPECT_LE(window.frameGeometry().height(), available.height() + 40);
        EXPECT_TRUE(available.contains(window.geometry().topLeft()));
        window.resize(760, 450);
        window.close();
    }
    ReportsWindow again(context);
    EXPECT_EQ(again.size(), QSize(760, 450));
}

} // namespace
} // namespace sr::test
