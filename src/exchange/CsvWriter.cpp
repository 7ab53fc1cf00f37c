#include "CsvWriter.h"

#include "FormulaGuard.h"

#include <QIODevice>

namespace sr::exchange {

namespace {

constexpr qsizetype kChunk = 256 * 1024;

struct Scan
{
    bool quotes = false;
    bool combining = false; ///< holds a combining mark: may not be in NFC
};

Scan scan(QStringView text)
{
    Scan result;
    for (const QChar c : text) {
        const char16_t u = c.unicode();
        switch (u) {
        case u'"':
        case u',':
        case u';':
        case u'\r':
        case u'\n':
            result.quotes = true;
            break;
        default:
            if (u >= 0x0300 && u <= 0x036F)
                result.combining = true;
            break;
        }
    }
    return result;
}

} // namespace

CsvWriter::CsvWriter(QIODevice *device, Bom bom)
    : m_device(device)
{
    m_buffer.reserve(kChunk + 4096);
    if (bom == Bom::Write)
        m_buffer.append("\xEF\xBB\xBF", 3);
}

CsvWriter::~CsvWriter() = default;

void CsvWriter::addCell(QStringView text)
{
    if (m_rowStarted)
        m_buffer.append(',');
    m_rowStarted = true;
    if (text.isEmpty())
        return;
    const Scan found = scan(text);
    if (found.combining) {
        // Vietnamese typed on some keyboards arrives decomposed (NFD); the file is NFC.
        const QString composed = text.toString().normalized(QString::NormalizationForm_C);
        appendCell(composed, found.quotes);
    } else {
        appendCell(text, found.quotes);
    }
    flushIfFull();
}

void CsvWriter::appendCell(QStringView text, bool quoted)
{
    if (quoted)
        m_buffer.append('"');
    if (FormulaGuard::needsApostrophe(text))
        m_buffer.append('\'');
    const QByteArray utf8 = text.toUtf8();
    if (quoted) {
        for (const char c : utf8) {
            if (c == '"')
                m_buffer.append('"');
            m_buffer.append(c);
        }
        m_buffer.append('"');
    } else {
        m_buffer.append(utf8);
    }
}

void CsvWriter::addCell(qint64 number)
{
    addCell(QString::number(number));
}

void CsvWriter::endRow()
{
    m_buffer.append("\r\n", 2);
    m_rowStarted = false;
    ++m_rows;
    flushIfFull();
}

void CsvWriter::writeRow(const QStringList &cells)
{
    for (const QString &cell : cells)
        addCell(cell);
    endRow();
}

void CsvWriter::flushIfFull()
{
    if (m_buffer.size() >= kChunk)
        flush();
}

void CsvWriter::flush()
{
    if (m_buffer.isEmpty())
        return;
    if (!m_failed) {
        qint64 done = 0;
        while (done < m_buffer.size()) {
            const qint64 n = m_device->write(m_buffer.constData() + done, m_buffer.size() - done);
            if (n <= 0) {
                m_failed = true;
                break;
            }
            done += n;
        }
        m_flushed += done;
    }
    m_buffer.clear();
}

Result<void> CsvWriter::finish()
{
    flush();
    if (m_failed)
        return makeError(ErrorCode::Io,
                         QStringLiteral("csv write failed: %1").arg(m_device->errorString()));
    return {};
}

} // namespace sr::exchange
