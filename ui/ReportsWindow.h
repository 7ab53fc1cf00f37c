#pragma once

#include "domain/Actor.h"
#include "domain/PeriodSummary.h"
#include "reports/ReportFormat.h"
#include "ui/PeriodPresets.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTextBrowser;
class QTextDocument;
class QTimer;

namespace sr::services {
class AppContext;
class ReportService;
} // namespace sr::services

namespace sr::ui {

/**
 * The Reports window: pick a period (this/last month, quarter, half-year, year, or a
 * custom range) and a language, see the period summary report in a live preview, print it
 * (QPrintPreviewDialog, Ctrl+P), save it as PDF, ODT (to edit before signing) or JSON. A
 * warning names the organisation settings a signed report lacks. Esc and Ctrl+W close it.
 * Figures come from services::ReportService.
 */
class ReportsWindow : public QWidget
{
    Q_OBJECT

public:
    /** Period presets, relative to today (domain::Clock). */
    using Preset = PeriodPreset;

    /** Acts for @a context's acting user; @a context must outlive the window. */
    explicit ReportsWindow(services::AppContext &context, QWidget *parent = nullptr);
    ~ReportsWindow() override;

    /** Selects a preset (the date fields follow; Custom leaves them editable). */
    void setPreset(Preset preset);
    /** Selects a custom range. */
    void setCustomRange(const QDate &from, const QDate &to);
    void setLanguage(reports::Language language);

    /** The summary shown in the preview (after the last refresh). */
    const domain::PeriodSummary &summary() const { return m_summary; }
    /** The previewed document (owned by the window). */
    QTextDocument *previewDocument() const { return m_document.get(); }

    /** Writes the report to @a filePath now (what Save PDF/Save JSON do after the dialog). */
    bool saveTo(const QString &filePath, const QString &formatCode);

protected:
    void closeEvent(QCloseEvent *event) override;

public Q_SLOTS:
    /** Recomputes the figures and the preview for the selected period and language. */
    void refreshPreview();

private:
    void applyPreset();
    void scheduleRefresh();
    void print();
    void savePdf();
    void saveJson();
    void saveOdt();
    /** The tables as an .xlsx workbook (services::ReportService::Format::Xlsx). */
    void saveXlsx();
    void saveWithDialog(const QString &formatCode, const QString &filter, const QString &suffix);
    void showError(const QString &message);
    reports::Language language() const;

    domain::Actor m_actor;
    services::ReportService *m_service = nullptr; ///< the context's
    domain::PeriodSummary m_summary;
    bool m_summaryValid = false;
    std::unique_ptr<QTextDocument> m_document;

    PeriodFields m_period;
    QComboBox *m_languageCombo = nullptr;
    QLabel *m_statusLabel = nullptr;
    QTextBrowser *m_preview = nullptr;
    QPushButton *m_printButton = nullptr;
    QPushButton *m_savePdfButton = nullptr;
    QPushButton *m_saveJsonButton = nullptr;
    QPushButton *m_saveOdtButton = nullptr;
    QPushButton *m_saveXlsxButton = nullptr;
    QLabel *m_settingsWarning = nullptr; ///< what the organisation settings lack for signing
    QTimer *m_refreshTimer = nullptr;
};

} // namespace sr::ui
