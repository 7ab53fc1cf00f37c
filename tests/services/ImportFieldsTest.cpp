// A descriptor column that no parser or writer names (ColumnId::Field) travels through its
// descriptor: exported as its stored value (exchange::fieldCell) and read back by its kind
// (services/ImportRows.cpp). Real descriptor columns stand in for a new one here.
#include "domain/RecordTypes.h"
#include "services/ImportRows.h"

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using exchange::ColumnDef;
using exchange::ColumnId;
using exchange::ColumnModes;
using exchange::ColumnRole;
using exchange::ExchangeTable;
using IC = ImportIssueCode;

/** Column @a name of @a type as the exchange would list it if no code named it. */
ColumnDef field(const domain::RecordTypeInfo &type, const char16_t *name)
{
    const qsizetype index = type.indexOf(QStringView(name));
    EXPECT_GE(index, 0);
    return ColumnDef{ColumnId::Field,
                     type.columnInfos.at(index).exchange.name,
                     ColumnModes::Both,
                     ColumnRole::Data,
                     {},
                     &type,
                     index};
}

ImportColumns batchColumns(const QList<ColumnDef> &fields)
{
    ImportColumns columns;
    columns.table = ExchangeTable::Batches;
    columns.index.insert(ColumnId::BatchDate, 0);
    columns.names.insert(ColumnId::BatchDate, QStringLiteral("batch_date"));
    for (const ColumnDef &f : fields)
        columns.fields.append(ImportField{f, int(columns.fields.size()) + 1});
    columns.size = int(columns.fields.size()) + 1;
    return columns;
}

TEST(ImportFieldsTest, FieldsAreReadByTheirKind)
{
    const auto &batch = domain::handoverBatchRecord();
    const ImportColumns columns = batchColumns({field(batch, u"persons_total"),
                                                field(batch, u"classified"),
                                                field(batch, u"foreign_agency"),
                                                field(batch, u"persons_male")});
    const QStringList cells{QStringLiteral("2024-02-03"),
                            QStringLiteral("12"),
                            QStringLiteral("x"),
                            QStringLiteral(" Công an Hà Khẩu "),
                            QString()};
    ImportReferences refs;
    RowIssues issues{2, {}, {}};
    const domain::HandoverBatch b = parseBatchRow(ImportRow(columns, cells), refs, issues);
    EXPECT_TRUE(issues.isEmpty());
    EXPECT_EQ(b.date, QDate(2024, 2, 3));
    EXPECT_EQ(b.personsTotal, 12);
    EXPECT_TRUE(b.classified);
    EXPECT_EQ(b.foreignAgency, QStringLiteral(" Công an Hà Khẩu ")); // text as written
    EXPECT_EQ(b.personsMale, 0);                                     // empty: the default
}

TEST(ImportFieldsTest, BadFieldCellsAreIssuesOnTheirColumns)
{
    const auto &batch = domain::handoverBatchRecord();
    const ImportColumns columns =
        batchColumns({field(batch, u"persons_total"), field(batch, u"classified")});
    const QStringList cells{
        QStringLiteral("2024-02-03"), QStringLiteral("-3"), QStringLiteral("maybe")};
    ImportReferences refs;
    RowIssues issues{2, {}, {}};
    const domain::HandoverBatch b = parseBatchRow(ImportRow(columns, cells), refs, issues);
    ASSERT_EQ(issues.issues.size(), 2);
    EXPECT_EQ(issues.issues.at(0).column, QStringLiteral("persons_total"));
    EXPECT_EQ(issues.issues.at(0).code, IC::Negative);
    EXPECT_EQ(issues.issues.at(1).column, QStringLiteral("classified"));
    EXPECT_EQ(issues.issues.at(1).code, IC::InvalidCode);
    EXPECT_EQ(b.personsTotal, 0);
}

TEST(ImportFieldsTest, CodesDatesAndListsOfAReceptionRoundTrip)
{
    const auto &reception = domain::receptionRecord();
    const QList<ColumnDef> fields{field(reception, u"route"),
                                  field(reception, u"exploitation"),
                                  field(reception, u"identification_date"),
                                  field(reception, u"outcome")};
    domain::Reception r;
    r.route = domain::Route::Rescued;
    r.exploitation = {domain::ExploitationForm::ForcedMarriage, domain::ExploitationForm::Other};
    r.identificationDate = QDate(2023, 3, 20);
    QStringList cells;
    for (const ColumnDef &f : fields)
        cells.append(exchange::fieldCell(reception, f, r));
    EXPECT_EQ(cells,
              (QStringList{QStringLiteral("rescued"),
                           QStringLiteral("forced_marriage,other"),
                           QStringLiteral("2023-03-20"),
                           QString()}));
    ColumnDef label = fields.at(0);
    label.id = ColumnId::FieldLabel;
    label.role = ColumnRole::Label;
    EXPECT_EQ(exchange::fieldCell(reception, label, r), exchange::labelVi(r.route));

    // Read back through the parser's generic path (the person's and reception's own columns
    // are named by the parser; these stand for columns it does not know).
    ImportColumns columns;
    columns.table = ExchangeTable::Receptions;
    for (const ColumnDef &f : fields)
        columns.fields.append(ImportField{f, int(columns.fields.size())});
    columns.size = int(fields.size());
    ImportReferences refs;
    RowIssues issues{2, {}, {}};
    const ReceptionRow row = parseReceptionRow(ImportRow(columns, cells), refs, issues);
    EXPECT_EQ(row.reception.route, domain::Route::Rescued);
    EXPECT_EQ(row.reception.exploitation, r.exploitation);
    EXPECT_EQ(row.reception.identificationDate, QDate(2023, 3, 20));
    EXPECT_FALSE(row.reception.outcome.has_value());
}

} // namespace
} // namespace sr::services
