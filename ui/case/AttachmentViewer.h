#pragma once

#include "domain/Actor.h"
#include "domain/Attachment.h"

#include <QBuffer>
#include <QByteArray>
#include <QImage>
#include <QWidget>

class QLabel;
class QPdfDocument;
class QPdfView;
class QPushButton;
class QScrollArea;

namespace sr::services {
class AttachmentService;
} // namespace sr::services

namespace sr::ui {

/**
 * Shows one attachment opened through AttachmentService::open (audited), in a window of its
 * own: a PDF with Qt PDF, read from memory (a QBuffer over the bytes, never a file), one page
 * at a time (PgUp/PgDn, "x / y"), fitted to the width, to the page or at 100 %; an image fitted
 * to the window, zoomed in and out or at 100 %. The kind of paper, its date, what it belongs to
 * and the note are above it. The title names the kind of paper, never the file: a file name
 * may hold the person's name. "Save a copy…" is there for those allowed to
 * (Permission::SaveAttachmentCopy).
 */
class AttachmentViewer : public QWidget
{
    Q_OBJECT

public:
    /** @a service must outlive the viewer; @a typeLabel and @a ownerLabel are shown above. */
    AttachmentViewer(services::AttachmentService &service,
                     const domain::Actor &actor,
                     domain::AttachmentContent content,
                     const QString &typeLabel,
                     const QString &ownerLabel,
                     QWidget *parent = nullptr);
    ~AttachmentViewer() override;

    bool isPdf() const { return m_document != nullptr; }
    /** Pages of a PDF (1 for an image). */
    int pageCount() const;
    /** The page shown, from 0. */
    int currentPage() const { return m_page; }
    void showPage(int page);
    /** The image shown at its zoom (null for a PDF). */
    QSize imageShownSize() const;
    const QImage &image() const { return m_image; }
    /** The scale of an image (1.0: 100 %). */
    double zoom() const { return m_zoom; }

    QPdfView *pdfView() const { return m_pdfView; }
    QLabel *pageLabel() const { return m_pageLabel; }
    QPushButton *saveCopyButton() const { return m_saveCopy; }
    QString statusText() const;

    /** Writes a copy to @a path through the service (audited); false with the reason shown. */
    bool saveCopyTo(const QString &path);

public Q_SLOTS:
    void nextPage();
    void previousPage();
    void fitWidth();
    void fitPage();
    void actualSize();
    void zoomIn();
    void zoomOut();

protected:
    void closeEvent(QCloseEvent *event) override;
    void resizeEvent(QResizeEvent *event) override;

private:
    void saveCopy();
    void showImage();
    void setStatus(const QString &text, bool error);

    services::AttachmentService &m_service;
    domain::Actor m_actor;
    domain::Attachment m_attachment;
    QByteArray m_bytes;
    QBuffer m_buffer; ///< the PDF's bytes for QPdfDocument, which reads them from memory
    QImage m_image;
    int m_page = 0;
    double m_zoom = 1.0;
    bool m_fitImage = true;

    QPdfDocument *m_document = nullptr;
    QPdfView *m_pdfView = nullptr;
    QScrollArea *m_imageArea = nullptr;
    QLabel *m_imageLabel = nullptr;
    QLabel *m_pageLabel = nullptr;
    QLabel *m_status = nullptr;
    QPushButton *m_saveCopy = nullptr;
};

} // namespace sr::ui
