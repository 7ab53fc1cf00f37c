#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/ArchiveFilter.h"
#include "domain/Attachment.h"
#include "domain/Result.h"

#include <QByteArray>
#include <QList>
#include <QString>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/**
 * Attachments of a case (docs/attachments.md): scans and photos attached to a person or to
 * one of the person's receptions, supports or follow-ups, stored inside the database.
 *
 * - Attaching needs Permission::EditCases and access to the case (services/CaseAccess.h). The
 *   file is checked by its content (exchange/AttachmentFile.h: type, size, a damaged PDF, an
 *   image bomb) before anything is written; the description is validated
 *   (domain::validateAttachment) and the record it is attached to must belong to the person —
 *   read inside the write transaction, so an archive by another process cannot slip between.
 *   One transaction writes the description, its chunks and the audit row.
 * - Listing needs Permission::ViewCases and access to the case. Opening one (its bytes) is
 *   audited ("open", entity attachment), in the same way as opening a case.
 * - Saving a copy to a file needs Permission::SaveAttachmentCopy; it is audited only once the
 *   file is on the disk (storage/OutputFile.h), and never onto the open database.
 * - Archiving needs Permission::EditCases and a reason; the bytes stay.
 */
class AttachmentService
{
public:
    explicit AttachmentService(storage::Database &db);

    /**
     * Reads the file at @a path, checks it and stores it as described by @a description
     * (personId, at most one of receptionId/supportId/followUpId, documentType, documentDate,
     * note; fileName defaults to the file's name). A file error names the file.
     */
    ServiceResult<domain::Attachment> attachFile(const domain::Actor &actor,
                                                 const domain::Attachment &description,
                                                 const QString &path);
    /** The same with bytes already in memory (fileName must be set). */
    ServiceResult<domain::Attachment> attachBytes(const domain::Actor &actor,
                                                  const domain::Attachment &description,
                                                  const QByteArray &bytes);

    /** The attachments of a person's case, oldest first. */
    Result<QList<domain::Attachment>>
    list(const domain::Actor &actor,
         qint64 personId,
         domain::ArchiveFilter filter = domain::ArchiveFilter::ActiveOnly) const;

    /** The bytes of attachment @a id, checked against their SHA-256; audited. */
    Result<domain::AttachmentContent> open(const domain::Actor &actor, qint64 id);

    /** Writes the bytes of attachment @a id to @a path; audited once written. */
    Result<void> saveCopy(const domain::Actor &actor, qint64 id, const QString &path);

    /** Archives attachment @a id (the version the user saw) with @a reason. */
    Result<void>
    archive(const domain::Actor &actor, qint64 id, int expectedVersion, const QString &reason);

private:
    Result<domain::Attachment> readable(const domain::Actor &actor, qint64 id) const;

    storage::Database &m_db;
};

} // namespace sr::services
