#pragma once

#include "domain/Result.h"

#include <QByteArray>
#include <QString>

namespace sr::exchange {

/**
 * The checks of a file a user attaches to a case (docs/attachments.md, "Accepted files"). The
 * type is decided by the content (magic bytes, then a real parse), never by the file's name: a
 * name is what the user typed, the content is what the viewer and the printed dossier will meet.
 *
 * Accepted: PDF, JPEG and PNG, kept byte for byte; TIFF (a scanner's format, either byte order)
 * is converted on the way in, one page to PNG, several pages to one PDF. Everything is checked
 * in memory: nothing is ever written to a temporary file.
 *
 * Needs a QCoreApplication (the image format plugins and Qt PDF are found through it); no
 * QGuiApplication is needed: only images are decoded and drawn, never text, so the command line
 * can call it as it is. Reentrant: each call uses its own readers and writers.
 */

/** The most bytes an attachment may have, as stored (after a TIFF's conversion too). */
inline constexpr qint64 kMaxAttachmentBytes = 20 * 1024 * 1024;
/**
 * The most pixels an image (or one page of a TIFF) may have, read from its header before it is
 * decoded: 100 megapixels take 400 MB once decoded. A 600 dpi A3 scan has 70, a 108-megapixel
 * phone photo is refused. More is an image bomb: a small file that would exhaust the memory.
 */
inline constexpr qint64 kMaxImagePixels = 100'000'000;
/** The longest side an image may have, in pixels (a 30,000 px side is 2.5 m at 300 dpi). */
inline constexpr int kMaxImageSide = 30'000;
/** Pages of a TIFF beyond which it is refused (each is decoded one after the other). */
inline constexpr int kMaxTiffPages = 500;

inline constexpr char kMediaTypePdf[] = "application/pdf";
inline constexpr char kMediaTypeJpeg[] = "image/jpeg";
inline constexpr char kMediaTypePng[] = "image/png";
inline constexpr char kMediaTypeTiff[] = "image/tiff";

/** A checked attachment, ready to be stored. */
struct AttachmentFile
{
    QByteArray bytes;      ///< what is stored: the file's bytes, or the converted PNG/PDF of a TIFF
    QString mediaType;     ///< "application/pdf" | "image/jpeg" | "image/png"
    QString convertedFrom; ///< "image/tiff" when converted, else empty
    QString sha256;        ///< lower-case hex of bytes
};

/**
 * Reads the file at @a path and checks it (checkAttachmentBytes()). A file over
 * kMaxAttachmentBytes is refused before it is read; a file the system refuses is a file error
 * with its path and the system's reason (domain/FileErrors.h). Every refusal of the content is
 * ErrorCode::InvalidInput with its own ErrorReason (ErrorReason::AttachmentEmpty …) and the
 * path in Error::path.
 */
Result<AttachmentFile> readAttachmentFile(const QString &path);

/**
 * The same checks on bytes already in memory (drag and drop, tests, fuzzing); Error::path is
 * empty. Refusals, each ErrorCode::InvalidInput: AttachmentEmpty, AttachmentTooLarge,
 * AttachmentOfficeDocument, AttachmentOtherImage, AttachmentWrongType, AttachmentPdfTruncated,
 * AttachmentPdfUnreadable, AttachmentPdfPassword, AttachmentImageTooBig,
 * AttachmentImageDamaged, AttachmentConvertedTooLarge.
 */
Result<AttachmentFile> checkAttachmentBytes(QByteArray bytes);

/** Lower-case hex SHA-256 of @a bytes. */
QString sha256Hex(const QByteArray &bytes);

} // namespace sr::exchange
