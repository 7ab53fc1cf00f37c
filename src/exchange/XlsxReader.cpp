#include "XlsxReader.h"

#include <QDir>
#include <QFile>
#include <QXmlStreamReader>

#include <cmath>
#include <zip.h>

namespace sr::exchange {

namespace {

constexpr qint64 kChunk = 64 * 1024;
constexpr int kMaxSheetColumn = 16384;   // XFD, the last column of Excel and LibreOffice
constexpr qint64 kMaxSheetRow = 1048576; // the last row of Excel and LibreOffice
constexpr int kMaxSheets = 1000;
constexpr qint64 kMaxStyles = 100000;

const QString kWorkbookPart = QStringLiteral("xl/workbook.xml");
const QString kWorkbookRelsPart = QStringLiteral("xl/_rels/workbook.xml.rels");

/** The value of the attribute @a name without a namespace (or with any, when @a anyNs). */
QStringView attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name, bool anyNs)
{
    for (const QXmlStreamAttribute &a : attributes) {
        if (a.name() == name && (anyNs || a.namespaceUri().isEmpty()))
            return a.value();
    }
    return {};
}

QStringView attribute(const QXmlStreamAttributes &attributes, QLatin1StringView name)
{
    return attribute(attributes, name, false);
}

/** A number as a cell shows it without a format: integral values without fraction. */
QString numberText(double value)
{
    if (std::isfinite(value) && value == std::floor(value) && std::fabs(value) < 1e15) {
        const auto n = qint64(value);
        return QString::number(n);
    }
    return QString::number(value, 'g', 15);
}

} // namespace

QString toCode(XlsxErrorCode code)
{
    switch (code) {
    case XlsxErrorCode::None:
        return QStringLiteral("none");
    case XlsxErrorCode::Io:
        return QStringLiteral("io");
    case XlsxErrorCode::NotAWorkbook:
        return QStringLiteral("not_a_workbook");
    case XlsxErrorCode::Malformed:
        return QStringLiteral("malformed");
    case XlsxErrorCode::Doctype:
        return QStringLiteral("doctype");
    case XlsxErrorCode::PartTooLarge:
        return QStringLiteral("part_too_large");
    case XlsxErrorCode::TooManyStrings:
        return QStringLiteral("too_many_strings");
    case XlsxErrorCode::TooManyRows:
        return QStringLiteral("too_many_rows");
    case XlsxErrorCode::TooManyColumns:
        return QStringLiteral("too_many_columns");
    case XlsxErrorCode::BadCellReference:
        return QStringLiteral("bad_cell_reference");
    case XlsxErrorCode::CellTooLarge:
        return QStringLiteral("cell_too_large");
    case XlsxErrorCode::NoSuchSheet:
        return QStringLiteral("no_such_sheet");
    case XlsxErrorCode::BadSharedString:
        return QStringLiteral("bad_shared_string");
    }
    return QStringLiteral("none");
}

QString columnLetter(int column)
{
    QString letters;
    while (column > 0) {
        const int rest = (column - 1) % 26;
        letters.prepend(QChar(u'A' + rest));
        column = (column - 1) / 26;
    }
    return letters;
}

int columnNumber(QStringView letters)
{
    if (letters.isEmpty() || letters.size() > 3)
        return 0;
    int n = 0;
    for (const QChar c : letters) {
        const char16_t u = c.unicode();
        int digit = 0;
        if (u >= u'A' && u <= u'Z')
            digit = u - u'A' + 1;
        else if (u >= u'a' && u <= u'z')
            digit = u - u'a' + 1;
        else
            return 0;
        n = n * 26 + digit;
    }
    return n <= kMaxSheetColumn ? n : 0;
}

QStringList XlsxRow::texts() const
{
    QStringList out;
    if (cells.isEmpty())
        return out;
    out.resize(cells.last().column);
    for (const XlsxCell &c : cells)
        out[c.column - 1] = c.text;
    return out;
}

bool XlsxReader::isBuiltInDateFormat(int id)
{
    return (id >= 14 && id <= 22) || (id >= 45 && id <= 47);
}

bool XlsxReader::isDateFormat(const QString &formatCode)
{
    // Only the first section (positive numbers) counts. Quoted text ("đ"), escaped characters
    // (\d), bracketed parts ([Red], [$-42A], [h]) and the fill/skip characters (_x, *x) are
    // not fields: `#,##0 "đ"` is money, `dd/mm/yyyy` a date.
    bool quoted = false;
    bool bracket = false;
    bool date = false;
    bool time = false;
    bool month = false;
    for (qsizetype i = 0; i < formatCode.size(); ++i) {
        const QChar c = formatCode.at(i);
        if (quoted) {
            if (c == u'"')
                quoted = false;
            continue;
        }
        if (bracket) {
            if (c == u']')
                bracket = false;
            continue;
        }
        switch (c.unicode()) {
        case u'"':
            quoted = true;
            break;
        case u'[':
            bracket = true;
            break;
        case u'\\':
        case u'_':
        case u'*':
            ++i; // the next character is literal
            break;
        case u';':
            i = formatCode.size();
            break;
        case u'y':
        case u'Y':
        case u'd':
        case u'D':
            date = true;
            break;
        case u'm':
        case u'M':
            month = true;
            break;
        case u'h':
        case u'H':
        case u's':
        case u'S':
            time = true;
            break;
        default:
            break;
        }
    }
    // "m" alone is a month; beside hours or seconds ("h:mm", "mm:ss") it is minutes.
    return date || (month && !time);
}

QDate XlsxReader::dateFromSerial(double serial, bool date1904)
{
    if (!std::isfinite(serial) || serial < 0 || serial > 2958466) // 9999-12-31
        return {};
    const auto days = qint64(std::floor(serial));
    if (date1904)
        return QDate(1904, 1, 1).addDays(days);
    // The 1900 system counts 1900-02-29 (day 60), which did not exist (a Lotus 1-2-3 bug
    // Excel keeps): days before it are one off.
    if (days == 0)
        return {};
    if (days < 60)
        return QDate(1899, 12, 31).addDays(days);
    if (days == 60)
        return {};
    return QDate(1899, 12, 30).addDays(days);
}

/** One XML part of the archive, inflated in chunks into a QXmlStreamReader. */
class XlsxPart
{
public:
    XlsxPart(const XlsxReader::Options &options, QString name)
        : m_options(options)
        , m_name(std::move(name))
    {}
    ~XlsxPart()
    {
        if (m_file)
            zip_fclose(m_file);
    }
    XlsxPart(const XlsxPart &) = delete;
    XlsxPart &operator=(const XlsxPart &) = delete;

    /** False when the archive has no such entry (code None) or it cannot be opened. */
    bool open(zip_t *archive)
    {
        const QByteArray name = m_name.toUtf8();
        const zip_int64_t index = zip_name_locate(archive, name.constData(), ZIP_FL_NOCASE);
        if (index < 0)
            return false;
        zip_stat_t st;
        zip_stat_init(&st);
        if (zip_stat_index(archive, zip_uint64_t(index), 0, &st) != 0) {
            m_code = XlsxErrorCode::NotAWorkbook;
            return false;
        }
        if ((st.valid & ZIP_STAT_COMP_SIZE) != 0)
            m_compressed = qint64(st.comp_size);
        // The size the directory announces is checked first; the bytes inflated are counted
        // too, since an archive may announce less than it holds.
        if ((st.valid & ZIP_STAT_SIZE) != 0 && !withinLimits(qint64(st.size))) {
            m_code = XlsxErrorCode::PartTooLarge;
            return false;
        }
        m_file = zip_fopen_index(archive, zip_uint64_t(index), 0);
        if (!m_file) {
            m_code = XlsxErrorCode::NotAWorkbook;
            return false;
        }
        return true;
    }

    /** The next token; Invalid at an error (code() says which) or after EndDocument. */
    QXmlStreamReader::TokenType next()
    {
        if (m_code != XlsxErrorCode::None)
            return QXmlStreamReader::Invalid;
        for (;;) {
            const QXmlStreamReader::TokenType token = m_xml.readNext();
            if (token == QXmlStreamReader::DTD) {
                // No DTD, internal or external entity is ever expanded: OOXML has none.
                m_code = XlsxErrorCode::Doctype;
                return QXmlStreamReader::Invalid;
            }
            if (token != QXmlStreamReader::Invalid)
                return token;
            if (m_xml.error() == QXmlStreamReader::PrematureEndOfDocumentError && !m_eof) {
                if (!feed())
                    return QXmlStreamReader::Invalid;
                continue;
            }
            if (m_code == XlsxErrorCode::None)
                m_code = XlsxErrorCode::Malformed;
            return QXmlStreamReader::Invalid;
        }
    }

    const QXmlStreamReader &xml() const { return m_xml; }
    XlsxErrorCode code() const { return m_code; }
    void setCode(XlsxErrorCode code)
    {
        if (m_code == XlsxErrorCode::None)
            m_code = code;
    }
    const QString &name() const { return m_name; }

private:
    bool withinLimits(qint64 inflated) const
    {
        if (inflated > m_options.maxPartBytes)
            return false;
        if (inflated > m_options.minRatioCheckBytes && m_compressed >= 0
            && inflated > std::max<qint64>(m_compressed, 1) * m_options.maxRatio)
            return false;
        return true;
    }

    bool feed()
    {
        if (!m_file) {
            m_eof = true;
            return true;
        }
        QByteArray chunk(kChunk, Qt::Uninitialized);
        const zip_int64_t n = zip_fread(m_file, chunk.data(), zip_uint64_t(chunk.size()));
        if (n < 0) {
            // A damaged or truncated deflate stream, or a CRC that does not match.
            m_code = XlsxErrorCode::Malformed;
            return false;
        }
        if (n == 0) {
            m_eof = true;
            return true;
        }
        m_inflated += n;
        if (!withinLimits(m_inflated)) {
            m_code = XlsxErrorCode::PartTooLarge;
            return false;
        }
        chunk.resize(qsizetype(n));
        m_xml.addData(chunk);
        return true;
    }

    const XlsxReader::Options &m_options;
    QString m_name;
    zip_file_t *m_file = nullptr;
    qint64 m_compressed = -1;
    qint64 m_inflated = 0;
    bool m_eof = false;
    QXmlStreamReader m_xml;
    XlsxErrorCode m_code = XlsxErrorCode::None;
};

struct XlsxReader::Impl
{
    struct Sheet
    {
        QString name;
        QString part;
    };

    ~Impl()
    {
        sheet.reset();
        if (archive)
            zip_discard(archive);
    }

    zip_t *archive = nullptr;
    QList<Sheet> sheets;
    QStringList sharedStrings;
    QList<bool> dateStyles; ///< by cell format index (the s attribute of a cell)

    // the sheet being read
    std::unique_ptr<XlsxPart> sheet;
    bool inSheetData = false;
    bool sheetDone = false;
    qint64 lastRow = 0;
    qint64 rowsRead = 0;
};

XlsxReader::XlsxReader()
    : XlsxReader(Options{})
{}

XlsxReader::XlsxReader(const Options &options)
    : m_options(options)
    , d(std::make_unique<Impl>())
{}

XlsxReader::~XlsxReader() = default;

bool XlsxReader::fail(XlsxErrorCode code, const QString &part, qint64 row, int column)
{
    if (m_error.code == XlsxErrorCode::None) {
        m_error.code = code;
        m_error.part = part;
        m_error.row = row;
        m_error.column = column;
    }
    return false;
}

bool XlsxReader::open(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return fail(XlsxErrorCode::Io);
    file.close();
    int error = 0;
    d->archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!d->archive)
        return fail(error == ZIP_ER_OPEN || error == ZIP_ER_READ || error == ZIP_ER_MEMORY
                        ? XlsxErrorCode::Io
                        : XlsxErrorCode::NotAWorkbook);
    return loadWorkbook();
}

bool XlsxReader::openBytes(const QByteArray &bytes)
{
    zip_error_t error;
    zip_error_init(&error);
    zip_source_t *source =
        zip_source_buffer_create(bytes.constData(), zip_uint64_t(bytes.size()), 0, &error);
    if (!source) {
        zip_error_fini(&error);
        return fail(XlsxErrorCode::Io);
    }
    d->archive = zip_open_from_source(source, ZIP_RDONLY, &error);
    zip_error_fini(&error);
    if (!d->archive) {
        zip_source_free(source);
        return fail(XlsxErrorCode::NotAWorkbook);
    }
    return loadWorkbook();
}

namespace {

/** Reads a whole (small) part's tokens, calling @a onStart for each start element. */
template<typename OnToken>
bool walk(XlsxPart &part, OnToken onToken)
{
    for (;;) {
        const QXmlStreamReader::TokenType token = part.next();
        if (token == QXmlStreamReader::Invalid)
            return false;
        if (token == QXmlStreamReader::EndDocument)
            return true;
        if (!onToken(token))
            return false;
    }
}

} // namespace

bool XlsxReader::loadWorkbook()
{
    // The workbook: its sheets (name and relationship id) and date system.
    struct SheetRef
    {
        QString name;
        QString id;
    };
    QList<SheetRef> refs;
    {
        XlsxPart part(m_options, kWorkbookPart);
        if (!part.open(d->archive))
            return fail(part.code() == XlsxErrorCode::None ? XlsxErrorCode::NotAWorkbook
                                                           : part.code(),
                        kWorkbookPart);
        const bool ok = walk(part, [&](QXmlStreamReader::TokenType token) {
            if (token != QXmlStreamReader::StartElement)
                return true;
            const QXmlStreamReader &xml = part.xml();
            if (xml.name() == QLatin1StringView("workbookPr")) {
                const QStringView v = attribute(xml.attributes(), QLatin1StringView("date1904"));
                m_date1904 = v == QLatin1StringView("1") || v == QLatin1StringView("true");
            } else if (xml.name() == QLatin1StringView("sheet")) {
                if (refs.size() >= kMaxSheets) {
                    part.setCode(XlsxErrorCode::PartTooLarge);
                    return false;
                }
                refs.append(SheetRef{
                    attribute(xml.attributes(), QLatin1StringView("name")).toString(),
                    attribute(xml.attributes(), QLatin1StringView("id"), true).toString()});
            }
            return true;
        });
        if (!ok)
            return fail(part.code(), kWorkbookPart);
    }
    // The workbook's relationships: where each sheet, the shared strings and styles are.
    QHash<QString, QString> targets;
    QString sharedStringsPart = QStringLiteral("xl/sharedStrings.xml");
    QString stylesPart = QStringLiteral("xl/styles.xml");
    {
        XlsxPart part(m_options, kWorkbookRelsPart);
        if (part.open(d->archive)) {
            const bool ok = walk(part, [&](QXmlStreamReader::TokenType token) {
                if (token != QXmlStreamReader::StartElement
                    || part.xml().name() != QLatin1StringView("Relationship"))
                    return true;
                const QXmlStreamAttributes a = part.xml().attributes();
                QString target = attribute(a, QLatin1StringView("Target")).toString();
                // Relative to the workbook's folder (xl/), or absolute from the archive's root.
                target = target.startsWith(u'/') ? QDir::cleanPath(target.mid(1))
                                                 : QDir::cleanPath(QStringLiteral("xl/") + target);
                if (target.startsWith(QLatin1StringView("..")) || target.startsWith(u'/'))
                    return true; // outside the archive: ignored
                const QStringView type = attribute(a, QLatin1StringView("Type"));
                if (type.endsWith(QLatin1StringView("/sharedStrings")))
                    sharedStringsPart = target;
                else if (type.endsWith(QLatin1StringView("/styles")))
                    stylesPart = target;
                if (targets.size() < kMaxSheets * 4)
                    targets.insert(attribute(a, QLatin1StringView("Id")).toString(), target);
                return true;
            });
            if (!ok)
                return fail(part.code(), kWorkbookRelsPart);
        } else if (part.code() != XlsxErrorCode::None) {
            return fail(part.code(), kWorkbookRelsPart);
        }
    }
    for (qsizetype i = 0; i < refs.size(); ++i) {
        // Without relationships, the conventional names (as Excel and LibreOffice write them).
        const QString part =
            targets.value(refs[i].id, QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1));
        d->sheets.append(Impl::Sheet{refs[i].name, part});
    }

    // The cell formats: which show a date.
    {
        XlsxPart part(m_options, stylesPart);
        if (part.open(d->archive)) {
            QSet<int> dateFormats;
            bool inCellXfs = false;
            const bool ok = walk(part, [&](QXmlStreamReader::TokenType token) {
                const QXmlStreamReader &xml = part.xml();
                if (token == QXmlStreamReader::EndElement
                    && xml.name() == QLatin1StringView("cellXfs")) {
                    inCellXfs = false;
                    return true;
                }
                if (token != QXmlStreamReader::StartElement)
                    return true;
                if (xml.name() == QLatin1StringView("numFmt")) {
                    const int id =
                        attribute(xml.attributes(), QLatin1StringView("numFmtId")).toInt();
                    const QString code =
                        attribute(xml.attributes(), QLatin1StringView("formatCode")).toString();
                    if (isDateFormat(code) && dateFormats.size() < kMaxStyles)
                        dateFormats.insert(id);
                } else if (xml.name() == QLatin1StringView("cellXfs")) {
                    inCellXfs = true;
                } else if (inCellXfs && xml.name() == QLatin1StringView("xf")) {
                    if (d->dateStyles.size() >= kMaxStyles) {
                        part.setCode(XlsxErrorCode::PartTooLarge);
                        return false;
                    }
                    bool numeric = false;
                    const int id =
                        attribute(xml.attributes(), QLatin1StringView("numFmtId")).toInt(&numeric);
                    d->dateStyles.append(numeric
                                         && (isBuiltInDateFormat(id) || dateFormats.contains(id)));
                }
                return true;
            });
            if (!ok)
                return fail(part.code(), stylesPart);
        } else if (part.code() != XlsxErrorCode::None) {
            return fail(part.code(), stylesPart);
        }
    }

    // The shared strings table.
    {
        XlsxPart part(m_options, sharedStringsPart);
        if (part.open(d->archive)) {
            qint64 bytes = 0;
            bool inSi = false;
            int phonetic = 0; // inside <rPh>: a reading aid, not the cell's text
            bool inT = false;
            QString current;
            const bool ok = walk(part, [&](QXmlStreamReader::TokenType token) {
                const QXmlStreamReader &xml = part.xml();
                switch (token) {
                case QXmlStreamReader::StartElement:
                    if (xml.name() == QLatin1StringView("sst")) {
                        bool numeric = false;
                        const qint64 announced =
                            attribute(xml.attributes(), QLatin1StringView("uniqueCount"))
                                .toLongLong(&numeric);
                        if (numeric && announced > m_options.maxSharedStrings) {
                            part.setCode(XlsxErrorCode::TooManyStrings);
                            return false;
                        }
                    } else if (xml.name() == QLatin1StringView("si")) {
                        if (d->sharedStrings.size() >= m_options.maxSharedStrings) {
                            part.setCode(XlsxErrorCode::TooManyStrings);
                            return false;
                        }
                        inSi = true;
                        current.clear();
                    } else if (xml.name() == QLatin1StringView("rPh")) {
                        ++phonetic;
                    } else if (xml.name() == QLatin1StringView("t")) {
                        inT = inSi && phonetic == 0;
                    }
                    return true;
                case QXmlStreamReader::EndElement:
                    if (xml.name() == QLatin1StringView("si") && inSi) {
                        inSi = false;
                        d->sharedStrings.append(current);
                        current.clear();
                    } else if (xml.name() == QLatin1StringView("rPh")) {
                        phonetic = std::max(0, phonetic - 1);
                    } else if (xml.name() == QLatin1StringView("t")) {
                        inT = false;
                    }
                    return true;
                case QXmlStreamReader::Characters:
                    if (inT) {
                        const QStringView text = xml.text();
                        bytes += text.size() * 2;
                        if (bytes > m_options.maxSharedStringBytes) {
                            part.setCode(XlsxErrorCode::TooManyStrings);
                            return false;
                        }
                        if ((current.size() + text.size()) * 2 > m_options.maxCellBytes) {
                            part.setCode(XlsxErrorCode::CellTooLarge);
                            return false;
                        }
                        current.append(text);
                    }
                    return true;
                default:
                    return true;
                }
            });
            if (!ok)
                return fail(part.code(), sharedStringsPart);
        } else if (part.code() != XlsxErrorCode::None) {
            return fail(part.code(), sharedStringsPart);
        }
    }
    return true;
}

QStringList XlsxReader::sheetNames() const
{
    QStringList names;
    for (const Impl::Sheet &s : d->sheets)
        names.append(s.name);
    return names;
}

bool XlsxReader::selectSheet(const QString &name)
{
    for (qsizetype i = 0; i < d->sheets.size(); ++i) {
        if (d->sheets[i].name == name)
            return selectSheet(int(i));
    }
    for (qsizetype i = 0; i < d->sheets.size(); ++i) {
        if (d->sheets[i].name.compare(name, Qt::CaseInsensitive) == 0)
            return selectSheet(int(i));
    }
    return fail(XlsxErrorCode::NoSuchSheet);
}

bool XlsxReader::selectSheet(int index)
{
    if (hasError() || !d->archive)
        return false;
    if (index < 0 || index >= d->sheets.size())
        return fail(XlsxErrorCode::NoSuchSheet);
    const QString &partName = d->sheets[index].part;
    d->sheet = std::make_unique<XlsxPart>(m_options, partName);
    d->inSheetData = false;
    d->sheetDone = false;
    d->lastRow = 0;
    d->rowsRead = 0;
    if (!d->sheet->open(d->archive))
        return fail(d->sheet->code() == XlsxErrorCode::None ? XlsxErrorCode::NotAWorkbook
                                                            : d->sheet->code(),
                    partName);
    return true;
}

bool XlsxReader::readRow(XlsxRow &row)
{
    row.number = 0;
    row.cells.clear();
    if (hasError() || !d->sheet || d->sheetDone)
        return false;
    XlsxPart &part = *d->sheet;
    const QXmlStreamReader &xml = part.xml();

    // The cell being read.
    bool inRow = false;
    bool inCell = false;
    bool hasValue = false;
    int phonetic = 0;
    enum class Text { None, V, T } textTarget = Text::None;
    bool inInline = false;
    QString cellType;
    int cellStyle = 0;
    int lastColumn = 0;
    QString value;
    XlsxCell cell;

    const auto failHere = [&](XlsxErrorCode code, int column) {
        return fail(code, part.name(), row.number, column);
    };

    for (;;) {
        const QXmlStreamReader::TokenType token = part.next();
        if (token == QXmlStreamReader::Invalid)
            return failHere(part.code(), inCell ? cell.column : 0);
        if (token == QXmlStreamReader::EndDocument) {
            d->sheetDone = true;
            if (inRow || inCell)
                return failHere(XlsxErrorCode::Malformed, 0);
            return false;
        }
        if (token == QXmlStreamReader::StartElement) {
            const QStringView name = xml.name();
            if (!d->inSheetData) {
                if (name == QLatin1StringView("sheetData"))
                    d->inSheetData = true;
                continue;
            }
            if (name == QLatin1StringView("row") && !inRow) {
                inRow = true;
                lastColumn = 0;
                row.cells.clear();
                const QStringView r = attribute(xml.attributes(), QLatin1StringView("r"));
                qint64 number = d->lastRow + 1;
                if (!r.isEmpty()) {
                    bool ok = false;
                    number = r.toLongLong(&ok);
                    if (!ok)
                        number = -1;
                }
                row.number = d->lastRow + 1;
                if (number <= d->lastRow || number > kMaxSheetRow)
                    return failHere(XlsxErrorCode::BadCellReference, 0);
                row.number = number;
                d->lastRow = number;
            } else if (name == QLatin1StringView("c") && inRow && !inCell) {
                inCell = true;
                hasValue = false;
                phonetic = 0;
                inInline = false;
                value.clear();
                const QXmlStreamAttributes a = xml.attributes();
                cellType = attribute(a, QLatin1StringView("t")).toString();
                cellStyle = attribute(a, QLatin1StringView("s")).toInt();
                const QStringView r = attribute(a, QLatin1StringView("r"));
                int column = lastColumn + 1;
                if (!r.isEmpty()) {
                    qsizetype split = 0;
                    while (split < r.size() && r[split].isLetter())
                        ++split;
                    column = columnNumber(r.left(split));
                    bool ok = false;
                    const qint64 rowOfCell = r.mid(split).toLongLong(&ok);
                    if (column == 0 || !ok || rowOfCell != row.number)
                        return failHere(XlsxErrorCode::BadCellReference, 0);
                }
                if (column <= lastColumn || column > kMaxSheetColumn)
                    return failHere(XlsxErrorCode::BadCellReference, column);
                if (column > m_options.maxColumns)
                    return failHere(XlsxErrorCode::TooManyColumns, column);
                lastColumn = column;
                cell = XlsxCell{};
                cell.column = column;
            } else if (inCell && name == QLatin1StringView("v")) {
                textTarget = Text::V;
                hasValue = true;
            } else if (inCell && name == QLatin1StringView("is")) {
                inInline = true;
                hasValue = true;
            } else if (inCell && name == QLatin1StringView("rPh")) {
                ++phonetic;
            } else if (inInline && name == QLatin1StringView("t")) {
                textTarget = phonetic == 0 ? Text::T : Text::None;
            }
            continue;
        }
        if (token == QXmlStreamReader::Characters) {
            if (textTarget == Text::None)
                continue;
            const QStringView text = xml.text();
            if ((value.size() + text.size()) * 2 > m_options.maxCellBytes)
                return failHere(XlsxErrorCode::CellTooLarge, cell.column);
            // Inline strings: only the <t> of <is>; a value: the text of <v>.
            if (textTarget == Text::V && !inInline)
                value.append(text);
            else if (textTarget == Text::T)
                value.append(text);
            continue;
        }
        if (token != QXmlStreamReader::EndElement)
            continue;
        const QStringView name = xml.name();
        if (name == QLatin1StringView("sheetData")) {
            d->sheetDone = true;
            return false;
        }
        if (name == QLatin1StringView("v") || name == QLatin1StringView("t")) {
            textTarget = Text::None;
        } else if (name == QLatin1StringView("rPh")) {
            phonetic = std::max(0, phonetic - 1);
        } else if (name == QLatin1StringView("is")) {
            inInline = false;
        } else if (name == QLatin1StringView("c") && inCell) {
            inCell = false;
            if (!hasValue)
                continue; // a formatted cell without a value
            if (cellType == QLatin1StringView("s")) {
                bool ok = false;
                const qint64 index = value.trimmed().toLongLong(&ok);
                if (!ok || index < 0 || index >= d->sharedStrings.size())
                    return failHere(XlsxErrorCode::BadSharedString, cell.column);
                cell.type = XlsxCell::Type::Text;
                cell.text = d->sharedStrings.at(index);
            } else if (cellType == QLatin1StringView("inlineStr")
                       || cellType == QLatin1StringView("str")) {
                cell.type = XlsxCell::Type::Text;
                cell.text = value;
            } else if (cellType == QLatin1StringView("b")) {
                cell.type = XlsxCell::Type::Boolean;
                const QString v = value.trimmed();
                cell.text = v == QLatin1StringView("1") || v == QLatin1StringView("true")
                                ? QStringLiteral("1")
                                : QStringLiteral("0");
            } else if (cellType == QLatin1StringView("e")) {
                cell.type = XlsxCell::Type::Error;
                cell.text = value.trimmed();
            } else if (cellType == QLatin1StringView("d")) {
                // An ISO 8601 date (and time) cell of the strict format.
                const QDate date = QDate::fromString(value.trimmed().left(10), Qt::ISODate);
                if (date.isValid()) {
                    cell.type = XlsxCell::Type::Date;
                    cell.text = date.toString(Qt::ISODate);
                } else {
                    cell.type = XlsxCell::Type::Text;
                    cell.text = value.trimmed();
                }
            } else {
                const QString v = value.trimmed();
                if (v.isEmpty())
                    continue;
                bool ok = false;
                const double number = v.toDouble(&ok);
                if (!ok || !std::isfinite(number))
                    return failHere(XlsxErrorCode::Malformed, cell.column);
                cell.number = number;
                const QDate date = cellStyle >= 0 && cellStyle < d->dateStyles.size()
                                           && d->dateStyles.at(cellStyle)
                                       ? dateFromSerial(number, m_date1904)
                                       : QDate();
                if (date.isValid()) {
                    cell.type = XlsxCell::Type::Date;
                    cell.text = date.toString(Qt::ISODate);
                } else {
                    cell.type = XlsxCell::Type::Number;
                    cell.text = numberText(number);
                }
            }
            row.cells.append(cell);
        } else if (name == QLatin1StringView("row") && inRow) {
            inRow = false;
            if (row.cells.isEmpty())
                continue; // nothing in it: not a row of the table
            if (++d->rowsRead > m_options.maxRows)
                return failHere(XlsxErrorCode::TooManyRows, 0);
            return true;
        }
    }
}

} // namespace sr::exchange
