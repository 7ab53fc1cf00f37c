// Printing a case (docs/report-layout.md, "Case documents"): Permission::PrintCase and
// record-level access are asked first, each refusal audited; a paper written is audited (who,
// which case, which document, which reception) only once the PDF is on the disk; a file that
// cannot be written leaves no audit row; a paper printed from the preview is audited on its own.
#include "services/CasePrintService.h"

#include "CaseWorkTeams.h"
#include "ServiceTestSupport.h"
#include "storage/AuditLog.h"

#include <QFile>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using reports::CaseDocument;
using reports::Language;

class CasePrintServiceTest : public ::testing::Test
{
protected:
    test::CaseWorkTeams f;

    QList<domain::AuditEntry> rows(qint64 personId, const QString &action)
    {
        auto audit = storage::AuditLog(f.db.db()).list(QStringLiteral("person"), personId);
        EXPECT_TRUE(audit.ok());
        QList<domain::AuditEntry> found;
        if (audit.ok())
            for (const domain::AuditEntry &row : *audit)
                if (row.action == action)
                    found.append(row);
        return found;
    }

    qint64 printRows()
    {
        return test::countRows(
            f.db.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'print'"));
    }
};

TEST_F(CasePrintServiceTest, AWorkerPrintsTheirCaseAndThePrintIsAudited)
{
    CasePrintService service(f.db.db());
    auto person = service.personOfCaseCode(f.workerA, QString());
    EXPECT_FALSE(person.ok());
    auto dossier = service.dossier(f.workerA, f.caseA);
    ASSERT_TRUE(dossier.ok()) << dossier.error().detail.toStdString();
    ASSERT_EQ(dossier->receptions.size(), 1);
    EXPECT_EQ(dossier->person.fullName, QStringLiteral("Lò Thị Mai"));
    EXPECT_EQ(dossier->issuedOn, QDate(2025, 6, 1));
    // The code's names come from the reference lists.
    EXPECT_EQ(dossier->countries.value(QStringLiteral("CN")).vi, QStringLiteral("Trung Quốc"));
    EXPECT_EQ(service.personOfCaseCode(f.workerA, dossier->person.caseCode).value(), f.caseA);

    const QString path = f.db.filePath(QStringLiteral("ho-so.pdf"));
    auto written = service.writePdf(
        f.workerA, *dossier, CaseDocument::CaseFile, std::nullopt, Language::Vietnamese, path);
    ASSERT_TRUE(written.ok()) << written.error().detail.toStdString();
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_TRUE(file.read(5).startsWith("%PDF-"));

    const auto printed = rows(f.caseA, QStringLiteral("print"));
    ASSERT_EQ(printed.size(), 1);
    EXPECT_EQ(printed.first().actor, QStringLiteral("lan"));
    EXPECT_EQ(printed.first().changes.value(QStringLiteral("document")).toString(),
              QStringLiteral("case_file"));
    EXPECT_EQ(printed.first().changes.value(QStringLiteral("output")).toString(),
              QStringLiteral("pdf"));
    // Ids only: neither the file name nor anything of the person.
    EXPECT_FALSE(printed.first().changes.contains(QStringLiteral("file")));
    EXPECT_FALSE(printed.first().changes.contains(QStringLiteral("reception")));
}

TEST_F(CasePrintServiceTest, TheMinutesAuditNameTheReception)
{
    CasePrintService service(f.db.db());
    auto dossier = service.dossier(f.workerA, f.caseA);
    ASSERT_TRUE(dossier.ok());
    const QString path = f.db.filePath(QStringLiteral("bien-ban.pdf"));
    ASSERT_TRUE(service
                    .writePdf(f.workerA,
                              *dossier,
                              CaseDocument::ReceptionMinutes,
                              qsizetype(0),
                              Language::English,
                              path)
                    .ok());
    const auto printed = rows(f.caseA, QStringLiteral("print"));
    ASSERT_EQ(printed.size(), 1);
    EXPECT_EQ(printed.first().changes.value(QStringLiteral("document")).toString(),
              QStringLiteral("reception_minutes"));
    EXPECT_EQ(printed.first().changes.value(QStringLiteral("reception")).toString(),
              dossier->receptions.first().reception.meta.uuid);

    // Minutes without a reception: refused, nothing written, nothing audited.
    const QString none = f.db.filePath(QStringLiteral("none.pdf"));
    auto refused = service.writePdf(
        f.workerA, *dossier, CaseDocument::ReceptionMinutes, std::nullopt, Language::English, none);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_FALSE(QFile::exists(none));
    EXPECT_EQ(printRows(), 1);
}

TEST_F(CasePrintServiceTest, AViewerMayNotPrintAndTheRefusalIsAudited)
{
    CasePrintService service(f.db.db());
    auto refused = service.dossier(f.viewer, f.caseA);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(refused.error().detail, QStringLiteral("print_case"));
    EXPECT_EQ(test::countRows(f.db.db(),
                              QStringLiteral("audit_log"),
                              QStringLiteral("action = 'denied' AND changes LIKE '%print_case%'")),
              1);
    EXPECT_FALSE(service.personOfCaseCode(f.viewer, QStringLiteral("QN-2025-0001")).ok());
    EXPECT_EQ(printRows(), 0);
}

TEST_F(CasePrintServiceTest, RecordLevelAccessRefusesAnotherWorkersCase)
{
    f.setRecordLevelAccess(true);
    CasePrintService service(f.db.db());
    auto refused = service.dossier(f.workerB, f.caseA);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(refused.error().detail, QStringLiteral("case_access"));
    const auto denied = rows(f.caseA, QStringLiteral("denied"));
    ASSERT_EQ(denied.size(), 1);
    EXPECT_EQ(denied.first().actor, QStringLiteral("binh"));

    // A dossier made by someone allowed is not printed by someone who is not.
    auto allowed = service.dossier(f.workerA, f.caseA);
    ASSERT_TRUE(allowed.ok());
    const QString path = f.db.filePath(QStringLiteral("other.pdf"));
    auto written = service.writePdf(
        f.workerB, *allowed, CaseDocument::CaseFile, std::nullopt, Language::Vietnamese, path);
    ASSERT_FALSE(written.ok());
    EXPECT_EQ(written.error().code, ErrorCode::PermissionDenied);
    EXPECT_FALSE(QFile::exists(path));
    EXPECT_FALSE(service.recordPrinted(f.workerB, *allowed, CaseDocument::CaseFile, {}).ok());
    EXPECT_EQ(printRows(), 0);
}

TEST_F(CasePrintServiceTest, NothingIsAuditedWhenTheFileCannotBeWritten)
{
    CasePrintService service(f.db.db());
    auto dossier = service.dossier(f.workerA, f.caseA);
    ASSERT_TRUE(dossier.ok());
    // A folder that does not exist, and the open database itself.
    const QString missing = f.db.filePath(QStringLiteral("no-such-folder/ho-so.pdf"));
    auto written = service.writePdf(
        f.workerA, *dossier, CaseDocument::CaseFile, std::nullopt, Language::Vietnamese, missing);
    EXPECT_FALSE(written.ok());
    auto overDatabase = service.writePdf(f.workerA,
                                         *dossier,
                                         CaseDocument::CaseFile,
                                         std::nullopt,
                                         Language::Vietnamese,
                                         f.db.db().path());
    ASSERT_FALSE(overDatabase.ok());
    EXPECT_EQ(overDatabase.error().code, ErrorCode::ProtectedFile);
    EXPECT_TRUE(service.checkOutputFile(f.db.db().path()).error().code == ErrorCode::ProtectedFile);
    EXPECT_EQ(printRows(), 0);
}

TEST_F(CasePrintServiceTest, APrintoutFromThePreviewIsAudited)
{
    CasePrintService service(f.db.db());
    auto dossier = service.dossier(f.managerA, f.caseA);
    ASSERT_TRUE(dossier.ok());
    ASSERT_TRUE(
        service.recordPrinted(f.managerA, *dossier, CaseDocument::SupportReceipts, qsizetype(0))
            .ok());
    const auto printed = rows(f.caseA, QStringLiteral("print"));
    ASSERT_EQ(printed.size(), 1);
    EXPECT_EQ(printed.first().actor, QStringLiteral("quanly"));
    EXPECT_EQ(printed.first().changes.value(QStringLiteral("document")).toString(),
              QStringLiteral("support_receipts"));
    EXPECT_EQ(printed.first().changes.value(QStringLiteral("output")).toString(),
              QStringLiteral("printer"));
}

} // namespace
} // namespace sr::services
