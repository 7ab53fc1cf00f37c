#pragma once

// A case with attachments for the tests of what carries them (backup, restore, check, server
// migration, CSV and ZIP exports): a person with a reception and a support, and three
// attachments stored through storage::AttachmentRepository::insertWithContent (any bytes do:
// the repository does not check the content): one of the person, over 2 MiB (three chunks),
// one of the reception, archived, and one of the support.

#include "domain/Actor.h"
#include "domain/Attachment.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Support.h"
#include "storage/AttachmentRepository.h"
#include "storage/Database.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/SupportRepository.h"

#include <QByteArray>
#include <QCryptographicHash>
#include <QDate>
#include <QList>
#include <QString>

#include <gtest/gtest.h>

namespace sr::test {

/** @a size bytes that differ from chunk to chunk (a chunk out of order or lost shows). */
inline QByteArray patternedBytes(qsizetype size, int seed = 0)
{
    QByteArray bytes(size, Qt::Uninitialized);
    for (qsizetype i = 0; i < size; ++i)
        bytes[i] = char((i * 7 + i / 4093 + seed * 31) & 0xff);
    return bytes;
}

inline QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

struct AttachedCase
{
    qint64 personId = 0;
    QString caseCode;
    QString personUuid;
    QString receptionUuid;
    QString supportUuid;
    /** The stored descriptions and the bytes each was given, in insertion order. */
    QList<domain::Attachment> attachments;
    QList<QByteArray> bytes;
};

/** Adds the case described above to @a db (its own transaction); check with ASSERT_NO_FATAL_FAILURE. */
inline void makeAttachedCase(storage::Database &db,
                             const domain::Actor &actor,
                             AttachedCase &out,
                             const QString &fullName = QStringLiteral("Nguyễn Thị Đính Kèm"))
{
    storage::Transaction tx(db);
    ASSERT_TRUE(tx.isActive());
    domain::Person person;
    person.fullName = fullName;
    person.sex = domain::Sex::Female;
    person.birthDate = domain::PartialDate::fromYear(1998);
    person.nationality = QStringLiteral("VN");
    person.ethnicity = QStringLiteral("01");
    person.residenceEra = domain::AdminEra::From2025;
    person.residenceProvince = QStringLiteral("22");
    auto p = storage::PersonRepository(db).insert(person, actor, 2024);
    ASSERT_TRUE(p.ok()) << p.error().detail.toStdString();
    out.personId = p->meta.id;
    out.caseCode = p->caseCode;
    out.personUuid = p->meta.uuid;

    domain::Reception reception;
    reception.personId = out.personId;
    reception.receptionDate = QDate(2024, 4, 1);
    reception.agencyCode = QStringLiteral("ctxh_qn");
    reception.countryCode = QStringLiteral("CN");
    reception.route = domain::Route::HandedOverAtBorder;
    reception.exploitation = {domain::ExploitationForm::ForcedMarriage};
    reception.identificationStatus = domain::IdentificationStatus::ConfirmedVictim;
    reception.caseStatus = domain::CaseStatus::Open;
    auto r = storage::ReceptionRepository(db).insert(reception, actor);
    ASSERT_TRUE(r.ok()) << r.error().detail.toStdString();
    out.receptionUuid = r->meta.uuid;

    domain::Support support;
    support.receptionId = r->meta.id;
    support.typeCode = QStringLiteral("medical");
    support.date = QDate(2024, 4, 2);
    support.amountVnd = 1500000;
    auto s = storage::SupportRepository(db).insert(support, actor);
    ASSERT_TRUE(s.ok()) << s.error().detail.toStdString();
    out.supportUuid = s->meta.uuid;

    storage::AttachmentRepository attachments(db);
    const auto add = [&](domain::Attachment a, const QByteArray &bytes) {
        a.personId = out.personId;
        auto stored = attachments.insertWithContent(a, bytes, actor);
        ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
        out.attachments << *stored;
        out.bytes << bytes;
    };
    domain::Attachment identity;
    identity.documentType = QStringLiteral("identification_decision");
    identity.documentDate = QDate(2024, 4, 3);
    identity.note = QStringLiteral("bản chụp quyết định");
    identity.fileName = QStringLiteral("quyet-dinh-Nguyen-Thi-Dinh-Kem.pdf");
    identity.mediaType = QStringLiteral("application/pdf");
    ASSERT_NO_FATAL_FAILURE(
        add(identity, patternedBytes(2 * storage::AttachmentRepository::kChunkBytes + 4321, 1)));

    domain::Attachment photo;
    photo.receptionId = r->meta.id;
    photo.documentType = QStringLiteral("photo");
    photo.documentDate = QDate(2024, 4, 1);
    photo.fileName = QStringLiteral("anh.jpg");
    photo.mediaType = QStringLiteral("image/jpeg");
    ASSERT_NO_FATAL_FAILURE(add(photo, patternedBytes(70000, 2)));

    domain::Attachment receipt;
    receipt.supportId = s->meta.id;
    receipt.documentType = QStringLiteral("support_receipt");
    receipt.fileName = QStringLiteral("bien-nhan.png");
    receipt.mediaType = QStringLiteral("image/png");
    ASSERT_NO_FATAL_FAILURE(add(receipt, patternedBytes(5000, 3)));
    ASSERT_TRUE(tx.commit().ok());

    // The photo is archived (never deleted): it travels like the others.
    auto archived = attachments.archive(out.attachments[1].meta.id,
                                        out.attachments[1].meta.version,
                                        QStringLiteral("chụp lại"),
                                        actor);
    ASSERT_TRUE(archived.ok()) << archived.error().detail.toStdString();
    auto reloaded = attachments.get(out.attachments[1].meta.id);
    ASSERT_TRUE(reloaded.ok());
    out.attachments[1] = *reloaded;
}

/** Every attachment of @a expected is in @a db with the same id, SHA-256 and bytes. */
inline void expectAttachmentsIn(storage::Database &db, const AttachedCase &expected)
{
    storage::AttachmentRepository repo(db);
    for (qsizetype i = 0; i < expected.attachments.size(); ++i) {
        const domain::Attachment &want = expected.attachments.at(i);
        auto stored = repo.get(want.meta.id);
        ASSERT_TRUE(stored.ok()) << "attachment " << want.meta.id;
        EXPECT_EQ(stored->meta.uuid, want.meta.uuid);
        EXPECT_EQ(stored->sha256, sha256Hex(expected.bytes.at(i)));
        EXPECT_EQ(stored->meta.archived, want.meta.archived);
        EXPECT_EQ(stored->fileName, want.fileName);
        auto content = repo.content(*stored);
        ASSERT_TRUE(content.ok()) << content.error().detail.toStdString();
        EXPECT_TRUE(*content == expected.bytes.at(i)) << "bytes of attachment " << want.meta.id;
    }
}

} // namespace sr::test
