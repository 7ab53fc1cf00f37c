#include "ImportWizard.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/ExportService.h"
#include "services/Permissions.h"
#include "ui/WindowGeometry.h"
#include "ui/exchange/ExchangeJob.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QProgressBar>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableWidget>
#include <QVBoxLayout>

#include <climits>
#include <functional>

namespace sr::ui {

using services::ImportIssueCode;

namespace {

/** A page whose completeness the wizard decides. */
class Page : public QWizardPage
{
public:
    using QWizardPage::QWizardPage;
    std::function<bool()> complete;
    bool isComplete() const override { return complete ? complete() : true; }
    void changed() { Q_EMIT completeChanged(); }
};

int count(qint64 n)
{
    return int(qMin<qint64>(n, INT_MAX));
}

QLabel *wrappingLabel(QWidget *parent, const char *objectName)
{
    auto *label = new QLabel(parent);
    label->setObjectName(QLatin1String(objectName));
    label->setWordWrap(true);
    label->setTextInteractionFlags(Qt::TextSelectableByMouse);
    return label;
}

} // namespace

ImportWizard::ImportWizard(services::AppContext &context, QWidget *parent)
    : QWizard(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_job(new ExchangeJob(this))
{
    setObjectName(QStringLiteral("importWizard"));
    setWindowTitle(tr("Import data"));
    setWizardStyle(QWizard::ClassicStyle);
    setOption(QWizard::NoBackButtonOnLastPage);
    setOption(QWizard::NoBackButtonOnStartPage);
    // Once the import is done there is nothing left to cancel: the last page has Finish only.
    setOption(QWizard::NoCancelButtonOnLastPage);
    // Our own wording: Qt ships no Vietnamese for the wizard's buttons.
    setButtonText(QWizard::BackButton, tr("< &Back"));
    setButtonText(QWizard::NextButton, tr("&Next >"));
    setButtonText(QWizard::CancelButton, tr("Cancel"));
    setButtonText(QWizard::FinishButton, tr("&Finish"));
    setPage(FilePage, createFilePage());
    setPage(ValidationPage, createValidationPage());
    setPage(ConfirmPage, createConfirmPage());
    setPage(ProgressPage, createProgressPage());
    setPage(SummaryPage, createSummaryPage());
    setStartId(FilePage);
    WindowGeometry::place(this, QStringLiteral("import"), QSize(860, 560));

    connect(m_job, &ExchangeJob::progressed, this, [this](qint64 done, qint64 total) {
        const qint64 scale = total > 1000000 ? total / 1000000 + 1 : 1;
        m_progressBar->setMaximum(int(qMax<qint64>(total, 1) / scale));
        m_progressBar->setValue(int(done / scale));
    });
    connect(m_job, &ExchangeJob::finished, this, &ImportWizard::runFinished);
}

ImportWizard::~ImportWizard()
{
    m_job->cancel();
    m_job->wait();
}

void ImportWizard::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("import"));
    QWizard::done(result);
}

QWizardPage *ImportWizard::createFilePage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("filePage"));
    page->setTitle(tr("Choose a file"));
    // The tables that can be imported, in the order a full export is imported table by table
    // (exchange::exchangeTables(): a row names records of the tables before it).
    QStringList tables;
    for (const exchange::ExchangeTable table : exchange::exchangeTables()) {
        if (exchange::isImportable(table))
            tables.append(tableLabel(table));
    }
    // The subtitle area of QWizard holds two lines: the order of the tables, which grows with
    // them, goes in a wrapping label on the page.
    page->setSubTitle(tr("A full export of SafeReturn or a spreadsheet made from the migration "
                         "template, as CSV in UTF-8 or as an Excel workbook (.xlsx)."));
    auto *order = wrappingLabel(page, "tableOrderLabel");
    order->setText(tr("A full export is imported one file at a time, in this order: %1.")
                       .arg(tables.join(QStringLiteral(", "))));

    m_fileEdit = new QLineEdit(page);
    m_fileEdit->setObjectName(QStringLiteral("fileLineEdit"));
    m_browseButton = new QPushButton(tr("&Browse…"), page);
    m_browseButton->setObjectName(QStringLiteral("browseButton"));
    m_updateCheck = new QCheckBox(tr("&Update records that already exist (same case code or "
                                     "record identifier)"),
                                  page);
    m_updateCheck->setObjectName(QStringLiteral("updateCheckBox"));
    m_addReferencesCheck = new QCheckBox(tr("&Add missing agencies, support types and border "
                                            "gates to the reference lists"),
                                         page);
    m_addReferencesCheck->setObjectName(QStringLiteral("addReferencesCheckBox"));
    // A workbook of several sheets: which one holds the table (docs/spreadsheets.md).
    m_sheetCombo = new QComboBox(page);
    m_sheetCombo->setObjectName(QStringLiteral("sheetComboBox"));
    m_sheetLabel = new QLabel(tr("&Sheet:"), page);
    m_sheetLabel->setBuddy(m_sheetCombo);
    m_sheetLabel->setVisible(false);
    m_sheetCombo->setVisible(false);
    // The migration template, to fill in and import here (no data: anyone may save it).
    m_csvTemplateButton = new QPushButton(tr("Download template (&CSV)…"), page);
    m_csvTemplateButton->setObjectName(QStringLiteral("csvTemplateButton"));
    m_xlsxTemplateButton = new QPushButton(tr("Download template (E&xcel)…"), page);
    m_xlsxTemplateButton->setObjectName(QStringLiteral("xlsxTemplateButton"));
    m_templateLabel = wrappingLabel(page, "templateLabel");
    m_templateLabel->setVisible(false);
    m_permissionLabel = wrappingLabel(page, "permissionLabel");
    m_permissionLabel->setStyleSheet(QStringLiteral("QLabel { color: #8a1c1c; }"));
    const bool readOnly = m_context.isReadOnly();
    const bool allowed =
        !readOnly && services::allowed(m_actor, services::Permission::ImportRecords);
    if (readOnly)
        m_permissionLabel->setText(tr("This database is open read-only: nothing can be "
                                      "imported into it."));
    else if (!allowed)
        m_permissionLabel->setText(tr("Your role may not import records. Ask a manager or an "
                                      "administrator."));
    m_permissionLabel->setVisible(!allowed);

    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(new QLabel(tr("File:"), page));
    fileRow->addWidget(m_fileEdit, 1);
    fileRow->addWidget(m_browseButton);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(order);
    layout->addLayout(fileRow);
    auto *sheetRow = new QHBoxLayout;
    sheetRow->addWidget(m_sheetLabel);
    sheetRow->addWidget(m_sheetCombo, 1);
    layout->addLayout(sheetRow);
    layout->addSpacing(8);
    layout->addWidget(m_updateCheck);
    layout->addWidget(m_addReferencesCheck);
    auto *note = new QLabel(tr("Nothing is written before the whole file has been checked; "
                               "the next step lists every problem found."),
                            page);
    note->setWordWrap(true);
    layout->addSpacing(8);
    layout->addWidget(note);
    layout->addWidget(m_permissionLabel);
    layout->addStretch();
    auto *templateRow = new QHBoxLayout;
    templateRow->addWidget(m_csvTemplateButton);
    templateRow->addWidget(m_xlsxTemplateButton);
    templateRow->addStretch();
    layout->addLayout(templateRow);
    layout->addWidget(m_templateLabel);

    page->complete = [this, allowed] { return allowed && QFileInfo(filePath()).isFile(); };
    connect(m_fileEdit, &QLineEdit::textChanged, this, &ImportWizard::updateSheets);
    connect(m_fileEdit, &QLineEdit::textChanged, page, &Page::changed);
    connect(m_csvTemplateButton, &QPushButton::clicked, this, &ImportWizard::downloadCsvTemplate);
    connect(m_xlsxTemplateButton, &QPushButton::clicked, this, &ImportWizard::downloadXlsxTemplate);
    connect(m_browseButton, &QPushButton::clicked, this, &ImportWizard::browse);
    return page;
}

QWizardPage *ImportWizard::createValidationPage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("validationPage"));
    page->setTitle(tr("Check the file"));
    page->setSubTitle(tr("Every row is checked; nothing is written in this step."));
    m_validationLabel = wrappingLabel(page, "validationLabel");
    m_validationBar = new QProgressBar(page);
    m_validationBar->setObjectName(QStringLiteral("validationProgressBar"));
    m_validationBar->setRange(0, 0);
    m_issuesTable = new QTableWidget(0, 4, page);
    m_issuesTable->setObjectName(QStringLiteral("issuesTable"));
    m_issuesTable->setHorizontalHeaderLabels({tr("Row"), tr("Column"), tr("Value"), tr("Problem")});
    m_issuesTable->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_issuesTable->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_issuesTable->setWordWrap(true);
    m_issuesTable->verticalHeader()->hide();
    m_issuesTable->horizontalHeader()->setStretchLastSection(true);
    m_issuesTable->setColumnWidth(0, 60);
    m_issuesTable->setColumnWidth(1, 170);
    m_issuesTable->setColumnWidth(2, 160);
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_validationLabel);
    layout->addWidget(m_validationBar);
    layout->addWidget(m_issuesTable, 1);
    page->complete = [this] { return !m_busy && m_report && m_report->isValid() && !m_lastError; };
    return page;
}

QWizardPage *ImportWizard::createConfirmPage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("confirmPage"));
    page->setTitle(tr("Confirm the import"));
    page->setCommitPage(true);
    page->setButtonText(QWizard::CommitButton, tr("&Import"));
    m_confirmLabel = wrappingLabel(page, "confirmLabel");
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_confirmLabel);
    layout->addStretch();
    return page;
}

QWizardPage *ImportWizard::createProgressPage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("progressPage"));
    page->setTitle(tr("Importing"));
    page->setSubTitle(tr("All rows are written in one step: Cancel leaves the database as it "
                         "was."));
    m_progressLabel = wrappingLabel(page, "progressLabel");
    m_progressBar = new QProgressBar(page);
    m_progressBar->setObjectName(QStringLiteral("progressBar"));
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_progressLabel);
    layout->addWidget(m_progressBar);
    layout->addStretch();
    page->complete = [this] { return !m_busy && m_report && m_report->written; };
    return page;
}

QWizardPage *ImportWizard::createSummaryPage()
{
    auto *page = new Page(this);
    page->setObjectName(QStringLiteral("summaryPage"));
    page->setTitle(tr("Import finished"));
    m_summaryLabel = wrappingLabel(page, "summaryLabel");
    auto *layout = new QVBoxLayout(page);
    layout->addWidget(m_summaryLabel);
    layout->addStretch();
    return page;
}

void ImportWizard::setFilePath(const QString &path)
{
    m_fileEdit->setText(QDir::toNativeSeparators(path));
}

QString ImportWizard::filePath() const
{
    return QDir::fromNativeSeparators(m_fileEdit->text().trimmed());
}

void ImportWizard::setExistingRecords(services::ExistingRecords existing)
{
    m_updateCheck->setChecked(existing == services::ExistingRecords::Update);
}

void ImportWizard::setMissingReferences(services::MissingReferences missing)
{
    m_addReferencesCheck->setChecked(missing == services::MissingReferences::Add);
}

services::ImportOptions ImportWizard::options(services::ImportRun run) const
{
    services::ImportOptions o;
    o.run = run;
    o.existing = m_updateCheck->isChecked() ? services::ExistingRecords::Update
                                            : services::ExistingRecords::Refuse;
    o.missingReferences = m_addReferencesCheck->isChecked() ? services::MissingReferences::Add
                                                            : services::MissingReferences::Refuse;
    o.sheet = sheet();
    return o;
}

QString ImportWizard::sheet() const
{
    return m_sheetCombo->count() > 0 ? m_sheetCombo->currentText() : QString();
}

void ImportWizard::setSheet(const QString &sheet)
{
    const int index = m_sheetCombo->findText(sheet);
    if (index >= 0)
        m_sheetCombo->setCurrentIndex(index);
}

void ImportWizard::updateSheets()
{
    // Only the workbook's list of sheets is read here (xl/workbook.xml), not its rows.
    QStringList names;
    const QString path = filePath();
    if (QFileInfo(path).isFile()) {
        if (const auto read = services::ImportService::sheetNames(path))
            names = *read;
    }
    m_sheetCombo->clear();
    m_sheetCombo->addItems(names);
    m_sheetLabel->setVisible(names.size() > 1);
    m_sheetCombo->setVisible(names.size() > 1);
}

void ImportWizard::downloadCsvTemplate()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen =
        QFileDialog::getSaveFileName(this,
                                     tr("Download template (CSV)"),
                                     QDir(dir).filePath(QStringLiteral("safereturn-template.csv")),
                                     tr("CSV files (*.csv)"));
    if (!chosen.isEmpty())
        saveCsvTemplate(chosen);
}

void ImportWizard::downloadXlsxTemplate()
{
    const QString dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen =
        QFileDialog::getSaveFileName(this,
                                     tr("Download template (Excel)"),
                                     QDir(dir).filePath(QStringLiteral("safereturn-template.xlsx")),
                                     tr("Excel workbooks (*.xlsx)"));
    if (!chosen.isEmpty())
        saveXlsxTemplate(chosen);
}

bool ImportWizard::saveXlsxTemplate(const QString &path)
{
    // The drop-down lists are this database's reference lists (its own agencies).
    return showTemplateResult(
        m_context.exports().writeTemplateFile(path, services::ExportFormat::Xlsx), path);
}

bool ImportWizard::saveCsvTemplate(const QString &path)
{
    return showTemplateResult(services::ExportService::writeTemplate(path), path);
}

bool ImportWizard::showTemplateResult(const Result<services::ExportSummary> &written,
                                      const QString &path)
{
    m_templateLabel->setVisible(true);
    if (!written) {
        m_templateLabel->setText(messages::ErrorMessages::message(written.error()));
        return false;
    }
    m_templateLabel->setText(
        tr("Template saved as %1. Fill it in with one person per row, then import it here.")
            .arg(QDir::toNativeSeparators(path)));
    return true;
}

void ImportWizard::browse()
{
    QString dir = QFileInfo(filePath()).absolutePath();
    if (filePath().isEmpty())
        dir = QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation);
    const QString chosen = QFileDialog::getOpenFileName(
        this,
        tr("Import data"),
        dir,
        tr("CSV files and Excel workbooks (*.csv *.txt *.xlsx);;All files (*)"));
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

void ImportWizard::initializePage(int id)
{
    QWizard::initializePage(id);
    switch (id) {
    case ValidationPage:
        startRun(services::ImportRun::DryRun);
        break;
    case ConfirmPage: {
        QString text = tr("%Ln row(s) of the table \"%1\" will be imported from \"%2\".",
                          nullptr,
                          count(m_report ? m_report->rows : 0))
                           .arg(tableName(), QFileInfo(filePath()).fileName());
        text += QStringLiteral("\n\n");
        text += m_updateCheck->isChecked()
                    ? tr("Records that already exist will be updated with the values of the "
                         "file.")
                    : tr("No record of the file exists yet; all will be created.");
        if (m_report && !m_report->addedReferences.isEmpty()) {
            text += QStringLiteral("\n\n")
                    + tr("These reference values will be added: %1.")
                          .arg(addedReferenceNames(m_report->addedReferences));
        }
        text += QStringLiteral("\n\n")
                + tr("All rows are written together, or none. The import is recorded in the "
                     "audit log.");
        m_confirmLabel->setText(text);
        break;
    }
    case ProgressPage:
        startRun(services::ImportRun::Write);
        break;
    case SummaryPage:
        showSummary();
        break;
    default:
        break;
    }
}

void ImportWizard::cleanupPage(int id)
{
    if (id == ValidationPage && m_busy) {
        m_job->cancel();
        m_job->wait();
    }
    QWizard::cleanupPage(id);
}

void ImportWizard::startRun(services::ImportRun run)
{
    if (m_busy)
        return;
    m_run = run;
    m_report.reset();
    m_jobReport.reset();
    m_lastError.reset();
    m_lastFailure.reset();
    m_busy = true;
    if (run == services::ImportRun::DryRun) {
        m_issuesTable->setRowCount(0);
        m_validationBar->setVisible(true);
        m_validationLabel->setText(tr("Checking the file…"));
    } else {
        m_progressBar->setRange(0, 0);
        m_progressBar->setVisible(true);
        m_progressLabel->setText(tr("Checking and writing the rows…"));
    }
    updateCompleteness();

    const QString path = QFileInfo(filePath()).absoluteFilePath();
    const services::ImportOptions o = options(run);
    const domain::Actor actor = m_actor;
    const bool started =
        m_job->start(m_context.workerOpener(),
                     [this, path, o, actor](services::AppContext &worker,
                                            const services::ProgressCallback &progress,
                                            const std::atomic_bool *cancel) -> Result<void> {
                         auto report =
                             worker.imports().importFile(path, o, actor, progress, cancel);
                         if (!report)
                             return report.error();
                         m_jobReport = std::move(*report);
                         return {};
                     });
    if (!started) {
        m_busy = false;
        updateCompleteness();
    }
}

void ImportWizard::cancelRun()
{
    if (m_busy)
        m_job->cancel();
}

void ImportWizard::reject()
{
    // Cancel during a run stops it first (the import rolls back); the wizard closes after.
    if (m_busy) {
        cancelRun();
        m_job->wait();
    }
    QWizard::reject();
}

void ImportWizard::runFinished()
{
    m_busy = false;
    const Result<void> &result = m_job->result();
    if (result && m_jobReport) {
        m_report = m_jobReport;
    } else {
        m_lastFailure = result ? Error{ErrorCode::Internal, QStringLiteral("import: no report")}
                               : result.error();
        m_lastError = m_lastFailure->code;
    }

    if (m_run == services::ImportRun::DryRun) {
        showValidation();
    } else {
        m_progressBar->setVisible(false);
        if (m_report && m_report->written) {
            m_progressLabel->setText(tr("Done."));
            Q_EMIT imported();
        } else if (m_lastError == ErrorCode::Cancelled) {
            m_progressLabel->setText(tr("The import was cancelled. Nothing was written."));
        } else if (m_lastError) {
            m_progressLabel->setText(messages::ErrorMessages::message(*m_lastFailure)
                                     + QLatin1Char(' ') + tr("Nothing was written."));
        } else {
            m_progressLabel->setText(tr("The file changed since it was checked and now has "
                                        "errors. Nothing was written; start the import "
                                        "again."));
        }
    }
    updateCompleteness();
    if (m_run == services::ImportRun::Write && m_report && m_report->written
        && currentId() == ProgressPage)
        next();
}

void ImportWizard::showValidation()
{
    m_validationBar->setVisible(false);
    m_issuesTable->setRowCount(0);
    if (m_lastError) {
        m_validationLabel->setText(m_lastError == ErrorCode::Cancelled
                                       ? tr("The check was cancelled.")
                                       : messages::ErrorMessages::message(*m_lastFailure));
        return;
    }
    const services::ImportReport &report = *m_report;
    if (report.isValid()) {
        m_validationLabel->setText(
            tr("The file is valid: %Ln row(s) of the table \"%1\". Press Next to continue.",
               nullptr,
               count(report.rows))
                .arg(tableName()));
        m_issuesTable->setVisible(false);
        return;
    }
    m_issuesTable->setVisible(true);
    QString text = tr("%Ln problem(s) found. Nothing was written. Correct the file (or choose "
                      "other options) and check it again.",
                      nullptr,
                      count(report.issueCount));
    if (report.issueCount > report.issues.size())
        text += QLatin1Char(' ')
                + tr("The first %1 are listed; %Ln more are not shown.",
                     nullptr,
                     count(report.issueCount - report.issues.size()))
                      .arg(report.issues.size());
    m_validationLabel->setText(text);
    m_issuesTable->setRowCount(int(report.issues.size()));
    for (int i = 0; i < report.issues.size(); ++i) {
        const services::ImportIssue &issue = report.issues.at(i);
        const QString row = issue.row > 0 ? QLocale().toString(issue.row) : QStringLiteral("—");
        auto *rowItem = new QTableWidgetItem(row);
        rowItem->setData(Qt::UserRole, issue.row);
        rowItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_issuesTable->setItem(i, 0, rowItem);
        // A workbook's cell by its column letter, as the spreadsheet shows it: "D (birth_date)".
        QString column = issue.column;
        if (!issue.columnLetter.isEmpty())
            column = issue.column.isEmpty() ? issue.columnLetter
                                            : tr("%1 (%2)", "column letter (column name)")
                                                  .arg(issue.columnLetter, issue.column);
        auto *columnItem = new QTableWidgetItem(column);
        columnItem->setData(Qt::UserRole, issue.column);
        m_issuesTable->setItem(i, 1, columnItem);
        // Very long cells (up to the 1 MB limit) are cut for display.
        QString value = issue.value;
        if (value.size() > 80)
            value = value.left(80) + QChar(0x2026);
        m_issuesTable->setItem(i, 2, new QTableWidgetItem(value));
        auto *problem = new QTableWidgetItem(issueText(issue.code));
        problem->setData(Qt::UserRole, services::toCode(issue.code));
        m_issuesTable->setItem(i, 3, problem);
    }
    m_issuesTable->resizeRowsToContents();
}

void ImportWizard::showSummary()
{
    if (!m_report)
        return;
    const services::ImportReport &r = *m_report;
    QStringList lines;
    lines << tr("File: %1").arg(QFileInfo(filePath()).fileName());
    lines << tr("Table: %1").arg(tableName());
    lines << tr("Rows read: %1").arg(QLocale().toString(r.rows));
    lines << tr("Records created: %1").arg(QLocale().toString(r.created));
    lines << tr("Records updated: %1").arg(QLocale().toString(r.updated));
    if (r.table == exchange::ExchangeTable::Receptions) {
        lines << tr("Persons created: %1").arg(QLocale().toString(r.personsCreated));
        lines << tr("Persons updated: %1").arg(QLocale().toString(r.personsUpdated));
    }
    if (r.addedReferences.isEmpty()) {
        lines << tr("Reference values added: none");
    } else {
        lines << tr("Reference values added: %1").arg(addedReferenceNames(r.addedReferences));
    }
    m_summaryLabel->setText(lines.join(QLatin1Char('\n')));
}

QString ImportWizard::tableName() const
{
    if (!m_report || !m_report->table)
        return {};
    return tableLabel(*m_report->table);
}

QString ImportWizard::tableLabel(exchange::ExchangeTable table)
{
    // The user's words for what the file holds, never the table's code in the file format
    // ("receptions"), which is English in every language.
    switch (table) {
    case exchange::ExchangeTable::Receptions:
        return tr("Receptions");
    case exchange::ExchangeTable::Supports:
        return tr("Supports given");
    case exchange::ExchangeTable::Batches:
        return tr("Border handover batches");
    case exchange::ExchangeTable::Attachments:
        return tr("Attachments list");
    case exchange::ExchangeTable::FollowUps:
        return tr("Follow-ups");
    case exchange::ExchangeTable::Calls:
        return tr("Hotline calls");
    case exchange::ExchangeTable::Clubs:
        return tr("Prevention clubs");
    case exchange::ExchangeTable::Activities:
        return tr("Prevention activities");
    case exchange::ExchangeTable::Stays:
        return tr("Shelter stays");
    }
    return {};
}

QString ImportWizard::referenceListLabel(const QString &list)
{
    if (list == QLatin1String("agency"))
        return tr("agency");
    if (list == QLatin1String("support_type"))
        return tr("support type");
    if (list == QLatin1String("border_gate"))
        return tr("border gate");
    return list;
}

QString ImportWizard::addedReferenceNames(const QList<services::AddedReference> &added)
{
    QStringList names;
    for (const services::AddedReference &ref : added)
        names.append(
            tr("%1 \"%2\" (code %3)").arg(referenceListLabel(ref.list), ref.name, ref.code));
    return names.join(QStringLiteral(", "));
}

void ImportWizard::updateCompleteness()
{
    for (const int id : pageIds()) {
        if (auto *p = dynamic_cast<Page *>(page(id)))
            p->changed();
    }
    button(QWizard::BackButton)->setEnabled(!m_busy);
}

QString ImportWizard::issueText(ImportIssueCode code)
{
    // The service's wording names the CLI options; the wizard names its own check boxes.
    switch (code) {
    case ImportIssueCode::UnknownReference:
        return tr("Unknown value of a reference list. Tick \"Add missing agencies, support "
                  "types and border gates\" on the first page to add it.");
    case ImportIssueCode::CaseCodeExists:
        return tr("The case code already exists. Tick \"Update records that already exist\" "
                  "on the first page to update it.");
    case ImportIssueCode::UuidExists:
        return tr("The record already exists. Tick \"Update records that already exist\" on "
                  "the first page to update it.");
    default:
        break;
    }
    return services::describe(code);
}

} // namespace sr::ui
