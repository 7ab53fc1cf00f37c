#pragma once

#include "RecordRepository.h"
#include "domain/Attachment.h"

#include <QByteArray>

namespace sr::storage {

/**
 * Stores attachments (docs/attachments.md): the description is a record of the descriptor
 * domain::attachmentRecord(); the bytes go beside it in attachment_chunk, in chunks of
 * kChunkBytes, written in the same transaction as the description and never changed
 * (resources/sql/sqlite/0013_attachments.sql). Nothing is written to a file: the bytes go from
 * memory into the database and back.
 */
class AttachmentRepository : public RecordRepository<domain::Attachment>
{
public:
    /** The size of a stored chunk: a 20 MB file is 20 rows, each read in one go. */
    static constexpr int kChunkBytes = 1024 * 1024;

    explicit AttachmentRepository(Database &db, AuditPolicy audit = AuditPolicy::PerRecord);

    /**
     * Inserts @a attachment with @a bytes, inside the caller's transaction. Its size and
     * SHA-256 are set from @a bytes here, so a description never disagrees with its content.
     */
    Result<domain::Attachment> insertWithContent(const domain::Attachment &attachment,
                                                 const QByteArray &bytes,
                                                 const domain::Actor &actor);

    /** The attachments of a person (all of them, whichever record they belong to), oldest first. */
    Result<QList<domain::Attachment>>
    listForPerson(qint64 personId, ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;

    /**
     * The stored bytes of attachment @a id, checked against its size and SHA-256: a Corrupt
     * error when they disagree (the database was damaged), NotFound when there is no such
     * attachment.
     */
    Result<QByteArray> content(const domain::Attachment &attachment) const;

    /** How many attachments, how many bytes (active and archived): for `check` and the bench. */
    struct Totals
    {
        qint64 count = 0;
        qint64 bytes = 0;
    };
    Result<Totals> totals() const;
};

} // namespace sr::storage
