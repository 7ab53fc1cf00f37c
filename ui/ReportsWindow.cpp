#include "ReportsWindow.h"

#include "PeriodPresets.h"
#include "WindowGeometry.h"
#include "domain/Period.h"
#include "messages/ErrorMessages.h"
#include "messages/ReportMessages.h"
#include "reports/ReportDocument.h"
#include "reports/ReportPdf.h"
#include "services/AppContext.h"
#include "services/ReportService.h"

#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QMessageBox>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QScrollBar>
#include <QShortcut>
#include <QSpinBox>
#include <QStandardPaths>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QVBoxLayout>

#include <optional>

namespace sr::ui {

ReportsWindow::ReportsWindow(services::AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_actor(context.actor())
    , m_service(&context.reports())
{
    setObjectName(QStringLiteral("reportsWindow"));
    setWindowTitle(tr("Period summary report"));

    m_period = PeriodFields::create(this);

    m_languageCombo = new QComboBox(this);
    m_languageCombo->setObjectName(QStringLiteral("languageComboBox"));
    m_languageCombo->addItem(tr("Vietnamese"), QStringLiteral("vi"));
    m_languageCombo->addItem(tr("English"), QStringLiteral("en"));

    m_printButton = new QPushButton(tr("&Print…"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_savePdfButton = new QPushButton(tr("Save P&DF…"), this);
    m_savePdfButton->setObjectName(QStringLiteral("savePdfButton"));
    m_saveJsonButton = new QPushButton(tr("Save &JSON…"), this);
    m_saveJsonButton->setObjectName(QStringLiteral("saveJsonButton"));
    m_saveOdtButton = new QPushButton(tr("Save as &ODT…"), this);
    m_saveOdtButton->setObjectName(QStringLiteral("saveOdtButton"));
    m_saveOdtButton->setToolTip(
        tr("An editable copy (OpenDocument text) to adjust the wording in LibreOffice or Word "
           "before signing"));
    m_saveXlsxButton = new QPushButton(tr("Save as E&xcel…"), this);
    m_saveXlsxButton->setObjectName(QStringLiteral("saveXlsxButton"));
    m_saveXlsxButton->setToolTip(tr("The report's tables as an Excel workbook (.xlsx), one sheet "
                                    "per section, for reworking the figures"));
    m_printButton->setToolTip(QKeySequence(QKeySequence::Print).toString(QKeySequence::NativeText));

    m_settingsWarning = new QLabel(this);
    m_settingsWarning->setObjectName(QStringLiteral("settingsWarningLabel"));
    m_settingsWarning->setWordWrap(true);
    m_settingsWarning->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; border: 1px solid #e0c060; padding: 6px; }"));
    m_settingsWarning->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("statusLabel"));
    m_preview = new QTextBrowser(this);
    m_preview->setObjectName(QStringLiteral("previewBrowser"));
    m_preview->setOpenLinks(false);

    auto *controls = new QHBoxLayout;
    auto *form = new QFormLayout;
    auto *periodLabel = new QLabel(tr("P&eriod:"), this);
    periodLabel->setBuddy(m_period.presetCombo);
    form->addRow(periodLabel, m_period.presetRow(this));
    form->addRow(QString(), m_period.cutOffCheck);
    auto *range = m_period.dateRow(this);
    auto *rangeLabel = new QLabel(tr("&From – to:"), this);
    rangeLabel->setBuddy(m_period.fromEdit);
    form->addRow(rangeLabel, range);
    auto *languageLabel = new QLabel(tr("&Language:"), this);
    languageLabel->setBuddy(m_languageCombo);
    form->addRow(languageLabel, m_languageCombo);
    controls->addLayout(form);
    controls->addStretch();
    auto *buttons = new QVBoxLayout;
    buttons->addWidget(m_printButton);
    buttons->addWidget(m_savePdfButton);
    buttons->addWidget(m_saveOdtButton);
    buttons->addWidget(m_saveXlsxButton);
    buttons->addWidget(m_saveJsonButton);
    buttons->addStretch();
    controls->addLayout(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(controls);
    layout->addWidget(m_settingsWarning);
    layout->addWidget(m_statusLabel);
    layout->addWidget(m_preview, 1);

    m_refreshTimer = new QTimer(this);
    m_refreshTimer->setSingleShot(true);
    m_refreshTimer->setInterval(150);
    connect(m_refreshTimer, &QTimer::timeout, this, &ReportsWindow::refreshPreview);

    connect(
        m_period.presetCombo, &QComboBox::currentIndexChanged, this, &ReportsWindow::applyPreset);
    connect(m_period.yearSpin, &QSpinBox::valueChanged, this, &ReportsWindow::applyPreset);
    connect(m_period.cutOffCheck, &QCheckBox::toggled, this, &ReportsWindow::applyPreset);
    connect(m_period.fromEdit, &QDateEdit::dateChanged, this, &ReportsWindow::scheduleRefresh);
    connect(m_period.toEdit, &QDateEdit::dateChanged, this, &ReportsWindow::scheduleRefresh);
    connect(
        m_languageCombo, &QComboBox::currentIndexChanged, this, &ReportsWindow::scheduleRefresh);
    connect(m_printButton, &QPushButton::clicked, this, &ReportsWindow::print);
    connect(m_savePdfButton, &QPushButton::clicked, this, &ReportsWindow::savePdf);
    connect(m_saveJsonButton, &QPushButton::clicked, this, &ReportsWindow::saveJson);
    connect(m_saveOdtButton, &QPushButton::clicked, this, &ReportsWindow::saveOdt);
    connect(m_saveXlsxButton, &QPushButton::clicked, this, &ReportsWindow::saveXlsx);
    // Keyboard: Ctrl+P prints, Esc and Ctrl+W close the window.
    auto *printShortcut = new QShortcut(QKeySequence::Print, this);
    connect(printShortcut, &QShortcut::activated, this, &ReportsWindow::print);
    for (const QKeySequence &keys :
         {QKeySequence(QKeySequence::Close), QKeySequence(Qt::Key_Escape)}) {
        auto *closeShortcut = new QShortcut(keys, this);
        connect(closeShortcut, &QShortcut::activated, this, &QWidget::close);
    }
    WindowGeometry::place(this, QStringLiteral("reports"), QSize(1000, 760));

    // The half-year managers print most often ("6 tháng đầu năm").
    setPreset(Preset::LastHalfYear);
    refreshPreview();
}

void ReportsWindow::closeEvent(QCloseEvent *event)
{
    WindowGeometry::remember(this, QStringLiteral("reports"));
    QWidget::closeEvent(event);
}

ReportsWindow::~ReportsWindow()
{
    // The browser must let go of the document before it is deleted.
    m_preview->setDocument(nullptr);
}

void ReportsWindow::setPreset(Preset preset)
{
    m_period.select(preset, [this] { applyPreset(); });
}

void ReportsWindow::setCustomRange(const QDate &from, const QDate &to)
{
    m_period.selectCustom(from, to, [this] { applyPreset(); });
    scheduleRefresh();
}

void ReportsWindow::setLanguage(reports::Language language)
{
    m_languageCombo->setCurrentIndex(language == reports::Language::English ? 1 : 0);
}

reports::Language ReportsWindow::language() const
{
    return m_languageCombo->currentData().toString() == QLatin1String("en")
               ? reports::Language::English
               : reports::Language::Vietnamese;
}

void ReportsWindow::applyPreset()
{
    m_period.followPreset();
    scheduleRefresh();
}

void ReportsWindow::scheduleRefresh()
{
    m_refreshTimer->start();
}

void ReportsWindow::refreshPreview()
{
    m_refreshTimer->stop();
    auto period = m_period.period();
    if (!period) {
        m_summaryValid = false;
        m_statusLabel->setText(tr("The period ends before it starts."));
        for (QPushButton *b :
             {m_printButton, m_savePdfButton, m_saveOdtButton, m_saveXlsxButton, m_saveJsonButton})
            b->setEnabled(false);
        return;
    }
    auto summary = m_service->summary(m_actor, *period);
    if (!summary) {
        m_summaryValid = false;
        m_statusLabel->setText(messages::ErrorMessages::message(summary.error().code));
        for (QPushButton *b :
             {m_printButton, m_savePdfButton, m_saveOdtButton, m_saveXlsxButton, m_saveJsonButton})
            b->setEnabled(false);
        return;
    }
    m_summary = *summary;
    m_summaryValid = true;
    const QString warning = messages::ReportMessages::missingSettingsWarning(
        domain::missingReportSettings(m_summary.issuer));
    m_settingsWarning->setText(warning);
    m_settingsWarning->setVisible(!warning.isEmpty());
    std::unique_ptr<QTextDocument> document = reports::createReportDocument(m_summary, language());
    m_preview->setDocument(document.get());
    m_document = std::move(document);
    // A new document starts at its top, with the national motto block in view.
    m_preview->moveCursor(QTextCursor::Start);
    m_preview->verticalScrollBar()->setValue(0);
    m_preview->horizontalScrollBar()->setValue(0);
    m_statusLabel->setText(tr("%1 – %2: %n person(s)", nullptr, int(m_summary.total.persons))
                               .arg(m_summary.from.toString(QStringLiteral("dd/MM/yyyy")),
                                    m_summary.to.toString(QStringLiteral("dd/MM/yyyy"))));
    for (QPushButton *b :
         {m_printButton, m_savePdfButton, m_saveOdtButton, m_saveXlsxButton, m_saveJsonButton})
        b->setEnabled(true);
}

void ReportsWindow::print()
{
    if (!m_summaryValid)
        return;
    QPrinter printer(QPrinter::HighResolution);
    printer.setPageLayout(reports::reportPageLayout());
    QPrintPreviewDialog dialog(&printer, this);
    dialog.setWindowTitle(tr("Print the report"));
    const reports::Language lang = language();
    std::optional<Error> refused;
    connect(
        &dialog, &QPrintPreviewDialog::paintRequested, this, [this, lang, &refused](QPrinter *p) {
            // "Print to file" writes the PDF itself: never over the database.
            if (!p->outputFileName().isEmpty()) {
                if (auto allowed = m_service->checkOutputFile(p->outputFileName()); !allowed) {
                    refused = allowed.error();
                    return;
                }
            }
            // A fresh document per request: the layout is adapted to the printer.
            auto document = reports::createReportDocument(m_summary, lang);
            reports::paintReportPages(*document, *p);
        });
    const int answer = dialog.exec();
    if (refused) {
        showError(messages::ErrorMessages::message(*refused));
        return;
    }
    if (answer == QDialog::Accepted) {
        if (auto audited = m_service->recordPrinted(m_actor, m_summary); !audited)
            showError(messages::ErrorMessages::message(audited.error().code));
    }
}

bool ReportsWindow::saveTo(const QString &filePath, const QString &formatCode)
{
    const auto format = services::ReportService::formatFromCode(formatCode);
    if (!m_summaryValid || !format)
        return false;
    auto written = m_service->write(m_actor, m_summary, *format, language(), filePath);
    if (!written) {
        showError(messages::ErrorMessages::message(written.error()));
        return false;
    }
    m_statusLabel->setText(tr("Saved: %1").arg(QDir::toNativeSeparators(filePath)));
    return true;
}

void ReportsWindow::saveWithDialog(const QString &formatCode,
                                   const QString &filter,
                                   const QString &suffix)
{
    if (!m_summaryValid)
        return;
    const QString suggested =
        QDir(QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation))
            .filePath(QStringLiteral("bao-cao-%1-%2.%3")
                          .arg(m_summary.from.toString(QStringLiteral("yyyyMMdd")),
                               m_summary.to.toString(QStringLiteral("yyyyMMdd")),
                               suffix));
    QString path = QFileDialog::getSaveFileName(this, tr("Save the report"), suggested, filter);
    if (path.isEmpty())
        return;
    if (!path.endsWith(QLatin1Char('.') + suffix, Qt::CaseInsensitive))
        path += QLatin1Char('.') + suffix;
    saveTo(path, formatCode);
}

void ReportsWindow::savePdf()
{
    saveWithDialog(QStringLiteral("pdf"), tr("PDF documents (*.pdf)"), QStringLiteral("pdf"));
}

void ReportsWindow::saveOdt()
{
    saveWithDialog(QStringLiteral("odt"), tr("OpenDocument text (*.odt)"), QStringLiteral("odt"));
}

void ReportsWindow::saveXlsx()
{
    saveWithDialog(QStringLiteral("xlsx"), tr("Excel workbooks (*.xlsx)"), QStringLiteral("xlsx"));
}

void ReportsWindow::saveJson()
{
    saveWithDialog(QStringLiteral("json"), tr("JSON files (*.json)"), QStringLiteral("json"));
}

void ReportsWindow::showError(const QString &message)
{
    m_statusLabel->setText(message);
    QMessageBox::warning(this, windowTitle(), message);
}

} // namespace sr::ui
