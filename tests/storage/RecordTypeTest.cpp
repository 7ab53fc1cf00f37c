// The record-type descriptors (domain/RecordTypes.h) against the live schema of a fresh
// database: a migration that adds a record table or a column without its descriptor, or a
// descriptor naming a column the schema lacks, fails here.
#include "domain/RecordTypes.h"
#include "storage/Database.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QSet>
#include <QSqlQuery>

#include <gtest/gtest.h>

using namespace sr::domain;
using sr::test::onServer;
using sr::test::TempDatabase;

namespace {

/** The bookkeeping columns every record table has (RecordStore). */
const QStringList kMetaColumns{QStringLiteral("id"),
                               QStringLiteral("uuid"),
                               QStringLiteral("created_at"),
                               QStringLiteral("created_by"),
                               QStringLiteral("updated_at"),
                               QStringLiteral("updated_by"),
                               QStringLiteral("version"),
                               QStringLiteral("archived"),
                               QStringLiteral("archive_reason")};

/** Tables with a uuid without a descriptor: the user accounts keep their own code. */
const QSet<QString> kWithoutDescriptor{QStringLiteral("app_user")};

/** The record types and the editable reference lists. */
QList<const RecordTypeInfo *> allTypes()
{
    return recordTypes() + referenceListTypes();
}

const RecordTypeInfo *typeOf(const QString &table)
{
    for (const RecordTypeInfo *type : allTypes()) {
        if (type->table == table)
            return type;
    }
    return nullptr;
}

/**
 * Columns of a record table that belong to no value type and are kept by the storage layer
 * alone: the person's latest-reception summary for the case list (ReceptionRepository).
 */
const QSet<QString> kKeptByStorage{QStringLiteral("person.last_reception_id"),
                                   QStringLiteral("person.last_reception_date"),
                                   QStringLiteral("person.last_agency_code"),
                                   QStringLiteral("person.last_country_code"),
                                   QStringLiteral("person.last_identification_status"),
                                   QStringLiteral("person.last_case_status")};

QStringList columnsOf(sr::storage::Database &db, const QString &table)
{
    QStringList columns;
    QSqlQuery q(db.connection());
    const QString statement =
        onServer() ? QStringLiteral("SELECT column_name FROM information_schema.columns"
                                    " WHERE table_schema = current_schema() AND table_name = '%1'"
                                    " ORDER BY ordinal_position")
                   : QStringLiteral("SELECT name FROM pragma_table_info('%1')");
    EXPECT_TRUE(q.exec(statement.arg(table)));
    while (q.next())
        columns << q.value(0).toString();
    return columns;
}

QStringList tablesOf(sr::storage::Database &db)
{
    QStringList tables;
    QSqlQuery q(db.connection());
    EXPECT_TRUE(q.exec(onServer()
                           ? QStringLiteral("SELECT table_name FROM information_schema.tables"
                                            " WHERE table_schema = current_schema()"
                                            " AND table_type = 'BASE TABLE' ORDER BY table_name")
                           : QStringLiteral("SELECT name FROM sqlite_schema WHERE type = 'table' "
                                            "AND name NOT LIKE 'sqlite_%' ORDER BY name")));
    while (q.next())
        tables << q.value(0).toString();
    return tables;
}

} // namespace

TEST(RecordTypeTest, EveryDescriptorColumnIsInTheSchema)
{
    TempDatabase temp;
    ASSERT_FALSE(recordTypes().isEmpty());
    for (const RecordTypeInfo *type : allTypes()) {
        const QStringList columns = columnsOf(temp.db(), type->table);
        ASSERT_FALSE(columns.isEmpty()) << "no table " << type->table.toStdString();
        for (const QString &meta : kMetaColumns)
            EXPECT_TRUE(columns.contains(meta))
                << type->table.toStdString() << " lacks " << meta.toStdString();
        for (const ColumnInfo &column : type->columnInfos)
            EXPECT_TRUE(columns.contains(column.name))
                << type->table.toStdString() << " has no column " << column.name.toStdString();
        EXPECT_LE(type->sinceSchemaVersion, temp->schemaVersion());
        EXPECT_NE(type->label, nullptr) << type->table.toStdString();
    }
}

namespace {

/** "table.column" of every column of a record table that its descriptor does not describe. */
QStringList undescribedColumns(sr::storage::Database &db)
{
    QStringList missing;
    for (const RecordTypeInfo *type : allTypes()) {
        for (const QString &column : columnsOf(db, type->table)) {
            const QString name = type->table + u'.' + column;
            if (!kMetaColumns.contains(column) && type->indexOf(column) < 0
                && !kKeptByStorage.contains(name))
                missing << name;
        }
    }
    return missing;
}

/** Tables holding records (they have a uuid) without a descriptor. */
QStringList undescribedTables(sr::storage::Database &db)
{
    QStringList missing;
    for (const QString &table : tablesOf(db)) {
        if (columnsOf(db, table).contains(QStringLiteral("uuid")) && !typeOf(table)
            && !kWithoutDescriptor.contains(table))
            missing << table;
    }
    return missing;
}

std::string joined(const QStringList &list)
{
    return list.join(u' ').toStdString();
}

} // namespace

TEST(RecordTypeTest, EverySchemaColumnOfARecordTableIsDescribed)
{
    TempDatabase temp;
    EXPECT_EQ(joined(undescribedColumns(temp.db())), "")
        << "in the schema but not in their descriptors (domain/RecordTypes.h)";
}

TEST(RecordTypeTest, EveryRecordTableHasADescriptor)
{
    TempDatabase temp;
    EXPECT_EQ(joined(undescribedTables(temp.db())), "")
        << "tables holding records without a descriptor";
}

TEST(RecordTypeTest, AMigrationWithoutItsDescriptorIsFound)
{
    // What a migration would do without touching the descriptors.
    TempDatabase temp;
    QSqlQuery q(temp->connection());
    ASSERT_TRUE(q.exec(QStringLiteral("ALTER TABLE handover_batch ADD COLUMN weather TEXT")));
    ASSERT_TRUE(q.exec(QStringLiteral("CREATE TABLE canteen (id INTEGER PRIMARY KEY, uuid TEXT)")));
    EXPECT_EQ(joined(undescribedColumns(temp.db())), "handover_batch.weather");
    EXPECT_EQ(joined(undescribedTables(temp.db())), "canteen");
}

TEST(RecordTypeTest, RecordsAreNeverDeleted)
{
    TempDatabase temp;
    for (const RecordTypeInfo *type : recordTypes()) {
        QSqlQuery q(temp->connection());
        // information_schema.triggers has one row per event of a trigger.
        const QString statement =
            onServer() ? QStringLiteral("SELECT count(*) FROM information_schema.triggers"
                                        " WHERE event_object_schema = current_schema()"
                                        " AND event_object_table = '%1'"
                                        " AND event_manipulation = 'DELETE'"
                                        " AND action_timing = 'BEFORE'")
                       : QStringLiteral("SELECT count(*) FROM sqlite_schema WHERE type = "
                                        "'trigger' AND tbl_name = '%1' AND sql LIKE "
                                        "'%BEFORE DELETE%'");
        ASSERT_TRUE(q.exec(statement.arg(type->table)));
        ASSERT_TRUE(q.next());
        EXPECT_EQ(q.value(0).toInt(), 1) << type->table.toStdString() << " has no delete guard";
    }
}

TEST(RecordTypeTest, CaseRecordsReachTheirCaseCode)
{
    for (const RecordTypeInfo *type : recordTypes()) {
        if (!type->belongsToCase())
            continue;
        const RecordTypeInfo *current = type;
        int depth = 0;
        while (current && current->caseCodeColumn.isEmpty() && depth < 10) {
            EXPECT_GE(current->indexOf(current->parentColumn), 0)
                << current->table.toStdString() << " lacks its parent column";
            current = recordTypeOf(current->parentTable);
            ++depth;
        }
        ASSERT_NE(current, nullptr) << type->table.toStdString();
        EXPECT_GE(current->indexOf(current->caseCodeColumn), 0) << type->table.toStdString();
    }
    EXPECT_FALSE(handoverBatchRecord().belongsToCase());
}

TEST(RecordTypeTest, CodeColumnsKnowTheirCodes)
{
    for (const RecordTypeInfo *type : allTypes()) {
        for (const ColumnInfo &column : type->columnInfos) {
            const bool isCode = column.kind == ColumnKind::Code
                                || column.kind == ColumnKind::OptionalCode
                                || column.kind == ColumnKind::CodeList;
            if (!isCode || column.derived)
                continue;
            ASSERT_NE(column.codes, nullptr) << column.name.toStdString();
            EXPECT_FALSE(column.codes().isEmpty()) << column.name.toStdString();
        }
    }
    const ColumnInfo &status =
        receptionRecord().columnInfos.at(receptionRecord().indexOf(u"identification_status"));
    EXPECT_TRUE(status.codes().contains(QStringLiteral("confirmed_victim")));
}

TEST(RecordTypeTest, StoredValuesReadBack)
{
    Reception r;
    r.personId = 7;
    r.receptionDate = QDate(2024, 3, 5);
    r.agencyCode = QStringLiteral("ctxh_qn");
    r.batchId = 12;
    r.exploitation = {ExploitationForm::ForcedLabour, ExploitationForm::ForcedMarriage};
    r.identificationStatus = IdentificationStatus::ConfirmedVictim;
    r.outcome = CaseOutcome::ReturnedHome;
    r.notes = QStringLiteral("ghi chú");
    const RecordType<Reception> &type = receptionRecord();
    const QVariantList values = type.storedValues(r);
    EXPECT_EQ(values.at(type.indexOf(u"exploitation")).toString(),
              QStringLiteral("forced_labour,forced_marriage"));
    EXPECT_TRUE(values.at(type.indexOf(u"identification_agency_code")).isNull());
    EXPECT_TRUE(values.at(type.indexOf(u"age_years")).isNull()); // computed by storage
    Reception back;
    for (qsizetype c = 0; c < values.size(); ++c)
        type.setStored(back, c, values.at(c));
    EXPECT_EQ(back.personId, r.personId);
    EXPECT_EQ(back.receptionDate, r.receptionDate);
    EXPECT_EQ(back.batchId, r.batchId);
    EXPECT_EQ(back.exploitation, r.exploitation);
    EXPECT_EQ(back.identificationStatus, r.identificationStatus);
    EXPECT_EQ(back.outcome, r.outcome);
    EXPECT_EQ(back.notes, r.notes);

    // Drafts keep the key they were first saved under.
    Person p;
    p.consent.informationSharing = true;
    const QJsonObject draft = toDraft(personRecord(), p);
    EXPECT_TRUE(draft.value(QStringLiteral("consent_information_sharing")).toBool());
    EXPECT_FALSE(draft.contains(QStringLiteral("name_folded")));
    EXPECT_TRUE(fromDraft(personRecord(), draft).consent.informationSharing);
}
