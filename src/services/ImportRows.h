#pragma once

#include "ImportService.h"
#include "domain/FollowUp.h"
#include "domain/HandoverBatch.h"
#include "domain/Hotline.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Reference.h"
#include "domain/Support.h"
#include "domain/Validation.h"
#include "exchange/CsvColumns.h"

#include <QDate>
#include <QHash>
#include <QList>
#include <QSet>
#include <QString>
#include <QStringList>

#include <optional>

// The import's pure part (docs/csv-format.md): the header, the reference lists matched in
// memory and one parser per table turning a CSV row into domain values and issues. Nothing
// here reads the database, so it is tested without one (tests/services/ImportRowsTest.cpp);
// ImportService adds the checks against stored records and writes through CaseWriter.

namespace sr::services {

/** The issues of one row, and the columns they name (a later check skips those). */
struct RowIssues
{
    qint64 row = 0;
    QList<ImportIssue> issues;
    QSet<QString> flagged;

    void add(const QString &column, const QString &value, ImportIssueCode code)
    {
        issues.append(ImportIssue{row, column, value, code});
        flagged.insert(column);
    }
    bool isEmpty() const { return issues.isEmpty(); }
};

/** A descriptor column no parser reads by name (ColumnId::Field), and where it is. */
struct ImportField
{
    exchange::ColumnDef column;
    int index = -1;
};

/** The header of a file: its table and where each known data column is. */
struct ImportColumns
{
    exchange::ExchangeTable table = exchange::ExchangeTable::Receptions;
    QHash<exchange::ColumnId, int> index;
    QHash<exchange::ColumnId, QString> names; ///< as in the header, else the documented name
    QList<ImportField> fields;                ///< read through their descriptors
    int size = 0;

    bool has(exchange::ColumnId id) const { return index.contains(id); }
    QString name(exchange::ColumnId id) const { return names.value(id); }
};

/**
 * Reads the header row (row 1). Returns the columns, or nothing when the file is refused
 * (its issues in @a issues). @a table receives the table as soon as it is recognised, also
 * when its columns are then refused.
 */
std::optional<ImportColumns>
readImportHeader(const QStringList &header,
                 RowIssues &issues,
                 std::optional<exchange::ExchangeTable> *table = nullptr);

/** A reference list indexed by folded code and names. */
struct ImportRefList
{
    QString listCode; ///< "agency", "country", …
    bool addable = false;
    int padDigits = 0; ///< numeric codes whose leading zeros spreadsheets drop
    QHash<QString, QString> byKey;
    QSet<QString> codes;

    void add(const QString &code, const QStringList &names);
    std::optional<QString> match(const QString &value) const;
};

/**
 * The reference lists a file's values are matched against, by code or name (case and
 * diacritics ignored), and the agencies, support types and border gates to add
 * (MissingReferences::Add).
 */
struct ImportReferences
{
    ImportRefList agencies{QStringLiteral("agency"), true, 0, {}, {}};
    ImportRefList countries{QStringLiteral("country"), false, 0, {}, {}};
    ImportRefList ethnicGroups{QStringLiteral("ethnicity"), false, 2, {}, {}};
    ImportRefList provincesPre2025{QStringLiteral("province"), false, 2, {}, {}};
    ImportRefList provincesFrom2025{QStringLiteral("province"), false, 2, {}, {}};
    ImportRefList supportTypes{QStringLiteral("support_type"), true, 0, {}, {}};
    ImportRefList borderGates{QStringLiteral("border_gate"), true, 0, {}, {}};
    MissingReferences missing = MissingReferences::Refuse;
    /** To add, in the order first met; keyed by list + ":" + folded name. */
    QList<AddedReference> added;
    QHash<QString, qsizetype> addedByKey;

    void addAgencies(const QList<domain::Agency> &list);
    void addCountries(const QList<domain::Country> &list);
    void addEthnicGroups(const QList<domain::EthnicGroup> &list);
    void addProvinces(domain::AdminEra era, const QList<domain::Province> &list);
    void addSupportTypes(const QList<domain::SupportType> &list);
    void addBorderGates(const QList<domain::BorderGate> &list);
};

/** The cells of one data row. */
class ImportRow
{
public:
    ImportRow(const ImportColumns &columns, const QStringList &cells)
        : m_columns(columns)
        , m_cells(cells)
    {}
    QString raw(exchange::ColumnId id) const
    {
        const int i = m_columns.index.value(id, -1);
        return i >= 0 && i < m_cells.size() ? m_cells.at(i) : QString();
    }
    QString text(exchange::ColumnId id) const { return raw(id).trimmed(); }
    QString rawAt(int index) const
    {
        return index >= 0 && index < m_cells.size() ? m_cells.at(index) : QString();
    }
    const ImportColumns &columns() const { return m_columns; }

private:
    const ImportColumns &m_columns;
    const QStringList &m_cells;
};

/** A row of the receptions table: the person and one reception. */
struct ReceptionRow
{
    domain::Person person;
    domain::Reception reception;
    QString batchUuid;
    QString signature; ///< person columns as written, to compare rows of one case code
};

/** A row of the supports table: the support and how to find its reception. */
struct SupportRow
{
    QString caseCode;
    QString receptionUuid;
    QDate receptionDate;
    domain::Support support;
};

/** A row of the follow-ups table: the follow-up and how to find its reception. */
struct FollowUpRow
{
    QString caseCode;
    QString receptionUuid;
    QDate receptionDate;
    domain::FollowUp followUp;
};

/** A row of the calls table: the call and the case it became (docs/csv-format.md "calls"). */
struct CallRow
{
    QString caseCode;      ///< empty when the call became no case
    QString receptionUuid; ///< empty when it names no reception
    domain::HotlineCall call;
};

// The parsers read every cell of the row and report each bad cell in @a issues; the values
// of bad cells are left at their defaults.
ReceptionRow parseReceptionRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues);
SupportRow parseSupportRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues);
FollowUpRow parseFollowUpRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues);
domain::HandoverBatch
parseBatchRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues);
CallRow parseCallRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues);

/**
 * The domain's field errors of a row's records (validateCase() with ErrorPaths::Case) as
 * issues on the row's columns; a column already flagged keeps its more precise issue.
 */
void addValidationIssues(const domain::FieldErrors &errors,
                         const ImportRow &row,
                         RowIssues &issues);

} // namespace sr::services
