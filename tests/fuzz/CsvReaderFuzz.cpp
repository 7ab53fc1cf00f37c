// libFuzzer target: CsvReader must never crash, hang or read out of bounds, whatever the bytes;
// and whatever it accepts must survive CsvWriter → CsvReader unchanged (NFC aside).
#include "exchange/CsvReader.h"
#include "exchange/CsvWriter.h"

#include <QBuffer>

#include <cstdlib>

namespace {

QList<QStringList> readAll(const QByteArray &bytes, bool *failed)
{
    QByteArray copy = bytes;
    QBuffer buffer(&copy);
    buffer.open(QIODevice::ReadOnly);
    sr::exchange::CsvReader::Options options;
    options.maxFieldBytes = 4096; // small, so the limit itself is exercised
    sr::exchange::CsvReader reader(&buffer, options);
    QList<QStringList> records;
    QStringList fields;
    while (reader.readRecord(fields))
        records.append(fields);
    *failed = reader.hasError();
    return records;
}

QStringList nfc(const QStringList &fields)
{
    QStringList out;
    for (const QString &f : fields)
        out.append(f.normalized(QString::NormalizationForm_C));
    return out;
}

} // namespace

extern "C" int LLVMFuzzerTestOneInput(const uint8_t *data, size_t size)
{
    const QByteArray input(reinterpret_cast<const char *>(data), qsizetype(size));
    bool failed = false;
    const QList<QStringList> records = readAll(input, &failed);
    if (failed || records.isEmpty())
        return 0;

    QByteArray written;
    {
        QBuffer buffer(&written);
        buffer.open(QIODevice::WriteOnly);
        sr::exchange::CsvWriter writer(&buffer);
        for (const QStringList &r : records)
            writer.writeRow(r);
        if (!writer.finish().ok())
            std::abort();
    }
    bool failedAgain = false;
    const QList<QStringList> again = readAll(written, &failedAgain);
    // Neutralising can add one byte per cell; a cell at the size limit may then exceed it.
    if (failedAgain)
        return 0;
    if (again.size() != records.size())
        std::abort();
    for (qsizetype i = 0; i < records.size(); ++i) {
        if (nfc(again[i]) != nfc(records[i]))
            std::abort();
    }
    return 0;
}
