#pragma once

#include "domain/Result.h"

#include <QDateTime>
#include <QJsonObject>
#include <QList>
#include <QString>

namespace sr::ui {

/** One unsaved case editor form kept on disk. */
struct Draft
{
    QString id; ///< random; the file is "<id>.json" (no personal data in the name)
    QDateTime savedAt;
    qint64 personId = 0; ///< 0 for a new case
    QJsonObject form;    ///< CaseJson of the form
};

/**
 * Local drafts of the case editor: JSON files in <AppDataLocation>/drafts/ (folder and files
 * owner-only), written atomically (QSaveFile), one per open editor, removed when the form is
 * saved or discarded. Each draft names the database and the user it belongs to, so a start
 * with that database offers a user only their own drafts (another worker's unsaved form is not
 * theirs to read or to discard).
 */
class DraftStore
{
public:
    DraftStore(const QString &databasePath, const QString &owner);

    static QString directory();
    /** A new random draft id. */
    static QString newId();

    Result<void> write(const QString &id, qint64 personId, const QJsonObject &form) const;
    void remove(const QString &id) const;
    /** Drafts of this database and owner, newest first. */
    QList<Draft> list() const;

private:
    QString m_database;
    QString m_owner;
};

} // namespace sr::ui
