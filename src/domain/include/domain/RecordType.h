#pragma once

#include "AuditPolicy.h"
#include "ChangeKind.h"
#include "Enums.h"
#include "PartialDate.h"
#include "RecordMeta.h"

#include <QDate>
#include <QJsonObject>
#include <QJsonValue>
#include <QList>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <optional>
#include <type_traits>
#include <utility>

// The descriptor of a record type: its table declared once, with every column bound to a
// member of the value type (checked by the compiler), its codes, audit policy, search fields,
// how it belongs to a case, its label and how its columns travel in the CSV exchange. The
// storage layer turns it into SQL (statements, schema check, audit joins); drafts, the audit
// viewer and the CSV column maps (exchange/CsvColumns.cpp) read it too. No SQL here: names,
// bindings and kinds only. docs/architecture.md, "Adding a record type".
namespace sr::domain {

/**
 * How a column is stored. The stored value (a QVariant) is what the storage layer binds and
 * reads: text as a QString, numbers as int/qint64, booleans as 0/1, a missing optional value as
 * a null QVariant of its type.
 */
enum class ColumnKind {
    Text,          ///< QString, "" when empty
    OptionalText,  ///< QString, null when empty (an optional reference code)
    Date,          ///< QDate, "YYYY-MM-DD" or "" when null
    PartialDate,   ///< PartialDate, "YYYY", "YYYY-MM", "YYYY-MM-DD" or ""
    Code,          ///< an enumeration, its stable code (Enums.h)
    OptionalCode,  ///< std::optional of an enumeration, "" when none
    CodeList,      ///< QList of an enumeration, comma-separated codes
    Int,           ///< int
    OptionalInt,   ///< std::optional<int>, null when none
    Int64,         ///< qint64 (amounts, ids of parent records)
    OptionalInt64, ///< std::optional<qint64>, null when none
    Bool,          ///< bool, 0 or 1
};

/** How a column feeds the person search index (storage folds and indexes it). */
enum class SearchRole {
    None,
    Name, ///< folded text (domain::foldForSearch)
    Code, ///< ASCII code: lower case, also without separators
};

/** Who may receive a column's value in a CSV export (docs/csv-format.md). */
enum class Disclosure {
    Shared,        ///< in the full and the de-identified export
    Personal,      ///< identifies a person or holds free text: the full export only
    Pseudonymised, ///< the full export only; the de-identified one writes a pseudonym after it
};

/** How a column travels in the CSV exchange (exchange/CsvColumns.cpp builds the files' maps). */
struct ExchangeInfo
{
    /** Name of the CSV column; empty when the column is not exchanged. */
    QString name;
    Disclosure disclosure = Disclosure::Shared;
    /** Followed by "<name>_label": the Vietnamese label of the code, for people; not imported. */
    bool labelled = false;
};

/** The untyped part of a column, for code that does not know the value type. */
struct ColumnInfo
{
    QString name; ///< column of the table
    ColumnKind kind = ColumnKind::Text;
    /** Key in the case editor's drafts; empty when the column is not drafted (derived). */
    QString draftKey;
    SearchRole search = SearchRole::None;
    /** Computed from other data (by the value type or by storage); never read back. */
    bool derived = false;
    /**
     * Written when the record is inserted and read back, but never by the record's update: a
     * use case of its own changes it (the person's responsible worker, CaseAssignment.h), so
     * a form saved from an older copy does not undo it.
     */
    bool insertOnly = false;
    /** Stable codes a Code/OptionalCode/CodeList column accepts; nullptr otherwise. */
    QStringList (*codes)() = nullptr;
    /**
     * The CSV exchange: by default a column is exchanged under its own name and shared; a
     * derived column is exchanged only where an exchange table places it (CsvColumns.cpp).
     */
    ExchangeInfo exchange{};
    /** Identity of the bound member path (memberId()), nullptr for derived columns. */
    const void *member = nullptr;
};

namespace detail {
/** One object per member path; its address names the path (not const: never merged). */
template<auto... M>
inline char memberTag = 0;
} // namespace detail

/** The identity of a member path, as ColumnInfo::member holds it: memberId<&Person::sex>(). */
template<auto... M>
const void *memberId()
{
    return &detail::memberTag<M...>;
}

/** A column bound to a member of the value type R. */
template<typename R>
struct Column : ColumnInfo
{
    /** The stored value of the record; nullptr when storage computes it (derived). */
    QVariant (*get)(const R &) = nullptr;
    /** Sets the member from a stored value; nullptr for derived columns. */
    void (*set)(R &, const QVariant &) = nullptr;

    /** The same column with another draft key (drafts saved under an older name). */
    Column draftedAs(const char *key) const
    {
        Column c = *this;
        c.draftKey = QString::fromLatin1(key);
        return c;
    }
    /** The same column, written on insert only (ColumnInfo::insertOnly). */
    Column insertedOnly() const
    {
        Column c = *this;
        c.insertOnly = true;
        return c;
    }
    /** The same column, indexed for search. */
    Column searchedAs(SearchRole role) const
    {
        Column c = *this;
        c.search = role;
        return c;
    }

    // The CSV exchange (ExchangeInfo).
    /** Exchanged under another name (e.g. "agency" for agency_code). */
    Column exchangedAs(const char *name) const
    {
        Column c = *this;
        c.exchange.name = QString::fromLatin1(name);
        return c;
    }
    /** Exchanged under its own name (derived columns are not, by default). */
    Column exchanged() const
    {
        Column c = *this;
        c.exchange.name = c.name;
        return c;
    }
    /** Not exchanged (a parent record's id: the exchange carries the parent's columns). */
    Column notExchanged() const
    {
        Column c = *this;
        c.exchange.name.clear();
        return c;
    }
    /** Left out of the de-identified export. */
    Column personal() const { return disclosed(Disclosure::Personal); }
    /** Left out of the de-identified export, which writes a pseudonym of it instead. */
    Column pseudonymised() const { return disclosed(Disclosure::Pseudonymised); }
    /** Followed in the CSV by a label column. */
    Column labelled() const
    {
        Column c = *this;
        c.exchange.labelled = true;
        return c;
    }

private:
    Column disclosed(Disclosure disclosure) const
    {
        Column c = *this;
        c.exchange.disclosure = disclosure;
        return c;
    }
};

/** The untyped part of a record type. */
struct RecordTypeInfo
{
    QString table{};
    /** Label of the record type (audit viewer), marked for the "sr::domain::RecordType" context. */
    const char *label = nullptr;
    AuditPolicy audit = AuditPolicy::PerRecord;
    /** The record carries its case code in this column (the person). */
    QString caseCodeColumn{};
    /** Or it belongs to the case of a record of parentTable, referenced by parentColumn. */
    QString parentTable{};
    QString parentColumn{};
    /** The schema version whose migration created the table (older files lack it). */
    int sinceSchemaVersion = 1;
    /** What windows are told changed when a row of the table is written (ChangeKind.h). */
    ChangeKind notice = ChangeKind::Case;
    /** How the CSV exchange names a record ("<name>_uuid"); the table name when empty. */
    QString exchangeName{};
    QList<ColumnInfo> columnInfos{};

    bool belongsToCase() const { return !caseCodeColumn.isEmpty() || !parentTable.isEmpty(); }
    QStringList columnNames() const;
    /** Position of @a column in columnInfos, -1 when there is none. */
    qsizetype indexOf(QStringView column) const;
    /** Position of the column bound to @a member (memberId()), -1 when there is none. */
    qsizetype indexOfMember(const void *member) const;
    /** The name of the record in the CSV exchange (exchangeName, else the table). */
    QString exchangeRecordName() const { return exchangeName.isEmpty() ? table : exchangeName; }
};

/** The translation context of the labels of record types. */
inline constexpr const char *kRecordTypeContext = "sr::domain::RecordType";

/** Every record type with a descriptor, parents before their children. */
const QList<const RecordTypeInfo *> &recordTypes();
/** The record type stored in @a table, nullptr when there is none. */
const RecordTypeInfo *recordTypeOf(QStringView table);

/** A record type bound to its value type R. */
template<typename R>
class RecordType : public RecordTypeInfo
{
public:
    RecordType(RecordTypeInfo info, QList<Column<R>> columns)
        : RecordTypeInfo(std::move(info))
        , m_columns(std::move(columns))
    {
        columnInfos.clear();
        for (const Column<R> &c : m_columns)
            columnInfos.append(c);
    }

    const QList<Column<R>> &columns() const { return m_columns; }

    /** One stored value per column; a null QVariant where storage computes the value. */
    QVariantList storedValues(const R &record) const
    {
        QVariantList values;
        values.reserve(m_columns.size());
        for (const Column<R> &c : m_columns)
            values.append(c.get ? c.get(record) : QVariant());
        return values;
    }

    /** Sets the member of column @a index from a stored value (derived columns: nothing). */
    void setStored(R &record, qsizetype index, const QVariant &value) const
    {
        const Column<R> &c = m_columns.at(index);
        if (c.set)
            c.set(record, value);
    }

private:
    QList<Column<R>> m_columns;
};

// --- drafts ---------------------------------------------------------------------------------

/** The draft JSON value of a stored value of @a kind. */
QJsonValue draftValue(ColumnKind kind, const QVariant &stored);
/** The stored value of a draft JSON value; nothing when the JSON has no usable value. */
std::optional<QVariant> storedFromDraft(ColumnKind kind, const QJsonValue &json);
void putDraftMeta(QJsonObject &json, const RecordMeta &meta);
RecordMeta draftMeta(const QJsonObject &json);

/** A record as the case editor drafts it: id, uuid, version and every drafted column. */
template<typename R>
QJsonObject toDraft(const RecordType<R> &type, const R &record)
{
    QJsonObject json;
    putDraftMeta(json, record.meta);
    for (const Column<R> &c : type.columns()) {
        if (!c.draftKey.isEmpty() && c.get)
            json.insert(c.draftKey, draftValue(c.kind, c.get(record)));
    }
    return json;
}

/** The record of a draft; a missing or unusable value leaves the member's default. */
template<typename R>
R fromDraft(const RecordType<R> &type, const QJsonObject &json)
{
    R record;
    record.meta = draftMeta(json);
    for (const Column<R> &c : type.columns()) {
        if (c.draftKey.isEmpty() || !c.set)
            continue;
        if (const std::optional<QVariant> stored = storedFromDraft(c.kind, json.value(c.draftKey)))
            c.set(record, *stored);
    }
    return record;
}

// --- column factories -----------------------------------------------------------------------
// text<&Person::fullName>("full_name"); a nested member is a path of member pointers:
// boolean<&Person::consent, &Consent::services>("consent_services").

namespace detail {

template<typename T>
struct MemberTraits;
template<typename C, typename M>
struct MemberTraits<M C::*>
{
    using Class = C;
};

template<auto First, auto... Rest>
struct Access
{
    using Record = typename MemberTraits<decltype(First)>::Class;
    static auto &ref(Record &r) { return ((r.*First).*....*Rest); }
    static const auto &ref(const Record &r) { return ((r.*First).*....*Rest); }
    using Type = std::remove_cvref_t<decltype(ref(std::declval<Record &>()))>;
};

template<typename E>
struct IsOptional : std::false_type
{};
template<typename E>
struct IsOptional<std::optional<E>> : std::true_type
{};

QVariant textValue(const QString &value);
QVariant nullText();
QVariant nullInt();
QVariant nullInt64();
QDate dateFrom(const QVariant &stored);
QString dateText(const QDate &date);

template<typename R>
Column<R> column(const char *name, ColumnKind kind)
{
    Column<R> c;
    c.name = QString::fromLatin1(name);
    c.kind = kind;
    c.draftKey = c.name;
    c.exchange.name = c.name;
    return c;
}

/** A column bound to the member path M. */
template<auto... M>
auto bound(const char *name, ColumnKind kind)
{
    auto c = column<typename Access<M...>::Record>(name, kind);
    c.member = memberId<M...>();
    return c;
}

} // namespace detail

template<auto... M>
auto text(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, QString>, "text column of a QString");
    auto c = detail::bound<M...>(name, ColumnKind::Text);
    c.get = [](const typename A::Record &r) { return detail::textValue(A::ref(r)); };
    c.set = [](typename A::Record &r, const QVariant &v) { A::ref(r) = v.toString(); };
    return c;
}

template<auto... M>
auto optionalText(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, QString>, "optional text of a QString");
    auto c = detail::bound<M...>(name, ColumnKind::OptionalText);
    c.get = [](const typename A::Record &r) {
        return A::ref(r).isEmpty() ? detail::nullText() : QVariant(A::ref(r));
    };
    c.set = [](typename A::Record &r, const QVariant &v) { A::ref(r) = v.toString(); };
    return c;
}

template<auto... M>
auto date(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, QDate>, "date column of a QDate");
    auto c = detail::bound<M...>(name, ColumnKind::Date);
    c.get = [](const typename A::Record &r) {
        return detail::textValue(detail::dateText(A::ref(r)));
    };
    c.set = [](typename A::Record &r, const QVariant &v) { A::ref(r) = detail::dateFrom(v); };
    return c;
}

template<auto... M>
auto partialDate(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, domain::PartialDate>, "of a PartialDate");
    auto c = detail::bound<M...>(name, ColumnKind::PartialDate);
    c.get = [](const typename A::Record &r) { return detail::textValue(A::ref(r).toIsoString()); };
    c.set = [](typename A::Record &r, const QVariant &v) {
        A::ref(r) = domain::PartialDate::fromIsoString(v.toString()).value_or(PartialDate());
    };
    return c;
}

/** An enumeration; an unknown stored code reads as the member's default value. */
template<auto... M>
auto code(const char *name)
{
    using A = detail::Access<M...>;
    using E = typename A::Type;
    static_assert(std::is_enum_v<E>, "code column of an enumeration");
    auto c = detail::bound<M...>(name, ColumnKind::Code);
    c.codes = &allCodes<E>;
    c.get = [](const typename A::Record &r) { return QVariant(toCode(A::ref(r))); };
    c.set = [](typename A::Record &r, const QVariant &v) {
        static const E fallback = A::ref(typename A::Record{});
        A::ref(r) = fromCode<E>(v.toString()).value_or(fallback);
    };
    return c;
}

template<auto... M>
auto optionalCode(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(detail::IsOptional<typename A::Type>::value, "of a std::optional enumeration");
    using E = typename A::Type::value_type;
    static_assert(std::is_enum_v<E>, "optional code column of an enumeration");
    auto c = detail::bound<M...>(name, ColumnKind::OptionalCode);
    c.codes = &allCodes<E>;
    c.get = [](const typename A::Record &r) {
        return QVariant(A::ref(r) ? toCode(*A::ref(r)) : QStringLiteral(""));
    };
    c.set = [](typename A::Record &r, const QVariant &v) { A::ref(r) = fromCode<E>(v.toString()); };
    return c;
}

/** A list of codes; unknown codes are dropped when read. */
template<auto... M>
auto codeList(const char *name)
{
    using A = detail::Access<M...>;
    using E = typename A::Type::value_type;
    static_assert(std::is_same_v<typename A::Type, QList<E>> && std::is_enum_v<E>,
                  "code list column of a QList of an enumeration");
    auto c = detail::bound<M...>(name, ColumnKind::CodeList);
    c.codes = &allCodes<E>;
    c.get = [](const typename A::Record &r) {
        QStringList codes;
        for (const E value : A::ref(r))
            codes << toCode(value);
        return detail::textValue(codes.join(QLatin1Char(',')));
    };
    c.set = [](typename A::Record &r, const QVariant &v) {
        QList<E> values;
        for (const QString &item : v.toString().split(QLatin1Char(','), Qt::SkipEmptyParts)) {
            if (const std::optional<E> value = fromCode<E>(item.trimmed()))
                values.append(*value);
        }
        A::ref(r) = values;
    };
    return c;
}

template<auto... M>
auto integer(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, int>, "integer column of an int");
    auto c = detail::bound<M...>(name, ColumnKind::Int);
    c.get = [](const typename A::Record &r) { return QVariant(A::ref(r)); };
    c.set = [](typename A::Record &r, const QVariant &v) { A::ref(r) = v.toInt(); };
    return c;
}

template<auto... M>
auto optionalInteger(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, std::optional<int>>, "of a std::optional<int>");
    auto c = detail::bound<M...>(name, ColumnKind::OptionalInt);
    c.get = [](const typename A::Record &r) {
        return A::ref(r) ? QVariant(*A::ref(r)) : detail::nullInt();
    };
    c.set = [](typename A::Record &r, const QVariant &v) {
        A::ref(r) = v.isNull() ? std::nullopt : std::optional<int>(v.toInt());
    };
    return c;
}

template<auto... M>
auto int64(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, qint64>, "int64 column of a qint64");
    auto c = detail::bound<M...>(name, ColumnKind::Int64);
    c.get = [](const typename A::Record &r) { return QVariant(A::ref(r)); };
    c.set = [](typename A::Record &r, const QVariant &v) { A::ref(r) = v.toLongLong(); };
    return c;
}

template<auto... M>
auto optionalInt64(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, std::optional<qint64>>,
                  "of a std::optional<qint64>");
    auto c = detail::bound<M...>(name, ColumnKind::OptionalInt64);
    c.get = [](const typename A::Record &r) {
        return A::ref(r) ? QVariant(*A::ref(r)) : detail::nullInt64();
    };
    c.set = [](typename A::Record &r, const QVariant &v) {
        A::ref(r) = v.isNull() ? std::nullopt : std::optional<qint64>(v.toLongLong());
    };
    return c;
}

template<auto... M>
auto boolean(const char *name)
{
    using A = detail::Access<M...>;
    static_assert(std::is_same_v<typename A::Type, bool>, "boolean column of a bool");
    auto c = detail::bound<M...>(name, ColumnKind::Bool);
    c.get = [](const typename A::Record &r) { return QVariant(A::ref(r) ? 1 : 0); };
    c.set = [](typename A::Record &r, const QVariant &v) { A::ref(r) = v.toInt() != 0; };
    return c;
}

/**
 * A column computed from other data: by @a get from the record, or (get == nullptr) by the
 * storage layer (which needs other records, e.g. the age at reception). Not drafted, not read,
 * not exchanged unless marked exchanged().
 */
template<typename R>
Column<R> derived(const char *name, ColumnKind kind, QVariant (*get)(const R &) = nullptr)
{
    Column<R> c = detail::column<R>(name, kind);
    c.draftKey.clear();
    c.exchange.name.clear();
    c.derived = true;
    c.get = get;
    return c;
}

} // namespace sr::domain
