#include "AdminDocument.h"

#include "ReportDocument.h"

#include <QFont>
#include <QTextOption>

namespace sr::reports::admin {

QString esc(const QString &text)
{
    return text.toHtmlEscaped();
}

QString unbreakable(QString text)
{
    return text.replace(QLatin1Char(' '), QChar(0x00A0));
}

QString orDots(const QString &text)
{
    return text.trimmed().isEmpty() ? QStringLiteral("……………………") : text.trimmed();
}

QString caps(const QString &text)
{
    return text.toUpper();
}

QString fontFamilies()
{
    return QStringLiteral("'Liberation Serif', 'Times New Roman', 'Tinos', 'Noto Serif'");
}

QString heading(const QString &text)
{
    return QStringLiteral("<p style=\"-qt-user-state:%3; margin-top:10px; "
                          "margin-bottom:4px; font-size:%2pt;\"><b>%1</b></p>")
        .arg(esc(text))
        .arg(kBodyPt)
        .arg(kHeadingState);
}

QString numberLine(const domain::Organisation &org, const QString &typeAbbreviation, Language lang)
{
    const QString abbreviation = org.abbreviation.trimmed();
    const QString suffix = typeAbbreviation + QLatin1Char('-')
                           + (abbreviation.isEmpty() ? QStringLiteral("……") : abbreviation);
    return reportText(lang, QT_TRANSLATE_NOOP("sr::reports::Report", "No.: "), "Số: ")
           + QStringLiteral("…………/") + suffix;
}

QString dateLine(const domain::Organisation &org, const QDate &date, Language lang)
{
    const QString place = orDots(org.place) + QStringLiteral(", ");
    if (lang == Language::English)
        return place + formatDate(date, lang);
    const QString month =
        date.month() <= 2 ? date.toString(QStringLiteral("MM")) : QString::number(date.month());
    return place
           + QStringLiteral("ngày %1 tháng %2 năm %3")
                 .arg(date.toString(QStringLiteral("dd")), month, QString::number(date.year()));
}

QString header(const domain::Organisation &org,
               const QString &numberLine,
               const QString &dateLine,
               Language lang)
{
    QString left;
    if (!org.parentName.trimmed().isEmpty())
        left += esc(caps(org.parentName.trimmed())) + QStringLiteral("<br/>");
    left += QStringLiteral("<b>%1</b><br/>").arg(esc(caps(orDots(org.name))));
    left += QStringLiteral("<span>――――――</span><br/>");
    left += QStringLiteral("<span style=\"font-size:%1pt;\">%2</span>")
                .arg(kBodyPt)
                .arg(esc(numberLine));
    const QString right =
        QStringLiteral("<b>%1</b><br/><b><span style=\"font-size:%2pt;\">%3</span></b><br/>"
                       "<span>――――――――――――――</span><br/>"
                       "<i><span style=\"font-size:%2pt;\">%4</span></i>")
            .arg(esc(reportText(
                lang,
                QT_TRANSLATE_NOOP("sr::reports::Report", "SOCIALIST REPUBLIC OF VIET NAM"),
                "CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM")))
            .arg(kBodyPt)
            .arg(esc(reportText(
                     lang,
                     QT_TRANSLATE_NOOP("sr::reports::Report", "Independence - Freedom - Happiness"),
                     "Độc lập - Tự do - Hạnh phúc")),
                 esc(dateLine));
    return QStringLiteral("<table width=\"100%\" cellspacing=\"0\" cellpadding=\"0\" border=\"0\" "
                          "style=\"font-size:%3pt;\"><tr>"
                          "<td width=\"42%\" align=\"center\" valign=\"top\">%1</td>"
                          "<td width=\"58%\" align=\"center\" valign=\"top\">%2</td>"
                          "</tr></table>")
        .arg(left, right)
        .arg(kHeaderPt);
}

QString titleBlock(const QString &type, const QString &summary, const QString &subtitle)
{
    QString html = QStringLiteral("<p align=\"center\" style=\"margin-top:18px; font-size:%2pt;\">"
                                  "<b>%1</b></p>")
                       .arg(esc(type))
                       .arg(kTitlePt);
    if (!summary.isEmpty())
        html += QStringLiteral("<p align=\"center\" style=\"margin-top:0px; font-size:%2pt;\">"
                               "<b>%1</b></p>")
                    .arg(esc(summary))
                    .arg(kTitlePt);
    if (!subtitle.isEmpty())
        html += QStringLiteral("<p align=\"center\"><i>%1</i></p>").arg(esc(subtitle));
    return html;
}

QString signerTitle(const domain::Organisation &org, Language lang)
{
    const QString head = caps(orDots(org.headTitle));
    if (!org.deputySigns)
        return esc(head);
    return esc(reportText(lang, QT_TRANSLATE_NOOP("sr::reports::Report", "FOR THE %1"), "KT. %1")
                   .arg(head))
           + QStringLiteral("<br/>") + esc(caps(orDots(org.deputyTitle)));
}

std::unique_ptr<QTextDocument> createDocument()
{
    ensureReportFonts();
    auto document = std::make_unique<QTextDocument>();
    QFont font;
    font.setFamilies({QStringLiteral("Liberation Serif"),
                      QStringLiteral("Times New Roman"),
                      QStringLiteral("Tinos"),
                      QStringLiteral("Noto Serif")});
    font.setPointSize(kBodyPt);
    document->setDefaultFont(font);
    QTextOption option = document->defaultTextOption();
    option.setWrapMode(QTextOption::WordWrap);
    document->setDefaultTextOption(option);
    return document;
}

} // namespace sr::reports::admin
