// The import's row parsers and header (services/ImportRows.h): CSV cells to domain values and
// issues, with reference lists held in memory and no database.
#include "services/ImportRows.h"

#include "services/CaseWriter.h"

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using exchange::ColumnId;
using exchange::ExchangeTable;
using IC = ImportIssueCode;

ImportReferences references(MissingReferences missing = MissingReferences::Refuse)
{
    ImportReferences refs;
    refs.missing = missing;
    domain::Agency agency;
    agency.code = QStringLiteral("bdbp_qn");
    agency.name = QStringLiteral("Bộ đội Biên phòng tỉnh Quảng Ninh");
    refs.addAgencies({agency});
    domain::Country vn;
    vn.code = QStringLiteral("VN");
    vn.nameVi = QStringLiteral("Việt Nam");
    domain::Country cn;
    cn.code = QStringLiteral("CN");
    cn.nameVi = QStringLiteral("Trung Quốc");
    refs.addCountries({vn, cn});
    domain::SupportType medical;
    medical.code = QStringLiteral("medical");
    medical.nameVi = QStringLiteral("Y tế");
    refs.addSupportTypes({medical});
    return refs;
}

const QStringList kReceptionHeader{QStringLiteral("case_code"),
                                   QStringLiteral("full_name"),
                                   QStringLiteral("sex"),
                                   QStringLiteral("reception_date"),
                                   QStringLiteral("agency"),
                                   QStringLiteral("country"),
                                   QStringLiteral("route"),
                                   QStringLiteral("identification_status"),
                                   QStringLiteral("case_status")};

ImportColumns header(const QStringList &names)
{
    RowIssues issues{1, {}, {}};
    const auto columns = readImportHeader(names, issues);
    EXPECT_TRUE(columns.has_value());
    EXPECT_TRUE(issues.isEmpty());
    return columns.value_or(ImportColumns{});
}

TEST(ImportRowsTest, HeaderFindsTheTableAndRefusesUnknownOrMissingColumns)
{
    const ImportColumns columns = header(kReceptionHeader);
    EXPECT_EQ(columns.table, ExchangeTable::Receptions);
    EXPECT_EQ(columns.index.value(ColumnId::Agency), 4);

    RowIssues unknown{1, {}, {}};
    std::optional<ExchangeTable> table;
    EXPECT_FALSE(readImportHeader(
        kReceptionHeader + QStringList{QStringLiteral("shoe_size")}, unknown, &table));
    EXPECT_EQ(table, ExchangeTable::Receptions);
    ASSERT_EQ(unknown.issues.size(), 1);
    EXPECT_EQ(unknown.issues.at(0).code, IC::UnknownColumn);
    EXPECT_EQ(unknown.issues.at(0).column, QStringLiteral("shoe_size"));

    RowIssues missing{1, {}, {}};
    QStringList withoutSex = kReceptionHeader;
    withoutSex.removeAll(QStringLiteral("sex"));
    EXPECT_FALSE(readImportHeader(withoutSex, missing));
    ASSERT_EQ(missing.issues.size(), 1);
    EXPECT_EQ(missing.issues.at(0).code, IC::MissingColumn);

    RowIssues deIdentified{1, {}, {}};
    EXPECT_FALSE(readImportHeader({QStringLiteral("pseudonym"), QStringLiteral("reception_date")},
                                  deIdentified));
    EXPECT_EQ(deIdentified.issues.at(0).code, IC::DeIdentifiedFile);
}

TEST(ImportRowsTest, ReceptionRowMatchesReferencesByNameAndReportsBadCells)
{
    const ImportColumns columns = header(kReceptionHeader);
    ImportReferences refs = references();
    const QStringList cells{QStringLiteral("QN-2025-0001"),
                            QStringLiteral("Nguyễn Thị Hoa"),
                            QStringLiteral("female"),
                            QStringLiteral("15/03/2025"),
                            QStringLiteral("bo doi bien phong tinh quang ninh"),
                            QStringLiteral("Trung Quốc"),
                            QStringLiteral("handed_over_at_border"),
                            QStringLiteral("confirmed_victim"),
                            QStringLiteral("open")};
    RowIssues issues{2, {}, {}};
    const ReceptionRow row = parseReceptionRow(ImportRow(columns, cells), refs, issues);
    EXPECT_TRUE(issues.isEmpty());
    EXPECT_EQ(row.person.caseCode, QStringLiteral("QN-2025-0001"));
    EXPECT_EQ(row.person.sex, domain::Sex::Female);
    EXPECT_EQ(row.reception.receptionDate, QDate(2025, 3, 15));
    EXPECT_EQ(row.reception.agencyCode, QStringLiteral("bdbp_qn"));
    EXPECT_EQ(row.reception.countryCode, QStringLiteral("CN"));

    QStringList bad = cells;
    bad[3] = QStringLiteral("2025-02-30");
    bad[4] = QStringLiteral("Công an xã");
    bad[5] = QStringLiteral("Atlantis");
    RowIssues badIssues{3, {}, {}};
    parseReceptionRow(ImportRow(columns, bad), refs, badIssues);
    ASSERT_EQ(badIssues.issues.size(), 3);
    EXPECT_EQ(badIssues.issues.at(0).code, IC::InvalidDate);
    EXPECT_EQ(badIssues.issues.at(0).row, 3);
    EXPECT_EQ(badIssues.issues.at(1).code, IC::UnknownReference);
    EXPECT_EQ(badIssues.issues.at(1).column, QStringLiteral("agency"));
    EXPECT_EQ(badIssues.issues.at(2).code, IC::UnknownOfficialReference);
    EXPECT_EQ(badIssues.issues.at(2).value, QStringLiteral("Atlantis"));
}

TEST(ImportRowsTest, MissingAgencyIsAddedOnceWithAFreeCode)
{
    const ImportColumns columns = header(kReceptionHeader);
    ImportReferences refs = references(MissingReferences::Add);
    QStringList cells{QStringLiteral("QN-2025-0001"),
                      QStringLiteral("A"),
                      QStringLiteral("male"),
                      QStringLiteral("2025-03-15"),
                      QStringLiteral("Công an xã Bình Ngọc"),
                      QStringLiteral("CN"),
                      QStringLiteral("rescued"),
                      QStringLiteral("pending"),
                      QStringLiteral("open")};
    for (int row = 2; row <= 3; ++row) {
        RowIssues issues{row, {}, {}};
        const ReceptionRow parsed = parseReceptionRow(ImportRow(columns, cells), refs, issues);
        EXPECT_TRUE(issues.isEmpty());
        EXPECT_EQ(parsed.reception.agencyCode, QStringLiteral("cong_an_xa_binh_ngoc"));
    }
    ASSERT_EQ(refs.added.size(), 1);
    EXPECT_EQ(refs.added.at(0).list, QStringLiteral("agency"));
    EXPECT_EQ(refs.added.at(0).name, QStringLiteral("Công an xã Bình Ngọc"));
}

TEST(ImportRowsTest, SupportRowNumbers)
{
    const ImportColumns columns = header({QStringLiteral("case_code"),
                                          QStringLiteral("reception_date"),
                                          QStringLiteral("type"),
                                          QStringLiteral("support_date"),
                                          QStringLiteral("amount_vnd"),
                                          QStringLiteral("quantity"),
                                          QStringLiteral("status")});
    EXPECT_EQ(columns.table, ExchangeTable::Supports);
    ImportReferences refs = references();
    RowIssues issues{2, {}, {}};
    const SupportRow row = parseSupportRow(ImportRow(columns,
                                                     {QStringLiteral("QN-2025-0001"),
                                                      QStringLiteral("2025-03-15"),
                                                      QStringLiteral("Y TẾ"),
                                                      QStringLiteral("2025-03-16"),
                                                      QStringLiteral("-5"),
                                                      QStringLiteral("two"),
                                                      QStringLiteral("provided")}),
                                           refs,
                                           issues);
    EXPECT_EQ(row.caseCode, QStringLiteral("QN-2025-0001"));
    EXPECT_EQ(row.support.typeCode, QStringLiteral("medical"));
    ASSERT_EQ(issues.issues.size(), 2);
    EXPECT_EQ(issues.issues.at(0).code, IC::Negative);
    EXPECT_EQ(issues.issues.at(0).column, QStringLiteral("amount_vnd"));
    EXPECT_EQ(issues.issues.at(1).code, IC::InvalidNumber);
    EXPECT_EQ(issues.issues.at(1).column, QStringLiteral("quantity"));
}

TEST(ImportRowsTest, ValidationErrorsLandOnTheirColumns)
{
    const ImportColumns columns =
        header(kReceptionHeader + QStringList{QStringLiteral("person_notes")});
    const QStringList cells{QStringLiteral("QN-2025-0001"),
                            QString(),
                            QStringLiteral("female"),
                            QStringLiteral("2025-03-15"),
                            QStringLiteral("bdbp_qn"),
                            QStringLiteral("CN"),
                            QStringLiteral("rescued"),
                            QStringLiteral("pending"),
                            QStringLiteral("open"),
                            QStringLiteral("x")};
    const ImportRow row(columns, cells);
    RowIssues issues{4, {}, {}};
    issues.add(QStringLiteral("agency"), QStringLiteral("bdbp_qn"), IC::UnknownReference);
    addValidationIssues({domain::FieldError{QStringLiteral("full_name"),
                                            domain::ValidationCode::Required,
                                            domain::RecordKind::Person},
                         domain::FieldError{QStringLiteral("notes"),
                                            domain::ValidationCode::TooLong,
                                            domain::RecordKind::Person},
                         domain::FieldError{QStringLiteral("agency_code"),
                                            domain::ValidationCode::Required,
                                            domain::RecordKind::Reception,
                                            0}},
                        row,
                        issues);
    ASSERT_EQ(issues.issues.size(), 3); // agency keeps its more precise issue
    EXPECT_EQ(issues.issues.at(1).column, QStringLiteral("full_name"));
    EXPECT_EQ(issues.issues.at(1).code, IC::Required);
    EXPECT_EQ(issues.issues.at(2).column, QStringLiteral("person_notes"));
    EXPECT_EQ(issues.issues.at(2).value, QStringLiteral("x"));
    EXPECT_EQ(issues.issues.at(2).code, IC::TooLong);
}

TEST(ImportRowsTest, ParsedRowValidatesThroughTheWritersCheck)
{
    const ImportColumns columns = header(kReceptionHeader);
    ImportReferences refs = references();
    const QStringList cells{QString(),
                            QStringLiteral("Lò Thị Mai"),
                            QStringLiteral("female"),
                            QStringLiteral("2025-03-15"),
                            QStringLiteral("bdbp_qn"),
                            QStringLiteral("CN"),
                            QStringLiteral("rescued"),
                            QStringLiteral("pending"),
                            QStringLiteral("open")};
    RowIssues issues{2, {}, {}};
    const ReceptionRow parsed = parseReceptionRow(ImportRow(columns, cells), refs, issues);
    CaseGroup group;
    group.person = parsed.person;
    group.receptions.append(ReceptionGroup{parsed.reception, {}, {}});
    const CaseCheck check = validateCase(group, QDate(2025, 6, 1), ErrorPaths::Case);
    EXPECT_TRUE(check.errors.isEmpty()) << check.errors.size();
    EXPECT_TRUE(check.valid.has_value());
    const CaseCheck early = validateCase(group, QDate(2025, 3, 1), ErrorPaths::Case);
    EXPECT_FALSE(early.valid.has_value());
    EXPECT_TRUE(early.errors.contains(domain::FieldError{QStringLiteral("reception_date"),
                                                         domain::ValidationCode::InFuture,
                                                         domain::RecordKind::Reception,
                                                         0}));
}

} // namespace
} // namespace sr::services
