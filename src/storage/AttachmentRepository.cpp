#include "AttachmentRepository.h"

#include "RecordTable.h"
#include "SqlSupport.h"
#include "domain/RecordTypes.h"

#include <QCryptographicHash>

namespace sr::storage {

using domain::Attachment;

namespace {

QString sha256Of(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

} // namespace

AttachmentRepository::AttachmentRepository(Database &db, AuditPolicy audit)
    : RecordRepository(db, domain::attachmentRecord(), audit)
{}

Result<Attachment> AttachmentRepository::insertWithContent(const Attachment &attachment,
                                                           const QByteArray &bytes,
                                                           const domain::Actor &actor)
{
    if (bytes.isEmpty())
        return Error{ErrorCode::InvalidInput, QStringLiteral("attachment: no bytes")};
    Attachment described = attachment;
    described.sizeBytes = bytes.size();
    described.sha256 = sha256Of(bytes);
    auto stored = insert(described, actor);
    if (!stored)
        return stored;
    // insert() returns the stored row of a retried uuid: its chunks are there already.
    auto existing = table().query(
        QStringLiteral("SELECT 1 FROM attachment_chunk WHERE attachment_id = ? AND seq = 0"));
    if (!existing)
        return existing.error();
    (*existing)->bindValue(0, stored->meta.id);
    if (auto r = sql::exec(**existing, "attachment.retried"); !r)
        return r.error();
    const bool retried = (*existing)->next();
    (*existing)->finish();
    if (retried)
        return stored;
    auto q = table().query(
        QStringLiteral("INSERT INTO attachment_chunk (attachment_id, seq, data) VALUES (?, ?, ?)"));
    if (!q)
        return q.error();
    for (qsizetype offset = 0, seq = 0; offset < bytes.size(); offset += kChunkBytes, ++seq) {
        (*q)->bindValue(0, stored->meta.id);
        (*q)->bindValue(1, qint64(seq));
        (*q)->bindValue(2, bytes.mid(offset, kChunkBytes));
        if (auto r = sql::exec(**q, "attachment.chunk"); !r)
            return r.error();
    }
    (*q)->finish();
    return stored;
}

Result<QList<Attachment>> AttachmentRepository::listForPerson(qint64 personId,
                                                              ArchiveFilter filter) const
{
    return table().list(RowFilter{.conditions = {QStringLiteral("person_id = ?")},
                                  .values = {personId},
                                  .archive = filter,
                                  .orderBy = QStringLiteral("id")});
}

Result<QByteArray> AttachmentRepository::content(const Attachment &attachment) const
{
    auto q = table().query(QStringLiteral(
        "SELECT seq, data FROM attachment_chunk WHERE attachment_id = ? ORDER BY seq"));
    if (!q)
        return q.error();
    (*q)->bindValue(0, attachment.meta.id);
    if (auto r = sql::exec(**q, "attachment.content"); !r)
        return r.error();
    QByteArray bytes;
    bytes.reserve(attachment.sizeBytes);
    qint64 expectedSeq = 0;
    bool inOrder = true;
    while ((*q)->next()) {
        inOrder = inOrder && (*q)->value(0).toLongLong() == expectedSeq++;
        bytes.append((*q)->value(1).toByteArray());
    }
    (*q)->finish();
    if (expectedSeq == 0)
        return Error{ErrorCode::Corrupt,
                     QStringLiteral("attachment %1 has no stored bytes").arg(attachment.meta.id)};
    if (!inOrder || bytes.size() != attachment.sizeBytes || sha256Of(bytes) != attachment.sha256)
        return Error{ErrorCode::Corrupt,
                     QStringLiteral("attachment %1: stored bytes do not match their SHA-256")
                         .arg(attachment.meta.id)};
    return bytes;
}

Result<AttachmentRepository::Totals> AttachmentRepository::totals() const
{
    auto q = table().query(QStringLiteral("SELECT count(*), sum(size_bytes) FROM attachment"));
    if (!q)
        return q.error();
    if (auto r = sql::exec(**q, "attachment.totals"); !r)
        return r.error();
    Totals totals;
    if ((*q)->next()) {
        totals.count = (*q)->value(0).toLongLong();
        totals.bytes = (*q)->value(1).toLongLong();
    }
    (*q)->finish();
    return totals;
}

} // namespace sr::storage
