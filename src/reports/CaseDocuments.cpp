#include "CaseDocuments.h"

#include "AdminDocument.h"
#include "ReportDocument.h"
#include "ReportPdf.h"

#include <QPdfWriter>

#include <algorithm>

namespace sr::reports {

namespace {

using admin::esc;
using admin::kBodyPt;
using admin::kTablePt;
using admin::orDots;
using admin::unbreakable;

/** The dotted line of a detail written in by hand on the paper. */
const QString kDots = QStringLiteral("……………………………………");

class CaseHtml
{
public:
    CaseHtml(const CaseDossier &dossier, Language language)
        : m_d(dossier)
        , m_lang(language)
    {}

    QString caseFile() const
    {
        QString h = begin(title(CaseDocument::CaseFile));
        h += admin::header(m_d.issuer, caseCodeLine(), dateLine(), m_lang);
        h += admin::titleBlock(t(QT_TRANSLATE_NOOP("sr::reports::Report", "CASE FILE"), "HỒ SƠ"),
                               t(QT_TRANSLATE_NOOP("sr::reports::Report",
                                                   "Reception and support of a returned person"),
                                 "Tiếp nhận, hỗ trợ người trở về"),
                               {});
        h += admin::heading(t(QT_TRANSLATE_NOOP("sr::reports::Report", "I. IDENTITY AND RESIDENCE"),
                              "I. THÔNG TIN NHÂN THÂN VÀ NƠI CƯ TRÚ"));
        h += fields(identityRows(true));
        h += admin::heading(
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "II. RECEPTIONS"), "II. CÁC LẦN TIẾP NHẬN"));
        if (m_d.receptions.isEmpty())
            h += paragraph(t(QT_TRANSLATE_NOOP("sr::reports::Report", "No reception recorded."),
                             "Chưa có lần tiếp nhận nào."));
        for (qsizetype i = 0; i < m_d.receptions.size(); ++i)
            h += receptionSection(i);
        h += admin::heading(t(QT_TRANSLATE_NOOP("sr::reports::Report", "III. ATTACHED PAPERS"),
                              "III. GIẤY TỜ, TÀI LIỆU KÈM THEO"));
        h += attachmentTable();
        h += QStringLiteral("</body></html>");
        return h;
    }

    QString minutes(qsizetype index) const
    {
        const DossierReception &r = m_d.receptions.at(index);
        QString h = begin(title(CaseDocument::ReceptionMinutes));
        h += admin::header(m_d.issuer,
                           admin::numberLine(m_d.issuer, QStringLiteral("BB"), m_lang),
                           dateLine(),
                           m_lang);
        h += admin::titleBlock(
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "MINUTES"), "BIÊN BẢN"),
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "Reception of a returned person"),
              "Tiếp nhận người trở về"),
            {});
        const QDate day = r.reception.receptionDate;
        const QString dayText = m_lang == Language::English
                                    ? formatDate(day, m_lang)
                                    : QStringLiteral("ngày %1 tháng %2 năm %3")
                                          .arg(day.toString(QStringLiteral("dd")),
                                               day.month() <= 2 ? day.toString(QStringLiteral("MM"))
                                                                : QString::number(day.month()),
                                               QString::number(day.year()));
        h += paragraph(t(QT_TRANSLATE_NOOP("sr::reports::Report",
                                           "Today, at …… h …… on %1, at %2, we the "
                                           "undersigned:"),
                         "Hôm nay, vào hồi …… giờ …… phút, %1, tại %2, chúng tôi gồm:")
                           .arg(dayText, place(r)));
        h += admin::heading(
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "1. The handing-over side"), "1. Bên giao"));
        h += fields(handingOverRows(r));
        h += admin::heading(
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "2. The receiving side"), "2. Bên nhận"));
        h += fields({{t(QT_TRANSLATE_NOOP("sr::reports::Report", "Agency"), "Cơ quan, đơn vị"),
                      agency(r.reception.agencyCode)},
                     representative(),
                     position()});
        h += paragraph(
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "hand over and receive the person below:"),
              "tiến hành giao, nhận người có thông tin dưới đây:"));
        h += admin::heading(t(QT_TRANSLATE_NOOP("sr::reports::Report", "3. The person received"),
                              "3. Người được tiếp nhận"));
        QList<QPair<QString, QString>> rows = identityRows(false);
        rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Returned from"), "Trở về từ"),
                     country(r.reception.countryCode)});
        rows.append(
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "How returned"), "Hình thức trở về"),
             codeLabel(CodeKind::Route, domain::toCode(r.reception.route), m_lang)});
        h += fields(rows);
        h += admin::heading(t(QT_TRANSLATE_NOOP("sr::reports::Report", "4. Papers handed over"),
                              "4. Giấy tờ, tài liệu giao kèm"));
        QStringList papers;
        if (m_d.person.documentType != domain::DocumentType::None)
            papers.append(identityPaper());
        for (const domain::Attachment &a : m_d.attachments)
            if (a.receptionId == r.reception.meta.id)
                papers.append(documentTypeName(a.documentType)
                              + (a.documentDate.isValid() ? QStringLiteral(" (%1)").arg(
                                     formatDate(a.documentDate, m_lang))
                                                          : QString()));
        for (const QString &paper : papers)
            h += paragraph(QStringLiteral("- ") + paper);
        h += paragraph(QStringLiteral("- ") + kDots + kDots);
        h += admin::heading(
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "5. Health and condition when received"),
              "5. Tình trạng sức khỏe, tinh thần khi tiếp nhận"));
        h += paragraph(kDots + kDots);
        h += paragraph(kDots + kDots);
        h += paragraph(t(QT_TRANSLATE_NOOP("sr::reports::Report",
                                           "The minutes end at …… h …… the same day. They are "
                                           "made in three copies of equal value: one for each "
                                           "side and one for the case file."),
                         "Biên bản kết thúc vào hồi …… giờ …… phút cùng ngày, được lập thành 03 "
                         "bản có giá trị như nhau, mỗi bên giữ 01 bản, 01 bản lưu hồ sơ."));
        h += signatures({t(QT_TRANSLATE_NOOP("sr::reports::Report", "FOR THE HANDING-OVER SIDE"),
                           "ĐẠI DIỆN BÊN GIAO"),
                         t(QT_TRANSLATE_NOOP("sr::reports::Report", "THE PERSON RECEIVED"),
                           "NGƯỜI ĐƯỢC TIẾP NHẬN"),
                         t(QT_TRANSLATE_NOOP("sr::reports::Report", "FOR THE RECEIVING SIDE"),
                           "ĐẠI DIỆN BÊN NHẬN")},
                        {QString(), esc(m_d.person.fullName), QString()});
        h += QStringLiteral("</body></html>");
        return h;
    }

    QString receipts(std::optional<qsizetype> index) const
    {
        QString h = begin(title(CaseDocument::SupportReceipts));
        h += admin::header(m_d.issuer,
                           admin::numberLine(m_d.issuer, QStringLiteral("DS"), m_lang),
                           dateLine(),
                           m_lang);
        QString subtitle;
        if (index)
            subtitle =
                t(QT_TRANSLATE_NOOP("sr::reports::Report", "Reception of %1"),
                  "Lần tiếp nhận ngày %1")
                    .arg(formatDate(m_d.receptions.at(*index).reception.receptionDate, m_lang));
        h += admin::titleBlock(
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "LIST"), "DANH SÁCH"),
            t(QT_TRANSLATE_NOOP("sr::reports::Report", "Signatures for the support received"),
              "Ký nhận tiền, hiện vật hỗ trợ"),
            subtitle);
        h += fields(
            {{t(QT_TRANSLATE_NOOP("sr::reports::Report", "Full name"), "Họ và tên"),
              QStringLiteral("<b>%1</b>").arg(esc(orDots(m_d.person.fullName)))},
             {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Case code"), "Mã hồ sơ"),
              esc(m_d.person.caseCode)},
             {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Identity paper"), "Giấy tờ tùy thân"),
              esc(identityPaper())}},
            false);
        QList<domain::Support> supports;
        for (qsizetype i = 0; i < m_d.receptions.size(); ++i) {
            if (index && *index != i)
                continue;
            for (const domain::Support &s : m_d.receptions.at(i).supports)
                if (s.status == domain::SupportStatus::Provided)
                    supports.append(s);
        }
        std::stable_sort(supports.begin(), supports.end(), [](const auto &a, const auto &b) {
            return a.date < b.date;
        });
        QString table =
            tableStart({t(QT_TRANSLATE_NOOP("sr::reports::Report", "No."), "STT"),
                        t(QT_TRANSLATE_NOOP("sr::reports::Report", "Date"), "Ngày"),
                        t(QT_TRANSLATE_NOOP("sr::reports::Report", "Support"), "Nội dung hỗ trợ"),
                        t(QT_TRANSLATE_NOOP("sr::reports::Report", "Quantity"), "Số lượng"),
                        t(QT_TRANSLATE_NOOP("sr::reports::Report", "Amount"), "Số tiền"),
                        t(QT_TRANSLATE_NOOP("sr::reports::Report", "Signature"), "Ký nhận")});
        qint64 total = 0;
        int n = 0;
        for (const domain::Support &s : supports) {
            total += s.amountVnd;
            table += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                                    "<td align=\"right\">%4</td><td align=\"right\">%5</td>"
                                    "<td width=\"22%\"><br/><br/></td></tr>")
                         .arg(++n)
                         .arg(formatDate(s.date, m_lang),
                              esc(supportType(s.typeCode)),
                              unbreakable(formatCount(s.quantity, m_lang)),
                              unbreakable(formatMoney(s.amountVnd, m_lang)));
        }
        if (supports.isEmpty())
            table +=
                QStringLiteral("<tr><td colspan=\"6\" align=\"center\"><i>%1</i></td></tr>")
                    .arg(esc(t(QT_TRANSLATE_NOOP("sr::reports::Report", "No support provided."),
                               "Chưa có khoản hỗ trợ nào được trao.")));
        table += QStringLiteral("<tr><td colspan=\"4\"><b>%1</b></td>"
                                "<td align=\"right\"><b>%2</b></td><td></td></tr></table>")
                     .arg(esc(t(QT_TRANSLATE_NOOP("sr::reports::Report", "Total"), "Tổng cộng")),
                          unbreakable(formatMoney(total, m_lang)));
        h += table;
        h += paragraph(QStringLiteral("<i>%1</i> %2")
                           .arg(esc(t(QT_TRANSLATE_NOOP("sr::reports::Report", "In words:"),
                                      "Số tiền bằng chữ:")),
                                esc(amountInWords(total, m_lang) + QLatin1Char('.'))),
                       false);
        h += signatures({t(QT_TRANSLATE_NOOP("sr::reports::Report", "PREPARED BY"), "NGƯỜI LẬP"),
                         t(QT_TRANSLATE_NOOP("sr::reports::Report", "ACCOUNTANT"), "KẾ TOÁN"),
                         admin::signerTitle(m_d.issuer, m_lang)},
                        {QString(), QString(), esc(m_d.issuer.signerName.trimmed())},
                        true);
        h += QStringLiteral("</body></html>");
        return h;
    }

    QString title(CaseDocument document) const
    {
        switch (document) {
        case CaseDocument::CaseFile:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Case file"), "Hồ sơ");
        case CaseDocument::ReceptionMinutes:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Reception minutes"),
                     "Biên bản tiếp nhận");
        case CaseDocument::SupportReceipts:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Support receipt list"),
                     "Danh sách ký nhận hỗ trợ");
        }
        return {};
    }

private:
    QString t(const char *en, const char *vi) const { return reportText(m_lang, en, vi); }

    /** The document's title in the HTML is not personal: the case code stays out of it. */
    QString begin(const QString &documentTitle) const
    {
        return QStringLiteral("<html><head><meta charset=\"utf-8\"><title>%1</title></head>"
                              "<body style=\"font-family:%2; font-size:%3pt;\">")
            .arg(esc(documentTitle), admin::fontFamilies())
            .arg(kBodyPt);
    }

    QString dateLine() const { return admin::dateLine(m_d.issuer, m_d.issuedOn, m_lang); }

    /** The case file has no register number: the case code stands in the number line. */
    QString caseCodeLine() const
    {
        return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Case code: "), "Mã hồ sơ: ")
               + orDots(m_d.person.caseCode);
    }

    static QString paragraph(const QString &html, bool escape = true)
    {
        return QStringLiteral("<p align=\"justify\" style=\"margin-top:4px;\">%1</p>")
            .arg(escape ? esc(html) : html);
    }

    /** Label and value rows without borders; values are HTML already when @a escape is false. */
    static QString fields(const QList<QPair<QString, QString>> &rows, bool escape = true)
    {
        QString h = QStringLiteral("<table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                                   "cellpadding=\"2\">");
        for (const auto &[label, value] : rows)
            h += QStringLiteral("<tr><td width=\"34%\" valign=\"top\">%1:</td>"
                                "<td width=\"66%\" valign=\"top\">%2</td></tr>")
                     .arg(esc(label), escape ? esc(orDots(value)) : value);
        return h + QStringLiteral("</table>");
    }

    /**
     * A bordered table with @a headers; @a widths (percent of the page's width, one per column)
     * keep a file name or a date on one line where the default widths would squeeze it.
     */
    static QString tableStart(const QStringList &headers, const QList<int> &widths = {})
    {
        QString h = QStringLiteral("<table width=\"100%\" border=\"1\" cellspacing=\"0\" "
                                   "cellpadding=\"3\" style=\"font-size:%1pt; "
                                   "border-collapse:collapse;\"><thead><tr>")
                        .arg(kTablePt);
        for (qsizetype i = 0; i < headers.size(); ++i) {
            const QString width =
                i < widths.size() ? QStringLiteral(" width=\"%1%\"").arg(widths.at(i)) : QString();
            h += QStringLiteral("<th bgcolor=\"#eeeeee\"%2>%1</th>").arg(esc(headers.at(i)), width);
        }
        return h + QStringLiteral("</tr></thead>");
    }

    /**
     * The signature blocks side by side: a title in bold capitals, "(signature and full name)"
     * in italics, room to sign and a name under it when it is known (@a names, HTML).
     */
    QString signatures(const QStringList &titles,
                       const QStringList &names,
                       bool titlesAreHtml = false) const
    {
        QString h = QStringLiteral("<br/><table width=\"100%\" border=\"0\" cellspacing=\"0\" "
                                   "cellpadding=\"0\"><tr>");
        const int width = 100 / int(titles.size());
        for (qsizetype i = 0; i < titles.size(); ++i) {
            const QString title =
                titlesAreHtml && i == titles.size() - 1 ? titles.at(i) : esc(titles.at(i));
            h +=
                QStringLiteral("<td width=\"%1%\" align=\"center\" valign=\"top\">"
                               "<b>%2</b><br/><i>%3</i><br/><br/><br/><br/><br/><b>%4</b></td>")
                    .arg(width)
                    .arg(
                        title,
                        esc(t(QT_TRANSLATE_NOOP("sr::reports::Report", "(signature and full name)"),
                              "(Ký, ghi rõ họ tên)")),
                        names.value(i));
        }
        return h + QStringLiteral("</tr></table>");
    }

    QPair<QString, QString> representative() const
    {
        return {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Represented by"), "Đại diện là ông/bà"),
                kDots};
    }

    QPair<QString, QString> position() const
    {
        return {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Position"), "Chức vụ"), kDots};
    }

    QList<QPair<QString, QString>> handingOverRows(const DossierReception &r) const
    {
        QList<QPair<QString, QString>> rows;
        if (r.batch) {
            rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Agency"), "Cơ quan, đơn vị"),
                         r.batch->foreignAgency});
            rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Border gate"), "Cửa khẩu"),
                         name(m_d.borderGates, r.batch->borderGateCode)});
            rows.append(
                {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Handover batch"), "Đợt trao trả"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "of %1, %2 persons"),
                   "ngày %1, gồm %2 người")
                     .arg(formatDate(r.batch->date, m_lang),
                          formatCount(r.batch->personsTotal, m_lang))});
        } else {
            rows.append(
                {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Agency"), "Cơ quan, đơn vị"), kDots});
        }
        rows.append(representative());
        rows.append(position());
        return rows;
    }

    /** Where the minutes are made: the border gate of a handover, else the receiving agency. */
    QString place(const DossierReception &r) const
    {
        if (r.batch && !r.batch->borderGateCode.isEmpty())
            // The gate's name says what it is ("Cửa khẩu quốc tế Móng Cái").
            return name(m_d.borderGates, r.batch->borderGateCode);
        return orDots(agency(r.reception.agencyCode));
    }

    QString name(const QHash<QString, DossierName> &names, const QString &code) const
    {
        if (code.isEmpty())
            return {};
        const auto it = names.constFind(code);
        if (it == names.constEnd())
            return code;
        return m_lang == Language::English && !it->en.isEmpty() ? it->en : it->vi;
    }

    QString agency(const QString &code) const { return name(m_d.agencies, code); }
    QString country(const QString &code) const { return name(m_d.countries, code); }
    QString supportType(const QString &code) const { return name(m_d.supportTypes, code); }

    QString documentTypeName(const QString &code) const
    {
        for (const domain::AttachmentType &type : m_d.documentTypes)
            if (type.code == code)
                return m_lang == Language::English && !type.nameEn.isEmpty() ? type.nameEn
                                                                             : type.nameVi;
        return code;
    }

    QString identityPaper() const
    {
        using domain::DocumentType;
        QString kind;
        switch (m_d.person.documentType) {
        case DocumentType::Cccd:
            kind = t(QT_TRANSLATE_NOOP("sr::reports::Report", "Citizen identity card"),
                     "Căn cước công dân");
            break;
        case DocumentType::Passport:
            kind = t(QT_TRANSLATE_NOOP("sr::reports::Report", "Passport"), "Hộ chiếu");
            break;
        case DocumentType::BirthCertificate:
            kind =
                t(QT_TRANSLATE_NOOP("sr::reports::Report", "Birth certificate"), "Giấy khai sinh");
            break;
        case DocumentType::Other:
            kind = t(QT_TRANSLATE_NOOP("sr::reports::Report", "Other paper"), "Giấy tờ khác");
            break;
        case DocumentType::None:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "None"), "Không có");
        }
        const QString number = m_d.person.documentNumber.trimmed();
        return number.isEmpty()
                   ? kind
                   : t(QT_TRANSLATE_NOOP("sr::reports::Report", "%1 no. %2"), "%1 số %2")
                         .arg(kind, number);
    }

    QString birth() const
    {
        const domain::Person &p = m_d.person;
        if (!p.birthDate.isNull())
            return p.birthDate.toDisplayString();
        if (p.estimatedAgeYears)
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "about %1 years old (on %2)"),
                     "khoảng %1 tuổi (tại ngày %2)")
                .arg(*p.estimatedAgeYears)
                .arg(formatDate(p.estimatedAgeAsOf, m_lang));
        return {};
    }

    QString residence() const
    {
        const domain::Person &p = m_d.person;
        QStringList parts;
        const QString commune = p.residenceCommune.isEmpty()
                                    ? p.residenceCommuneText.trimmed()
                                    : m_d.communes.value(p.residenceCommune, p.residenceCommune);
        if (!commune.isEmpty())
            parts.append(commune);
        if (!p.residenceProvince.isEmpty())
            parts.append(m_d.provinces.value(p.residenceProvince, p.residenceProvince));
        return parts.join(QStringLiteral(", "));
    }

    QList<QPair<QString, QString>> identityRows(bool full) const
    {
        const domain::Person &p = m_d.person;
        QList<QPair<QString, QString>> rows{
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Full name"), "Họ và tên"), p.fullName}};
        if (full || !p.otherNames.trimmed().isEmpty())
            rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Other names"), "Tên gọi khác"),
                         p.otherNames});
        rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Sex"), "Giới tính"),
                     codeLabel(CodeKind::Sex, domain::toCode(p.sex), m_lang)});
        rows.append(
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Date of birth"), "Ngày sinh"), birth()});
        rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Nationality"), "Quốc tịch"),
                     country(p.nationality)});
        rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Ethnic group"), "Dân tộc"),
                     m_d.ethnicGroups.value(p.ethnicity, p.ethnicity)});
        rows.append(
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Identity paper"), "Giấy tờ tùy thân"),
             identityPaper()});
        rows.append(
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Place of residence"), "Nơi cư trú"),
             residence()});
        rows.append(
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Address"), "Địa chỉ"), p.addressLine});
        if (full) {
            rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Phone"), "Điện thoại"),
                         unbreakable(p.phone.trimmed())}); // a phone number never breaks
            rows.append(
                {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Family contact"), "Liên hệ gia đình"),
                 p.familyContact});
            QStringList consent;
            if (p.consent.services)
                consent.append(
                    t(QT_TRANSLATE_NOOP("sr::reports::Report", "services"), "nhận dịch vụ"));
            if (p.consent.informationSharing)
                consent.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "information sharing"),
                                 "chia sẻ thông tin"));
            if (p.consent.statistics)
                consent.append(
                    t(QT_TRANSLATE_NOOP("sr::reports::Report", "statistics"), "thống kê"));
            rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Consents to"), "Đồng ý"),
                         consent.isEmpty()
                             ? t(QT_TRANSLATE_NOOP("sr::reports::Report", "nothing recorded"),
                                 "chưa ghi nhận")
                             : consent.join(QStringLiteral(", "))});
            if (!p.notes.trimmed().isEmpty())
                rows.append(
                    {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Notes"), "Ghi chú"), p.notes});
        }
        return rows;
    }

    QString exploitation(const QList<domain::ExploitationForm> &forms) const
    {
        using domain::ExploitationForm;
        QStringList names;
        for (ExploitationForm form : forms) {
            switch (form) {
            case ExploitationForm::SexualExploitation:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "sexual exploitation"),
                               "bóc lột tình dục"));
                break;
            case ExploitationForm::ForcedLabour:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "forced labour"),
                               "cưỡng bức lao động"));
                break;
            case ExploitationForm::ForcedMarriage:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "forced marriage"),
                               "cưỡng ép kết hôn"));
                break;
            case ExploitationForm::ChildSale:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "sale of a child"),
                               "mua bán trẻ em"));
                break;
            case ExploitationForm::OrganRemoval:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "organ removal"),
                               "lấy bộ phận cơ thể"));
                break;
            case ExploitationForm::ForcedCrime:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "forced crime"),
                               "cưỡng ép phạm tội"));
                break;
            case ExploitationForm::ForcedBegging:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "forced begging"),
                               "cưỡng ép ăn xin"));
                break;
            case ExploitationForm::Other:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "other"), "khác"));
                break;
            case ExploitationForm::Unknown:
                names.append(t(QT_TRANSLATE_NOOP("sr::reports::Report", "unknown"), "chưa rõ"));
                break;
            }
        }
        return names.join(QStringLiteral(", "));
    }

    QString supportStatus(domain::SupportStatus status) const
    {
        switch (status) {
        case domain::SupportStatus::Provided:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Provided"), "Đã hỗ trợ");
        case domain::SupportStatus::Referred:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Referred"), "Đã chuyển gửi");
        case domain::SupportStatus::Declined:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Declined"), "Từ chối");
        case domain::SupportStatus::NotNeeded:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Not needed"), "Không cần");
        }
        return {};
    }

    QString followUpKind(domain::FollowUpKind kind) const
    {
        switch (kind) {
        case domain::FollowUpKind::HomeVisit:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Home visit"), "Thăm tại nhà");
        case domain::FollowUpKind::PhoneCall:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Phone call"), "Gọi điện");
        case domain::FollowUpKind::OfficeVisit:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Office visit"), "Đến cơ quan");
        case domain::FollowUpKind::Other:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Other"), "Khác");
        }
        return {};
    }

    QString reintegration(domain::ReintegrationStatus status) const
    {
        switch (status) {
        case domain::ReintegrationStatus::Stable:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Stable"), "Ổn định");
        case domain::ReintegrationStatus::NeedsSupport:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Needs support"), "Cần hỗ trợ");
        case domain::ReintegrationStatus::NotApplicable:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Not applicable"), "Không áp dụng");
        case domain::ReintegrationStatus::Unknown:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Unknown"), "Chưa rõ");
        }
        return {};
    }

    QString goalArea(domain::GoalArea area) const
    {
        using domain::GoalArea;
        switch (area) {
        case GoalArea::Health:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Health"), "Sức khỏe");
        case GoalArea::Psychological:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Psychological"), "Tâm lý");
        case GoalArea::Family:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Family"), "Gia đình");
        case GoalArea::Legal:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Legal"), "Pháp lý");
        case GoalArea::Education:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Education"), "Học tập");
        case GoalArea::Vocational:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Vocational"), "Học nghề");
        case GoalArea::Economic:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Economic"), "Kinh tế");
        case GoalArea::Safety:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Safety"), "An toàn");
        }
        return {};
    }

    QString goalStatus(domain::GoalStatus status) const
    {
        using domain::GoalStatus;
        switch (status) {
        case GoalStatus::Planned:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Planned"), "Dự kiến");
        case GoalStatus::InProgress:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "In progress"), "Đang thực hiện");
        case GoalStatus::Achieved:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Achieved"), "Đạt");
        case GoalStatus::Dropped:
            return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Dropped"), "Dừng");
        }
        return {};
    }

    QString receptionSection(qsizetype index) const
    {
        const DossierReception &r = m_d.receptions.at(index);
        const domain::Reception &rec = r.reception;
        QString h =
            QStringLiteral("<p style=\"-qt-user-state:%1; margin-top:8px;\"><b><i>%2</i></b></p>")
                .arg(kHeadingState)
                .arg(esc(t(QT_TRANSLATE_NOOP("sr::reports::Report", "Reception %1, %2"),
                           "Lần tiếp nhận thứ %1, ngày %2")
                             .arg(index + 1)
                             .arg(formatDate(rec.receptionDate, m_lang))));
        QList<QPair<QString, QString>> rows{
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Receiving agency"), "Cơ quan tiếp nhận"),
             agency(rec.agencyCode)},
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "How returned"), "Hình thức trở về"),
             codeLabel(CodeKind::Route, domain::toCode(rec.route), m_lang)},
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Returned from"), "Trở về từ"),
             country(rec.countryCode)}};
        if (r.batch)
            rows.append(
                {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Handover batch"), "Đợt trao trả"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "%1, %2"), "ngày %1, %2")
                     .arg(formatDate(r.batch->date, m_lang),
                          name(m_d.borderGates, r.batch->borderGateCode))});
        rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Forms of exploitation"),
                       "Hình thức bị bóc lột"),
                     exploitation(rec.exploitation)});
        QString identification = codeLabel(
            CodeKind::IdentificationStatus, domain::toCode(rec.identificationStatus), m_lang);
        if (!rec.identificationAgencyCode.isEmpty() || rec.identificationDate.isValid()) {
            QStringList by;
            if (!rec.identificationAgencyCode.isEmpty())
                by.append(agency(rec.identificationAgencyCode));
            if (rec.identificationDate.isValid())
                by.append(formatDate(rec.identificationDate, m_lang));
            identification += QStringLiteral(" (%1)").arg(by.join(QStringLiteral(", ")));
        }
        rows.append(
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Identification"), "Xác định nạn nhân"),
             identification});
        if (!rec.identificationBasis.trimmed().isEmpty())
            rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Basis of identification"),
                           "Căn cứ xác định"),
                         rec.identificationBasis});
        QString status =
            rec.caseStatus == domain::CaseStatus::Open
                ? codeLabel(CodeKind::Outcome, QStringLiteral("open"), m_lang)
                : codeLabel(CodeKind::Outcome,
                            rec.outcome ? domain::toCode(*rec.outcome) : QStringLiteral("other"),
                            m_lang);
        if (rec.caseStatus == domain::CaseStatus::Closed && rec.closedDate.isValid())
            status += QStringLiteral(" (%1)").arg(formatDate(rec.closedDate, m_lang));
        rows.append({t(QT_TRANSLATE_NOOP("sr::reports::Report", "Status"), "Tình trạng"), status});
        if (!rec.notes.trimmed().isEmpty())
            rows.append(
                {t(QT_TRANSLATE_NOOP("sr::reports::Report", "Notes"), "Ghi chú"), rec.notes});
        h += fields(rows);

        h +=
            subheading(t(QT_TRANSLATE_NOOP("sr::reports::Report", "Supports"), "Các khoản hỗ trợ"));
        if (r.supports.isEmpty()) {
            h += paragraph(
                t(QT_TRANSLATE_NOOP("sr::reports::Report", "None recorded."), "Chưa ghi nhận."));
        } else {
            QString table = tableStart(
                {t(QT_TRANSLATE_NOOP("sr::reports::Report", "No."), "STT"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Date"), "Ngày"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Support"), "Nội dung hỗ trợ"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Provided by"), "Đơn vị thực hiện"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Quantity"), "Số lượng"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Amount"), "Số tiền"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Status"), "Tình trạng")});
            qint64 total = 0;
            int n = 0;
            for (const domain::Support &s : r.supports) {
                // The total is what was given: a referred or declined support is no money paid.
                if (s.status == domain::SupportStatus::Provided)
                    total += s.amountVnd;
                table += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                                        "<td>%4</td><td align=\"right\">%5</td>"
                                        "<td align=\"right\">%6</td><td>%7</td></tr>")
                             .arg(++n)
                             .arg(formatDate(s.date, m_lang),
                                  esc(supportType(s.typeCode)),
                                  esc(agency(s.providerAgencyCode)),
                                  unbreakable(formatCount(s.quantity, m_lang)),
                                  unbreakable(formatMoney(s.amountVnd, m_lang)),
                                  esc(supportStatus(s.status)));
            }
            table += QStringLiteral("<tr><td colspan=\"5\"><b>%1</b></td>"
                                    "<td align=\"right\"><b>%2</b></td><td></td></tr></table>")
                         .arg(esc(t(QT_TRANSLATE_NOOP("sr::reports::Report", "Total provided"),
                                    "Tổng số tiền đã hỗ trợ")),
                              unbreakable(formatMoney(total, m_lang)));
            h += table;
        }

        h += subheading(t(QT_TRANSLATE_NOOP("sr::reports::Report", "Follow-ups"),
                          "Theo dõi, hỗ trợ sau tiếp nhận"));
        if (r.followUps.isEmpty()) {
            h += paragraph(
                t(QT_TRANSLATE_NOOP("sr::reports::Report", "None recorded."), "Chưa ghi nhận."));
        } else {
            QString table =
                tableStart({t(QT_TRANSLATE_NOOP("sr::reports::Report", "No."), "STT"),
                            t(QT_TRANSLATE_NOOP("sr::reports::Report", "Date"), "Ngày"),
                            t(QT_TRANSLATE_NOOP("sr::reports::Report", "Kind"), "Hình thức"),
                            t(QT_TRANSLATE_NOOP("sr::reports::Report", "Health"), "Sức khỏe"),
                            t(QT_TRANSLATE_NOOP("sr::reports::Report", "Housing"), "Nơi ở"),
                            t(QT_TRANSLATE_NOOP("sr::reports::Report", "Work"), "Việc làm"),
                            t(QT_TRANSLATE_NOOP("sr::reports::Report", "Schooling"), "Học tập")});
            int n = 0;
            for (const domain::FollowUp &f : r.followUps)
                table += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                                        "<td>%4</td><td>%5</td><td>%6</td><td>%7</td></tr>")
                             .arg(++n)
                             .arg(formatDate(f.date, m_lang),
                                  esc(followUpKind(f.kind)),
                                  esc(reintegration(f.health)),
                                  esc(reintegration(f.housing)),
                                  esc(reintegration(f.work)),
                                  esc(reintegration(f.schooling)));
            h += table + QStringLiteral("</table>");
        }

        h += subheading(t(QT_TRANSLATE_NOOP("sr::reports::Report", "Support plan"),
                          "Kế hoạch hỗ trợ, tái hòa nhập"));
        if (r.goals.isEmpty()) {
            h += paragraph(
                t(QT_TRANSLATE_NOOP("sr::reports::Report", "None recorded."), "Chưa ghi nhận."));
        } else {
            QString table = tableStart(
                {t(QT_TRANSLATE_NOOP("sr::reports::Report", "No."), "STT"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Area"), "Lĩnh vực"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Goal"), "Mục tiêu"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Planned actions"), "Hoạt động"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Target date"), "Thời hạn"),
                 t(QT_TRANSLATE_NOOP("sr::reports::Report", "Status"), "Tình trạng")});
            int n = 0;
            for (const domain::PlanGoal &g : r.goals)
                table += QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                                        "<td>%4</td><td>%5</td><td>%6</td></tr>")
                             .arg(++n)
                             .arg(esc(goalArea(g.area)),
                                  esc(g.goal),
                                  esc(g.actions),
                                  formatDate(g.targetDate, m_lang),
                                  esc(goalStatus(g.status)));
            h += table + QStringLiteral("</table>");
        }
        return h;
    }

    /** A heading inside a reception, kept with what follows like the section headings. */
    static QString subheading(const QString &text)
    {
        return QStringLiteral("<p style=\"-qt-user-state:%1; margin-top:6px; margin-bottom:2px;\">"
                              "<i>%2</i></p>")
            .arg(kHeadingState)
            .arg(esc(text));
    }

    QString fileSize(qint64 bytes) const
    {
        const QChar point = m_lang == Language::Vietnamese ? QLatin1Char(',') : QLatin1Char('.');
        if (bytes < 1024)
            return unbreakable(formatCount(bytes, m_lang) + QStringLiteral(" B"));
        if (bytes < 1024 * 1024)
            return unbreakable(formatCount((bytes + 512) / 1024, m_lang) + QStringLiteral(" KB"));
        const qint64 tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
        return unbreakable(formatCount(tenths / 10, m_lang) + point + QString::number(tenths % 10)
                           + QStringLiteral(" MB"));
    }

    /** What an attachment belongs to: the person, or a reception, support or follow-up. */
    QString attachedTo(const domain::Attachment &a) const
    {
        for (const DossierReception &r : m_d.receptions) {
            const QString receptionDate = formatDate(r.reception.receptionDate, m_lang);
            if (a.receptionId == r.reception.meta.id)
                return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Reception of %1"),
                         "Lần tiếp nhận ngày %1")
                    .arg(receptionDate);
            for (const domain::Support &s : r.supports)
                if (a.supportId == s.meta.id)
                    return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Support of %1: %2"),
                             "Hỗ trợ ngày %1: %2")
                        .arg(formatDate(s.date, m_lang), supportType(s.typeCode));
            for (const domain::FollowUp &f : r.followUps)
                if (a.followUpId == f.meta.id)
                    return t(QT_TRANSLATE_NOOP("sr::reports::Report", "Follow-up of %1"),
                             "Theo dõi ngày %1")
                        .arg(formatDate(f.date, m_lang));
        }
        return t(QT_TRANSLATE_NOOP("sr::reports::Report", "The person"), "Cá nhân");
    }

    QString attachmentTable() const
    {
        if (m_d.attachments.isEmpty())
            return paragraph(t(QT_TRANSLATE_NOOP("sr::reports::Report", "No paper attached."),
                               "Chưa có giấy tờ, tài liệu đính kèm."));
        QString table = tableStart(
            {t(QT_TRANSLATE_NOOP("sr::reports::Report", "No."), "STT"),
             t(QT_TRANSLATE_NOOP("sr::reports::Report", "File name"), "Tên tệp"),
             t(QT_TRANSLATE_NOOP("sr::reports::Report", "Document type"), "Loại giấy tờ"),
             t(QT_TRANSLATE_NOOP("sr::reports::Report", "Date"), "Ngày"),
             t(QT_TRANSLATE_NOOP("sr::reports::Report", "Size"), "Dung lượng"),
             t(QT_TRANSLATE_NOOP("sr::reports::Report", "Attached to"), "Kèm theo")},
            {6, 30, 20, 13, 10, 21});
        int n = 0;
        for (const domain::Attachment &a : m_d.attachments)
            table +=
                QStringLiteral("<tr><td align=\"center\">%1</td><td>%2</td><td>%3</td>"
                               "<td>%4</td><td align=\"right\">%5</td><td>%6</td></tr>")
                    .arg(++n)
                    .arg(esc(a.fileName),
                         esc(documentTypeName(a.documentType)),
                         a.documentDate.isValid() ? formatDate(a.documentDate, m_lang) : QString(),
                         fileSize(a.sizeBytes),
                         esc(attachedTo(a)));
        return table + QStringLiteral("</table>");
    }

    const CaseDossier &m_d;
    Language m_lang;
};

// Vietnamese number words (the "bằng chữ" line under a total): groups of three digits with
// nghìn, triệu and tỷ; "mười" for ten, "mươi" for the other tens; "mốt" for a one after a
// tens of twenty and up, "lăm" for a five after any tens; "linh" for a zero tens before a
// unit; "không trăm" for a zero hundreds in a group that follows another.
const char *const kViDigits[] = {
    "không", "một", "hai", "ba", "bốn", "năm", "sáu", "bảy", "tám", "chín"};

QString viTriple(int n, bool full)
{
    const int hundreds = n / 100;
    const int tens = n / 10 % 10;
    const int units = n % 10;
    QStringList words;
    if (full || hundreds > 0)
        words << QString::fromUtf8(kViDigits[hundreds]) << QStringLiteral("trăm");
    if (tens == 0) {
        if (units > 0 && !words.isEmpty())
            words << QStringLiteral("linh");
    } else if (tens == 1) {
        words << QStringLiteral("mười");
    } else {
        words << QString::fromUtf8(kViDigits[tens]) << QStringLiteral("mươi");
    }
    if (units == 1 && tens >= 2)
        words << QStringLiteral("mốt");
    else if (units == 5 && tens >= 1)
        words << QStringLiteral("lăm");
    else if (units > 0)
        words << QString::fromUtf8(kViDigits[units]);
    return words.join(QLatin1Char(' '));
}

/** @a n (below 10^9) in words; @a full: a group that follows another one (tỷ above it). */
QString viBelowBillion(qint64 n, bool full)
{
    static const char *const scales[] = {"", "nghìn", "triệu"};
    const int groups[] = {int(n / 1000000), int(n / 1000 % 1000), int(n % 1000)};
    QStringList words;
    bool started = full;
    for (int i = 0; i < 3; ++i) {
        const int g = groups[i];
        if (g == 0)
            continue;
        words << viTriple(g, started);
        if (*scales[2 - i])
            words << QString::fromUtf8(scales[2 - i]);
        started = true;
    }
    return words.join(QLatin1Char(' '));
}

QString viWords(qint64 n)
{
    if (n == 0)
        return QStringLiteral("không");
    if (n < 1000000000)
        return viBelowBillion(n, false);
    const qint64 billions = n / 1000000000;
    const qint64 rest = n % 1000000000;
    QString words = viWords(billions) + QStringLiteral(" tỷ");
    if (rest > 0)
        words += QLatin1Char(' ') + viBelowBillion(rest, true);
    return words;
}

QString enBelowThousand(int n)
{
    static const char *const ones[] = {"",        "one",     "two",       "three",    "four",
                                       "five",    "six",     "seven",     "eight",    "nine",
                                       "ten",     "eleven",  "twelve",    "thirteen", "fourteen",
                                       "fifteen", "sixteen", "seventeen", "eighteen", "nineteen"};
    static const char *const tensWords[] = {
        "", "", "twenty", "thirty", "forty", "fifty", "sixty", "seventy", "eighty", "ninety"};
    QStringList words;
    if (n >= 100) {
        words << QLatin1String(ones[n / 100]) << QStringLiteral("hundred");
        n %= 100;
    }
    if (n >= 20) {
        QString tens = QLatin1String(tensWords[n / 10]);
        if (n % 10)
            tens += QLatin1Char('-') + QLatin1String(ones[n % 10]);
        words << tens;
    } else if (n > 0) {
        words << QLatin1String(ones[n]);
    }
    return words.join(QLatin1Char(' '));
}

QString enWords(qint64 n)
{
    if (n == 0)
        return QStringLiteral("zero");
    static const char *const scales[] = {
        "", "thousand", "million", "billion", "trillion", "quadrillion", "quintillion"};
    QStringList groups;
    for (int scale = 0; n > 0; ++scale, n /= 1000) {
        const int g = int(n % 1000);
        if (g == 0)
            continue;
        QString part = enBelowThousand(g);
        if (*scales[scale])
            part += QLatin1Char(' ') + QLatin1String(scales[scale]);
        groups.prepend(part);
    }
    return groups.join(QLatin1Char(' '));
}

} // namespace

QString caseDocumentCode(CaseDocument document)
{
    switch (document) {
    case CaseDocument::CaseFile:
        return QStringLiteral("case_file");
    case CaseDocument::ReceptionMinutes:
        return QStringLiteral("reception_minutes");
    case CaseDocument::SupportReceipts:
        return QStringLiteral("support_receipts");
    }
    return {};
}

qsizetype CaseDossier::receptionIndex(qint64 id) const
{
    for (qsizetype i = 0; i < receptions.size(); ++i)
        if (receptions.at(i).reception.meta.id == id)
            return i;
    return -1;
}

QString amountInWords(qint64 amountVnd, Language language)
{
    if (amountVnd < 0)
        return {};
    QString words = language == Language::Vietnamese ? viWords(amountVnd) + QStringLiteral(" đồng")
                                                     : enWords(amountVnd) + QStringLiteral(" dong");
    words[0] = words.at(0).toUpper();
    return words;
}

QString caseDocumentHtml(const CaseDossier &dossier,
                         CaseDocument document,
                         std::optional<qsizetype> receptionIndex,
                         Language language)
{
    const CaseHtml html(dossier, language);
    const bool validIndex =
        receptionIndex && *receptionIndex >= 0 && *receptionIndex < dossier.receptions.size();
    switch (document) {
    case CaseDocument::CaseFile:
        return html.caseFile();
    case CaseDocument::ReceptionMinutes:
        return validIndex ? html.minutes(*receptionIndex) : QString();
    case CaseDocument::SupportReceipts:
        return html.receipts(validIndex ? receptionIndex : std::nullopt);
    }
    return {};
}

std::unique_ptr<QTextDocument> createCaseDocument(const CaseDossier &dossier,
                                                  CaseDocument document,
                                                  std::optional<qsizetype> receptionIndex,
                                                  Language language)
{
    auto text = admin::createDocument();
    text->setHtml(caseDocumentHtml(dossier, document, receptionIndex, language));
    text->setMetaInformation(QTextDocument::DocumentTitle,
                             CaseHtml(dossier, language).title(document));
    return text;
}

QString caseConfidentialityLine(Language language)
{
    return reportText(language,
                      QT_TRANSLATE_NOOP("sr::reports::Report",
                                        "CONFIDENTIAL — personal data of a victim of trafficking. "
                                        "Do not copy or pass on to anyone not authorised to see "
                                        "it."),
                      "MẬT — Thông tin cá nhân của nạn nhân bị mua bán. Không sao chụp, không "
                      "cung cấp cho người không có thẩm quyền.");
}

void paintCasePages(QTextDocument &document,
                    QPagedPaintDevice &device,
                    CaseDocument kind,
                    Language language)
{
    PageFurniture furniture;
    furniture.numberFormat = reportText(
        language, QT_TRANSLATE_NOOP("sr::reports::Report", "Page %1 of %2"), "Trang %1/%2");
    furniture.footer = caseConfidentialityLine(language);
    // The case file ends with a list that may run over pages; the minutes and the receipts end
    // with their signatures, which the painter keeps on one page.
    furniture.keepLastTableWhole = kind != CaseDocument::CaseFile;
    paintReportPages(document, device, furniture);
}

Result<void> writeCaseDocumentPdf(const CaseDossier &dossier,
                                  CaseDocument document,
                                  std::optional<qsizetype> receptionIndex,
                                  Language language,
                                  QIODevice *device)
{
    if (!device || !device->isWritable())
        return makeError(ErrorCode::Io, QStringLiteral("case document: device not writable"));
    if (document == CaseDocument::ReceptionMinutes
        && (!receptionIndex || *receptionIndex < 0 || *receptionIndex >= dossier.receptions.size()))
        return makeError(ErrorCode::InvalidInput, QStringLiteral("case document: no reception"));
    auto text = createCaseDocument(dossier, document, receptionIndex, language);
    QPdfWriter writer(device);
    writer.setPageLayout(reportPageLayout());
    writer.setResolution(300);
    writer.setTitle(text->metaInformation(QTextDocument::DocumentTitle));
    writer.setCreator(QStringLiteral("SafeReturn"));
    paintCasePages(*text, writer, document, language);
    return {};
}

} // namespace sr::reports
