// Attachments in the exports (docs/csv-format.md "attachments", docs/security.md "Encrypted ZIP
// of a case"): the full export lists them without their bytes, the de-identified export has no
// such table, an import refuses the list at its header and a full export with attachments in
// the database still imports; the encrypted ZIP of one case holds its CSVs and, when asked and
// allowed, every attachment's bytes with a manifest of their SHA-256, and is audited.
#include "ServiceTestSupport.h"
#include "exchange/ZipWriter.h"
#include "services/CaseZipExport.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "support/AttachmentFixture.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QDir>
#include <QFile>

#include <gtest/gtest.h>

#include <optional>
#include <zip.h>

namespace sr::services {
namespace {

using namespace sr::domain;
using exchange::ExchangeTable;
using exchange::ExportMode;

const QByteArray passphrase = QByteArrayLiteral("Sở LĐTBXH mở được 2026");

std::optional<QByteArray>
readEntry(const QString &zipPath, const QString &name, const char *password)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return std::nullopt;
    zip_file_t *file = password
                           ? zip_fopen_encrypted(archive, name.toUtf8().constData(), 0, password)
                           : zip_fopen(archive, name.toUtf8().constData(), 0);
    std::optional<QByteArray> bytes;
    if (file) {
        QByteArray data;
        char buffer[65536];
        zip_int64_t n = 0;
        while ((n = zip_fread(file, buffer, sizeof(buffer))) > 0)
            data.append(buffer, qsizetype(n));
        const bool ok = n == 0;
        if (zip_fclose(file) == 0 && ok)
            bytes = data;
    }
    zip_discard(archive);
    return bytes;
}

QStringList entryNames(const QString &zipPath)
{
    int error = 0;
    zip_t *archive = zip_open(QFile::encodeName(zipPath).constData(), ZIP_RDONLY, &error);
    if (!archive)
        return {};
    QStringList names;
    for (zip_int64_t i = 0; i < zip_get_num_entries(archive, 0); ++i)
        names << QString::fromUtf8(zip_get_name(archive, zip_uint64_t(i), 0));
    zip_discard(archive);
    return names;
}

/** The CSV text's rows (cells), the BOM dropped. */
QList<QStringList> csvRows(QByteArray bytes)
{
    if (bytes.startsWith("\xEF\xBB\xBF"))
        bytes.remove(0, 3);
    QList<QStringList> rows;
    for (const QByteArray &line : bytes.split('\n')) {
        QByteArray trimmed = line;
        if (trimmed.endsWith('\r'))
            trimmed.chop(1);
        if (!trimmed.isEmpty())
            rows << QString::fromUtf8(trimmed).split(u',');
    }
    return rows;
}

QByteArray readAll(const QString &path)
{
    QFile file(path);
    return file.open(QIODevice::ReadOnly) ? file.readAll() : QByteArray();
}

class AttachmentExportTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_NO_FATAL_FAILURE(test::makeAttachedCase(m_db.db(), m_admin, m_case));
        // A second case with attachments of its own, which a case ZIP must not take.
        ASSERT_NO_FATAL_FAILURE(
            test::makeAttachedCase(m_db.db(), m_admin, m_other, QStringLiteral("Trần Văn Khác")));
        m_request.period = *Period::fromIsoStrings(u"2000-01-01", u"2030-12-31");
        m_request.mode = ExportMode::Full;
        m_request.table = ExchangeTable::Attachments;
        m_request.filePath = m_db.filePath(QStringLiteral("attachments.csv"));
    }

    QString column(const QList<QStringList> &rows, int row, const QString &name) const
    {
        const int at = int(rows.at(0).indexOf(name));
        return at >= 0 ? rows.at(row).at(at) : QStringLiteral("<no column>");
    }

    test::FixedClock m_clock{QDateTime(QDate(2025, 3, 15), QTime(10, 0), Qt::UTC)};
    test::TempDatabase m_db;
    Actor m_admin{0, QStringLiteral("admin"), Role::Administrator};
    test::AttachedCase m_case;
    test::AttachedCase m_other;
    ExportRequest m_request;
};

TEST_F(AttachmentExportTest, FullExportListsTheAttachmentsWithoutTheirBytes)
{
    auto written = ExportService(m_db.db()).exportTable(m_request, m_admin);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written->rows, 6);
    const QByteArray bytes = readAll(m_request.filePath);
    EXPECT_LT(bytes.size(), 8000); // 2 MiB of attachments, a few lines of description
    EXPECT_FALSE(bytes.contains(test::patternedBytes(64, 1)));
    const QList<QStringList> rows = csvRows(bytes);
    ASSERT_EQ(rows.size(), 7);
    EXPECT_EQ(rows.at(0).join(u','),
              QStringLiteral("case_code,attachment_uuid,record_kind,record_uuid,document_type,"
                             "document_type_label,document_date,note,file_name,media_type,"
                             "size_bytes,sha256,converted_from,created_at,created_by,archived"));
    // In the order they were added: the person's paper, the reception's photo (archived), the
    // support's receipt.
    EXPECT_EQ(column(rows, 1, QStringLiteral("case_code")), m_case.caseCode);
    EXPECT_EQ(column(rows, 1, QStringLiteral("attachment_uuid")), m_case.attachments[0].meta.uuid);
    EXPECT_EQ(column(rows, 1, QStringLiteral("record_kind")), QStringLiteral("person"));
    EXPECT_EQ(column(rows, 1, QStringLiteral("record_uuid")), m_case.personUuid);
    EXPECT_EQ(column(rows, 1, QStringLiteral("document_type")),
              QStringLiteral("identification_decision"));
    EXPECT_EQ(column(rows, 1, QStringLiteral("document_type_label")),
              QStringLiteral("Quyết định xác định nạn nhân"));
    EXPECT_EQ(column(rows, 1, QStringLiteral("document_date")), QStringLiteral("2024-04-03"));
    EXPECT_EQ(column(rows, 1, QStringLiteral("file_name")),
              QStringLiteral("quyet-dinh-Nguyen-Thi-Dinh-Kem.pdf"));
    EXPECT_EQ(column(rows, 1, QStringLiteral("media_type")), QStringLiteral("application/pdf"));
    EXPECT_EQ(column(rows, 1, QStringLiteral("size_bytes")),
              QString::number(m_case.bytes[0].size()));
    EXPECT_EQ(column(rows, 1, QStringLiteral("sha256")), test::sha256Hex(m_case.bytes[0]));
    EXPECT_EQ(column(rows, 1, QStringLiteral("created_by")), QStringLiteral("admin"));
    EXPECT_TRUE(column(rows, 1, QStringLiteral("created_at")).startsWith(u"2025-03-15T10:00"));
    EXPECT_EQ(column(rows, 1, QStringLiteral("archived")), QStringLiteral("0"));
    EXPECT_EQ(column(rows, 2, QStringLiteral("record_kind")), QStringLiteral("reception"));
    EXPECT_EQ(column(rows, 2, QStringLiteral("record_uuid")), m_case.receptionUuid);
    EXPECT_EQ(column(rows, 2, QStringLiteral("archived")), QStringLiteral("1"));
    EXPECT_EQ(column(rows, 3, QStringLiteral("record_kind")), QStringLiteral("support"));
    EXPECT_EQ(column(rows, 3, QStringLiteral("record_uuid")), m_case.supportUuid);
    // No date on the paper: exported by the day it was added.
    EXPECT_EQ(column(rows, 3, QStringLiteral("document_date")), QString());
    EXPECT_EQ(column(rows, 4, QStringLiteral("case_code")), m_other.caseCode);

    // The period: the paper's date, else the day it was added.
    m_request.period = *Period::fromIsoStrings(u"2024-04-01", u"2024-04-02");
    EXPECT_EQ(ExportService(m_db.db()).countRows(m_request.period, m_request.table).value(), 2);
    m_request.period = *Period::fromIsoStrings(u"2025-03-15", u"2025-03-15");
    EXPECT_EQ(ExportService(m_db.db()).countRows(m_request.period, m_request.table).value(), 2);

    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'export' AND changes LIKE "
                                             "'%\"table\":\"attachments\"%'")),
              1);
}

TEST_F(AttachmentExportTest, TheDeIdentifiedExportHasNoAttachmentsList)
{
    m_request.mode = ExportMode::DeIdentified;
    auto refused = ExportService(m_db.db()).exportTable(m_request, m_admin);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(QFile::exists(m_request.filePath));
}

TEST_F(AttachmentExportTest, AnAttachmentsListGivenToImportIsRefusedAtItsHeader)
{
    ASSERT_TRUE(ExportService(m_db.db()).exportTable(m_request, m_admin).ok());
    test::TempDatabase empty;
    const qint64 personsBefore = test::countRows(empty.db(), QStringLiteral("person"));
    auto report = ImportService(empty.db()).importFile(m_request.filePath, {}, m_admin);
    ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
    EXPECT_FALSE(report->written);
    ASSERT_EQ(report->issues.size(), 1);
    EXPECT_EQ(report->issues.at(0).code, ImportIssueCode::AttachmentsList);
    EXPECT_EQ(report->issues.at(0).row, 1);
    EXPECT_EQ(toCode(ImportIssueCode::AttachmentsList), QStringLiteral("attachments_list"));
    EXPECT_TRUE(
        describe(ImportIssueCode::AttachmentsList).contains(QLatin1String("cannot be imported")));
    EXPECT_EQ(test::countRows(empty.db(), QStringLiteral("person")), personsBefore);
    EXPECT_EQ(test::countRows(empty.db(), QStringLiteral("attachment")), 0);
}

TEST_F(AttachmentExportTest, AFullExportStillImportsIntoAnEmptyDatabase)
{
    ExportRequest receptions = m_request;
    receptions.table = ExchangeTable::Receptions;
    receptions.filePath = m_db.filePath(QStringLiteral("receptions.csv"));
    ExportRequest supports = m_request;
    supports.table = ExchangeTable::Supports;
    supports.filePath = m_db.filePath(QStringLiteral("supports.csv"));
    ASSERT_TRUE(ExportService(m_db.db()).exportTable(receptions, m_admin).ok());
    ASSERT_TRUE(ExportService(m_db.db()).exportTable(supports, m_admin).ok());
    test::TempDatabase empty;
    for (const QString &file : {receptions.filePath, supports.filePath}) {
        auto report = ImportService(empty.db()).importFile(file, {}, m_admin);
        ASSERT_TRUE(report.ok()) << report.error().detail.toStdString();
        EXPECT_TRUE(report->written)
            << file.toStdString() << " "
            << (report->issues.isEmpty() ? std::string()
                                         : toCode(report->issues.at(0).code).toStdString());
    }
    EXPECT_EQ(test::countRows(empty.db(), QStringLiteral("person")), 2);
    EXPECT_EQ(test::countRows(empty.db(), QStringLiteral("support")), 2);
    EXPECT_EQ(test::countRows(empty.db(), QStringLiteral("attachment")), 0);
}

TEST_F(AttachmentExportTest, CaseZipHoldsTheCaseAndItsAttachmentsEncrypted)
{
    ASSERT_TRUE(exchange::zip::aesSupported());
    const QString outDir = m_db.filePath(QStringLiteral("usb"));
    ASSERT_TRUE(QDir().mkpath(outDir));
    CaseZipRequest request{m_case.caseCode, true, outDir + QStringLiteral("/case.zip")};
    const QStringList before = QDir(m_db.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot);
    auto written = CaseZipExport(m_db.db()).exportCase(request, m_admin, passphrase);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written->receptions, 1);
    EXPECT_EQ(written->supports, 1);
    EXPECT_EQ(written->attachments, 3);
    EXPECT_EQ(written->files, 2); // the archived photo is listed, its file is not included

    const QString person = CaseZipExport::entryName(m_case.attachments[0]);
    const QString receipt = CaseZipExport::entryName(m_case.attachments[2]);
    EXPECT_EQ(person,
              QStringLiteral("attachments/identification_decision-20240403-%1.pdf")
                  .arg(m_case.attachments[0].meta.uuid.left(8)));
    EXPECT_EQ(receipt,
              QStringLiteral("attachments/support_receipt-nodate-%1.png")
                  .arg(m_case.attachments[2].meta.uuid.left(8)));
    EXPECT_EQ(entryNames(request.filePath),
              (QStringList{QStringLiteral("receptions.csv"),
                           QStringLiteral("supports.csv"),
                           QStringLiteral("attachments.csv"),
                           person,
                           receipt,
                           QStringLiteral("manifest.csv")}));
    // Names inside a ZIP are not encrypted: nothing of the person in them.
    for (const QString &name : entryNames(request.filePath)) {
        EXPECT_FALSE(name.contains(m_case.caseCode)) << name.toStdString();
        EXPECT_FALSE(name.contains(QLatin1String("quyet-dinh"))) << name.toStdString();
    }

    const auto big = readEntry(request.filePath, person, passphrase.constData());
    ASSERT_TRUE(big.has_value());
    EXPECT_TRUE(*big == m_case.bytes[0]);
    const auto small = readEntry(request.filePath, receipt, passphrase.constData());
    ASSERT_TRUE(small.has_value());
    EXPECT_TRUE(*small == m_case.bytes[2]);
    EXPECT_FALSE(readEntry(request.filePath, person, nullptr).has_value());
    EXPECT_FALSE(readEntry(request.filePath, person, "another passphrase").has_value());

    const auto manifest =
        readEntry(request.filePath, QStringLiteral("manifest.csv"), passphrase.constData());
    ASSERT_TRUE(manifest.has_value());
    const QList<QStringList> lines = csvRows(*manifest);
    ASSERT_EQ(lines.size(), 3);
    EXPECT_EQ(lines.at(0).join(u','), QStringLiteral("file,sha256,size_bytes,attachment_uuid"));
    EXPECT_EQ(lines.at(1),
              (QStringList{person,
                           test::sha256Hex(m_case.bytes[0]),
                           QString::number(m_case.bytes[0].size()),
                           m_case.attachments[0].meta.uuid}));
    EXPECT_EQ(lines.at(2).at(1), test::sha256Hex(m_case.bytes[2]));

    // The CSVs are of this case only, and the full export's.
    const auto receptions =
        readEntry(request.filePath, QStringLiteral("receptions.csv"), passphrase.constData());
    ASSERT_TRUE(receptions.has_value());
    EXPECT_TRUE(receptions->contains(m_case.caseCode.toUtf8()));
    EXPECT_FALSE(receptions->contains(m_other.caseCode.toUtf8()));
    EXPECT_TRUE(receptions->contains(QByteArray("Nguyễn Thị Đính Kèm")));
    const auto listed =
        readEntry(request.filePath, QStringLiteral("attachments.csv"), passphrase.constData());
    ASSERT_TRUE(listed.has_value());
    EXPECT_EQ(csvRows(*listed).size(), 4);

    // Nothing in clear on the disk: the archive's bytes hold no attachment, and no file was
    // left beside the database.
    const QByteArray raw = readAll(request.filePath);
    EXPECT_FALSE(raw.contains(m_case.bytes[2].left(256)));
    EXPECT_FALSE(raw.contains(QByteArray("Nguyễn")));
    EXPECT_EQ(QDir(m_db.dir()).entryList(QDir::AllEntries | QDir::NoDotAndDotDot), before);
    EXPECT_EQ(QDir(outDir).entryList(QDir::Files), QStringList{QStringLiteral("case.zip")});

    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'export_case_zip' AND entity = 'person' "
                                             "AND entity_id = %1 AND changes LIKE "
                                             "'%\"attachment_files\":2%'")
                                  .arg(m_case.personId)),
              1);
}

TEST_F(AttachmentExportTest, CaseZipWithoutAttachmentsHasOnlyTheCsvs)
{
    CaseZipRequest request{m_case.caseCode, false, m_db.filePath(QStringLiteral("case.zip"))};
    auto written = CaseZipExport(m_db.db()).exportCase(request, m_admin, passphrase);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    EXPECT_EQ(written->files, 0);
    EXPECT_EQ(entryNames(request.filePath),
              (QStringList{QStringLiteral("receptions.csv"),
                           QStringLiteral("supports.csv"),
                           QStringLiteral("attachments.csv")}));
}

TEST_F(AttachmentExportTest, CaseZipIsRefusedWithoutThePermissionsAndAudited)
{
    CaseZipRequest request{m_case.caseCode, true, m_db.filePath(QStringLiteral("case.zip"))};
    Actor worker{0, QStringLiteral("worker"), Role::SocialWorker};
    auto refused = CaseZipExport(m_db.db()).exportCase(request, worker, passphrase);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(QFile::exists(request.filePath));
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'denied' AND actor = 'worker'")),
              1);
    EXPECT_EQ(test::countRows(m_db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'export_case_zip'")),
              0);

    // An unknown case, a short passphrase: refused, nothing written.
    request.caseCode = QStringLiteral("NO-SUCH-CASE");
    EXPECT_EQ(CaseZipExport(m_db.db()).exportCase(request, m_admin, passphrase).error().code,
              ErrorCode::NotFound);
    request.caseCode = m_case.caseCode;
    EXPECT_EQ(CaseZipExport(m_db.db())
                  .exportCase(request, m_admin, QByteArrayLiteral("short"))
                  .error()
                  .code,
              ErrorCode::InvalidInput);
    EXPECT_FALSE(QFile::exists(request.filePath));
}

} // namespace
} // namespace sr::services
