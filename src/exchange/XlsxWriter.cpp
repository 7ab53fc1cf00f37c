#include "XlsxWriter.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QIODevice>
#include <QScopeGuard>
#include <QSet>
#include <QStorageInfo>
#include <QTemporaryFile>

#include <algorithm>
#include <cerrno>
#include <utility>
#include <xlsxwriter.h>

namespace sr::exchange {

namespace {

/** Free space below which a failed write is taken for a full disk (XlsxWriter::finish()). */
constexpr qint64 kNearlyFull = 1024 * 1024;

/** Text as libxlsxwriter takes it: UTF-8, composed (NFC) as the CSV writes it. */
QByteArray utf8(QStringView text)
{
    for (const QChar c : text) {
        if (c.unicode() >= 0x0300 && c.unicode() <= 0x036F)
            return text.toString().normalized(QString::NormalizationForm_C).toUtf8();
    }
    return text.toUtf8();
}

/** "C12": the cell's address, for error details (never its content). */
QString cellName(int row, int column)
{
    QString letters;
    for (int c = column + 1; c > 0; c = (c - 1) / 26)
        letters.prepend(QChar(u'A' + (c - 1) % 26));
    return letters + QString::number(row + 1);
}

} // namespace

struct XlsxWriter::Private
{
    std::unique_ptr<QTemporaryFile> scratch;
    QByteArray scratchName;
    QByteArray tmpdir;
    lxw_workbook *book = nullptr;
    QList<lxw_worksheet *> sheets;
    QStringList names;
    QHash<int, lxw_format *> formats;
    QString error;

    bool fail(const QString &what)
    {
        if (error.isEmpty())
            error = what;
        return false;
    }

    bool check(lxw_error result, const char *step, int row = -1, int column = -1)
    {
        if (result == LXW_NO_ERROR)
            return true;
        QString where;
        if (row >= 0)
            where = QStringLiteral(" at %1").arg(cellName(row, column));
        return fail(QStringLiteral("xlsx: %1%2: %3")
                        .arg(QLatin1String(step), where, QString::fromUtf8(lxw_strerror(result))));
    }

    lxw_worksheet *sheet(int index)
    {
        if (!error.isEmpty() || index < 0 || index >= sheets.size())
            return nullptr;
        return sheets.at(index);
    }

    lxw_format *format(Style style) const { return formats.value(int(style), nullptr); }

    void makeFormats()
    {
        static const char money[] = "#,##0 \"\xC4\x91\""; // #,##0 "đ"
        const auto add = [this](Style style) {
            lxw_format *f = workbook_add_format(book);
            formats.insert(int(style), f);
            return f;
        };
        lxw_format *header = add(Style::Header);
        format_set_bold(header);
        format_set_text_wrap(header);
        format_set_align(header, LXW_ALIGN_VERTICAL_TOP);
        format_set_bg_color(header, 0xEEEEEE);
        format_set_border(header, LXW_BORDER_THIN);
        lxw_format *title = add(Style::Title);
        format_set_bold(title);
        format_set_font_size(title, 13);
        format_set_num_format(add(Style::Date), "dd/mm/yyyy");
        format_set_num_format(add(Style::Money), money);
        format_set_num_format(add(Style::Integer), "#,##0");
        format_set_bold(add(Style::Bold));
        lxw_format *boldInteger = add(Style::BoldInteger);
        format_set_bold(boldInteger);
        format_set_num_format(boldInteger, "#,##0");
        lxw_format *boldMoney = add(Style::BoldMoney);
        format_set_bold(boldMoney);
        format_set_num_format(boldMoney, money);
    }
};

XlsxWriter::XlsxWriter(const QString &scratchFolder)
    : d(std::make_unique<Private>())
{
    const QString folder = scratchFolder.isEmpty() ? QDir::tempPath() : scratchFolder;
    // QTemporaryFile creates the file readable by the owner only; libxlsxwriter then opens it
    // by name ("wb" truncates, the permissions stay).
    d->scratch = std::make_unique<QTemporaryFile>(
        QDir(folder).filePath(QStringLiteral(".safereturn-XXXXXX.xlsx.part")));
    if (!d->scratch->open()) {
        d->fail(QStringLiteral("xlsx: no scratch file: %1").arg(d->scratch->errorString()));
        return;
    }
    d->scratch->close();
    d->scratchName = QFile::encodeName(d->scratch->fileName());
    // The library's own temporary files (one per sheet while packing) beside it, not in /tmp.
    d->tmpdir = QFile::encodeName(QDir(folder).absolutePath());
    lxw_workbook_options options{};
    options.constant_memory = LXW_FALSE;
    options.tmpdir = d->tmpdir.data();
    options.use_zip64 = LXW_FALSE;
    d->book = workbook_new_opt(d->scratchName.constData(), &options);
    if (!d->book) {
        d->fail(QStringLiteral("xlsx: the workbook could not be created"));
        return;
    }
    d->makeFormats();
}

XlsxWriter::~XlsxWriter()
{
    // Not finished (an error or a cancel on the way): free the workbook without writing it.
    if (d->book)
        lxw_workbook_free(d->book);
}

int XlsxWriter::addSheet(const QString &name)
{
    if (!d->book || !d->error.isEmpty())
        return -1;
    QString valid;
    for (const QChar c : name) {
        static const QString forbidden = QStringLiteral("[]:*?/\\");
        valid.append(forbidden.contains(c) ? QChar(u'-') : c);
    }
    valid = valid.trimmed();
    while (valid.startsWith(QLatin1Char('\'')))
        valid.remove(0, 1);
    valid = valid.left(31).trimmed();
    while (valid.endsWith(QLatin1Char('\'')))
        valid.chop(1);
    if (valid.isEmpty())
        valid = QStringLiteral("Sheet");
    QString unique = valid;
    for (int n = 2; d->names.contains(unique, Qt::CaseInsensitive); ++n) {
        const QString tail = QStringLiteral(" (%1)").arg(n);
        unique = valid.left(31 - tail.size()) + tail;
    }
    lxw_worksheet *sheet = workbook_add_worksheet(d->book, utf8(unique).constData());
    if (!sheet) {
        d->fail(QStringLiteral("xlsx: a sheet could not be added"));
        return -1;
    }
    d->sheets.append(sheet);
    d->names.append(unique);
    return int(d->sheets.size() - 1);
}

QString XlsxWriter::sheetName(int sheet) const
{
    return d->names.value(sheet);
}

void XlsxWriter::writeString(int sheet, int row, int column, QStringView text, Style style)
{
    if (lxw_worksheet *ws = d->sheet(sheet)) {
        // Never worksheet_write_formula(): a cell starting with = + - @ stays text.
        d->check(
            worksheet_write_string(
                ws, lxw_row_t(row), lxw_col_t(column), utf8(text).constData(), d->format(style)),
            "text",
            row,
            column);
    }
}

void XlsxWriter::writeNumber(int sheet, int row, int column, double value, Style style)
{
    if (lxw_worksheet *ws = d->sheet(sheet))
        d->check(
            worksheet_write_number(ws, lxw_row_t(row), lxw_col_t(column), value, d->format(style)),
            "number",
            row,
            column);
}

void XlsxWriter::writeDate(int sheet, int row, int column, const QDate &date)
{
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws)
        return;
    lxw_datetime when{date.year(), date.month(), date.day(), 0, 0, 0.0};
    d->check(worksheet_write_datetime(
                 ws, lxw_row_t(row), lxw_col_t(column), &when, d->format(Style::Date)),
             "date",
             row,
             column);
}

void XlsxWriter::writeBlank(int sheet, int row, int column, Style style)
{
    if (style == Style::Plain)
        return;
    if (lxw_worksheet *ws = d->sheet(sheet))
        d->check(worksheet_write_blank(ws, lxw_row_t(row), lxw_col_t(column), d->format(style)),
                 "blank",
                 row,
                 column);
}

void XlsxWriter::setColumnWidth(int sheet, int column, double width)
{
    if (lxw_worksheet *ws = d->sheet(sheet))
        d->check(worksheet_set_column(ws, lxw_col_t(column), lxw_col_t(column), width, nullptr),
                 "column width");
}

void XlsxWriter::freezePanes(int sheet, int rows, int columns)
{
    if (lxw_worksheet *ws = d->sheet(sheet))
        worksheet_freeze_panes(ws, lxw_row_t(rows), lxw_col_t(columns));
}

void XlsxWriter::hideRow(int sheet, int row)
{
    if (lxw_worksheet *ws = d->sheet(sheet)) {
        lxw_row_col_options hidden{};
        hidden.hidden = 1;
        d->check(worksheet_set_row_opt(ws, lxw_row_t(row), LXW_DEF_ROW_HEIGHT, nullptr, &hidden),
                 "hidden row");
    }
}

void XlsxWriter::setRowHeight(int sheet, int row, double points)
{
    if (lxw_worksheet *ws = d->sheet(sheet))
        d->check(worksheet_set_row(ws, lxw_row_t(row), points, nullptr), "row height");
}

void XlsxWriter::hideSheet(int sheet)
{
    if (lxw_worksheet *ws = d->sheet(sheet))
        worksheet_hide(ws);
}

void XlsxWriter::addListValidation(
    int sheet, int firstRow, int lastRow, int column, int listSheet, int listColumn, int count)
{
    lxw_worksheet *ws = d->sheet(sheet);
    if (!ws || count <= 0 || listSheet < 0 || listSheet >= d->names.size())
        return;
    QString sheetName = d->names.at(listSheet);
    sheetName.replace(QLatin1Char('\''), QStringLiteral("''"));
    const QString letters = cellName(0, listColumn).chopped(1);
    // Row 1 of the list's column names it; the values are rows 2 to count + 1.
    const QByteArray formula =
        utf8(QStringLiteral("='%1'!$%2$2:$%2$%3").arg(sheetName, letters).arg(count + 1));
    lxw_data_validation validation{};
    validation.validate = LXW_VALIDATION_TYPE_LIST_FORMULA;
    validation.value_formula = const_cast<char *>(formula.constData());
    validation.ignore_blank = LXW_VALIDATION_ON;
    validation.dropdown = LXW_VALIDATION_ON;
    validation.show_error = LXW_VALIDATION_ON;
    validation.error_type = LXW_VALIDATION_ERROR_TYPE_WARNING;
    d->check(worksheet_data_validation_range(ws,
                                             lxw_row_t(firstRow),
                                             lxw_col_t(column),
                                             lxw_row_t(lastRow),
                                             lxw_col_t(column),
                                             &validation),
             "validation",
             firstRow,
             column);
}

bool XlsxWriter::hasError() const
{
    return !d->error.isEmpty();
}

Result<qint64> XlsxWriter::finish(QIODevice *device)
{
    // Whatever happens, the workbook is closed and the scratch file removed on the way out.
    const auto cleanUp = qScopeGuard([this] {
        if (d->book)
            lxw_workbook_free(std::exchange(d->book, nullptr));
        d->scratch.reset();
    });
    if (!d->book || !d->error.isEmpty())
        return makeError(ErrorCode::Io, d->error);
    lxw_workbook *book = std::exchange(d->book, nullptr);
    errno = 0;
    if (const lxw_error closed = workbook_close(book); closed != LXW_NO_ERROR) {
        // The library reports a failed write as a zip error, and its clean-up may have reset
        // errno: a disk left with almost no room is taken as full (the scratch file, still
        // there, is on the target's disk).
        const QStorageInfo disk(QFileInfo(d->scratch->fileName()).absolutePath());
        const bool full =
            errno == ENOSPC || (disk.isValid() && disk.bytesAvailable() < kNearlyFull);
        return makeError(full ? ErrorCode::DiskFull : ErrorCode::Io,
                         QStringLiteral("xlsx: the workbook could not be written: %1")
                             .arg(QString::fromUtf8(lxw_strerror(closed))));
    }
    QFile written(d->scratch->fileName());
    if (!written.open(QIODevice::ReadOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("xlsx: the workbook could not be read back: %1")
                             .arg(written.errorString()));
    qint64 copied = 0;
    QByteArray chunk;
    while (!(chunk = written.read(256 * 1024)).isEmpty()) {
        qint64 done = 0;
        while (done < chunk.size()) {
            const qint64 n = device->write(chunk.constData() + done, chunk.size() - done);
            if (n <= 0)
                return makeError(
                    ErrorCode::Io,
                    QStringLiteral("xlsx write failed: %1").arg(device->errorString()));
            done += n;
        }
        copied += done;
    }
    if (written.error() != QFileDevice::NoError)
        return makeError(ErrorCode::Io,
                         QStringLiteral("xlsx: the workbook could not be read back: %1")
                             .arg(written.errorString()));
    return copied;
}

// --- The exchanged tables -----------------------------------------------------------------

CellKind cellKind(const ColumnDef &c)
{
    if (c.role == ColumnRole::Label)
        return CellKind::Text;
    switch (c.id) {
    case ColumnId::SupportTypeTimes:
        return CellKind::Integer;
    case ColumnId::SupportTypeAmount:
    case ColumnId::AmountVnd:
        return CellKind::Money;
    case ColumnId::ReceptionDate:
    case ColumnId::SupportDate:
    case ColumnId::FollowUpDate:
    case ColumnId::BatchDate:
    case ColumnId::IdentificationDate:
    case ColumnId::ClosedDate:
    case ColumnId::EstimatedAgeAsOf:
    case ColumnId::StayAdmitted:
        return CellKind::Date;
    case ColumnId::BirthDate:
        return CellKind::PartialDate;
    case ColumnId::EstimatedAgeYears:
    case ColumnId::Quantity:
    case ColumnId::PersonsTotal:
    case ColumnId::PersonsMale:
    case ColumnId::PersonsFemale:
    case ColumnId::PersonsChildren:
    case ColumnId::PersonsVerified:
    case ColumnId::CasesIdentified:
    case ColumnId::VictimsIdentified:
        return CellKind::Integer;
    case ColumnId::Field:
        break;
    default:
        // Codes, uuids, free text, flags and the columns of the exchange alone.
        return CellKind::Text;
    }
    const domain::ColumnInfo *column = c.column();
    if (!column)
        return CellKind::Text;
    switch (column->kind) {
    case domain::ColumnKind::Date:
        return CellKind::Date;
    case domain::ColumnKind::PartialDate:
        return CellKind::PartialDate;
    case domain::ColumnKind::Int:
    case domain::ColumnKind::OptionalInt:
    case domain::ColumnKind::Int64:
    case domain::ColumnKind::OptionalInt64:
        return c.name.contains(QLatin1String("amount")) ? CellKind::Money : CellKind::Integer;
    default:
        return CellKind::Text;
    }
}

XlsxTableSheet::XlsxTableSheet(XlsxWriter &book,
                               ExchangeTable table,
                               const QList<ColumnDef> &columns,
                               const QStringList &titles)
    : m_book(book)
{
    m_sheet = book.addSheet(toCode(table));
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const ColumnDef &c = columns.at(i);
        const CellKind kind = cellKind(c);
        m_kinds.append(kind);
        const int column = int(i);
        const QString title = titles.value(i, c.name);
        book.writeString(m_sheet, 0, column, title, XlsxWriter::Style::Header);
        book.writeString(m_sheet, 1, column, c.name);
        double width = 14;
        switch (kind) {
        case CellKind::Date:
        case CellKind::PartialDate:
            width = 12;
            break;
        case CellKind::Integer:
            width = 10;
            break;
        case CellKind::Money:
            width = 15;
            break;
        case CellKind::Text:
            width = std::clamp(double(title.size()) * 0.6 + 4, 14.0, 32.0);
            break;
        }
        book.setColumnWidth(m_sheet, column, width);
    }
    // The Vietnamese titles wrap on up to three lines; the stable names are for machines.
    book.setRowHeight(m_sheet, 0, 45);
    book.hideRow(m_sheet, 1);
    book.freezePanes(m_sheet, 2, 0);
}

void XlsxTableSheet::addCell(QStringView text)
{
    const int column = m_column++;
    if (text.isEmpty())
        return;
    switch (m_kinds.value(column, CellKind::Text)) {
    case CellKind::Date: {
        const QDate date = QDate::fromString(text.toString(), Qt::ISODate);
        if (date.isValid() && text.size() == 10) {
            m_book.writeDate(m_sheet, m_row, column, date);
            return;
        }
        break;
    }
    case CellKind::Integer:
    case CellKind::Money: {
        bool ok = false;
        const qint64 number = text.toLongLong(&ok);
        if (ok) {
            addNumber(column, number);
            return;
        }
        break;
    }
    case CellKind::PartialDate:
    case CellKind::Text:
        break;
    }
    m_book.writeString(m_sheet, m_row, column, text);
}

void XlsxTableSheet::addCell(qint64 number)
{
    addNumber(m_column++, number);
}

void XlsxTableSheet::addNumber(int column, qint64 number)
{
    if (m_kinds.value(column, CellKind::Integer) == CellKind::Text) {
        m_book.writeString(m_sheet, m_row, column, QString::number(number));
        return;
    }
    m_book.writeNumber(m_sheet,
                       m_row,
                       column,
                       double(number),
                       m_kinds.value(column) == CellKind::Money ? XlsxWriter::Style::Money
                                                                : XlsxWriter::Style::Plain);
}

void XlsxTableSheet::endRow()
{
    m_column = 0;
    ++m_rows;
    // Past Excel's last row (1 048 576) every write fails and XlsxWriter keeps the error.
    ++m_row;
}

// --- Vietnamese titles ---------------------------------------------------------------------

namespace {

/** Vietnamese titles by stable column name (docs/csv-format.md describes each column). */
const QHash<QString, QString> &titles()
{
    static const QHash<QString, QString> map = {
        // people and receptions
        {QStringLiteral("case_code"), QStringLiteral("Mã hồ sơ")},
        {QStringLiteral("pseudonym"), QStringLiteral("Mã ẩn danh")},
        {QStringLiteral("person_uuid"), QStringLiteral("Mã định danh người (UUID)")},
        {QStringLiteral("full_name"), QStringLiteral("Họ và tên")},
        {QStringLiteral("other_names"), QStringLiteral("Tên gọi khác")},
        {QStringLiteral("sex"), QStringLiteral("Giới tính (mã)")},
        {QStringLiteral("birth_date"), QStringLiteral("Ngày sinh (năm, tháng/năm hoặc ngày)")},
        {QStringLiteral("estimated_age_years"), QStringLiteral("Tuổi ước tính")},
        {QStringLiteral("estimated_age_as_of"), QStringLiteral("Ngày ước tính tuổi")},
        {QStringLiteral("age_band"), QStringLiteral("Nhóm tuổi (mã)")},
        {QStringLiteral("nationality"), QStringLiteral("Quốc tịch (mã)")},
        {QStringLiteral("ethnicity"), QStringLiteral("Dân tộc (mã)")},
        {QStringLiteral("document_type"), QStringLiteral("Loại giấy tờ tùy thân")},
        {QStringLiteral("document_number"), QStringLiteral("Số giấy tờ tùy thân")},
        {QStringLiteral("residence_era"), QStringLiteral("Danh mục địa giới (trước/từ 1/7/2025)")},
        {QStringLiteral("residence_province"), QStringLiteral("Tỉnh thường trú (mã)")},
        {QStringLiteral("residence_commune"), QStringLiteral("Xã thường trú (mã)")},
        {QStringLiteral("residence_commune_text"),
         QStringLiteral("Xã, huyện thường trú (ghi chữ)")},
        {QStringLiteral("address_line"), QStringLiteral("Địa chỉ")},
        {QStringLiteral("phone"), QStringLiteral("Số điện thoại")},
        {QStringLiteral("family_contact"), QStringLiteral("Liên hệ gia đình")},
        {QStringLiteral("consent_services"), QStringLiteral("Đồng ý nhận dịch vụ (1/0)")},
        {QStringLiteral("consent_sharing"), QStringLiteral("Đồng ý chia sẻ thông tin (1/0)")},
        {QStringLiteral("consent_statistics"), QStringLiteral("Đồng ý dùng cho thống kê (1/0)")},
        {QStringLiteral("person_notes"), QStringLiteral("Ghi chú về người")},
        {QStringLiteral("reception_uuid"), QStringLiteral("Mã định danh lượt tiếp nhận (UUID)")},
        {QStringLiteral("reception_date"), QStringLiteral("Ngày tiếp nhận")},
        {QStringLiteral("agency"), QStringLiteral("Cơ quan tiếp nhận (mã)")},
        {QStringLiteral("batch_uuid"), QStringLiteral("Mã định danh đợt bàn giao (UUID)")},
        {QStringLiteral("country"), QStringLiteral("Nước trở về (mã)")},
        {QStringLiteral("route"), QStringLiteral("Hình thức phát hiện (mã)")},
        {QStringLiteral("exploitation"), QStringLiteral("Hình thức bị bóc lột (mã)")},
        {QStringLiteral("identification_status"),
         QStringLiteral("Tình trạng xác định nạn nhân (mã)")},
        {QStringLiteral("identification_agency"), QStringLiteral("Cơ quan xác định (mã)")},
        {QStringLiteral("identification_date"), QStringLiteral("Ngày xác định")},
        {QStringLiteral("identification_basis"), QStringLiteral("Căn cứ xác định")},
        {QStringLiteral("case_status"), QStringLiteral("Tình trạng hồ sơ (mã)")},
        {QStringLiteral("outcome"), QStringLiteral("Kết quả giải quyết (mã)")},
        {QStringLiteral("closed_date"), QStringLiteral("Ngày đóng hồ sơ")},
        {QStringLiteral("reception_notes"), QStringLiteral("Ghi chú về lượt tiếp nhận")},
        // supports
        {QStringLiteral("support_uuid"), QStringLiteral("Mã định danh lượt hỗ trợ (UUID)")},
        {QStringLiteral("type"), QStringLiteral("Hình thức hỗ trợ (mã)")},
        {QStringLiteral("support_date"), QStringLiteral("Ngày hỗ trợ")},
        {QStringLiteral("provider_agency"), QStringLiteral("Đơn vị hỗ trợ (mã)")},
        {QStringLiteral("amount_vnd"), QStringLiteral("Số tiền (đ)")},
        {QStringLiteral("quantity"), QStringLiteral("Số lượng")},
        {QStringLiteral("status"), QStringLiteral("Trạng thái (mã)")},
        {QStringLiteral("notes"), QStringLiteral("Ghi chú")},
        // follow-ups
        {QStringLiteral("follow_up_uuid"), QStringLiteral("Mã định danh lần theo dõi (UUID)")},
        {QStringLiteral("follow_up_date"), QStringLiteral("Ngày theo dõi")},
        {QStringLiteral("kind"), QStringLiteral("Hình thức liên hệ (mã)")},
        {QStringLiteral("health"), QStringLiteral("Sức khỏe (mã)")},
        {QStringLiteral("housing"), QStringLiteral("Nhà ở (mã)")},
        {QStringLiteral("work"), QStringLiteral("Việc làm (mã)")},
        {QStringLiteral("schooling"), QStringLiteral("Học tập (mã)")},
        // shelter stays
        {QStringLiteral("stay_uuid"), QStringLiteral("Mã định danh lượt lưu trú (UUID)")},
        {QStringLiteral("room"), QStringLiteral("Phòng (mã)")},
        {QStringLiteral("admitted_date"), QStringLiteral("Ngày vào ở")},
        {QStringLiteral("left_date"), QStringLiteral("Ngày rời đi")},
        {QStringLiteral("leaving_reason"), QStringLiteral("Lý do rời đi (mã)")},
        {QStringLiteral("supports_through"), QStringLiteral("Đã tính hỗ trợ thiết yếu đến ngày")},
        // handover batches
        {QStringLiteral("batch_date"), QStringLiteral("Ngày bàn giao")},
        {QStringLiteral("border_gate"), QStringLiteral("Cửa khẩu (mã)")},
        {QStringLiteral("foreign_agency"), QStringLiteral("Cơ quan bàn giao phía nước ngoài")},
        {QStringLiteral("receiving_agency"), QStringLiteral("Đơn vị tiếp nhận (mã)")},
        {QStringLiteral("persons_total"), QStringLiteral("Tổng số người")},
        {QStringLiteral("persons_male"), QStringLiteral("Số nam")},
        {QStringLiteral("persons_female"), QStringLiteral("Số nữ")},
        {QStringLiteral("persons_children"), QStringLiteral("Số trẻ em")},
        {QStringLiteral("classified"), QStringLiteral("Đã phân loại, xác minh (1/0)")},
        {QStringLiteral("persons_verified"), QStringLiteral("Số người đã xác minh")},
        {QStringLiteral("cases_identified"), QStringLiteral("Số vụ việc xác định")},
        {QStringLiteral("victims_identified"), QStringLiteral("Số nạn nhân xác định")},
        // hotline calls
        {QStringLiteral("call_uuid"), QStringLiteral("Mã định danh cuộc gọi (UUID)")},
        {QStringLiteral("call_date"), QStringLiteral("Ngày gọi")},
        {QStringLiteral("call_time"), QStringLiteral("Giờ gọi")},
        {QStringLiteral("duration_minutes"), QStringLiteral("Thời lượng (phút)")},
        {QStringLiteral("line"), QStringLiteral("Số tổng đài")},
        {QStringLiteral("caller_type"), QStringLiteral("Người gọi (mã)")},
        {QStringLiteral("caller_name"), QStringLiteral("Tên người gọi")},
        {QStringLiteral("caller_phone"), QStringLiteral("Số điện thoại người gọi")},
        {QStringLiteral("reason"), QStringLiteral("Nội dung cuộc gọi (mã)")},
        {QStringLiteral("province"), QStringLiteral("Tỉnh (mã)")},
        {QStringLiteral("urgency"), QStringLiteral("Mức độ khẩn cấp (mã)")},
        {QStringLiteral("actions"), QStringLiteral("Kết quả xử lý (mã)")},
        // attachments
        {QStringLiteral("attachment_uuid"), QStringLiteral("Mã định danh tệp đính kèm (UUID)")},
        {QStringLiteral("record_kind"), QStringLiteral("Thuộc loại bản ghi")},
        {QStringLiteral("record_uuid"), QStringLiteral("Mã định danh bản ghi (UUID)")},
        {QStringLiteral("document_date"), QStringLiteral("Ngày trên giấy tờ")},
        {QStringLiteral("note"), QStringLiteral("Ghi chú")},
        {QStringLiteral("file_name"), QStringLiteral("Tên tệp")},
        {QStringLiteral("media_type"), QStringLiteral("Kiểu tệp")},
        {QStringLiteral("size_bytes"), QStringLiteral("Dung lượng (byte)")},
        {QStringLiteral("sha256"), QStringLiteral("Mã băm SHA-256")},
        {QStringLiteral("converted_from"), QStringLiteral("Chuyển đổi từ định dạng")},
        {QStringLiteral("created_at"), QStringLiteral("Thời điểm thêm (UTC)")},
        {QStringLiteral("created_by"), QStringLiteral("Người thêm")},
        {QStringLiteral("archived"), QStringLiteral("Đã lưu trữ (1/0)")},
        {QStringLiteral("archive_reason"), QStringLiteral("Lý do lưu trữ")},
        // prevention clubs and activities
        {QStringLiteral("club_uuid"), QStringLiteral("Mã định danh câu lạc bộ (UUID)")},
        {QStringLiteral("activity_uuid"), QStringLiteral("Mã định danh hoạt động (UUID)")},
        {QStringLiteral("name"), QStringLiteral("Tên câu lạc bộ")},
        {QStringLiteral("era"), QStringLiteral("Danh mục xã (trước/từ 1/7/2025)")},
        {QStringLiteral("commune"), QStringLiteral("Xã (mã)")},
        {QStringLiteral("founded_date"), QStringLiteral("Ngày thành lập")},
        {QStringLiteral("members"), QStringLiteral("Số thành viên")},
        {QStringLiteral("start_date"), QStringLiteral("Ngày bắt đầu")},
        {QStringLiteral("end_date"), QStringLiteral("Ngày kết thúc")},
        {QStringLiteral("participants_total"), QStringLiteral("Tổng số người tham gia")},
        {QStringLiteral("participants_women"), QStringLiteral("Trong đó: nữ")},
        {QStringLiteral("participants_minorities"),
         QStringLiteral("Trong đó: người dân tộc thiểu số")},
        {QStringLiteral("target_groups"), QStringLiteral("Nhóm đối tượng (mã)")},
        {QStringLiteral("organiser"), QStringLiteral("Đơn vị tổ chức")},
        {QStringLiteral("partner"), QStringLiteral("Đơn vị phối hợp")},
    };
    return map;
}

/** Names whose meaning depends on the table. */
QString tableTitle(ExchangeTable table, const QString &name)
{
    if (table == ExchangeTable::Attachments && name == QLatin1String("document_type"))
        return QStringLiteral("Loại giấy tờ (mã)");
    if (table == ExchangeTable::Activities && name == QLatin1String("kind"))
        return QStringLiteral("Loại hoạt động (mã)");
    if (table == ExchangeTable::Calls && name == QLatin1String("sex"))
        return QStringLiteral("Giới tính người được nói đến (mã)");
    return titles().value(name);
}

} // namespace

QString titleVi(ExchangeTable table, const ColumnDef &column, const QString &supportTypeName)
{
    const QString type = supportTypeName.isEmpty() ? column.supportType : supportTypeName;
    if (column.id == ColumnId::SupportTypeTimes)
        return QStringLiteral("%1: số lượt").arg(type);
    if (column.id == ColumnId::SupportTypeAmount)
        return QStringLiteral("%1: số tiền (đ)").arg(type);
    static const QLatin1String label("_label");
    if (column.role == ColumnRole::Label && column.name.endsWith(label)) {
        // The label beside a code: the code's title without "(mã)", which people read.
        QString title = tableTitle(table, column.name.chopped(label.size()));
        if (title.endsWith(QStringLiteral(" (mã)")))
            return title.chopped(5);
        return title.isEmpty() ? column.name : title + QStringLiteral(" (tên)");
    }
    const QString title = tableTitle(table, column.name);
    return title.isEmpty() ? column.name : title;
}

} // namespace sr::exchange
