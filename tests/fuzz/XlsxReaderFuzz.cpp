// libFuzzer target: XlsxReader must never crash, hang, read out of bounds or grow without bound,
// whatever the bytes (a ZIP archive or not); every row it returns must be well formed.
#include "exchange/XlsxReader.h"

#include <cstdlib>

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input =
        QByteArray::fromRawData(reinterpret_cast<const char *>(data), qsizetype(size));
    sr::exchange::XlsxReader::Options options;
    // Small limits, so the limits themselves are exercised.
    options.maxPartBytes = 4 * 1024 * 1024;
    options.maxSharedStrings = 10000;
    options.maxSharedStringBytes = 1024 * 1024;
    options.maxRows = 2000;
    options.maxColumns = 200;
    options.maxCellBytes = 64 * 1024;
    sr::exchange::XlsxReader reader(options);
    if (!reader.openBytes(input))
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
