#include "RecordStore.h"

#include "AuditChain.h"
#include "Database.h"
#include "SqlSupport.h"
#include "domain/Clock.h"
#include "domain/TextFold.h"

#include <QJsonArray>
#include <QJsonDocument>
#include <QSqlRecord>

namespace sr::storage {

namespace sql {

QVariant text(const QString &value)
{
    return value.isNull() ? QVariant(QStringLiteral("")) : QVariant(value);
}

QVariant textOrNull(const QString &value)
{
    return value.isEmpty() ? QVariant(QMetaType::fromType<QString>()) : QVariant(value);
}

QJsonValue jsonValue(const QVariant &value)
{
    if (!value.isValid() || value.isNull())
        return QJsonValue(QJsonValue::Null);
    switch (value.metaType().id()) {
    case QMetaType::Bool:
        return QJsonValue(value.toBool() ? 1 : 0);
    case QMetaType::Int:
    case QMetaType::UInt:
    case QMetaType::Long:
    case QMetaType::LongLong:
    case QMetaType::ULongLong:
    case QMetaType::Short:
        return QJsonValue(value.toLongLong());
    case QMetaType::Double:
        return QJsonValue(value.toDouble());
    default:
        return QJsonValue(value.toString());
    }
}

} // namespace sql

namespace {

const QStringList kMetaColumns{QStringLiteral("id"),
                               QStringLiteral("uuid"),
                               QStringLiteral("created_at"),
                               QStringLiteral("created_by"),
                               QStringLiteral("updated_at"),
                               QStringLiteral("updated_by"),
                               QStringLiteral("version"),
                               QStringLiteral("archived"),
                               QStringLiteral("archive_reason")};

std::unique_ptr<QSqlQuery> prepared(const QSqlDatabase &connection,
                                    const QString &statement,
                                    const char *context,
                                    Error &error)
{
    auto query = std::make_unique<QSqlQuery>(connection);
    if (auto r = sql::prepare(*query, statement, context); !r) {
        error = r.error();
        return nullptr;
    }
    return query;
}

QString userName(const domain::Actor &actor)
{
    return actor.userName.isEmpty() ? QStringLiteral("unknown") : actor.userName;
}

} // namespace

RecordStore::RecordStore(Database &db, const domain::RecordTypeInfo &type, AuditPolicy audit)
    : m_db(db)
    , m_table(type.table)
    , m_columns(type.columnNames())
    , m_audit(audit)
{
    for (const domain::ColumnInfo &column : type.columnInfos)
        m_updated.append(!column.insertOnly);
}

RecordStore::~RecordStore() = default;

QString RecordStore::selectColumns() const
{
    return (kMetaColumns + m_columns).join(QStringLiteral(", "));
}

RowReader::RowReader(const QSqlQuery &query,
                     const domain::RecordTypeInfo &type,
                     const QString &prefix)
    : m_query(query)
{
    const QSqlRecord record = query.record();
    for (const QString &column : kMetaColumns)
        m_meta.append(record.indexOf(prefix + column));
    for (const domain::ColumnInfo &column : type.columnInfos)
        m_columns.append(record.indexOf(prefix + column.name));
    Q_ASSERT(m_meta.at(0) >= 0);
}

void RowReader::readMeta(domain::RecordMeta &meta) const
{
    // Joins select only id and uuid of a record (aliasedColumns): the rest keep their defaults.
    meta.id = value(m_meta.at(0)).toLongLong();
    meta.uuid = value(m_meta.at(1)).toString();
    if (m_meta.at(2) < 0)
        return;
    meta.createdAt = sql::timestampFromIso(value(m_meta.at(2)));
    meta.createdBy = value(m_meta.at(3)).toString();
    meta.updatedAt = sql::timestampFromIso(value(m_meta.at(4)));
    meta.updatedBy = value(m_meta.at(5)).toString();
    meta.version = value(m_meta.at(6)).toInt();
    meta.archived = value(m_meta.at(7)).toInt() != 0;
    meta.archiveReason = value(m_meta.at(8)).toString();
}

QString aliasedColumns(const domain::RecordTypeInfo &type, const QString &alias)
{
    QStringList columns{QStringLiteral("id"), QStringLiteral("uuid")};
    for (const domain::ColumnInfo &column : type.columnInfos) {
        if (!column.derived)
            columns << column.name;
    }
    QStringList list;
    for (const QString &column : columns)
        list << QStringLiteral("%1.%2 AS %1_%2").arg(alias, column);
    return list.join(QStringLiteral(", "));
}

void RecordStore::forgetStaleStatements()
{
    // Prepared on a connection that broke since (Database::ensureConnected): prepare again.
    if (m_generation == m_db.connectionGeneration())
        return;
    m_generation = m_db.connectionGeneration();
    m_byUuid.reset();
    m_insert.reset();
    m_update.reset();
    m_current.reset();
    m_archive.reset();
    m_exists.reset();
    m_auditInsert.reset();
}

Result<qint64> RecordStore::idForUuid(const QString &uuid)
{
    forgetStaleStatements();
    if (uuid.isEmpty())
        return qint64(0);
    Error error;
    if (!m_byUuid) {
        m_byUuid = prepared(m_db.connection(),
                            QStringLiteral("SELECT id FROM %1 WHERE uuid = ?").arg(m_table),
                            "record.byUuid",
                            error);
        if (!m_byUuid)
            return error;
    }
    m_byUuid->bindValue(0, uuid);
    if (auto r = sql::exec(*m_byUuid, "record.byUuid"); !r)
        return r.error();
    const qint64 id = m_byUuid->next() ? m_byUuid->value(0).toLongLong() : 0;
    m_byUuid->finish();
    return id;
}

Result<void> RecordStore::insert(domain::RecordMeta &meta,
                                 const QVariantList &values,
                                 const domain::Actor &actor)
{
    forgetStaleStatements();
    Q_ASSERT(values.size() == m_columns.size());
    Error error;
    if (!m_insert) {
        QStringList marks;
        for (qsizetype i = 0; i < m_columns.size() + 7; ++i)
            marks << QStringLiteral("?");
        m_insert = prepared(m_db.connection(),
                            QStringLiteral("INSERT INTO %1 (uuid, created_at, created_by, "
                                           "updated_at, updated_by, version, archived, %2) "
                                           "VALUES (%3) RETURNING id")
                                .arg(m_table,
                                     m_columns.join(QStringLiteral(", ")),
                                     marks.join(QStringLiteral(", "))),
                            "record.insert",
                            error);
        if (!m_insert)
            return error;
    }
    // The time as stored (milliseconds, UTC), kept as a value too instead of parsed back.
    const QDateTime at = domain::Clock::instance().nowUtc().toUTC();
    const QString now = sql::isoTimestamp(at);
    const QString user = userName(actor);
    if (meta.uuid.isEmpty())
        meta.uuid = sql::newUuid();
    int i = 0;
    m_insert->bindValue(i++, meta.uuid);
    m_insert->bindValue(i++, now);
    m_insert->bindValue(i++, user);
    m_insert->bindValue(i++, now);
    m_insert->bindValue(i++, user);
    m_insert->bindValue(i++, 1);
    m_insert->bindValue(i++, 0);
    for (const QVariant &value : values)
        m_insert->bindValue(i++, value);
    if (auto r = sql::exec(*m_insert, "record.insert"); !r)
        return r;
    // RETURNING: every engine names the new row's id the same way (PostgreSQL's driver has no
    // lastInsertId for an identity column).
    meta.id = m_insert->next() ? m_insert->value(0).toLongLong() : 0;
    m_insert->finish();
    meta.createdAt = at;
    meta.createdBy = user;
    meta.updatedAt = meta.createdAt;
    meta.updatedBy = user;
    meta.version = 1;
    meta.archived = false;
    meta.archiveReason.clear();

    if (m_audit == AuditPolicy::Summary)
        return {};
    QJsonObject changes;
    changes.insert(QStringLiteral("uuid"), meta.uuid);
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        changes.insert(m_columns.at(c), sql::jsonValue(values.at(c)));
    return audit(actor, QStringLiteral("create"), meta.id, changes);
}

Result<void> RecordStore::update(domain::RecordMeta &meta,
                                 const QVariantList &values,
                                 const domain::Actor &actor)
{
    forgetStaleStatements();
    Q_ASSERT(values.size() == m_columns.size());
    Error error;
    if (!m_current) {
        m_current = prepared(m_db.connection(),
                             QStringLiteral("SELECT version, %1 FROM %2 WHERE id = ?")
                                 .arg(m_columns.join(QStringLiteral(", ")), m_table),
                             "record.current",
                             error);
        if (!m_current)
            return error;
    }
    if (!m_update) {
        QStringList sets;
        for (qsizetype c = 0; c < m_columns.size(); ++c) {
            if (m_updated.at(c))
                sets << m_columns.at(c) + QStringLiteral(" = ?");
        }
        m_update = prepared(m_db.connection(),
                            QStringLiteral("UPDATE %1 SET %2, updated_at = ?, updated_by = ?, "
                                           "version = version + 1 WHERE id = ? AND version = ?")
                                .arg(m_table, sets.join(QStringLiteral(", "))),
                            "record.update",
                            error);
        if (!m_update)
            return error;
    }

    // The stored values, for the audit row's [old, new] pairs.
    m_current->bindValue(0, meta.id);
    if (auto r = sql::exec(*m_current, "record.current"); !r)
        return r;
    if (!m_current->next()) {
        m_current->finish();
        return Error{ErrorCode::NotFound,
                     QStringLiteral("%1 %2 not found").arg(m_table).arg(meta.id)};
    }
    const int storedVersion = m_current->value(0).toInt();
    QVariantList old;
    old.reserve(m_columns.size());
    for (qsizetype c = 0; c < m_columns.size(); ++c)
        old << m_current->value(int(c) + 1);
    m_current->finish();
    if (storedVersion != meta.version) {
        return Error{ErrorCode::Conflict,
                     QStringLiteral("%1 %2: version %3 expected, %4 stored")
                         .arg(m_table)
                         .arg(meta.id)
                         .arg(meta.version)
                         .arg(storedVersion)};
    }

    const QDateTime at = domain::Clock::instance().nowUtc().toUTC();
    const QString now = sql::isoTimestamp(at);
    const QString user = userName(actor);
    int i = 0;
    for (qsizetype c = 0; c < values.size(); ++c) {
        if (m_updated.at(c))
            m_update->bindValue(i++, values.at(c));
    }
    m_update->bindValue(i++, now);
    m_update->bindValue(i++, user);
    m_update->bindValue(i++, meta.id);
    m_update->bindValue(i++, meta.version);
    if (auto r = sql::exec(*m_update, "record.update"); !r)
        return r;
    const int affected = m_update->numRowsAffected();
    m_update->finish();
    if (affected != 1)
        return missedRow(meta.id, "record.update");
    meta.version += 1;
    meta.updatedAt = at;
    meta.updatedBy = user;

    if (m_audit == AuditPolicy::Summary)
        return {};
    QJsonObject changes;
    for (qsizetype c = 0; c < m_columns.size(); ++c) {
        if (!m_updated.at(c))
            continue;
        const QJsonValue before = sql::jsonValue(old.at(c));
        const QJsonValue after = sql::jsonValue(values.at(c));
        if (before != after)
            changes.insert(m_columns.at(c), QJsonArray{before, after});
    }
    return audit(actor, QStringLiteral("update"), meta.id, changes);
}

Result<void> RecordStore::archive(qint64 id,
                                  int expectedVersion,
                                  const QString &reason,
                                  const domain::Actor &actor)
{
    forgetStaleStatements();
    Error error;
    if (!m_archive) {
        m_archive = prepared(m_db.connection(),
                             QStringLiteral("UPDATE %1 SET archived = 1, archive_reason = ?, "
                                            "updated_at = ?, updated_by = ?, version = version + 1 "
                                            "WHERE id = ? AND version = ?")
                                 .arg(m_table),
                             "record.archive",
                             error);
        if (!m_archive)
            return error;
    }
    const QString now = sql::nowTimestamp();
    m_archive->bindValue(0, sql::text(reason));
    m_archive->bindValue(1, now);
    m_archive->bindValue(2, userName(actor));
    m_archive->bindValue(3, id);
    m_archive->bindValue(4, expectedVersion);
    if (auto r = sql::exec(*m_archive, "record.archive"); !r)
        return r;
    const int affected = m_archive->numRowsAffected();
    m_archive->finish();
    if (affected != 1)
        return missedRow(id, "record.archive");
    QJsonObject changes;
    changes.insert(QStringLiteral("archived"), QJsonArray{0, 1});
    changes.insert(QStringLiteral("archive_reason"), QJsonArray{QString(), reason});
    return audit(actor, QStringLiteral("archive"), id, changes);
}

Result<void> RecordStore::audit(const domain::Actor &actor,
                                const QString &action,
                                qint64 id,
                                const QJsonObject &changes)
{
    forgetStaleStatements();
    if (m_audit == AuditPolicy::Summary)
        return {};
    if (!m_auditInsert)
        m_auditInsert = std::make_unique<QSqlQuery>(m_db.connection());
    const auto appended = appendAuditRow(
        m_db,
        m_auditInsert.get(),
        {.at = sql::nowTimestamp(),
         .actor = userName(actor),
         .action = action,
         .entity = m_table,
         .entityId = id > 0 ? QVariant(id) : QVariant(),
         .changes = QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact))});
    if (!appended)
        return appended.error();
    return {};
}

Error RecordStore::missedRow(qint64 id, const char *context)
{
    forgetStaleStatements();
    Error error;
    if (!m_exists) {
        m_exists = prepared(m_db.connection(),
                            QStringLiteral("SELECT version FROM %1 WHERE id = ?").arg(m_table),
                            "record.exists",
                            error);
        if (!m_exists)
            return error;
    }
    m_exists->bindValue(0, id);
    if (auto r = sql::exec(*m_exists, context); !r)
        return r.error();
    const bool found = m_exists->next();
    m_exists->finish();
    if (found) {
        return Error{ErrorCode::Conflict,
                     QStringLiteral("%1 %2 was changed by another save").arg(m_table).arg(id)};
    }
    return Error{ErrorCode::NotFound, QStringLiteral("%1 %2 not found").arg(m_table).arg(id)};
}

} // namespace sr::storage
