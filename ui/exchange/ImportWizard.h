#pragma once

#include "domain/Actor.h"
#include "services/ImportService.h"

#include <QWizard>

#include <optional>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTableWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class ExchangeJob;

/**
 * File → Import CSV… (docs/csv-format.md, docs/spreadsheets.md): choose a CSV file or an Excel
 * workbook (.xlsx; its sheet when it has several) and the options (update existing records, add
 * missing reference values) → validation report (a dry run: every error with row, column,
 * value and reason, nothing written) → confirm → progress (cancel rolls everything back) →
 * summary. Validation and import run in services::ImportService on a worker thread with its
 * own database connection; imported() is emitted once rows were written.
 */
class ImportWizard : public QWizard
{
    Q_OBJECT

public:
    enum PageId { FilePage, ValidationPage, ConfirmPage, ProgressPage, SummaryPage };

    /** @a database must outlive the wizard. */
    /** Acts for @a context's acting user; @a context must outlive the wizard. */
    explicit ImportWizard(services::AppContext &context, QWidget *parent = nullptr);
    ~ImportWizard() override;

    void setFilePath(const QString &filePath);
    QString filePath() const;
    void setExistingRecords(services::ExistingRecords existing);
    void setMissingReferences(services::MissingReferences missing);
    /** The workbook's sheet to import (the sheet chooser); empty for a CSV file. */
    QString sheet() const;
    void setSheet(const QString &sheet);
    /**
     * Saves the CSV migration template to @a path (the "Download template (CSV)…" button,
     * after its file dialog); false with the reason shown on the page when it fails.
     */
    bool saveCsvTemplate(const QString &path);
    /** Saves the template as an Excel workbook with drop-down lists (docs/spreadsheets.md). */
    bool saveXlsxTemplate(const QString &path);

    /** Whether a validation or an import is running. */
    bool isBusy() const { return m_busy; }
    /** The report of the last validation or import (empty before the first ends). */
    const std::optional<services::ImportReport> &report() const { return m_report; }
    /** The error of the last run (ErrorCode::Cancelled after a cancel), if it failed. */
    std::optional<ErrorCode> lastError() const { return m_lastError; }

    /** The whole error of the last run (with the file and reason of a file error). */
    const std::optional<Error> &lastFailure() const { return m_lastFailure; }

    /** The user's wording of an issue (the options of this wizard instead of CLI flags). */
    static QString issueText(services::ImportIssueCode code);
    /** What a file of @a table holds, in the user's language ("Receptions"). */
    static QString tableLabel(exchange::ExchangeTable table);
    /** The reference list @a list ("agency", "support_type"…) in the user's language. */
    static QString referenceListLabel(const QString &list);

    void initializePage(int id) override;
    void cleanupPage(int id) override;
    void done(int result) override;

public Q_SLOTS:
    /** Cancels a running validation or import (nothing is written). */
    void cancelRun();
    void reject() override;

Q_SIGNALS:
    /** Rows were written (the case list should be refreshed). */
    void imported();

private:
    QWizardPage *createFilePage();
    QWizardPage *createValidationPage();
    QWizardPage *createConfirmPage();
    QWizardPage *createProgressPage();
    QWizardPage *createSummaryPage();
    void browse();
    /** Fills the sheet chooser from the chosen file (shown for a workbook of several sheets). */
    void updateSheets();
    void downloadCsvTemplate();
    void downloadXlsxTemplate();
    /** Says where the template was saved, or why it was not. */
    bool showTemplateResult(const Result<services::ExportSummary> &written, const QString &path);
    void startRun(services::ImportRun run);
    void runFinished();
    void showValidation();
    void showSummary();
    QString tableName() const;
    static QString addedReferenceNames(const QList<services::AddedReference> &added);
    services::ImportOptions options(services::ImportRun run) const;
    void updateCompleteness();

    services::AppContext &m_context;
    domain::Actor m_actor;
    ExchangeJob *m_job = nullptr;
    bool m_busy = false;
    services::ImportRun m_run = services::ImportRun::DryRun;
    std::optional<services::ImportReport> m_report;
    std::optional<services::ImportReport> m_jobReport;
    std::optional<ErrorCode> m_lastError;
    std::optional<Error> m_lastFailure;

    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_sheetLabel = nullptr;
    QComboBox *m_sheetCombo = nullptr;
    QPushButton *m_csvTemplateButton = nullptr;
    QPushButton *m_xlsxTemplateButton = nullptr;
    QLabel *m_templateLabel = nullptr;
    QCheckBox *m_updateCheck = nullptr;
    QCheckBox *m_addReferencesCheck = nullptr;
    QLabel *m_permissionLabel = nullptr;
    QLabel *m_validationLabel = nullptr;
    QProgressBar *m_validationBar = nullptr;
    QTableWidget *m_issuesTable = nullptr;
    QLabel *m_confirmLabel = nullptr;
    QLabel *m_progressLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_summaryLabel = nullptr;
};

} // namespace sr::ui
