// The case documents (docs/report-layout.md, "Case documents"): the case file, the reception
// minutes and the support receipt list rendered from a hand-filled dossier and read back with
// pdftotext: every figure whole, dates dd/MM/yyyy, amounts 1.500.000 đ, "Trang x/y" and the
// confidentiality line on every page, in both languages; and the amounts in words.
#include "CaseDossierFixture.h"
#include "ReportFixture.h"
#include "reports/CaseDocuments.h"

#include <QBuffer>
#include <QFile>
#include <QProcess>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

using reports::CaseDocument;
using reports::Language;

/** The document written as a PDF into @a dir; its path. */
QString writePdf(const QTemporaryDir &dir,
                 const reports::CaseDossier &dossier,
                 CaseDocument document,
                 std::optional<qsizetype> reception,
                 Language language)
{
    const QString path = dir.filePath(QStringLiteral("case.pdf"));
    QFile file(path);
    EXPECT_TRUE(file.open(QIODevice::WriteOnly));
    EXPECT_TRUE(reports::writeCaseDocumentPdf(dossier, document, reception, language, &file).ok());
    return path;
}

/** The PDF's text as laid out (pdftotext -layout), one entry per page. */
QStringList pdfPages(const reports::CaseDossier &dossier,
                     CaseDocument document,
                     std::optional<qsizetype> reception,
                     Language language)
{
    const QTemporaryDir dir;
    return pdfText(writePdf(dir, dossier, document, reception, language))
        .split(QLatin1Char('\f'), Qt::SkipEmptyParts);
}

/**
 * The PDF's text in the order it was drawn (pdftotext -raw), white space folded: a label that
 * wraps inside its table cell reads whole here, where -layout interleaves it with the other
 * cells of its row.
 */
QString drawnText(const reports::CaseDossier &dossier,
                  CaseDocument document,
                  std::optional<qsizetype> reception,
                  Language language)
{
    const QTemporaryDir dir;
    QProcess p;
    p.start(QStringLiteral("pdftotext"),
            {QStringLiteral("-raw"),
             writePdf(dir, dossier, document, reception, language),
             QStringLiteral("-")});
    EXPECT_TRUE(p.waitForFinished(60000));
    return QString::fromUtf8(p.readAllStandardOutput())
        .replace(QChar(0x00A0), QLatin1Char(' '))
        .simplified();
}

/** Every page carries "Trang i/n" (or "Page i of n") and the confidentiality line. */
void expectPageFurniture(const QStringList &pages, Language language)
{
    ASSERT_FALSE(pages.isEmpty());
    const QString notice = language == Language::Vietnamese
                               ? QStringLiteral("MẬT — Thông tin cá nhân của nạn nhân bị mua bán.")
                               : QStringLiteral("CONFIDENTIAL — personal data of a victim");
    for (qsizetype i = 0; i < pages.size(); ++i) {
        const QString number = language == Language::Vietnamese
                                   ? QStringLiteral("Trang %1/%2").arg(i + 1).arg(pages.size())
                                   : QStringLiteral("Page %1 of %2").arg(i + 1).arg(pages.size());
        EXPECT_TRUE(pages.at(i).contains(number)) << "page " << i + 1 << " lacks its number";
        EXPECT_TRUE(pages.at(i).simplified().contains(notice))
            << "page " << i + 1 << " lacks the confidentiality line";
    }
}

TEST(CaseDocumentTest, CaseFileHoldsEveryPartWithWholeFiguresOnEveryPage)
{
    const reports::CaseDossier dossier = handFilledDossier(40);
    const QStringList pages = pdfPages(dossier, CaseDocument::CaseFile, {}, Language::Vietnamese);
    ASSERT_GE(pages.size(), 2);
    expectPageFurniture(pages, Language::Vietnamese);
    const QString text = pages.join(QLatin1Char('\n'));
    for (const char *expected : {"CỘNG HÒA XÃ HỘI CHỦ NGHĨA VIỆT NAM",
                                 "Mã hồ sơ: QN-2025-0042",
                                 "Quảng Ninh, ngày 05 tháng 02 năm 2026",
                                 "HỒ SƠ",
                                 "Lò Thị Mai",
                                 "14/03/2009",
                                 "Căn cước công dân số 022309001234",
                                 "Phường Móng Cái 1, Tỉnh Quảng Ninh",
                                 "Lần tiếp nhận thứ 1, ngày 04/03/2025",
                                 "Lần tiếp nhận thứ 2, ngày 15/01/2026",
                                 "Đã xác định là nạn nhân",
                                 "1.500.000 đ",
                                 "800.000 đ",
                                 "2.000.000 đ",
                                 "450.000 đ",
                                 "1.234.567.890 đ",
                                 "20/06/2025",
                                 "Đi học lại lớp 10",
                                 "05/09/2025",
                                 "quyet-dinh-xac-dinh.pdf",
                                 "06/03/2025",
                                 "1,2 MB",
                                 "240 KB",
                                 "anh-chan-dung.jpg",
                                 "Cá nhân"}) {
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    }
    // The total of the first reception is what was given: the declined 2.000.000 đ is not in it.
    const qint64 total = 1500000 + 800000 + 40 * qint64(1234567890);
    EXPECT_TRUE(text.contains(reports::formatMoney(total, Language::Vietnamese))) << "total";
    // Every amount of the 40 extra supports stands whole on its line.
    EXPECT_EQ(text.count(QStringLiteral("1.234.567.890 đ")), 40);
    // Labels may wrap in their cells; they read whole in the order they were drawn.
    const QString drawn =
        drawnText(dossier, CaseDocument::CaseFile, std::nullopt, Language::Vietnamese);
    EXPECT_TRUE(drawn.contains(QStringLiteral("TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH")));
    EXPECT_TRUE(drawn.contains(QStringLiteral("Quyết định xác định nạn nhân")));
    // Attachments say what they belong to.
    EXPECT_TRUE(drawn.contains(QStringLiteral("Lần tiếp nhận ngày 04/03/2025")));
    EXPECT_TRUE(drawn.contains(QStringLiteral("Hỗ trợ ngày 06/03/2025: Hỗ trợ nhu cầu thiết yếu")));
}

TEST(CaseDocumentTest, CaseFileInEnglish)
{
    const QStringList pages =
        pdfPages(handFilledDossier(40), CaseDocument::CaseFile, {}, Language::English);
    ASSERT_GE(pages.size(), 2);
    expectPageFurniture(pages, Language::English);
    EXPECT_TRUE(drawnText(handFilledDossier(), CaseDocument::CaseFile, {}, Language::English)
                    .contains(QStringLiteral("Identification decision")));
    const QString text = pages.join(QLatin1Char('\n'));
    for (const char *expected : {"SOCIALIST REPUBLIC OF VIET NAM",
                                 "CASE FILE",
                                 "Case code: QN-2025-0042",
                                 "Quảng Ninh, 05/02/2026",
                                 "1,500,000 VND",
                                 "1.2 MB",
                                 "Reception 1, 04/03/2025"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
}

TEST(CaseDocumentTest, ReceptionMinutesArePrefilledForThreeSignatures)
{
    const QStringList pages = pdfPages(
        handFilledDossier(), CaseDocument::ReceptionMinutes, qsizetype(0), Language::Vietnamese);
    ASSERT_GE(pages.size(), 1);
    expectPageFurniture(pages, Language::Vietnamese);
    const QString text = pages.join(QLatin1Char('\n')).simplified();
    // The three signatures stand on one page (the painter never splits the last table).
    EXPECT_TRUE(pages.last().contains(QStringLiteral("ĐẠI DIỆN BÊN GIAO")));
    EXPECT_TRUE(pages.last().contains(QStringLiteral("ĐẠI DIỆN BÊN NHẬN")));
    for (const char *expected : {"BIÊN BẢN",
                                 "Tiếp nhận người trở về",
                                 "Số: …………/BB-TTCTXH",
                                 "ngày 04 tháng 3 năm 2025, tại Cửa khẩu quốc tế Móng Cái",
                                 "Công an thành phố Đông Hưng",
                                 "ngày 04/03/2025, gồm 12 người",
                                 "Trung tâm Công tác xã hội tỉnh Quảng Ninh",
                                 "Lò Thị Mai",
                                 "Căn cước công dân số 022309001234",
                                 "Trung Quốc",
                                 "Trao trả qua cửa khẩu",
                                 "Quyết định xác định nạn nhân (06/03/2025)",
                                 "ĐẠI DIỆN BÊN GIAO",
                                 "ĐẠI DIỆN BÊN NHẬN",
                                 "(Ký, ghi rõ họ tên)"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(
        drawnText(
            handFilledDossier(), CaseDocument::ReceptionMinutes, qsizetype(0), Language::Vietnamese)
            .contains(QStringLiteral("NGƯỜI ĐƯỢC TIẾP NHẬN")));
    // The minutes are of one reception: nothing of the second one.
    EXPECT_FALSE(text.contains(QStringLiteral("15/01/2026")));
}

TEST(CaseDocumentTest, MinutesWithoutAReceptionAreRefused)
{
    QBuffer buffer;
    buffer.open(QIODevice::WriteOnly);
    const auto written = reports::writeCaseDocumentPdf(handFilledDossier(),
                                                       CaseDocument::ReceptionMinutes,
                                                       std::nullopt,
                                                       Language::Vietnamese,
                                                       &buffer);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::InvalidInput);
    EXPECT_TRUE(buffer.data().isEmpty());
}

TEST(CaseDocumentTest, SupportReceiptsListWhatWasGivenWithTotalInWords)
{
    const QStringList pages = pdfPages(
        handFilledDossier(), CaseDocument::SupportReceipts, qsizetype(0), Language::Vietnamese);
    ASSERT_EQ(pages.size(), 1);
    expectPageFurniture(pages, Language::Vietnamese);
    const QString text = pages.first();
    for (const char *expected : {"DANH SÁCH",
                                 "Số: …………/DS-TTCTXH",
                                 "Lần tiếp nhận ngày 04/03/2025",
                                 "Lò Thị Mai",
                                 "06/03/2025",
                                 "07/03/2025",
                                 "1.500.000 đ",
                                 "800.000 đ",
                                 "2.300.000 đ",
                                 "Ký nhận",
                                 "NGƯỜI LẬP",
                                 "KẾ TOÁN",
                                 "GIÁM ĐỐC",
                                 "Nguyễn Thị Minh Hằng"})
        EXPECT_TRUE(text.contains(QString::fromUtf8(expected))) << expected;
    EXPECT_TRUE(text.simplified().contains(
        QStringLiteral("Số tiền bằng chữ: Hai triệu ba trăm nghìn đồng.")));
    // Declined: not received, not signed for; the other reception's support is not listed.
    EXPECT_FALSE(text.contains(QStringLiteral("2.000.000 đ")));
    EXPECT_FALSE(text.contains(QStringLiteral("450.000 đ")));

    // Of the person: every reception's supports.
    const QString all =
        pdfPages(handFilledDossier(), CaseDocument::SupportReceipts, {}, Language::Vietnamese)
            .join(QLatin1Char('\n'));
    EXPECT_TRUE(all.contains(QStringLiteral("450.000 đ")));
    EXPECT_TRUE(all.contains(QStringLiteral("2.750.000 đ")));
    EXPECT_TRUE(
        all.simplified().contains(QStringLiteral("Hai triệu bảy trăm năm mươi nghìn đồng.")));
}

TEST(CaseDocumentTest, SupportReceiptsInEnglish)
{
    const QStringList pages = pdfPages(
        handFilledDossier(), CaseDocument::SupportReceipts, qsizetype(0), Language::English);
    expectPageFurniture(pages, Language::English);
    const QString text = pages.join(QLatin1Char('\n')).simplified();
    EXPECT_TRUE(text.contains(QStringLiteral("2,300,000 VND")));
    EXPECT_TRUE(
        text.contains(QStringLiteral("In words: Two million three hundred thousand dong.")));
}

TEST(CaseDocumentTest, AttachmentsListSaysWhenThereAreNone)
{
    reports::CaseDossier dossier = handFilledDossier();
    dossier.attachments.clear();
    const QString text =
        pdfPages(dossier, CaseDocument::CaseFile, {}, Language::Vietnamese).join(QLatin1Char('\n'));
    EXPECT_TRUE(text.contains(QStringLiteral("Chưa có giấy tờ, tài liệu đính kèm.")));
}

TEST(AmountInWordsTest, VietnameseReadsTheWayReceiptsAreWritten)
{
    const QList<QPair<qint64, const char *>> cases{
        {0, "Không đồng"},
        {5, "Năm đồng"},
        {10, "Mười đồng"},
        {11, "Mười một đồng"},
        {15, "Mười lăm đồng"},
        {21, "Hai mươi mốt đồng"},
        {24, "Hai mươi bốn đồng"},
        {25, "Hai mươi lăm đồng"},
        {105, "Một trăm linh năm đồng"},
        {110, "Một trăm mười đồng"},
        {1500000, "Một triệu năm trăm nghìn đồng"},
        {2050000, "Hai triệu không trăm năm mươi nghìn đồng"},
        {1005000, "Một triệu không trăm linh năm nghìn đồng"},
        {1000001, "Một triệu không trăm linh một đồng"},
        {2000500, "Hai triệu năm trăm đồng"},
        {12345678, "Mười hai triệu ba trăm bốn mươi lăm nghìn sáu trăm bảy mươi tám đồng"},
        {3000000000, "Ba tỷ đồng"},
        {1000000005, "Một tỷ không trăm linh năm đồng"},
        {1000000000000, "Một nghìn tỷ đồng"},
        {8273200000, "Tám tỷ hai trăm bảy mươi ba triệu hai trăm nghìn đồng"},
    };
    for (const auto &[amount, words] : cases)
        EXPECT_EQ(reports::amountInWords(amount, Language::Vietnamese).toStdString(),
                  std::string(words))
            << amount;
    EXPECT_TRUE(reports::amountInWords(-1, Language::Vietnamese).isEmpty());
}

TEST(AmountInWordsTest, English)
{
    EXPECT_EQ(reports::amountInWords(1500000, Language::English),
              QStringLiteral("One million five hundred thousand dong"));
    EXPECT_EQ(reports::amountInWords(2050021, Language::English),
              QStringLiteral("Two million fifty thousand twenty-one dong"));
    EXPECT_EQ(reports::amountInWords(0, Language::English), QStringLiteral("Zero dong"));
}

} // namespace
} // namespace sr::test
