#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringDecoder>
#include <QStringList>

class QIODevice;

namespace sr::exchange {

/** Why a CSV file could not be read. Stable codes; the UI/CLI word them. */
enum class CsvErrorCode {
    None,
    Io,                ///< the device could not be read
    InvalidUtf8,       ///< not UTF-8 (e.g. Windows-1258 or TCVN3): re-save as "CSV UTF-8"
    UnterminatedQuote, ///< a quoted cell never ends
    StrayQuote,        ///< a character after the closing quote of a cell
    FieldTooLarge,     ///< a cell larger than Options::maxFieldBytes
};

/** Stable code string: "io", "invalid_utf8", "unterminated_quote", … */
QString toCode(CsvErrorCode code);

struct CsvError
{
    CsvErrorCode code = CsvErrorCode::None;
    qint64 row = 0;  ///< record number, the header is row 1 (as a spreadsheet numbers it)
    qint64 line = 0; ///< physical line (1-based) where the record starts
    int column = 0;  ///< 1-based cell index within the record (0 = unknown)
};

/**
 * Reads CSV records from a QIODevice, one at a time (streaming).
 *
 * - UTF-8 with or without a BOM; bytes that are not valid UTF-8 stop reading with InvalidUtf8.
 * - The separator (',' or ';') is detected from the first record (the header): the one that
 *   occurs more often outside quotes; ',' on a tie.
 * - RFC 4180: quoted cells may hold separators, doubled quotes and line breaks; CRLF, LF
 *   and a last line without a line end are accepted.
 * - Cells larger than maxFieldBytes stop reading with FieldTooLarge (no unbounded buffers).
 * - Each cell is passed through FormulaGuard::restore() (Neutralisation::Reverse), the exact
 *   inverse of what CsvWriter wrote.
 */
class CsvReader
{
public:
    enum class Neutralisation { Reverse, Keep };

    struct Options
    {
        qint64 maxFieldBytes = 1024 * 1024;
        Neutralisation neutralisation = Neutralisation::Reverse;
    };

    explicit CsvReader(QIODevice *device);
    CsvReader(QIODevice *device, const Options &options);

    /**
     * Reads the next record into @a fields. False at the end of the input or on an error
     * (then hasError() and error() say which).
     */
    bool readRecord(QStringList &fields);
    /**
     * Reads the next record as readRecord() does, with the same checks and errors, without
     * making its cells into text; @a blank tells whether every cell was empty or white space.
     * For a pass that only counts rows and checks the file's syntax.
     */
    bool skipRecord(bool *blank = nullptr);

    bool hasError() const { return m_error.code != CsvErrorCode::None; }
    const CsvError &error() const { return m_error; }
    /** The detected separator (valid after the first record). */
    char separator() const { return m_separator; }
    /** Whether the input began with a UTF-8 BOM. */
    bool hadBom() const { return m_hadBom; }
    /** Number of records returned so far (the header counts). */
    qint64 recordCount() const { return m_records; }

private:
    int peek();
    int get();
    /** Reads a record, calling @a onField with each cell's bytes (valid UTF-8). */
    template<typename OnField>
    bool parseRecord(OnField onField);
    /**
     * Appends the buffered bytes from the current position up to the next quote (@a quoted)
     * or the next separator or line end; false when the cell grew over maxFieldBytes.
     */
    bool appendRun(QByteArray &field, bool quoted);
    bool fill();
    void detectSeparator();
    bool fail(CsvErrorCode code, int column);

    QIODevice *m_device = nullptr;
    Options m_options;
    QByteArray m_buffer;
    qsizetype m_pos = 0;
    bool m_eof = false;
    bool m_started = false;
    bool m_hadBom = false;
    char m_separator = ',';
    qint64 m_records = 0;
    qint64 m_line = 1;
    CsvError m_error;
    QStringDecoder m_decoder;
};

/** True when @a bytes is well-formed UTF-8 (no overlongs, surrogates or values > U+10FFFF). */
bool isValidUtf8(const char *bytes, qsizetype size);

} // namespace sr::exchange
