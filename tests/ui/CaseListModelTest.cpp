#include "ui/CaseListModel.h"

#include "UiTestData.h"
#include "domain/Actor.h"
#include "domain/TextFold.h"
#include "services/CaseListCounter.h"
#include "services/CaseListService.h"
#include "support/TempDatabase.h"

#include <QAbstractItemModelTester>
#include <QApplication>
#include <QHeaderView>
#include <QSignalSpy>
#include <QTableView>
#include <QTest>

#include <gtest/gtest.h>

#include <algorithm>

namespace sr::test {
namespace {

using ui::CaseListModel;

class CaseListModelTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        m_cases = sampleCases(600);
        insertCases(m_db.db(), m_cases);
        m_service =
            std::make_unique<services::CaseListService>(m_db.db(), domain::Actor::systemUser());
    }

    int activeCount(const std::function<bool(const SampleCase &)> &predicate) const
    {
        return int(std::count_if(m_cases.begin(), m_cases.end(), [&](const SampleCase &c) {
            return !c.archived && predicate(c);
        }));
    }

    QString cell(const CaseListModel &model, int row, int column) const
    {
        return model.data(model.index(row, column)).toString();
    }

    TempDatabase m_db;
    QList<SampleCase> m_cases;
    std::unique_ptr<services::CaseListService> m_service;
};

TEST_F(CaseListModelTest, PassesTheModelTesterThroughFiltersAndSorting)
{
    CaseListModel model(*m_service);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    EXPECT_EQ(model.rowCount(), activeCount([](const SampleCase &) { return true; }));
    EXPECT_EQ(model.columnCount(), int(CaseListModel::ColumnCount));

    services::CaseListFilter filter;
    filter.searchText = QStringLiteral("dang");
    model.setFilter(filter);
    model.sort(CaseListModel::FullNameColumn, Qt::AscendingOrder);
    model.sort(CaseListModel::AgeColumn, Qt::DescendingOrder);
    filter.searchText.clear();
    filter.archive = domain::ArchiveFilter::IncludeArchived;
    model.setFilter(filter);
    EXPECT_EQ(model.rowCount(), m_cases.size());
    model.refresh();
    EXPECT_EQ(model.rowCount(), m_cases.size());
}

TEST_F(CaseListModelTest, ShowsTheFirstPageOfACommonSearchAtOnceAndTheRestWhenCounted)
{
    services::CaseListCounter counter(m_db.path(), domain::Actor::systemUser());
    CaseListModel model(*m_service);
    model.setCounter(&counter);
    model.setBackgroundCountFrom(0); // as on a database of a million persons
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    CaseListModel plain(*m_service); // counts before setFilter() returns

    services::CaseListFilter filter;
    filter.searchText = QStringLiteral("thi");
    const qint64 matches = *m_service->count(filter);
    ASSERT_GT(matches, CaseListModel::pageSize);
    model.setFilter(filter);
    plain.setFilter(filter);
    EXPECT_TRUE(model.isCountPending());
    EXPECT_EQ(model.rowCount(), CaseListModel::pageSize);
    EXPECT_EQ(plain.rowCount(), matches);
    for (int row = 0; row < CaseListModel::pageSize; ++row)
        ASSERT_EQ(model.personIdAt(row), plain.personIdAt(row)) << row;

    QSignalSpy changed(&model, &CaseListModel::countChanged);
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isCountPending(); }, 10000));
    EXPECT_EQ(changed.size(), 1);
    EXPECT_EQ(model.rowCount(), matches);
    const int last = int(matches) - 1;
    EXPECT_EQ(model.personIdAt(last), plain.personIdAt(last));
    EXPECT_NE(model.personIdAt(last), 0);

    // A newer search replaces the one being counted; a page that is not full is the count.
    filter.searchText = QStringLiteral("thi");
    model.setFilter(filter);
    ASSERT_TRUE(model.isCountPending());
    filter.searchText = QStringLiteral("dang thi hang");
    model.setFilter(filter);
    EXPECT_FALSE(model.isCountPending());
    const qint64 few = *m_service->count(filter);
    ASSERT_GT(few, 0);
    ASSERT_LT(few, CaseListModel::pageSize);
    EXPECT_EQ(model.rowCount(), few);
    QTest::qWait(300); // the abandoned count must not change the list
    EXPECT_EQ(model.rowCount(), few);
    EXPECT_FALSE(model.isCountPending());

    // The whole list counts in the background too; below the size, counts come at once.
    model.setFilter(services::CaseListFilter{});
    EXPECT_TRUE(model.isCountPending());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isCountPending(); }, 10000));
    EXPECT_EQ(model.rowCount(), activeCount([](const SampleCase &) { return true; }));
    model.setBackgroundCountFrom(m_cases.size() + 1);
    filter.searchText = QStringLiteral("thi");
    model.setFilter(filter);
    EXPECT_FALSE(model.isCountPending());
    EXPECT_EQ(model.rowCount(), matches);
}

TEST_F(CaseListModelTest, AFailedBackgroundCountIsCountedAgainHere)
{
    // A counter that cannot open its file fails every request.
    services::CaseListCounter broken(m_db.filePath(QStringLiteral("missing.db")),
                                     domain::Actor::systemUser());
    CaseListModel model(*m_service);
    model.setCounter(&broken);
    model.setBackgroundCountFrom(0);
    QAbstractItemModelTester tester(&model, QAbstractItemModelTester::FailureReportingMode::Fatal);
    QSignalSpy failures(&model, &CaseListModel::loadFailed);
    model.refresh();
    ASSERT_TRUE(model.isCountPending());
    ASSERT_TRUE(QTest::qWaitFor([&] { return !model.isCountPending(); }, 10000));
    EXPECT_EQ(model.rowCount(), activeCount([](const SampleCase &) { return true; }));
    QTest::qWait(50);
    EXPECT_TRUE(failures.isEmpty()); // counted here without error
}

TEST_F(CaseListModelTest, AViewerHasNothingCountedOrListed)
{
    domain::Actor viewer = domain::Actor::systemUser();
    viewer.role = domain::Role::Viewer;
    services::CaseListService service(m_db.db(), viewer);
    services::CaseListCounter counter(m_db.path(), viewer);
    QSignalSpy counted(&counter, &services::CaseListCounter::counted);
    QSignalSpy failed(&counter, &services::CaseListCounter::failed);
    CaseListModel model(service, &counter);
    model.setBackgroundCountFrom(0);
    services::CaseListFilter filter;
    filter.searchText = QStringLiteral("thi");
    model.setFilter(filter);
    EXPECT_FALSE(model.isCountPending());
    EXPECT_EQ(model.rowCount(), 0);
    QTest::qWait(100);
    EXPECT_TRUE(counted.isEmpty());
    EXPECT_TRUE(failed.isEmpty());
}

TEST_F(CaseListModelTest, CountsAtOnceOnADatabaseBelowTheBackgroundSize)
{
    services::CaseListCounter counter(m_db.path(), domain::Actor::systemUser());
    CaseListModel model(*m_service);
    model.setCounter(&counter);
    ASSERT_LT(m_cases.size(), CaseListModel::backgroundCountFrom);
    model.refresh();
    EXPECT_FALSE(model.isCountPending());
    EXPECT_EQ(model.rowCount(), activeCount([](const SampleCase &) { return true; }));
}

TEST_F(CaseListModelTest, ShowsTranslatedHeadersAndFormattedCells)
{
    CaseListModel model(*m_service);
    EXPECT_EQ(model.headerData(CaseListModel::CaseCodeColumn, Qt::Horizontal).toString(),
              QStringLiteral("Case code"));
    EXPECT_EQ(model.headerData(CaseListModel::IdentificationColumn, Qt::Horizontal).toString(),
              QStringLiteral("Identification status"));

    services::CaseListFilter filter;
    filter.searchText = QStringLiteral("dang thi hang");
    model.setFilter(filter);
    ASSERT_GT(model.rowCount(), 0);
    for (int row = 0; row < model.rowCount(); ++row) {
        EXPECT_EQ(cell(model, row, CaseListModel::FullNameColumn), QStringLiteral("Đặng Thị Hằng"));
        EXPECT_EQ(cell(model, row, CaseListModel::SexColumn), QStringLiteral("Female"));
        EXPECT_TRUE(
            cell(model, row, CaseListModel::CaseCodeColumn).startsWith(QStringLiteral("QN-")));
        const QDate received = QDate::fromString(
            cell(model, row, CaseListModel::LastReceptionColumn), QStringLiteral("dd/MM/yyyy"));
        EXPECT_TRUE(received.isValid());
        EXPECT_GE(received, QDate(2021, 1, 1));
        bool numeric = false;
        const int age = cell(model, row, CaseListModel::AgeColumn).toInt(&numeric);
        EXPECT_TRUE(numeric);
        EXPECT_GE(age, 5);
        EXPECT_GT(model.data(model.index(row, 0), CaseListModel::PersonIdRole).toLongLong(), 0);
    }
}

TEST_F(CaseListModelTest, SortsByNameInBothDirections)
{
    CaseListModel model(*m_service);
    model.sort(CaseListModel::FullNameColumn, Qt::AscendingOrder);
    QStringList names;
    for (int row = 0; row < model.rowCount(); ++row)
        names << domain::foldForSearch(cell(model, row, CaseListModel::FullNameColumn));
    ASSERT_EQ(names.size(), activeCount([](const SampleCase &) { return true; }));
    EXPECT_TRUE(std::is_sorted(names.begin(), names.end()));
    EXPECT_TRUE(names.constFirst().startsWith(QStringLiteral("dang")));

    model.sort(CaseListModel::FullNameColumn, Qt::DescendingOrder);
    EXPECT_TRUE(domain::foldForSearch(cell(model, 0, CaseListModel::FullNameColumn))
                    .startsWith(QStringLiteral("vu")));
}

TEST_F(CaseListModelTest, FetchesOnlyThePagesTheViewShows)
{
    CaseListModel model(*m_service);
    const int total = model.rowCount();
    ASSERT_GT(total, 2 * CaseListModel::pageSize);
    EXPECT_EQ(model.fetchedRowCount(), 0); // counting reads no rows

    QTableView view;
    view.verticalHeader()->setSectionResizeMode(QHeaderView::Fixed);
    view.setModel(&model);
    view.resize(900, 400);
    view.show();
    ASSERT_TRUE(QTest::qWaitForWindowExposed(&view));
    QApplication::processEvents();
    EXPECT_EQ(model.fetchedPageCount(), 1);
    EXPECT_EQ(model.fetchedRowCount(), CaseListModel::pageSize);

    // Jump to the end: only the last page is read, not the ones in between.
    view.scrollToBottom();
    QApplication::processEvents();
    view.repaint();
    EXPECT_LE(model.fetchedPageCount(), 3);
    EXPECT_LT(model.fetchedRowCount(), total);
    EXPECT_FALSE(cell(model, total - 1, CaseListModel::CaseCodeColumn).isEmpty());
}

} // namespace
} // namespace sr::test
