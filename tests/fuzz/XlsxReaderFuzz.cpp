// libFuzzer target: XlsxReader must never crash, hang, read out of bounds or grow without bound,
// whatever the bytes; every row it returns must be well formed.
//
// Two kinds of input. One starting with "PK" is read as the archive itself (the ZIP structure,
// deflate streams, CRCs). Any other is the XML of the parts, separated by "\n@@\n" in this order:
// the sheet, the shared strings, the styles, the workbook; the target packs them into a valid
// archive first. Mutating a deflated archive mostly breaks its CRC before any XML is parsed, so
// the second kind is what reaches the XML reading (seeds: tests/fuzz/xlsx-corpus/*.txt).
#include "exchange/XlsxReader.h"

#include <QList>

#include <cstdlib>
#include <cstring>
#include <zip.h>

namespace {

const char *const kDefaultWorkbook =
    "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
    "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\"><sheets>"
    "<sheet name=\"s\" sheetId=\"1\" r:id=\"rId1\"/></sheets></workbook>";
const char *const kRels =
    "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/relationships\">"
    "<Relationship Id=\"rId1\" Type=\"http://schemas.openxmlformats.org/officeDocument/2006/"
    "relationships/worksheet\" Target=\"worksheets/sheet1.xml\"/></Relationships>";

/** A stored (uncompressed) archive of @a parts (name, bytes), built in memory. */
QByteArray pack(const QList<QPair<const char *, QByteArray>> &parts)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *buffer = zip_source_buffer_create(nullptr, 0, 0, &error);
    if (!buffer)
        std::abort();
    zip_source_keep(buffer);
    zip_t *archive = zip_open_from_source(buffer, ZIP_TRUNCATE, &error);
    if (!archive)
        std::abort();
    for (const auto &[name, bytes] : parts) {
        zip_source_t *source =
            zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
        const zip_int64_t index = zip_file_add(archive, name, source, 0);
        if (index < 0)
            std::abort();
        zip_set_file_compression(archive, zip_uint64_t(index), ZIP_CM_STORE, 0);
    }
    if (zip_close(archive) != 0)
        std::abort();
    QByteArray out;
    if (zip_source_open(buffer) == 0) {
        char chunk[65536];
        zip_int64_t n = 0;
        while ((n = zip_source_read(buffer, chunk, sizeof chunk)) > 0)
            out.append(chunk, qsizetype(n));
        zip_source_close(buffer);
    }
    zip_source_free(buffer);
    zip_error_fini(&error);
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    QByteArray archive;
    if (input.startsWith("PK")) {
        archive = input;
    } else {
        QList<QByteArray> parts;
        qsizetype from = 0;
        for (;;) {
            const qsizetype at = input.indexOf("\n@@\n", from);
            if (at < 0) {
                parts.append(input.mid(from));
                break;
            }
            parts.append(input.mid(from, at - from));
            from = at + 4;
        }
        QList<QPair<const char *, QByteArray>> files = {
            {"xl/worksheets/sheet1.xml", parts.value(0)},
            {"xl/_rels/workbook.xml.rels", QByteArray(kRels)},
        };
        if (parts.size() > 1)
            files.append({"xl/sharedStrings.xml", parts.at(1)});
        if (parts.size() > 2)
            files.append({"xl/styles.xml", parts.at(2)});
        files.append(
            {"xl/workbook.xml", parts.size() > 3 ? parts.at(3) : QByteArray(kDefaultWorkbook)});
        archive = pack(files);
    }

    sr::exchange::XlsxReader::Options options;
    // Small limits, so the limits themselves are exercised.
    options.maxPartBytes = 4 * 1024 * 1024;
    options.maxSharedStrings = 10000;
    options.maxSharedStringBytes = 1024 * 1024;
    options.maxRows = 2000;
    options.maxColumns = 200;
    options.maxCellBytes = 64 * 1024;
    sr::exchange::XlsxReader reader(options);
    if (!reader.openBytes(archive))
        return 0;
    const QStringList names = reader.sheetNames();
    for (int i = 0; i < names.size() && i < 3; ++i) {
        if (!reader.selectSheet(i))
            return 0;
        sr::exchange::XlsxRow row;
        qint64 last = 0;
        while (reader.readRow(row)) {
            if (row.number <= last || row.cells.isEmpty())
                std::abort();
            last = row.number;
            int column = 0;
            for (const sr::exchange::XlsxCell &cell : row.cells) {
                if (cell.column <= column || cell.column > options.maxColumns)
                    std::abort();
                column = cell.column;
            }
            if (row.texts().size() != column)
                std::abort();
        }
        if (reader.hasError())
            return 0;
    }
    return 0;
}
