#include "ImportRows.h"

#include "domain/Enums.h"
#include "domain/RecordTypes.h"
#include "domain/TextFold.h"

#include <QRegularExpression>
#include <QUuid>

#include <limits>

namespace sr::services {

using exchange::ColumnDef;
using exchange::ColumnId;
using exchange::ColumnRole;
using exchange::ExchangeTable;
using IC = ImportIssueCode;

namespace {

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
    case domain::ValidationCode::NotAChoice:
        return IC::InvalidFormat;
    case domain::ValidationCode::NeedsApproval:
        return IC::Inconsistent;
    }
    return IC::InvalidFormat;
}

/**
 * The CSV column of a validator's field (the database column) on the record it names: the
 * column's exchange name in its descriptor; a field the file has no column for keeps its name.
 */
QString csvColumnOf(const domain::FieldError &error, ExchangeTable table)
{
    const domain::RecordTypeInfo *own = nullptr;
    switch (error.record) {
    case domain::RecordKind::Person:
        own = &domain::personRecord();
        break;
    case domain::RecordKind::Reception:
        own = &domain::receptionRecord();
        break;
    case domain::RecordKind::Support:
        own = &domain::supportRecord();
        break;
    case domain::RecordKind::FollowUp:
        own = &domain::followUpRecord();
        break;
    case domain::RecordKind::Record:
        // The one record of a row that is not placed in a case: the table's own record.
        switch (table) {
        case ExchangeTable::Receptions:
            own = &domain::receptionRecord();
            break;
        case ExchangeTable::Supports:
            own = &domain::supportRecord();
            break;
        case ExchangeTable::FollowUps:
            own = &domain::followUpRecord();
            break;
        case ExchangeTable::Calls:
            own = &domain::hotlineCallRecord();
            break;
        case ExchangeTable::Clubs:
            own = &domain::preventionClubRecord();
            break;
        case ExchangeTable::Activities:
            own = &domain::preventionActivityRecord();
            break;
        case ExchangeTable::Stays:
            own = &domain::shelterStayRecord();
            break;
        case ExchangeTable::Batches:
        case ExchangeTable::Attachments:
            own = &domain::handoverBatchRecord();
            break;
        }
        break;
    }
    QString other;
    for (const ColumnDef &c : exchange::allColumns(table)) {
        if (c.role != ColumnRole::Data || !c.record || c.column()->name != error.field)
            continue;
        if (c.record == own)
            return c.name;
        if (other.isEmpty())
            other = c.name;
    }
    return other.isEmpty() ? error.field : other;
}

/** The cells of a row read as values; each bad cell becomes an issue. */
class Cells
{
public:
    Cells(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
        : m_row(row)
        , m_refs(refs)
        , m_issues(issues)
    {}

    bool has(ColumnId id) const { return m_row.columns().has(id); }
    QString raw(ColumnId id) const { return m_row.raw(id); }
    QString text(ColumnId id) const { return m_row.text(id); }
    QString name(ColumnId id) const { return m_row.columns().name(id); }
    void issue(ColumnId id, const QString &value, IC code) { m_issues.add(name(id), value, code); }
    bool flagged(ColumnId id) const { return m_issues.flagged.contains(name(id)); }

    QString required(ColumnId id)
    {
        const QString value = text(id);
        if (value.isEmpty())
            issue(id, {}, IC::Required);
        return value;
    }

    QDate date(ColumnId id, bool isRequired)
    {
        const QString value = text(id);
        if (value.isEmpty()) {
            if (isRequired)
                issue(id, {}, IC::Required);
            return {};
        }
        return date(value, name(id));
    }

    QDate date(const QString &value, const QString &column)
    {
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
            m_issues.add(column, value, IC::InvalidDate);
        return parsed;
    }

    std::optional<qint64> number(ColumnId id, qint64 fallback)
    {
        const QString value = text(id);
        if (value.isEmpty())
            return fallback;
        return number(value, name(id));
    }

    std::optional<qint64> number(const QString &value, const QString &column)
    {
        static const QRegularExpression digits(QStringLiteral("^[0-9]+$"));
        static const QRegularExpression negative(QStringLiteral("^-[0-9]+$"));
        if (negative.match(value).hasMatch()) {
            m_issues.add(column, value, IC::Negative);
            return std::nullopt;
        }
        if (!digits.match(value).hasMatch()) {
            m_issues.add(column, value, IC::InvalidNumber);
            return std::nullopt;
        }
        bool ok = false;
        const qint64 n = value.toLongLong(&ok);
        if (!ok || n > std::numeric_limits<int>::max() * qint64(1000)) {
            m_issues.add(column, value, IC::OutOfRange);
            return std::nullopt;
        }
        return n;
    }

    bool flag(ColumnId id) { return flag(text(id), name(id)); }

    bool flag(const QString &cell, const QString &column)
    {
        const QString value = domain::foldForSearch(cell);
        if (value.isEmpty() || value == QLatin1String("0") || value == QLatin1String("false")
            || value == QLatin1String("no") || value == QLatin1String("khong"))
            return false;
        if (value == QLatin1String("1") || value == QLatin1String("true")
            || value == QLatin1String("yes") || value == QLatin1String("co")
            || value == QLatin1String("x"))
            return true;
        m_issues.add(column, cell, IC::InvalidCode);
        return false;
    }

    /**
     * The descriptor columns of @a type that no parser reads by name (ColumnId::Field), read
     * by their kind; an empty cell leaves the member's default.
     */
    template<typename R>
    void readFields(const domain::RecordType<R> &type, R &record)
    {
        for (const ImportField &f : m_row.columns().fields) {
            if (f.column.record != &type)
                continue;
            if (const std::optional<QVariant> stored = storedValue(f.column, m_row.rawAt(f.index)))
                type.setStored(record, f.column.field, *stored);
        }
    }

    template<typename E>
    std::optional<E> enumValue(ColumnId id, bool isRequired)
    {
        const QString value = text(id);
        if (value.isEmpty()) {
            if (isRequired)
                issue(id, {}, IC::Required);
            return std::nullopt;
        }
        const auto e = matchEnum<E>(value);
        if (!e)
            issue(id, value, IC::InvalidCode);
        return e;
    }

    QString reference(ImportRefList &list, ColumnId id, bool isRequired)
    {
        const QString value = text(id);
        if (value.isEmpty()) {
            if (isRequired)
                issue(id, {}, IC::Required);
            return {};
        }
        if (const auto code = list.match(value))
            return *code;
        if (list.addable && m_refs.missing == MissingReferences::Add) {
            const QString normalised = domain::normaliseText(value);
            const QString key =
                list.listCode + QLatin1Char(':') + domain::foldForSearch(normalised);
            auto it = m_refs.addedByKey.constFind(key);
            if (it == m_refs.addedByKey.constEnd()) {
                const QString code = uniqueCode(normalised, list.codes);
                list.codes.insert(code);
                m_refs.added.append(AddedReference{list.listCode, code, normalised});
                it = m_refs.addedByKey.insert(key, m_refs.added.size() - 1);
            }
            return m_refs.added.at(*it).code;
        }
        // Only agencies, support types and border gates can be added: the official lists
        // (ethnic groups, provinces, communes, countries) get a hint that does not promise
        // what --add-missing-reference never does.
        issue(id, value, list.addable ? IC::UnknownReference : IC::UnknownOfficialReference);
        return {};
    }

    QString uuid(ColumnId id)
    {
        const QString value = text(id);
        if (value.isEmpty())
            return {};
        const QUuid parsed = QUuid::fromString(value);
        if (parsed.isNull()) {
            issue(id, value, IC::InvalidFormat);
            return {};
        }
        return parsed.toString(QUuid::WithoutBraces);
    }

    ImportReferences &refs() { return m_refs; }

private:
    std::optional<QVariant> storedValue(const ColumnDef &def, const QString &raw)
    {
        using domain::ColumnKind;
        const domain::ColumnInfo &c = *def.column();
        const QString value = raw.trimmed();
        if (value.isEmpty())
            return std::nullopt;
        switch (c.kind) {
        case ColumnKind::Text:
        case ColumnKind::OptionalText:
            return QVariant(raw); // as written, like names and notes
        case ColumnKind::Date:
            if (const QDate d = date(value, def.name); d.isValid())
                return QVariant(d.toString(Qt::ISODate));
            return std::nullopt;
        case ColumnKind::PartialDate:
            if (domain::PartialDate::fromIsoString(value))
                return QVariant(value);
            m_issues.add(def.name, value, IC::InvalidDate);
            return std::nullopt;
        case ColumnKind::Code:
        case ColumnKind::OptionalCode:
        case ColumnKind::CodeList: {
            static const QRegularExpression separators(QStringLiteral("[,;|]"));
            const QStringList known = c.codes ? c.codes() : QStringList();
            const QStringList items = c.kind == ColumnKind::CodeList
                                          ? value.split(separators, Qt::SkipEmptyParts)
                                          : QStringList{value};
            QStringList codes;
            for (const QString &item : items) {
                const QString code = item.trimmed().toLower();
                if (known.contains(code))
                    codes.append(code);
                else if (!code.isEmpty())
                    m_issues.add(def.name, item.trimmed(), IC::InvalidCode);
            }
            if (codes.isEmpty())
                return std::nullopt;
            return QVariant(codes.join(QLatin1Char(',')));
        }
        case ColumnKind::Int:
        case ColumnKind::OptionalInt:
        case ColumnKind::Int64:
        case ColumnKind::OptionalInt64: {
            const std::optional<qint64> n = number(value, def.name);
            if (!n)
                return std::nullopt;
            if (c.kind == ColumnKind::Int || c.kind == ColumnKind::OptionalInt) {
                if (*n > std::numeric_limits<int>::max()) {
                    m_issues.add(def.name, value, IC::OutOfRange);
                    return std::nullopt;
                }
                return QVariant(int(*n));
            }
            return QVariant(*n);
        }
        case ColumnKind::Bool:
            return QVariant(flag(value, def.name) ? 1 : 0);
        }
        return std::nullopt;
    }

    const ImportRow &m_row;
    ImportReferences &m_refs;
    RowIssues &m_issues;
};

} // namespace

void ImportRefList::add(const QString &code, const QStringList &names)
{
    codes.insert(code);
    byKey.insert(domain::foldForSearch(code), code);
    for (const QString &n : names) {
        if (!n.trimmed().isEmpty())
            byKey.insert(domain::foldForSearch(n), code);
    }
}

std::optional<QString> ImportRefList::match(const QString &value) const
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

void ImportReferences::addAgencies(const QList<domain::Agency> &list)
{
    for (const domain::Agency &a : list)
        agencies.add(a.code, {a.name, a.nameEn});
}

void ImportReferences::addCountries(const QList<domain::Country> &list)
{
    for (const domain::Country &c : list)
        countries.add(c.code, {c.nameVi, c.nameEn});
}

void ImportReferences::addEthnicGroups(const QList<domain::EthnicGroup> &list)
{
    for (const domain::EthnicGroup &g : list)
        ethnicGroups.add(g.code, QStringList{g.name} + g.otherNames.split(QLatin1Char(',')));
}

void ImportReferences::addProvinces(domain::AdminEra era, const QList<domain::Province> &list)
{
    ImportRefList &target = era == domain::AdminEra::Pre2025 ? provincesPre2025 : provincesFrom2025;
    for (const domain::Province &p : list)
        target.add(p.code, {p.name, p.fullName});
}

void ImportReferences::addSupportTypes(const QList<domain::SupportType> &list)
{
    for (const domain::SupportType &t : list)
        supportTypes.add(t.code, {t.nameVi, t.nameEn});
}

void ImportReferences::addBorderGates(const QList<domain::BorderGate> &list)
{
    for (const domain::BorderGate &g : list)
        borderGates.add(g.code, {g.name, g.nameEn});
}

std::optional<ImportColumns>
readImportHeader(const QStringList &header, RowIssues &issues, std::optional<ExchangeTable> *table)
{
    ImportColumns out;
    QStringList names;
    for (QString h : header) {
        h = h.trimmed().toLower();
        if (h.startsWith(QChar(0xFEFF)))
            h.remove(0, 1);
        names.append(h);
    }
    out.size = int(names.size());
    using exchange::columnName;
    // The attachments list of a full export names the files without holding them: refused
    // whole, at its header, rather than misread as another table (it has a case code too).
    if (names.contains(columnName(ExchangeTable::Attachments, ColumnId::AttachmentSha256))
        || names.contains(columnName(ExchangeTable::Attachments, ColumnId::AttachmentUuid))) {
        issues.add({}, {}, IC::AttachmentsList);
        return std::nullopt;
    }
    const QString pseudonym = columnName(ExchangeTable::Receptions, ColumnId::Pseudonym);
    if (names.contains(pseudonym)) {
        issues.add(pseudonym, {}, IC::DeIdentifiedFile);
        return std::nullopt;
    }
    // A table is told by the date of its own record (supports, follow-ups and batches before
    // receptions: a supports or follow-ups file has the reception's date too). The prevention
    // tables by a column of their own: activities count participants, clubs have a founding
    // date.
    if (names.contains(QStringLiteral("participants_total")))
        out.table = ExchangeTable::Activities;
    else if (names.contains(QStringLiteral("founded_date")))
        out.table = ExchangeTable::Clubs;
    else if (names.contains(columnName(ExchangeTable::Supports, ColumnId::SupportDate)))
        out.table = ExchangeTable::Supports;
    else if (names.contains(columnName(ExchangeTable::FollowUps, ColumnId::FollowUpDate)))
        out.table = ExchangeTable::FollowUps;
    else if (names.contains(columnName(ExchangeTable::Stays, ColumnId::StayAdmitted)))
        out.table = ExchangeTable::Stays;
    else if (names.contains(columnName(ExchangeTable::Batches, ColumnId::BatchDate)))
        out.table = ExchangeTable::Batches;
    else if (names.contains(QStringLiteral("call_date")))
        out.table = ExchangeTable::Calls;
    else if (names.contains(columnName(ExchangeTable::Receptions, ColumnId::ReceptionDate)))
        out.table = ExchangeTable::Receptions;
    else {
        issues.add({}, {}, IC::UnknownTable);
        return std::nullopt;
    }
    if (table)
        *table = out.table;

    QHash<QString, ColumnDef> known;
    for (const ColumnDef &c : exchange::allColumns(out.table)) {
        if (c.modes != exchange::ColumnModes::DeIdentifiedOnly)
            known.insert(c.name, c);
    }
    bool ok = true;
    QSet<QString> seen;
    for (int i = 0; i < names.size(); ++i) {
        const QString &n = names[i];
        if (n.isEmpty())
            continue; // an empty header cell (spreadsheets add them): its cells must be empty
        if (seen.contains(n)) {
            issues.add(n, {}, IC::DuplicateColumn);
            ok = false;
            continue;
        }
        seen.insert(n);
        const auto it = known.constFind(n);
        if (it == known.constEnd()) {
            if (out.table == ExchangeTable::Receptions && exchange::isSupportTotalColumn(n))
                continue; // derived per-type totals: ignored
            issues.add(n, {}, IC::UnknownColumn);
            ok = false;
            continue;
        }
        if (it->role == ColumnRole::Data && it->id == ColumnId::Field) {
            out.fields.append(ImportField{*it, i});
        } else if (it->role == ColumnRole::Data) {
            out.index.insert(it->id, i);
            out.names.insert(it->id, n);
        }
    }
    QList<ColumnId> requiredColumns;
    switch (out.table) {
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
    case ExchangeTable::FollowUps:
        requiredColumns = {ColumnId::CaseCode, ColumnId::ReceptionDate, ColumnId::FollowUpDate};
        break;
    case ExchangeTable::Stays:
        requiredColumns = {ColumnId::CaseCode,
                           ColumnId::ReceptionDate,
                           ColumnId::StayRoom,
                           ColumnId::StayAdmitted};
        break;
    case ExchangeTable::Attachments:
        break; // refused above
    case ExchangeTable::Calls:
        // Descriptor columns (ColumnId::Field): required by name.
        for (const char *name : {"call_date", "caller_type", "reason"}) {
            if (!names.contains(QLatin1String(name))) {
                issues.add(QString::fromLatin1(name), {}, IC::MissingColumn);
                ok = false;
            }
        }
        break;
    case ExchangeTable::Clubs:
    case ExchangeTable::Activities:
        break; // their required fields are checked by name below
    }
    for (const ColumnDef &c : exchange::allColumns(out.table)) {
        if (requiredColumns.contains(c.id) && !out.index.contains(c.id)) {
            issues.add(c.name, {}, IC::MissingColumn);
            ok = false;
        }
        if (c.id != ColumnId::Field && !out.names.contains(c.id))
            out.names.insert(c.id, c.name);
    }
    // The prevention tables' columns are descriptor fields (ColumnId::Field): required by name.
    QStringList requiredFields;
    if (out.table == ExchangeTable::Clubs)
        requiredFields = {QStringLiteral("name"), QStringLiteral("era")};
    else if (out.table == ExchangeTable::Activities)
        requiredFields = {QStringLiteral("kind"),
                          QStringLiteral("start_date"),
                          QStringLiteral("era"),
                          QStringLiteral("quantity")};
    for (const QString &name : std::as_const(requiredFields)) {
        if (!names.contains(name)) {
            issues.add(name, {}, IC::MissingColumn);
            ok = false;
        }
    }
    if (!ok)
        return std::nullopt;
    return out;
}

ReceptionRow parseReceptionRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
{
    Cells cells(row, refs, issues);
    ReceptionRow out;
    domain::Person &p = out.person;
    domain::Reception &r = out.reception;

    p.caseCode = cells.text(ColumnId::CaseCode);
    p.meta.uuid = cells.uuid(ColumnId::PersonUuid);
    // Names exactly as in the file: an export → import round trip must be lossless.
    p.fullName = cells.raw(ColumnId::FullName);
    p.otherNames = cells.raw(ColumnId::OtherNames);
    p.sex = cells.enumValue<domain::Sex>(ColumnId::Sex, true).value_or(domain::Sex::Unknown);
    if (const QString birth = cells.text(ColumnId::BirthDate); !birth.isEmpty()) {
        if (const auto d = domain::PartialDate::fromIsoString(birth))
            p.birthDate = *d;
        else
            cells.issue(ColumnId::BirthDate, birth, IC::InvalidDate);
    }
    if (cells.has(ColumnId::EstimatedAgeYears)
        && !cells.text(ColumnId::EstimatedAgeYears).isEmpty()) {
        if (const auto n = cells.number(ColumnId::EstimatedAgeYears, 0))
            p.estimatedAgeYears = int(*n);
    }
    p.estimatedAgeAsOf = cells.date(ColumnId::EstimatedAgeAsOf, false);
    if (cells.has(ColumnId::Nationality))
        p.nationality = cells.reference(refs.countries, ColumnId::Nationality, true);
    if (cells.has(ColumnId::Ethnicity))
        p.ethnicity = cells.reference(refs.ethnicGroups, ColumnId::Ethnicity, true);
    if (cells.has(ColumnId::DocumentType))
        p.documentType = cells.enumValue<domain::DocumentType>(ColumnId::DocumentType, false)
                             .value_or(domain::DocumentType::None);
    p.documentNumber = cells.text(ColumnId::DocumentNumber);
    if (cells.has(ColumnId::ResidenceEra))
        p.residenceEra = cells.enumValue<domain::AdminEra>(ColumnId::ResidenceEra, false)
                             .value_or(domain::AdminEra::From2025);
    p.residenceProvince =
        cells.reference(p.residenceEra == domain::AdminEra::Pre2025 ? refs.provincesPre2025
                                                                    : refs.provincesFrom2025,
                        ColumnId::ResidenceProvince,
                        false);
    p.residenceCommune = cells.text(ColumnId::ResidenceCommune);
    if (!p.residenceCommune.isEmpty() && p.residenceCommune.size() < 5
        && p.residenceCommune.toInt() > 0)
        p.residenceCommune = p.residenceCommune.rightJustified(5, QLatin1Char('0'));
    p.residenceCommuneText = cells.raw(ColumnId::ResidenceCommuneText);
    p.addressLine = cells.raw(ColumnId::AddressLine);
    p.phone = cells.text(ColumnId::Phone);
    p.familyContact = cells.raw(ColumnId::FamilyContact);
    p.consent.services = cells.flag(ColumnId::ConsentServices);
    p.consent.informationSharing = cells.flag(ColumnId::ConsentSharing);
    p.consent.statistics = cells.flag(ColumnId::ConsentStatistics);
    p.notes = cells.raw(ColumnId::PersonNotes);

    r.meta.uuid = cells.uuid(ColumnId::ReceptionUuid);
    r.receptionDate = cells.date(ColumnId::ReceptionDate, true);
    r.agencyCode = cells.reference(refs.agencies, ColumnId::Agency, true);
    out.batchUuid = cells.uuid(ColumnId::BatchUuid);
    r.countryCode = cells.reference(refs.countries, ColumnId::Country, true);
    r.route = cells.enumValue<domain::Route>(ColumnId::Route, true).value_or(domain::Route::Other);
    static const QRegularExpression separators(QStringLiteral("[,;|]"));
    for (const QString &code : cells.text(ColumnId::Exploitation).split(separators)) {
        if (code.trimmed().isEmpty())
            continue;
        if (const auto form = matchEnum<domain::ExploitationForm>(code))
            r.exploitation.append(*form);
        else
            cells.issue(ColumnId::Exploitation, code.trimmed(), IC::InvalidCode);
    }
    r.identificationStatus =
        cells.enumValue<domain::IdentificationStatus>(ColumnId::IdentificationStatus, true)
            .value_or(domain::IdentificationStatus::NotVerified);
    r.identificationAgencyCode =
        cells.reference(refs.agencies, ColumnId::IdentificationAgency, false);
    r.identificationDate = cells.date(ColumnId::IdentificationDate, false);
    r.identificationBasis = cells.raw(ColumnId::IdentificationBasis);
    r.caseStatus = cells.enumValue<domain::CaseStatus>(ColumnId::CaseStatus, true)
                       .value_or(domain::CaseStatus::Open);
    r.outcome = cells.enumValue<domain::CaseOutcome>(ColumnId::Outcome, false);
    r.closedDate = cells.date(ColumnId::ClosedDate, false);
    r.notes = cells.raw(ColumnId::ReceptionNotes);
    cells.readFields(domain::personRecord(), p);
    cells.readFields(domain::receptionRecord(), r);

    // The person's columns, exactly as written, to check that rows of one case agree: its uuid
    // and every column of the person's descriptor but the case code.
    static const QList<ColumnId> personIds = [] {
        QList<ColumnId> ids{ColumnId::PersonUuid};
        for (const ColumnDef &c : exchange::allColumns(ExchangeTable::Receptions)) {
            if (c.record == &domain::personRecord() && c.role == ColumnRole::Data
                && c.id != ColumnId::CaseCode && c.id != ColumnId::Field)
                ids.append(c.id);
        }
        return ids;
    }();
    for (const ColumnId id : personIds)
        out.signature += cells.raw(id) + QChar(0x1F);
    for (const ImportField &f : row.columns().fields) {
        if (f.column.record == &domain::personRecord())
            out.signature += row.rawAt(f.index) + QChar(0x1F);
    }
    return out;
}

SupportRow parseSupportRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
{
    Cells cells(row, refs, issues);
    SupportRow out;
    domain::Support &s = out.support;
    out.caseCode = cells.required(ColumnId::CaseCode);
    out.receptionUuid = cells.uuid(ColumnId::ReceptionUuid);
    out.receptionDate = cells.date(ColumnId::ReceptionDate, true);
    s.meta.uuid = cells.uuid(ColumnId::SupportUuid);
    s.typeCode = cells.reference(refs.supportTypes, ColumnId::SupportType, true);
    s.date = cells.date(ColumnId::SupportDate, true);
    s.providerAgencyCode = cells.reference(refs.agencies, ColumnId::ProviderAgency, false);
    if (const auto n = cells.number(ColumnId::AmountVnd, 0))
        s.amountVnd = *n;
    if (const auto n = cells.number(ColumnId::Quantity, 1))
        s.quantity = int(*n);
    s.status = cells.enumValue<domain::SupportStatus>(ColumnId::SupportStatus, true)
                   .value_or(domain::SupportStatus::Provided);
    s.notes = cells.raw(ColumnId::SupportNotes);
    cells.readFields(domain::supportRecord(), s);
    return out;
}

FollowUpRow parseFollowUpRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
{
    Cells cells(row, refs, issues);
    FollowUpRow out;
    domain::FollowUp &f = out.followUp;
    out.caseCode = cells.required(ColumnId::CaseCode);
    out.receptionUuid = cells.uuid(ColumnId::ReceptionUuid);
    out.receptionDate = cells.date(ColumnId::ReceptionDate, true);
    f.meta.uuid = cells.uuid(ColumnId::FollowUpUuid);
    f.date = cells.date(ColumnId::FollowUpDate, true);
    // The kind, the four areas and the notes: read by their descriptor's kinds (an empty cell
    // keeps the default, a home visit with every area unknown).
    cells.readFields(domain::followUpRecord(), f);
    return out;
}

StayRow parseStayRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
{
    Cells cells(row, refs, issues);
    StayRow out;
    domain::ShelterStay &s = out.stay;
    out.caseCode = cells.required(ColumnId::CaseCode);
    out.receptionUuid = cells.uuid(ColumnId::ReceptionUuid);
    out.receptionDate = cells.date(ColumnId::ReceptionDate, true);
    s.meta.uuid = cells.uuid(ColumnId::StayUuid);
    s.roomCode = cells.required(ColumnId::StayRoom);
    s.admitted = cells.date(ColumnId::StayAdmitted, true);
    // The leaving date and reason, supports_through and the notes: read by their descriptor's
    // kinds (the reason's codes are checked with the shelter rules, ShelterService::checkStay).
    cells.readFields(domain::shelterStayRecord(), s);
    return out;
}

domain::HandoverBatch parseBatchRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
{
    Cells cells(row, refs, issues);
    domain::HandoverBatch b;
    b.meta.uuid = cells.uuid(ColumnId::BatchUuid);
    b.date = cells.date(ColumnId::BatchDate, true);
    b.borderGateCode = cells.reference(refs.borderGates, ColumnId::BorderGate, false);
    b.foreignAgency = cells.raw(ColumnId::ForeignAgency);
    b.receivingAgencyCode = cells.reference(refs.agencies, ColumnId::ReceivingAgency, false);
    const auto count = [&](ColumnId id) { return int(cells.number(id, 0).value_or(0)); };
    b.personsTotal = count(ColumnId::PersonsTotal);
    b.personsMale = count(ColumnId::PersonsMale);
    b.personsFemale = count(ColumnId::PersonsFemale);
    b.personsChildren = count(ColumnId::PersonsChildren);
    b.classified = cells.flag(ColumnId::Classified);
    b.personsVerified = count(ColumnId::PersonsVerified);
    b.casesIdentified = count(ColumnId::CasesIdentified);
    b.victimsIdentified = count(ColumnId::VictimsIdentified);
    b.notes = cells.raw(ColumnId::BatchNotes);
    cells.readFields(domain::handoverBatchRecord(), b);
    return b;
}

CallRow parseCallRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
{
    Cells cells(row, refs, issues);
    CallRow out;
    out.call.meta.uuid = cells.uuid(ColumnId::CallUuid);
    out.caseCode = cells.text(ColumnId::CaseCode);
    out.receptionUuid = cells.uuid(ColumnId::ReceptionUuid);
    // Who called and why have no sensible default: an empty cell is reported, not guessed.
    for (const ImportField &f : row.columns().fields) {
        const QString &name = f.column.name;
        if ((name == QLatin1String("caller_type") || name == QLatin1String("reason"))
            && row.rawAt(f.index).trimmed().isEmpty())
            issues.add(name, {}, IC::Required);
    }
    cells.readFields(domain::hotlineCallRecord(), out.call);
    return out;
}

namespace {

/** The cell of the descriptor field named @a name in @a row (empty when there is none). */
QString fieldCell(const ImportRow &row, const QString &name)
{
    for (const ImportField &f : row.columns().fields) {
        if (f.column.name == name)
            return row.rawAt(f.index).trimmed();
    }
    return {};
}

/**
 * The prevention tables' coded cells that must not be left empty (their members have
 * defaults that would stand in silently), and a commune code whose leading zero a spreadsheet
 * dropped ("6649" is "06649", as residence_commune).
 */
void checkPreventionCells(const ImportRow &row,
                          const QStringList &required,
                          QString &communeCode,
                          RowIssues &issues)
{
    for (const QString &name : required) {
        if (fieldCell(row, name).isEmpty() && !issues.flagged.contains(name))
            issues.add(name, {}, IC::Required);
    }
    communeCode = communeCode.trimmed();
    if (!communeCode.isEmpty() && communeCode.size() < 5 && communeCode.toInt() > 0)
        communeCode = communeCode.rightJustified(5, QLatin1Char('0'));
}

} // namespace

domain::PreventionClub parseClubRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
{
    Cells cells(row, refs, issues);
    domain::PreventionClub club;
    club.meta.uuid = cells.uuid(ColumnId::ClubUuid);
    cells.readFields(domain::preventionClubRecord(), club);
    // An archived club of a full export (its meetings travel with it); optional columns.
    club.meta.archived = cells.has(ColumnId::Archived) && cells.flag(ColumnId::Archived);
    if (club.meta.archived && cells.has(ColumnId::ArchiveReason))
        club.meta.archiveReason = cells.text(ColumnId::ArchiveReason);
    checkPreventionCells(row, {QStringLiteral("era")}, club.communeCode, issues);
    return club;
}

ActivityRow parseActivityRow(const ImportRow &row, ImportReferences &refs, RowIssues &issues)
{
    Cells cells(row, refs, issues);
    ActivityRow out;
    out.activity.meta.uuid = cells.uuid(ColumnId::ActivityUuid);
    out.clubUuid = cells.uuid(ColumnId::ClubUuid);
    cells.readFields(domain::preventionActivityRecord(), out.activity);
    checkPreventionCells(
        row, {QStringLiteral("kind"), QStringLiteral("era")}, out.activity.communeCode, issues);
    return out;
}

void addValidationIssues(const domain::FieldErrors &errors, const ImportRow &row, RowIssues &issues)
{
    const ImportColumns &columns = row.columns();
    for (const domain::FieldError &e : errors) {
        const QString column = csvColumnOf(e, columns.table);
        if (issues.flagged.contains(column))
            continue; // already reported more precisely
        QString value;
        for (auto it = columns.names.constBegin(); it != columns.names.constEnd(); ++it) {
            if (it.value() == column) {
                value = row.raw(it.key());
                break;
            }
        }
        issues.add(column, value, issueFor(e.code));
    }
}

} // namespace sr::services
