// libFuzzer target: the attachment check (exchange/AttachmentFile.h) must never crash, hang or
// read out of bounds, whatever the bytes; what it accepts is a PDF, JPEG or PNG whose SHA-256
// is that of the stored bytes, and it accepts them again unchanged (what a restore meets).
#include "exchange/AttachmentFile.h"

#include <QCoreApplication>
#include <QImageReader>

#include <cstdlib>

/**
 * The image plugins and Qt PDF are found through the application object; the plugins are loaded
 * here, before any input. Qt PDF keeps 1.3 KB it never frees from its first document of a kind
 * (the same whether it loads one PDF or fifty): tests/fuzz/lsan.supp tells the leak check.
 */
extern "C" int LLVMFuzzerInitialize(int *argc, char ***argv)
{
    static QCoreApplication app(*argc, *argv);
    QImageReader::supportedImageFormats();
    return 0;
}

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    const auto checked = sr::exchange::checkAttachmentBytes(input);
    if (!checked.ok()) {
        if (checked.error().code != sr::ErrorCode::InvalidInput
            && checked.error().code != sr::ErrorCode::Internal)
            std::abort();
        return 0;
    }
    const sr::exchange::AttachmentFile &file = *checked;
    if (file.bytes.isEmpty() || file.bytes.size() > sr::exchange::kMaxAttachmentBytes
        || file.sha256 != sr::exchange::sha256Hex(file.bytes))
        std::abort();
    if (file.convertedFrom.isEmpty() && file.bytes != input)
        std::abort();
    const auto again = sr::exchange::checkAttachmentBytes(file.bytes);
    if (!again.ok() || again->bytes != file.bytes || again->mediaType != file.mediaType
        || !again->convertedFrom.isEmpty())
        std::abort();
    return 0;
}
