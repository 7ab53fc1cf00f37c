#include "ui/case/CasePrinting.h"

#include "messages/ErrorMessages.h"
#include "reports/ReportPdf.h"
#include "services/AppContext.h"
#include "services/CasePrintService.h"
#include "ui/WindowGeometry.h"

#include <QFile>
#include <QLocale>
#include <QPrintPreviewDialog>
#include <QPrinter>

namespace sr::ui {

namespace {

/** The preview dialog, placed on the screen and its size kept like every other window. */
class PreviewDialog : public QPrintPreviewDialog
{
public:
    PreviewDialog(QPrinter *printer, QWidget *parent)
        : QPrintPreviewDialog(printer, parent)
    {
        setObjectName(CasePrinting::previewObjectName());
    }

    void done(int result) override
    {
        WindowGeometry::remember(this, CasePrinting::previewObjectName());
        QPrintPreviewDialog::done(result);
    }
};

QString titleOf(reports::CaseDocument document)
{
    switch (document) {
    case reports::CaseDocument::CaseFile:
        return CasePrinting::tr("Print the case file");
    case reports::CaseDocument::ReceptionMinutes:
        return CasePrinting::tr("Print the reception minutes");
    case reports::CaseDocument::SupportReceipts:
        return CasePrinting::tr("Print the support receipt list");
    }
    return {};
}

} // namespace

reports::Language CasePrinting::language()
{
    // installTranslators() sets the default locale to the interface's language.
    return QLocale().language() == QLocale::English ? reports::Language::English
                                                    : reports::Language::Vietnamese;
}

QString CasePrinting::preview(services::AppContext &context,
                              QWidget *parent,
                              qint64 personId,
                              std::optional<qint64> receptionId,
                              reports::CaseDocument document)
{
    const services::CasePrintService service(context.database());
    auto dossier = service.dossier(context.actor(), personId);
    if (!dossier)
        return messages::ErrorMessages::message(dossier.error());
    std::optional<qsizetype> reception;
    if (receptionId) {
        const qsizetype index = dossier->receptionIndex(*receptionId);
        if (index >= 0)
            reception = index;
    }
    if (document == reports::CaseDocument::ReceptionMinutes && !reception)
        return tr("Save the reception first: the minutes are printed from the saved reception.");

    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reports::reportPageLayout());
    PreviewDialog dialog(&printer, parent);
    dialog.setWindowTitle(titleOf(document));
    WindowGeometry::place(&dialog, previewObjectName(), QSize(900, 680));
    const reports::Language lang = language();
    std::optional<Error> refused;
    QString printedFile;
    QObject::connect(&dialog, &QPrintPreviewDialog::paintRequested, &dialog, [&](QPrinter *p) {
        // "Print to file" writes the PDF itself: never over the database.
        printedFile = p->outputFileName();
        if (!p->outputFileName().isEmpty()) {
            if (auto allowed = service.checkOutputFile(p->outputFileName()); !allowed) {
                refused = allowed.error();
                return;
            }
        }
        // A fresh document per request: the layout is adapted to the printer.
        auto text = reports::createCaseDocument(*dossier, document, reception, lang);
        reports::paintCasePages(*text, *p, document, lang);
    });
    const int answer = dialog.exec();
    if (refused)
        return messages::ErrorMessages::message(*refused);
    if (answer != QDialog::Accepted)
        return {};
    if (auto audited = service.recordPrinted(
            context.actor(), *dossier, document, reception, !printedFile.isEmpty());
        !audited) {
        // A paper that cannot be audited is not left behind (CommitResult.h commitAuditedFile
        // does the same for the files the services write).
        if (!printedFile.isEmpty())
            QFile::remove(printedFile);
        return messages::ErrorMessages::message(audited.error());
    }
    return {};
}

} // namespace sr::ui
