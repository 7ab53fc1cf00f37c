#pragma once

#include "ReportFormat.h"
#include "domain/Attachment.h"
#include "domain/CaseWork.h"
#include "domain/FollowUp.h"
#include "domain/HandoverBatch.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Reference.h"
#include "domain/Result.h"
#include "domain/Support.h"

#include <QDate>
#include <QHash>
#include <QIODevice>
#include <QList>
#include <QString>
#include <QTextDocument>

#include <memory>
#include <optional>

class QPagedPaintDevice;

namespace sr::reports {

/** The papers printed about one case (docs/report-layout.md, "Case documents"). */
enum class CaseDocument {
    CaseFile,         ///< the whole case file (hồ sơ)
    ReceptionMinutes, ///< the minutes of one reception (biên bản tiếp nhận), for signatures
    SupportReceipts,  ///< the supports received, for the person to sign (danh sách ký nhận)
};

/** "case_file", "reception_minutes", "support_receipts": in audit rows. */
QString caseDocumentCode(CaseDocument document);

/** A name in both languages, as the reference lists hold them. */
struct DossierName
{
    QString vi;
    QString en;
};

/** One reception of the dossier with what belongs to it (active records). */
struct DossierReception
{
    domain::Reception reception;
    QList<domain::Support> supports;
    QList<domain::FollowUp> followUps;
    QList<domain::PlanGoal> goals;              ///< the support plan's active goals
    std::optional<domain::HandoverBatch> batch; ///< when received in a handover batch
};

/**
 * Everything printed about one person: the case and the names of the codes it refers to, read
 * by services::CasePrintService; the documents are rendered from it alone (no database).
 */
struct CaseDossier
{
    domain::Organisation issuer; ///< the agency in the header (organisation settings)
    QDate issuedOn;              ///< the date line (today, domain::Clock)
    domain::Person person;
    QList<DossierReception> receptions; ///< oldest first
    QList<domain::Attachment> attachments;
    /** The document type list: the labels of Attachment::documentType. */
    QList<domain::AttachmentType> documentTypes;
    QHash<QString, DossierName> agencies;     ///< by agency code
    QHash<QString, DossierName> countries;    ///< by ISO code
    QHash<QString, DossierName> supportTypes; ///< by support type code
    QHash<QString, DossierName> borderGates;  ///< by border gate code
    QHash<QString, QString> ethnicGroups;     ///< by code
    QHash<QString, QString> provinces;        ///< by GSO code (of the person's residence era)
    QHash<QString, QString> communes;         ///< by GSO code (of the person's residence era)

    /** The index in receptions of the reception with @a id, or -1. */
    qsizetype receptionIndex(qint64 id) const;
};

/**
 * The document @a document of @a dossier as HTML for QTextDocument, in the administrative layout
 * of the period report (national title block, agency header, number and date line). The
 * reception minutes need @a receptionIndex (an index in dossier.receptions); the support
 * receipts list the supports of that reception, or of every reception when it is nothing.
 */
QString caseDocumentHtml(const CaseDossier &dossier,
                         CaseDocument document,
                         std::optional<qsizetype> receptionIndex,
                         Language language);

/** A QTextDocument holding caseDocumentHtml() in the report face. Needs a QGuiApplication. */
std::unique_ptr<QTextDocument> createCaseDocument(const CaseDossier &dossier,
                                                  CaseDocument document,
                                                  std::optional<qsizetype> receptionIndex,
                                                  Language language);

/**
 * The confidentiality notice printed at the foot of every page of a case document: the papers
 * hold personal data of a victim of trafficking.
 */
QString caseConfidentialityLine(Language language);

/**
 * Paints a case document made by createCaseDocument() on @a device (a QPdfWriter or QPrinter)
 * through paintReportPages(): "Trang x/y" on every page and the confidentiality line at the
 * foot of each; the signatures that end the minutes and the receipts stay on one page.
 */
void paintCasePages(QTextDocument &document,
                    QPagedPaintDevice &device,
                    CaseDocument kind,
                    Language language);

/**
 * Writes the document as a PDF (A4 portrait, fonts embedded) to @a device, open for writing.
 * InvalidInput when the minutes lack a reception; Io when the device fails.
 */
Result<void> writeCaseDocumentPdf(const CaseDossier &dossier,
                                  CaseDocument document,
                                  std::optional<qsizetype> receptionIndex,
                                  Language language,
                                  QIODevice *device);

/**
 * An amount of đồng in words, as written under the total of a receipt: "Một triệu năm trăm
 * nghìn đồng" (vi), "One million five hundred thousand dong" (en). Negative amounts are not
 * amounts of a support and come back empty.
 */
QString amountInWords(qint64 amountVnd, Language language);

} // namespace sr::reports
