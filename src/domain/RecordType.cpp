#include "RecordType.h"

#include "IsoText.h"
#include "RecordTypes.h"

#include <QJsonArray>

#include <limits>

namespace sr::domain {

QStringList RecordTypeInfo::columnNames() const
{
    QStringList names;
    names.reserve(columnInfos.size());
    for (const ColumnInfo &c : columnInfos)
        names.append(c.name);
    return names;
}

qsizetype RecordTypeInfo::indexOf(QStringView column) const
{
    for (qsizetype i = 0; i < columnInfos.size(); ++i) {
        if (columnInfos.at(i).name == column)
            return i;
    }
    return -1;
}

qsizetype RecordTypeInfo::indexOfMember(const void *member) const
{
    for (qsizetype i = 0; member && i < columnInfos.size(); ++i) {
        if (columnInfos.at(i).member == member)
            return i;
    }
    return -1;
}

const QList<const RecordTypeInfo *> &recordTypes()
{
    static const QList<const RecordTypeInfo *> types{
        &personRecord(),
        &receptionRecord(),
        &supportRecord(),
        &followUpRecord(),
        &handoverBatchRecord(),
        &caseAssignmentRecord(),
        &planGoalRecord(),
        &approvalRecord(),
        &taskRecord(),
        &attachmentRecord(),
        &shelterStayRecord(),
        &hotlineCallRecord(),
    };
    return types;
}

const RecordTypeInfo *recordTypeOf(QStringView table)
{
    for (const RecordTypeInfo *type : recordTypes()) {
        if (type->table == table)
            return type;
    }
    return nullptr;
}

// --- drafts ---------------------------------------------------------------------------------

QJsonValue draftValue(ColumnKind kind, const QVariant &stored)
{
    switch (kind) {
    case ColumnKind::Text:
    case ColumnKind::OptionalText:
    case ColumnKind::Date:
    case ColumnKind::PartialDate:
    case ColumnKind::Code:
        return QJsonValue(stored.toString());
    case ColumnKind::OptionalCode:
        return stored.toString().isEmpty() ? QJsonValue() : QJsonValue(stored.toString());
    case ColumnKind::CodeList: {
        QJsonArray codes;
        for (const QString &code : stored.toString().split(QLatin1Char(','), Qt::SkipEmptyParts))
            codes.append(code);
        return codes;
    }
    case ColumnKind::Int:
        return QJsonValue(stored.toInt());
    case ColumnKind::OptionalInt:
        return stored.isNull() ? QJsonValue() : QJsonValue(stored.toInt());
    case ColumnKind::Int64:
        return QJsonValue(double(stored.toLongLong()));
    case ColumnKind::OptionalInt64:
        return stored.isNull() ? QJsonValue() : QJsonValue(double(stored.toLongLong()));
    case ColumnKind::Bool:
        return QJsonValue(stored.toInt() != 0);
    }
    return {};
}

std::optional<QVariant> storedFromDraft(ColumnKind kind, const QJsonValue &json)
{
    switch (kind) {
    case ColumnKind::Text:
    case ColumnKind::OptionalText:
    case ColumnKind::Date:
    case ColumnKind::PartialDate:
    case ColumnKind::Code:
    case ColumnKind::OptionalCode:
        if (!json.isString())
            return std::nullopt;
        return QVariant(json.toString());
    case ColumnKind::CodeList: {
        if (!json.isArray())
            return std::nullopt;
        QStringList codes;
        for (const QJsonValue &code : json.toArray())
            codes.append(code.toString());
        return QVariant(codes.join(QLatin1Char(',')));
    }
    case ColumnKind::Int: {
        // A fractional or out-of-range number is no usable value (QJsonValue::toInt).
        if (!json.isDouble())
            return std::nullopt;
        const double value = json.toDouble();
        if (value < std::numeric_limits<int>::min() || value > std::numeric_limits<int>::max()
            || double(int(value)) != value)
            return std::nullopt;
        return QVariant(int(value));
    }
    case ColumnKind::OptionalInt:
        if (!json.isDouble())
            return std::nullopt;
        return QVariant(json.toInt());
    case ColumnKind::Int64:
    case ColumnKind::OptionalInt64:
        if (!json.isDouble())
            return std::nullopt;
        return QVariant(qint64(json.toDouble()));
    case ColumnKind::Bool:
        if (!json.isBool())
            return std::nullopt;
        return QVariant(json.toBool() ? 1 : 0);
    }
    return std::nullopt;
}

void putDraftMeta(QJsonObject &json, const RecordMeta &meta)
{
    json.insert(QStringLiteral("id"), double(meta.id));
    json.insert(QStringLiteral("uuid"), meta.uuid);
    json.insert(QStringLiteral("version"), meta.version);
}

RecordMeta draftMeta(const QJsonObject &json)
{
    RecordMeta meta;
    meta.id = qint64(json.value(QStringLiteral("id")).toDouble());
    meta.uuid = json.value(QStringLiteral("uuid")).toString();
    meta.version = json.value(QStringLiteral("version")).toInt();
    return meta;
}

namespace detail {

QVariant textValue(const QString &value)
{
    // Text columns are NOT NULL: a null QString would be bound as SQL NULL.
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant nullText()
{
    return QVariant(QMetaType::fromType<QString>());
}

QVariant nullInt()
{
    return QVariant(QMetaType::fromType<int>());
}

QVariant nullInt64()
{
    return QVariant(QMetaType::fromType<qint64>());
}

QDate dateFrom(const QVariant &stored)
{
    return dateFromIsoText(stored.toString());
}

QString dateText(const QDate &date)
{
    return isoDateText(date);
}

} // namespace detail

} // namespace sr::domain
