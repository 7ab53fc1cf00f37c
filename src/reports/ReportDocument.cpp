#include "ReportDocument.h"

#include "AdminDocument.h"
#include "ReportChart.h"
#include "domain/Hotline.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QLocale>
#include <QRegularExpression>
#include <QStandardPaths>
#include <QTextOption>

#include <algorithm>
#include <functional>

namespace sr::reports {

namespace {

using admin::esc;
using admin::kBodyPt;
using admin::kHeaderPt;
using admin::kRecipientPt;
using admin::kTablePt;
using admin::unbreakable;

// The width of the text on an A4 portrait page between the margins of reportPageMargins()
// (210 - 30 - 15 mm), the least the label column of a table keeps, and a cell's padding and
// borders, in points.
constexpr qreal kPageWidthPt = 165.0 / 25.4 * 72.0;
constexpr qreal kLabelMinPt = 130.0;
constexpr qreal kCellPaddingPt = 9.0;

/**
 * The width of @a text at @a sizePt in a Times-metric face (Liberation Serif, Tinos, Times New
 * Roman): digits are half an em there, separators a quarter; letters are estimated generously.
 * Used to decide how many year columns fit a page, so it needs no font database.
 */
qreal textWidthPt(const QString &text, qreal sizePt)
{
    qreal ems = 0;
    for (const QChar c : text) {
        if (c.isDigit())
            ems += 0.5;
        else if (c == QLatin1Char('.') || c == QLatin1Char(',') || c.isSpace())
            ems += 0.25;
        else if (c.isUpper())
            ems += 0.72;
        else
            ems += 0.52;
    }
    return ems * sizePt;
}

/** The widest word of a header (words break at spaces and <br/>), in bold when @a bold. */
qreal widestWordPt(const QString &text, qreal sizePt, bool bold)
{
    qreal widest = 0;
    QString plain = text;
    plain.replace(QStringLiteral("<br/>"), QStringLiteral(" "));
    for (const QString &word : plain.split(QLatin1Char(' '), Qt::SkipEmptyParts))
        widest = std::max(widest, textWidthPt(word, sizePt) * (bold ? 1.08 : 1.0));
    return widest;
}

/** One group of columns in a table: a calendar year of the period, or the total. */
struct ColumnGroup
{
    QString header;
    const domain::SummaryFigures *figures = nullptr;
    bool isTotal = false;
};

/** A table row: a label and, for each column group, its cells. */
/** A prevention kind's label in the report (docs/centre-work.md, "## Prevention"). */
QString preventionKindLabel(domain::PreventionKind kind, Language lang)
{
    switch (kind) {
    case domain::PreventionKind::Leaflets:
        return reportText(
            lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Leaflets (copies)"), "Tờ rơi (tờ)");
    case domain::PreventionKind::Booklets:
        return reportText(
            lang,
            QT_TRANSLATE_NOOP("sr::reports::Report", "Question-and-answer booklets (copies)"),
            "Tài liệu hỏi đáp (cuốn)");
    case domain::PreventionKind::Panels:
        return reportText(
            lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Panels (panels)"), "Pano (chiếc)");
    case domain::PreventionKind::MediaItems:
        return reportText(lang,
                          QT_TRANSLATE_NOOP("sr::reports::Report", "News and media items (items)"),
                          "Tin bài trên báo, đài, mạng xã hội (tin bài)");
    case domain::PreventionKind::Training:
        return reportText(
            lang,
            QT_TRANSLATE_NOOP("sr::reports::Report", "Trainings and conferences (sessions)"),
            "Tập huấn, hội nghị (lớp)");
    case domain::PreventionKind::CommunityMeeting:
        return reportText(lang,
                          QT_TRANSLATE_NOOP("sr::reports::Report", "Community meetings (sessions)"),
                          "Tuyên truyền tại cộng đồng (buổi)");
    case domain::PreventionKind::ClubMeeting:
        return reportText(lang,
                          QT_TRANSLATE_NOOP("sr::reports::Report", "Club meetings (sessions)"),
                          "Sinh hoạt câu lạc bộ (buổi)");
    case domain::PreventionKind::DecisionPlan:
        return reportText(
            lang,
            QT_TRANSLATE_NOOP("sr::reports::Report", "Decisions and plans issued (documents)"),
            "Quyết định, kế hoạch ban hành (văn bản)");
    }
    return {};
}

/**
 * Communes reached of the province's total, in the list of each era the activities used:
 * "93/171 xã, phường, thị trấn", or both lists joined when a range spans the 2025 merger.
 */
QString
communePhrase(const domain::CommuneReach &reached, const domain::CommuneReach &total, Language lang)
{
    QStringList parts;
    if (reached.pre2025 > 0)
        parts.append(
            reportText(lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "%1/%2 communes (before 1/7/2025)"),
                       "%1/%2 xã, phường, thị trấn")
                .arg(formatCount(reached.pre2025, lang), formatCount(total.pre2025, lang)));
    if (reached.from2025 > 0)
        parts.append(
            reportText(lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "%1/%2 communes (from 1/7/2025)"),
                       "%1/%2 xã, phường, đặc khu")
                .arg(formatCount(reached.from2025, lang), formatCount(total.from2025, lang)));
    return parts.join(QStringLiteral(", "));
}

/**
 * The table cell of communes reached: "93/171", both eras joined when both have any; with none,
 * of the list of the era the range ends in.
 */
QString communeFraction(const domain::SummaryFigures &f)
{
    const domain::PreventionFigures &p = f.prevention;
    const bool none = p.communes.pre2025 == 0 && p.communes.from2025 == 0;
    if (none)
        return domain::eraOf(f.to) == domain::AdminEra::Pre2025
                   ? QStringLiteral("0/%1").arg(p.communesTotal.pre2025)
                   : QStringLiteral("0/%1").arg(p.communesTotal.from2025);
    QStringList parts;
    if (p.communes.pre2025 > 0)
        parts.append(QStringLiteral("%1/%2").arg(p.communes.pre2025).arg(p.communesTotal.pre2025));
    if (p.communes.from2025 > 0)
        parts.append(
            QStringLiteral("%1/%2").arg(p.communes.from2025).arg(p.communesTotal.from2025));
    return parts.join(QStringLiteral(" + "));
}

struct Row
{
    QString label;
    std::function<QStringList(const domain::SummaryFigures &, bool isTotal)> cells;
    using Style = ReportTable::Style;
    Style style = Style::Normal;
};

/** A section of part II: its heading and its table (rendered as HTML, or as a worksheet). */
struct SectionTable
{
    QString title;
    QString labelHeader;
    QStringList yearSubHeaders;
    QStringList totalSubHeaders;
    QList<Row> rows;
    bool lastIsMoney = false; ///< the last sub-column of each group is an amount in đồng
};

class HtmlBuilder
{
public:
    /** @a plainCounts: counts as plain digits ("2532"), for a spreadsheet to read as numbers. */
    HtmlBuilder(const domain::PeriodSummary &summary, Language language, bool plainCounts = false)
        : m_s(summary)
        , m_lang(language)
        , m_plainCounts(plainCounts)
    {
        if (m_s.years.size() > 1) {
            for (const domain::YearFigures &y : m_s.years)
                m_groups.append(ColumnGroup{yearHeader(y), &y.figures, false});
        }
        m_groups.append(ColumnGroup{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Total"), "Tổng cộng"),
            &m_s.total,
            true});
    }

    QString html(ChartImage chart, const QString &chartSource) const
    {
        QString h;
        h += QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                            "<body style=\"font-family:%2; font-size:%3pt;\">")
                 .arg(esc(title()), admin::fontFamilies())
                 .arg(kBodyPt);
        h += header();
        if (m_s.demonstration) {
            h += QStringLiteral("<p align=\"center\" style=\"color:#8a1538; font-weight:bold;\">"
                                "%1</p>")
                     .arg(esc(reportText(
                         m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report",
                                           "DEMONSTRATION DATA — NOT A REPORT OF REAL CASES"),
                         "DỮ LIỆU MINH HỌA — KHÔNG PHẢI BÁO CÁO HỒ SƠ THẬT")));
        }
        h += titleBlock();
        h += heading(reportText(
            m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "I. OVERVIEW"), "I. TÌNH HÌNH CHUNG"));
        // An amount and its currency stay on one line: "8.273.200.000 đ".
        static const QRegularExpression amount(QStringLiteral("(\\d) (đ|VND)"));
        for (QString paragraph : reportNarrative(m_s, m_lang))
            h += QStringLiteral("<p align=\"justify\" style=\"margin-top:4px; "
                                "text-indent:28px;\">%1</p>")
                     .arg(esc(paragraph.replace(amount, QStringLiteral("\\1\u00A0\\2"))));
        if (const QString why = supportedReceivedNote(); !why.isEmpty())
            h += QStringLiteral("<p align=\"justify\" style=\"margin-top:4px; "
                                "text-indent:28px;\">%1</p>")
                     .arg(esc(why));
        if (chart != ChartImage::None) {
            h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"600\" "
                                "height=\"300\"></p>")
                     .arg(chartSource);
        }
        h += heading(reportText(m_lang,
                                QT_TRANSLATE_NOOP("sr::reports::Report", "II. DETAILED FIGURES"),
                                "II. SỐ LIỆU CHI TIẾT"));
        h += QStringLiteral("<p style=\"font-size:%2pt;\"><i>%1</i></p>")
                 .arg(esc(reportText(
                     m_lang,
                     QT_TRANSLATE_NOOP(
                         "sr::reports::Report",
                         "Persons are distinct persons with at least one reception in the "
                         "period; receptions are episodes. In each breakdown a person is "
                         "counted in the row of their first reception in the period "
                         "(outcomes: their latest). Ages are taken at the reception date."),
                     "Số người là số người khác nhau có ít nhất một lần tiếp nhận "
                     "trong kỳ; số lượt là số lần tiếp nhận. Trong mỗi bảng phân tổ, "
                     "mỗi người được tính một lần theo lần tiếp nhận đầu tiên trong kỳ "
                     "(kết quả: theo lần gần nhất). Tuổi tính tại ngày tiếp nhận.")))
                 .arg(kTablePt);
        for (const SectionTable &t : sections())
            h += heading(t.title)
                 + table(t.labelHeader, t.yearSubHeaders, t.totalSubHeaders, t.rows);
        h += signature();
        h += QStringLiteral("</body></html>");
        return h;
    }

    QString title() const
    {
        return reportText(
            m_lang,
            QT_TRANSLATE_NOOP(
                "sr::reports::Report",
                "Report on the reception and support of returned victims of trafficking"),
            "Báo cáo kết quả tiếp nhận, hỗ trợ nạn nhân bị mua bán trở về");
    }

private:
    QString yearHeader(const domain::YearFigures &y) const
    {
        const bool fullYear =
            y.figures.from == QDate(y.year, 1, 1) && y.figures.to == QDate(y.year, 12, 31);
        QString text = reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Year"), "Năm")
                       + QLatin1Char(' ') + QString::number(y.year);
        if (!fullYear) {
            text += QStringLiteral("<br/>(%1–%2)")
                        .arg(y.figures.from.toString(QStringLiteral("dd/MM")),
                             y.figures.to.toString(QStringLiteral("dd/MM")));
        }
        return text;
    }

public:
    /** The sections of part II, in the report's order. */
    QList<SectionTable> sections() const
    {
        return {sectionPersons(),
                sectionWho(),
                sectionSupports(),
                sectionOutcomes(),
                sectionHandovers(),
                sectionCaseWork(),
                sectionHotline(),
                sectionShelter(),
                sectionPrevention()};
    }

    /** The sections as plain tables (reportTables()). */
    QList<ReportTable> tables() const
    {
        QList<ReportTable> out;
        for (const SectionTable &section : sections()) {
            ReportTable t;
            t.title = section.title;
            t.header.append(section.labelHeader);
            t.money.append(false);
            for (const ColumnGroup &group : m_groups) {
                const QStringList &subs =
                    group.isTotal ? section.totalSubHeaders : section.yearSubHeaders;
                QString groupName = group.header;
                groupName.replace(QStringLiteral("<br/>"), QStringLiteral(" "));
                for (qsizetype i = 0; i < subs.size(); ++i) {
                    t.header.append(groupName + QStringLiteral(" – ") + subs.at(i));
                    t.money.append(section.lastIsMoney && i == subs.size() - 1);
                }
            }
            for (const Row &row : section.rows) {
                ReportTable::Row r{row.label, {}, row.style};
                if (row.style != Row::Style::Heading) {
                    for (const ColumnGroup &group : m_groups)
                        r.cells += row.cells(*group.figures, group.isTotal);
                }
                t.rows.append(r);
            }
            out.append(t);
        }
        return out;
    }

private:
    QString count(qint64 v) const
    {
        return m_plainCounts ? QString::number(v) : formatCount(v, m_lang);
    }

    static QString heading(const QString &text) { return admin::heading(text); }

    QString header() const
    {
        const QDate issued = m_s.issuedOn.isValid() ? m_s.issuedOn : m_s.to;
        return admin::header(m_s.issuer,
                             admin::numberLine(m_s.issuer, QStringLiteral("BC"), m_lang),
                             admin::dateLine(m_s.issuer, issued, m_lang),
                             m_lang);
    }

    QString titleBlock() const
    {
        return admin::titleBlock(
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "REPORT"), "BÁO CÁO"),
            reportText(
                m_lang,
                QT_TRANSLATE_NOOP("sr::reports::Report",
                                  "Reception and support of returned victims of trafficking"),
                "Kết quả tiếp nhận, hỗ trợ nạn nhân bị mua bán trở về"),
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Reporting period: "),
                       "Kỳ báo cáo: ")
                + formatRange(m_s.from, m_s.to, m_lang));
    }

    /** The widths a column group needs at the table font: its widest cell per column. */
    qreal groupWidth(const ColumnGroup &group,
                     const QStringList &subs,
                     const QList<QStringList> &cells) const
    {
        qreal width = 0;
        for (qsizetype i = 0; i < subs.size(); ++i) {
            qreal column = widestWordPt(subs.at(i), kTablePt, true);
            for (const QStringList &row : cells)
                column = std::max(column, textWidthPt(row.value(i), kTablePt));
            width += column + kCellPaddingPt;
        }
        return std::max(width, widestWordPt(group.header, kTablePt, true) + kCellPaddingPt);
    }

    /**
     * A table: label column, then per column group one cell per sub-header. Columns are as wide
     * as their widest figure, and a figure never breaks (the document wraps at word boundaries
     * only). When the years do not fit the width of the page beside the label column, the table
     * is split into several with the same rows, the total in the last one.
     */
    QString table(const QString &labelHeader,
                  const QStringList &yearSubHeaders,
                  const QStringList &totalSubHeaders,
                  const QList<Row> &rows) const
    {
        // Every row's cells, per column group, computed once.
        QList<QList<QStringList>> cells(m_groups.size());
        QList<qreal> widths;
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            const ColumnGroup &group = m_groups.at(g);
            for (const Row &row : rows)
                cells[g].append(row.style == Row::Style::Heading
                                    ? QStringList()
                                    : row.cells(*group.figures, group.isTotal));
            widths.append(
                groupWidth(group, group.isTotal ? totalSubHeaders : yearSubHeaders, cells.at(g)));
        }
        QList<QList<qsizetype>> parts{{}};
        qreal used = 0;
        for (qsizetype g = 0; g < m_groups.size(); ++g) {
            if (!parts.last().isEmpty() && used + widths.at(g) > kPageWidthPt - kLabelMinPt) {
                parts.append(QList<qsizetype>());
                used = 0;
            }
            parts.last().append(g);
            used += widths.at(g);
        }
        QString h;
        for (qsizetype p = 0; p < parts.size(); ++p) {
            if (p > 0)
                h += QStringLiteral("<p style=\"margin-top:6px; margin-bottom:2px; "
                                    "font-size:%2pt;\"><i>%1</i></p>")
                         .arg(esc(reportText(
                             m_lang,
                             QT_TRANSLATE_NOOP("sr::reports::Report", "(table continued)"),
                             "(tiếp theo bảng trên)")))
                         .arg(kTablePt);
            h += tablePart(labelHeader, yearSubHeaders, totalSubHeaders, rows, cells, parts.at(p));
        }
        return h;
    }

    QString tablePart(const QString &labelHeader,
                      const QStringList &yearSubHeaders,
                      const QStringList &totalSubHeaders,
                      const QList<Row> &rows,
                      const QList<QList<QStringList>> &cells,
                      const QList<qsizetype> &groups) const
    {
        QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"3\" style=\"font-size:%1pt; "
                                   "border-collapse:collapse;\">")
                        .arg(kTablePt);
        int columns = 1;
        for (qsizetype g : groups)
            columns += int((m_groups.at(g).isTotal ? totalSubHeaders : yearSubHeaders).size());
        const bool subHeaderRow = yearSubHeaders.size() > 1 || totalSubHeaders.size() > 1;
        h += QStringLiteral("<thead><tr>");
        h += QStringLiteral("<th rowspan=\"%1\" bgcolor=\"#eeeeee\">%2</th>")
                 .arg(subHeaderRow ? 2 : 1)
                 .arg(esc(labelHeader));
        for (qsizetype g : groups) {
            const ColumnGroup &group = m_groups.at(g);
            const auto &subs = group.isTotal ? totalSubHeaders : yearSubHeaders;
            h += QStringLiteral("<th colspan=\"%1\" bgcolor=\"#eeeeee\">%2</th>")
                     .arg(subs.size())
                     .arg(subHeaderRow || subs.size() != 1
                              ? group.header
                              : group.header + QStringLiteral("<br/>") + esc(subs.value(0)));
        }
        h += QStringLiteral("</tr>");
        if (subHeaderRow) {
            h += QStringLiteral("<tr>");
            for (qsizetype g : groups) {
                for (const QString &sub : m_groups.at(g).isTotal ? totalSubHeaders : yearSubHeaders)
                    h += QStringLiteral("<th bgcolor=\"#eeeeee\">%1</th>").arg(esc(sub));
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</thead>");
        for (qsizetype r = 0; r < rows.size(); ++r) {
            const Row &row = rows.at(r);
            if (row.style == Row::Style::Heading) {
                h += QStringLiteral("<tr><td colspan=\"%1\"><b><i>%2</i></b></td></tr>")
                         .arg(columns)
                         .arg(esc(row.label));
                continue;
            }
            const bool bold = row.style == Row::Style::Bold;
            const QString open = bold ? QStringLiteral("<b>") : QString();
            const QString close = bold ? QStringLiteral("</b>") : QString();
            h += QStringLiteral("<tr><td>%1%2%3%4</td>")
                     .arg(row.style == Row::Style::Indented ? QStringLiteral("&nbsp;&nbsp;– ")
                          : row.style == Row::Style::SubIndented
                              ? QStringLiteral("&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;&nbsp;+ ")
                              : QString(),
                          open,
                          esc(row.label),
                          close);
            for (qsizetype g : groups) {
                for (const QString &cell : cells.at(g).at(r))
                    h += QStringLiteral("<td align=\"right\">%1%2%3</td>")
                             .arg(open, esc(unbreakable(cell)), close);
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</table>");
        return h;
    }

    QString rowName(const domain::CountRow &row) const
    {
        if (m_lang == Language::English && !row.nameEn.isEmpty())
            return row.nameEn;
        return row.name.isEmpty() ? row.code : row.name;
    }

    static domain::CountRow find(const QList<domain::CountRow> &rows, const QString &code)
    {
        for (const domain::CountRow &row : rows) {
            if (row.code == code)
                return row;
        }
        return domain::CountRow{};
    }

    void appendCountRows(QList<Row> &rows,
                         const QString &title,
                         const QList<domain::CountRow> domain::SummaryFigures::*list,
                         std::function<QString(const domain::CountRow &)> label) const
    {
        rows.append(Row{title, {}, Row::Style::Heading});
        for (const domain::CountRow &total : m_s.total.*list) {
            const QString code = total.code;
            rows.append(Row{label(total),
                            [this, code, list](const domain::SummaryFigures &f, bool) {
                                const domain::CountRow r = find(f.*list, code);
                                return QStringList{count(r.persons), count(r.receptions)};
                            },
                            Row::Style::Indented});
        }
    }

    SectionTable sectionPersons() const
    {
        QList<Row> rows;
        rows.append(Row{reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report", "Persons received"),
                                   "Tổng số người được tiếp nhận"),
                        [this](const domain::SummaryFigures &f, bool) {
                            return QStringList{count(f.persons), count(f.receptions)};
                        },
                        Row::Style::Bold});
        appendCountRows(
            rows,
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "By country returned from"),
                       "Theo nước trở về"),
            &domain::SummaryFigures::byCountry,
            [this](const domain::CountRow &r) { return rowName(r); });
        appendCountRows(rows,
                        reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report", "By receiving agency"),
                                   "Theo cơ quan, đơn vị tiếp nhận"),
                        &domain::SummaryFigures::byAgency,
                        [this](const domain::CountRow &r) { return rowName(r); });
        appendCountRows(
            rows,
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "By route of identification"),
                       "Theo hình thức phát hiện"),
            &domain::SummaryFigures::byRoute,
            [this](const domain::CountRow &r) {
                return codeLabel(CodeKind::Route, r.code, m_lang);
            });
        appendCountRows(
            rows,
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "By identification status"),
                       "Theo tình trạng xác định nạn nhân"),
            &domain::SummaryFigures::byIdentificationStatus,
            [this](const domain::CountRow &r) {
                return codeLabel(CodeKind::IdentificationStatus, r.code, m_lang);
            });
        const QStringList subs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Persons"), "Người"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Receptions"), "Lượt")};
        return SectionTable{
            reportText(
                m_lang,
                QT_TRANSLATE_NOOP("sr::reports::Report", "1. Persons received and supported"),
                "1. Số người được tiếp nhận, hỗ trợ"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Breakdown"), "Chỉ tiêu"),
            subs,
            subs,
            rows};
    }

    SectionTable sectionWho() const
    {
        QList<Row> rows;
        rows.append(
            Row{reportText(m_lang,
                           QT_TRANSLATE_NOOP("sr::reports::Report", "By sex and age at reception"),
                           "Theo giới tính và độ tuổi khi tiếp nhận"),
                {},
                Row::Style::Heading});
        for (const domain::SexAgeRow &total : m_s.total.bySexAge) {
            const QString sex = total.sex;
            const QString band = total.ageBand;
            rows.append(Row{codeLabel(CodeKind::Sex, sex, m_lang) + QStringLiteral(", ")
                                + codeLabel(CodeKind::AgeBand, band, m_lang),
                            [this, sex, band](const domain::SummaryFigures &f, bool) {
                                qint64 n = 0;
                                for (const domain::SexAgeRow &r : f.bySexAge) {
                                    if (r.sex == sex && r.ageBand == band)
                                        n = r.persons;
                                }
                                return QStringList{count(n)};
                            },
                            Row::Style::Indented});
        }
        rows.append(Row{reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report", "Groups"),
                                   "Nhóm đối tượng"),
                        {},
                        Row::Style::Heading});
        auto group = [this, &rows](const QString &label, qint64 domain::GroupCounts::*member) {
            rows.append(Row{label,
                            [this, member](const domain::SummaryFigures &f, bool) {
                                return QStringList{count(f.groups.*member)};
                            },
                            Row::Style::Indented});
        };
        group(reportText(m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report", "Children (under 16)"),
                         "Trẻ em (dưới 16 tuổi)"),
              &domain::GroupCounts::childrenUnder16);
        group(reportText(m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report", "Minors (under 18)"),
                         "Người chưa thành niên (dưới 18 tuổi)"),
              &domain::GroupCounts::minorsUnder18);
        group(reportText(m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report", "Foreign nationals"),
                         "Người có quốc tịch nước ngoài"),
              &domain::GroupCounts::foreignNationals);
        for (const domain::CountRow &total : m_s.total.byNationality) {
            const QString code = total.code;
            rows.append(
                Row{QStringLiteral("     ")
                        + reportText(m_lang,
                                     QT_TRANSLATE_NOOP("sr::reports::Report", "nationality: "),
                                     "quốc tịch ")
                        + rowName(total),
                    [this, code](const domain::SummaryFigures &f, bool) {
                        return QStringList{count(find(f.byNationality, code).persons)};
                    },
                    Row::Style::SubIndented});
        }
        group(reportText(m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report", "Ethnic minorities"),
                         "Người dân tộc thiểu số"),
              &domain::GroupCounts::ethnicMinorities);
        group(reportText(m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report", "Residents of other provinces"),
                         "Người tỉnh ngoài"),
              &domain::GroupCounts::otherProvinceResidents);
        const QStringList subs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Persons"), "Người")};
        return SectionTable{
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "2. Who they are"),
                       "2. Đặc điểm đối tượng"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Breakdown"), "Chỉ tiêu"),
            subs,
            subs,
            rows};
    }

    SectionTable sectionSupports() const
    {
        QList<Row> rows;
        auto cells = [this](const domain::SupportRow &r, bool isTotal) {
            QStringList c;
            if (isTotal)
                c.append(count(r.persons));
            c.append(count(r.times));
            c.append(count(r.amountVnd));
            return c;
        };
        for (const domain::SupportRow &total : m_s.total.supportRows) {
            const QString type = total.type;
            const QString label = m_lang == Language::English && !total.nameEn.isEmpty()
                                      ? total.nameEn
                                      : (total.name.isEmpty() ? total.type : total.name);
            rows.append(Row{label,
                            [type, cells](const domain::SummaryFigures &f, bool isTotal) {
                                domain::SupportRow found;
                                for (const domain::SupportRow &r : f.supportRows) {
                                    if (r.type == type)
                                        found = r;
                                }
                                return cells(found, isTotal);
                            },
                            Row::Style::Normal});
        }
        rows.append(Row{reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report", "Total supports given"),
                                   "Tổng số lượt hỗ trợ"),
                        [this](const domain::SummaryFigures &f, bool isTotal) {
                            QStringList c;
                            if (isTotal)
                                c.append(count(f.personsSupported));
                            c.append(count(f.supports));
                            c.append(count(f.supportAmountVnd));
                            return c;
                        },
                        Row::Style::Bold});
        auto statusRow = [this, &rows](const QString &label, qint64 domain::SummaryFigures::*m) {
            rows.append(Row{label,
                            [this, m](const domain::SummaryFigures &f, bool isTotal) {
                                QStringList c;
                                if (isTotal)
                                    c.append(QString());
                                c.append(count(f.*m));
                                c.append(QString());
                                return c;
                            },
                            Row::Style::Normal});
        };
        statusRow(reportText(m_lang,
                             QT_TRANSLATE_NOOP("sr::reports::Report", "Referred to other services"),
                             "Chuyển gửi dịch vụ khác"),
                  &domain::SummaryFigures::supportsReferred);
        statusRow(reportText(m_lang,
                             QT_TRANSLATE_NOOP("sr::reports::Report", "Declined"),
                             "Từ chối hỗ trợ"),
                  &domain::SummaryFigures::supportsDeclined);
        statusRow(reportText(m_lang,
                             QT_TRANSLATE_NOOP("sr::reports::Report", "Not needed"),
                             "Không có nhu cầu"),
                  &domain::SummaryFigures::supportsNotNeeded);
        const QStringList yearSubs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Times"), "Lượt"),
            reportText(
                m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Amount (VND)"), "Số tiền (đ)")};
        const QStringList totalSubs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Persons"), "Người"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Times"), "Lượt"),
            reportText(
                m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Amount (VND)"), "Số tiền (đ)")};
        return SectionTable{
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "3. Supports given"),
                       "3. Kết quả hỗ trợ"),
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Type of support"),
                       "Hình thức hỗ trợ"),
            yearSubs,
            totalSubs,
            rows,
            true};
    }

    SectionTable sectionOutcomes() const
    {
        QList<Row> rows;
        for (const domain::OutcomeRow &total : m_s.total.outcomes) {
            const QString code = total.code;
            rows.append(Row{codeLabel(CodeKind::Outcome, code, m_lang),
                            [this, code](const domain::SummaryFigures &f, bool) {
                                domain::OutcomeRow found;
                                for (const domain::OutcomeRow &r : f.outcomes) {
                                    if (r.code == code)
                                        found = r;
                                }
                                return QStringList{count(found.persons), count(found.receptions)};
                            },
                            Row::Style::Normal});
        }
        rows.append(Row{reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report", "Follow-ups done"),
                                   "Theo dõi, hỗ trợ sau tiếp nhận"),
                        [this](const domain::SummaryFigures &f, bool) {
                            return QStringList{count(f.personsFollowedUp), count(f.followUps)};
                        },
                        Row::Style::Normal});
        const QStringList subs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Persons"), "Người"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Times"), "Lượt")};
        return SectionTable{
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "4. Outcomes"),
                       "4. Kết quả giải quyết"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Outcome"), "Kết quả"),
            subs,
            subs,
            rows};
    }

    SectionTable sectionHandovers() const
    {
        QList<Row> rows;
        auto add = [this, &rows](const QString &label, qint64 domain::HandoverCounts::*m) {
            rows.append(Row{label,
                            [this, m](const domain::SummaryFigures &f, bool) {
                                return QStringList{count(f.handovers.*m)};
                            },
                            Row::Style::Normal});
        };
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Handovers at border gates"),
                       "Số lượt trao trả qua cửa khẩu"),
            &domain::HandoverCounts::batches);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Persons handed over"),
                       "Số người được trao trả"),
            &domain::HandoverCounts::persons);
        add(reportText(
                m_lang,
                QT_TRANSLATE_NOOP("sr::reports::Report", "Handovers classified and verified"),
                "Số lượt được phân loại, xác minh"),
            &domain::HandoverCounts::verifiedBatches);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Persons classified and verified"),
                       "Số người được phân loại, xác minh"),
            &domain::HandoverCounts::verifiedPersons);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Cases identified"),
                       "Số vụ xác định qua sàng lọc"),
            &domain::HandoverCounts::cases);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Victims identified"),
                       "Số nạn nhân xác định qua sàng lọc"),
            &domain::HandoverCounts::victims);
        const QStringList subs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Count"), "Số lượng")};
        return SectionTable{
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "5. Border handovers"),
                       "5. Tiếp nhận qua trao trả tại cửa khẩu"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Figure"), "Chỉ tiêu"),
            subs,
            subs,
            rows};
    }

    /** Case work over time, in receptions (docs/case-work.md, docs/report-json.md). */
    SectionTable sectionCaseWork() const
    {
        QList<Row> rows;
        auto add = [this, &rows](const QString &label, qint64 domain::CaseWorkCounts::*m) {
            rows.append(Row{label,
                            [this, m](const domain::SummaryFigures &f, bool) {
                                return QStringList{count(f.caseWork.*m)};
                            },
                            Row::Style::Normal});
        };
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Cases opened (receptions)"),
                       "Số hồ sơ mở (lượt tiếp nhận)"),
            &domain::CaseWorkCounts::opened);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Cases closed"),
                       "Số hồ sơ đã đóng"),
            &domain::CaseWorkCounts::closed);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Cases opened with a support plan"),
                       "Số hồ sơ mở có kế hoạch hỗ trợ"),
            &domain::CaseWorkCounts::withPlan);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report",
                                         "Follow-ups due after handover to the family"),
                       "Số lần theo dõi đến hạn sau bàn giao về gia đình"),
            &domain::CaseWorkCounts::followUpsDue);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "of which done"),
                       "trong đó đã thực hiện"),
            &domain::CaseWorkCounts::followUpsDone);
        const QStringList subs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Count"), "Số lượng")};
        return SectionTable{
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "6. Case work"),
                       "6. Quản lý, theo dõi trường hợp"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Figure"), "Chỉ tiêu"),
            subs,
            subs,
            rows};
    }

    /** The kind of a prevention activity, as the report names it (docs/centre-work.md). */
    QString kindLabel(domain::PreventionKind kind) const
    {
        return preventionKindLabel(kind, m_lang);
    }

    /**
     * Prevention and communication (docs/centre-work.md, "## Prevention"): per kind the
     * activities, their quantity (copies, items, sessions, documents) and participants, then the
     * communes reached of the province's total and the clubs active at the end of each range.
     */
    SectionTable sectionPrevention() const
    {
        QList<Row> rows;
        for (const domain::PreventionKind kind : domain::allValues<domain::PreventionKind>()) {
            rows.append(Row{kindLabel(kind),
                            [this, kind](const domain::SummaryFigures &f, bool) {
                                for (const domain::PreventionKindRow &r : f.prevention.byKind) {
                                    if (r.kind == kind)
                                        return QStringList{count(r.quantity),
                                                           domain::hasParticipants(kind)
                                                               ? count(r.participants)
                                                               : QStringLiteral("–")};
                                }
                                return QStringList{count(0), QStringLiteral("–")};
                            },
                            Row::Style::Normal});
        }
        rows.append(Row{reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report",
                                                     "Communes reached / communes of the province"),
                                   "Số xã, phường, thị trấn được tuyên truyền / tổng số"),
                        [](const domain::SummaryFigures &f, bool) {
                            return QStringList{communeFraction(f), QStringLiteral("")};
                        },
                        Row::Style::Bold});
        rows.append(Row{reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report",
                                                     "Prevention clubs active (members)"),
                                   "Câu lạc bộ phòng, chống mua bán người đang hoạt động "
                                   "(thành viên)"),
                        [this](const domain::SummaryFigures &f, bool) {
                            return QStringList{count(f.prevention.clubsActive),
                                               count(f.prevention.clubMembers)};
                        },
                        Row::Style::Bold});
        const QStringList subs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Quantity"), "Số lượng"),
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Participants"),
                       "Lượt người tham dự")};
        return SectionTable{
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "9. Prevention and communication"),
                       "9. Công tác tuyên truyền, phòng ngừa"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Activity"), "Hoạt động"),
            subs,
            subs,
            rows};
    }

    /**
     * Temporary shelter (docs/centre-work.md, "Shelter"; docs/report-json.md, "shelter"),
     * worded as the province's reports word the centre's shelter rooms ("phòng tạm lánh").
     */
    SectionTable sectionShelter() const
    {
        QList<Row> rows;
        auto add = [this, &rows](const QString &label, qint64 domain::ShelterCounts::*m) {
            rows.append(Row{label,
                            [this, m](const domain::SummaryFigures &f, bool) {
                                return QStringList{count(f.shelter.*m)};
                            },
                            Row::Style::Normal});
        };
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Admissions to temporary shelter"),
                       "Số lượt tiếp nhận tạm lánh"),
            &domain::ShelterCounts::admissions);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Persons given temporary shelter"),
                       "Số người được bố trí tạm lánh"),
            &domain::ShelterCounts::persons);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Shelter days"),
                       "Số ngày tạm lánh"),
            &domain::ShelterCounts::shelterDays);
        add(reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Shelter rooms kept ready"),
                       "Số phòng tạm lánh sẵn sàng tiếp nhận"),
            &domain::ShelterCounts::rooms);
        add(reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Beds"), "Số giường"),
            &domain::ShelterCounts::beds);
        rows.append(Row{reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report",
                                                     "Occupancy rate (shelter days / bed days)"),
                                   "Công suất sử dụng (ngày tạm lánh / ngày giường)"),
                        [this](const domain::SummaryFigures &f, bool) {
                            return QStringList{percent(f.shelter.occupancyRate())};
                        },
                        Row::Style::Normal});
        const QStringList subs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Count"), "Số lượng")};
        return SectionTable{
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "8. Temporary shelter"),
                       "8. Bố trí tạm lánh"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Figure"), "Chỉ tiêu"),
            subs,
            subs,
            rows};
    }

    /**
     * The hotline's calls (docs/centre-work.md, "Hotline"; docs/report-json.md, "hotline"),
     * worded as the province's reports word the free 24/7 line 18001769 ("Tổng đài tư vấn
     * miễn phí"): calls received, by reason and by action taken, the emergencies and the calls
     * that became cases.
     */
    SectionTable sectionHotline() const
    {
        QList<Row> rows;
        auto add = [this, &rows](const QString &label, auto value, Row::Style style) {
            rows.append(Row{label,
                            [this, value](const domain::SummaryFigures &f, bool) {
                                return QStringList{count(value(f.hotline))};
                            },
                            style});
        };
        using H = domain::HotlineCounts;
        add(
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Calls received"),
                       "Số cuộc gọi đến tổng đài"),
            [](const H &h) { return h.calls; },
            Row::Style::Bold);
        add(
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "By reason for calling"),
                       "Phân theo nội dung cuộc gọi"),
            [](const H &) { return qint64(-1); },
            Row::Style::Heading);
        for (const domain::CallReason reason : domain::allValues<domain::CallReason>()) {
            const QString code = domain::toCode(reason);
            add(
                hotlineLabel(reason),
                [code](const H &h) { return callsOf(h.byReason, code); },
                Row::Style::Indented);
        }
        add(
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Calls needing emergency help"),
                       "Số trường hợp cần hỗ trợ khẩn cấp"),
            [](const H &h) { return h.emergencies; },
            Row::Style::Normal);
        add(
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report",
                                         "By action taken (a call may have several)"),
                       "Phân theo kết quả xử lý (một cuộc gọi có thể có nhiều hình thức)"),
            [](const H &) { return qint64(-1); },
            Row::Style::Heading);
        for (const domain::CallAction action : domain::allValues<domain::CallAction>()) {
            const QString code = domain::toCode(action);
            add(
                hotlineLabel(action),
                [code](const H &h) { return callsOf(h.byAction, code); },
                Row::Style::Indented);
        }
        add(
            reportText(m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "Calls that became cases"),
                       "Số cuộc gọi được tiếp nhận thành hồ sơ hỗ trợ"),
            [](const H &h) { return h.becameCases; },
            Row::Style::Normal);
        const QStringList subs{
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Calls"), "Cuộc gọi")};
        return SectionTable{
            reportText(
                m_lang,
                QT_TRANSLATE_NOOP("sr::reports::Report", "7. Free 24/7 advice hotline 18001769"),
                "7. Tổng đài tư vấn miễn phí 18001769 (trực 24/24)"),
            reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Figure"), "Chỉ tiêu"),
            subs,
            subs,
            rows};
    }

    /** A rate as a percentage with one decimal: "12,3 %" (vi), "12.3 %" (en). */
    QString percent(double rate) const
    {
        const QLocale locale(m_lang == Language::Vietnamese ? QLocale::Vietnamese
                                                            : QLocale::English);
        return locale.toString(rate * 100.0, 'f', 1) + QStringLiteral("\u00A0%");
    }

    static qint64 callsOf(const QList<domain::HotlineRow> &rows, const QString &code)
    {
        for (const domain::HotlineRow &row : rows) {
            if (row.code == code)
                return row.calls;
        }
        return 0;
    }

    /** The label of a reason or an action: Vietnamese, or the English source text. */
    template<typename E>
    QString hotlineLabel(E value) const
    {
        return m_lang == Language::English ? QString::fromUtf8(domain::label(value))
                                           : domain::labelVi(value);
    }

    /**
     * "Nơi nhận:" with the recipients of the settings on the left; on the right the signer's
     * title ("KT. GIÁM ĐỐC" over the deputy's own title when a deputy signs on the head's
     * behalf), room for the signature and seal, and the signer's name (docs/report-layout.md).
     * The whole block stays on one page.
     */
    QString signature() const
    {
        const domain::Organisation &org = m_s.issuer;
        QStringList lines;
        for (const QString &line : org.recipients) {
            if (!line.trimmed().isEmpty())
                lines.append(line.trimmed());
        }
        if (lines.isEmpty())
            lines = {QStringLiteral("……………………"),
                     reportText(m_lang,
                                QT_TRANSLATE_NOOP("sr::reports::Report", "Filed: Records"),
                                "Lưu: VT")};
        QString recipients =
            QStringLiteral("<b><i><span style=\"font-size:%2pt;\">%1</span></i></b>")
                .arg(esc(reportText(
                    m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Recipients:"), "Nơi nhận:")))
                .arg(kHeaderPt);
        for (qsizetype i = 0; i < lines.size(); ++i) {
            QString line = lines.at(i);
            while (line.endsWith(QLatin1Char(';')) || line.endsWith(QLatin1Char('.')))
                line.chop(1);
            recipients += QStringLiteral("<br/>- ") + esc(line)
                          + (i + 1 < lines.size() ? QStringLiteral(";") : QStringLiteral("."));
        }
        const QString title = admin::signerTitle(org, m_lang);
        const QString sign = QStringLiteral("<b>%1</b><br/><br/><br/><br/><br/><br/><b>%2</b>")
                                 .arg(title, esc(admin::orDots(org.signerName)));
        return QStringLiteral("<br/><table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                              "cellpadding=\"0\"><tr>"
                              "<td width=\"50%\" valign=\"top\" style=\"font-size:%3pt;\">%1</td>"
                              "<td width=\"50%\" align=\"center\" valign=\"top\" "
                              "style=\"font-size:%4pt;\">%2</td>"
                              "</tr></table>")
            .arg(recipients, sign)
            .arg(kRecipientPt)
            .arg(kBodyPt);
    }

    /**
     * Why "persons received" and "persons supported" differ, when they do: a support counts
     * in the period of its own date, so people received before the period are supported in it
     * and people received in it may not have been supported yet.
     */
    QString supportedReceivedNote() const
    {
        const domain::SummaryFigures &t = m_s.total;
        if (t.persons == t.personsSupported)
            return {};
        return reportText(m_lang,
                          QT_TRANSLATE_NOOP("sr::reports::Report",
                                            "The %1 persons supported and the %2 persons received "
                                            "differ because a support counts in the period of its "
                                            "own date: it may be given to a person received "
                                            "earlier, and a person received in the period may not "
                                            "have been supported yet."),
                          "Số người được hỗ trợ (%1) khác số người được tiếp nhận (%2) vì mỗi lượt "
                          "hỗ trợ được tính theo ngày hỗ trợ: có người được tiếp nhận từ kỳ trước "
                          "và được hỗ trợ trong kỳ này, có người được tiếp nhận trong kỳ nhưng "
                          "chưa được hỗ trợ.")
            .arg(unbreakable(count(t.personsSupported)), unbreakable(count(t.persons)));
    }

    const domain::PeriodSummary &m_s;
    Language m_lang;
    bool m_plainCounts = false;
    QList<ColumnGroup> m_groups;
};

class NarrativeBuilder
{
public:
    NarrativeBuilder(const domain::PeriodSummary &summary, Language language)
        : m_s(summary)
        , m_lang(language)
    {}

    QStringList paragraphs() const
    {
        QStringList out;
        const domain::SummaryFigures &t = m_s.total;
        out.append(reportText(m_lang,
                              QT_TRANSLATE_NOOP("sr::reports::Report",
                                                "During %1, %2 returned persons were "
                                                "received and supported (%3 receptions)."),
                              "Giai đoạn %1, đã tiếp nhận, hỗ trợ %2 người bị mua bán trở về (%3 "
                              "lượt tiếp nhận).")
                       .arg(periodPhrase(m_s.from, m_s.to), count(t.persons), count(t.receptions)));
        if (m_s.years.size() > 1) {
            QStringList parts;
            for (const domain::YearFigures &y : m_s.years)
                parts.append(yearSentence(y));
            out.append(reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "In detail: "),
                                  "Cụ thể, ")
                       + parts.join(QStringLiteral("; ")) + QLatin1Char('.'));
        } else {
            out.append(agencySentence(t));
        }
        if (t.groups.childrenUnder16 > 0 || t.groups.foreignNationals > 0
            || t.groups.otherProvinceResidents > 0) {
            out.append(
                reportText(m_lang,
                           QT_TRANSLATE_NOOP(
                               "sr::reports::Report",
                               "Among them, %1 children under 16, %2 minors under 18, %3 foreign "
                               "nationals, %4 ethnic minority persons and %5 residents of other "
                               "provinces."),
                           "Trong đó có %1 trẻ em dưới 16 tuổi, %2 người chưa thành niên dưới 18 "
                           "tuổi, %3 người có quốc tịch nước ngoài, %4 người dân tộc thiểu số và "
                           "%5 người tỉnh ngoài.")
                    .arg(count(t.groups.childrenUnder16),
                         count(t.groups.minorsUnder18),
                         count(t.groups.foreignNationals),
                         count(t.groups.ethnicMinorities),
                         count(t.groups.otherProvinceResidents)));
        }
        out.append(reportText(m_lang,
                              QT_TRANSLATE_NOOP(
                                  "sr::reports::Report",
                                  "%1 supports were given to %2 persons, for a total of %3."),
                              "Đã thực hiện %1 lượt hỗ trợ cho %2 người với tổng kinh phí %3.")
                       .arg(count(t.supports),
                            count(t.personsSupported),
                            formatMoney(t.supportAmountVnd, m_lang)));
        qint64 handedOver = 0;
        qint64 open = 0;
        for (const domain::OutcomeRow &r : t.outcomes) {
            if (r.code == QLatin1String("handed_over_to_family"))
                handedOver = r.persons;
            if (r.code == QLatin1String("open"))
                open = r.persons;
        }
        out.append(
            reportText(m_lang,
                       QT_TRANSLATE_NOOP(
                           "sr::reports::Report",
                           "%1 persons were verified and handed back to their families; %2 are "
                           "still being supported."),
                       "Đã xác minh, bàn giao %1 người trở về gia đình an toàn, hòa nhập cộng "
                       "đồng; %2 người đang tiếp tục được hỗ trợ.")
                .arg(count(handedOver), count(open)));
        const domain::HandoverCounts &h = t.handovers;
        out.append(
            reportText(m_lang,
                       QT_TRANSLATE_NOOP(
                           "sr::reports::Report",
                           "At the border gates, %1 handovers with %2 persons were received; %3 "
                           "handovers with %4 persons were classified and verified, and screening "
                           "identified %5 cases with %6 victims."),
                       "Tại các cửa khẩu đã tiếp nhận %1 lượt trao trả với %2 người, trong đó %3 "
                       "lượt với %4 người được phân loại, xác minh và đã sàng lọc xác định %5 "
                       "vụ với %6 nạn nhân bị mua bán.")
                .arg(count(h.batches),
                     count(h.persons),
                     count(h.verifiedBatches),
                     count(h.verifiedPersons),
                     count(h.cases),
                     count(h.victims)));
        if (t.hotline.calls > 0)
            out.append(hotlineSentence(t.hotline));
        if (const QString prevention = preventionSentence(t.prevention); !prevention.isEmpty())
            out.append(prevention);
        return out;
    }

private:
    /** The hotline's sentence, as the province's report words its free 24/7 line. */
    QString hotlineSentence(const domain::HotlineCounts &c) const
    {
        return reportText(m_lang,
                          QT_TRANSLATE_NOOP("sr::reports::Report",
                                            "The free 24/7 advice hotline 18001769 received %1 "
                                            "calls, %2 of them needing emergency help; %3 calls "
                                            "became cases."),
                          "Duy trì Tổng đài tư vấn miễn phí 18001769, trực 24/24: đã tiếp nhận %1 "
                          "cuộc gọi, trong đó %2 trường hợp cần sự hỗ trợ khẩn cấp; %3 cuộc gọi "
                          "được tiếp nhận thành hồ sơ hỗ trợ.")
            .arg(count(c.calls), count(c.emergencies), count(c.becameCases));
    }

    QString count(qint64 v) const { return formatCount(v, m_lang); }

    QString name(const domain::CountRow &row) const
    {
        if (m_lang == Language::English && !row.nameEn.isEmpty())
            return row.nameEn;
        return row.name.isEmpty() ? row.code : row.name;
    }

    /** "6 tháng đầu năm 2023", "năm 2022", "quý I năm 2023" or "từ 01/02/2023 đến …". */
    QString periodPhrase(const QDate &from, const QDate &to) const
    {
        const int y = from.year();
        const bool sameYear = y == to.year();
        if (sameYear && from == QDate(y, 1, 1) && to == QDate(y, 12, 31))
            return reportText(m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "%1"), "năm %1")
                .arg(y);
        if (sameYear && from == QDate(y, 1, 1) && to == QDate(y, 6, 30))
            return reportText(m_lang,
                              QT_TRANSLATE_NOOP("sr::reports::Report", "the first half of %1"),
                              "6 tháng đầu năm %1")
                .arg(y);
        if (sameYear && from == QDate(y, 7, 1) && to == QDate(y, 12, 31))
            return reportText(m_lang,
                              QT_TRANSLATE_NOOP("sr::reports::Report", "the second half of %1"),
                              "6 tháng cuối năm %1")
                .arg(y);
        if (sameYear && from == QDate(y, 1, 1) && to == QDate(y, 9, 30))
            return reportText(
                       m_lang,
                       QT_TRANSLATE_NOOP("sr::reports::Report", "the first nine months of %1"),
                       "9 tháng đầu năm %1")
                .arg(y);
        if (sameYear && from.day() == 1 && (from.month() - 1) % 3 == 0
            && to == from.addMonths(3).addDays(-1)) {
            // Vietnamese reports number quarters in Roman numerals: "quý III năm 2023".
            const int quarter = (from.month() - 1) / 3 + 1;
            static const char *const roman[] = {"I", "II", "III", "IV"};
            return reportText(m_lang,
                              QT_TRANSLATE_NOOP("sr::reports::Report", "quarter %1 of %2"),
                              "quý %1 năm %2")
                .arg(m_lang == Language::Vietnamese ? QString::fromLatin1(roman[quarter - 1])
                                                    : QString::number(quarter))
                .arg(y);
        }
        if (sameYear && from.day() == 1 && to == from.addMonths(1).addDays(-1))
            return reportText(m_lang,
                              QT_TRANSLATE_NOOP("sr::reports::Report", "month %1/%2"),
                              "tháng %1/%2")
                .arg(from.month())
                .arg(y);
        return reportText(m_lang,
                          QT_TRANSLATE_NOOP("sr::reports::Report", "the period %1 – %2"),
                          "từ %1 đến %2")
            .arg(formatDate(from, m_lang), formatDate(to, m_lang));
    }

    QString countriesPhrase(const domain::SummaryFigures &f) const
    {
        QStringList parts;
        for (const domain::CountRow &r : f.byCountry)
            parts.append(QStringLiteral("%1 (%2)").arg(name(r), count(r.persons)));
        return parts.join(QStringLiteral(", "));
    }

    QString yearSentence(const domain::YearFigures &y) const
    {
        const domain::SummaryFigures &f = y.figures;
        QString s = reportText(m_lang,
                               QT_TRANSLATE_NOOP("sr::reports::Report", "%1: %2 persons received"),
                               "%1 tiếp nhận %2 người")
                        .arg(periodPhrase(f.from, f.to), count(f.persons));
        if (!f.byCountry.isEmpty())
            s += reportText(m_lang,
                            QT_TRANSLATE_NOOP("sr::reports::Report", " returned from %1"),
                            " trở về từ %1")
                     .arg(countriesPhrase(f));
        if (f.groups.childrenUnder16 > 0)
            s += reportText(
                     m_lang,
                     QT_TRANSLATE_NOOP("sr::reports::Report", ", including %1 children under 16"),
                     ", trong đó có %1 trẻ em dưới 16 tuổi")
                     .arg(count(f.groups.childrenUnder16));
        return s;
    }

    QString agencySentence(const domain::SummaryFigures &f) const
    {
        QStringList parts;
        for (const domain::CountRow &r : f.byAgency)
            parts.append(reportText(m_lang,
                                    QT_TRANSLATE_NOOP("sr::reports::Report", "%1 received %2"),
                                    "%1 tiếp nhận %2")
                             .arg(name(r), count(r.persons)));
        if (parts.isEmpty())
            return reportText(
                m_lang,
                QT_TRANSLATE_NOOP("sr::reports::Report", "No person was received in the period."),
                "Trong kỳ không có trường hợp nào được tiếp nhận.");
        return reportText(
                   m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Of these, "), "Trong đó, ")
               + parts.join(QStringLiteral("; ")) + QLatin1Char('.');
    }

    /**
     * The prevention work as the province's report words it ("in và cấp phát 80.000 tờ rơi …
     * tập huấn tại 93/177 xã, phường, thị trấn … 05 Câu lạc bộ"); empty when nothing was
     * recorded in the period and no club is active.
     */
    QString preventionSentence(const domain::PreventionFigures &p) const
    {
        QStringList parts;
        for (const domain::PreventionKindRow &r : p.byKind) {
            if (r.activities == 0)
                continue;
            QString part;
            switch (r.kind) {
            case domain::PreventionKind::Leaflets:
                part = reportText(
                    m_lang,
                    QT_TRANSLATE_NOOP("sr::reports::Report", "%1 leaflets printed and handed out"),
                    "in và cấp phát %1 tờ rơi tuyên truyền");
                break;
            case domain::PreventionKind::Booklets:
                part = reportText(
                    m_lang,
                    QT_TRANSLATE_NOOP("sr::reports::Report", "%1 question-and-answer booklets"),
                    "%1 cuốn tài liệu hỏi đáp pháp luật, chính sách");
                break;
            case domain::PreventionKind::Panels:
                part = reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "%1 panels put up"),
                                  "làm %1 chiếc pano");
                break;
            case domain::PreventionKind::MediaItems:
                part =
                    reportText(m_lang,
                               QT_TRANSLATE_NOOP("sr::reports::Report", "%1 news items published"),
                               "đăng tải %1 tin bài");
                break;
            case domain::PreventionKind::Training:
                part = reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report",
                                                    "%1 training sessions and conferences"),
                                  "tổ chức %1 lớp tập huấn, hội nghị");
                break;
            case domain::PreventionKind::CommunityMeeting:
                part = reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "%1 community meetings"),
                                  "%1 buổi tuyên truyền tại cộng đồng");
                break;
            case domain::PreventionKind::ClubMeeting:
                part = reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "%1 club meetings"),
                                  "%1 buổi sinh hoạt câu lạc bộ");
                break;
            case domain::PreventionKind::DecisionPlan:
                part = reportText(
                    m_lang,
                    QT_TRANSLATE_NOOP("sr::reports::Report", "%1 decisions and plans issued"),
                    "ban hành %1 quyết định, kế hoạch");
                break;
            }
            part = part.arg(count(r.quantity));
            if (r.communes.pre2025 + r.communes.from2025 > 0)
                part += reportText(
                            m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", " in %1"), " tại %1")
                            .arg(communePhrase(r.communes, p.communesTotal, m_lang));
            if (domain::hasParticipants(r.kind) && r.participants > 0)
                part +=
                    reportText(m_lang,
                               QT_TRANSLATE_NOOP("sr::reports::Report", " with %1 participants"),
                               " với %1 lượt người tham dự")
                        .arg(count(r.participants));
            parts.append(part);
        }
        QString sentence;
        if (!parts.isEmpty())
            sentence = reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report",
                                                    "Prevention and communication: %1."),
                                  "Về công tác tuyên truyền: %1.")
                           .arg(parts.join(QStringLiteral("; ")));
        if (p.clubsActive > 0) {
            if (!sentence.isEmpty())
                sentence += QLatin1Char(' ');
            sentence += reportText(m_lang,
                                   QT_TRANSLATE_NOOP("sr::reports::Report",
                                                     "%1 prevention clubs are active, with %2 "
                                                     "members."),
                                   "Duy trì hoạt động của %1 Câu lạc bộ phòng, chống mua bán "
                                   "người và hỗ trợ nạn nhân với %2 thành viên.")
                            .arg(clubCount(p.clubsActive), count(p.clubMembers));
        }
        return sentence;
    }

    /** Clubs are counted with two digits in administrative style ("05 Câu lạc bộ"). */
    QString clubCount(qint64 n) const
    {
        if (m_lang == Language::Vietnamese && n < 10)
            return QStringLiteral("0%1").arg(n);
        return count(n);
    }

    const domain::PeriodSummary &m_s;
    Language m_lang;
};

QByteArray chartPng(const domain::PeriodSummary &summary, Language language)
{
    QByteArray png;
    QBuffer buffer(&png);
    buffer.open(QIODevice::WriteOnly);
    renderReceptionsChart(summary, language).save(&buffer, "PNG");
    return png;
}

} // namespace

QUrl chartResourceUrl()
{
    return QUrl(QStringLiteral("chart:receptions"));
}

QString reportHtml(const domain::PeriodSummary &summary, Language language, ChartImage chart)
{
    QString source;
    if (chart == ChartImage::Resource)
        source = chartResourceUrl().toString();
    else if (chart == ChartImage::Embedded)
        source = QStringLiteral("data:image/png;base64,")
                 + QString::fromLatin1(chartPng(summary, language).toBase64());
    return HtmlBuilder(summary, language).html(chart, source);
}

QList<ReportTable> reportTables(const domain::PeriodSummary &summary, Language language)
{
    return HtmlBuilder(summary, language, true).tables();
}

QStringList reportNarrative(const domain::PeriodSummary &summary, Language language)
{
    return NarrativeBuilder(summary, language).paragraphs();
}

void ensureReportFonts()
{
    static bool done = false;
    if (done)
        return;
    done = true;
    const QStringList families = QFontDatabase::families();
    if (families.contains(QStringLiteral("Liberation Serif"))
        && families.contains(QStringLiteral("Noto Serif"))
        && families.contains(QStringLiteral("Noto Sans")))
        return;
    // Not known to the platform's font database (e.g. a minimal offscreen setup): load them
    // from the usual folders so Vietnamese diacritics are drawn and embedded in PDFs.
    // Liberation Serif (fonts-liberation2) is metrically compatible with Times New Roman,
    // the face of administrative documents; Noto Serif is the fallback, Noto Sans the chart's.
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    folders << QStringLiteral("/usr/share/fonts/truetype/liberation2")
            << QStringLiteral("/usr/share/fonts/truetype/liberation")
            << QStringLiteral("/usr/share/fonts/truetype/noto")
            << QStringLiteral("/usr/share/fonts/noto");
    for (const QString &folder : folders) {
        for (const QString &file : {QStringLiteral("LiberationSerif-Regular.ttf"),
                                    QStringLiteral("LiberationSerif-Bold.ttf"),
                                    QStringLiteral("LiberationSerif-Italic.ttf"),
                                    QStringLiteral("LiberationSerif-BoldItalic.ttf"),
                                    QStringLiteral("NotoSerif-Regular.ttf"),
                                    QStringLiteral("NotoSerif-Bold.ttf"),
                                    QStringLiteral("NotoSerif-Italic.ttf"),
                                    QStringLiteral("NotoSerif-BoldItalic.ttf"),
                                    QStringLiteral("NotoSans-Regular.ttf"),
                                    QStringLiteral("NotoSans-Bold.ttf")}) {
            const QString path = QDir(folder).filePath(file);
            if (QFileInfo::exists(path))
                QFontDatabase::addApplicationFont(path);
        }
    }
}

std::unique_ptr<QTextDocument> createReportDocument(const domain::PeriodSummary &summary,
                                                    Language language)
{
    auto document = admin::createDocument();
    document->addResource(
        QTextDocument::ImageResource, chartResourceUrl(), renderReceptionsChart(summary, language));
    document->setHtml(reportHtml(summary, language, ChartImage::Resource));
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 HtmlBuilder(summary, language).title());
    return document;
}

} // namespace sr::reports
