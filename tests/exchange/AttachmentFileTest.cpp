// The checks of an attached file by its content (exchange/AttachmentFile.h, docs/attachments.md):
// every test file is made here, in memory (QImageWriter, QPdfWriter, TIFF and PDF written by
// hand where Qt cannot write them), so that each refusal is met on purpose. Runs under the
// QCoreApplication of tests/support/TestMain.cpp: the check needs no QGuiApplication.
#include "exchange/AttachmentFile.h"

#include "messages/CliMessages.h"
#include "messages/ErrorMessages.h"

#include <QBuffer>
#include <QCryptographicHash>
#include <QDir>
#include <QFile>
#include <QImage>
#include <QImageReader>
#include <QImageWriter>
#include <QPageSize>
#include <QPainter>
#include <QPdfDocument>
#include <QPdfWriter>
#include <QRandomGenerator>
#include <QSet>
#include <QTemporaryDir>

#include <gtest/gtest.h>

#include <array>
#include <initializer_list>
#include <utility>

namespace sr::exchange {
namespace {

// ---- making test files -----------------------------------------------------------------

/** A picture with something on it: a gradient and a dark block, so decoding is checkable. */
QImage picture(int width, int height, QImage::Format format = QImage::Format_RGB32)
{
    QImage image(width, height, QImage::Format_RGB32);
    for (int y = 0; y < height; ++y) {
        auto *line = reinterpret_cast<QRgb *>(image.scanLine(y));
        for (int x = 0; x < width; ++x)
            line[x] = qRgb(x * 255 / width, y * 255 / height, 128);
    }
    QPainter painter(&image);
    painter.fillRect(QRect(width / 4, height / 4, width / 2, height / 2), QColor(20, 30, 40));
    painter.end();
    return image.convertToFormat(format);
}

/** Incompressible grey noise (a JPEG or PDF of it stays large). */
QImage noise(int width, int height, quint32 seed)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    QRandomGenerator random(seed);
    for (int y = 0; y < height; ++y)
        random.fillRange(reinterpret_cast<quint32 *>(image.scanLine(y)), width / 4);
    return image;
}

QByteArray encode(const QImage &image, const char *format, int quality = -1)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QImageWriter writer(&buffer, format);
    writer.setQuality(quality);
    EXPECT_TRUE(writer.write(image)) << writer.errorString().toStdString();
    return bytes;
}

QImage decodeImage(const QByteArray &bytes)
{
    QImage image;
    image.loadFromData(bytes);
    return image;
}

/** A PDF of @a pages A6 pages with a rectangle each (no text: no fonts needed). */
QByteArray makePdf(int pages)
{
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    QPdfWriter writer(&buffer);
    writer.setPageSize(QPageSize(QPageSize::A6));
    QPainter painter(&writer);
    for (int page = 0; page < pages; ++page) {
        if (page > 0)
            writer.newPage();
        painter.fillRect(QRect(100, 100, 400, 300 + page * 50), Qt::darkBlue);
    }
    painter.end();
    return bytes;
}

/**
 * A PDF written object by object, with a correct cross-reference table, for what QPdfWriter
 * does not make: an encrypted file, a document without pages.
 */
QByteArray handPdf(const QList<QByteArray> &objects, const QByteArray &trailerExtra = {})
{
    QByteArray pdf = "%PDF-1.4\n%\xE2\xE3\xCF\xD3\n";
    QList<qsizetype> offsets;
    for (qsizetype i = 0; i < objects.size(); ++i) {
        offsets.append(pdf.size());
        pdf += QByteArray::number(i + 1) + " 0 obj\n" + objects[i] + "\nendobj\n";
    }
    const qsizetype xref = pdf.size();
    pdf += "xref\n0 " + QByteArray::number(objects.size() + 1) + "\n0000000000 65535 f \n";
    for (qsizetype offset : offsets)
        pdf += QByteArray::number(offset).rightJustified(10, '0') + " 00000 n \n";
    pdf += "trailer\n<< /Size " + QByteArray::number(objects.size() + 1) + " /Root 1 0 R "
           + trailerExtra + " >>\nstartxref\n" + QByteArray::number(xref) + "\n%%EOF\n";
    return pdf;
}

QByteArray onePagePdfObjects(const QByteArray &trailerExtra = {},
                             const QList<QByteArray> &more = {})
{
    QList<QByteArray> objects{"<< /Type /Catalog /Pages 2 0 R >>",
                              "<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
                              "<< /Type /Page /Parent 2 0 R /MediaBox [0 0 200 200] >>"};
    objects += more;
    return handPdf(objects, trailerExtra);
}

QByteArray rc4(const QByteArray &key, const QByteArray &data)
{
    std::array<quint8, 256> state;
    for (int i = 0; i < 256; ++i)
        state[i] = quint8(i);
    for (int i = 0, j = 0; i < 256; ++i) {
        j = (j + state[i] + quint8(key[i % key.size()])) & 0xFF;
        std::swap(state[i], state[j]);
    }
    QByteArray out = data;
    for (qsizetype n = 0, i = 0, j = 0; n < out.size(); ++n) {
        i = (i + 1) & 0xFF;
        j = (j + state[i]) & 0xFF;
        std::swap(state[i], state[j]);
        out[n] = char(quint8(out[n]) ^ state[(state[i] + state[j]) & 0xFF]);
    }
    return out;
}

QByteArray md5(const QByteArray &bytes)
{
    return QCryptographicHash::hash(bytes, QCryptographicHash::Md5);
}

/**
 * A one-page PDF encrypted with the standard security handler, revision 2 (40-bit RC4; PDF
 * 1.7, 7.6.3.3 algorithms 2, 3 and 4), with @a userPassword and an owner password. The file
 * holds no string and no stream, so nothing else needs encrypting.
 */
QByteArray encryptedPdf(const QByteArray &userPassword)
{
    const QByteArray padding =
        QByteArray::fromHex("28BF4E5E4E758A4164004E56FFFA01082E2E00B6D0683E802F0CA9FE6453697A");
    const auto padded = [&](const QByteArray &password) { return (password + padding).left(32); };
    const QByteArray id = QByteArray::fromHex("0123456789ABCDEF0123456789ABCDEF");
    const QByteArray owner = rc4(md5(padded("chủ sở hữu")).left(5), padded(userPassword));
    const qint32 permissions = -44; // printing and copying refused: what an owner password is for
    QByteArray p(4, '\0');
    for (int i = 0; i < 4; ++i)
        p[i] = char((quint32(permissions) >> (8 * i)) & 0xFF);
    const QByteArray key = md5(padded(userPassword) + owner + p + id).left(5);
    const QByteArray user = rc4(key, padding);
    return onePagePdfObjects("/Encrypt 4 0 R /ID [<" + id.toHex() + "> <" + id.toHex() + ">]",
                             {"<< /Filter /Standard /V 1 /R 2 /Length 40 /P "
                              + QByteArray::number(permissions) + " /O <" + owner.toHex() + "> /U <"
                              + user.toHex() + "> >>"});
}

quint32 crc32(const QByteArray &bytes)
{
    quint32 crc = 0xFFFFFFFFu;
    for (char c : bytes) {
        crc ^= quint8(c);
        for (int k = 0; k < 8; ++k)
            crc = (crc >> 1) ^ (0xEDB88320u & (0u - (crc & 1u)));
    }
    return ~crc;
}

QByteArray bytesOf(std::initializer_list<char> bytes)
{
    return QByteArray(bytes.begin(), qsizetype(bytes.size()));
}

QByteArray be32(quint32 v)
{
    return bytesOf({char(v >> 24), char(v >> 16), char(v >> 8), char(v)});
}

QByteArray pngChunk(const QByteArray &type, const QByteArray &data)
{
    return be32(quint32(data.size())) + type + data + be32(crc32(type + data));
}

/**
 * A valid PNG header claiming @a width × @a height (8-bit RGB), a tiny IDAT and IEND, each
 * chunk with its correct CRC: an image bomb is a small file whose header promises gigabytes.
 */
QByteArray pngBomb(quint32 width, quint32 height)
{
    const QByteArray ihdr = be32(width) + be32(height) + QByteArray("\x08\x02\x00\x00\x00", 5);
    return QByteArray("\x89PNG\r\n\x1A\n", 8) + pngChunk("IHDR", ihdr)
           + pngChunk("IDAT", QByteArray::fromHex("789c030000000001")) + pngChunk("IEND", {});
}

/** One page of a hand-written TIFF: 8-bit grey, uncompressed, one strip. */
struct TiffPage
{
    QImage image; ///< Format_Grayscale8
    int dpiX = 300;
    int dpiY = 300;
};

/**
 * A TIFF of @a pages in either byte order, written by hand: Qt's writer makes one page only, and
 * in the machine's byte order. With @a shareStrip every page points at the first page's pixels
 * (a small file whose pages are many copies: it converts to a large PDF).
 */
QByteArray handTiff(const QList<TiffPage> &pages, bool bigEndian, bool shareStrip = false)
{
    QByteArray out;
    auto u16 = [&](quint32 v) {
        if (bigEndian)
            out += bytesOf({char(v >> 8), char(v)});
        else
            out += bytesOf({char(v), char(v >> 8)});
    };
    auto u32 = [&](quint32 v) {
        if (bigEndian)
            out += be32(v);
        else
            out += bytesOf({char(v), char(v >> 8), char(v >> 16), char(v >> 24)});
    };
    auto patch32 = [&](qsizetype at, quint32 v) {
        QByteArray saved = out;
        out.truncate(0);
        u32(v);
        const QByteArray value = out;
        out = saved;
        out.replace(at, 4, value);
    };
    out += bigEndian ? "MM" : "II";
    u16(42);
    qsizetype nextLink = out.size();
    u32(0);
    quint32 sharedOffset = 0;
    for (const TiffPage &page : pages) {
        const int w = page.image.width();
        const int h = page.image.height();
        quint32 stripOffset = quint32(out.size());
        if (shareStrip && sharedOffset)
            stripOffset = sharedOffset;
        else {
            for (int y = 0; y < h; ++y)
                out.append(reinterpret_cast<const char *>(page.image.constScanLine(y)), w);
            sharedOffset = stripOffset;
        }
        if (out.size() % 2)
            out += '\0';
        const quint32 xres = quint32(out.size());
        u32(quint32(page.dpiX));
        u32(1);
        const quint32 yres = quint32(out.size());
        u32(quint32(page.dpiY));
        u32(1);
        const quint32 ifd = quint32(out.size());
        patch32(nextLink, ifd);
        struct Entry
        {
            quint16 tag, type;
            quint32 value;
        };
        const std::array<Entry, 12> entries{{{256, 4, quint32(w)},
                                             {257, 4, quint32(h)},
                                             {258, 3, 8},
                                             {259, 3, 1},
                                             {262, 3, 1},
                                             {273, 4, stripOffset},
                                             {277, 3, 1},
                                             {278, 4, quint32(h)},
                                             {279, 4, quint32(w * h)},
                                             {282, 5, xres},
                                             {283, 5, yres},
                                             {296, 3, 2}}};
        u16(entries.size());
        for (const Entry &e : entries) {
            u16(e.tag);
            u16(e.type);
            u32(1);
            if (e.type == 3) { // a SHORT sits in the first two bytes of the value field
                u16(e.value);
                u16(0);
            } else {
                u32(e.value);
            }
        }
        nextLink = out.size();
        u32(0);
    }
    return out;
}

QImage grey(int width, int height, int level)
{
    QImage image(width, height, QImage::Format_Grayscale8);
    image.fill(qRgb(level, level, level));
    return image;
}

/** A real JPEG padded with comment segments to exactly @a size bytes. */
QByteArray jpegOfSize(qsizetype size)
{
    const QByteArray jpeg = encode(picture(64, 48), "jpeg");
    QByteArray padding;
    qsizetype missing = size - jpeg.size();
    while (missing > 0) {
        // A COM segment: FF FE, a length that counts itself, then the comment bytes.
        qsizetype segment = qMin<qsizetype>(missing, 65535 + 2);
        if (missing - segment > 0 && missing - segment < 4) // leave room for a last segment
            segment -= 4;
        padding += QByteArray("\xFF\xFE", 2);
        const qsizetype length = segment - 2;
        padding += char(length >> 8);
        padding += char(length & 0xFF);
        padding += QByteArray(length - 2, 'x');
        missing -= segment;
    }
    return jpeg.left(2) + padding + jpeg.mid(2);
}

// ---- assertions ------------------------------------------------------------------------

ErrorReason reasonOf(const Result<AttachmentFile> &result)
{
    return result ? ErrorReason::None : result.error().reason;
}

void expectRefused(const Result<AttachmentFile> &result, ErrorReason reason)
{
    SCOPED_TRACE(errorReasonName(reason).toStdString());
    ASSERT_FALSE(result.ok()) << "accepted as " << result->mediaType.toStdString();
    EXPECT_EQ(result.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(errorReasonName(result.error().reason).toStdString(),
              errorReasonName(reason).toStdString());
}

void expectKeptAsIs(const QByteArray &bytes, const char *mediaType)
{
    const auto result = checkAttachmentBytes(bytes);
    ASSERT_TRUE(result.ok()) << errorReasonName(result.error().reason).toStdString() << " "
                             << result.error().detail.toStdString();
    EXPECT_EQ(result->bytes, bytes);
    EXPECT_EQ(result->mediaType, QLatin1String(mediaType));
    EXPECT_TRUE(result->convertedFrom.isEmpty());
    EXPECT_EQ(
        result->sha256,
        QString::fromLatin1(QCryptographicHash::hash(bytes, QCryptographicHash::Sha256).toHex()));
}

// ---- accepted files --------------------------------------------------------------------

TEST(AttachmentFileTest, Sha256IsLowerCaseHexOfTheKnownVectors)
{
    EXPECT_EQ(sha256Hex(QByteArray("abc")),
              QStringLiteral("ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad"));
    EXPECT_EQ(sha256Hex(QByteArray()),
              QStringLiteral("e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855"));
}

TEST(AttachmentFileTest, PdfJpegAndPngAreKeptByteForByte)
{
    expectKeptAsIs(makePdf(3), kMediaTypePdf);
    expectKeptAsIs(encode(picture(640, 480), "jpeg"), kMediaTypeJpeg);
    expectKeptAsIs(encode(picture(640, 480), "png"), kMediaTypePng);
    expectKeptAsIs(encode(picture(300, 200, QImage::Format_Grayscale8), "png"), kMediaTypePng);
    expectKeptAsIs(encode(picture(300, 200, QImage::Format_Mono), "png"), kMediaTypePng);
}

TEST(AttachmentFileTest, AProgressiveJpegAndBytesAfterItsEndAreAccepted)
{
    QByteArray progressive;
    {
        QBuffer buffer(&progressive);
        buffer.open(QIODevice::WriteOnly);
        QImageWriter writer(&buffer, "jpeg");
        writer.setProgressiveScanWrite(true);
        ASSERT_TRUE(writer.write(picture(400, 300)));
    }
    expectKeptAsIs(progressive, kMediaTypeJpeg);
    // Phones append a video or a trailer after the JPEG's end marker.
    expectKeptAsIs(encode(picture(400, 300), "jpeg") + QByteArray(5000, '\x42'), kMediaTypeJpeg);
}

TEST(AttachmentFileTest, AHandWrittenPdfIsAccepted)
{
    // The refusals below change one thing in such a file: this shows the rest of it is sound.
    expectKeptAsIs(onePagePdfObjects(), kMediaTypePdf);
}

TEST(AttachmentFileTest, TheTypeComesFromTheContentNotTheName)
{
    QTemporaryDir dir;
    ASSERT_TRUE(dir.isValid());
    const QByteArray png = encode(picture(120, 80), "png");
    const QString misnamed = dir.filePath(QStringLiteral("quyết định.pdf"));
    QFile file(misnamed);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(png);
    file.close();
    const auto result = readAttachmentFile(misnamed);
    ASSERT_TRUE(result.ok());
    EXPECT_EQ(result->mediaType, QLatin1String(kMediaTypePng));
    EXPECT_EQ(result->bytes, png);
    EXPECT_EQ(result->sha256, sha256Hex(png));
}

TEST(AttachmentFileTest, AFileOfExactlyTheLimitIsAccepted)
{
    const QByteArray jpeg = jpegOfSize(kMaxAttachmentBytes);
    ASSERT_EQ(jpeg.size(), kMaxAttachmentBytes);
    const auto result = checkAttachmentBytes(jpeg);
    ASSERT_TRUE(result.ok()) << errorReasonName(reasonOf(result)).toStdString();
    EXPECT_EQ(result->sha256, sha256Hex(jpeg));
}

// ---- TIFF conversion -------------------------------------------------------------------

TEST(AttachmentFileTest, AOnePageTiffBecomesAPngOfTheSamePixels)
{
    const QImage original = picture(500, 350);
    const QByteArray tiff = encode(original, "tiff"); // Qt writes little-endian on x86
    ASSERT_TRUE(tiff.startsWith("II*") || tiff.startsWith("MM"));
    const auto result = checkAttachmentBytes(tiff);
    ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
    EXPECT_EQ(result->mediaType, QLatin1String(kMediaTypePng));
    EXPECT_EQ(result->convertedFrom, QLatin1String(kMediaTypeTiff));
    EXPECT_TRUE(result->bytes.startsWith("\x89PNG"));
    EXPECT_EQ(result->sha256, sha256Hex(result->bytes));
    const QImage png = decodeImage(result->bytes);
    ASSERT_FALSE(png.isNull());
    EXPECT_EQ(png.convertToFormat(QImage::Format_RGB32), original);
    // And the PNG passes the same checks when it is read back in (a restore, a migration).
    EXPECT_TRUE(checkAttachmentBytes(result->bytes).ok());
}

TEST(AttachmentFileTest, ABigEndianTiffKeepsItsResolution)
{
    const QImage page = picture(240, 160, QImage::Format_Grayscale8);
    const QByteArray tiff = handTiff({TiffPage{page, 200, 200}}, true);
    ASSERT_TRUE(tiff.startsWith("MM"));
    const auto result = checkAttachmentBytes(tiff);
    ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
    EXPECT_EQ(result->mediaType, QLatin1String(kMediaTypePng));
    const QImage png = decodeImage(result->bytes);
    EXPECT_EQ(png.convertToFormat(QImage::Format_Grayscale8), page);
    EXPECT_NEAR(png.dotsPerMeterX() * 0.0254, 200.0, 0.5);
}

void expectPdfOfPages(const QByteArray &pdf, const QList<TiffPage> &pages)
{
    EXPECT_TRUE(pdf.startsWith("%PDF-"));
    QByteArray copy = pdf;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    QPdfDocument document;
    document.load(&buffer);
    ASSERT_EQ(document.status(), QPdfDocument::Status::Ready);
    ASSERT_EQ(document.pageCount(), pages.size());
    for (int i = 0; i < pages.size(); ++i) {
        SCOPED_TRACE(i);
        const TiffPage &page = pages[i];
        // Each page is the scan at its own resolution: 72 points an inch.
        const QSizeF points = document.pagePointSize(i);
        EXPECT_NEAR(points.width(), page.image.width() * 72.0 / page.dpiX, 1.0);
        EXPECT_NEAR(points.height(), page.image.height() * 72.0 / page.dpiY, 1.0);
        const QImage rendered = document.render(i, QSize(60, 60));
        ASSERT_FALSE(rendered.isNull());
        const int level = qGray(page.image.pixel(0, 0));
        EXPECT_NEAR(qGray(rendered.pixel(30, 30)), level, 12);
    }
}

TEST(AttachmentFileTest, AMultiPageTiffBecomesOnePdfInBothByteOrders)
{
    // Three pages as a scanner's feeder makes them, one a fax page at 204×98 dpi.
    const QList<TiffPage> pages{TiffPage{grey(850, 1100, 40), 100, 100},
                                TiffPage{grey(600, 400, 120), 200, 200},
                                TiffPage{grey(1728, 1100, 200), 204, 98}};
    for (bool bigEndian : {false, true}) {
        SCOPED_TRACE(bigEndian ? "big endian" : "little endian");
        const auto result = checkAttachmentBytes(handTiff(pages, bigEndian));
        ASSERT_TRUE(result.ok()) << result.error().detail.toStdString();
        EXPECT_EQ(result->mediaType, QLatin1String(kMediaTypePdf));
        EXPECT_EQ(result->convertedFrom, QLatin1String(kMediaTypeTiff));
        EXPECT_EQ(result->sha256, sha256Hex(result->bytes));
        expectPdfOfPages(result->bytes, pages);
        // The converted PDF passes the same checks when it is read back in.
        EXPECT_TRUE(checkAttachmentBytes(result->bytes).ok());
    }
}

TEST(AttachmentFileTest, ATiffThatConvertsToOverTheLimitIsRefused)
{
    // 1 MB of noise, shared by 30 pages: a 1 MB TIFF whose PDF holds 30 MB of pictures.
    QList<TiffPage> pages;
    const QImage page = noise(1000, 1000, 7);
    for (int i = 0; i < 30; ++i)
        pages.append(TiffPage{page, 300, 300});
    const QByteArray tiff = handTiff(pages, false, true);
    ASSERT_LT(tiff.size(), 2 * 1024 * 1024);
    expectRefused(checkAttachmentBytes(tiff), ErrorReason::AttachmentConvertedTooLarge);
}

TEST(AttachmentFileTest, ATiffOfTooManyPagesIsRefusedBeforeConverting)
{
    QList<TiffPage> pages;
    for (int i = 0; i < kMaxTiffPages + 1; ++i)
        pages.append(TiffPage{grey(2, 2, 100), 300, 300});
    expectRefused(checkAttachmentBytes(handTiff(pages, true, true)),
                  ErrorReason::AttachmentConvertedTooLarge);
    pages.removeLast();
    const auto atTheLimit = checkAttachmentBytes(handTiff(pages, true, true));
    ASSERT_TRUE(atTheLimit.ok()) << atTheLimit.error().detail.toStdString();
    EXPECT_EQ(atTheLimit->mediaType, QLatin1String(kMediaTypePdf));
}

TEST(AttachmentFileTest, ATiffPageWithHugeDimensionsIsAnImageBomb)
{
    // The header claims 40,000 × 40,000 pixels; the strip is never there.
    QByteArray tiff = handTiff({TiffPage{grey(8, 8, 0), 300, 300}}, false);
    // ImageWidth (256) and ImageLength (257), LONG, count 1, value 8 → 40,000 (0x9C40).
    ASSERT_TRUE(tiff.contains(QByteArray::fromHex("000104000100000008000000")));
    tiff.replace(QByteArray::fromHex("000104000100000008000000"),
                 QByteArray::fromHex("0001040001000000409c0000"));
    tiff.replace(QByteArray::fromHex("010104000100000008000000"),
                 QByteArray::fromHex("0101040001000000409c0000"));
    expectRefused(checkAttachmentBytes(tiff), ErrorReason::AttachmentImageTooBig);
}

TEST(AttachmentFileTest, ATruncatedTiffIsRefused)
{
    const QByteArray tiff =
        handTiff({TiffPage{picture(400, 300, QImage::Format_Grayscale8)}}, false);
    // Cut inside the pixels: the IFD at the end is lost too.
    expectRefused(checkAttachmentBytes(tiff.left(tiff.size() / 2)),
                  ErrorReason::AttachmentImageDamaged);
}

// ---- refusals ----------------------------------------------------------------------------

TEST(AttachmentFileTest, AnEmptyFileIsRefused)
{
    expectRefused(checkAttachmentBytes({}), ErrorReason::AttachmentEmpty);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("empty.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.close();
    const auto result = readAttachmentFile(path);
    expectRefused(result, ErrorReason::AttachmentEmpty);
    EXPECT_EQ(result.error().path, QFileInfo(path).absoluteFilePath());
}

TEST(AttachmentFileTest, OneByteOverTheLimitIsRefused)
{
    const QByteArray over = jpegOfSize(kMaxAttachmentBytes + 1);
    expectRefused(checkAttachmentBytes(over), ErrorReason::AttachmentTooLarge);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("scan.jpg"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(over);
    file.close();
    const auto result = readAttachmentFile(path);
    expectRefused(result, ErrorReason::AttachmentTooLarge);
    EXPECT_EQ(result.error().path, QFileInfo(path).absoluteFilePath());
}

TEST(AttachmentFileTest, AHugeFileIsRefusedWithoutReadingIt)
{
    // A sparse 64 GB file: reading it (or even allocating it) would not end in a test's time.
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("huge.pdf"));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("%PDF-1.7\n");
    if (!file.resize(qint64(64) << 30))
        GTEST_SKIP() << "the file system does not take a sparse 64 GB file";
    file.close();
    expectRefused(readAttachmentFile(path), ErrorReason::AttachmentTooLarge);
}

TEST(AttachmentFileTest, AFileTheSystemRefusesIsAFileErrorWithItsPath)
{
    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("không có.pdf"));
    const auto result = readAttachmentFile(missing);
    ASSERT_FALSE(result.ok());
    EXPECT_EQ(result.error().code, ErrorCode::Io);
    EXPECT_EQ(result.error().reason, ErrorReason::FileMissing);
    EXPECT_EQ(result.error().path, QFileInfo(missing).absoluteFilePath());
    const auto folder = readAttachmentFile(dir.path());
    ASSERT_FALSE(folder.ok());
    EXPECT_EQ(folder.error().reason, ErrorReason::IsFolder);
}

TEST(AttachmentFileTest, OtherTypesAreRefusedWhateverTheirName)
{
    // A Word document (Office Open XML: a ZIP naming its parts in [Content_Types].xml).
    const QByteArray docx = QByteArray("PK\x03\x04\x14\x00\x06\x00", 8) + QByteArray(22, '\0')
                            + "[Content_Types].xml" + QByteArray(200, 'x');
    expectRefused(checkAttachmentBytes(docx), ErrorReason::AttachmentOfficeDocument);
    // An old Word or Excel file (OLE2 compound document), an OpenDocument text, RTF.
    expectRefused(checkAttachmentBytes(QByteArray("\xD0\xCF\x11\xE0\xA1\xB1\x1A\xE1", 8)
                                       + QByteArray(504, '\0')),
                  ErrorReason::AttachmentOfficeDocument);
    expectRefused(checkAttachmentBytes(QByteArray("PK\x03\x04", 4) + QByteArray(26, '\0')
                                       + "mimetypeapplication/vnd.oasis.opendocument.text"),
                  ErrorReason::AttachmentOfficeDocument);
    expectRefused(checkAttachmentBytes("{\\rtf1\\ansi Hello}"),
                  ErrorReason::AttachmentOfficeDocument);
    // A plain ZIP, a Windows program, a text file named .pdf, an HTML page.
    expectRefused(checkAttachmentBytes(QByteArray("PK\x03\x04\x14\x00", 6) + QByteArray(24, '\0')
                                       + "photos/a.jpg"),
                  ErrorReason::AttachmentWrongType);
    expectRefused(checkAttachmentBytes(QByteArray("MZ\x90\x00\x03\x00\x00\x00", 8)
                                       + QByteArray(120, '\0') + "PE\0\0"),
                  ErrorReason::AttachmentWrongType);
    expectRefused(checkAttachmentBytes("<!DOCTYPE html><html></html>"),
                  ErrorReason::AttachmentWrongType);
    QTemporaryDir dir;
    const QString text = dir.filePath(QStringLiteral("biên bản.pdf"));
    QFile file(text);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("Biên bản tiếp nhận\n");
    file.close();
    const auto result = readAttachmentFile(text);
    expectRefused(result, ErrorReason::AttachmentWrongType);
    EXPECT_EQ(result.error().path, QFileInfo(text).absoluteFilePath());
}

TEST(AttachmentFileTest, PicturesInOtherFormatsAreRefusedAsSuch)
{
    // Qt does not write GIF: a 1×1 GIF89a, byte by byte.
    expectRefused(checkAttachmentBytes(QByteArray::fromHex("47494638396101000100800000000000ffffff"
                                                           "21f90401000000002c00000000010001000002"
                                                           "024401003b")),
                  ErrorReason::AttachmentOtherImage);
    expectRefused(checkAttachmentBytes(encode(picture(40, 30), "bmp")),
                  ErrorReason::AttachmentOtherImage);
    expectRefused(checkAttachmentBytes(encode(picture(40, 30), "webp")),
                  ErrorReason::AttachmentOtherImage);
    expectRefused(checkAttachmentBytes(QByteArray("\x00\x00\x00\x18"
                                                  "ftypheic",
                                                  12)
                                       + QByteArray(100, '\0')),
                  ErrorReason::AttachmentOtherImage);
}

TEST(AttachmentFileTest, ATruncatedPdfIsRefusedEvenIfItCouldBeRepaired)
{
    const QByteArray pdf = makePdf(4);
    expectRefused(checkAttachmentBytes(pdf.left(pdf.size() * 2 / 3)),
                  ErrorReason::AttachmentPdfTruncated);
    // Only the last line missing: pdfium would still open it.
    const qsizetype eof = pdf.lastIndexOf("%%EOF");
    ASSERT_GT(eof, 0);
    expectRefused(checkAttachmentBytes(pdf.left(eof)), ErrorReason::AttachmentPdfTruncated);
}

TEST(AttachmentFileTest, AnUnreadableOrEmptyPdfIsRefused)
{
    expectRefused(checkAttachmentBytes("%PDF-1.4\nthis is not a document\n%%EOF\n"),
                  ErrorReason::AttachmentPdfUnreadable);
    const QByteArray noPages =
        handPdf({"<< /Type /Catalog /Pages 2 0 R >>", "<< /Type /Pages /Kids [] /Count 0 >>"});
    expectRefused(checkAttachmentBytes(noPages), ErrorReason::AttachmentPdfUnreadable);
}

TEST(AttachmentFileTest, APasswordProtectedPdfIsRefused)
{
    expectRefused(checkAttachmentBytes(encryptedPdf("mật khẩu")),
                  ErrorReason::AttachmentPdfPassword);
    // A broken security handler (a /U no password matches) asks for a password too.
    QByteArray broken = encryptedPdf("mật khẩu");
    const qsizetype u = broken.indexOf("/U <");
    ASSERT_GT(u, 0);
    broken[u + 4] = broken[u + 4] == 'a' ? 'b' : 'a';
    expectRefused(checkAttachmentBytes(broken), ErrorReason::AttachmentPdfPassword);
}

TEST(AttachmentFileTest, APdfWithOnlyAnOwnerPasswordOpensAndIsAccepted)
{
    // Encrypted, but with an empty user password: it opens without asking, as in any reader;
    // the owner password only restricts printing or copying.
    expectKeptAsIs(encryptedPdf({}), kMediaTypePdf);
}

TEST(AttachmentFileTest, AnImageBombIsRefusedBeforeDecoding)
{
    // 100,000 × 100,000 pixels = 10 gigapixels (40 GB decoded) in a file of about 70 bytes.
    const QByteArray bomb = pngBomb(100000, 100000);
    ASSERT_LT(bomb.size(), 100);
    {
        // The header is valid: QImageReader reads the size from it.
        QByteArray copy = bomb;
        QBuffer buffer(&copy);
        buffer.open(QIODevice::ReadOnly);
        EXPECT_EQ(QImageReader(&buffer, "png").size(), QSize(100000, 100000));
    }
    expectRefused(checkAttachmentBytes(bomb), ErrorReason::AttachmentImageTooBig);
    // A side over the limit, however few pixels; and just over the pixel count.
    expectRefused(checkAttachmentBytes(pngBomb(kMaxImageSide + 1, 10)),
                  ErrorReason::AttachmentImageTooBig);
    expectRefused(checkAttachmentBytes(pngBomb(10000, 10001)), ErrorReason::AttachmentImageTooBig);
    // At the limit, the header passes and the missing pixels are what is wrong.
    expectRefused(checkAttachmentBytes(pngBomb(10000, 10000)), ErrorReason::AttachmentImageDamaged);
}

TEST(AttachmentFileTest, ATruncatedJpegOrPngIsRefused)
{
    const QByteArray jpeg = encode(picture(800, 600), "jpeg", 95);
    const QByteArray png = encode(picture(800, 600), "png");
    for (const qsizetype cut : {qsizetype(2), qsizetype(100)}) {
        SCOPED_TRACE(cut);
        expectRefused(checkAttachmentBytes(jpeg.left(jpeg.size() - cut)),
                      ErrorReason::AttachmentImageDamaged);
    }
    expectRefused(checkAttachmentBytes(jpeg.left(jpeg.size() / 2)),
                  ErrorReason::AttachmentImageDamaged);
    expectRefused(checkAttachmentBytes(png.left(png.size() / 2)),
                  ErrorReason::AttachmentImageDamaged);
    // Only IEND cut off: the pixels are all there, but the file was not copied whole.
    expectRefused(checkAttachmentBytes(png.left(png.size() - 12)),
                  ErrorReason::AttachmentImageDamaged);
    // A header and nothing else.
    expectRefused(checkAttachmentBytes(jpeg.left(4)), ErrorReason::AttachmentImageDamaged);
    expectRefused(checkAttachmentBytes(png.left(8)), ErrorReason::AttachmentImageDamaged);
}

// ---- what the user reads -----------------------------------------------------------------

const QList<ErrorReason> attachmentReasons{ErrorReason::AttachmentEmpty,
                                           ErrorReason::AttachmentTooLarge,
                                           ErrorReason::AttachmentOfficeDocument,
                                           ErrorReason::AttachmentOtherImage,
                                           ErrorReason::AttachmentWrongType,
                                           ErrorReason::AttachmentPdfTruncated,
                                           ErrorReason::AttachmentPdfUnreadable,
                                           ErrorReason::AttachmentPdfPassword,
                                           ErrorReason::AttachmentImageTooBig,
                                           ErrorReason::AttachmentImageDamaged,
                                           ErrorReason::AttachmentConvertedTooLarge};

TEST(AttachmentFileTest, EveryRefusalHasItsOwnSentenceNamingTheFile)
{
    const QString path = QStringLiteral("/home/worker/Tài liệu/scan.pdf");
    QSet<QString> ui;
    QSet<QString> cli;
    for (ErrorReason reason : attachmentReasons) {
        SCOPED_TRACE(errorReasonName(reason).toStdString());
        Error error = makeError(ErrorCode::InvalidInput, reason, QStringLiteral("attachment"));
        const QString bare = messages::ErrorMessages::message(error);
        EXPECT_NE(bare, messages::ErrorMessages::message(ErrorCode::InvalidInput));
        EXPECT_NE(messages::errorSentence(error), messages::errorSentence(ErrorCode::InvalidInput));
        error.path = path;
        const QString shown = messages::ErrorMessages::message(error);
        const QString said = messages::errorSentence(error);
        EXPECT_TRUE(shown.contains(QDir::toNativeSeparators(path))) << shown.toStdString();
        EXPECT_TRUE(shown.contains(bare)) << shown.toStdString();
        EXPECT_TRUE(said.contains(QDir::toNativeSeparators(path))) << said.toStdString();
        ui.insert(bare);
        cli.insert(said);
    }
    EXPECT_EQ(ui.size(), attachmentReasons.size());
    EXPECT_EQ(cli.size(), attachmentReasons.size());
    for (ErrorReason reason : attachmentReasons)
        EXPECT_TRUE(errorReasonName(reason).startsWith(QLatin1String("attachment_")));
}

TEST(AttachmentFileTest, TheSentencesStateTheLimitsOfTheCheck)
{
    // The messages layer cannot include the exchange layer, so its sentences write the limits
    // out: they must stay those of exchange/AttachmentFile.h.
    static_assert(kMaxAttachmentBytes == 20 * 1024 * 1024);
    static_assert(kMaxImagePixels == 100'000'000);
    static_assert(kMaxImageSide == 30'000);
    const auto said = [](ErrorReason reason) {
        return messages::ErrorMessages::message(makeError(ErrorCode::InvalidInput, reason, {}))
               + messages::errorSentence(makeError(ErrorCode::InvalidInput, reason, {}));
    };
    EXPECT_EQ(said(ErrorReason::AttachmentTooLarge).count(QStringLiteral("20 MB")), 2);
    EXPECT_EQ(said(ErrorReason::AttachmentConvertedTooLarge).count(QStringLiteral("20 MB")), 2);
    EXPECT_EQ(said(ErrorReason::AttachmentImageTooBig).count(QStringLiteral("100 megapixels")), 2);
    EXPECT_EQ(said(ErrorReason::AttachmentImageTooBig).count(QStringLiteral("30,000 pixels")), 2);
}

} // namespace
} // namespace sr::exchange
