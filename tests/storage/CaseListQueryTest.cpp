// The case list: filters, sorting on every column, paging, display names.
#include "storage/CaseListQuery.h"

#include "StorageTestData.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "support/TempDatabase.h"

#include <QSet>

#include <gtest/gtest.h>

using namespace sr::domain;
using namespace sr::storage;
using namespace sr::test;

namespace {

class CaseListQueryTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        Person hang = makePerson(QStringLiteral("Nguyễn Thị Hằng"), 1998);
        hang.residenceCommune = QStringLiteral("06652"); // Hà Tu, 2025 list
        p1 = addPerson(hang, 2023);
        addReception(p1,
                     QDate(2023, 1, 10),
                     QStringLiteral("ctxh_qn"),
                     QStringLiteral("CN"),
                     IdentificationStatus::ConfirmedVictim,
                     CaseStatus::Open);

        Person nam = makePerson(QStringLiteral("Đặng Văn Nam"), 1985);
        nam.sex = Sex::Male;
        p2 = addPerson(nam, 2023);
        addReception(p2,
                     QDate(2023, 6, 1),
                     QStringLiteral("bdbp_qn"),
                     QStringLiteral("KH"),
                     IdentificationStatus::Pending,
                     CaseStatus::Closed);

        Person thu = makePerson(QStringLiteral("Lê Thị Thu"), 2008);
        thu.residenceEra = AdminEra::Pre2025;
        thu.residenceProvince = QStringLiteral("01");
        thu.residenceCommuneText = QStringLiteral("Xã Y");
        p3 = addPerson(thu, 2022);
        addReception(p3,
                     QDate(2022, 5, 5),
                     QStringLiteral("ctxh_qn"),
                     QStringLiteral("CN"),
                     IdentificationStatus::ConfirmedVictim,
                     CaseStatus::Closed);
        addReception(p3,
                     QDate(2024, 2, 2),
                     QStringLiteral("ldtbxh_mong_cai"),
                     QStringLiteral("CN"),
                     IdentificationStatus::NotVerified,
                     CaseStatus::Open);

        Person an = makePerson(QStringLiteral("Bùi Văn An"), 0);
        an.sex = Sex::Unknown;
        p4 = addPerson(an, 2024);

        p5 = addPerson(makePerson(QStringLiteral("Trần Thị Bé"), 2015), 2023);
        addReception(p5,
                     QDate(2023, 9, 9),
                     QStringLiteral("ctxh_qn"),
                     QStringLiteral("TH"),
                     IdentificationStatus::ConfirmedVictim,
                     CaseStatus::Open);
        const Person current = *persons.get(p5);
        EXPECT_TRUE(
            persons.archive(p5, current.meta.version, QStringLiteral("test"), testActor()).ok());
    }

    qint64 addPerson(const Person &person, int year)
    {
        auto stored = persons.insert(person, testActor(), year);
        EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
        return stored ? stored->meta.id : 0;
    }

    void addReception(qint64 personId,
                      const QDate &date,
                      const QString &agency,
                      const QString &country,
                      IdentificationStatus status,
                      CaseStatus caseStatus)
    {
        Reception r = makeReception(personId, date);
        r.agencyCode = agency;
        r.countryCode = country;
        r.identificationStatus = status;
        r.caseStatus = caseStatus;
        if (caseStatus == CaseStatus::Closed) {
            r.outcome = CaseOutcome::ReturnedHome;
            r.closedDate = date.addDays(10);
        }
        auto stored = receptions.insert(r, testActor());
        EXPECT_TRUE(stored.ok()) << (stored ? "" : stored.error().detail.toStdString());
    }

    qint64 countOf(const CaseListFilter &filter)
    {
        auto n = query.count(filter);
        EXPECT_TRUE(n.ok()) << (n ? "" : n.error().detail.toStdString());
        return n ? *n : -1;
    }

    QList<qint64> ids(const CaseListFilter &filter,
                      CaseListColumn column = CaseListColumn::CaseCode,
                      Qt::SortOrder order = Qt::AscendingOrder)
    {
        auto rows = query.fetch(filter, column, order, 0, 100);
        EXPECT_TRUE(rows.ok()) << (rows ? "" : rows.error().detail.toStdString());
        QList<qint64> out;
        if (rows) {
            for (const CaseListRow &row : *rows)
                out << row.personId;
        }
        EXPECT_EQ(out.size(), countOf(filter));
        return out;
    }

    QList<qint64> sorted(CaseListColumn column, Qt::SortOrder order = Qt::AscendingOrder)
    {
        return ids(CaseListFilter{}, column, order);
    }

    TempDatabase temp;
    PersonRepository persons{temp.db()};
    ReceptionRepository receptions{temp.db()};
    CaseListQuery query{temp.db()};
    qint64 p1 = 0, p2 = 0, p3 = 0, p4 = 0, p5 = 0;
};

using Ids = QList<qint64>;

} // namespace

TEST_F(CaseListQueryTest, RowsCarryTheLatestReceptionAndDisplayNames)
{
    auto rows = query.fetch(CaseListFilter{}, CaseListColumn::FullName, Qt::AscendingOrder, 0, 10);
    ASSERT_TRUE(rows.ok());
    ASSERT_EQ(rows->size(), 4);
    const CaseListRow &hang = rows->at(3);
    EXPECT_EQ(hang.personId, p1);
    EXPECT_EQ(hang.caseCode, QStringLiteral("QN-2023-0001"));
    EXPECT_EQ(hang.fullName, QStringLiteral("Nguyễn Thị Hằng"));
    EXPECT_EQ(hang.sex, Sex::Female);
    EXPECT_EQ(hang.birthDate, QStringLiteral("1998"));
    EXPECT_EQ(hang.residence, QStringLiteral("Hà Tu, Quảng Ninh"));
    EXPECT_EQ(hang.lastReceptionDate, QDate(2023, 1, 10));
    EXPECT_EQ(hang.agencyCode, QStringLiteral("ctxh_qn"));
    EXPECT_EQ(hang.agencyName, QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh"));
    EXPECT_EQ(hang.countryCode, QStringLiteral("CN"));
    EXPECT_EQ(hang.countryName, QStringLiteral("Trung Quốc"));
    EXPECT_EQ(hang.identificationStatus, IdentificationStatus::ConfirmedVictim);
    EXPECT_EQ(hang.caseStatus, CaseStatus::Open);
    EXPECT_FALSE(hang.archived);

    const CaseListRow &thu = rows->at(2);
    EXPECT_EQ(thu.personId, p3);
    EXPECT_EQ(thu.residence, QStringLiteral("Xã Y, Hà Nội"));
    EXPECT_EQ(thu.lastReceptionDate, QDate(2024, 2, 2));
    EXPECT_EQ(thu.agencyCode, QStringLiteral("ldtbxh_mong_cai"));
    EXPECT_EQ(thu.identificationStatus, IdentificationStatus::NotVerified);

    const CaseListRow &an = rows->at(0);
    EXPECT_EQ(an.personId, p4);
    EXPECT_EQ(an.residence, QStringLiteral("Quảng Ninh"));
    EXPECT_FALSE(an.lastReceptionDate.isValid());
    EXPECT_TRUE(an.agencyName.isEmpty());
    EXPECT_FALSE(an.identificationStatus.has_value());
    EXPECT_FALSE(an.caseStatus.has_value());
    EXPECT_TRUE(an.birthDate.isEmpty());

    CaseListFilter archived;
    archived.archive = ArchiveFilter::ArchivedOnly;
    auto archivedRows = query.fetch(archived, CaseListColumn::CaseCode, Qt::AscendingOrder, 0, 10);
    ASSERT_TRUE(archivedRows.ok());
    ASSERT_EQ(archivedRows->size(), 1);
    EXPECT_TRUE(archivedRows->first().archived);
    EXPECT_EQ(archivedRows->first().countryName, QStringLiteral("Thái Lan"));
}

TEST_F(CaseListQueryTest, EachFilter)
{
    CaseListFilter f;
    EXPECT_EQ(ids(f), (Ids{p3, p1, p2, p4})); // case codes: 2022, 2023 ×2, 2024
    f.archive = ArchiveFilter::IncludeArchived;
    EXPECT_EQ(countOf(f), 5);
    f.archive = ArchiveFilter::ArchivedOnly;
    EXPECT_EQ(ids(f), Ids{p5});

    CaseListFilter search;
    search.searchText = QStringLiteral("thi");
    EXPECT_EQ(ids(search), (Ids{p3, p1}));
    search.searchText = QStringLiteral("ĐẶNG");
    EXPECT_EQ(ids(search), Ids{p2});
    search.searchText = QStringLiteral("QN-2024");
    EXPECT_EQ(ids(search), Ids{p4});
    search.searchText = QStringLiteral("zzz");
    EXPECT_TRUE(ids(search).isEmpty());

    CaseListFilter from;
    from.receivedFrom = QDate(2023, 6, 1);
    EXPECT_EQ(ids(from), (Ids{p3, p2}));
    CaseListFilter to;
    to.receivedTo = QDate(2023, 6, 1);
    EXPECT_EQ(ids(to), (Ids{p1, p2}));
    CaseListFilter between;
    between.receivedFrom = QDate(2023, 1, 11);
    between.receivedTo = QDate(2024, 2, 1);
    EXPECT_EQ(ids(between), Ids{p2});

    CaseListFilter agency;
    agency.agencyCode = QStringLiteral("ctxh_qn"); // p3's latest reception is elsewhere
    EXPECT_EQ(ids(agency), Ids{p1});

    CaseListFilter country;
    country.countryCode = QStringLiteral("CN");
    EXPECT_EQ(ids(country), (Ids{p3, p1}));
    country.countryCode = QStringLiteral("KH");
    EXPECT_EQ(ids(country), Ids{p2});

    CaseListFilter identification;
    identification.identificationStatus = IdentificationStatus::Pending;
    EXPECT_EQ(ids(identification), Ids{p2});
    identification.identificationStatus = IdentificationStatus::ConfirmedVictim;
    EXPECT_EQ(ids(identification), Ids{p1});

    CaseListFilter status;
    status.caseStatus = CaseStatus::Closed;
    EXPECT_EQ(ids(status), Ids{p2});
    status.caseStatus = CaseStatus::Open;
    EXPECT_EQ(ids(status), (Ids{p3, p1}));

    CaseListFilter combined;
    combined.searchText = QStringLiteral("thi");
    combined.caseStatus = CaseStatus::Open;
    combined.countryCode = QStringLiteral("CN");
    combined.receivedFrom = QDate(2024, 1, 1);
    EXPECT_EQ(ids(combined), Ids{p3});
}

TEST_F(CaseListQueryTest, EachSortColumn)
{
    using C = CaseListColumn;
    EXPECT_EQ(sorted(C::CaseCode), (Ids{p3, p1, p2, p4}));
    EXPECT_EQ(sorted(C::CaseCode, Qt::DescendingOrder), (Ids{p4, p2, p1, p3}));
    EXPECT_EQ(sorted(C::FullName), (Ids{p4, p2, p3, p1})); // bui, dang, le, nguyen
    EXPECT_EQ(sorted(C::FullName, Qt::DescendingOrder), (Ids{p1, p3, p2, p4}));
    // Ages: youngest first; unknown last either way.
    EXPECT_EQ(sorted(C::Age), (Ids{p3, p1, p2, p4}));
    EXPECT_EQ(sorted(C::Age, Qt::DescendingOrder), (Ids{p2, p1, p3, p4}));
    EXPECT_EQ(sorted(C::LastReceptionDate), (Ids{p4, p1, p2, p3}));
    EXPECT_EQ(sorted(C::LastReceptionDate, Qt::DescendingOrder), (Ids{p3, p2, p1, p4}));
    // Agency names: "", "Bộ Chỉ huy…", "Phòng Lao động…", "Trung tâm…".
    EXPECT_EQ(sorted(C::Agency), (Ids{p4, p2, p3, p1}));
    // Countries: "", Campuchia, Trung Quốc ×2 (id breaks the tie).
    EXPECT_EQ(sorted(C::Country), (Ids{p4, p2, p1, p3}));
    EXPECT_EQ(sorted(C::Country, Qt::DescendingOrder), (Ids{p3, p1, p2, p4}));
    // Residences: "Hà Tu, Quảng Ninh", "Quảng Ninh" ×2, "Xã Y, Hà Nội".
    EXPECT_EQ(sorted(C::Residence), (Ids{p1, p2, p4, p3}));
    // Codes: female < male < unknown.
    EXPECT_EQ(sorted(C::Sex), (Ids{p1, p3, p2, p4}));
    // "" < confirmed_victim < not_verified < pending.
    EXPECT_EQ(sorted(C::IdentificationStatus), (Ids{p4, p1, p3, p2}));
    // "" < closed < open.
    EXPECT_EQ(sorted(C::CaseStatus), (Ids{p4, p2, p1, p3}));
}

TEST_F(CaseListQueryTest, PagesDoNotOverlap)
{
    QSet<qint64> expected{p1, p2, p3, p4};
    for (int i = 0; i < 23; ++i)
        expected.insert(addPerson(makePerson(QStringLiteral("Vũ Thị Mai"), 1990), 2023));
    for (const CaseListColumn column : {CaseListColumn::FullName,
                                        CaseListColumn::Age,
                                        CaseListColumn::LastReceptionDate,
                                        CaseListColumn::Agency}) {
        for (const Qt::SortOrder order : {Qt::AscendingOrder, Qt::DescendingOrder}) {
            QList<qint64> seen;
            for (qint64 offset = 0; offset < 30; offset += 10) {
                auto page = query.fetch(CaseListFilter{}, column, order, offset, 10);
                ASSERT_TRUE(page.ok());
                EXPECT_EQ(page->size(), offset < 20 ? 10 : 7);
                for (const CaseListRow &row : *page)
                    seen << row.personId;
            }
            EXPECT_EQ(seen.size(), 27);
            EXPECT_EQ(QSet<qint64>(seen.begin(), seen.end()), expected);
            // The same order as one big page.
            auto whole = query.fetch(CaseListFilter{}, column, order, 0, 100);
            ASSERT_TRUE(whole.ok());
            QList<qint64> wholeIds;
            for (const CaseListRow &row : *whole)
                wholeIds << row.personId;
            EXPECT_EQ(seen, wholeIds);
        }
    }
    EXPECT_TRUE(
        query.fetch(CaseListFilter{}, CaseListColumn::CaseCode, Qt::AscendingOrder, 100, 10)
            ->isEmpty());
    EXPECT_TRUE(query.fetch(CaseListFilter{}, CaseListColumn::CaseCode, Qt::AscendingOrder, 0, 0)
                    ->isEmpty());
}
