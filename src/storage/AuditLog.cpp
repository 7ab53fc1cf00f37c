#include "AuditLog.h"

#include "AuditChain.h"
#include "Database.h"
#include "ReferenceRepository.h"
#include "SqlDialect.h"
#include "SqlSupport.h"
#include "domain/RecordType.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QMutex>
#include <QSettings>
#include <QSqlError>
#include <QSqlQuery>
#include <QSqlRecord>

#include <spdlog/spdlog.h>

#include <array>
#include <cstring>
#include <sodium.h>
#include <sqlite3.h>

namespace sr::storage {

namespace {

constexpr int chainArguments =
    8; // previous hash, id, at, actor, action, entity, entity_id, changes

/** sr_audit_hash(previous, id, at, actor, action, entity, entity_id, changes): AuditChain.h. */
void auditHashFunction(sqlite3_context *context, int argc, sqlite3_value **argv)
{
    if (argc != chainArguments) {
        sqlite3_result_error(context, "sr_audit_hash takes 8 arguments", -1);
        return;
    }
    AuditChainHash hash;
    for (int i = 0; i < argc; ++i) {
        if (sqlite3_value_type(argv[i]) == SQLITE_NULL) {
            hash.addNull();
            continue;
        }
        const auto *text = reinterpret_cast<const char *>(sqlite3_value_text(argv[i]));
        hash.addText(text, quint64(sqlite3_value_bytes(argv[i])));
    }
    const QByteArray hex = hash.finish().toLatin1();
    sqlite3_result_text(context, hex.constData(), int(hex.size()), SQLITE_TRANSIENT);
}

/** A case's record type, joined up to the parent that carries the case code. */
struct CaseCodeWalk
{
    const domain::RecordTypeInfo *type = nullptr;
    QString from;       ///< "reception t0 JOIN person t1 ON t1.id = t0.person_id"
    QString codeColumn; ///< "t1.case_code"
};

/** For every record type that belongs to a case (domain/RecordType.h), its walk. */
QList<CaseCodeWalk> caseCodeWalks()
{
    QList<CaseCodeWalk> walks;
    for (const domain::RecordTypeInfo *type : domain::recordTypes()) {
        if (!type->belongsToCase())
            continue;
        QString from = type->table + QStringLiteral(" t0");
        const domain::RecordTypeInfo *current = type;
        int level = 0;
        while (current && current->caseCodeColumn.isEmpty()) {
            const domain::RecordTypeInfo *parent = domain::recordTypeOf(current->parentTable);
            Q_ASSERT(parent);
            from += QStringLiteral(" JOIN %1 t%2 ON t%2.id = t%3.%4")
                        .arg(current->parentTable)
                        .arg(level + 1)
                        .arg(level)
                        .arg(current->parentColumn);
            current = parent;
            ++level;
        }
        if (current)
            walks.append(
                {type, from, QStringLiteral("t%1.%2").arg(level).arg(current->caseCodeColumn)});
    }
    return walks;
}

/**
 * For every record type that belongs to a case, the condition "this audit row is about a
 * record of the case whose code is bound to its ?": the record's own case code, or its
 * parents' joined up to the record that carries it.
 */
QStringList caseCodeJoins()
{
    QStringList joins;
    for (const CaseCodeWalk &walk : caseCodeWalks())
        joins << QStringLiteral("(entity = '%1' AND entity_id IN (SELECT t0.id FROM %2 WHERE "
                                "%3 = ?))")
                     .arg(walk.type->table, walk.from, walk.codeColumn);
    return joins;
}

/**
 * An SQL expression giving the case code of the record an audit row is about (NULL for rows
 * not about a case's record): the walk of caseCodeJoins(), as one CASE on the row's entity, so
 * that the viewer shows the case code rather than an internal id.
 */
QString caseCodeExpression()
{
    QStringList branches;
    for (const CaseCodeWalk &walk : caseCodeWalks())
        branches << QStringLiteral("WHEN '%1' THEN (SELECT %2 FROM %3 WHERE t0.id = "
                                   "audit_log.entity_id)")
                        .arg(walk.type->table, walk.codeColumn, walk.from);
    return branches.isEmpty() ? QStringLiteral("NULL")
                              : QStringLiteral("CASE entity %1 END").arg(branches.join(u' '));
}

/** WHERE clause and its positional values for @a filter. */
QString whereClause(const AuditFilter &filter, QVariantList &values)
{
    QStringList conditions;
    if (!filter.actor.isEmpty()) {
        conditions << QStringLiteral("actor = ? COLLATE NOCASE");
        values << filter.actor;
    }
    if (!filter.action.isEmpty()) {
        conditions << QStringLiteral("action = ?");
        values << filter.action;
    }
    if (filter.from.isValid()) {
        conditions << QStringLiteral("at >= ?");
        values << sql::isoTimestamp(filter.from.startOfDay());
    }
    if (filter.to.isValid()) {
        conditions << QStringLiteral("at < ?");
        values << sql::isoTimestamp(filter.to.addDays(1).startOfDay());
    }
    if (!filter.caseCode.isEmpty()) {
        static const QStringList joins = caseCodeJoins();
        conditions << QLatin1Char('(') + joins.join(QStringLiteral(" OR ")) + QLatin1Char(')');
        for (qsizetype i = 0; i < joins.size(); ++i)
            values << filter.caseCode;
    }
    return conditions.isEmpty()
               ? QString()
               : QStringLiteral(" WHERE ") + conditions.join(QStringLiteral(" AND "));
}

AuditEntry entryFrom(const QSqlQuery &query)
{
    AuditEntry entry;
    entry.id = query.value(0).toLongLong();
    entry.at = sql::timestampFromIso(query.value(1));
    entry.actor = query.value(2).toString();
    entry.action = query.value(3).toString();
    entry.entity = query.value(4).toString();
    entry.entityId = query.value(5).toLongLong();
    entry.changes = QJsonDocument::fromJson(query.value(6).toString().toUtf8()).object();
    entry.hash = query.value(7).toString();
    if (query.record().count() > 8)
        entry.caseCode = query.value(8).toString();
    return entry;
}

} // namespace

// --- the anchor outside the database ---------------------------------------------------------

namespace audit_anchor {

namespace {

QMutex &anchorMutex()
{
    static QMutex mutex;
    return mutex;
}

/** The file a test chose (setFile); guarded by anchorMutex(). */
QString &chosenFile()
{
    static QString path;
    return path;
}

/** Per database: the anchor this process saved last, so commits without new rows cost nothing. */
QHash<QString, AuditAnchor> &savedAnchors()
{
    static QHash<QString, AuditAnchor> anchors;
    return anchors;
}

QString canonicalPath(const QString &databasePath)
{
    const QFileInfo info(databasePath);
    const QString canonical = info.canonicalFilePath();
    return canonical.isEmpty() ? info.absoluteFilePath() : canonical;
}

/** A settings key for any path: the hex of its UTF-8 bytes (no '/' or '\\' to split on). */
QString keyFor(const QString &databasePath)
{
    return QStringLiteral("anchors/")
           + QString::fromLatin1(canonicalPath(databasePath).toUtf8().toHex());
}

} // namespace

QString file()
{
    {
        QMutexLocker locker(&anchorMutex());
        if (!chosenFile().isEmpty())
            return chosenFile();
    }
    // Only the application itself (main.cpp names the organisation): a unit test or another
    // program linking storage never writes into the user's settings.
    if (QCoreApplication::organizationName() != QLatin1String("SafeReturn"))
        return QString();
    return QSettings(QSettings::IniFormat,
                     QSettings::UserScope,
                     QStringLiteral("SafeReturn"),
                     QStringLiteral("audit-anchors"))
        .fileName();
}

void setFile(const QString &path)
{
    QMutexLocker locker(&anchorMutex());
    chosenFile() = path;
    savedAnchors().clear();
}

namespace {

/** How many earlier anchors are kept, to tell after which row a truncated log still agrees. */
constexpr int keptAnchors = 16;

/** The remembered anchors of @a databasePath, newest first ("id:hash id:hash …"). */
QList<AuditAnchor> loadAll(const QString &settingsFile, const QString &databasePath)
{
    const QSettings settings(settingsFile, QSettings::IniFormat);
    const QStringList entries =
        settings.value(keyFor(databasePath)).toString().split(u' ', Qt::SkipEmptyParts);
    QList<AuditAnchor> anchors;
    for (const QString &entry : entries) {
        const qsizetype colon = entry.indexOf(u':');
        bool ok = false;
        AuditAnchor anchor{entry.left(colon).toLongLong(&ok), entry.mid(colon + 1)};
        if (colon > 0 && ok && anchor.id > 0 && !anchor.hash.isEmpty())
            anchors << anchor;
    }
    return anchors;
}

} // namespace

QList<AuditAnchor> history(const QString &databasePath)
{
    const QString path = file();
    return path.isEmpty() ? QList<AuditAnchor>() : loadAll(path, databasePath);
}

std::optional<AuditAnchor> load(const QString &databasePath)
{
    const QList<AuditAnchor> anchors = history(databasePath);
    if (anchors.isEmpty())
        return std::nullopt;
    return anchors.constFirst();
}

void save(const QString &databasePath, const AuditAnchor &anchor, bool replace)
{
    const QString path = file();
    if (path.isEmpty())
        return;
    QList<AuditAnchor> anchors = replace ? QList<AuditAnchor>() : loadAll(path, databasePath);
    anchors.removeIf([&anchor](const AuditAnchor &old) { return old.id >= anchor.id; });
    anchors.prepend(anchor);
    QStringList entries;
    for (const AuditAnchor &kept : std::as_const(anchors).first(qMin(anchors.size(), keptAnchors)))
        entries << QStringLiteral("%1:%2").arg(kept.id).arg(kept.hash);
    QSettings settings(path, QSettings::IniFormat);
    settings.setValue(keyFor(databasePath), entries.join(u' '));
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        spdlog::info("audit: the anchor of the audit log could not be saved in the settings");
        return;
    }
    QMutexLocker locker(&anchorMutex());
    savedAnchors().insert(canonicalPath(databasePath), anchor);
}

} // namespace audit_anchor

namespace {

/** The newest chained row through the raw handle (inside the commit hook: no Qt SQL). */
std::optional<AuditAnchor> rawHead(sqlite3 *handle)
{
    sqlite3_stmt *stmt = nullptr;
    // Fails before migration 5 (no hash column) or before the schema exists: nothing to anchor.
    if (sqlite3_prepare_v2(
            handle, "SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1", -1, &stmt, nullptr)
        != SQLITE_OK) {
        sqlite3_finalize(stmt);
        return std::nullopt;
    }
    std::optional<AuditAnchor> head;
    if (sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 1) == SQLITE_TEXT) {
        head = AuditAnchor{
            sqlite3_column_int64(stmt, 0),
            QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1)))};
    }
    sqlite3_finalize(stmt);
    return head;
}

/** Whether row @a anchor.id still carries @a anchor.hash. */
bool rawContains(sqlite3 *handle, const AuditAnchor &anchor)
{
    sqlite3_stmt *stmt = nullptr;
    bool found = false;
    if (sqlite3_prepare_v2(handle, "SELECT hash FROM audit_log WHERE id = ?", -1, &stmt, nullptr)
        == SQLITE_OK) {
        sqlite3_bind_int64(stmt, 1, anchor.id);
        found = sqlite3_step(stmt) == SQLITE_ROW && sqlite3_column_type(stmt, 0) == SQLITE_TEXT
                && QString::fromUtf8(reinterpret_cast<const char *>(sqlite3_column_text(stmt, 0)))
                       == anchor.hash;
    }
    sqlite3_finalize(stmt);
    return found;
}

/**
 * After a commit: remember the chain's new head, unless the remembered row is no longer in the
 * chain — that is evidence of a truncation or a rewrite, kept for `check` (only a restore,
 * AuditLog::resetAnchor, replaces it).
 */
void advanceAnchor(sqlite3 *handle)
{
    const char *name = sqlite3_db_filename(handle, "main");
    if (!name || !*name || audit_anchor::file().isEmpty())
        return;
    const std::optional<AuditAnchor> head = rawHead(handle);
    if (!head)
        return;
    const QString path = audit_anchor::canonicalPath(QString::fromUtf8(name));
    {
        QMutexLocker locker(&audit_anchor::anchorMutex());
        const auto saved = audit_anchor::savedAnchors().constFind(path);
        if (saved != audit_anchor::savedAnchors().constEnd() && *saved == *head)
            return;
    }
    const std::optional<AuditAnchor> stored = audit_anchor::load(path);
    if (stored && *stored == *head)
        return;
    if (stored && (stored->id > head->id || !rawContains(handle, *stored))) {
        spdlog::info("audit: the log no longer holds its anchored row {}; not advancing the "
                     "anchor",
                     stored->id);
        return;
    }
    audit_anchor::save(path, *head, /*replace=*/false);
}

/**
 * SQLite calls this after every commit in WAL mode (after the write lock is released, so reading
 * is allowed). Installing it replaces SQLite's automatic checkpoint hook, so it checkpoints the
 * same way: passively once the WAL holds 1000 pages (SQLite's default). Do not set PRAGMA
 * wal_autocheckpoint on these connections: that would remove this hook.
 */
int walHook(void *, sqlite3 *handle, const char *database, int pages)
{
    if (pages >= 1000)
        sqlite3_wal_checkpoint(handle, database);
    if (database && std::strcmp(database, "main") == 0)
        advanceAnchor(handle);
    return SQLITE_OK;
}

} // namespace

AuditLog::AuditLog(Database &db)
    : m_db(db)
{}

Result<qint64> AuditLog::append(const domain::Actor &actor,
                                const QString &action,
                                const QString &entity,
                                qint64 entityId,
                                const QJsonObject &changes)
{
    Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    const QString changesText =
        changes.isEmpty()
            ? QStringLiteral("")
            : QString::fromUtf8(QJsonDocument(changes).toJson(QJsonDocument::Compact));
    const auto appended = appendAuditRow(
        m_db,
        nullptr,
        {.at = sql::nowTimestamp(),
         .actor = actor.userName.isEmpty() ? QStringLiteral("unknown") : actor.userName,
         .action = action,
         .entity = entity.isNull() ? QStringLiteral("") : entity,
         .entityId = entityId > 0 ? QVariant(entityId) : QVariant(),
         .changes = changesText});
    if (!appended)
        return appended.error();
    const qint64 id = *appended;
    if (auto r = transaction.commit(); !r)
        return r.error();
    return id;
}

Result<QList<AuditEntry>> AuditLog::list(const QString &entity, qint64 entityId, int limit) const
{
    QString statement = QStringLiteral(
        "SELECT id, at, actor, action, entity, entity_id, changes, hash FROM audit_log");
    if (!entity.isEmpty()) {
        statement += QStringLiteral(" WHERE entity = :entity");
        if (entityId > 0)
            statement += QStringLiteral(" AND entity_id = :entity_id");
    }
    statement += QStringLiteral(" ORDER BY id DESC LIMIT :limit");
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = sql::prepare(query, statement, "audit.list"); !r)
        return r.error();
    if (!entity.isEmpty()) {
        query.bindValue(QStringLiteral(":entity"), entity);
        if (entityId > 0)
            query.bindValue(QStringLiteral(":entity_id"), entityId);
    }
    query.bindValue(QStringLiteral(":limit"),
                    limit > 0 ? QVariant(limit) : m_db.dialect().noLimit());
    if (auto r = sql::exec(query, "audit.list"); !r)
        return r.error();
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<QList<AuditEntry>> AuditLog::find(const AuditFilter &filter, int limit, qint64 offset) const
{
    QVariantList values;
    static const QString caseCode = caseCodeExpression();
    const QString statement =
        QStringLiteral("SELECT id, at, actor, action, entity, entity_id, changes, hash, %1 FROM "
                       "audit_log%2 ORDER BY id DESC LIMIT ? OFFSET ?")
            .arg(caseCode, whereClause(filter, values));
    values << (limit > 0 ? QVariant(limit) : m_db.dialect().noLimit()) << qMax<qint64>(offset, 0);
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query, statement, values, "audit.find"); !r)
        return r.error();
    QList<AuditEntry> entries;
    while (query.next())
        entries.append(entryFrom(query));
    return entries;
}

Result<qint64> AuditLog::count(const AuditFilter &filter) const
{
    QVariantList values;
    const QString statement =
        QStringLiteral("SELECT count(*) FROM audit_log%1").arg(whereClause(filter, values));
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query, statement, values, "audit.count"); !r)
        return r.error();
    return query.next() ? query.value(0).toLongLong() : 0;
}

namespace {

Result<QStringList> distinctColumn(Database &db, const QString &column)
{
    QSqlQuery query(db.connection());
    if (auto r =
            sql::run(query,
                     QStringLiteral("SELECT DISTINCT %1 FROM audit_log ORDER BY %1").arg(column),
                     {},
                     "audit.distinct");
        !r)
        return r.error();
    QStringList values;
    while (query.next())
        values << query.value(0).toString();
    return values;
}

} // namespace

Result<QStringList> AuditLog::actors() const
{
    return distinctColumn(m_db, QStringLiteral("actor"));
}

Result<QStringList> AuditLog::actions() const
{
    return distinctColumn(m_db, QStringLiteral("action"));
}

Result<AuditChainReport> AuditLog::verifyChain() const
{
    // Computed here rather than by sr_audit_hash in SQL, so that every engine checks the chain
    // the same way (AuditChain.h).
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query,
                          QStringLiteral("SELECT id, hash, at, actor, action, entity, entity_id, "
                                         "changes FROM audit_log ORDER BY id"),
                          {},
                          "audit.verify");
        !r)
        return r.error();
    AuditChainReport report;
    QVariant previous;
    while (query.next()) {
        ++report.rows;
        const qint64 id = query.value(0).toLongLong();
        const QVariant stored = query.value(1);
        if (report.firstBrokenId == 0) {
            const QString computed = AuditChainHash::of(previous,
                                                        id,
                                                        query.value(2).toString(),
                                                        query.value(3).toString(),
                                                        query.value(4).toString(),
                                                        query.value(5).toString(),
                                                        query.value(6),
                                                        query.value(7).toString());
            if (stored.isNull() || stored.toString() != computed)
                report.firstBrokenId = id;
        }
        previous = stored;
    }
    if (query.lastError().isValid())
        return sql::errorFrom(query, "audit.verify");
    return report;
}

Result<std::optional<AuditAnchor>> AuditLog::head() const
{
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query,
                          QStringLiteral("SELECT id, hash FROM audit_log ORDER BY id DESC LIMIT 1"),
                          {},
                          "audit.head");
        !r)
        return r.error();
    if (!query.next() || query.value(1).isNull())
        return std::optional<AuditAnchor>();
    return std::optional<AuditAnchor>(
        AuditAnchor{query.value(0).toLongLong(), query.value(1).toString()});
}

Result<AuditAnchorReport> AuditLog::verifyAnchor() const
{
    AuditAnchorReport report;
    // A server's history is its administrator's (SqlDialect::keepsAuditAnchor): its location
    // is no file whose older copy could replace it, and nothing is remembered for it.
    if (!m_db.dialect().keepsAuditAnchor())
        return report;
    const QList<AuditAnchor> anchors = audit_anchor::history(m_db.path());
    report.anchored = !anchors.isEmpty();
    if (report.anchored)
        report.anchorId = anchors.constFirst().id;
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto r = sql::prepare(
            query, QStringLiteral("SELECT hash FROM audit_log WHERE id = ?"), "audit.anchor");
        !r)
        return r.error();
    // Newest first: the first anchor still in the chain is where the log still agrees.
    for (const AuditAnchor &anchor : anchors) {
        query.bindValue(0, anchor.id);
        if (auto r = sql::exec(query, "audit.anchor"); !r)
            return r.error();
        const bool intact = query.next() && query.value(0).toString() == anchor.hash;
        query.finish();
        if (intact) {
            report.intactUntil = anchor.id;
            break;
        }
        report.ok = false;
    }
    if (report.ok)
        report.intactUntil = 0;
    query.finish();

    // The anchor a backup carried in (writeAnchorInto): a floor that travels with the file.
    auto carried = ReferenceRepository(m_db).setting(QStringLiteral("audit_anchor"), QString());
    if (!carried)
        return carried.error();
    const qsizetype colon = carried->indexOf(u':');
    bool numeric = false;
    const AuditAnchor floor{carried->left(colon).toLongLong(&numeric), carried->mid(colon + 1)};
    if (colon > 0 && numeric && floor.id > 0) {
        query.bindValue(0, floor.id);
        if (auto r = sql::exec(query, "audit.anchor"); !r)
            return r.error();
        const bool intact = query.next() && query.value(0).toString() == floor.hash;
        query.finish();
        if (!intact) {
            report.anchored = true;
            if (report.ok || floor.id < report.anchorId)
                report.anchorId = floor.id;
            // Only the row itself is known here: the log agrees at most up to the one before.
            auto before = sql::scalarInt(
                m_db.connection(),
                QStringLiteral("SELECT coalesce(max(id), 0) FROM audit_log WHERE id < %1")
                    .arg(floor.id),
                "audit.anchor");
            if (!before)
                return before.error();
            report.intactUntil = report.ok ? *before : qMin(report.intactUntil, *before);
            report.ok = false;
        }
    }
    return report;
}

Result<void> AuditLog::resetAnchor()
{
    if (!m_db.dialect().keepsAuditAnchor())
        return {};
    auto current = head();
    if (!current)
        return current.error();
    if (*current)
        audit_anchor::save(m_db.path(), **current, /*replace=*/true);
    return {};
}

int AuditLog::writeAnchorInto(sqlite3 *copy)
{
    return sqlite3_exec(copy,
                        "INSERT OR REPLACE INTO settings (key, value) SELECT 'audit_anchor', "
                        "id || ':' || hash FROM audit_log WHERE hash IS NOT NULL "
                        "ORDER BY id DESC LIMIT 1",
                        nullptr,
                        nullptr,
                        nullptr);
}

Result<AuditChainReport> AuditLog::verifyChain(sqlite3 *connection)
{
    if (auto r = registerFunctions(connection); !r)
        return r.error();
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(connection,
                           "SELECT id, hash, sr_audit_hash(lag(hash) OVER (ORDER BY id), id, at, "
                           "actor, action, entity, entity_id, changes) FROM audit_log ORDER BY id",
                           -1,
                           &stmt,
                           nullptr)
        != SQLITE_OK)
        return Error{
            ErrorCode::Corrupt,
            QStringLiteral("audit.verify: %1").arg(QString::fromUtf8(sqlite3_errmsg(connection)))};
    AuditChainReport report;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        ++report.rows;
        const auto *stored = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 1));
        const auto *computed = reinterpret_cast<const char *>(sqlite3_column_text(stmt, 2));
        if (report.firstBrokenId == 0
            && (!stored || !computed || std::strcmp(stored, computed) != 0))
            report.firstBrokenId = sqlite3_column_int64(stmt, 0);
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return Error{ErrorCode::Corrupt,
                     QStringLiteral("audit.verify: %1").arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    return report;
}

Result<void> AuditLog::registerFunctions(const QSqlDatabase &db)
{
    sqlite3 *handle = sql::handle(db);
    if (!handle)
        return Error{ErrorCode::Internal, QStringLiteral("audit: no SQLite handle")};
    return registerFunctions(handle);
}

Result<void> AuditLog::registerFunctions(sqlite3 *handle)
{
    if (sodium_init() < 0)
        return Error{ErrorCode::Internal, QStringLiteral("audit: libsodium unavailable")};
    const int rc = sqlite3_create_function(handle,
                                           "sr_audit_hash",
                                           chainArguments,
                                           SQLITE_UTF8 | SQLITE_DETERMINISTIC | SQLITE_INNOCUOUS,
                                           nullptr,
                                           &auditHashFunction,
                                           nullptr,
                                           nullptr);
    if (rc != SQLITE_OK)
        return Error{ErrorCode::Internal,
                     QStringLiteral("audit: cannot register the chain function: %1")
                         .arg(QString::fromUtf8(sqlite3_errstr(rc)))};
    // The anchor follows every commit that appended audit rows, whoever committed it.
    sqlite3_wal_hook(handle, &walHook, nullptr);
    return {};
}

} // namespace sr::storage
