#pragma once

#include "ReportFormat.h"
#include "domain/Reference.h"

#include <QDate>
#include <QString>
#include <QTextDocument>

#include <memory>

// The parts every administrative document of the reports layer shares (docs/report-layout.md):
// the period report (ReportDocument.cpp) and the case documents (CaseDocuments.cpp) are laid
// out by the same rules of Decree 30/2020/NĐ-CP, so their header, title and signer's title
// come from here. Internal to the reports layer.
namespace sr::reports::admin {

// Type sizes in points: body text 13, the header blocks 12, the title 14, the tables and the
// recipients 11.
inline constexpr int kBodyPt = 13;
inline constexpr int kHeaderPt = 12;
inline constexpr int kTitlePt = 14;
inline constexpr int kTablePt = 11;
inline constexpr int kRecipientPt = 11;

/** @a text escaped for the HTML of QTextDocument. */
QString esc(const QString &text);

/** @a text with non-breaking spaces: "1.500.000 đ" stays on one line. */
QString unbreakable(QString text);

/** @a text, or a dotted line to fill in by hand when it is missing. */
QString orDots(const QString &text);

/** Upper case as printed in the header blocks; "đ" has an upper case of its own. */
QString caps(const QString &text);

/** The documents' faces: a Times-metric serif first, Noto Serif last. */
QString fontFamilies();

/**
 * A section heading, body-size bold. Its block carries the user state kHeadingState (Qt's
 * "-qt-user-state"), by which paintReportPages() keeps it on the page of what follows it.
 */
QString heading(const QString &text);

/**
 * "Số: …………/BC-TTCTXH": @a typeAbbreviation is the document type's abbreviation (BC báo cáo,
 * BB biên bản, DS danh sách), the agency's abbreviation comes from @a org; the number itself is
 * written in by the clerk who registers the document.
 */
QString numberLine(const domain::Organisation &org, const QString &typeAbbreviation, Language lang);

/**
 * "Quảng Ninh, ngày 05 tháng 02 năm 2026": a day below 10 and the months 1 and 2 take a leading
 * zero, the other months none.
 */
QString dateLine(const domain::Organisation &org, const QDate &date, Language lang);

/**
 * The header table: left the body above, the agency in bold capitals, a short rule and
 * @a numberLine; right the national title, the motto with its rule and @a dateLine.
 */
QString header(const domain::Organisation &org,
               const QString &numberLine,
               const QString &dateLine,
               Language lang);

/** The document type ("BÁO CÁO") and its summary, bold and centred, and an italic line under. */
QString titleBlock(const QString &type, const QString &summary, const QString &subtitle);

/**
 * The signer's title as HTML: the head's title in capitals, or "KT. GIÁM ĐỐC<br/>PHÓ GIÁM ĐỐC"
 * when a deputy signs on the head's behalf.
 */
QString signerTitle(const domain::Organisation &org, Language lang);

/**
 * An empty document in the face and size of the administrative documents, wrapping lines at
 * word boundaries only (QTextDocument's default also breaks inside a word that does not fit,
 * which split amounts across lines in narrow table columns). Needs a QGuiApplication.
 */
std::unique_ptr<QTextDocument> createDocument();

} // namespace sr::reports::admin
