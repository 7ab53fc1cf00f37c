#include "ImportService.h"

#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/Enums.h"
#include "domain/TextFold.h"
#include "domain/Validation.h"
#include "exchange/CsvReader.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/DatabaseHealth.h"
#include "storage/ExportQueries.h"
#include "storage/HandoverBatchRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SupportRepository.h"

#include <QCoreApplication>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonArray>
#include <QJsonObject>
#include <QRegularExpression>
#include <QSet>
#include <QUuid>

namespace sr::services {

using exchange::ColumnDef;
using exchange::ColumnId;
using exchange::ColumnRole;
using exchange::CsvErrorCode;
using exchange::CsvReader;
using exchange::ExchangeTable;
using IC = ImportIssueCode;

QString toCode(ImportIssueCode code)
{
    switch (code) {
    case IC::Io:
        return QStringLiteral("io");
    case IC::EmptyFile:
        return QStringLiteral("empty_file");
    case IC::HeaderOnly:
        return QStringLiteral("header_only");
    case IC::TooManyRows:
        return QStringLiteral("too_many_rows");
    case IC::InvalidUtf8:
        return QStringLiteral("invalid_utf8");
    case IC::UnterminatedQuote:
        return QStringLiteral("unterminated_quote");
    case IC::StrayQuote:
        return QStringLiteral("stray_quote");
    case IC::FieldTooLarge:
        return QStringLiteral("field_too_large");
    case IC::UnknownTable:
        return QStringLiteral("unknown_table");
    case IC::DeIdentifiedFile:
        return QStringLiteral("de_identified_file");
    case IC::UnknownColumn:
        return QStringLiteral("unknown_column");
    case IC::DuplicateColumn:
        return QStringLiteral("duplicate_column");
    case IC::MissingColumn:
        return QStringLiteral("missing_column");
    case IC::WrongCellCount:
        return QStringLiteral("wrong_cell_count");
    case IC::Required:
        return QStringLiteral("required");
    case IC::InvalidCode:
        return QStringLiteral("invalid_code");
    case IC::InvalidDate:
        return QStringLiteral("invalid_date");
    case IC::InvalidNumber:
        return QStringLiteral("invalid_number");
    case IC::Negative:
        return QStringLiteral("negative");
    case IC::OutOfRange:
        return QStringLiteral("out_of_range");
    case IC::InvalidFormat:
        return QStringLiteral("invalid_format");
    case IC::InFuture:
        return QStringLiteral("in_future");
    case IC::BeforeBirth:
        return QStringLiteral("before_birth");
    case IC::BeforeReception:
        return QStringLiteral("before_reception");
    case IC::Inconsistent:
        return QStringLiteral("inconsistent");
    case IC::TooLong:
        return QStringLiteral("too_long");
    case IC::UnknownReference:
        return QStringLiteral("unknown_reference");
    case IC::UnknownOfficialReference:
        return QStringLiteral("unknown_official_reference");
    case IC::CaseCodeExists:
        return QStringLiteral("case_code_exists");
    case IC::UuidExists:
        return QStringLiteral("uuid_exists");
    case IC::DuplicateInFile:
        return QStringLiteral("duplicate_in_file");
    case IC::InconsistentPerson:
        return QStringLiteral("inconsistent_person");
    case IC::UnknownReception:
        return QStringLiteral("unknown_reception");
    case IC::UnknownBatch:
        return QStringLiteral("unknown_batch");
    }
    return {};
}

QString describe(ImportIssueCode code)
{
    // lupdate files these tr() calls of a free function under its namespace, "sr::services"
    // (the .ts context); a different context here would never find their translations.
    const auto tr = [](const char *text) {
        return QCoreApplication::translate("sr::services", text);
    };
    switch (code) {
    case IC::Io:
        return tr("The file cannot be read.");
    case IC::EmptyFile:
        return tr("The file is empty.");
    case IC::HeaderOnly:
        return tr("The file has a header row but no data rows.");
    case IC::TooManyRows:
        return tr("The file has more than 1,000,000 rows; split it into smaller files.");
    case IC::InvalidUtf8:
        return tr("The file is not in UTF-8 (it may be Windows-1258 or TCVN3). Open it in "
                  "Excel or LibreOffice and save it again as \"CSV UTF-8 (Comma delimited)\".");
    case IC::UnterminatedQuote:
        return tr("A quoted cell starting here is never closed by a quote.");
    case IC::StrayQuote:
        return tr("Unexpected text after the closing quote of a cell.");
    case IC::FieldTooLarge:
        return tr("The cell is larger than 1 MB.");
    case IC::UnknownTable:
        return tr("The header matches no known table (receptions, supports, batches).");
    case IC::DeIdentifiedFile:
        return tr("This is a de-identified export; only full exports and the template can be "
                  "imported.");
    case IC::UnknownColumn:
        return tr("Unknown column.");
    case IC::DuplicateColumn:
        return tr("The column appears twice in the header.");
    case IC::MissingColumn:
        return tr("A required column is missing from the header.");
    case IC::WrongCellCount:
        return tr("The row does not have as many cells as the header.");
    case IC::Required:
        return tr("A value is required.");
    case IC::InvalidCode:
        return tr("Not one of the allowed codes.");
    case IC::InvalidDate:
        return tr("Not a valid date (YYYY-MM-DD).");
    case IC::InvalidNumber:
        return tr("Not a whole number.");
    case IC::Negative:
        return tr("The number must not be negative.");
    case IC::OutOfRange:
        return tr("The value is out of range.");
    case IC::InvalidFormat:
        return tr("The value has the wrong format.");
    case IC::InFuture:
        return tr("The date is in the future.");
    case IC::BeforeBirth:
        return tr("The date is before the person's birth.");
    case IC::BeforeReception:
        return tr("The date is before the reception.");
    case IC::Inconsistent:
        return tr("The value does not agree with other values of the row.");
    case IC::TooLong:
        return tr("The value is too long.");
    case IC::UnknownReference:
        return tr("Unknown value of a reference list (use --add-missing-reference to add "
                  "agencies, support types and border gates).");
    case IC::UnknownOfficialReference:
        return tr("Unknown value of an official list (ethnic groups, provinces, communes, "
                  "countries): write its code or its name as in the list; an import never adds "
                  "to these lists.");
    case IC::CaseCodeExists:
        return tr("The case code already exists (use --update to update it).");
    case IC::UuidExists:
        return tr("The record already exists (use --update to update it).");
    case IC::DuplicateInFile:
        return tr("The same record appears twice in the file.");
    case IC::InconsistentPerson:
        return tr("The same case code has different personal details in another row.");
    case IC::UnknownReception:
        return tr("No reception of this case code on this date.");
    case IC::UnknownBatch:
        return tr("Unknown handover batch.");
    }
    return {};
}

namespace {

constexpr qint64 kProgressEvery = 1000;

ImportIssueCode issueFor(domain::ValidationCode code)
{
    switch (code) {
    case domain::ValidationCode::Required:
        return IC::Required;
    case domain::ValidationCode::InvalidFormat:
        return IC::InvalidFormat;
    case domain::ValidationCode::InvalidDate:
        return IC::InvalidDate;
    case domain::ValidationCode::InFuture:
        return IC::InFuture;
    case domain::ValidationCode::BeforeBirth:
        return IC::BeforeBirth;
    case domain::ValidationCode::BeforeReception:
        return IC::BeforeReception;
    case domain::ValidationCode::Negative:
        return IC::Negative;
    case domain::ValidationCode::OutOfRange:
        return IC::OutOfRange;
    case domain::ValidationCode::Inconsistent:
        return IC::Inconsistent;
    case domain::ValidationCode::TooLong:
        return IC::TooLong;
    }
    return IC::InvalidFormat;
}

/** CSV column of a validator's field (database column names). */
QString csvColumnOf(const QString &field, ExchangeTable table, bool personField)
{
    static const QHash<QString, QString> map = {
        {QStringLiteral("agency_code"), QStringLiteral("agency")},
        {QStringLiteral("country_code"), QStringLiteral("country")},
        {QStringLiteral("identification_agency_code"), QStringLiteral("identification_agency")},
        {QStringLiteral("type_code"), QStringLiteral("type")},
        {QStringLiteral("provider_agency_code"), QStringLiteral("provider_agency")},
        {QStringLiteral("border_gate_code"), QStringLiteral("border_gate")},
        {QStringLiteral("receiving_agency_code"), QStringLiteral("receiving_agency")},
    };
    if (field == QLatin1String("notes") && table == ExchangeTable::Receptions)
        return personField ? QStringLiteral("person_notes") : QStringLiteral("reception_notes");
    return map.value(field, field);
}

QString uniqueCode(const QString &name, const QSet<QString> &taken)
{
    QString base = domain::foldForSearch(name);
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    base.replace(nonWord, QStringLiteral("_"));
    while (base.startsWith(QLatin1Char('_')))
        base.remove(0, 1);
    while (base.endsWith(QLatin1Char('_')))
        base.chop(1);
    base = base.left(40);
    if (base.isEmpty())
        base = QStringLiteral("imported");
    QString code = base;
    for (int n = 2; taken.contains(code); ++n)
        code = base + QLatin1Char('_') + QString::number(n);
    return code;
}

template<typename E>
std::optional<E> matchEnum(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (auto e = domain::fromCode<E>(trimmed.toLower()))
        return e;
    if constexpr (requires(E e) { exchange::labelVi(e); }) {
        const QString folded = domain::foldForSearch(trimmed);
        for (const E e : domain::allValues<E>()) {
            if (domain::foldForSearch(exchange::labelVi(e)) == folded)
                return e;
        }
    }
    return std::nullopt;
}

/** A reference list indexed by folded code and names. */
struct RefList
{
    QString listCode; ///< "agency", "country", …
    bool addable = false;
    QHash<QString, QString> byKey;
    QSet<QString> codes;
    int padDigits = 0; ///< numeric codes whose leading zeros spreadsheets drop

    void add(const QString &code, const QStringList &names)
    {
        codes.insert(code);
        byKey.insert(domain::foldForSearch(code), code);
        for (const QString &n : names) {
            if (!n.trimmed().isEmpty())
                byKey.insert(domain::foldForSearch(n), code);
        }
    }

    std::optional<QString> match(const QString &value) const
    {
        QString key = domain::foldForSearch(value);
        if (padDigits > 0 && !key.isEmpty() && key.size() < padDigits) {
            bool digits = true;
            for (const QChar c : key)
                digits = digits && c.isDigit();
            if (digits)
                key = key.rightJustified(padDigits, QLatin1Char('0'));
        }
        const auto it = byKey.constFind(key);
        if (it == byKey.constEnd())
            return std::nullopt;
        return *it;
    }
};

struct PendingReference
{
    AddedReference reference;
    bool created = false;
};

struct ParsedReception
{
    domain::Person person;
    domain::Reception reception;
    QString batchUuid;
    QString signature; ///< person columns as written, to compare rows of one case code
};

struct ParsedSupport
{
    QString caseCode;
    QString receptionUuid;
    QDate receptionDate;
    domain::Support support;
};

class Importer
{
public:
    Importer(storage::Database &db,
             const ImportOptions &options,
             const domain::Actor &actor,
             ImportReport &report)
        : m_db(db)
        , m_options(options)
        , m_actor(actor)
        , m_report(report)
        , m_today(domain::Clock::instance().today())
    {}

    Result<void>
    run(const QString &path, const ProgressCallback &progress, const std::atomic_bool *cancel);

private:
    // --- issues
    void addIssue(qint64 row, const QString &column, const QString &value, IC code)
    {
        ++m_report.issueCount;
        if (m_report.issues.size() < m_options.maxListedIssues)
            m_report.issues.append(ImportIssue{row, column, value, code});
        m_rowFlagged.insert(column);
    }

    // --- reading
    bool preScan(const QString &path);
    bool readHeader(const QStringList &header);
    Result<void> loadReferences();

    // --- cells of the current row
    bool has(ColumnId id) const { return m_columns.contains(id); }
    QString raw(ColumnId id) const
    {
        const int i = m_columns.value(id, -1);
        return i >= 0 && i < m_fields->size() ? m_fields->at(i) : QString();
    }
    QString name(ColumnId id) const { return m_names.value(id); }
    QString text(ColumnId id) const { return raw(id).trimmed(); }
    QString required(ColumnId id);
    QDate date(ColumnId id, bool isRequired);
    std::optional<qint64> number(ColumnId id, qint64 fallback);
    bool flag(ColumnId id);
    template<typename E>
    std::optional<E> enumValue(ColumnId id, bool isRequired);
    QString reference(RefList &list, ColumnId id, bool isRequired);
    QString uuid(ColumnId id);
    void validation(const domain::FieldErrors &errors, bool personFields);

    // --- rows
    Result<std::optional<ParsedReception>> parseReception(bool checkDatabase);
    Result<std::optional<ParsedSupport>> parseSupport(bool checkDatabase);
    Result<std::optional<domain::HandoverBatch>> parseBatch(bool checkDatabase);

    Result<void> validateAll(const QString &path);
    Result<void>
    writeAll(const QString &path, const ProgressCallback &progress, const std::atomic_bool *cancel);
    Result<void> createPendingReferences();
    Result<void> writeReception(const ParsedReception &row);
    Result<void> writeSupport(const ParsedSupport &row);
    Result<void> writeBatch(const domain::HandoverBatch &row);

    storage::Database &m_db;
    const ImportOptions &m_options;
    const domain::Actor &m_actor;
    ImportReport &m_report;
    QDate m_today;

    ExchangeTable m_table = ExchangeTable::Receptions;
    QHash<ColumnId, int> m_columns;
    QHash<ColumnId, QString> m_names;
    int m_headerSize = 0;
    const QStringList *m_fields = nullptr;
    qint64 m_row = 0;
    QSet<QString> m_rowFlagged;

    RefList m_agencies{QStringLiteral("agency"), true, {}, {}, 0};
    RefList m_countries{QStringLiteral("country"), false, {}, {}, 0};
    RefList m_ethnicGroups{QStringLiteral("ethnicity"), false, {}, {}, 2};
    RefList m_provincesPre{QStringLiteral("province"), false, {}, {}, 2};
    RefList m_provincesFrom{QStringLiteral("province"), false, {}, {}, 2};
    RefList m_supportTypes{QStringLiteral("support_type"), true, {}, {}, 0};
    RefList m_borderGates{QStringLiteral("border_gate"), true, {}, {}, 0};
    QHash<QString, PendingReference> m_pending; ///< list + ":" + folded name

    // cross-row state of the validation pass
    QHash<QString, QString> m_caseSignatures;
    QSet<QString> m_seenUuids;
    // state of the writing pass
    QHash<QString, qint64> m_writtenPersons; ///< case code → person id
};

bool Importer::preScan(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        addIssue(0, {}, {}, IC::Io);
        return false;
    }
    CsvReader::Options readerOptions;
    readerOptions.maxFieldBytes = m_options.maxFieldBytes;
    readerOptions.neutralisation = CsvReader::Neutralisation::Keep;
    CsvReader reader(&file, readerOptions);
    QStringList fields;
    qint64 records = 0;
    qint64 dataRows = 0;
    QStringList header;
    while (reader.readRecord(fields)) {
        ++records;
        if (records == 1) {
            header = fields;
            continue;
        }
        bool blank = true;
        for (const QString &f : fields)
            blank = blank && f.trimmed().isEmpty();
        if (!blank && ++dataRows > m_options.maxRows) {
            addIssue(records, {}, QString::number(dataRows), IC::TooManyRows);
            return false;
        }
    }
    if (reader.hasError()) {
        const exchange::CsvError &e = reader.error();
        IC code = IC::Io;
        switch (e.code) {
        case CsvErrorCode::InvalidUtf8:
            code = IC::InvalidUtf8;
            break;
        case CsvErrorCode::UnterminatedQuote:
            code = IC::UnterminatedQuote;
            break;
        case CsvErrorCode::StrayQuote:
            code = IC::StrayQuote;
            break;
        case CsvErrorCode::FieldTooLarge:
            code = IC::FieldTooLarge;
            break;
        case CsvErrorCode::None:
        case CsvErrorCode::Io:
            break;
        }
        // Name the column as its header does ("notes", not "column 22") where there is one.
        QString column;
        if (e.column > 0)
            column = e.row > 1 && e.column <= header.size() ? header.at(e.column - 1).trimmed()
                                                            : QString::number(e.column);
        addIssue(e.row, column, {}, code);
        return false;
    }
    if (records == 0) {
        addIssue(0, {}, {}, IC::EmptyFile);
        return false;
    }
    if (dataRows == 0) {
        addIssue(1, {}, {}, IC::HeaderOnly);
        return false;
    }
    return true;
}

bool Importer::readHeader(const QStringList &header)
{
    QStringList names;
    for (QString h : header) {
        h = h.trimmed().toLower();
        if (h.startsWith(QChar(0xFEFF)))
            h.remove(0, 1);
        names.append(h);
    }
    m_headerSize = int(names.size());
    if (names.contains(QLatin1String("pseudonym"))) {
        addIssue(1, QStringLiteral("pseudonym"), {}, IC::DeIdentifiedFile);
        return false;
    }
    if (names.contains(QLatin1String("support_date")))
        m_table = ExchangeTable::Supports;
    else if (names.contains(QLatin1String("batch_date")))
        m_table = ExchangeTable::Batches;
    else if (names.contains(QLatin1String("reception_date")))
        m_table = ExchangeTable::Receptions;
    else {
        addIssue(1, {}, {}, IC::UnknownTable);
        return false;
    }
    m_report.table = m_table;

    QHash<QString, ColumnDef> known;
    for (const ColumnDef &c : exchange::allColumns(m_table)) {
        if (c.modes != exchange::ColumnModes::DeIdentifiedOnly)
            known.insert(c.name, c);
    }
    static const QRegularExpression perType(QStringLiteral("^support_[a-z0-9_]+_(times|amount)$"));
    bool ok = true;
    QSet<QString> seen;
    for (int i = 0; i < names.size(); ++i) {
        const QString &n = names[i];
        if (n.isEmpty())
            continue; // an empty header cell (spreadsheets add them): its cells must be empty
        if (seen.contains(n)) {
            addIssue(1, n, {}, IC::DuplicateColumn);
            ok = false;
            continue;
        }
        seen.insert(n);
        const auto it = known.constFind(n);
        if (it == known.constEnd()) {
            if (m_table == ExchangeTable::Receptions && perType.match(n).hasMatch())
                continue; // derived per-type totals: ignored
            addIssue(1, n, {}, IC::UnknownColumn);
            ok = false;
            continue;
        }
        if (it->role == ColumnRole::Data) {
            m_columns.insert(it->id, i);
            m_names.insert(it->id, n);
        }
    }
    QList<ColumnId> requiredColumns;
    switch (m_table) {
    case ExchangeTable::Receptions:
        requiredColumns = {ColumnId::FullName,
                           ColumnId::Sex,
                           ColumnId::ReceptionDate,
                           ColumnId::Agency,
                           ColumnId::Country,
                           ColumnId::Route,
                           ColumnId::IdentificationStatus,
                           ColumnId::CaseStatus};
        break;
    case ExchangeTable::Supports:
        requiredColumns = {ColumnId::CaseCode,
                           ColumnId::ReceptionDate,
                           ColumnId::SupportType,
                           ColumnId::SupportDate,
                           ColumnId::SupportStatus};
        break;
    case ExchangeTable::Batches:
        requiredColumns = {ColumnId::BatchDate};
        break;
    }
    for (const ColumnDef &c : exchange::allColumns(m_table)) {
        if (requiredColumns.contains(c.id) && !m_columns.contains(c.id)) {
            addIssue(1, c.name, {}, IC::MissingColumn);
            ok = false;
        }
        if (!m_names.contains(c.id))
            m_names.insert(c.id, c.name);
    }
    return ok;
}

Result<void> Importer::loadReferences()
{
    storage::ReferenceRepository refs(m_db);
    const auto agencies = refs.agencies(storage::ArchiveFilter::IncludeArchived);
    if (!agencies)
        return agencies.error();
    for (const domain::Agency &a : *agencies)
        m_agencies.add(a.code, {a.name, a.nameEn});
    const auto countries = refs.countries();
    if (!countries)
        return countries.error();
    for (const domain::Country &c : *countries)
        m_countries.add(c.code, {c.nameVi, c.nameEn});
    const auto groups = refs.ethnicGroups();
    if (!groups)
        return groups.error();
    for (const domain::EthnicGroup &g : *groups)
        m_ethnicGroups.add(g.code, QStringList{g.name} + g.otherNames.split(QLatin1Char(',')));
    for (const domain::AdminEra era : domain::allValues<domain::AdminEra>()) {
        const auto list = refs.provinces(era);
        if (!list)
            return list.error();
        RefList &target = era == domain::AdminEra::Pre2025 ? m_provincesPre : m_provincesFrom;
        for (const domain::Province &p : *list)
            target.add(p.code, {p.name, p.fullName});
    }
    const auto types = refs.supportTypes(storage::ArchiveFilter::IncludeArchived);
    if (!types)
        return types.error();
    for (const domain::SupportType &t : *types)
        m_supportTypes.add(t.code, {t.nameVi, t.nameEn});
    const auto gates = refs.borderGates(storage::ArchiveFilter::IncludeArchived);
    if (!gates)
        return gates.error();
    for (const domain::BorderGate &g : *gates)
        m_borderGates.add(g.code, {g.name, g.nameEn});
    return {};
}

QString Importer::required(ColumnId id)
{
    const QString value = text(id);
    if (value.isEmpty())
        addIssue(m_row, name(id), {}, IC::Required);
    return value;
}

QDate Importer::date(ColumnId id, bool isRequired)
{
    const QString value = text(id);
    if (value.isEmpty()) {
        if (isRequired)
            addIssue(m_row, name(id), {}, IC::Required);
        return {};
    }
    static const QRegularExpression iso(QStringLiteral("^\\d{4}-\\d{2}-\\d{2}$"));
    static const QRegularExpression dmy(QStringLiteral("^(\\d{1,2})/(\\d{1,2})/(\\d{4})$"));
    QDate parsed;
    if (iso.match(value).hasMatch()) {
        parsed = QDate::fromString(value, Qt::ISODate);
    } else if (const auto m = dmy.match(value); m.hasMatch()) {
        // Excel in a Vietnamese locale rewrites ISO dates as dd/mm/yyyy when it saves.
        parsed = QDate(m.captured(3).toInt(), m.captured(2).toInt(), m.captured(1).toInt());
    }
    if (!parsed.isValid())
        addIssue(m_row, name(id), value, IC::InvalidDate);
    return parsed;
}

std::optional<qint64> Importer::number(ColumnId id, qint64 fallback)
{
    const QString value = text(id);
    if (value.isEmpty())
        return fallback;
    static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
    static const QRegularExpression negative(QStringLiteral("^-[0-9]+$"));
    if (negative.match(value).hasMatch()) {
        addIssue(m_row, name(id), value, IC::Negative);
        return std::nullopt;
    }
    if (!digits.match(value).hasMatch()) {
        addIssue(m_row, name(id), value, IC::InvalidNumber);
        return std::nullopt;
    }
    bool ok = false;
    const qint64 n = value.toLongLong(&ok);
    if (!ok || n > std::numeric_limits<int>::max() * qint64(1000)) {
        addIssue(m_row, name(id), value, IC::OutOfRange);
        return std::nullopt;
    }
    return n;
}

bool Importer::flag(ColumnId id)
{
    const QString value = domain::foldForSearch(text(id));
    if (value.isEmpty() || value == QLatin1String("0") || value == QLatin1String("false")
        || value == QLatin1String("no") || value == QLatin1String("khong"))
        return false;
    if (value == QLatin1String("1") || value == QLatin1String("true")
        || value == QLatin1String("yes") || value == QLatin1String("co")
        || value == QLatin1String("x"))
        return true;
    addIssue(m_row, name(id), text(id), IC::InvalidCode);
    return false;
}

template<typename E>
std::optional<E> Importer::enumValue(ColumnId id, bool isRequired)
{
    const QString value = text(id);
    if (value.isEmpty()) {
        if (isRequired)
            addIssue(m_row, name(id), {}, IC::Required);
        return std::nullopt;
    }
    const auto e = matchEnum<E>(value);
    if (!e)
        addIssue(m_row, name(id), value, IC::InvalidCode);
    return e;
}

QString Importer::reference(RefList &list, ColumnId id, bool isRequired)
{
    const QString value = text(id);
    if (value.isEmpty()) {
        if (isRequired)
            addIssue(m_row, name(id), {}, IC::Required);
        return {};
    }
    if (const auto code = list.match(value))
        return *code;
    if (list.addable && m_options.missingReferences == MissingReferences::Add) {
        const QString name = domain::normaliseText(value);
        const QString key = list.listCode + QLatin1Char(':') + domain::foldForSearch(name);
        auto it = m_pending.find(key);
        if (it == m_pending.end()) {
            const QString code = uniqueCode(name, list.codes);
            list.codes.insert(code);
            it = m_pending.insert(key, PendingReference{AddedReference{list.listCode, code, name}});
            m_report.addedReferences.append(it->reference);
        }
        return it->reference.code;
    }
    // Only agencies, support types and border gates can be added: the official lists (ethnic
    // groups, provinces, communes, countries) get a hint that does not promise what
    // --add-missing-reference never does.
    addIssue(m_row,
             this->name(id),
             value,
             list.addable ? IC::UnknownReference : IC::UnknownOfficialReference);
    return {};
}

QString Importer::uuid(ColumnId id)
{
    const QString value = text(id);
    if (value.isEmpty())
        return {};
    const QUuid parsed = QUuid::fromString(value);
    if (parsed.isNull()) {
        addIssue(m_row, name(id), value, IC::InvalidFormat);
        return {};
    }
    return parsed.toString(QUuid::WithoutBraces);
}

void Importer::validation(const domain::FieldErrors &errors, bool personFields)
{
    for (const domain::FieldError &e : errors) {
        const QString column = csvColumnOf(e.field, m_table, personFields);
        if (m_rowFlagged.contains(column))
            continue; // already reported more precisely
        QString value;
        for (auto it = m_names.constBegin(); it != m_names.constEnd(); ++it) {
            if (it.value() == column) {
                value = raw(it.key());
                break;
            }
        }
        addIssue(m_row, column, value, issueFor(e.code));
    }
}

Result<std::optional<ParsedReception>> Importer::parseReception(bool checkDatabase)
{
    ParsedReception out;
    domain::Person &p = out.person;
    domain::Reception &r = out.reception;
    const qint64 issuesBefore = m_report.issueCount;

    const QString caseCode = text(ColumnId::CaseCode);
    p.caseCode = caseCode;
    p.meta.uuid = uuid(ColumnId::PersonUuid);
    // Names exactly as in the file: an export → import round trip must be lossless.
    p.fullName = raw(ColumnId::FullName);
    p.otherNames = raw(ColumnId::OtherNames);
    p.sex = enumValue<domain::Sex>(ColumnId::Sex, true).value_or(domain::Sex::Unknown);
    if (const QString birth = text(ColumnId::BirthDate); !birth.isEmpty()) {
        if (const auto d = domain::PartialDate::fromIsoString(birth))
            p.birthDate = *d;
        else
            addIssue(m_row, name(ColumnId::BirthDate), birth, IC::InvalidDate);
    }
    if (has(ColumnId::EstimatedAgeYears) && !text(ColumnId::EstimatedAgeYears).isEmpty()) {
        if (const auto n = number(ColumnId::EstimatedAgeYears, 0))
            p.estimatedAgeYears = int(*n);
    }
    p.estimatedAgeAsOf = date(ColumnId::EstimatedAgeAsOf, false);
    if (has(ColumnId::Nationality))
        p.nationality = reference(m_countries, ColumnId::Nationality, true);
    if (has(ColumnId::Ethnicity))
        p.ethnicity = reference(m_ethnicGroups, ColumnId::Ethnicity, true);
    if (has(ColumnId::DocumentType))
        p.documentType = enumValue<domain::DocumentType>(ColumnId::DocumentType, false)
                             .value_or(domain::DocumentType::None);
    p.documentNumber = text(ColumnId::DocumentNumber);
    if (has(ColumnId::ResidenceEra))
        p.residenceEra = enumValue<domain::AdminEra>(ColumnId::ResidenceEra, false)
                             .value_or(domain::AdminEra::From2025);
    p.residenceProvince =
        reference(p.residenceEra == domain::AdminEra::Pre2025 ? m_provincesPre : m_provincesFrom,
                  ColumnId::ResidenceProvince,
                  false);
    p.residenceCommune = text(ColumnId::ResidenceCommune);
    if (!p.residenceCommune.isEmpty() && p.residenceCommune.size() < 5
        && p.residenceCommune.toInt() > 0)
        p.residenceCommune = p.residenceCommune.rightJustified(5, QLatin1Char('0'));
    p.residenceCommuneText = raw(ColumnId::ResidenceCommuneText);
    p.addressLine = raw(ColumnId::AddressLine);
    p.phone = text(ColumnId::Phone);
    p.familyContact = raw(ColumnId::FamilyContact);
    p.consent.services = flag(ColumnId::ConsentServices);
    p.consent.informationSharing = flag(ColumnId::ConsentSharing);
    p.consent.statistics = flag(ColumnId::ConsentStatistics);
    p.notes = raw(ColumnId::PersonNotes);

    r.meta.uuid = uuid(ColumnId::ReceptionUuid);
    r.receptionDate = date(ColumnId::ReceptionDate, true);
    r.agencyCode = reference(m_agencies, ColumnId::Agency, true);
    out.batchUuid = uuid(ColumnId::BatchUuid);
    r.countryCode = reference(m_countries, ColumnId::Country, true);
    r.route = enumValue<domain::Route>(ColumnId::Route, true).value_or(domain::Route::Other);
    for (const QString &code :
         text(ColumnId::Exploitation).split(QRegularExpression(QStringLiteral("[,;|]")))) {
        if (code.trimmed().isEmpty())
            continue;
        if (const auto form = matchEnum<domain::ExploitationForm>(code))
            r.exploitation.append(*form);
        else
            addIssue(m_row, name(ColumnId::Exploitation), code.trimmed(), IC::InvalidCode);
    }
    r.identificationStatus =
        enumValue<domain::IdentificationStatus>(ColumnId::IdentificationStatus, true)
            .value_or(domain::IdentificationStatus::NotVerified);
    r.identificationAgencyCode = reference(m_agencies, ColumnId::IdentificationAgency, false);
    r.identificationDate = date(ColumnId::IdentificationDate, false);
    r.identificationBasis = raw(ColumnId::IdentificationBasis);
    r.caseStatus = enumValue<domain::CaseStatus>(ColumnId::CaseStatus, true)
                       .value_or(domain::CaseStatus::Open);
    r.outcome = enumValue<domain::CaseOutcome>(ColumnId::Outcome, false);
    r.closedDate = date(ColumnId::ClosedDate, false);
    r.notes = raw(ColumnId::ReceptionNotes);

    validation(domain::validatePerson(p, m_today), true);
    validation(domain::validateReception(r, p, m_today), false);

    // The person's columns, exactly as written, to check that rows of one case agree.
    static const QList<ColumnId> personIds = {ColumnId::PersonUuid,
                                              ColumnId::FullName,
                                              ColumnId::OtherNames,
                                              ColumnId::Sex,
                                              ColumnId::BirthDate,
                                              ColumnId::EstimatedAgeYears,
                                              ColumnId::EstimatedAgeAsOf,
                                              ColumnId::Nationality,
                                              ColumnId::Ethnicity,
                                              ColumnId::DocumentType,
                                              ColumnId::DocumentNumber,
                                              ColumnId::ResidenceEra,
                                              ColumnId::ResidenceProvince,
                                              ColumnId::ResidenceCommune,
                                              ColumnId::ResidenceCommuneText,
                                              ColumnId::AddressLine,
                                              ColumnId::Phone,
                                              ColumnId::FamilyContact,
                                              ColumnId::ConsentServices,
                                              ColumnId::ConsentSharing,
                                              ColumnId::ConsentStatistics,
                                              ColumnId::PersonNotes};
    for (const ColumnId id : personIds)
        out.signature += raw(id) + QChar(0x1F);

    if (checkDatabase) {
        storage::PersonRepository persons(m_db);
        storage::ReceptionRepository receptions(m_db);
        storage::ExportQueries queries(m_db);
        if (!caseCode.isEmpty()) {
            const auto seen = m_caseSignatures.constFind(caseCode);
            if (seen != m_caseSignatures.constEnd()) {
                if (*seen != out.signature)
                    addIssue(m_row, name(ColumnId::CaseCode), caseCode, IC::InconsistentPerson);
            } else {
                m_caseSignatures.insert(caseCode, out.signature);
                const auto existing = persons.getByCaseCode(caseCode);
                if (existing && m_options.existing == ExistingRecords::Refuse)
                    addIssue(m_row, name(ColumnId::CaseCode), caseCode, IC::CaseCodeExists);
                else if (!existing && existing.error().code != ErrorCode::NotFound)
                    return existing.error();
            }
        }
        if (!p.meta.uuid.isEmpty() && m_options.existing == ExistingRecords::Refuse
            && !m_rowFlagged.contains(name(ColumnId::CaseCode))
            && !m_seenUuids.contains(p.meta.uuid)) {
            const auto existing = persons.getByUuid(p.meta.uuid);
            if (existing)
                addIssue(m_row, name(ColumnId::PersonUuid), p.meta.uuid, IC::UuidExists);
            else if (existing.error().code != ErrorCode::NotFound)
                return existing.error();
        }
        if (!p.meta.uuid.isEmpty())
            m_seenUuids.insert(p.meta.uuid);
        if (!r.meta.uuid.isEmpty()) {
            if (m_seenUuids.contains(r.meta.uuid)) {
                addIssue(m_row, name(ColumnId::ReceptionUuid), r.meta.uuid, IC::DuplicateInFile);
            } else {
                m_seenUuids.insert(r.meta.uuid);
                const auto existing = receptions.getByUuid(r.meta.uuid);
                if (existing && m_options.existing == ExistingRecords::Refuse)
                    addIssue(m_row, name(ColumnId::ReceptionUuid), r.meta.uuid, IC::UuidExists);
                else if (!existing && existing.error().code != ErrorCode::NotFound)
                    return existing.error();
            }
        }
        if (!out.batchUuid.isEmpty()) {
            const auto batch = queries.batchIdByUuid(out.batchUuid);
            if (!batch)
                return batch.error();
            if (!*batch)
                addIssue(m_row, name(ColumnId::BatchUuid), out.batchUuid, IC::UnknownBatch);
        }
    }
    if (m_report.issueCount != issuesBefore)
        return std::optional<ParsedReception>();
    return std::optional<ParsedReception>(std::move(out));
}

Result<std::optional<ParsedSupport>> Importer::parseSupport(bool checkDatabase)
{
    ParsedSupport out;
    domain::Support &s = out.support;
    const qint64 issuesBefore = m_report.issueCount;
    out.caseCode = required(ColumnId::CaseCode);
    out.receptionUuid = uuid(ColumnId::ReceptionUuid);
    out.receptionDate = date(ColumnId::ReceptionDate, true);
    s.meta.uuid = uuid(ColumnId::SupportUuid);
    s.typeCode = reference(m_supportTypes, ColumnId::SupportType, true);
    s.date = date(ColumnId::SupportDate, true);
    s.providerAgencyCode = reference(m_agencies, ColumnId::ProviderAgency, false);
    if (const auto n = number(ColumnId::AmountVnd, 0))
        s.amountVnd = *n;
    if (const auto n = number(ColumnId::Quantity, 1))
        s.quantity = int(*n);
    s.status = enumValue<domain::SupportStatus>(ColumnId::SupportStatus, true)
                   .value_or(domain::SupportStatus::Provided);
    s.notes = raw(ColumnId::SupportNotes);

    // The reception: by uuid when given, else by case code and reception date.
    std::optional<domain::Reception> reception;
    if (!out.caseCode.isEmpty() && out.receptionDate.isValid()) {
        storage::ReceptionRepository receptions(m_db);
        if (!out.receptionUuid.isEmpty()) {
            const auto found = receptions.getByUuid(out.receptionUuid);
            if (found)
                reception = *found;
            else if (found.error().code != ErrorCode::NotFound)
                return found.error();
        } else {
            const auto person = storage::PersonRepository(m_db).getByCaseCode(out.caseCode);
            if (person) {
                const auto id = storage::ExportQueries(m_db).receptionIdByPersonAndDate(
                    person->meta.id, out.receptionDate);
                if (!id)
                    return id.error();
                if (*id) {
                    const auto found = receptions.get(**id);
                    if (!found)
                        return found.error();
                    reception = *found;
                }
            } else if (person.error().code != ErrorCode::NotFound) {
                return person.error();
            }
        }
        if (!reception)
            addIssue(m_row,
                     name(ColumnId::ReceptionDate),
                     text(ColumnId::ReceptionDate),
                     IC::UnknownReception);
    }
    if (reception) {
        s.receptionId = reception->meta.id;
        validation(domain::validateSupport(s, *reception, m_today), false);
    }

    if (checkDatabase && !s.meta.uuid.isEmpty()) {
        if (m_seenUuids.contains(s.meta.uuid)) {
            addIssue(m_row, name(ColumnId::SupportUuid), s.meta.uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(s.meta.uuid);
            const auto existing = storage::ExportQueries(m_db).supportIdByUuid(s.meta.uuid);
            if (!existing)
                return existing.error();
            if (*existing && m_options.existing == ExistingRecords::Refuse)
                addIssue(m_row, name(ColumnId::SupportUuid), s.meta.uuid, IC::UuidExists);
        }
    }
    if (m_report.issueCount != issuesBefore)
        return std::optional<ParsedSupport>();
    return std::optional<ParsedSupport>(std::move(out));
}

Result<std::optional<domain::HandoverBatch>> Importer::parseBatch(bool checkDatabase)
{
    domain::HandoverBatch b;
    const qint64 issuesBefore = m_report.issueCount;
    b.meta.uuid = uuid(ColumnId::BatchUuid);
    b.date = date(ColumnId::BatchDate, true);
    b.borderGateCode = reference(m_borderGates, ColumnId::BorderGate, false);
    b.foreignAgency = raw(ColumnId::ForeignAgency);
    b.receivingAgencyCode = reference(m_agencies, ColumnId::ReceivingAgency, false);
    const auto count = [&](ColumnId id) { return int(number(id, 0).value_or(0)); };
    b.personsTotal = count(ColumnId::PersonsTotal);
    b.personsMale = count(ColumnId::PersonsMale);
    b.personsFemale = count(ColumnId::PersonsFemale);
    b.personsChildren = count(ColumnId::PersonsChildren);
    b.classified = flag(ColumnId::Classified);
    b.personsVerified = count(ColumnId::PersonsVerified);
    b.casesIdentified = count(ColumnId::CasesIdentified);
    b.victimsIdentified = count(ColumnId::VictimsIdentified);
    b.notes = raw(ColumnId::BatchNotes);
    validation(domain::validateBatch(b, m_today), false);

    if (checkDatabase && !b.meta.uuid.isEmpty()) {
        if (m_seenUuids.contains(b.meta.uuid)) {
            addIssue(m_row, name(ColumnId::BatchUuid), b.meta.uuid, IC::DuplicateInFile);
        } else {
            m_seenUuids.insert(b.meta.uuid);
            const auto existing = storage::ExportQueries(m_db).batchIdByUuid(b.meta.uuid);
            if (!existing)
                return existing.error();
            if (*existing && m_options.existing == ExistingRecords::Refuse)
                addIssue(m_row, name(ColumnId::BatchUuid), b.meta.uuid, IC::UuidExists);
        }
    }
    if (m_report.issueCount != issuesBefore)
        return std::optional<domain::HandoverBatch>();
    return std::optional<domain::HandoverBatch>(std::move(b));
}

/**
 * The writing pass found a record that the validation pass did not (it refused existing
 * records): never update it silently. Both passes run in one write transaction, so this
 * only guards against a pass disagreeing with the other.
 */
Error appearedBetweenPasses()
{
    return makeError(ErrorCode::Conflict, QStringLiteral("import: record appeared between passes"));
}

/** Reads the data rows of @a path one at a time and calls @a each (row number, cells). */
template<typename Each>
Result<void> forEachRow(const QString &path, const ImportOptions &options, Each each)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io, QStringLiteral("import: %1").arg(file.errorString()));
    CsvReader::Options readerOptions;
    readerOptions.maxFieldBytes = options.maxFieldBytes;
    CsvReader reader(&file, readerOptions);
    QStringList fields;
    qint64 row = 0;
    while (reader.readRecord(fields)) {
        ++row;
        if (auto r = each(row, fields); !r)
            return r;
    }
    if (reader.hasError())
        return makeError(ErrorCode::Io, QStringLiteral("import: file changed while reading"));
    return {};
}

Result<void> Importer::validateAll(const QString &path)
{
    bool headerOk = true;
    auto result =
        forEachRow(path, m_options, [&](qint64 row, const QStringList &fields) -> Result<void> {
            m_row = row;
            if (row == 1) {
                headerOk = readHeader(fields);
                return {};
            }
            if (!headerOk)
                return makeError(ErrorCode::Cancelled); // stop reading: the header is wrong
            bool blank = true;
            for (const QString &f : fields)
                blank = blank && f.trimmed().isEmpty();
            if (blank)
                return {};
            ++m_report.rows;
            m_rowFlagged.clear();
            if (fields.size() != m_headerSize) {
                bool extraEmpty = fields.size() > m_headerSize;
                for (qsizetype i = m_headerSize; i < fields.size(); ++i)
                    extraEmpty = extraEmpty && fields[i].isEmpty();
                if (!extraEmpty) {
                    addIssue(row, {}, QString::number(fields.size()), IC::WrongCellCount);
                    return {};
                }
            }
            m_fields = &fields;
            Result<void> parsed;
            switch (m_table) {
            case ExchangeTable::Receptions:
                if (auto r = parseReception(true); !r)
                    parsed = r.error();
                break;
            case ExchangeTable::Supports:
                if (auto r = parseSupport(true); !r)
                    parsed = r.error();
                break;
            case ExchangeTable::Batches:
                if (auto r = parseBatch(true); !r)
                    parsed = r.error();
                break;
            }
            m_fields = nullptr;
            return parsed;
        });
    if (!result && result.error().code == ErrorCode::Cancelled && !headerOk)
        return {};
    return result;
}

Result<void> Importer::createPendingReferences()
{
    storage::ReferenceRepository refs(m_db);
    for (auto it = m_pending.begin(); it != m_pending.end(); ++it) {
        const AddedReference &ref = it->reference;
        if (ref.list == QLatin1String("agency")) {
            domain::Agency a;
            a.code = ref.code;
            a.name = ref.name;
            a.kind = domain::AgencyKind::Other;
            if (auto saved = refs.saveAgency(a, m_actor); !saved)
                return saved.error();
        } else if (ref.list == QLatin1String("support_type")) {
            domain::SupportType t;
            t.code = ref.code;
            t.nameVi = ref.name;
            t.sortOrder = 1000;
            if (auto saved = refs.saveSupportType(t, m_actor); !saved)
                return saved.error();
        } else if (ref.list == QLatin1String("border_gate")) {
            domain::BorderGate g;
            g.code = ref.code;
            g.name = ref.name;
            if (auto saved = refs.saveBorderGate(g, m_actor); !saved)
                return saved.error();
        }
        it->created = true;
    }
    return {};
}

Result<void> Importer::writeReception(const ParsedReception &row)
{
    storage::PersonRepository persons(m_db, storage::AuditPolicy::Summary);
    storage::ReceptionRepository receptions(m_db, storage::AuditPolicy::Summary);
    const domain::Person &p = row.person;
    qint64 personId = 0;
    if (!p.caseCode.isEmpty() && m_writtenPersons.contains(p.caseCode)) {
        personId = m_writtenPersons.value(p.caseCode);
    } else {
        std::optional<domain::Person> existing;
        if (!p.caseCode.isEmpty()) {
            auto found = persons.getByCaseCode(p.caseCode);
            if (found)
                existing = *found;
            else if (found.error().code != ErrorCode::NotFound)
                return found.error();
        }
        if (existing && m_options.existing == ExistingRecords::Refuse)
            return appearedBetweenPasses();
        if (existing) {
            domain::Person updated = p;
            updated.meta = existing->meta;
            updated.caseCode = existing->caseCode;
            auto saved = persons.update(updated, m_actor);
            if (!saved)
                return saved.error();
            personId = saved->meta.id;
            ++m_report.personsUpdated;
        } else {
            auto saved = persons.insert(p, m_actor, row.reception.receptionDate.year());
            if (!saved)
                return saved.error();
            personId = saved->meta.id;
            ++m_report.personsCreated;
        }
        if (!p.caseCode.isEmpty())
            m_writtenPersons.insert(p.caseCode, personId);
    }

    domain::Reception r = row.reception;
    r.personId = personId;
    if (!row.batchUuid.isEmpty()) {
        const auto batch = storage::ExportQueries(m_db).batchIdByUuid(row.batchUuid);
        if (!batch)
            return batch.error();
        if (!*batch)
            return makeError(ErrorCode::InvalidInput, QStringLiteral("import: batch vanished"));
        r.batchId = **batch;
    }
    std::optional<domain::Reception> existing;
    if (!r.meta.uuid.isEmpty()) {
        auto found = receptions.getByUuid(r.meta.uuid);
        if (found)
            existing = *found;
        else if (found.error().code != ErrorCode::NotFound)
            return found.error();
    } else if (m_options.existing == ExistingRecords::Update) {
        const auto id =
            storage::ExportQueries(m_db).receptionIdByPersonAndDate(personId, r.receptionDate);
        if (!id)
            return id.error();
        if (*id) {
            auto found = receptions.get(**id);
            if (!found)
                return found.error();
            existing = *found;
        }
    }
    if (existing && m_options.existing == ExistingRecords::Refuse)
        return appearedBetweenPasses();
    if (existing) {
        r.meta = existing->meta;
        auto saved = receptions.update(r, m_actor);
        if (!saved)
            return saved.error();
        ++m_report.updated;
    } else {
        auto saved = receptions.insert(r, m_actor);
        if (!saved)
            return saved.error();
        ++m_report.created;
    }
    return {};
}

Result<void> Importer::writeSupport(const ParsedSupport &row)
{
    storage::SupportRepository supports(m_db, storage::AuditPolicy::Summary);
    domain::Support s = row.support;
    const auto existingId = s.meta.uuid.isEmpty()
                                ? Result<std::optional<qint64>>(std::optional<qint64>())
                                : storage::ExportQueries(m_db).supportIdByUuid(s.meta.uuid);
    if (!existingId)
        return existingId.error();
    if (*existingId && m_options.existing == ExistingRecords::Refuse)
        return appearedBetweenPasses();
    if (*existingId) {
        const auto existing = supports.get(**existingId);
        if (!existing)
            return existing.error();
        s.meta = existing->meta;
        auto saved = supports.update(s, m_actor);
        if (!saved)
            return saved.error();
        ++m_report.updated;
    } else {
        auto saved = supports.insert(s, m_actor);
        if (!saved)
            return saved.error();
        ++m_report.created;
    }
    return {};
}

Result<void> Importer::writeBatch(const domain::HandoverBatch &row)
{
    storage::HandoverBatchRepository batches(m_db, storage::AuditPolicy::Summary);
    domain::HandoverBatch b = row;
    const auto existingId = b.meta.uuid.isEmpty()
                                ? Result<std::optional<qint64>>(std::optional<qint64>())
                                : storage::ExportQueries(m_db).batchIdByUuid(b.meta.uuid);
    if (!existingId)
        return existingId.error();
    if (*existingId && m_options.existing == ExistingRecords::Refuse)
        return appearedBetweenPasses();
    if (*existingId) {
        const auto existing = batches.get(**existingId);
        if (!existing)
            return existing.error();
        b.meta = existing->meta;
        auto saved = batches.update(b, m_actor);
        if (!saved)
            return saved.error();
        ++m_report.updated;
    } else {
        auto saved = batches.insert(b, m_actor);
        if (!saved)
            return saved.error();
        ++m_report.created;
    }
    return {};
}

Result<void> Importer::writeAll(const QString &path,
                                const ProgressCallback &progress,
                                const std::atomic_bool *cancel)
{
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto created = createPendingReferences(); !created)
        return created;
    qint64 done = 0;
    const qint64 total = m_report.rows;
    auto written =
        forEachRow(path, m_options, [&](qint64 row, const QStringList &fields) -> Result<void> {
            if (row == 1)
                return {};
            bool blank = true;
            for (const QString &f : fields)
                blank = blank && f.trimmed().isEmpty();
            if (blank)
                return {};
            m_row = row;
            m_fields = &fields;
            m_rowFlagged.clear();
            const qint64 issuesBefore = m_report.issueCount;
            Result<void> result;
            switch (m_table) {
            case ExchangeTable::Receptions: {
                auto parsed = parseReception(false);
                if (!parsed)
                    result = parsed.error();
                else if (*parsed)
                    result = writeReception(**parsed);
                break;
            }
            case ExchangeTable::Supports: {
                auto parsed = parseSupport(false);
                if (!parsed)
                    result = parsed.error();
                else if (*parsed)
                    result = writeSupport(**parsed);
                break;
            }
            case ExchangeTable::Batches: {
                auto parsed = parseBatch(false);
                if (!parsed)
                    result = parsed.error();
                else if (*parsed)
                    result = writeBatch(**parsed);
                break;
            }
            }
            m_fields = nullptr;
            if (!result)
                return result;
            if (m_report.issueCount != issuesBefore)
                return makeError(ErrorCode::InvalidInput,
                                 QStringLiteral("import: row %1 changed between passes").arg(row));
            if (++done % kProgressEvery == 0) {
                if (cancel && cancel->load())
                    return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled"));
                if (progress)
                    progress(done, total);
            }
            return {};
        });
    if (!written)
        return written;
    if (cancel && cancel->load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("import cancelled"));

    QJsonArray added;
    for (const AddedReference &ref : m_report.addedReferences)
        added.append(
            QJsonObject{{QStringLiteral("list"), ref.list}, {QStringLiteral("code"), ref.code}});
    const QJsonObject details{
        {QStringLiteral("file"), QFileInfo(path).fileName()},
        {QStringLiteral("table"), exchange::toCode(m_table)},
        {QStringLiteral("rows"), m_report.rows},
        {QStringLiteral("created"), m_report.created},
        {QStringLiteral("updated"), m_report.updated},
        {QStringLiteral("persons_created"), m_report.personsCreated},
        {QStringLiteral("persons_updated"), m_report.personsUpdated},
        {QStringLiteral("added_references"), added},
    };
    if (auto audited =
            storage::AuditLog(m_db).append(m_actor, QStringLiteral("import"), {}, 0, details);
        !audited)
        return audited.error();
    if (auto committed = transaction.commit(); !committed)
        return committed;
    if (progress)
        progress(done, total);
    return {};
}

Result<void>
Importer::run(const QString &path, const ProgressCallback &progress, const std::atomic_bool *cancel)
{
    if (!preScan(path))
        return {};
    // A real import validates and writes in one BEGIN IMMEDIATE transaction: the checks
    // against the database (case codes, uuids, reference codes, batches) stay true until the
    // commit, so two imports of one file at once cannot both pass them (docs/csv-format.md,
    // docs/architecture.md "Writes"). A refused file rolls back and writes nothing; a dry run stays read-only.
    std::optional<storage::Transaction> transaction;
    if (m_options.run == ImportRun::Write) {
        // Damage inside the file shows only where a page is read: read them all before
        // writing, so that records are never added to a damaged file (DatabaseHealth.h).
        if (auto healthy = storage::health::quickCheck(m_db); !healthy)
            return healthy;
        transaction.emplace(m_db);
        if (!transaction->isActive())
            return transaction->error();
    }
    if (auto loaded = loadReferences(); !loaded)
        return loaded;
    if (auto validated = validateAll(path); !validated)
        return validated;
    if (m_report.issueCount > 0 || m_options.run == ImportRun::DryRun)
        return {};
    // The validation pass registered the references to add; the writing pass sees the same
    // rows and must not register them again.
    const qint64 rows = m_report.rows;
    m_caseSignatures.clear();
    m_seenUuids.clear();
    auto result = writeAll(path, progress, cancel);
    if (result)
        result = transaction->commit();
    m_report.rows = rows;
    m_report.written = bool(result);
    if (!result) {
        m_report.created = m_report.updated = 0;
        m_report.personsCreated = m_report.personsUpdated = 0;
    }
    return result;
}

} // namespace

ImportService::ImportService(storage::Database &db)
    : m_db(db)
{}

Result<ImportReport> ImportService::importFile(const QString &filePath,
                                               const ImportOptions &options,
                                               const domain::Actor &actor,
                                               const ProgressCallback &progress,
                                               const std::atomic_bool *cancel)
{
    if (auto r = require(m_db, actor, Permission::ImportRecords); !r)
        return r.error();
    ImportReport report;
    Importer importer(m_db, options, actor, report);
    if (auto done = importer.run(filePath, progress, cancel); !done)
        return done.error();
    return report;
}

} // namespace sr::services
