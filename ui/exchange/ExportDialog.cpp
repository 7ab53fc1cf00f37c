#include "ExportDialog.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/EncryptedExport.h"
#include "services/Permissions.h"
#include "ui/PeriodPresets.h"
#include "ui/WindowGeometry.h"
#include "ui/exchange/ExchangeJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QProgressBar>
#include <QPushButton>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTimer>
#include <QVBoxLayout>

#include <climits>

namespace sr::ui {

using exchange::ExchangeTable;

namespace {

/** "2025-Q1", "2025-H2", "2025", or "2025-01-15_2025-02-14". */
QString periodTag(const domain::Period &period)
{
    const QDate from = period.from();
    const QDate to = period.to();
    const QString year = QString::number(from.year());
    const bool sameYear = from.year() == to.year() && from.day() == 1
                          && to == QDate(to.year(), to.month(), to.daysInMonth());
    if (sameYear) {
        const int months = to.month() - from.month() + 1;
        if (months == 12)
            return year;
        if (months == 6 && (from.month() == 1 || from.month() == 7))
            return year + (from.month() == 1 ? QStringLiteral("-H1") : QStringLiteral("-H2"));
        if (months == 3 && (from.month() - 1) % 3 == 0)
            return year + QStringLiteral("-Q") + QString::number((from.month() - 1) / 3 + 1);
        if (months == 1)
            return from.toString(QStringLiteral("yyyy-MM"));
    }
    return from.toString(Qt::ISODate) + QLatin1Char('_') + to.toString(Qt::ISODate);
}

/**
 * The folder proposed for a new export: the Documents folder when it exists, else the home
 * folder. A fresh account often has no ~/Documents (QStandardPaths names it all the same), and
 * proposing a folder that does not exist made the first export fail.
 */
QString defaultDirectory()
{
    const QString documents = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    if (!documents.isEmpty() && QFileInfo(documents).isDir())
        return documents;
    return QDir::homePath();
}

} // namespace

ExportDialog::ExportDialog(services::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(&context.exports())
    , m_job(new ExchangeJob(this))
{
    setObjectName(QStringLiteral("exportDialog"));
    setWindowTitle(tr("Export data"));

    m_period = PeriodFields::create(this);

    m_tableCombo = new QComboBox(this);
    m_tableCombo->setObjectName(QStringLiteral("tableComboBox"));
    // Every exchange table, in the one list's order (exchange::exchangeTables()); the
    // receptions, the table most exports are of, chosen first.
    for (const ExchangeTable table : exchange::exchangeTables())
        m_tableCombo->addItem(tableChoice(table), int(table));
    m_tableCombo->setCurrentIndex(m_tableCombo->findData(int(ExchangeTable::Receptions)));

    m_modeCombo = new QComboBox(this);
    m_modeCombo->setObjectName(QStringLiteral("modeComboBox"));
    m_modeCombo->addItem(tr("De-identified (for the Department of Labour)"),
                         int(Mode::DeIdentified));
    m_modeCombo->addItem(tr("Full, with personal data"), int(Mode::Full));

    // The same rows as a CSV or as an .xlsx workbook people open directly
    // (docs/spreadsheets.md).
    m_formatCombo = new QComboBox(this);
    m_formatCombo->setObjectName(QStringLiteral("formatComboBox"));
    m_formatCombo->addItem(tr("CSV (.csv)"), int(services::ExportFormat::Csv));
    m_formatCombo->addItem(tr("Excel (.xlsx)"), int(services::ExportFormat::Xlsx));

    m_modeLabel = new QLabel(this);
    m_modeLabel->setObjectName(QStringLiteral("modeLabel"));
    m_modeLabel->setWordWrap(true);

    m_fileEdit = new QLineEdit(this);
    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_fileEdit->setMinimumWidth(420);
    m_browseButton = new QPushButton(tr("&Browse…"), this);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("rowCountLabel"));
    QFont bold = m_countLabel->font();
    bold.setBold(true);
    m_countLabel->setFont(bold);

    m_progressBar = new QProgressBar(this);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    m_progressBar->setVisible(false);
    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_statusLabel->setWordWrap(true);
    m_statusLabel->setTextInteractionFlags(Qt::TextSelectableByMouse);

    m_buttons = new QDialogButtonBox(this);
    m_exportButton = m_buttons->addButton(tr("&Export"), QDialogButtonBox::ActionRole);
    m_exportButton->setObjectName(QStringLiteral("exportButton"));
    m_exportButton->setDefault(true);
    m_cancelButton = m_buttons->addButton(tr("&Cancel export"), QDialogButtonBox::ActionRole);
    m_cancelButton->setObjectName(QStringLiteral("cancelExportButton"));
    m_cancelButton->setVisible(false);
    // Our own wording: Qt ships no Vietnamese for its standard buttons.
    m_closeButton = m_buttons->addButton(tr("Close"), QDialogButtonBox::RejectRole);
    m_closeButton->setObjectName(QStringLiteral("closeButton"));

    auto *form = new QFormLayout;
    form->addRow(tr("Period:"), m_period.presetRow(this));
    form->addRow(QString(), m_period.cutOffCheck);
    auto *range = m_period.dateRow(this);
    range->addStretch();
    form->addRow(tr("From – to:"), range);
    form->addRow(tr("Table:"), m_tableCombo);
    form->addRow(tr("Mode:"), m_modeCombo);
    form->addRow(QString(), m_modeLabel);
    form->addRow(tr("Fo&rmat:"), m_formatCombo);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    form->addRow(tr("File:"), fileRow);
    m_zipCheck = new QCheckBox(tr("Encrypted &ZIP (AES-256, opens with 7-Zip)"), this);
    m_zipCheck->setObjectName(QStringLiteral("zipCheckBox"));
    m_passphraseEdit = new QLineEdit(this);
    m_passphraseEdit->setObjectName(QStringLiteral("zipPassphraseEdit"));
    m_passphraseConfirm = new QLineEdit(this);
    m_passphraseConfirm->setObjectName(QStringLiteral("zipPassphraseConfirmEdit"));
    for (QLineEdit *edit : {m_passphraseEdit, m_passphraseConfirm}) {
        edit->setEchoMode(QLineEdit::Password);
        edit->setEnabled(false);
        connect(m_zipCheck, &QCheckBox::toggled, edit, &QWidget::setEnabled);
    }
    form->addRow(QString(), m_zipCheck);
    form->addRow(tr("ZIP passphrase:"), m_passphraseEdit);
    form->addRow(tr("Repeat passphrase:"), m_passphraseConfirm);
    connect(m_zipCheck, &QCheckBox::toggled, this, [this] { updateDefaultFile(); });
    // The user's own choice of ZIP or not outlives later changes of the mode.
    connect(m_zipCheck, &QCheckBox::clicked, this, [this] { m_zipChosen = true; });

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(form);
    layout->addWidget(m_countLabel);
    layout->addWidget(m_progressBar);
    layout->addWidget(m_statusLabel);
    layout->addStretch();
    layout->addWidget(m_buttons);

    m_countTimer = new QTimer(this);
    m_countTimer->setSingleShot(true);
    m_countTimer->setInterval(150);
    connect(m_countTimer, &QTimer::timeout, this, &ExportDialog::updateRowCount);

    connect(
        m_period.presetCombo, &QComboBox::currentIndexChanged, this, &ExportDialog::applyPreset);
    connect(m_period.yearSpin, &QSpinBox::valueChanged, this, &ExportDialog::applyPreset);
    connect(m_period.cutOffCheck, &QCheckBox::toggled, this, &ExportDialog::applyPreset);
    for (QDateEdit *edit : {m_period.fromEdit, m_period.toEdit}) {
        connect(edit, &QDateEdit::dateChanged, this, [this] {
            updateDefaultFile();
            m_countTimer->start();
        });
    }
    connect(m_tableCombo, &QComboBox::currentIndexChanged, this, [this] {
        updateDefaultFile();
        updateRowCount();
        updateState();
    });
    connect(m_modeCombo, &QComboBox::currentIndexChanged, this, [this] {
        // Personal data leaves the program encrypted unless the user says otherwise
        // (docs/security.md): a full export proposes the encrypted ZIP.
        if (!m_zipChosen)
            m_zipCheck->setChecked(mode() == Mode::Full);
        updateDefaultFile();
        updateState();
    });
    connect(m_formatCombo, &QComboBox::currentIndexChanged, this, [this] {
        // A file the user named keeps its folder and name with the new suffix.
        if (m_fileChosen && !m_zipCheck->isChecked()) {
            const QFileInfo info(filePath());
            setFilePath(QDir(info.absolutePath())
                            .filePath(info.completeBaseName() + QLatin1Char('.')
                                      + services::formatCode(format())));
        }
        updateDefaultFile();
    });
    connect(m_fileEdit, &QLineEdit::textEdited, this, [this] {
        m_fileChosen = true;
        updateState();
    });
    connect(m_browseButton, &QPushButton::clicked, this, &ExportDialog::browse);
    connect(m_exportButton, &QPushButton::clicked, this, &ExportDialog::startExport);
    connect(m_cancelButton, &QPushButton::clicked, this, &ExportDialog::cancelExport);
    connect(m_closeButton, &QPushButton::clicked, this, &ExportDialog::reject);
    connect(m_job, &ExchangeJob::progressed, this, [this](qint64 done, qint64 total) {
        // QProgressBar counts in int; scale very large exports down.
        const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
        m_progressBar->setMaximum(int(qMax<qint64>(total, 1) / scale));
        m_progressBar->setValue(int(done / scale));
    });
    connect(m_job, &ExchangeJob::finished, this, &ExportDialog::exportFinished);

    m_confirmation = [this](const QString &text) {
        QMessageBox box(QMessageBox::Warning, tr("Export personal data?"), text, {}, this);
        QPushButton *go = box.addButton(tr("Export with personal data"), QMessageBox::AcceptRole);
        // Not QMessageBox::Cancel: Qt ships no Vietnamese for its standard buttons.
        QPushButton *cancel = box.addButton(tr("Cancel"), QMessageBox::RejectRole);
        box.setDefaultButton(cancel);
        box.setEscapeButton(cancel);
        box.exec();
        return box.clickedButton() == go;
    };

    // Quarterly reports to the Department are the most common export.
    setPreset(Preset::LastQuarter);
    updateRowCount();

    m_statusLabel->setMinimumHeight(fontMetrics().lineSpacing() * 3);
    WindowGeometry::place(this, QStringLiteral("export"), QSize(720, 560));
}

ExportDialog::~ExportDialog()
{
    m_job->cancel();
    m_job->wait();
}

void ExportDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("export"));
    QDialog::done(result);
}

void ExportDialog::setPreset(Preset preset)
{
    m_period.select(preset, [this] { applyPreset(); });
}

void ExportDialog::setCustomRange(const QDate &from, const QDate &to)
{
    m_period.selectCustom(from, to, [this] { applyPreset(); });
    updateDefaultFile();
    updateRowCount();
}

QString ExportDialog::tableChoice(ExchangeTable table)
{
    switch (table) {
    case ExchangeTable::Receptions:
        return tr("Receptions (one row per reception)");
    case ExchangeTable::Supports:
        return tr("Supports (one row per support given)");
    case ExchangeTable::Batches:
        return tr("Handover batches (one row per batch)");
    case ExchangeTable::Attachments:
        return tr("Attachments list (full export only; names the files, not their content)");
    case ExchangeTable::FollowUps:
        return tr("Follow-ups (one row per follow-up contact)");
    case ExchangeTable::Calls:
        return tr("Hotline calls (one row per call)");
    case ExchangeTable::Clubs:
        return tr("Prevention clubs (one row per club)");
    case ExchangeTable::Activities:
        return tr("Prevention activities (one row per activity)");
    case ExchangeTable::Stays:
        return tr("Shelter stays (one row per stay in a shelter room)");
    }
    return {};
}

void ExportDialog::setTable(ExchangeTable table)
{
    m_tableCombo->setCurrentIndex(m_tableCombo->findData(int(table)));
}

void ExportDialog::setMode(Mode mode)
{
    m_modeCombo->setCurrentIndex(m_modeCombo->findData(int(mode)));
}

void ExportDialog::setEncryptedZip(bool zip)
{
    m_zipChosen = true;
    m_zipCheck->setChecked(zip);
}

bool ExportDialog::encryptedZip() const
{
    return m_zipCheck->isChecked();
}

void ExportDialog::setFilePath(const QString &filePath)
{
    m_fileChosen = true;
    m_fileEdit->setText(QDir::toNativeSeparators(filePath));
    updateState();
}

domain::Period ExportDialog::period() const
{
    const auto custom = m_period.period();
    return custom ? *custom : domain::Period();
}

ExchangeTable ExportDialog::table() const
{
    return ExchangeTable(m_tableCombo->currentData().toInt());
}

ExportDialog::Mode ExportDialog::mode() const
{
    return Mode(m_modeCombo->currentData().toInt());
}

void ExportDialog::setFormat(services::ExportFormat format)
{
    m_formatCombo->setCurrentIndex(m_formatCombo->findData(int(format)));
}

services::ExportFormat ExportDialog::format() const
{
    return services::ExportFormat(m_formatCombo->currentData().toInt());
}

QString ExportDialog::filePath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

QString ExportDialog::defaultFileName() const
{
    const domain::Period p = period();
    const QString tag = p.from().isValid() ? periodTag(p) : QStringLiteral("period");
    // Files with personal data say so in their name.
    const QString suffix = mode() == Mode::Full ? QStringLiteral("-full") : QString();
    const QString extension = m_zipCheck && m_zipCheck->isChecked()
                                  ? QStringLiteral("zip")
                                  : services::formatCode(format());
    return QStringLiteral("safereturn-%1-%2%3.%4")
        .arg(exchange::toCode(table()), tag, suffix, extension);
}

void ExportDialog::setConfirmation(Confirmation confirmation)
{
    m_confirmation = std::move(confirmation);
}

void ExportDialog::applyPreset()
{
    m_period.followPreset(m_exporting);
    updateDefaultFile();
    updateRowCount();
}

void ExportDialog::updateDefaultFile()
{
    if (m_fileChosen && !m_fileEdit->text().trimmed().isEmpty()) {
        updateState();
        return;
    }
    const QString dir = m_fileEdit->text().trimmed().isEmpty()
                            ? defaultDirectory()
                            : QFileInfo(filePath()).absolutePath();
    m_fileEdit->setText(QDir::toNativeSeparators(QDir(dir).filePath(defaultFileName())));
    m_fileChosen = false;
    updateState();
}

void ExportDialog::updateRowCount()
{
    m_countTimer->stop();
    const auto custom = m_period.period();
    if (!custom) {
        m_rowCount = -1;
        m_countLabel->setText(tr("The start date is after the end date."));
        updateState();
        return;
    }
    const auto count = m_service->countRows(*custom, table());
    if (!count) {
        m_rowCount = -1;
        m_countLabel->setText(messages::ErrorMessages::message(count.error().code));
    } else {
        m_rowCount = *count;
        m_countLabel->setText(
            tr("%Ln row(s) will be written.", nullptr, int(qMin<qint64>(*count, INT_MAX))));
    }
    updateState();
}

bool ExportDialog::fullAllowed() const
{
    return services::allowed(m_actor, services::Permission::ExportFull);
}

void ExportDialog::updateState()
{
    const bool full = mode() == Mode::Full;
    // The attachments list names each person's papers: the full export's alone.
    const bool modeFits = full || exchange::hasDeIdentifiedExport(table());
    QString explanation;
    if (!modeFits) {
        explanation = tr("The attachments list names each person's papers (file names and "
                         "notes), so it is part of the full export only. Choose the full mode; "
                         "the files themselves are never written to a CSV.");
    } else if (!full) {
        explanation = tr("No names, other names, document numbers, addresses, phone numbers, "
                         "family contacts or notes. The birth date becomes the age band, the "
                         "commune becomes the province, and the case code becomes a stable "
                         "pseudonym.");
    } else if (fullAllowed()) {
        explanation = tr("Every field, including names, dates of birth, document numbers, "
                         "addresses, phone numbers, family contacts and notes. The export is "
                         "recorded in the audit log.");
    } else {
        explanation = tr("Your role may not export personal data. Choose the de-identified "
                         "mode, or ask a manager or an administrator for a full export.");
    }
    m_modeLabel->setText(explanation);
    m_modeLabel->setStyleSheet(full || !modeFits ? QStringLiteral("QLabel { color: #8a1c1c; }")
                                                 : QString());

    const bool ready =
        m_rowCount >= 0 && !filePath().isEmpty() && (!full || fullAllowed()) && modeFits;
    m_exportButton->setEnabled(ready && !m_exporting);
    m_cancelButton->setVisible(m_exporting);
    m_closeButton->setEnabled(!m_exporting);
    for (QWidget *w : std::initializer_list<QWidget *>{m_period.presetCombo,
                                                       m_tableCombo,
                                                       m_modeCombo,
                                                       m_formatCombo,
                                                       m_fileEdit,
                                                       m_browseButton})
        w->setEnabled(!m_exporting);
    m_period.enableDates(m_exporting);
}

void ExportDialog::browse()
{
    const bool zip = m_zipCheck->isChecked();
    // The dialog opens in a folder that exists, even when the proposed one was removed.
    QString start = filePath();
    if (!QFileInfo(QFileInfo(start).absolutePath()).isDir())
        start = QDir(defaultDirectory()).filePath(QFileInfo(start).fileName());
    const bool xlsx = format() == services::ExportFormat::Xlsx;
    const QString filter = zip    ? tr("ZIP files (*.zip)")
                           : xlsx ? tr("Excel workbooks (*.xlsx)")
                                  : tr("CSV files (*.csv)");
    const QString chosen = QFileDialog::getSaveFileName(this, tr("Export data"), start, filter);
    if (chosen.isEmpty())
        return;
    QString path = chosen;
    if (QFileInfo(path).suffix().isEmpty())
        path += QLatin1Char('.') + (zip ? QStringLiteral("zip") : services::formatCode(format()));
    setFilePath(path);
}

QString ExportDialog::confirmationText() const
{
    QString what;
    switch (table()) {
    case ExchangeTable::Receptions:
        what = tr("full names, other names, dates of birth, document numbers, addresses, phone "
                  "numbers, family contacts, case codes and notes");
        break;
    case ExchangeTable::Supports:
        what = tr("case codes and the notes of each support, which may name the person");
        break;
    case ExchangeTable::Batches:
        what = tr("the notes of each batch, which may name persons");
        break;
    case ExchangeTable::Attachments:
        what = tr("case codes and the file names and notes of each attachment, which may name "
                  "the person");
        break;
    case ExchangeTable::FollowUps:
        what = tr("case codes and the notes of each follow-up, which may name the person and "
                  "their family");
        break;
    case ExchangeTable::Calls:
        what = tr("the callers' names and phone numbers, the case codes and the notes of each "
                  "call");
        break;
    case ExchangeTable::Clubs:
        what = tr("the notes of each club, which may name persons");
        break;
    case ExchangeTable::Activities:
        what = tr("the organisers, partners and notes of each activity, which may name persons");
        break;
    case ExchangeTable::Stays:
        what = tr("case codes, the shelter rooms where each person stayed, and the notes of "
                  "each stay");
        break;
    }
    return tr("The file will hold personal data of returned victims: %1.\n\n"
              "Keep it on an encrypted or access-controlled drive, send it only to authorised "
              "recipients, and delete it when it is no longer needed. The export (period, "
              "table, row count and file name) is recorded in the audit log.\n\n"
              "Export %Ln row(s) with personal data?",
              nullptr,
              int(qMin<qint64>(qMax<qint64>(m_rowCount, 0), INT_MAX)))
        .arg(what);
}

void ExportDialog::startExport()
{
    if (m_exporting)
        return;
    updateRowCount();
    if (m_rowCount < 0 || filePath().isEmpty())
        return;
    const bool full = mode() == Mode::Full;
    if (full && !fullAllowed()) {
        m_statusLabel->setText(tr("Your role may not export personal data."));
        return;
    }
    if (!full && !exchange::hasDeIdentifiedExport(table())) {
        m_statusLabel->setText(tr("The attachments list is part of the full export only."));
        return;
    }
    // The passphrase is checked before the confirmation, so that a confirmed export starts.
    if (m_zipCheck->isChecked()) {
        if (m_passphraseEdit->text() != m_passphraseConfirm->text()) {
            m_statusLabel->setText(tr("The two passphrases differ."));
            return;
        }
        if (m_passphraseEdit->text().size() < 10) {
            m_statusLabel->setText(tr("The ZIP passphrase needs at least 10 characters."));
            return;
        }
    }
    if (full && !m_confirmation(confirmationText())) {
        m_statusLabel->setText(tr("The export was not started."));
        return;
    }

    services::ExportRequest request;
    request.period = period();
    request.table = table();
    request.mode = full ? exchange::ExportMode::Full : exchange::ExportMode::DeIdentified;
    request.format = format();
    request.filePath = QFileInfo(filePath()).absoluteFilePath();
    const bool zip = m_zipCheck->isChecked();
    QByteArray passphrase;
    if (zip) {
        passphrase = m_passphraseEdit->text().toUtf8();
        m_passphraseEdit->clear();
        m_passphraseConfirm->clear();
        if (request.filePath.endsWith(QLatin1String(".csv"), Qt::CaseInsensitive))
            request.filePath.chop(4);
        else if (request.filePath.endsWith(QLatin1String(".xlsx"), Qt::CaseInsensitive))
            request.filePath.chop(5);
        if (!request.filePath.endsWith(QLatin1String(".zip"), Qt::CaseInsensitive))
            request.filePath += QStringLiteral(".zip");
    }

    m_summary.reset();
    m_jobSummary.reset();
    m_lastError.reset();
    m_lastFailure.reset();
    m_exporting = true;
    m_progressBar->setRange(0, int(qBound(qint64(1), m_rowCount, qint64(1000000))));
    m_progressBar->setValue(0);
    m_progressBar->setVisible(true);
    m_statusLabel->setText(tr("Exporting…"));
    updateState();

    const domain::Actor actor = m_actor;
    const bool started =
        m_job->start(m_context.workerOpener(),
                     [this, request, actor, zip, passphrase](
                         services::AppContext &worker,
                         const services::ProgressCallback &progress,
                         const std::atomic_bool *cancel) mutable -> Result<void> {
                         auto summary =
                             zip ? worker.encryptedExports().exportZip(
                                 request, actor, passphrase, progress, cancel)
                                 : worker.exports().exportTable(request, actor, progress, cancel);
                         passphrase.fill('\0');
                         if (!summary)
                             return summary.error();
                         m_jobSummary = *summary;
                         return {};
                     });
    if (!started) {
        m_exporting = false;
        updateState();
    }
}

void ExportDialog::cancelExport()
{
    if (!m_exporting)
        return;
    m_job->cancel();
    m_statusLabel->setText(tr("Cancelling…"));
}

void ExportDialog::exportFinished()
{
    m_exporting = false;
    m_progressBar->setVisible(false);
    const Result<void> &result = m_job->result();
    if (result && m_jobSummary) {
        m_summary = m_jobSummary;
        m_statusLabel->setText(
            tr("Exported %Ln row(s) to:\n%1", nullptr, int(qMin<qint64>(m_summary->rows, INT_MAX)))
                .arg(QDir::toNativeSeparators(m_summary->filePath)));
    } else {
        const Error error = result
                                ? Error{ErrorCode::Internal, QStringLiteral("export: no summary")}
                                : result.error();
        m_lastError = error.code;
        m_lastFailure = error;
        if (error.code == ErrorCode::Cancelled)
            m_statusLabel->setText(tr("The export was cancelled. No file was written."));
        else
            m_statusLabel->setText(messages::ErrorMessages::message(error) + QLatin1Char(' ')
                                   + tr("No file was written."));
    }
    updateState();
}

QString ExportDialog::statusText() const
{
    return m_statusLabel->text();
}

void ExportDialog::reject()
{
    // Escape during an export cancels the export; the dialog closes once it has stopped.
    if (m_exporting) {
        cancelExport();
        return;
    }
    QDialog::reject();
}

} // namespace sr::ui
