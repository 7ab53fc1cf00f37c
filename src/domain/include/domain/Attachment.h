#pragma once

#include "RecordMeta.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sr::domain {

/**
 * A scanned paper or a photo kept with a case (docs/attachments.md). This record describes
 * it; its bytes are stored beside it in the database, in chunks, by storage alone
 * (storage/AttachmentRepository.h), so a backup holds them and no file outside the database
 * ever holds them in clear. It belongs to the person, or to one of the person's receptions,
 * supports or follow-ups: at most one of the three ids is set.
 */
struct Attachment
{
    RecordMeta meta;
    qint64 personId = 0;
    std::optional<qint64> receptionId;
    std::optional<qint64> supportId;
    std::optional<qint64> followUpId;
    QString documentType; ///< code of the attachment_type reference list
    QDate documentDate;   ///< the date the paper carries; may be empty
    QString note;
    QString fileName;  ///< the name it had on the user's disk (personal: it may hold a name)
    QString mediaType; ///< "application/pdf", "image/jpeg" or "image/png", decided by content
    qint64 sizeBytes = 0;
    QString sha256;        ///< lower-case hex SHA-256 of the stored bytes
    QString convertedFrom; ///< "image/tiff" when a scanner's TIFF was converted on the way in
};

/** The stored bytes of an attachment with its description, as opened for viewing. */
struct AttachmentContent
{
    Attachment attachment;
    QByteArray bytes;
};

} // namespace sr::domain
