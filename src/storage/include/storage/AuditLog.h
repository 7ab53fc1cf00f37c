#pragma once

#include "domain/Actor.h"
#include "domain/AuditEntry.h"
#include "domain/Result.h"

#include <QDate>
#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QSqlDatabase>
#include <QString>

#include <optional>

struct sqlite3;

namespace sr::storage {

class Database;

using domain::AuditEntry;
using domain::AuditFilter;

/** What verifying the hash chain found. */
struct AuditChainReport
{
    qint64 rows = 0;          ///< rows checked
    qint64 firstBrokenId = 0; ///< 0 when the chain is intact
};

/** The newest audit row (id and chained hash), remembered outside the database. */
struct AuditAnchor
{
    qint64 id = 0;
    QString hash;
    bool operator==(const AuditAnchor &) const = default;
};

/** What comparing the chain with the remembered anchor found. */
struct AuditAnchorReport
{
    bool anchored = false; ///< an anchor is remembered (settings, or carried by a backup)
    qint64 anchorId = 0;   ///< the remembered row (when not ok: the one found missing)
    bool ok = true;        ///< the chain still holds that row with that hash
    /** When not ok: the newest earlier anchor still in the chain (0: none of those either);
     *  for the anchor a backup carried, the row before it. */
    qint64 intactUntil = 0;
};

/**
 * Where the head of each database's audit chain is remembered outside the database: a settings
 * file of the user (QSettings, "<config>/SafeReturn/audit-anchors.ini"), keyed by the
 * database's canonical path. The file is only used by the application itself (organisation
 * name "SafeReturn" set in main.cpp) or when a test chose one with setFile(): library users and
 * unit tests leave the user's settings alone.
 */
namespace audit_anchor {
/** The settings file in use; empty = anchoring off. */
QString file();
/** Uses @a path from now on (tests); an empty path restores the default. */
void setFile(const QString &path);
/** The anchors remembered for @a databasePath, newest first (the last few commits' heads). */
QList<AuditAnchor> history(const QString &databasePath);
/** The newest remembered anchor. */
std::optional<AuditAnchor> load(const QString &databasePath);
/** Remembers @a anchor as the newest (@a replace: forgets the earlier ones). */
void save(const QString &databasePath, const AuditAnchor &anchor, bool replace);
} // namespace audit_anchor

/**
 * Writes to and reads the audit log. Rows can only be appended: triggers in the schema
 * refuse UPDATE and DELETE. append() joins the caller's Transaction, so the audit row
 * commits or rolls back together with the change it describes. Every row, whoever inserts it,
 * gets its hash chained to the previous row by the audit_log_chain trigger in the same
 * statement (docs/security.md); verifyChain() finds the first row that breaks the chain.
 */
class AuditLog
{
public:
    explicit AuditLog(Database &db);

    Result<qint64> append(const domain::Actor &actor,
                          const QString &action,
                          const QString &entity = {},
                          qint64 entityId = 0,
                          const QJsonObject &changes = {});

    /** Newest first; @a entity empty = all. */
    Result<QList<AuditEntry>>
    list(const QString &entity = {}, qint64 entityId = 0, int limit = 1000) const;

    /** Rows matching @a filter, newest first, one page (@a limit ≤ 0: all from @a offset). */
    Result<QList<AuditEntry>> find(const AuditFilter &filter, int limit, qint64 offset = 0) const;
    /** Number of rows matching @a filter. */
    Result<qint64> count(const AuditFilter &filter) const;
    /** Distinct user names and action codes in the log (for the viewer's filter lists). */
    Result<QStringList> actors() const;
    Result<QStringList> actions() const;

    /**
     * Recomputes the hash chain in id order and reports the first row whose stored hash differs
     * from BLAKE2b(previous row's stored hash, its content): an edit, a deleted row before it,
     * or a missing hash. Needs registerFunctions() on the connection (Database does it).
     */
    Result<AuditChainReport> verifyChain() const;

    /** The newest row, or nothing for an empty log (or rows not chained yet). */
    Result<std::optional<AuditAnchor>> head() const;

    /**
     * Compares the chain with the anchor remembered for this database (audit_anchor): the row
     * must still be there with the same hash, otherwise the log was truncated or rewritten
     * after intactUntil. The anchor a restored backup carries in its settings
     * (writeAnchorInto) is compared too.
     */
    Result<AuditAnchorReport> verifyAnchor() const;

    /**
     * Remembers the current head as this database's anchor, replacing whatever was remembered:
     * after a restore, whose log legitimately ends earlier than the replaced one.
     */
    Result<void> resetAnchor();

    /**
     * Writes the head of @a copy's chain into its own settings (key "audit_anchor", "id:hash"):
     * a backup carries its anchor, so a restored backup (on any machine) still finds its log
     * truncated below that row. For backup copies on a raw connection; SQLite result code.
     */
    static int writeAnchorInto(sqlite3 *copy);

    /**
     * Registers sr_audit_hash() on @a db's SQLite connection; the audit_log_chain trigger
     * (migration 5) calls it for every new row. Also installs the commit hook that advances the
     * anchor (audit_anchor) after every commit that appended audit rows — as long as the
     * remembered row is still in the chain: a mismatch is kept for `check` to report, never
     * overwritten. Database calls this for every connection.
     */
    static Result<void> registerFunctions(const QSqlDatabase &db);
    /** The same on a plain SQLite connection (a backup file checked before a restore). */
    static Result<void> registerFunctions(sqlite3 *connection);

    /**
     * verifyChain() on a plain SQLite connection that is no Database (a backup file checked
     * before it may replace the live database); registers sr_audit_hash() on it first.
     */
    static Result<AuditChainReport> verifyChain(sqlite3 *connection);

private:
    Database &m_db;
};

} // namespace sr::storage
