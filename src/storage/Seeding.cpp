#include "Seeding.h"

#include "SqlSupport.h"

#include <QFile>
#include <QRandomGenerator>
#include <QSqlQuery>

namespace sr::storage::seeding {

namespace {

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

/** A column of a reference list, named as in its CSV file. */
struct SeedColumn
{
    QString name;
    bool integer = false;
};

/**
 * Inserts the rows of a reference list's CSV @a resource, whose headers name the @a columns of
 * @a table, as created by the system at @a now.
 */
Result<void> insertReferenceList(const QSqlDatabase &db,
                                 const QString &resource,
                                 const QString &table,
                                 const QList<SeedColumn> &columns,
                                 const QString &now)
{
    QStringList names;
    QStringList placeholders;
    for (const SeedColumn &column : columns) {
        names << column.name;
        placeholders << u':' + column.name;
    }
    const QString statement =
        QStringLiteral("INSERT INTO %1 (uuid, %2, created_at, created_by, updated_at, updated_by) "
                       "VALUES (:uuid, %3, :now, 'system', :now, 'system')")
            .arg(table, names.join(QStringLiteral(", ")), placeholders.join(QStringLiteral(", ")));
    return insertAll(db, resource, statement, [&](QSqlQuery &q, const auto &row) {
        bindMeta(q, now);
        for (const SeedColumn &column : columns) {
            const QString value = row.value(column.name);
            q.bindValue(u':' + column.name,
                        column.integer ? QVariant(value.toLongLong()) : QVariant(value));
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
    r = insertAll(db,
                  QStringLiteral(":/data/provinces_pre2025.csv"),
                  provinceSql,
                  [](QSqlQuery &q, const auto &row) {
                      const QString full = row.value(QStringLiteral("full_name"));
                      q.bindValue(QStringLiteral(":era"), QStringLiteral("pre_2025"));
                      q.bindValue(QStringLiteral(":code"), row.value(QStringLiteral("code")));
                      q.bindValue(QStringLiteral(":name"), stripUnitPrefix(full));
                      q.bindValue(QStringLiteral(":full"), full);
                  });
    if (!r)
        return r;
    r = insertAll(db,
                  QStringLiteral(":/data/provinces_2025.csv"),
                  provinceSql,
                  [](QSqlQuery &q, const auto &row) {
                      q.bindValue(QStringLiteral(":era"), QStringLiteral("from_2025"));
                      q.bindValue(QStringLiteral(":code"), row.value(QStringLiteral("code")));
                      q.bindValue(QStringLiteral(":name"), row.value(QStringLiteral("name")));
                      q.bindValue(QStringLiteral(":full"), row.value(QStringLiteral("full_name")));
                  });
    if (!r)
        return r;

    const QString communeSql = QStringLiteral(
        "INSERT INTO commune (era, code, province_code, name, full_name, district_name) "
        "VALUES (:era, :code, '22', :name, :full, :district)");
    r = insertAll(db,
                  QStringLiteral(":/data/quangninh_communes_pre2025.csv"),
                  communeSql,
                  [](QSqlQuery &q, const auto &row) {
                      const QString full = row.value(QStringLiteral("full_name"));
                      q.bindValue(QStringLiteral(":era"), QStringLiteral("pre_2025"));
                      q.bindValue(QStringLiteral(":code"), row.value(QStringLiteral("code")));
                      q.bindValue(QStringLiteral(":name"), stripUnitPrefix(full));
                      q.bindValue(QStringLiteral(":full"), full);
                      q.bindValue(QStringLiteral(":district"),
                                  row.value(QStringLiteral("district_full_name")));
                  });
    if (!r)
        return r;
    r = insertAll(db,
                  QStringLiteral(":/data/quangninh_wards_2025.csv"),
                  communeSql,
                  [](QSqlQuery &q, const auto &row) {
                      q.bindValue(QStringLiteral(":era"), QStringLiteral("from_2025"));
                      q.bindValue(QStringLiteral(":code"), row.value(QStringLiteral("code")));
                      q.bindValue(QStringLiteral(":name"), row.value(QStringLiteral("name")));
                      q.bindValue(QStringLiteral(":full"), row.value(QStringLiteral("full_name")));
                      q.bindValue(QStringLiteral(":district"), QStringLiteral(""));
                  });
    if (!r)
        return r;

    r = insertReferenceList(db,
                            QStringLiteral(":/data/agencies.csv"),
                            QStringLiteral("agency"),
                            {{QStringLiteral("code")},
                             {QStringLiteral("name")},
                             {QStringLiteral("name_en")},
                             {QStringLiteral("kind")},
                             {QStringLiteral("province_code")}},
                            now);
    if (!r)
        return r;
    r = insertReferenceList(db,
                            QStringLiteral(":/data/border_gates.csv"),
                            QStringLiteral("border_gate"),
                            {{QStringLiteral("code")},
                             {QStringLiteral("name")},
                             {QStringLiteral("name_en")},
                             {QStringLiteral("country_code")}},
                            now);
    if (!r)
        return r;
    r = insertReferenceList(db,
                            QStringLiteral(":/data/support_types.csv"),
                            QStringLiteral("support_type"),
                            {{QStringLiteral("code")},
                             {QStringLiteral("name_vi")},
                             {QStringLiteral("name_en")},
                             {QStringLiteral("default_amount_vnd"), true},
                             {QStringLiteral("legal_regime"), true},
                             {QStringLiteral("sort_order"), true}},
                            now);
    if (!r)
        return r;

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
