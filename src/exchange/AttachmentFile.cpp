// The checks of an attached file by its content (docs/attachments.md, "Accepted files"): the
// magic bytes name the type, then the file is parsed for real (Qt PDF loads a PDF, QImageReader
// decodes an image whole), so that what is stored is what the viewer and the printed dossier
// can show. Everything happens in memory (QBuffer): an attachment is personal and is never
// written to a temporary file. Nothing here logs: a refusal is an Error whose detail holds
// only codes and sizes, never the file's content or name.
#include "AttachmentFile.h"

#include "domain/FileErrors.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>

#include <cstring>

namespace sr::exchange {

namespace {

/** What the first bytes say the file is. */
enum class Sniffed { Pdf, Jpeg, Png, Tiff, Office, OtherImage, Other };

/**
 * Allocation limit for QImageReader, in MiB: the largest image kMaxImagePixels allows, decoded
 * at 4 bytes a pixel, and a little more. The dimension check comes first; this is the second
 * fence, for a decoder that allocates more than the header said.
 */
constexpr int kAllocationLimitMiB = int(kMaxImagePixels * 4 / (1024 * 1024)) + 16;

/**
 * Across all the pages of a TIFF, the most pixels converted: each page is decoded and drawn
 * one after the other, so time (not memory) is what this bounds.
 */
constexpr qint64 kMaxTiffTotalPixels = 10 * kMaxImagePixels;

/** How near its end a PDF must say %%EOF (readers look in the last 1024 bytes). */
constexpr qsizetype kPdfEofWindow = 1024;

/** Dots per inch assumed for a TIFF page whose resolution is missing or not believable. */
constexpr double kAssumedDpi = 300.0;

Error refused(ErrorReason reason, QString detail)
{
    return makeError(ErrorCode::InvalidInput, reason, QStringLiteral("attachment: ") + detail);
}

/** Whether @a bytes hold the @a length bytes of @a magic at @a at. */
bool hasBytesAt(const QByteArray &bytes, const char *magic, qsizetype length, qsizetype at)
{
    return bytes.size() >= at + length && std::memcmp(bytes.constData() + at, magic, length) == 0;
}

/** Whether @a bytes hold the string literal @a magic (NULs included) at @a at. */
template<qsizetype N>
bool hasMagic(const QByteArray &bytes, const char (&magic)[N], qsizetype at = 0)
{
    return hasBytesAt(bytes, magic, N - 1, at);
}

quint32 bigEndian32(const uchar *p)
{
    return (quint32(p[0]) << 24) | (quint32(p[1]) << 16) | (quint32(p[2]) << 8) | quint32(p[3]);
}

quint32 littleEndian32(const uchar *p)
{
    return quint32(p[0]) | (quint32(p[1]) << 8) | (quint32(p[2]) << 16) | (quint32(p[3]) << 24);
}

/** A Word, Excel, PowerPoint or OpenDocument file (or an old binary Office one, or RTF). */
bool isOfficeDocument(const QByteArray &bytes)
{
    if (hasMagic(bytes, "\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1") || hasMagic(bytes, "{\\rtf"))
        return true;
    if (!hasMagic(bytes, "PK\x03\x04"))
        return false;
    // OpenDocument keeps an uncompressed "mimetype" entry first; Office Open XML names its
    // parts in [Content_Types].xml. A plain ZIP archive has neither.
    return hasMagic(bytes, "mimetypeapplication/vnd.oasis.opendocument", 30)
           || bytes.contains("[Content_Types].xml");
}

/** A picture in a format the viewer does not take: GIF, BMP, WebP, HEIC/AVIF, JPEG 2000. */
bool isOtherImage(const QByteArray &bytes)
{
    if (hasMagic(bytes, "GIF87a") || hasMagic(bytes, "GIF89a"))
        return true;
    if (hasMagic(bytes, "RIFF") && hasMagic(bytes, "WEBP", 8))
        return true;
    if (hasMagic(bytes, "\x00\x00\x00\x0CjP  \r\n\x87\n"))
        return true;
    if (hasMagic(bytes, "ftyp", 4)) {
        for (const char *brand : {"heic", "heix", "hevc", "heim", "heis", "mif1", "msf1", "avif"}) {
            if (hasBytesAt(bytes, brand, 4, 8))
                return true;
        }
    }
    // BMP: "BM", then the size of its info header at 14 is one of the known ones.
    if (hasMagic(bytes, "BM") && bytes.size() >= 18) {
        const quint32 info =
            littleEndian32(reinterpret_cast<const uchar *>(bytes.constData()) + 14);
        return info == 12 || info == 40 || info == 52 || info == 56 || info == 64 || info == 108
               || info == 124;
    }
    return false;
}

Sniffed sniff(const QByteArray &bytes)
{
    if (hasMagic(bytes, "%PDF-"))
        return Sniffed::Pdf;
    if (hasMagic(bytes, "\xFF\xD8\xFF"))
        return Sniffed::Jpeg;
    if (hasMagic(bytes, "\x89PNG\r\n\x1A\n"))
        return Sniffed::Png;
    // Classic TIFF ("*") and BigTIFF ("+"), little ("II") and big ("MM") endian.
    if (hasMagic(bytes, "II*\x00") || hasMagic(bytes, "MM\x00*") || hasMagic(bytes, "II+\x00")
        || hasMagic(bytes, "MM\x00+"))
        return Sniffed::Tiff;
    if (isOfficeDocument(bytes))
        return Sniffed::Office;
    if (isOtherImage(bytes))
        return Sniffed::OtherImage;
    return Sniffed::Other;
}

/**
 * Whether the PNG's chunks run whole up to IEND. libpng stops quietly at the end of the image
 * data, so a file cut after it (or inside it, on some versions) could decode; the chunk walk
 * refuses any cut.
 */
bool pngComplete(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype at = 8;
    while (at + 12 <= size) {
        const quint32 length = bigEndian32(data + at);
        if (length > 0x7FFFFFFFu)
            return false;
        const qsizetype next = at + 12 + qsizetype(length);
        if (next > size)
            return false;
        if (std::memcmp(data + at + 4, "IEND", 4) == 0)
            return true;
        at = next;
    }
    return false;
}

/**
 * Whether the JPEG's segments run whole up to its end marker (EOI). libjpeg only warns on a
 * cut file and fills the missing part grey, so QImageReader would return a picture; walking
 * the markers finds the cut. Bytes after EOI are allowed (phones append a video or a trailer).
 */
bool jpegComplete(const QByteArray &bytes)
{
    const auto *data = reinterpret_cast<const uchar *>(bytes.constData());
    const qsizetype size = bytes.size();
    qsizetype at = 2; // after SOI
    for (;;) {
        if (at >= size || data[at] != 0xFF)
            return false;
        while (at < size && data[at] == 0xFF) // fill bytes before a marker
            ++at;
        if (at >= size)
            return false;
        const uchar marker = data[at++];
        if (marker == 0xD9) // EOI
            return true;
        if (marker == 0x01 || (marker >= 0xD0 && marker <= 0xD7)) // no length
            continue;
        if (at + 2 > size)
            return false;
        const qsizetype length = (qsizetype(data[at]) << 8) | data[at + 1];
        if (length < 2 || at + length > size)
            return false;
        at += length;
        if (marker != 0xDA) // not SOS: the next marker follows
            continue;
        // Entropy-coded data: runs to the next 0xFF that is not stuffing (FF 00), a restart
        // marker (FF D0-D7) or a fill byte.
        for (;;) {
            const void *ff = std::memchr(data + at, 0xFF, size_t(size - at));
            if (!ff)
                return false;
            at = static_cast<const uchar *>(ff) - data;
            if (at + 1 >= size)
                return false;
            const uchar next = data[at + 1];
            if (next == 0x00 || (next >= 0xD0 && next <= 0xD7)) {
                at += 2;
                continue;
            }
            if (next == 0xFF) {
                ++at;
                continue;
            }
            break; // a marker starts at `at`
        }
    }
}

/** Whether an image (page) of @a size may be decoded: not empty, not an image bomb. */
Result<void> checkDimensions(const QSize &size)
{
    if (!size.isValid() || size.isEmpty())
        return refused(ErrorReason::AttachmentImageDamaged, QStringLiteral("no image size"));
    if (size.width() > kMaxImageSide || size.height() > kMaxImageSide
        || qint64(size.width()) * size.height() > kMaxImagePixels)
        return refused(
            ErrorReason::AttachmentImageTooBig,
            QStringLiteral("image %1x%2 over the limit").arg(size.width()).arg(size.height()));
    return {};
}

Result<AttachmentFile> checkPdf(QByteArray bytes)
{
    // A cut PDF lacks its final %%EOF; pdfium would repair it and show what it can, but the
    // stored copy would be missing pages nobody notices. Refused, so the user attaches it again.
    if (!bytes.right(kPdfEofWindow).contains("%%EOF"))
        return refused(ErrorReason::AttachmentPdfTruncated, QStringLiteral("PDF without %%EOF"));
    {
        QBuffer buffer(&bytes); // outlives the document, which reads from it
        buffer.open(QIODevice::ReadOnly);
        QPdfDocument document;
        document.load(&buffer); // synchronous: a QBuffer is random-access and all there
        const QPdfDocument::Error error = document.error();
        if (error == QPdfDocument::Error::IncorrectPassword
            || error == QPdfDocument::Error::UnsupportedSecurityScheme)
            return refused(ErrorReason::AttachmentPdfPassword,
                           QStringLiteral("PDF needs a password (%1)").arg(int(error)));
        if (document.status() != QPdfDocument::Status::Ready || error != QPdfDocument::Error::None)
            return refused(ErrorReason::AttachmentPdfUnreadable,
                           QStringLiteral("PDF does not load (%1)").arg(int(error)));
        if (document.pageCount() < 1)
            return refused(ErrorReason::AttachmentPdfUnreadable, QStringLiteral("PDF has no page"));
        document.close();
    }
    AttachmentFile file;
    file.sha256 = sha256Hex(bytes);
    file.bytes = std::move(bytes);
    file.mediaType = QString::fromLatin1(kMediaTypePdf);
    return file;
}

/** Reads the next image of @a reader after checking its header's size; refusals as above. */
Result<QImage> decode(QImageReader &reader)
{
    if (auto dimensions = checkDimensions(reader.size()); !dimensions)
        return dimensions.error();
    QImage image;
    if (!reader.read(&image) || image.isNull())
        return refused(ErrorReason::AttachmentImageDamaged,
                       QStringLiteral("image does not decode (%1)").arg(int(reader.error())));
    return image;
}

Result<AttachmentFile> checkImage(QByteArray bytes, Sniffed type)
{
    const bool jpeg = type == Sniffed::Jpeg;
    {
        QBuffer buffer(&bytes);
        buffer.open(QIODevice::ReadOnly);
        QImageReader reader(&buffer, jpeg ? QByteArrayLiteral("jpeg") : QByteArrayLiteral("png"));
        reader.setAllocationLimit(kAllocationLimitMiB);
        // The size comes from the header alone; the bomb check must precede any decoding.
        if (auto dimensions = checkDimensions(reader.size()); !dimensions)
            return dimensions.error();
        if (!(jpeg ? jpegComplete(bytes) : pngComplete(bytes)))
            return refused(ErrorReason::AttachmentImageDamaged,
                           jpeg ? QStringLiteral("JPEG cut before its end")
                                : QStringLiteral("PNG cut before IEND"));
        if (auto image = decode(reader); !image)
            return image.error();
    }
    AttachmentFile file;
    file.sha256 = sha256Hex(bytes);
    file.bytes = std::move(bytes);
    file.mediaType = QString::fromLatin1(jpeg ? kMediaTypeJpeg : kMediaTypePng);
    return file;
}

/** A believable resolution (dots per inch) from Qt's dots per metre, else kAssumedDpi. */
double dpiOf(int dotsPerMeter)
{
    const double dpi = dotsPerMeter * 0.0254;
    return dpi >= 50.0 && dpi <= 4800.0 ? dpi : kAssumedDpi;
}

Result<QByteArray> pngOf(const QImage &image)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, QByteArrayLiteral("png"));
    if (!writer.write(image)) // keeps the resolution (pHYs) and a bi-level scan's 1 bit
        return makeError(
            ErrorCode::Internal,
            QStringLiteral("attachment: PNG conversion failed (%1)").arg(int(writer.error())));
    return png;
}

/**
 * Converts a TIFF: one page to PNG, several to one PDF whose every page is the scanned image at
 * its own resolution (so an A4 scan prints as A4, a fax's 204×98 dpi page keeps its shape).
 */
Result<AttachmentFile> convertTiff(QByteArray bytes)
{
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::ReadOnly);
    QImageReader reader(&buffer, QByteArrayLiteral("tiff"));
    reader.setAllocationLimit(kAllocationLimitMiB);
    const int pages = reader.imageCount();
    if (pages < 1)
        return refused(ErrorReason::AttachmentImageDamaged, QStringLiteral("TIFF has no page"));
    // Too many pages for one attachment: the user splits them, as for a PDF over the limit.
    if (pages > kMaxTiffPages)
        return refused(ErrorReason::AttachmentConvertedTooLarge,
                       QStringLiteral("TIFF has %1 pages").arg(pages));

    AttachmentFile file;
    file.convertedFrom = QString::fromLatin1(kMediaTypeTiff);
    if (pages == 1) {
        auto image = decode(reader);
        if (!image)
            return image.error();
        auto png = pngOf(*image);
        if (!png)
            return png.error();
        file.bytes = std::move(*png);
        file.mediaType = QString::fromLatin1(kMediaTypePng);
    } else {
        QByteArray pdf;
        QBuffer out(&pdf);
        out.open(QIODevice::WriteOnly);
        QPdfWriter writer(&out);
        writer.setCreator(QStringLiteral("SafeReturn"));
        writer.setPageMargins(QMarginsF(0, 0, 0, 0));
        QPainter painter;
        qint64 totalPixels = 0;
        for (int page = 0; page < pages; ++page) {
            if (page > 0 && !reader.jumpToImage(page))
                return refused(ErrorReason::AttachmentImageDamaged,
                               QStringLiteral("TIFF page %1 missing").arg(page + 1));
            auto image = decode(reader);
            if (!image)
                return image.error();
            totalPixels += qint64(image->width()) * image->height();
            if (totalPixels > kMaxTiffTotalPixels)
                return refused(ErrorReason::AttachmentConvertedTooLarge,
                               QStringLiteral("TIFF pages over %1 pixels").arg(totalPixels));
            const QSizeF inches(image->width() / dpiOf(image->dotsPerMeterX()),
                                image->height() / dpiOf(image->dotsPerMeterY()));
            // The page size applies to the page begun next: the first before begin(), the
            // others before newPage().
            writer.setPageSize(
                QPageSize(inches, QPageSize::Inch, QString(), QPageSize::ExactMatch));
            if (page == 0) {
                if (!painter.begin(&writer))
                    return makeError(ErrorCode::Internal,
                                     QStringLiteral("attachment: PDF conversion failed"));
            } else if (!writer.newPage()) {
                return makeError(ErrorCode::Internal,
                                 QStringLiteral("attachment: PDF conversion failed"));
            }
            const double resolution = writer.resolution();
            painter.drawImage(
                QRectF(0, 0, inches.width() * resolution, inches.height() * resolution), *image);
            if (out.size() > kMaxAttachmentBytes) // no need to go on
                break;
        }
        painter.end();
        out.close();
        file.bytes = std::move(pdf);
        file.mediaType = QString::fromLatin1(kMediaTypePdf);
    }
    if (file.bytes.size() > kMaxAttachmentBytes)
        return refused(ErrorReason::AttachmentConvertedTooLarge,
                       QStringLiteral("converted TIFF has %1 bytes").arg(file.bytes.size()));
    file.sha256 = sha256Hex(file.bytes);
    return file;
}

} // namespace

QString sha256Hex(const QByteArray &bytes)
{
    return QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex());
}

Result<AttachmentFile> checkAttachmentBytes(QByteArray bytes)
{
    if (bytes.isEmpty())
        return refused(ErrorReason::AttachmentEmpty, QStringLiteral("empty"));
    if (bytes.size() > kMaxAttachmentBytes)
        return refused(ErrorReason::AttachmentTooLarge,
                       QStringLiteral("%1 bytes").arg(bytes.size()));
    switch (sniff(bytes)) {
    case Sniffed::Pdf:
        return checkPdf(std::move(bytes));
    case Sniffed::Jpeg:
        return checkImage(std::move(bytes), Sniffed::Jpeg);
    case Sniffed::Png:
        return checkImage(std::move(bytes), Sniffed::Png);
    case Sniffed::Tiff:
        return convertTiff(std::move(bytes));
    case Sniffed::Office:
        return refused(ErrorReason::AttachmentOfficeDocument, QStringLiteral("office document"));
    case Sniffed::OtherImage:
        return refused(ErrorReason::AttachmentOtherImage, QStringLiteral("other image format"));
    case Sniffed::Other:
        break;
    }
    return refused(ErrorReason::AttachmentWrongType, QStringLiteral("unknown type"));
}

Result<AttachmentFile> readAttachmentFile(const QString &path)
{
    QFile in(path);
    if (!in.open(QIODevice::ReadOnly))
        return fileError(ErrorCode::Io,
                         path,
                         whyNotReadable(path),
                         QStringLiteral("attachment: cannot open the file"));
    // The size first: a file over the limit is refused without reading it. A device or a pipe
    // reports no size, so the read itself stops one byte past the limit.
    if (in.size() > kMaxAttachmentBytes) {
        Error error =
            refused(ErrorReason::AttachmentTooLarge, QStringLiteral("%1 bytes").arg(in.size()));
        error.path = QFileInfo(path).absoluteFilePath();
        return error;
    }
    QByteArray bytes = in.read(kMaxAttachmentBytes + 1);
    if (in.error() != QFileDevice::NoError)
        return fileError(ErrorCode::Io,
                         path,
                         ErrorReason::DeviceError,
                         QStringLiteral("attachment: read failed"));
    in.close();
    auto checked = checkAttachmentBytes(std::move(bytes));
    if (!checked) {
        Error error = checked.error();
        error.path = QFileInfo(path).absoluteFilePath();
        return error;
    }
    return checked;
}

} // namespace sr::exchange
