#pragma once

#include "domain/Actor.h"
#include "domain/Period.h"
#include "exchange/CsvColumns.h"
#include "services/ExportService.h"
#include "ui/PeriodPresets.h"

#include <QDialog>

#include <functional>
#include <memory>
#include <optional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QDialogButtonBox;
class QLabel;
class QLineEdit;
class QProgressBar;
class QPushButton;
class QTimer;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class ExchangeJob;

/**
 * File → Export CSV… (docs/csv-format.md): period (presets or a custom range), table, mode
 * (de-identified by default, or full), file type (CSV or an .xlsx workbook, docs/spreadsheets.md),
 * target file; shows how many rows will be written,
 * asks for confirmation before a full export (and explains why when the user's role may not
 * make one), writes on a worker thread with progress and cancel, and ends with a summary.
 * The file is written by services::ExportService (atomic: a cancelled or failed export leaves
 * no file).
 */
class ExportDialog : public QDialog
{
    Q_OBJECT

public:
    /** Period presets, relative to today (domain::Clock). */
    using Preset = PeriodPreset;

    /**
     * What the file holds. A full export proposes the encrypted ZIP (the ZIP check box, which
     * the user may clear).
     */
    enum class Mode { DeIdentified, Full };
    Q_ENUM(Mode)

    /** Asked before a full export with the explanation text; true = go ahead. */
    using Confirmation = std::function<bool(const QString &text)>;

    /** @a database must outlive the dialog; the export opens its own connection to the file. */
    /** Acts for @a context's acting user; @a context must outlive the dialog. */
    explicit ExportDialog(services::AppContext &context, QWidget *parent = nullptr);
    ~ExportDialog() override;

    void setPreset(Preset preset);
    void setCustomRange(const QDate &from, const QDate &to);
    void setTable(exchange::ExchangeTable table);
    void setMode(Mode mode);
    /** Ticks or clears "Encrypted ZIP" as the user does (a later change of mode keeps it). */
    void setEncryptedZip(bool zip);
    bool encryptedZip() const;
    /** CSV or an .xlsx workbook of the same rows; the proposed file name follows. */
    void setFormat(services::ExportFormat format);
    services::ExportFormat format() const;
    /** Sets the target file (what the Browse button does after its dialog). */
    void setFilePath(const QString &filePath);

    domain::Period period() const;
    exchange::ExchangeTable table() const;
    Mode mode() const;
    QString filePath() const;
    /** "safereturn-receptions-2025-Q1.csv" for the current choices. */
    QString defaultFileName() const;

    /** Rows the export would write now (-1 when the count failed). */
    qint64 rowCount() const { return m_rowCount; }
    /** Whether an export is running. */
    bool isExporting() const { return m_exporting; }
    /** The last finished export (empty before one finished successfully). */
    const std::optional<services::ExportSummary> &summary() const { return m_summary; }
    /** The last error of an export (ErrorCode::Cancelled after a cancel); empty when none. */
    std::optional<ErrorCode> lastError() const { return m_lastError; }
    /** The whole last error (with the file and the reason of a file error); empty when none. */
    const std::optional<Error> &lastFailure() const { return m_lastFailure; }
    /** The text under the progress bar: the summary or the error of the last export. */
    QString statusText() const;

    /** Replaces the confirmation message box (tests). */
    void setConfirmation(Confirmation confirmation);

public Q_SLOTS:
    /** Starts the export with the current choices (asks for confirmation in full mode). */
    void startExport();
    /** Cancels a running export (the target file is not created). */
    void cancelExport();
    /** Recounts the rows for the current choices. */
    void updateRowCount();

protected:
    void reject() override;
    void done(int result) override;

private:
    /** The table's entry in the table list: what one row of it is. */
    static QString tableChoice(exchange::ExchangeTable table);
    void applyPreset();
    void updateState();
    void updateDefaultFile();
    void browse();
    void exportFinished();
    QString confirmationText() const;
    bool fullAllowed() const;

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::ExportService *m_service = nullptr; ///< the context's
    ExchangeJob *m_job = nullptr;
    Confirmation m_confirmation;
    qint64 m_rowCount = -1;
    bool m_exporting = false;
    bool m_fileChosen = false;
    std::optional<services::ExportSummary> m_summary;
    std::optional<services::ExportSummary> m_jobSummary;
    std::optional<ErrorCode> m_lastError;
    std::optional<Error> m_lastFailure;
    bool m_zipChosen = false; ///< the user ticked or cleared the ZIP box themself

    PeriodFields m_period;
    QComboBox *m_tableCombo = nullptr;
    QComboBox *m_modeCombo = nullptr;
    QComboBox *m_formatCombo = nullptr;
    QLabel *m_modeLabel = nullptr;
    QLineEdit *m_fileEdit = nullptr;
    QPushButton *m_browseButton = nullptr;
    QLabel *m_countLabel = nullptr;
    QProgressBar *m_progressBar = nullptr;
    QLabel *m_statusLabel = nullptr;
    QDialogButtonBox *m_buttons = nullptr;
    QPushButton *m_exportButton = nullptr;
    QPushButton *m_cancelButton = nullptr;
    QPushButton *m_closeButton = nullptr;
    QTimer *m_countTimer = nullptr;
    // Encrypted ZIP option (docs/security.md): the CSV is packed into an AES-256 ZIP with a passphrase
    // typed twice and never stored (services::EncryptedExport).
    QCheckBox *m_zipCheck = nullptr;
    QLineEdit *m_passphraseEdit = nullptr;
    QLineEdit *m_passphraseConfirm = nullptr;
};

} // namespace sr::ui
