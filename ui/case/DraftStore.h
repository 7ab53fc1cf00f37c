#pragma once

#include "domain/Result.h"
#include "services/DraftProtection.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

#include <optional>

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/** One unsaved case editor form kept on disk. */
struct Draft
{
    QString id; ///< random; the file is "<id>.draft" (no personal data in the name)
    QDateTime savedAt;
    qint64 personId = 0; ///< 0 for a new case
    QJsonObject form;    ///< CaseJson of the form
};

/**
 * Local drafts of the case editor: files in <AppDataLocation>/drafts/ (folder and files
 * owner-only), written atomically (QSaveFile), one per open editor, removed when the form is
 * saved or discarded. Each holds JSON sealed with the database's draft key
 * (services::DraftProtection): without that database a draft is unreadable. Each draft names
 * the database and the user it belongs to, so a start with that database offers a user only
 * their own drafts (another worker's unsaved form is not theirs to read or to discard).
 * Plain "<id>.json" drafts of earlier versions are still offered, and removed with the draft.
 */
class DraftStore
{
public:
    /** @a context must outlive the store only during construction (the key is read then). */
    DraftStore(services::AppContext &context, const QString &owner);

    static QString directory();
    /** A new random draft id. */
    static QString newId();

    /** ErrorCode::ReadOnly when the database has no draft key and cannot get one. */
    Result<void> write(const QString &id, qint64 personId, const QJsonObject &form) const;
    void remove(const QString &id) const;
    /** Drafts of this database and owner, newest first. */
    QList<Draft> list() const;

private:
    QString m_database;
    QString m_owner;
    std::optional<services::DraftProtection> m_protection;
};

} // namespace sr::ui
