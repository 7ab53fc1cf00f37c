#include "Seeding.h"

#include "SqlSupport.h"
#include "domain/Enums.h"
#include "domain/RecordTypes.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>
#include <QSqlRecord>

namespace sr::storage::seeding {

namespace {

using domain::AdminEra;

/** Splits a CSV text (RFC 4180: quoted fields, doubled quotes, CRLF or LF) into records. */
QList<QStringList> parseCsv(const QString &text)
{
    QList<QStringList> records;
    QStringList record;
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text.at(i);
        if (quoted) {
            if (c == u'"') {
                if (i + 1 < text.size() && text.at(i + 1) == u'"') {
                    field += u'"';
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                field += c;
            }
        } else if (c == u'"') {
            quoted = true;
            fieldStarted = true;
        } else if (c == u',') {
            record << field;
            field.clear();
            fieldStarted = true;
        } else if (c == u'\n' || c == u'\r') {
            if (c == u'\r' && i + 1 < text.size() && text.at(i + 1) == u'\n')
                ++i;
            if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
                record << field;
                records << record;
            }
            record.clear();
            field.clear();
            fieldStarted = false;
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (fieldStarted || !field.isEmpty() || !record.isEmpty()) {
        record << field;
        records << record;
    }
    return records;
}

QString stripUnitPrefix(const QString &fullName)
{
    static const QStringList prefixes{QStringLiteral("Thành phố "),
                                      QStringLiteral("Tỉnh "),
                                      QStringLiteral("Thị trấn "),
                                      QStringLiteral("Phường "),
                                      QStringLiteral("Xã "),
                                      QStringLiteral("Đặc khu ")};
    for (const QString &prefix : prefixes) {
        if (fullName.startsWith(prefix))
            return fullName.mid(prefix.size());
    }
    return fullName;
}

/** Inserts rows of @a resource with @a statement whose named placeholders are filled by @a bind. */
template<typename Bind>
Result<void>
insertAll(const QSqlDatabase &db, const QString &resource, const QString &statement, Bind bind)
{
    QSqlQuery query(db);
    if (auto r = sql::prepare(query, statement, "seed.prepare"); !r)
        return r;
    const auto rows = readCsvResource(resource);
    if (rows.isEmpty())
        return Error{ErrorCode::Internal, QStringLiteral("reference file empty: %1").arg(resource)};
    for (const auto &row : rows) {
        bind(query, row);
        if (auto r = sql::exec(query, "seed.insert"); !r)
            return r;
    }
    return {};
}

void bindMeta(QSqlQuery &query, const QString &now)
{
    query.bindValue(QStringLiteral(":uuid"), sql::newUuid());
    query.bindValue(QStringLiteral(":now"), now);
}

/**
 * Inserts the provinces or (@a communes) the communes of @a era from @a resource with
 * @a statement (:era, :code, :name, :full and for communes :district). The files from before
 * 2025 give the full name only ("Tỉnh …"), the name is it without the unit's prefix, and they
 * name the district; those from 2025 give the name and have no districts.
 */
Result<void> insertUnits(const QSqlDatabase &db,
                         const QString &resource,
                         const QString &statement,
                         AdminEra era,
                         bool communes)
{
    const bool before2025 = era == AdminEra::Pre2025;
    return insertAll(db, resource, statement, [&](QSqlQuery &q, const auto &row) {
        const QString full = row.value(QStringLiteral("full_name"));
        q.bindValue(QStringLiteral(":era"), domain::toCode(era));
        q.bindValue(QStringLiteral(":code"), row.value(QStringLiteral("code")));
        q.bindValue(QStringLiteral(":name"),
                    before2025 ? stripUnitPrefix(full) : row.value(QStringLiteral("name")));
        q.bindValue(QStringLiteral(":full"), full);
        if (communes) {
            q.bindValue(QStringLiteral(":district"),
                        before2025 ? row.value(QStringLiteral("district_full_name"))
                                   : QStringLiteral(""));
        }
    });
}

/**
 * Inserts the rows of a reference list's CSV @a resource, whose headers are the columns of
 * @a type, as created by the system at @a now. Text is stored as read (an empty optional code
 * too); numbers and flags as integers.
 */
Result<void> insertReferenceList(const QSqlDatabase &db,
                                 const QString &resource,
                                 const domain::RecordTypeInfo &type,
                                 const QString &now)
{
    // The columns the table has in the migration that seeds it: a column a later migration
    // adds (agency.historical, 0008) is set by that migration for the seeded rows.
    const QSqlRecord existing = db.record(type.table);
    QList<domain::ColumnInfo> columns;
    QStringList names;
    for (const domain::ColumnInfo &column : type.columnInfos) {
        if (existing.contains(column.name)) {
            columns << column;
            names << column.name;
        }
    }
    QStringList placeholders;
    for (const QString &name : names)
        placeholders << u':' + name;
    const QString statement =
        QStringLiteral("INSERT INTO %1 (uuid, %2, created_at, created_by, updated_at, updated_by) "
                       "VALUES (:uuid, %3, :now, 'system', :now, 'system')")
            .arg(type.table,
                 names.join(QStringLiteral(", ")),
                 placeholders.join(QStringLiteral(", ")));
    return insertAll(db, resource, statement, [&](QSqlQuery &q, const auto &row) {
        bindMeta(q, now);
        for (const domain::ColumnInfo &column : columns) {
            const QString value = row.value(column.name);
            const bool integer = column.kind == domain::ColumnKind::Int
                                 || column.kind == domain::ColumnKind::Int64
                                 || column.kind == domain::ColumnKind::Bool;
            q.bindValue(u':' + column.name,
                        integer ? QVariant(value.toLongLong()) : QVariant(value));
        }
    });
}

} // namespace

QList<QHash<QString, QString>> readCsvResource(const QString &resourcePath)
{
    QFile file(resourcePath);
    if (!file.open(QIODevice::ReadOnly))
        return {};
    QString text = QString::fromUtf8(file.readAll());
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    const QList<QStringList> records = parseCsv(text);
    QList<QHash<QString, QString>> rows;
    if (records.isEmpty())
        return rows;
    const QStringList header = records.first();
    for (qsizetype i = 1; i < records.size(); ++i) {
        QHash<QString, QString> row;
        for (qsizetype c = 0; c < header.size(); ++c) {
            // Never a null QString: Qt SQL binds a null QString as SQL NULL.
            QString value = c < records.at(i).size() ? records.at(i).at(c) : QString();
            row.insert(header.at(c), value.isNull() ? QStringLiteral("") : value);
        }
        rows << row;
    }
    return rows;
}

Result<void> seedReferenceData(const QSqlDatabase &db)
{
    const QString now = sql::nowTimestamp();

    auto r = insertAll(
        db,
        QStringLiteral(":/data/countries_vi.csv"),
        QStringLiteral("INSERT INTO country (code, name_vi, name_en, alpha3, numeric_code) "
                       "VALUES (:code, :vi, :en, :a3, :num)"),
        [](QSqlQuery &q, const QHash<QString, QString> &row) {
            q.bindValue(QStringLiteral(":code"), row.value(QStringLiteral("alpha2")));
            q.bindValue(QStringLiteral(":vi"), row.value(QStringLiteral("name_vi")));
            q.bindValue(QStringLiteral(":en"), row.value(QStringLiteral("name_en")));
            q.bindValue(QStringLiteral(":a3"), row.value(QStringLiteral("alpha3")));
            q.bindValue(QStringLiteral(":num"), row.value(QStringLiteral("numeric")));
        });
    if (!r)
        return r;

    r = insertAll(
        db,
        QStringLiteral(":/data/ethnic_groups.csv"),
        QStringLiteral(
            "INSERT INTO ethnic_group (code, name, other_names) VALUES (:code, :name, :other)"),
        [](QSqlQuery &q, const QHash<QString, QString> &row) {
            q.bindValue(QStringLiteral(":code"), row.value(QStringLiteral("code")));
            q.bindValue(QStringLiteral(":name"), row.value(QStringLiteral("name")));
            q.bindValue(QStringLiteral(":other"), row.value(QStringLiteral("other_names")));
        });
    if (!r)
        return r;
    // The app's own entries outside the official 01–54 (docs/domain-guide.md, "Stable codes").
    r = sql::exec(
        db,
        QStringLiteral(
            "INSERT INTO ethnic_group (code, name, other_names) VALUES "
            "('00', 'Không rõ', 'Unknown'), ('99', 'Người nước ngoài', 'Foreign national')"),
        "seed.ethnic");
    if (!r)
        return r;

    const QString provinceSql = QStringLiteral(
        "INSERT INTO province (era, code, name, full_name) VALUES (:era, :code, :name, :full)");
    const QString communeSql = QStringLiteral(
        "INSERT INTO commune (era, code, province_code, name, full_name, district_name) "
        "VALUES (:era, :code, '22', :name, :full, :district)");
    const struct
    {
        QString resource;
        const QString &statement;
        AdminEra era;
        bool communes;
    } units[]{
        {QStringLiteral(":/data/provinces_pre2025.csv"), provinceSql, AdminEra::Pre2025, false},
        {QStringLiteral(":/data/provinces_2025.csv"), provinceSql, AdminEra::From2025, false},
        {QStringLiteral(":/data/quangninh_communes_pre2025.csv"),
         communeSql,
         AdminEra::Pre2025,
         true},
        {QStringLiteral(":/data/quangninh_wards_2025.csv"), communeSql, AdminEra::From2025, true},
    };
    for (const auto &unit : units) {
        r = insertUnits(db, unit.resource, unit.statement, unit.era, unit.communes);
        if (!r)
            return r;
    }

    // The editable reference lists, from CSV files whose headers are their columns.
    const QList<std::pair<const domain::RecordTypeInfo *, QString>> lists{
        {&domain::agencyRecord(), QStringLiteral(":/data/agencies.csv")},
        {&domain::borderGateRecord(), QStringLiteral(":/data/border_gates.csv")},
        {&domain::supportTypeRecord(), QStringLiteral(":/data/support_types.csv")},
    };
    for (const auto &[type, resource] : lists) {
        r = insertReferenceList(db, resource, *type, now);
        if (!r)
            return r;
    }

    // Settings of a new database. The pseudonym key (32 random bytes) keys the stable
    // pseudonyms of de-identified exports; it never leaves the database.
    QByteArray key(32, Qt::Uninitialized);
    QRandomGenerator::system()->fillRange(reinterpret_cast<quint32 *>(key.data()), key.size() / 4);
    QSqlQuery settings(db);
    if (auto p = sql::prepare(settings,
                              QStringLiteral("INSERT INTO settings (key, value) VALUES (?, ?)"),
                              "seed.settings");
        !p)
        return p;
    const QList<QPair<QString, QString>> values{
        {QStringLiteral("created_at"), now},
        {QStringLiteral("case_code_prefix"), QStringLiteral("QN")},
        {QStringLiteral("org_province_code"), QStringLiteral("22")},
        {QStringLiteral("pseudonym_key"), QString::fromLatin1(key.toHex())},
    };
    for (const auto &[k, v] : values) {
        settings.bindValue(0, k);
        settings.bindValue(1, v);
        if (auto e = sql::exec(settings, "seed.settings"); !e)
            return e;
    }
    return {};
}

} // namespace sr::storage::seeding
