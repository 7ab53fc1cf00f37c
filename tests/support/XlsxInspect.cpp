#include "XlsxInspect.h"

#include <QDate>
#include <QFile>
#include <QHash>
#include <QXmlStreamReader>

#include <zip.h>

namespace sr::test {

namespace {

QByteArray readEntry(zip_t *archive, const QString &name)
{
    const QByteArray utf8 = name.toUtf8();
    zip_stat_t st;
    zip_stat_init(&st);
    if (zip_stat(archive, utf8.constData(), 0, &st) != 0)
        return {};
    zip_file_t *file = zip_fopen(archive, utf8.constData(), 0);
    if (!file)
        return {};
    QByteArray bytes(qsizetype(st.size), '\0');
    const zip_int64_t n = zip_fread(file, bytes.data(), st.size);
    zip_fclose(file);
    if (n < 0)
        return {};
    bytes.resize(qsizetype(n));
    return bytes;
}

/** "C12" → column 2 (0-based), row 12. */
void splitRef(const QString &ref, int &column, int &row)
{
    column = 0;
    qsizetype i = 0;
    for (; i < ref.size() && ref.at(i).isLetter(); ++i)
        column = column * 26 + (ref.at(i).toUpper().unicode() - u'A' + 1);
    column -= 1;
    row = ref.mid(i).toInt();
}

QString builtinFormat(int id)
{
    switch (id) {
    case 0:
        return QStringLiteral("General");
    case 1:
        return QStringLiteral("0");
    case 3:
        return QStringLiteral("#,##0");
    case 14:
        return QStringLiteral("mm-dd-yy");
    default:
        return QStringLiteral("builtin:%1").arg(id);
    }
}

} // namespace

const XlsxCell *XlsxSheet::cell(const QString &ref) const
{
    for (const XlsxCell &c : cells) {
        if (c.ref == ref)
            return &c;
    }
    return nullptr;
}

QStringList XlsxSheet::rowValues(int row) const
{
    QStringList values;
    for (const XlsxCell &c : cells) {
        if (c.row != row)
            continue;
        while (values.size() <= c.column)
            values.append(QString());
        values[c.column] = c.value;
    }
    return values;
}

int XlsxSheet::lastRow() const
{
    int last = 0;
    for (const XlsxCell &c : cells)
        last = std::max(last, c.row);
    return last;
}

const XlsxSheet *XlsxBook::sheet(const QString &name) const
{
    for (const XlsxSheet &s : sheets) {
        if (s.name == name)
            return &s;
    }
    return nullptr;
}

QString XlsxBook::formatOf(const XlsxCell &cell) const
{
    return styleFormats.value(cell.style, QStringLiteral("General"));
}

QByteArray XlsxBook::entry(const QString &name) const
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    const QByteArray bytes = readEntry(archive, name);
    zip_discard(archive);
    return bytes;
}

XlsxBook readXlsx(const QString &path)
{
    XlsxBook book;
    book.path = path;
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(path).constData(), ZIP_RDONLY, &error);
    if (!archive) {
        book.error = QStringLiteral("not a zip (libzip error %1)").arg(error);
        return book;
    }
    const zip_int64_t count = zip_get_num_entries(archive, 0);
    for (zip_int64_t i = 0; i < count; ++i)
        book.entries.append(QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0)));

    // Shared strings: <si><t>…</t></si> or rich text runs <si><r><t>…</t></r>…</si>.
    QStringList shared;
    {
        QXmlStreamReader xml(readEntry(archive, QStringLiteral("xl/sharedStrings.xml")));
        QString current;
        bool inItem = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("si")) {
                inItem = true;
                current.clear();
            } else if (xml.isStartElement() && xml.name() == QLatin1String("t") && inItem) {
                current += xml.readElementText();
            } else if (xml.isEndElement() && xml.name() == QLatin1String("si")) {
                shared.append(current);
                inItem = false;
            }
        }
    }

    // Styles: custom number formats and the numFmtId of each cellXfs entry.
    {
        QHash<int, QString> formats;
        QXmlStreamReader xml(readEntry(archive, QStringLiteral("xl/styles.xml")));
        bool inCellXfs = false;
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("numFmt")) {
                formats.insert(xml.attributes().value(QLatin1String("numFmtId")).toInt(),
                               xml.attributes().value(QLatin1String("formatCode")).toString());
            } else if (xml.isStartElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = true;
            } else if (xml.isEndElement() && xml.name() == QLatin1String("cellXfs")) {
                inCellXfs = false;
            } else if (xml.isStartElement() && inCellXfs && xml.name() == QLatin1String("xf")) {
                const int id = xml.attributes().value(QLatin1String("numFmtId")).toInt();
                book.styleFormats.append(formats.value(id, builtinFormat(id)));
            }
        }
    }

    // Sheets in workbook order, their parts through the workbook's relationships.
    QHash<QString, QString> targets;
    {
        QXmlStreamReader xml(readEntry(archive, QStringLiteral("xl/_rels/workbook.xml.rels")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("Relationship"))
                targets.insert(xml.attributes().value(QLatin1String("Id")).toString(),
                               xml.attributes().value(QLatin1String("Target")).toString());
        }
    }
    {
        QXmlStreamReader xml(readEntry(archive, QStringLiteral("xl/workbook.xml")));
        while (!xml.atEnd()) {
            xml.readNext();
            if (xml.isStartElement() && xml.name() == QLatin1String("sheet")) {
                XlsxSheet sheet;
                sheet.name = xml.attributes().value(QLatin1String("name")).toString();
                sheet.hidden =
                    xml.attributes().value(QLatin1String("state")) == QLatin1String("hidden");
                QString rid;
                for (const QXmlStreamAttribute &a : xml.attributes()) {
                    if (a.name() == QLatin1String("id"))
                        rid = a.value().toString();
                }
                sheet.part = QStringLiteral("xl/") + targets.value(rid);
                book.sheets.append(sheet);
            }
        }
    }

    for (XlsxSheet &sheet : book.sheets) {
        sheet.xml = readEntry(archive, sheet.part);
        QXmlStreamReader xml(sheet.xml);
        XlsxCell cell;
        bool inCell = false;
        QString validationRef;
        while (!xml.atEnd()) {
            xml.readNext();
            if (!xml.isStartElement()) {
                if (xml.isEndElement() && xml.name() == QLatin1String("c") && inCell) {
                    if (cell.type == QLatin1String("s"))
                        cell.value = shared.value(cell.value.toInt());
                    sheet.cells.append(cell);
                    inCell = false;
                }
                continue;
            }
            const auto attrs = xml.attributes();
            if (xml.name() == QLatin1String("row")) {
                if (attrs.value(QLatin1String("hidden")) == QLatin1String("1"))
                    sheet.hiddenRows.insert(attrs.value(QLatin1String("r")).toInt());
            } else if (xml.name() == QLatin1String("pane")) {
                sheet.paneTopLeft = attrs.value(QLatin1String("topLeftCell")).toString();
                sheet.paneState = attrs.value(QLatin1String("state")).toString();
            } else if (xml.name() == QLatin1String("c")) {
                cell = XlsxCell{};
                cell.ref = attrs.value(QLatin1String("r")).toString();
                splitRef(cell.ref, cell.column, cell.row);
                cell.type = attrs.value(QLatin1String("t")).toString();
                cell.style = attrs.value(QLatin1String("s")).toInt();
                inCell = true;
            } else if (xml.name() == QLatin1String("f") && inCell) {
                cell.formula = true;
            } else if (xml.name() == QLatin1String("v") && inCell) {
                cell.value = xml.readElementText();
            } else if (xml.name() == QLatin1String("is") && inCell) {
                cell.value.clear();
            } else if (xml.name() == QLatin1String("t") && inCell) {
                cell.value += xml.readElementText();
            } else if (xml.name() == QLatin1String("dataValidation")) {
                validationRef = attrs.value(QLatin1String("sqref")).toString();
            } else if (xml.name() == QLatin1String("formula1")) {
                sheet.validations.append(validationRef + QLatin1Char('|') + xml.readElementText());
            }
        }
        if (xml.hasError() && book.error.isEmpty())
            book.error = sheet.part + QStringLiteral(": ") + xml.errorString();
    }
    zip_discard(archive);
    return book;
}

QString xlsxSerialToIso(const QString &value)
{
    bool ok = false;
    const double serial = value.toDouble(&ok);
    if (!ok)
        return {};
    return QDate(1899, 12, 30).addDays(qint64(serial)).toString(Qt::ISODate);
}

} // namespace sr::test
