#include "CasePrintService.h"

#include "CaseAccess.h"
#include "CaseService.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "PlanService.h"
#include "domain/Clock.h"
#include "domain/FileErrors.h"
#include "storage/AttachmentRepository.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/HandoverBatchRepository.h"
#include "storage/OutputFile.h"
#include "storage/PersonRepository.h"
#include "storage/ReferenceRepository.h"

#include <QJsonObject>

#include <spdlog/spdlog.h>

namespace sr::services {

CasePrintService::CasePrintService(storage::Database &db)
    : m_db(db)
{}

Result<void> CasePrintService::require(const domain::Actor &actor, qint64 personId) const
{
    if (auto r = services::require(m_db, actor, Permission::PrintCase); !r)
        return r;
    return CaseAccess::requireCase(m_db, actor, personId);
}

Result<qint64> CasePrintService::personOfCaseCode(const domain::Actor &actor,
                                                  const QString &caseCode) const
{
    if (auto r = services::require(m_db, actor, Permission::PrintCase); !r)
        return r.error();
    auto person = storage::PersonRepository(m_db).getByCaseCode(caseCode.trimmed());
    if (!person)
        return person.error();
    return person->meta.id;
}

Result<reports::CaseDossier> CasePrintService::dossier(const domain::Actor &actor,
                                                       qint64 personId) const
{
    // The permission and the record-level access come first: a refusal is audited and nothing
    // of the case is read.
    if (auto r = require(actor, personId); !r)
        return r.error();
    auto record = CaseService(m_db).loadCase(actor, personId);
    if (!record)
        return record.error();
    reports::CaseDossier d;
    d.person = record->person;
    storage::ReferenceRepository references(m_db);
    auto organisation = references.organisation();
    if (!organisation)
        return organisation.error();
    d.issuer = *organisation;
    d.issuedOn = domain::Clock::instance().todayInVietnam();

    const PlanService plans(m_db);
    storage::HandoverBatchRepository batches(m_db);
    for (const ReceptionRecord &entry : record->receptions) {
        reports::DossierReception r;
        r.reception = entry.reception;
        r.supports = entry.supports;
        r.followUps = entry.followUps;
        auto goals = plans.goals(actor, entry.reception.meta.id);
        if (!goals)
            return goals.error();
        r.goals = *goals;
        if (entry.reception.batchId) {
            auto batch = batches.get(*entry.reception.batchId);
            if (!batch)
                return batch.error();
            r.batch = *batch;
        }
        d.receptions.append(std::move(r));
    }

    // Names of the codes, archived entries too: an old case names agencies since abolished.
    auto agencies = references.agencies(domain::ArchiveFilter::IncludeArchived);
    auto gates = references.borderGates(domain::ArchiveFilter::IncludeArchived);
    auto types = references.supportTypes(domain::ArchiveFilter::IncludeArchived);
    auto countries = references.countries();
    auto ethnic = references.ethnicGroups();
    auto provinces = references.provinces(d.person.residenceEra);
    if (!agencies)
        return agencies.error();
    if (!gates)
        return gates.error();
    if (!types)
        return types.error();
    if (!countries)
        return countries.error();
    if (!ethnic)
        return ethnic.error();
    if (!provinces)
        return provinces.error();
    for (const domain::Agency &a : *agencies)
        d.agencies.insert(a.code, {a.name, a.nameEn});
    for (const domain::BorderGate &g : *gates)
        d.borderGates.insert(g.code, {g.name, g.nameEn});
    for (const domain::SupportType &t : *types)
        d.supportTypes.insert(t.code, {t.nameVi, t.nameEn});
    for (const domain::Country &c : *countries)
        d.countries.insert(c.code, {c.nameVi, c.nameEn});
    for (const domain::EthnicGroup &e : *ethnic)
        d.ethnicGroups.insert(e.code, e.name);
    for (const domain::Province &p : *provinces)
        d.provinces.insert(p.code, p.fullName.isEmpty() ? p.name : p.fullName);
    if (!d.person.residenceProvince.isEmpty() && !d.person.residenceCommune.isEmpty()) {
        auto communes = references.communes(d.person.residenceEra, d.person.residenceProvince);
        if (!communes)
            return communes.error();
        for (const domain::Commune &c : *communes) {
            QString name = c.fullName.isEmpty() ? c.name : c.fullName;
            if (!c.districtName.isEmpty())
                name += QStringLiteral(", ") + c.districtName;
            d.communes.insert(c.code, name);
        }
    }
    if (auto r = fillAttachments(actor, d); !r)
        return r.error();
    return d;
}

Result<void> CasePrintService::fillAttachments(const domain::Actor &, reports::CaseDossier &d) const
{
    // The case's active attachments (the archived ones were attached by mistake: the printed
    // list is of the papers that belong to the file), named by the attachment types, archived
    // types included so that an old paper keeps its name. The caller checked the permission
    // and the access to the case.
    auto attachments = storage::AttachmentRepository(m_db).listForPerson(d.person.meta.id);
    if (!attachments)
        return attachments.error();
    auto types =
        storage::ReferenceRepository(m_db).attachmentTypes(storage::ArchiveFilter::IncludeArchived);
    if (!types)
        return types.error();
    d.attachments = std::move(attachments).value();
    d.documentTypes = std::move(types).value();
    return {};
}

Result<void> CasePrintService::writePdf(const domain::Actor &actor,
                                        const reports::CaseDossier &dossier,
                                        reports::CaseDocument document,
                                        std::optional<qsizetype> receptionIndex,
                                        reports::Language language,
                                        const QString &filePath) const
{
    if (auto r = require(actor, dossier.person.meta.id); !r)
        return r;
    if (filePath.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("case print: no file name"));
    storage::OutputFile file(filePath);
    if (auto opened = file.open(m_db.path()); !opened)
        return opened.error();
    if (auto written = reports::writeCaseDocumentPdf(
            dossier, document, receptionIndex, language, file.device());
        !written) {
        file.cancel();
        if (written.error().code == ErrorCode::InvalidInput)
            return written.error();
        return aboutFile(written.error(), file.path(), ErrorReason::DeviceError);
    }
    if (file.hasError()) {
        const Error error = file.writeError();
        file.cancel();
        return aboutFile(error, file.path(), ErrorReason::DeviceError);
    }
    // The audit row and the file go together: the row commits only once every byte of the
    // file is on the disk, and a file whose row cannot commit is removed again.
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto audited = audit(actor, dossier, document, receptionIndex, QStringLiteral("pdf"));
        !audited)
        return audited;
    if (auto committed = commitAuditedFile(file, transaction); !committed) {
        spdlog::warn("case print: not written ({})",
                     errorCodeName(committed.error().code).toStdString());
        return committed.error();
    }
    spdlog::info("case print: {} written for person {}",
                 reports::caseDocumentCode(document).toStdString(),
                 dossier.person.meta.id);
    return {};
}

Result<void> CasePrintService::checkOutputFile(const QString &filePath) const
{
    return storage::checkOutputTarget(m_db, filePath);
}

Result<void> CasePrintService::recordPrinted(const domain::Actor &actor,
                                             const reports::CaseDossier &dossier,
                                             reports::CaseDocument document,
                                             std::optional<qsizetype> receptionIndex,
                                             bool toFile) const
{
    if (auto r = require(actor, dossier.person.meta.id); !r)
        return r;
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    if (auto audited = audit(actor,
                             dossier,
                             document,
                             receptionIndex,
                             toFile ? QStringLiteral("pdf") : QStringLiteral("printer"));
        !audited)
        return audited;
    return commitLogged(transaction, "case print");
}

Result<void> CasePrintService::audit(const domain::Actor &actor,
                                     const reports::CaseDossier &dossier,
                                     reports::CaseDocument document,
                                     std::optional<qsizetype> receptionIndex,
                                     const QString &output) const
{
    QJsonObject details{{QStringLiteral("document"), reports::caseDocumentCode(document)},
                        {QStringLiteral("output"), output}};
    if (receptionIndex && *receptionIndex >= 0 && *receptionIndex < dossier.receptions.size())
        details.insert(QStringLiteral("reception"),
                       dossier.receptions.at(*receptionIndex).reception.meta.uuid);
    auto appended = storage::AuditLog(m_db).append(
        actor, QStringLiteral("print"), QStringLiteral("person"), dossier.person.meta.id, details);
    if (!appended)
        return appended.error();
    return {};
}

} // namespace sr::services
