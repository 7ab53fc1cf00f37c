#include "ReportDocument.h"

#include "ReportChart.h"

#include <QBuffer>
#include <QDir>
#include <QFileInfo>
#include <QFontDatabase>
#include <QStandardPaths>

#include <functional>

namespace sr::reports {

namespace {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

/** One group of columns in a table: a calendar year of the period, or the total. */
struct ColumnGroup
{
    QString header;
    const domain::SummaryFigures *figures = nullptr;
    bool isTotal = false;
};

/** A table row: a label and, for each column group, its cells. */
struct Row
{
    QString label;
    std::function<QStringList(const domain::SummaryFigures &, bool isTotal)> cells;
    enum class Style { Normal, Bold, Heading, Indented, SubIndented } style = Style::Normal;
};

class HtmlBuilder
{
public:
    HtmlBuilder(const domain::PeriodSummary &summary, Language language)
        : m_s(summary)
        , m_lang(language)
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
                            "<body style=\"font-family:'Noto Serif'; font-size:11pt;\">")
                 .arg(esc(title()));
        h += header();
        h += titleBlock();
        h += heading(reportText(
            m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "I. OVERVIEW"), "I. TÌNH HÌNH CHUNG"));
        for (const QString &paragraph : reportNarrative(m_s, m_lang))
            h += QStringLiteral("<p align=\"justify\" style=\"margin-top:4px; "
                                "text-indent:28px;\">%1</p>")
                     .arg(esc(paragraph));
        if (chart != ChartImage::None) {
            h += QStringLiteral("<p align=\"center\"><img src=\"%1\" width=\"600\" "
                                "height=\"300\"></p>")
                     .arg(chartSource);
        }
        h += heading(reportText(m_lang,
                                QT_TRANSLATE_NOOP("sr::reports::Report", "II. DETAILED FIGURES"),
                                "II. SỐ LIỆU CHI TIẾT"));
        h += QStringLiteral("<p style=\"font-size:9pt;\"><i>%1</i></p>")
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
                     "(kết quả: theo lần gần nhất). Tuổi tính tại ngày tiếp nhận.")));
        h += sectionPersons();
        h += sectionWho();
        h += sectionSupports();
        h += sectionOutcomes();
        h += sectionHandovers();
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

    QString count(qint64 v) const { return formatCount(v, m_lang); }

    QString heading(const QString &text) const
    {
        return QStringLiteral("<p style=\"margin-top:10px; margin-bottom:4px;\"><b>%1</b></p>")
            .arg(esc(text));
    }

    QString header() const
    {
        const QString parent = m_s.parentBody.toUpper();
        // Without an organisation set up, leave a line to fill in by hand.
        const QString body = m_s.issuingBody.isEmpty() ? QStringLiteral("……………………………………")
                                                       : m_s.issuingBody.toUpper();
        QString left;
        if (!parent.isEmpty())
            left += esc(parent) + QStringLiteral("<br/>");
        left += QStringLiteral("<b>%1</b><br/>").arg(esc(body));
        left += QStringLiteral("<span>―――――</span><br/>");
        left += esc(reportText(m_lang,
                               QT_TRANSLATE_NOOP("sr::reports::Report", "No.: ......../BC"),
                               "Số: ......../BC"));
        QString right =
            QStringLiteral("<b>%1</b><br/><b><u>%2</u></b><br/><br/><i>%3</i>")
                .arg(esc(reportText(
                         m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report", "SOCIALIST REPUBLIC OF VIET NAM"),
                         "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")),
                     esc(reportText(m_lang,
                                    QT_TRANSLATE_NOOP("sr::reports::Report",
                                                      "Independence - Freedom - Happiness"),
                                    "Độc lập - Tự do - Hạnh phúc")),
                     esc(dateLine()));
        return QStringLiteral(
                   "<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                   "style=\"font-size:10pt;\"><tr>"
                   "<td width=\"48%\" align=\"center\" valign=\"top\">%1</td>"
                   "<td width=\"52%\" align=\"center\" valign=\"top\">%2</td>"
                   "</tr></table>")
            .arg(left, right);
    }

    QString dateLine() const
    {
        const QDate d = m_s.issuedOn.isValid() ? m_s.issuedOn : m_s.to;
        const QString place = m_s.place.isEmpty() ? QString() : m_s.place + QStringLiteral(", ");
        if (m_lang == Language::English)
            return place + formatDate(d, m_lang);
        return place
               + QStringLiteral("ngày %1 tháng %2 năm %3")
                     .arg(d.toString(QStringLiteral("dd")),
                          d.toString(QStringLiteral("MM")),
                          QString::number(d.year()));
    }

    QString titleBlock() const
    {
        return QStringLiteral("<p align=\"center\" style=\"margin-top:18px; font-size:14pt;\">"
                              "<b>%1</b></p>"
                              "<p align=\"center\" style=\"margin-top:0px;\"><b>%2</b></p>"
                              "<p align=\"center\"><i>%3</i></p>")
            .arg(esc(reportText(
                     m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "REPORT"), "BÁO CÁO")),
                 esc(reportText(
                     m_lang,
                     QT_TRANSLATE_NOOP("sr::reports::Report",
                                       "Reception and support of returned victims of trafficking"),
                     "Kết quả tiếp nhận, hỗ trợ nạn nhân bị mua bán trở về")),
                 esc(reportText(m_lang,
                                QT_TRANSLATE_NOOP("sr::reports::Report", "Reporting period: "),
                                "Kỳ báo cáo: ")
                     + formatRange(m_s.from, m_s.to, m_lang)));
    }

    /** A table: label column, then per column group one cell per sub-header. */
    QString table(const QString &labelHeader,
                  const QStringList &yearSubHeaders,
                  const QStringList &totalSubHeaders,
                  const QList<Row> &rows,
                  const QList<int> &yearWeights = {},
                  const QList<int> &totalWeights = {}) const
    {
        QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"2\" style=\"font-family:'Noto Sans'; "
                                   "font-size:8pt; border-collapse:collapse;\">");
        int columns = 1;
        for (const ColumnGroup &g : m_groups)
            columns += int((g.isTotal ? totalSubHeaders : yearSubHeaders).size());
        const bool subHeaderRow = yearSubHeaders.size() > 1 || totalSubHeaders.size() > 1;
        // The label column takes 30 % (22 % when many years share the width); the figures
        // share the rest by weight (default 1).
        const int labelPercent = m_groups.size() > 5 ? 22 : 30;
        int units = 0;
        for (const ColumnGroup &g : m_groups) {
            const auto &subs = g.isTotal ? totalSubHeaders : yearSubHeaders;
            const auto &weights = g.isTotal ? totalWeights : yearWeights;
            for (qsizetype i = 0; i < subs.size(); ++i)
                units += weights.value(i, 1);
        }
        auto width = [units, labelPercent](int weight) {
            return QString::number((100.0 - labelPercent) * weight / units, 'f', 2);
        };
        h += QStringLiteral("<thead><tr>");
        h += QStringLiteral("<th rowspan=\"%1\" width=\"%2%\" bgcolor=\"#eeeeee\">%3</th>")
                 .arg(subHeaderRow ? 2 : 1)
                 .arg(labelPercent)
                 .arg(esc(labelHeader));
        for (const ColumnGroup &g : m_groups) {
            const auto &subs = g.isTotal ? totalSubHeaders : yearSubHeaders;
            h +=
                QStringLiteral("<th colspan=\"%1\"%2 bgcolor=\"#eeeeee\">%3</th>")
                    .arg(subs.size())
                    .arg(
                        subHeaderRow
                            ? QString()
                            : QStringLiteral(" width=\"%1%\"")
                                  .arg(width((g.isTotal ? totalWeights : yearWeights).value(0, 1))))
                    .arg(subHeaderRow || subs.size() != 1
                             ? g.header
                             : g.header + QStringLiteral("<br/>") + esc(subs.value(0)));
        }
        h += QStringLiteral("</tr>");
        if (subHeaderRow) {
            h += QStringLiteral("<tr>");
            for (const ColumnGroup &g : m_groups) {
                const auto &subs = g.isTotal ? totalSubHeaders : yearSubHeaders;
                const auto &weights = g.isTotal ? totalWeights : yearWeights;
                for (qsizetype i = 0; i < subs.size(); ++i) {
                    h += QStringLiteral("<th width=\"%1%\" bgcolor=\"#eeeeee\">%2</th>")
                             .arg(width(weights.value(i, 1)), esc(subs.at(i)));
                }
            }
            h += QStringLiteral("</tr>");
        }
        h += QStringLiteral("</thead>");
        for (const Row &row : rows) {
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
            for (const ColumnGroup &g : m_groups) {
                const QStringList cells = row.cells(*g.figures, g.isTotal);
                for (const QString &cell : cells)
                    h += QStringLiteral("<td align=\"right\"><span style=\"white-space:nowrap;\">"
                                        "%1%2%3</span></td>")
                             .arg(open, cell, close);
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

    QString sectionPersons() const
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
        return heading(reportText(
                   m_lang,
                   QT_TRANSLATE_NOOP("sr::reports::Report", "1. Persons received and supported"),
                   "1. Số người được tiếp nhận, hỗ trợ"))
               + table(reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "Breakdown"),
                                  "Chỉ tiêu"),
                       subs,
                       subs,
                       rows);
    }

    QString sectionWho() const
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
        return heading(reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "2. Who they are"),
                                  "2. Đặc điểm đối tượng"))
               + table(reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "Breakdown"),
                                  "Chỉ tiêu"),
                       subs,
                       subs,
                       rows);
    }

    QString sectionSupports() const
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
        return heading(reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "3. Supports given"),
                                  "3. Kết quả hỗ trợ"))
               + table(reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "Type of support"),
                                  "Hình thức hỗ trợ"),
                       yearSubs,
                       totalSubs,
                       rows,
                       {2, 4},
                       {3, 2, 4});
    }

    QString sectionOutcomes() const
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
        return heading(reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "4. Outcomes"),
                                  "4. Kết quả giải quyết"))
               + table(reportText(
                           m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Outcome"), "Kết quả"),
                       subs,
                       subs,
                       rows);
    }

    QString sectionHandovers() const
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
        return heading(reportText(m_lang,
                                  QT_TRANSLATE_NOOP("sr::reports::Report", "5. Border handovers"),
                                  "5. Tiếp nhận qua trao trả tại cửa khẩu"))
               + table(reportText(
                           m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "Figure"), "Chỉ tiêu"),
                       subs,
                       subs,
                       rows);
    }

    QString signature() const
    {
        const QString recipients =
            QStringLiteral("<b><i>%1</i></b><br/>- %2;<br/>- %3;<br/>- %4.")
                .arg(esc(reportText(m_lang,
                                    QT_TRANSLATE_NOOP("sr::reports::Report", "Recipients:"),
                                    "Nơi nhận:")),
                     esc(reportText(
                         m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report",
                                           "Department of Labour, Invalids and Social Affairs"),
                         "Sở Lao động - Thương binh và Xã hội")),
                     esc(reportText(
                         m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report", "Provincial People's Committee"),
                         "UBND tỉnh")),
                     esc(reportText(m_lang,
                                    QT_TRANSLATE_NOOP("sr::reports::Report", "Filed: Records"),
                                    "Lưu: VT")));
        const QString sign =
            QStringLiteral("<b>%1</b><br/><i>%2</i><br/><br/><br/><br/><br/>")
                .arg(esc(reportText(
                         m_lang, QT_TRANSLATE_NOOP("sr::reports::Report", "DIRECTOR"), "GIÁM ĐỐC")),
                     esc(reportText(
                         m_lang,
                         QT_TRANSLATE_NOOP("sr::reports::Report", "(signature, full name, seal)"),
                         "(Ký, ghi rõ họ tên, đóng dấu)")));
        return QStringLiteral("<br/><table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                              "style=\"font-size:10pt;\"><tr>"
                              "<td width=\"50%\" valign=\"top\" style=\"font-size:9pt;\">%1</td>"
                              "<td width=\"50%\" align=\"center\" valign=\"top\">%2</td>"
                              "</tr></table>")
            .arg(recipients, sign);
    }

    const domain::PeriodSummary &m_s;
    Language m_lang;
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
        return out;
    }

private:
    QString count(qint64 v) const { return formatCount(v, m_lang); }

    QString name(const domain::CountRow &row) const
    {
        if (m_lang == Language::English && !row.nameEn.isEmpty())
            return row.nameEn;
        return row.name.isEmpty() ? row.code : row.name;
    }

    /** "6 tháng đầu năm 2023", "năm 2022", "quý 1 năm 2023" or "từ 01/02/2023 đến …". */
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
        if (sameYear && from.day() == 1 && (from.month() - 1) % 3 == 0
            && to == from.addMonths(3).addDays(-1))
            return reportText(m_lang,
                              QT_TRANSLATE_NOOP("sr::reports::Report", "quarter %1 of %2"),
                              "quý %1 năm %2")
                .arg((from.month() - 1) / 3 + 1)
                .arg(y);
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
    if (families.contains(QStringLiteral("Noto Serif"))
        && families.contains(QStringLiteral("Noto Sans")))
        return;
    // Not known to the platform's font database (e.g. a minimal offscreen setup): load them
    // from the usual folders so Vietnamese diacritics are drawn and embedded in PDFs.
    QStringList folders = QStandardPaths::standardLocations(QStandardPaths::FontsLocation);
    folders << QStringLiteral("/usr/share/fonts/truetype/noto")
            << QStringLiteral("/usr/share/fonts/noto");
    for (const QString &folder : folders) {
        for (const QString &file : {QStringLiteral("NotoSerif-Regular.ttf"),
                                    QStringLiteral("NotoSerif-Bold.ttf"),
                                    QStringLiteral("NotoSerif-Italic.ttf"),
                                    QStringLiteral("NotoSerif-BoldItalic.ttf"),
                                    QStringLiteral("NotoSans-Regular.ttf"),
                                    QStringLiteral("NotoSans-Bold.ttf"),
                                    QStringLiteral("NotoSans-Italic.ttf")}) {
            const QString path = QDir(folder).filePath(file);
            if (QFileInfo::exists(path))
                QFontDatabase::addApplicationFont(path);
        }
    }
}

std::unique_ptr<QTextDocument> createReportDocument(const domain::PeriodSummary &summary,
                                                    Language language)
{
    ensureReportFonts();
    auto document = std::make_unique<QTextDocument>();
    document->setDefaultFont(QFont(QStringLiteral("Noto Serif"), 11));
    document->addResource(
        QTextDocument::ImageResource, chartResourceUrl(), renderReceptionsChart(summary, language));
    document->setHtml(reportHtml(summary, language, ChartImage::Resource));
    document->setMetaInformation(QTextDocument::DocumentTitle,
                                 HtmlBuilder(summary, language).title());
    return document;
}

} // namespace sr::reports
