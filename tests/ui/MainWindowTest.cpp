#include "ui/MainWindow.h"

#include "UiTestData.h"
#include "domain/Actor.h"
#include "domain/TextFold.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "support/TempDatabase.h"
#include "ui/CaseListModel.h"

#include <QApplication>
#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QFileInfo>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStackedWidget>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>
#include <functional>

namespace sr::test {
namespace {

using ui::CaseListModel;
using ui::MainWindow;

/** Restores the source (English) strings after a test that switched the language. */
struct LanguageGuard
{
    ~LanguageGuard() { messages::installTranslators(QStringLiteral("en")); }
};

class MainWindowTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    void SetUp() override
    {
        m_cases = sampleCases(300);
        insertCases(m_db.db(), m_cases);
    }

    int activeCount(const std::function<bool(const SampleCase &)> &predicate) const
    {
        return int(std::count_if(m_cases.begin(), m_cases.end(), [&](const SampleCase &c) {
            return !c.archived && predicate(c);
        }));
    }

    template<typename T>
    static T *child(MainWindow &window, const char *name)
    {
        T *widget = window.findChild<T *>(QLatin1String(name));
        EXPECT_NE(widget, nullptr) << name;
        return widget;
    }

    static QStringList column(const CaseListModel &model, int column)
    {
        QStringList values;
        for (int row = 0; row < model.rowCount(); ++row)
            values << model.data(model.index(row, column)).toString();
        return values;
    }

    static void select(QComboBox *combo, const QString &code)
    {
        const int index = combo->findData(code);
        ASSERT_GE(index, 0) << code.toStdString();
        combo->setCurrentIndex(index);
    }

    TempDatabase m_db;
    QList<SampleCase> m_cases;
};

TEST_F(MainWindowTest, TypingInTheSearchBoxNarrowsTheListAfterAShortPause)
{
    services::AppContext windowContext(m_db.db(), domain::Actor::systemUser());
    MainWindow window(windowContext);
    window.show();
    CaseListModel *model = window.caseListModel();
    const int all = activeCount([](const SampleCase &) { return true; });
    ASSERT_EQ(model->rowCount(), all);

    const int dang = activeCount(
        [](const SampleCase &c) { return c.fullName.startsWith(QStringLiteral("Đặng")); });
    ASSERT_GT(dang, 0);
    auto *search = child<QLineEdit>(window, "searchLineEdit");
    QTest::keyClicks(search, QStringLiteral("dang"));
    // Debounced: nothing is queried while typing...
    EXPECT_EQ(model->rowCount(), all);
    // ...and the list narrows once the user pauses.
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), dang, 3000);
    for (const QString &name : column(*model, CaseListModel::FullNameColumn))
        EXPECT_TRUE(name.startsWith(QStringLiteral("Đặng"))) << name.toStdString();

    // Words narrow further: "dang thi" excludes the men.
    QTest::keyClicks(search, QStringLiteral(" thi"));
    const int dangThi = activeCount(
        [](const SampleCase &c) { return c.fullName.startsWith(QStringLiteral("Đặng Thị")); });
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(), dangThi, 3000);
}

TEST_F(MainWindowTest, EachFilterNarrowsTheList)
{
    services::AppContext windowContext(m_db.db(), domain::Actor::systemUser());
    MainWindow window(windowContext);
    CaseListModel *model = window.caseListModel();
    auto *clear = child<QPushButton>(window, "clearFiltersButton");

    select(child<QComboBox>(window, "agencyComboBox"), QStringLiteral("bdbp_qn"));
    EXPECT_EQ(model->rowCount(), activeCount([](const SampleCase &c) {
                  return c.agencyCode == QLatin1String("bdbp_qn");
              }));
    const QStringList agencies = column(*model, CaseListModel::AgencyColumn);
    EXPECT_EQ(agencies.count(agencies.constFirst()), agencies.size());
    // English UI: the reference list's English names.
    EXPECT_EQ(agencies.constFirst(), QStringLiteral("Quảng Ninh Border Guard Command"));
    clear->click();

    select(child<QComboBox>(window, "countryComboBox"), QStringLiteral("KH"));
    EXPECT_EQ(model->rowCount(), activeCount([](const SampleCase &c) {
                  return c.countryCode == QLatin1String("KH");
              }));
    const QStringList countries = column(*model, CaseListModel::CountryColumn);
    EXPECT_EQ(countries.count(QStringLiteral("Cambodia")), countries.size());
    clear->click();

    select(child<QComboBox>(window, "identificationComboBox"), QStringLiteral("confirmed_victim"));
    EXPECT_EQ(model->rowCount(), activeCount([](const SampleCase &c) {
                  return c.identification == domain::IdentificationStatus::ConfirmedVictim;
              }));
    const QStringList statuses = column(*model, CaseListModel::IdentificationColumn);
    EXPECT_EQ(statuses.count(QStringLiteral("Confirmed victim")), statuses.size());
    clear->click();

    select(child<QComboBox>(window, "caseStatusComboBox"), QStringLiteral("closed"));
    EXPECT_EQ(model->rowCount(), activeCount([](const SampleCase &c) {
                  return c.caseStatus == domain::CaseStatus::Closed;
              }));
    clear->click();

    child<QCheckBox>(window, "periodCheckBox")->setChecked(true);
    child<QDateEdit>(window, "fromDateEdit")->setDate(QDate(2022, 1, 1));
    child<QDateEdit>(window, "toDateEdit")->setDate(QDate(2022, 12, 31));
    EXPECT_EQ(model->rowCount(),
              activeCount([](const SampleCase &c) { return c.received.year() == 2022; }));
    for (const QString &date : column(*model, CaseListModel::LastReceptionColumn))
        EXPECT_TRUE(date.endsWith(QStringLiteral("/2022"))) << date.toStdString();
    clear->click();

    const int active = model->rowCount();
    child<QCheckBox>(window, "archivedCheckBox")->setChecked(true);
    EXPECT_EQ(model->rowCount(), m_cases.size());
    EXPECT_GT(model->rowCount(), active);
    clear->click();
    EXPECT_EQ(model->rowCount(), active);

    // Filters combine: Đặng received by the Border Guard.
    select(child<QComboBox>(window, "agencyComboBox"), QStringLiteral("bdbp_qn"));
    child<QLineEdit>(window, "searchLineEdit")->setText(QStringLiteral("DANG"));
    QTRY_COMPARE_WITH_TIMEOUT(model->rowCount(),
                              activeCount([](const SampleCase &c) {
                                  return c.agencyCode == QLatin1String("bdbp_qn")
                                         && c.fullName.startsWith(QStringLiteral("Đặng"));
                              }),
                              3000);
}

TEST_F(MainWindowTest, StatusBarCountsCasesInTheSelectedLanguage)
{
    LanguageGuard guard;
    ASSERT_TRUE(messages::installTranslators(QStringLiteral("vi")));
    services::AppContext windowContext(m_db.db(), domain::Actor::systemUser());
    MainWindow window(windowContext);
    auto *count = child<QLabel>(window, "countLabel");
    const int all = activeCount([](const SampleCase &) { return true; });
    EXPECT_EQ(count->text(), QStringLiteral("%1 hồ sơ").arg(all));
    EXPECT_EQ(window.caseListModel()->headerData(0, Qt::Horizontal).toString(),
              QStringLiteral("Mã hồ sơ"));
    const QStringList countries = column(*window.caseListModel(), CaseListModel::CountryColumn);
    EXPECT_EQ(countries.count(QStringLiteral("Campuchia"))
                  + countries.count(QStringLiteral("Trung Quốc")),
              countries.size());
    EXPECT_GT(countries.count(QStringLiteral("Campuchia")), 0);

    child<QLineEdit>(window, "searchLineEdit")->setText(QStringLiteral("dang"));
    const int dang = activeCount(
        [](const SampleCase &c) { return c.fullName.startsWith(QStringLiteral("Đặng")); });
    QTRY_COMPARE_WITH_TIMEOUT(
        count->text(), QStringLiteral("%1 / %2 hồ sơ").arg(dang).arg(all), 3000);

    ASSERT_TRUE(messages::installTranslators(QStringLiteral("en")));
    services::AppContext englishContext(m_db.db(), domain::Actor::systemUser());
    MainWindow english(englishContext);
    EXPECT_EQ(child<QLabel>(english, "countLabel")->text(), QStringLiteral("%1 cases").arg(all));
}

TEST_F(MainWindowTest, StatusBarSaysACommonSearchIsBeingCountedThenShowsTheCount)
{
    // 300 more cases make "thi" match more than one page of the list.
    const QList<SampleCase> more = sampleCases(300);
    insertCases(m_db.db(), more);
    m_cases += more;
    services::AppContext windowContext(m_db.db(), domain::Actor::systemUser());
    MainWindow window(windowContext);
    auto *count = child<QLabel>(window, "countLabel");
    const int all = activeCount([](const SampleCase &) { return true; });
    const int thi = activeCount([](const SampleCase &c) {
        return domain::foldForSearch(c.fullName)
            .split(QLatin1Char(' '))
            .contains(QStringLiteral("thi"));
    });
    ASSERT_GT(thi, CaseListModel::pageSize);

    window.caseListModel()->setBackgroundCountFrom(0); // as on a database of a million persons
    QStringList texts;
    QObject::connect(window.caseListModel(), &CaseListModel::countChanged, &window, [&] {
        texts << count->text();
    });
    child<QLineEdit>(window, "searchLineEdit")->setText(QStringLiteral("thi"));
    QTRY_COMPARE_WITH_TIMEOUT(
        count->text(), QStringLiteral("%1 / %2 cases").arg(thi).arg(all), 5000);
    ASSERT_EQ(texts.size(), 2);
    EXPECT_EQ(texts.at(0),
              QStringLiteral("%1+ (counting…) / %2 cases").arg(CaseListModel::pageSize).arg(all));

    // Back to the whole list: it is counted in the background, then is the total again.
    texts.clear();
    child<QLineEdit>(window, "searchLineEdit")->clear();
    QTRY_COMPARE_WITH_TIMEOUT(count->text(), QStringLiteral("%1 cases").arg(all), 5000);
    ASSERT_EQ(texts.size(), 2);
    EXPECT_EQ(texts.at(0), QStringLiteral("Counting cases…"));

    // Refreshing a filtered list on a large database counts the total in the background too.
    child<QLineEdit>(window, "searchLineEdit")->setText(QStringLiteral("thi"));
    QTRY_COMPARE_WITH_TIMEOUT(
        count->text(), QStringLiteral("%1 / %2 cases").arg(thi).arg(all), 5000);
    window.refresh();
    EXPECT_EQ(count->text(), QStringLiteral("Counting cases…"));
    QTRY_COMPARE_WITH_TIMEOUT(
        count->text(), QStringLiteral("%1 / %2 cases").arg(thi).arg(all), 5000);
}

TEST_F(MainWindowTest, TitleShowsTheFileNameOnlyAndCtrlFFocusesSearch)
{
    services::AppContext windowContext(m_db.db(), domain::Actor::systemUser());
    MainWindow window(windowContext);
    EXPECT_EQ(window.windowTitle(),
              QStringLiteral("SafeReturn — %1").arg(QFileInfo(m_db.path()).fileName()));
    EXPECT_FALSE(child<QLabel>(window, "noticeLabel")->isVisibleTo(&window));

    window.show();
    window.activateWindow();
    ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
    auto *table = child<QTableView>(window, "caseTableView");
    table->setFocus();
    ASSERT_TRUE(table->hasFocus());
    QTest::keyClick(&window, Qt::Key_F, Qt::ControlModifier);
    EXPECT_TRUE(child<QLineEdit>(window, "searchLineEdit")->hasFocus());
}

TEST_F(MainWindowTest, DownArrowLeavesTheSearchBoxForTheResults)
{
    services::AppContext windowContext(m_db.db(), domain::Actor::systemUser());
    MainWindow window(windowContext);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *search = child<QLineEdit>(window, "searchLineEdit");
    auto *table = child<QTableView>(window, "caseTableView");
    search->setFocus();
    // Typed and Down at once: the list is narrowed first, then the first result is current.
    QTest::keyClicks(search, QStringLiteral("dang"));
    QTest::keyClick(search, Qt::Key_Down);
    EXPECT_TRUE(table->hasFocus());
    ASSERT_EQ(table->currentIndex().row(), 0);
    CaseListModel *model = window.caseListModel();
    EXPECT_TRUE(model->data(model->index(0, CaseListModel::FullNameColumn))
                    .toString()
                    .startsWith(QStringLiteral("Đặng")));
    qint64 activated = 0;
    QObject::connect(&window, &MainWindow::caseActivated, [&](qint64 id) { activated = id; });
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(activated, model->personIdAt(0));
}

TEST_F(MainWindowTest, EnterOnARowIsReservedForTheCaseEditor)
{
    services::AppContext windowContext(m_db.db(), domain::Actor::systemUser());
    MainWindow window(windowContext);
    window.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&window));
    auto *table = child<QTableView>(window, "caseTableView");
    table->setFocus();
    table->setCurrentIndex(window.caseListModel()->index(2, 0));
    qint64 activated = 0;
    QObject::connect(&window, &MainWindow::caseActivated, [&](qint64 id) { activated = id; });
    QTest::keyClick(table, Qt::Key_Return);
    EXPECT_EQ(activated, window.caseListModel()->personIdAt(2));
    EXPECT_GT(activated, 0);
}

TEST(MainWindowEmptyTest, EmptyDatabaseShowsTheWelcomePageUntilCasesArrive)
{
    TempDatabase db;
    services::AppContext windowContext(db.db(), domain::Actor::systemUser());
    MainWindow window(windowContext);
    auto *pages = window.findChild<QStackedWidget *>(QStringLiteral("pageStack"));
    ASSERT_NE(pages, nullptr);
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("emptyStatePage"));
    EXPECT_NE(window.findChild<QWidget *>(QStringLiteral("demoDataButton")), nullptr);

    // Data arrives (e.g. `safereturn demo` or an import ran): Refresh shows the list.
    insertCases(db.db(), sampleCases(5));
    window.refresh();
    EXPECT_EQ(pages->currentWidget()->objectName(), QStringLiteral("listPage"));
    EXPECT_EQ(window.caseListModel()->rowCount(), 5);
}

TEST(MainWindowReadOnlyTest, ReadOnlyDatabaseShowsANotice)
{
    TempDatabase db;
    insertCases(db.db(), sampleCases(3));
    db.close();
    storage::Database::Options options;
    options.access = storage::Database::Access::ReadOnly;
    auto opened = storage::Database::open(db.path(), options);
    ASSERT_TRUE(opened.ok()) << opened.error().detail.toStdString();
    services::AppContext windowContext(**opened, domain::Actor::systemUser());
    MainWindow window(windowContext);
    auto *notice = window.findChild<QLabel *>(QStringLiteral("noticeLabel"));
    ASSERT_NE(notice, nullptr);
    EXPECT_TRUE(notice->isVisibleTo(&window));
    EXPECT_TRUE(notice->text().contains(QStringLiteral("read-only")));
    EXPECT_EQ(window.caseListModel()->rowCount(), 3);
}

} // namespace
} // namespace sr::test
