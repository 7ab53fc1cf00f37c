#include "ui/case/AttachmentViewer.h"

#include "messages/ErrorMessages.h"
#include "services/AttachmentService.h"
#include "services/Permissions.h"
#include "ui/WindowGeometry.h"
#include "ui/case/AttachDialog.h"
#include "ui/case/CaseFields.h"

#include <QAction>
#include <QCloseEvent>
#include <QDir>
#include <QFileDialog>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QPdfDocument>
#include <QPdfPageNavigator>
#include <QPdfView>
#include <QPushButton>
#include <QScrollArea>
#include <QScrollBar>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

constexpr double kMinZoom = 0.05;
constexpr double kMaxZoom = 8.0;

QPushButton *toolButton(QWidget *parent, const QString &text, const QString &name)
{
    auto *button = new QPushButton(text, parent);
    button->setObjectName(name);
    button->setAutoDefault(false);
    return button;
}

} // namespace

AttachmentViewer::AttachmentViewer(services::AttachmentService &service,
                                   const domain::Actor &actor,
                                   domain::AttachmentContent content,
                                   const QString &typeLabel,
                                   const QString &ownerLabel,
                                   QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_service(service)
    , m_actor(actor)
    , m_attachment(std::move(content.attachment))
    , m_bytes(std::move(content.bytes))
{
    setObjectName(QStringLiteral("attachmentViewer"));
    setAttribute(Qt::WA_DeleteOnClose);
    // The kind of paper only: the file's name may hold the person's name (docs/attachments.md).
    setWindowTitle(tr("Attachment — %1").arg(typeLabel));

    auto *heading = new QLabel(typeLabel, this);
    heading->setObjectName(QStringLiteral("viewerTypeLabel"));
    QFont bold = heading->font();
    bold.setBold(true);
    bold.setPointSizeF(bold.pointSizeF() * 1.15);
    heading->setFont(bold);
    QStringList facts;
    if (m_attachment.documentDate.isValid())
        facts << tr("Dated %1").arg(CaseFields::formatDate(m_attachment.documentDate));
    if (!ownerLabel.isEmpty())
        facts << ownerLabel;
    facts << AttachmentTexts::sizeText(m_attachment.sizeBytes);
    auto *details = new QLabel(facts.join(QStringLiteral(" · ")), this);
    details->setObjectName(QStringLiteral("viewerDetailsLabel"));
    details->setTextFormat(Qt::PlainText);
    details->setWordWrap(true);
    auto *note = new QLabel(m_attachment.note, this);
    note->setObjectName(QStringLiteral("viewerNoteLabel"));
    note->setTextFormat(Qt::PlainText);
    note->setWordWrap(true);
    note->setVisible(!m_attachment.note.isEmpty());

    auto *tools = new QHBoxLayout;
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(heading);
    layout->addWidget(details);
    layout->addWidget(note);
    layout->addLayout(tools);

    const bool pdf = m_attachment.mediaType == QLatin1String("application/pdf");
    if (pdf) {
        // From memory: the document reads the buffer, which reads m_bytes (never a file).
        m_buffer.setBuffer(&m_bytes);
        m_buffer.open(QIODevice::ReadOnly);
        m_document = new QPdfDocument(this);
        m_document->load(&m_buffer); // synchronous: a QBuffer is random-access and all there
        m_pdfView = new QPdfView(this);
        m_pdfView->setObjectName(QStringLiteral("viewerPdfView"));
        m_pdfView->setPageMode(QPdfView::PageMode::SinglePage);
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
        m_pdfView->setDocument(m_document);
        auto *previous =
            toolButton(this, tr("Pre&vious page (PgUp)"), QStringLiteral("previousPageButton"));
        auto *next = toolButton(this, tr("&Next page (PgDn)"), QStringLiteral("nextPageButton"));
        m_pageLabel = new QLabel(this);
        m_pageLabel->setObjectName(QStringLiteral("viewerPageLabel"));
        m_pageLabel->setContentsMargins(8, 0, 8, 0);
        auto *width = toolButton(this, tr("Fit &width"), QStringLiteral("fitWidthButton"));
        auto *page = toolButton(this, tr("Fit &page"), QStringLiteral("fitPageButton"));
        auto *actual = toolButton(this, tr("&100 %"), QStringLiteral("actualSizeButton"));
        for (QWidget *widget : std::initializer_list<QWidget *>{previous, m_pageLabel, next})
            tools->addWidget(widget);
        tools->addSpacing(16);
        for (QWidget *widget : std::initializer_list<QWidget *>{width, page, actual})
            tools->addWidget(widget);
        connect(previous, &QPushButton::clicked, this, &AttachmentViewer::previousPage);
        connect(next, &QPushButton::clicked, this, &AttachmentViewer::nextPage);
        connect(width, &QPushButton::clicked, this, &AttachmentViewer::fitWidth);
        connect(page, &QPushButton::clicked, this, &AttachmentViewer::fitPage);
        connect(actual, &QPushButton::clicked, this, &AttachmentViewer::actualSize);
        // PgUp/PgDn turn the page wherever the focus is (the view would scroll inside it).
        auto *down = new QAction(this);
        down->setShortcuts({QKeySequence(Qt::Key_PageDown), QKeySequence(Qt::Key_Space)});
        connect(down, &QAction::triggered, this, &AttachmentViewer::nextPage);
        auto *up = new QAction(this);
        up->setShortcut(QKeySequence(Qt::Key_PageUp));
        connect(up, &QAction::triggered, this, &AttachmentViewer::previousPage);
        addAction(down);
        addAction(up);
        layout->addWidget(m_pdfView, 1);
        showPage(0);
    } else {
        m_image = QImage::fromData(m_bytes);
        m_imageArea = new QScrollArea(this);
        m_imageArea->setObjectName(QStringLiteral("viewerImageArea"));
        m_imageArea->setAlignment(Qt::AlignCenter);
        m_imageArea->setBackgroundRole(QPalette::Dark);
        m_imageLabel = new QLabel;
        m_imageLabel->setObjectName(QStringLiteral("viewerImageLabel"));
        m_imageLabel->setAlignment(Qt::AlignCenter);
        m_imageArea->setWidget(m_imageLabel);
        auto *in = toolButton(this, tr("Zoom &in (Ctrl++)"), QStringLiteral("zoomInButton"));
        auto *out = toolButton(this, tr("Zoom &out (Ctrl+-)"), QStringLiteral("zoomOutButton"));
        auto *fit = toolButton(this, tr("&Fit to window"), QStringLiteral("fitPageButton"));
        auto *actual = toolButton(this, tr("&100 %"), QStringLiteral("actualSizeButton"));
        for (QWidget *widget : std::initializer_list<QWidget *>{in, out, fit, actual})
            tools->addWidget(widget);
        connect(in, &QPushButton::clicked, this, &AttachmentViewer::zoomIn);
        connect(out, &QPushButton::clicked, this, &AttachmentViewer::zoomOut);
        connect(fit, &QPushButton::clicked, this, &AttachmentViewer::fitPage);
        connect(actual, &QPushButton::clicked, this, &AttachmentViewer::actualSize);
        auto *zoomInAction = new QAction(this);
        zoomInAction->setShortcuts(QKeySequence::ZoomIn);
        connect(zoomInAction, &QAction::triggered, this, &AttachmentViewer::zoomIn);
        auto *zoomOutAction = new QAction(this);
        zoomOutAction->setShortcuts(QKeySequence::ZoomOut);
        connect(zoomOutAction, &QAction::triggered, this, &AttachmentViewer::zoomOut);
        addAction(zoomInAction);
        addAction(zoomOutAction);
        layout->addWidget(m_imageArea, 1);
    }
    tools->addStretch(1);
    if (services::allowed(m_actor, services::Permission::SaveAttachmentCopy)) {
        m_saveCopy = toolButton(this, tr("&Save a copy…"), QStringLiteral("viewerSaveCopyButton"));
        tools->addWidget(m_saveCopy);
        connect(m_saveCopy, &QPushButton::clicked, this, &AttachmentViewer::saveCopy);
    }
    auto *close = toolButton(this, tr("&Close (Esc)"), QStringLiteral("viewerCloseButton"));
    tools->addWidget(close);
    connect(close, &QPushButton::clicked, this, &QWidget::close);
    auto *escape = new QAction(this);
    escape->setShortcut(QKeySequence(Qt::Key_Escape));
    connect(escape, &QAction::triggered, this, &QWidget::close);
    addAction(escape);

    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("viewerStatusLabel"));
    m_status->setWordWrap(true);
    m_status->setTextFormat(Qt::PlainText);
    m_status->hide();
    layout->addWidget(m_status);

    WindowGeometry::place(this, QStringLiteral("attachmentViewer"), QSize(1000, 720));
    if (!pdf)
        showImage();
}

AttachmentViewer::~AttachmentViewer()
{
    // The view and the document read m_buffer: they go before it does.
    delete m_pdfView;
    m_pdfView = nullptr;
    delete m_document;
    m_document = nullptr;
}

int AttachmentViewer::pageCount() const
{
    return m_document ? m_document->pageCount() : (m_image.isNull() ? 0 : 1);
}

void AttachmentViewer::showPage(int page)
{
    if (!m_document)
        return;
    const int count = m_document->pageCount();
    m_page = qBound(0, page, qMax(0, count - 1));
    if (count > 0)
        m_pdfView->pageNavigator()->jump(m_page, QPointF(), 0);
    m_pageLabel->setText(tr("%1 / %2").arg(m_page + 1).arg(count));
}

void AttachmentViewer::nextPage()
{
    showPage(m_page + 1);
}

void AttachmentViewer::previousPage()
{
    showPage(m_page - 1);
}

void AttachmentViewer::fitWidth()
{
    if (m_pdfView)
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitToWidth);
}

void AttachmentViewer::fitPage()
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::FitInView);
        return;
    }
    m_fitImage = true;
    showImage();
}

void AttachmentViewer::actualSize()
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(1.0);
        return;
    }
    m_fitImage = false;
    m_zoom = 1.0;
    showImage();
}

void AttachmentViewer::zoomIn()
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(qMin(kMaxZoom, m_pdfView->zoomFactor() * 1.25));
        return;
    }
    m_fitImage = false;
    m_zoom = qMin(kMaxZoom, m_zoom * 1.25);
    showImage();
}

void AttachmentViewer::zoomOut()
{
    if (m_pdfView) {
        m_pdfView->setZoomMode(QPdfView::ZoomMode::Custom);
        m_pdfView->setZoomFactor(qMax(kMinZoom, m_pdfView->zoomFactor() / 1.25));
        return;
    }
    m_fitImage = false;
    m_zoom = qMax(kMinZoom, m_zoom / 1.25);
    showImage();
}

QSize AttachmentViewer::imageShownSize() const
{
    if (!m_imageLabel || m_imageLabel->pixmap().isNull())
        return {};
    return m_imageLabel->pixmap().size();
}

void AttachmentViewer::showImage()
{
    if (!m_imageLabel || m_image.isNull())
        return;
    if (m_fitImage) {
        const QSize room = m_imageArea->viewport()->size() - QSize(4, 4);
        const double scale =
            qMin(double(room.width()) / m_image.width(), double(room.height()) / m_image.height());
        // A small photo is not blown up past 100 % to fit.
        m_zoom = qBound(kMinZoom, scale, 1.0);
    }
    const QSize shown = (QSizeF(m_image.size()) * m_zoom).toSize().expandedTo(QSize(1, 1));
    m_imageLabel->setPixmap(
        QPixmap::fromImage(m_image.scaled(shown, Qt::KeepAspectRatio, Qt::SmoothTransformation)));
    m_imageLabel->resize(shown);
}

void AttachmentViewer::resizeEvent(QResizeEvent *event)
{
    QWidget::resizeEvent(event);
    if (m_fitImage)
        showImage();
}

void AttachmentViewer::saveCopy()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Save a copy of the attachment"), m_attachment.fileName);
    if (!path.isEmpty())
        saveCopyTo(path);
}

bool AttachmentViewer::saveCopyTo(const QString &path)
{
    if (Result<void> saved = m_service.saveCopy(m_actor, m_attachment.meta.id, path); !saved) {
        setStatus(messages::ErrorMessages::message(saved.error()), true);
        return false;
    }
    setStatus(tr("A copy was saved to %1. It is outside the database now: keep it safe, and "
                 "delete it when it is no longer needed.")
                  .arg(QDir::toNativeSeparators(path)),
              false);
    return true;
}

QString AttachmentViewer::statusText() const
{
    return m_status->isHidden() ? QString() : m_status->text();
}

void AttachmentViewer::setStatus(const QString &text, bool error)
{
    m_status->setText(text);
    m_status->setStyleSheet(error ? QStringLiteral("color: #c42b1c;") : QString());
    m_status->setVisible(!text.isEmpty());
}

void AttachmentViewer::closeEvent(QCloseEvent *event)
{
    WindowGeometry::remember(this, QStringLiteral("attachmentViewer"));
    QWidget::closeEvent(event);
}

} // namespace sr::ui
