// The case list's search: the first page found by walking the list order (common prefixes),
// by the search index (rare ones), and the background count (CaseListCounter). Every page is
// compared with the same question asked of the search index directly.
#include "demo/DemoDataService.h"
#include "services/CaseListCounter.h"
#include "services/CaseListService.h"
#include "storage/CaseListQuery.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/SqlDialect.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QSignalSpy>
#include <QSqlQuery>
#include <QTest>

#include <gtest/gtest.h>

#include <memory>
#include <utility>

namespace sr::test {
namespace {

using services::CaseListColumn;
using services::CaseListFilter;
using storage::ArchiveFilter;

constexpr int kPersons = 2500;
constexpr int kPage = 200;

class CaseListSearchTest : public ::testing::Test
{
protected:
    // One demo database for the suite: 2,500 persons, every eighth of the first 1,200 archived.
    static void SetUpTestSuite()
    {
        s_db = std::make_unique<TempDatabase>();
        demo::DemoOptions options;
        options.persons = kPersons;
        options.seed = 3;
        auto made =
            demo::DemoDataService(s_db->db()).generate(domain::Actor::systemUser(), options);
        ASSERT_TRUE(made.ok()) << (made ? "" : made.error().detail.toStdString());
        storage::Transaction transaction(s_db->db());
        storage::PersonRepository persons(s_db->db());
        for (qint64 id = 8; id <= 1200; id += 8) {
            auto person = persons.get(id);
            ASSERT_TRUE(person.ok());
            ASSERT_TRUE(persons
                            .archive(id,
                                     person->meta.version,
                                     QStringLiteral("duplicate"),
                                     domain::Actor::systemUser())
                            .ok());
        }
        // No reception (first in ascending list order) and a document of accented words, kept
        // lower case but not folded in the search index: the walk must fold it as the index does.
        auto model = persons.get(9);
        ASSERT_TRUE(model.ok());
        domain::Person other = *model;
        other.meta = {};
        other.caseCode.clear();
        other.fullName = QStringLiteral("Lò Văn Pâng");
        other.otherNames.clear();
        other.documentType = domain::DocumentType::Other;
        other.documentNumber = QStringLiteral("Ngõ Nguyễn Ấp Ưu");
        auto stored = persons.insert(other, domain::Actor::systemUser(), 2026);
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        s_accented = stored->meta.id;
        ASSERT_TRUE(transaction.commit().ok());
    }

    static void TearDownTestSuite() { s_db.reset(); }

    /** The ids of the first @a limit matches, asked of the search index directly. */
    static QList<qint64> expectedIds(const CaseListFilter &filter, Qt::SortOrder order, int limit)
    {
        QString condition;
        switch (filter.archive) {
        case ArchiveFilter::ActiveOnly:
            condition = QStringLiteral("p.archived = 0 AND ");
            break;
        case ArchiveFilter::ArchivedOnly:
            condition = QStringLiteral("p.archived = 1 AND ");
            break;
        case ArchiveFilter::IncludeArchived:
            break;
        }
        if (!filter.agencyCode.isEmpty())
            condition += QStringLiteral("p.last_agency_code = '%1' AND ").arg(filter.agencyCode);
        // Persons without a reception first in ascending order, last in descending order (as
        // SQLite sorts NULLs), on both engines.
        const QString dir = order == Qt::AscendingOrder ? QStringLiteral("ASC NULLS FIRST")
                                                        : QStringLiteral("DESC NULLS LAST");
        const QString matches = onServer()
                                    ? QStringLiteral("SELECT person_id FROM person_search"
                                                     " WHERE words @@ to_tsquery('simple', ?)")
                                    : QStringLiteral("SELECT rowid FROM person_search"
                                                     " WHERE person_search MATCH ?");
        QSqlQuery q(s_db->db().connection());
        EXPECT_TRUE(q.prepare(QStringLiteral("SELECT p.id FROM person p WHERE %1 p.id IN (%2)"
                                             " ORDER BY p.last_reception_date %3, p.id %4"
                                             " LIMIT ?")
                                  .arg(condition,
                                       matches,
                                       dir,
                                       order == Qt::AscendingOrder ? QStringLiteral("ASC")
                                                                   : QStringLiteral("DESC"))));
        q.addBindValue(s_db->db().dialect().searchMatchExpression(filter.searchText));
        q.addBindValue(limit);
        EXPECT_TRUE(q.exec());
        QList<qint64> ids;
        while (q.next())
            ids << q.value(0).toLongLong();
        return ids;
    }

    /** The first page's ids as the case list reads them; @a path tells how it was found. */
    static QList<qint64> fetchedIds(const CaseListFilter &filter,
                                    Qt::SortOrder order,
                                    int limit,
                                    storage::CaseListQuery::PagePath *path = nullptr,
                                    std::pair<int, int> walkLimits = {0, 0})
    {
        storage::CaseListQuery query(s_db->db());
        if (walkLimits.first > 0)
            query.setWalkLimits(walkLimits.first, walkLimits.second);
        auto rows = query.fetch(filter, CaseListColumn::LastReceptionDate, order, 0, limit);
        if (path)
            *path = query.lastPagePath();
        EXPECT_TRUE(rows.ok());
        QList<qint64> ids;
        for (const services::CaseListRow &row : rows.value()) {
            EXPECT_FALSE(row.fullName.isEmpty());
            ids << row.personId;
        }
        return ids;
    }

    static qint64 expectedCount(const CaseListFilter &filter)
    {
        services::CaseListService service(s_db->db(), domain::Actor::systemUser());
        auto count = service.count(filter);
        EXPECT_TRUE(count.ok());
        return count ? *count : -1;
    }

    static std::unique_ptr<TempDatabase> s_db;
    static qint64 s_accented;
};

std::unique_ptr<TempDatabase> CaseListSearchTest::s_db;
qint64 CaseListSearchTest::s_accented = 0;

TEST_F(CaseListSearchTest, FirstPageEqualsTheSearchIndexForCommonMediumRareAndNoMatches)
{
    int fullPages = 0;
    int partPages = 0;
    for (const char *text : {"n",
                             "nguyen",
                             "nguyen thi",
                             "thi h",
                             "Đ",
                             "d",
                             "vo",
                             "qn-20",
                             "souksavanh",
                             "khamla vo",
                             "zzzz"}) {
        for (const ArchiveFilter archive : {ArchiveFilter::ActiveOnly,
                                            ArchiveFilter::IncludeArchived,
                                            ArchiveFilter::ArchivedOnly}) {
            for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
                for (const int limit : {kPage, 10}) {
                    CaseListFilter filter;
                    filter.searchText = QString::fromUtf8(text);
                    filter.archive = archive;
                    const QList<qint64> expected = expectedIds(filter, order, limit);
                    EXPECT_EQ(fetchedIds(filter, order, limit), expected)
                        << text << " archive " << int(archive) << " order " << int(order)
                        << " limit " << limit;
                    (expected.size() == limit ? fullPages : partPages) += 1;
                }
            }
        }
    }
    // Both outcomes occur: pages filled by common prefixes, pages of the few matches there are.
    EXPECT_GT(fullPages, 20);
    EXPECT_GT(partPages, 20);
}

TEST_F(CaseListSearchTest, EachWayOfFindingTheFirstPageIsTakenAndAgreesWithTheIndex)
{
    using Path = storage::CaseListQuery::PagePath;
    struct Case
    {
        const char *text;
        ArchiveFilter archive;
        Qt::SortOrder order;
        std::pair<int, int> walkLimits; // {0, 0}: the defaults
        Path path;
    };
    const Case cases[] = {
        // A common word fills the page while walking.
        {"n", ArchiveFilter::ActiveOnly, Qt::DescendingOrder, {0, 0}, Path::Walked},
        {"nguyen", ArchiveFilter::IncludeArchived, Qt::AscendingOrder, {0, 0}, Path::Walked},
        // The accented document of the person without reception, first in ascending order.
        {"nguyen", ArchiveFilter::ActiveOnly, Qt::AscendingOrder, {0, 0}, Path::Walked},
        // A rare word: the sample shows the page would not fill; the index takes over.
        {"souksavanh", ArchiveFilter::ActiveOnly, Qt::DescendingOrder, {0, 0}, Path::FromIndex},
        {"thi h", ArchiveFilter::ArchivedOnly, Qt::DescendingOrder, {20, 100}, Path::FromIndex},
        // No sample taken (sample beyond the budget): the budget runs out, the index takes over.
        {"thi h", ArchiveFilter::ActiveOnly, Qt::DescendingOrder, {100000, 500}, Path::FromIndex},
        {"thi h", ArchiveFilter::ActiveOnly, Qt::AscendingOrder, {100000, 500}, Path::FromIndex},
    };
    for (const Case &c : cases) {
        CaseListFilter filter;
        filter.searchText = QString::fromUtf8(c.text);
        filter.archive = c.archive;
        Path path = Path::Paged;
        const QList<qint64> expected = expectedIds(filter, c.order, kPage);
        EXPECT_EQ(fetchedIds(filter, c.order, kPage, &path, c.walkLimits), expected) << c.text;
        EXPECT_EQ(int(path), int(c.path)) << c.text;
        EXPECT_FALSE(expected.isEmpty()) << c.text;
    }
    CaseListFilter accented;
    accented.searchText = QStringLiteral("uu ngo");
    EXPECT_EQ(expectedIds(accented, Qt::AscendingOrder, kPage), QList<qint64>{s_accented});
    accented.searchText = QStringLiteral("nguyen");
    EXPECT_EQ(fetchedIds(accented, Qt::AscendingOrder, 1), QList<qint64>{s_accented});
}

TEST_F(CaseListSearchTest, FirstPageOfSparseMatchesEqualsTheSearchIndex)
{
    // Words on 10 to 40 persons of 2,500: too sparse for the walk (the search index answers),
    // yet enough for the order of the page to matter.
    QSqlQuery vocabulary(s_db->db().connection());
    if (onServer()) {
        // The words of the server's index and the number of persons having each.
        ASSERT_TRUE(vocabulary.exec(
            QStringLiteral("SELECT word FROM ts_stat('SELECT words FROM person_search')"
                           " WHERE ndoc BETWEEN 10 AND 40 AND length(word) >= 4"
                           " AND word !~ '[0-9]' ORDER BY word COLLATE \"C\" LIMIT 5")));
    } else {
        ASSERT_TRUE(vocabulary.exec(QStringLiteral(
            "CREATE VIRTUAL TABLE temp.search_words USING fts5vocab(main, person_search, row)")));
        ASSERT_TRUE(vocabulary.exec(
            QStringLiteral("SELECT term FROM temp.search_words WHERE doc BETWEEN 10 AND 40 AND "
                           "length(term) >= 4 AND term NOT GLOB '*[0-9]*' ORDER BY term LIMIT 5")));
    }
    QStringList words;
    while (vocabulary.next())
        words << vocabulary.value(0).toString();
    ASSERT_EQ(words.size(), 5);
    for (const QString &word : std::as_const(words)) {
        for (const Qt::SortOrder order : {Qt::DescendingOrder, Qt::AscendingOrder}) {
            for (const int limit : {kPage, 5}) {
                CaseListFilter filter;
                filter.searchText = word;
                const QList<qint64> expected = expectedIds(filter, order, limit);
                EXPECT_GE(expected.size(), 5) << word.toStdString();
                EXPECT_EQ(fetchedIds(filter, order, limit), expected)
                    << word.toStdString() << " order " << int(order) << " limit " << limit;
            }
        }
    }
}

TEST_F(CaseListSearchTest, FirstPageWithAnotherFilterEqualsTheSearchIndex)
{
    for (const char *text : {"n", "thi", "souksavanh"}) {
        CaseListFilter filter;
        filter.searchText = QString::fromUtf8(text);
        filter.agencyCode = QStringLiteral("bdbp_qn");
        const QList<qint64> expected = expectedIds(filter, Qt::DescendingOrder, kPage);
        EXPECT_EQ(fetchedIds(filter, Qt::DescendingOrder, kPage), expected) << text;
    }
}

TEST_F(CaseListSearchTest, CounterReportsTheCountOfTheLatestRequestOnly)
{
    services::CaseListCounter counter(s_db->path(), domain::Actor::systemUser());
    QSignalSpy counted(&counter, &services::CaseListCounter::counted);
    QSignalSpy failed(&counter, &services::CaseListCounter::failed);

    CaseListFilter first;
    first.searchText = QStringLiteral("n");
    CaseListFilter second;
    second.searchText = QStringLiteral("nguyen thi");
    second.archive = ArchiveFilter::IncludeArchived;
    const quint64 firstNumber = counter.request(first);
    const quint64 secondNumber = counter.request(second);
    EXPECT_GT(secondNumber, firstNumber);

    ASSERT_TRUE(counted.wait(10000));
    QTest::qWait(100); // a late answer to the first request would arrive by now
    ASSERT_EQ(counted.size(), 1);
    EXPECT_EQ(counted.at(0).at(0).toULongLong(), secondNumber);
    EXPECT_EQ(counted.at(0).at(1).toLongLong(), expectedCount(second));
    EXPECT_GT(counted.at(0).at(1).toLongLong(), kPage);
    EXPECT_TRUE(failed.isEmpty());

    // The connection is kept: a later request is answered too.
    const quint64 third = counter.request(first);
    ASSERT_TRUE(counted.wait(10000));
    EXPECT_EQ(counted.at(1).at(0).toULongLong(), third);
    EXPECT_EQ(counted.at(1).at(1).toLongLong(), expectedCount(first));
}

TEST_F(CaseListSearchTest, CancelledRequestIsNeverReported)
{
    services::CaseListCounter counter(s_db->path(), domain::Actor::systemUser());
    QSignalSpy counted(&counter, &services::CaseListCounter::counted);
    CaseListFilter filter;
    filter.searchText = QStringLiteral("n");
    counter.request(filter);
    counter.cancel();
    QTest::qWait(300);
    EXPECT_TRUE(counted.isEmpty());
    const quint64 next = counter.request(filter);
    ASSERT_TRUE(counted.wait(10000));
    EXPECT_EQ(counted.at(0).at(0).toULongLong(), next);
}

TEST_F(CaseListSearchTest, CounterRefusesARoleWithoutCaseAccess)
{
    domain::Actor viewer = domain::Actor::systemUser();
    viewer.role = domain::Role::Viewer;
    services::CaseListCounter counter(s_db->path(), viewer);
    QSignalSpy counted(&counter, &services::CaseListCounter::counted);
    QSignalSpy failed(&counter, &services::CaseListCounter::failed);
    CaseListFilter filter;
    filter.searchText = QStringLiteral("n");
    const quint64 number = counter.request(filter);
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_EQ(failed.at(0).at(0).toULongLong(), number);
    EXPECT_EQ(failed.at(0).at(1).value<ErrorCode>(), ErrorCode::PermissionDenied);
    EXPECT_TRUE(counted.isEmpty());
}

TEST_F(CaseListSearchTest, CounterReportsAFileItCannotOpen)
{
    TempDatabase other;
    services::CaseListCounter counter(other.filePath(QStringLiteral("missing.db")),
                                      domain::Actor::systemUser());
    QSignalSpy failed(&counter, &services::CaseListCounter::failed);
    counter.request(CaseListFilter{});
    ASSERT_TRUE(failed.wait(10000));
    EXPECT_NE(failed.at(0).at(1).value<ErrorCode>(), ErrorCode::PermissionDenied);
}

} // namespace
} // namespace sr::test
