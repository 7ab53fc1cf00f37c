#include "RecordTypes.h"

#include <QCoreApplication>

namespace sr::domain {

const RecordType<Attachment> &attachmentRecord()
{
    using A = Attachment;
    // The bytes are not columns of the record: storage/AttachmentRepository.h keeps them in
    // attachment_chunk (resources/sql/sqlite/0013_attachments.sql). A change notice of a case:
    // the case editor lists the attachments with the records they belong to.
    static const RecordType<Attachment> type(
        RecordTypeInfo{
            .table = QStringLiteral("attachment"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Attachment"),
            .parentTable = QStringLiteral("person"),
            .parentColumn = QStringLiteral("person_id"),
            .sinceSchemaVersion = 13,
            .notice = ChangeKind::Case,
        },
        {
            int64<&A::personId>("person_id").notExchanged(),
            optionalInt64<&A::receptionId>("reception_id").notExchanged(),
            optionalInt64<&A::supportId>("support_id").notExchanged(),
            optionalInt64<&A::followUpId>("follow_up_id").notExchanged(),
            text<&A::documentType>("document_type"),
            date<&A::documentDate>("document_date"),
            text<&A::note>("note").personal(),
            text<&A::fileName>("file_name").personal(),
            text<&A::mediaType>("media_type"),
            int64<&A::sizeBytes>("size_bytes"),
            text<&A::sha256>("sha256"),
            text<&A::convertedFrom>("converted_from"),
        });
    return type;
}

} // namespace sr::domain
