#pragma once

// Small .xlsx workbooks written part by part with libzip, for the tests of the reading side
// (exchange/XlsxReader.h, the xlsx import): the XML of each part is given or built here, so a
// test controls exactly what a spreadsheet program would have written, broken parts included.

#include <QByteArray>
#include <QFile>
#include <QList>
#include <QPair>
#include <QString>
#include <QStringList>

#include <zip.h>

namespace sr::test {

/** One sheet: its name and the XML of its <sheetData> content (rows and cells). */
struct XlsxFixtureSheet
{
    QString name;
    QByteArray sheetData;
};

struct XlsxFixture
{
    QList<XlsxFixtureSheet> sheets;
    QStringList sharedStrings;
    /** The <numFmts> and <cellXfs> content of styles.xml; the default has three formats. */
    QByteArray styles = defaultStyles();
    /** Parts written as given, replacing the generated ones ("xl/sharedStrings.xml" …). */
    QList<QPair<QString, QByteArray>> overrides;
    /** Parts written with this compression level (ZIP_CM_STORE for 0, else deflated). */
    bool store = false;
    bool date1904 = false;

    /**
     * Cell formats by index: 0 general, 1 dd/mm/yyyy (custom 164), 2 built-in 14 (a date),
     * 3 money `#,##0 "đ"` (custom 165).
     */
    static QByteArray defaultStyles()
    {
        return QByteArrayLiteral(
            "<numFmts count=\"2\"><numFmt numFmtId=\"164\" formatCode=\"dd/mm/yyyy\"/>"
            "<numFmt numFmtId=\"165\" formatCode=\"#,##0 &quot;\xc4\x91&quot;\"/></numFmts>"
            "<cellXfs count=\"4\"><xf numFmtId=\"0\"/><xf numFmtId=\"164\" "
            "applyNumberFormat=\"1\"/>"
            "<xf numFmtId=\"14\"/><xf numFmtId=\"165\"/></cellXfs>");
    }

    static QByteArray escape(const QString &text) { return text.toHtmlEscaped().toUtf8(); }

    /** The index of @a text in the shared strings, added when new. */
    int shared(const QString &text)
    {
        const qsizetype i = sharedStrings.indexOf(text);
        if (i >= 0)
            return int(i);
        sharedStrings.append(text);
        return int(sharedStrings.size() - 1);
    }

    /** A shared-string cell: <c r="B3" t="s"><v>n</v></c>. */
    QByteArray stringCell(const QString &ref, const QString &text)
    {
        return "<c r=\"" + ref.toUtf8() + "\" t=\"s\"><v>" + QByteArray::number(shared(text))
               + "</v></c>";
    }
    static QByteArray inlineCell(const QString &ref, const QString &text)
    {
        return "<c r=\"" + ref.toUtf8() + "\" t=\"inlineStr\"><is><t>" + escape(text)
               + "</t></is></c>";
    }
    static QByteArray numberCell(const QString &ref, const QByteArray &value, int style = 0)
    {
        return "<c r=\"" + ref.toUtf8() + "\" s=\"" + QByteArray::number(style) + "\"><v>" + value
               + "</v></c>";
    }
    /** A row of shared-string cells from column A; empty texts are left out (sparse). */
    QByteArray textRow(int number, const QStringList &texts)
    {
        QByteArray xml = "<row r=\"" + QByteArray::number(number) + "\">";
        for (qsizetype i = 0; i < texts.size(); ++i) {
            if (texts[i].isEmpty())
                continue;
            xml += stringCell(columnName(int(i) + 1) + QString::number(number), texts[i]);
        }
        return xml + "</row>";
    }
    static QString columnName(int column)
    {
        QString letters;
        while (column > 0) {
            letters.prepend(QChar(u'A' + (column - 1) % 26));
            column = (column - 1) / 26;
        }
        return letters;
    }

    QList<QPair<QString, QByteArray>> parts() const
    {
        QList<QPair<QString, QByteArray>> out;
        QByteArray types = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                           "<Types xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                           "content-types\">"
                           "<Default Extension=\"rels\" ContentType=\"application/"
                           "vnd.openxmlformats-package.relationships+xml\"/>"
                           "<Default Extension=\"xml\" ContentType=\"application/xml\"/>"
                           "<Override PartName=\"/xl/workbook.xml\" ContentType=\"application/"
                           "vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml\"/>";
        QByteArray workbook =
            "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
            "<workbook xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
            "xmlns:r=\"http://schemas.openxmlformats.org/officeDocument/2006/relationships\">";
        if (date1904)
            workbook += "<workbookPr date1904=\"1\"/>";
        workbook += "<sheets>";
        QByteArray rels = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                          "<Relationships xmlns=\"http://schemas.openxmlformats.org/package/2006/"
                          "relationships\">";
        const QByteArray relBase =
            "http://schemas.openxmlformats.org/officeDocument/2006/relationships/";
        for (qsizetype i = 0; i < sheets.size(); ++i) {
            const QByteArray n = QByteArray::number(i + 1);
            types += "<Override PartName=\"/xl/worksheets/sheet" + n
                     + ".xml\" ContentType=\"application/"
                       "vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml\"/>";
            workbook += "<sheet name=\"" + escape(sheets[i].name) + "\" sheetId=\"" + n
                        + "\" r:id=\"rId" + n + "\"/>";
            rels += "<Relationship Id=\"rId" + n + "\" Type=\"" + relBase
                    + "worksheet\" Target=\"worksheets/sheet" + n + ".xml\"/>";
            out.append({QStringLiteral("xl/worksheets/sheet%1.xml").arg(i + 1),
                        "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                        "<worksheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                        "main\"><sheetData>"
                            + sheets[i].sheetData + "</sheetData></worksheet>"});
        }
        rels += "<Relationship Id=\"rIdS\" Type=\"" + relBase
                + "sharedStrings\" Target=\"sharedStrings.xml\"/>"
                  "<Relationship Id=\"rIdT\" Type=\""
                + relBase + "styles\" Target=\"styles.xml\"/></Relationships>";
        workbook += "</sheets></workbook>";
        types += "</Types>";
        QByteArray sst = "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                         "<sst xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/main\" "
                         "uniqueCount=\""
                         + QByteArray::number(sharedStrings.size()) + "\">";
        for (const QString &s : sharedStrings)
            sst += "<si><t xml:space=\"preserve\">" + escape(s) + "</t></si>";
        sst += "</sst>";
        out.prepend({QStringLiteral("xl/styles.xml"),
                     "<?xml version=\"1.0\" encoding=\"UTF-8\" standalone=\"yes\"?>"
                     "<styleSheet xmlns=\"http://schemas.openxmlformats.org/spreadsheetml/2006/"
                     "main\">"
                         + styles + "</styleSheet>"});
        out.prepend({QStringLiteral("xl/sharedStrings.xml"), sst});
        out.prepend({QStringLiteral("xl/_rels/workbook.xml.rels"), rels});
        out.prepend({QStringLiteral("xl/workbook.xml"), workbook});
        out.prepend({QStringLiteral("[Content_Types].xml"), types});
        for (const auto &o : overrides) {
            bool replaced = false;
            for (auto &p : out) {
                if (p.first == o.first) {
                    p.second = o.second;
                    replaced = true;
                }
            }
            if (!replaced)
                out.append(o);
        }
        return out;
    }

    /** Writes the workbook to @a path; false on a libzip error. */
    bool write(const QString &path) const
    {
        QFile::remove(path);
        int error = 0;
        zip_t *archive =
            zip_open(QFile::encodeName(path).constData(), ZIP_CREATE | ZIP_TRUNCATE, &error);
        if (!archive)
            return false;
        // The bytes must stay alive until zip_close(): libzip reads them then.
        const QList<QPair<QString, QByteArray>> all = parts();
        for (const auto &[name, bytes] : all) {
            zip_source_t *source =
                zip_source_buffer(archive, bytes.constData(), zip_uint64_t(bytes.size()), 0);
            const zip_int64_t index =
                source ? zip_file_add(archive, name.toUtf8().constData(), source, ZIP_FL_ENC_UTF_8)
                       : -1;
            if (index < 0) {
                zip_source_free(source);
                zip_discard(archive);
                return false;
            }
            zip_set_file_compression(
                archive, zip_uint64_t(index), store ? ZIP_CM_STORE : ZIP_CM_DEFLATE, store ? 0 : 9);
        }
        return zip_close(archive) == 0;
    }

    /** The workbook's bytes (through a temporary file beside @a scratchPath). */
    QByteArray bytes(const QString &scratchPath) const
    {
        if (!write(scratchPath))
            return {};
        QFile f(scratchPath);
        if (!f.open(QIODevice::ReadOnly))
            return {};
        return f.readAll();
    }
};

} // namespace sr::test
