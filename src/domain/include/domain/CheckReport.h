#pragma once

#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

namespace sr::domain {

/** An account whose stored role or state differs from its audited history. */
struct AccountMismatch
{
    qint64 userId = 0;
    QString userName; ///< the account's user name (the only personal detail reported)
    /** What differs: "role", "disabled", "must_change_password", "password", "not_created"
     *  (no user_create row: inserted outside SafeReturn) or "missing" (audited, not stored). */
    QStringList fields;
};

/** What checking a database (`check`) found. */
struct CheckReport
{
    bool integrityOk = false;      ///< PRAGMA integrity_check said "ok"
    bool foreignKeysOk = false;    ///< PRAGMA foreign_key_check found nothing
    bool auditChainOk = false;     ///< every audit row's hash matches the chain
    qint64 auditChainBrokenAt = 0; ///< id of the first audit row that breaks it (0: none)
    /** The chain still holds the row remembered outside the database (AuditLog::verifyAnchor;
     *  true when nothing is remembered for this database). */
    bool auditAnchorOk = true;
    qint64 auditAnchorId = 0;       ///< the remembered row (0: no anchor here)
    qint64 auditTruncatedAfter = 0; ///< when the anchor is gone: the last row still in place
    /** Accounts whose role or state differs from their audited history (user names only). */
    QList<AccountMismatch> accountMismatches;
    /** Attachments whose stored chunks were read back and hashed (active and archived). */
    qint64 attachmentsChecked = 0;
    /** Ids of the attachments whose chunks disagree with their size or SHA-256 (ids only: a
     *  file name may hold a person's name). */
    QList<qint64> damagedAttachments;
    QStringList problems;                 ///< technical lines (no personal data)
    QList<QPair<QString, qint64>> counts; ///< table name → rows
    int schemaVersion = 0;

    /** Whether nothing above is wrong. */
    bool ok() const
    {
        return integrityOk && foreignKeysOk && auditChainOk && auditAnchorOk
               && accountMismatches.isEmpty() && damagedAttachments.isEmpty();
    }
};

} // namespace sr::domain
