#include "CsvReader.h"

#include "FormulaGuard.h"

#include <QIODevice>
#include <QStringDecoder>

namespace sr::exchange {

namespace {

constexpr qint64 kChunk = 256 * 1024;

} // namespace

QString toCode(CsvErrorCode code)
{
    switch (code) {
    case CsvErrorCode::None:
        return QStringLiteral("none");
    case CsvErrorCode::Io:
        return QStringLiteral("io");
    case CsvErrorCode::InvalidUtf8:
        return QStringLiteral("invalid_utf8");
    case CsvErrorCode::UnterminatedQuote:
        return QStringLiteral("unterminated_quote");
    case CsvErrorCode::StrayQuote:
        return QStringLiteral("stray_quote");
    case CsvErrorCode::FieldTooLarge:
        return QStringLiteral("field_too_large");
    }
    return QStringLiteral("none");
}

bool isValidUtf8(const char *bytes, qsizetype size)
{
    const auto *s = reinterpret_cast<const unsigned char *>(bytes);
    qsizetype i = 0;
    while (i < size) {
        const unsigned char c = s[i];
        if (c < 0x80) {
            ++i;
            continue;
        }
        int extra = 0;
        char32_t cp = 0;
        char32_t min = 0;
        if ((c & 0xE0) == 0xC0) {
            extra = 1;
            cp = c & 0x1F;
            min = 0x80;
        } else if ((c & 0xF0) == 0xE0) {
            extra = 2;
            cp = c & 0x0F;
            min = 0x800;
        } else if ((c & 0xF8) == 0xF0) {
            extra = 3;
            cp = c & 0x07;
            min = 0x10000;
        } else {
            return false;
        }
        if (i + extra >= size)
            return false;
        for (int k = 1; k <= extra; ++k) {
            const unsigned char cc = s[i + k];
            if ((cc & 0xC0) != 0x80)
                return false;
            cp = (cp << 6) | (cc & 0x3F);
        }
        if (cp < min || cp > 0x10FFFF || (cp >= 0xD800 && cp <= 0xDFFF))
            return false;
        i += extra + 1;
    }
    return true;
}

CsvReader::CsvReader(QIODevice *device)
    : CsvReader(device, Options{})
{}

CsvReader::CsvReader(QIODevice *device, const Options &options)
    : m_device(device)
    , m_options(options)
    , m_decoder(QStringDecoder::Utf8,
                QStringDecoder::Flag::Stateless | QStringDecoder::Flag::ConvertInitialBom)
{}

bool CsvReader::fill()
{
    if (m_eof)
        return false;
    if (m_pos > 0) {
        m_buffer.remove(0, m_pos);
        m_pos = 0;
    }
    const qsizetype old = m_buffer.size();
    m_buffer.resize(old + kChunk);
    const qint64 n = m_device->read(m_buffer.data() + old, kChunk);
    if (n < 0) {
        m_buffer.resize(old);
        m_eof = true;
        fail(CsvErrorCode::Io, 0);
        return false;
    }
    m_buffer.resize(old + n);
    if (n == 0)
        m_eof = true;
    return n > 0;
}

int CsvReader::peek()
{
    if (m_pos >= m_buffer.size() && !fill())
        return -1;
    return static_cast<unsigned char>(m_buffer.at(m_pos));
}

int CsvReader::get()
{
    const int c = peek();
    if (c >= 0)
        ++m_pos;
    if (c == '\n')
        ++m_line;
    return c;
}

bool CsvReader::fail(CsvErrorCode code, int column)
{
    if (m_error.code == CsvErrorCode::None) {
        m_error.code = code;
        m_error.row = m_records + 1;
        m_error.column = column;
    }
    return false;
}

void CsvReader::detectSeparator()
{
    // Look at the first record only (up to the first line end outside quotes). Reading ahead
    // is bounded by the field size limit so that a file without line ends is not buffered.
    qsizetype i = m_pos;
    bool inQuotes = false;
    int commas = 0;
    int semicolons = 0;
    for (;;) {
        if (i >= m_buffer.size()) {
            if (m_buffer.size() - m_pos > m_options.maxFieldBytes * 4)
                break;
            const qsizetype offset = i - m_pos;
            if (!fill())
                break;
            i = m_pos + offset;
            continue;
        }
        const char c = m_buffer.at(i++);
        if (c == '"')
            inQuotes = !inQuotes;
        else if (!inQuotes && (c == '\n' || c == '\r'))
            break;
        else if (!inQuotes && c == ',')
            ++commas;
        else if (!inQuotes && c == ';')
            ++semicolons;
    }
    m_separator = semicolons > commas ? ';' : ',';
}

bool CsvReader::appendRun(QByteArray &field, bool quoted)
{
    // The bytes of a cell up to the next character that ends or escapes it are copied in one
    // go: reading a 100 MB file byte by byte through get() was most of an import's reading.
    const char *data = m_buffer.constData();
    const qsizetype size = m_buffer.size();
    qsizetype end = m_pos;
    if (quoted) {
        while (end < size && data[end] != '"') {
            if (data[end] == '\n')
                ++m_line;
            ++end;
        }
    } else {
        while (end < size) {
            const char c = data[end];
            if (c == m_separator || c == '\n' || c == '\r')
                break;
            ++end;
        }
    }
    field.append(data + m_pos, end - m_pos);
    m_pos = end;
    return field.size() <= m_options.maxFieldBytes;
}

bool CsvReader::readRecord(QStringList &fields)
{
    fields.clear();
    return parseRecord([&](const QByteArray &field) {
        // Not QString::fromUtf8(): it drops a leading U+FEFF, and a cell may begin with one.
        QString text = m_decoder.decode(field);
        if (m_options.neutralisation == Neutralisation::Reverse)
            text = FormulaGuard::restore(text);
        fields.append(std::move(text));
    });
}

bool CsvReader::skipRecord(bool *blank)
{
    bool allBlank = true;
    const bool read = parseRecord([&](const QByteArray &field) {
        if (!allBlank)
            return;
        // Blank as QString::trimmed() sees it: ASCII white space, or decoded when not ASCII.
        for (const char c : field) {
            if (c & 0x80) {
                allBlank = QString(m_decoder.decode(field)).trimmed().isEmpty();
                return;
            }
            if (c != ' ' && (c < '\t' || c > '\r')) {
                allBlank = false;
                return;
            }
        }
    });
    if (blank)
        *blank = allBlank;
    return read;
}

template<typename OnField>
bool CsvReader::parseRecord(OnField onField)
{
    if (hasError())
        return false;
    if (!m_started) {
        m_started = true;
        if (peek() == 0xEF) {
            // Need three bytes to check the BOM.
            while (m_buffer.size() - m_pos < 3 && fill()) {
            }
            if (m_buffer.mid(m_pos, 3) == QByteArrayView("\xEF\xBB\xBF")) {
                m_pos += 3;
                m_hadBom = true;
            }
        }
        detectSeparator();
    }
    if (peek() < 0)
        return false;

    m_error.line = m_line;
    const qint64 recordLine = m_line;
    QByteArray field;
    bool endOfRecord = false;
    int column = 0;
    while (!endOfRecord) {
        field.clear();
        ++column;
        int c = peek();
        if (c == '"') {
            get();
            for (;;) {
                if (!appendRun(field, true)) {
                    m_error.line = recordLine;
                    return fail(CsvErrorCode::FieldTooLarge, column);
                }
                c = get();
                if (c < 0) {
                    if (!hasError()) {
                        fail(CsvErrorCode::UnterminatedQuote, column);
                        m_error.line = recordLine;
                    }
                    return false;
                }
                if (c == '"') {
                    if (peek() == '"') {
                        get();
                        field.append('"');
                        continue;
                    }
                    break;
                }
                field.append(char(c));
                if (field.size() > m_options.maxFieldBytes) {
                    m_error.line = recordLine;
                    return fail(CsvErrorCode::FieldTooLarge, column);
                }
            }
            c = get();
            if (c == m_separator) {
                // next field
            } else if (c == '\r') {
                if (peek() == '\n')
                    get();
                endOfRecord = true;
            } else if (c == '\n' || c < 0) {
                endOfRecord = true;
                if (hasError())
                    return false;
            } else {
                m_error.line = recordLine;
                return fail(CsvErrorCode::StrayQuote, column);
            }
        } else {
            for (;;) {
                if (!appendRun(field, false)) {
                    m_error.line = recordLine;
                    return fail(CsvErrorCode::FieldTooLarge, column);
                }
                c = get();
                if (c < 0) {
                    if (hasError())
                        return false;
                    endOfRecord = true;
                    break;
                }
                if (c == m_separator)
                    break;
                if (c == '\r') {
                    if (peek() == '\n')
                        get();
                    endOfRecord = true;
                    break;
                }
                if (c == '\n') {
                    endOfRecord = true;
                    break;
                }
                field.append(char(c));
                if (field.size() > m_options.maxFieldBytes) {
                    m_error.line = recordLine;
                    return fail(CsvErrorCode::FieldTooLarge, column);
                }
            }
        }
        if (!isValidUtf8(field.constData(), field.size())) {
            m_error.line = recordLine;
            return fail(CsvErrorCode::InvalidUtf8, column);
        }
        onField(field);
    }
    ++m_records;
    return true;
}

} // namespace sr::exchange
