#include "AttachmentService.h"

#include "CaseAccess.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Clock.h"
#include "domain/Validation.h"
#include "exchange/AttachmentFile.h"
#include "storage/AttachmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/FollowUpRepository.h"
#include "storage/OutputFile.h"
#include "storage/ReceptionRepository.h"
#include "storage/ReferenceRepository.h"
#include "storage/SupportRepository.h"

#include <QFileInfo>
#include <QJsonObject>

namespace sr::services {

using domain::Attachment;

namespace {

/** The id of the reception a support or follow-up belongs to (read in the caller's transaction). */
template<typename Repository>
Result<qint64> receptionOf(storage::Database &db, qint64 id)
{
    auto record = Repository(db).get(id);
    if (!record)
        return record.error();
    if (record->meta.archived)
        return makeError(ErrorCode::NotFound, QStringLiteral("attachment: record archived"));
    return record->receptionId;
}

/**
 * Ok when the record @a attachment is attached to is an active record of its person's case.
 * A reception, support or follow-up of another person is a caller's bug, not a user's input:
 * refused as NotFound, nothing written.
 */
Result<void> checkOwner(storage::Database &db, const Attachment &attachment)
{
    const int owners = int(attachment.receptionId.has_value())
                       + int(attachment.supportId.has_value())
                       + int(attachment.followUpId.has_value());
    if (owners > 1)
        return makeError(ErrorCode::InvalidInput, QStringLiteral("attachment: several owners"));
    std::optional<qint64> receptionId = attachment.receptionId;
    if (attachment.supportId) {
        auto r = receptionOf<storage::SupportRepository>(db, *attachment.supportId);
        if (!r)
            return r.error();
        receptionId = *r;
    } else if (attachment.followUpId) {
        auto r = receptionOf<storage::FollowUpRepository>(db, *attachment.followUpId);
        if (!r)
            return r.error();
        receptionId = *r;
    }
    if (!receptionId)
        return {};
    auto reception = storage::ReceptionRepository(db).get(*receptionId);
    if (!reception)
        return reception.error();
    if (reception->meta.archived || reception->personId != attachment.personId)
        return makeError(ErrorCode::NotFound, QStringLiteral("attachment: not of this case"));
    return {};
}

/** Where an attachment belongs, for the audit row: the table and id of its record. */
QJsonObject ownerOf(const Attachment &attachment)
{
    QJsonObject owner{{QStringLiteral("person_id"), attachment.personId}};
    if (attachment.receptionId)
        owner.insert(QStringLiteral("reception_id"), *attachment.receptionId);
    if (attachment.supportId)
        owner.insert(QStringLiteral("support_id"), *attachment.supportId);
    if (attachment.followUpId)
        owner.insert(QStringLiteral("follow_up_id"), *attachment.followUpId);
    return owner;
}

ServiceResult<Attachment> store(storage::Database &db,
                                const domain::Actor &actor,
                                const Attachment &description,
                                const exchange::AttachmentFile &file)
{
    storage::Transaction transaction(db);
    if (!transaction.isActive())
        return ServiceResult<Attachment>(transaction.error());
    // Read in the write transaction: an attachment type archived, or the record archived, by
    // another process a moment ago is seen here (docs/architecture.md, storage rules).
    auto types = storage::ReferenceRepository(db).attachmentTypes();
    if (!types)
        return ServiceResult<Attachment>(types.error());
    QStringList codes;
    for (const domain::AttachmentType &type : *types)
        codes.append(type.code);
    Attachment clean = description;
    clean.meta = {};
    clean.note = clean.note.trimmed();
    clean.fileName = clean.fileName.trimmed();
    clean.mediaType = file.mediaType;
    clean.convertedFrom = file.convertedFrom;
    if (const domain::FieldErrors errors =
            domain::validateAttachment(clean, codes, domain::Clock::instance().todayInVietnam());
        !errors.isEmpty())
        return ServiceResult<Attachment>::invalid(errors);
    if (auto owner = checkOwner(db, clean); !owner)
        return ServiceResult<Attachment>(owner.error());
    Result<Attachment> written =
        storage::AttachmentRepository(db).insertWithContent(clean, file.bytes, actor);
    return commitResult(transaction, std::move(written), "attachment.attach");
}

} // namespace

AttachmentService::AttachmentService(storage::Database &db)
    : m_db(db)
{}

ServiceResult<Attachment> AttachmentService::attachFile(const domain::Actor &actor,
                                                        const Attachment &description,
                                                        const QString &path)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<Attachment>(r.error());
    if (auto r = CaseAccess::requireCase(m_db, actor, description.personId); !r)
        return ServiceResult<Attachment>(r.error());
    Result<exchange::AttachmentFile> file = exchange::readAttachmentFile(path);
    if (!file)
        return ServiceResult<Attachment>(file.error());
    Attachment named = description;
    if (named.fileName.trimmed().isEmpty())
        named.fileName = QFileInfo(path).fileName();
    return store(m_db, actor, named, *file);
}

ServiceResult<Attachment> AttachmentService::attachBytes(const domain::Actor &actor,
                                                         const Attachment &description,
                                                         const QByteArray &bytes)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return ServiceResult<Attachment>(r.error());
    if (auto r = CaseAccess::requireCase(m_db, actor, description.personId); !r)
        return ServiceResult<Attachment>(r.error());
    Result<exchange::AttachmentFile> file = exchange::checkAttachmentBytes(bytes);
    if (!file)
        return ServiceResult<Attachment>(file.error());
    return store(m_db, actor, description, *file);
}

Result<QList<Attachment>> AttachmentService::list(const domain::Actor &actor,
                                                  qint64 personId,
                                                  domain::ArchiveFilter filter) const
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    if (auto r = CaseAccess::requireCase(m_db, actor, personId); !r)
        return r.error();
    return storage::AttachmentRepository(m_db).listForPerson(personId, filter);
}

Result<Attachment> AttachmentService::readable(const domain::Actor &actor, qint64 id) const
{
    Result<Attachment> attachment = storage::AttachmentRepository(m_db).get(id);
    if (!attachment)
        return attachment;
    if (auto r = CaseAccess::requireCase(m_db, actor, attachment->personId); !r)
        return r.error();
    return attachment;
}

Result<domain::AttachmentContent> AttachmentService::open(const domain::Actor &actor, qint64 id)
{
    if (auto r = require(m_db, actor, Permission::ViewCases); !r)
        return r.error();
    Result<Attachment> attachment = readable(actor, id);
    if (!attachment)
        return attachment.error();
    Result<QByteArray> bytes = storage::AttachmentRepository(m_db).content(*attachment);
    if (!bytes)
        return bytes.error();
    // Audited as a case is when opened (AuditService::recordCaseOpened): who saw which paper.
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = storage::AuditLog(m_db).append(
            actor, QStringLiteral("open"), QStringLiteral("attachment"), id, ownerOf(*attachment));
        !r)
        return r.error();
    if (auto r = commitLogged(transaction, "attachment.open"); !r)
        return r.error();
    return domain::AttachmentContent{std::move(attachment).value(), std::move(bytes).value()};
}

Result<void> AttachmentService::saveCopy(const domain::Actor &actor, qint64 id, const QString &path)
{
    if (auto r = require(m_db, actor, Permission::SaveAttachmentCopy); !r)
        return r;
    Result<Attachment> attachment = readable(actor, id);
    if (!attachment)
        return attachment.error();
    Result<QByteArray> bytes = storage::AttachmentRepository(m_db).content(*attachment);
    if (!bytes)
        return bytes.error();
    storage::OutputFile file(path);
    if (auto opened = file.open(m_db.path()); !opened)
        return opened;
    if (file.device()->write(*bytes) != bytes->size() || file.hasError()) {
        Error error = file.writeError();
        file.cancel();
        return error;
    }
    // The audit row and the copy commit together (CommitResult.h commitAuditedFile): the copy is
    // audited only once it is on the disk, and removed again if its row cannot commit, so a
    // copy never exists unaudited. The path is the user's and may name the person: it is not
    // in the audit row.
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    QJsonObject details = ownerOf(*attachment);
    details.insert(QStringLiteral("sha256"), attachment->sha256);
    if (auto r = storage::AuditLog(m_db).append(
            actor, QStringLiteral("save_copy"), QStringLiteral("attachment"), id, details);
        !r)
        return r.error();
    if (auto committed = commitAuditedFile(file, transaction); !committed)
        return committed.error();
    return {};
}

Result<void> AttachmentService::archive(const domain::Actor &actor,
                                        qint64 id,
                                        int expectedVersion,
                                        const QString &reason)
{
    if (auto r = require(m_db, actor, Permission::EditCases); !r)
        return r;
    if (reason.trimmed().isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("attachment.archive: no reason"));
    // Access is checked before the write transaction, so that a refusal's audit row is not
    // rolled back with it; the archive itself checks the version the user saw.
    if (Result<Attachment> attachment = readable(actor, id); !attachment)
        return attachment.error();
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto r = storage::AttachmentRepository(m_db).archive(
            id, expectedVersion, reason.trimmed(), actor);
        !r)
        return r;
    return commitLogged(transaction, "attachment.archive");
}

} // namespace sr::services
