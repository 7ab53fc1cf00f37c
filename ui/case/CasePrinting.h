#pragma once

#include "reports/CaseDocuments.h"

#include <QCoreApplication>
#include <QString>

#include <optional>

class QWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/**
 * Prints a paper of a case from the desktop (docs/report-layout.md, "Case documents"): the
 * dossier is read through services::CasePrintService (permission, record-level access), shown
 * in a print preview from which the user prints or saves a PDF ("print to file", never over
 * the database), and the print is audited only when the user printed or saved, not when the
 * preview opened or was cancelled.
 */
class CasePrinting
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::CasePrinting)

public:
    /**
     * The preview of @a document for @a personId; @a receptionId picks the reception of the
     * minutes and the receipts (the receipts of every reception when nothing). Returns the
     * message to show when something failed or was refused, empty otherwise (printed or
     * cancelled).
     */
    static QString preview(services::AppContext &context,
                           QWidget *parent,
                           qint64 personId,
                           std::optional<qint64> receptionId,
                           reports::CaseDocument document);

    /** The language the papers are printed in: the language of the user interface. */
    static reports::Language language();

    /** The object name of the preview dialog (tests find it by it). */
    static QString previewObjectName() { return QStringLiteral("casePrintPreview"); }
};

} // namespace sr::ui
