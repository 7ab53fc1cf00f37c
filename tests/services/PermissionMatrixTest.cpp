// The role × action matrix of docs/users-and-roles.md: every use case of the services layer run by every role.
// Allowed ones succeed; refused ones fail with PermissionDenied, change nothing and leave
// exactly one "denied" audit row naming the permission. The expected matrix is written out
// here from the issue text, independently of Permissions.cpp.
#include "ServiceTestSupport.h"
#include "demo/DemoDataService.h"
#include "services/AttachmentService.h"
#include "services/AuthService.h"
#include "services/CaseListService.h"
#include "services/CasePrintService.h"
#include "services/CaseService.h"
#include "services/ExportService.h"
#include "services/ImportService.h"
#include "services/MaintenanceService.h"
#include "services/Permissions.h"
#include "services/ReferenceService.h"
#include "services/ReportService.h"
#include "services/SearchService.h"
#include "storage/AttachmentRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"
#include "support/TestServer.h"

#include <QBuffer>
#include <QFile>
#include <QImage>
#include <QSqlQuery>

#include <gtest/gtest.h>

#include <functional>
#include <optional>

namespace sr::services {
namespace {

using demo::DemoDataService;
using demo::DemoOptions;
using domain::Actor;
using domain::Role;

/** What a use case needs, in the words of the issue. */
enum class Need {
    CaseWork,     ///< social worker, manager, administrator
    Reports,      ///< viewer (de-identified), manager, administrator
    Deidentified, ///< viewer, manager, administrator
    ManagerUp,    ///< manager, administrator
    AdminOnly,    ///< administrator
};

bool expectedAllowed(Need need, Role role)
{
    switch (need) {
    case Need::CaseWork:
        return role != Role::Viewer;
    case Need::Reports:
    case Need::Deidentified:
        return role != Role::SocialWorker;
    case Need::ManagerUp:
        return role == Role::Manager || role == Role::Administrator;
    case Need::AdminOnly:
        return role == Role::Administrator;
    }
    return false;
}

/** A small real PNG: attachments are checked by their content. */
QByteArray pngBytes()
{
    QImage image(16, 16, QImage::Format_RGB32);
    image.fill(Qt::darkGreen);
    QByteArray bytes;
    QBuffer buffer(&bytes);
    buffer.open(QIODevice::WriteOnly);
    image.save(&buffer, "PNG");
    return bytes;
}

/** State a use case can work on: one stored case, a backup and a CSV template. */
struct Fixture
{
    test::FixedClock clock{QDateTime(QDate(2025, 6, 1), QTime(9, 0), Qt::UTC)};
    test::TempDatabase db;
    Actor admin{1, QStringLiteral("admin"), Role::Administrator};
    qint64 personId = 0;
    qint64 receptionId = 0;
    qint64 supportId = 0;
    int supportVersion = 0;
    qint64 attachmentId = 0;
    int attachmentVersion = 0;
    QString backupPath;
    QString templatePath;

    Fixture()
    {
        NewCase c;
        c.person.fullName = QStringLiteral("Lò Thị Mai");
        c.person.sex = domain::Sex::Female;
        c.person.birthDate = domain::PartialDate::fromYear(2000);
        c.person.ethnicity = QStringLiteral("01");
        c.person.residenceProvince = QStringLiteral("22");
        c.reception.receptionDate = QDate(2025, 3, 2);
        c.reception.agencyCode = QStringLiteral("ctxh_qn");
        c.reception.countryCode = QStringLiteral("CN");
        c.reception.route = domain::Route::SelfReported;
        c.reception.exploitation = {domain::ExploitationForm::ForcedLabour};
        c.reception.identificationStatus = domain::IdentificationStatus::Pending;
        domain::Support meals;
        meals.typeCode = QStringLiteral("essential_needs");
        meals.date = QDate(2025, 3, 2);
        meals.amountVnd = 150000;
        c.supports = {meals};
        auto saved = CaseService(db.db()).saveNewCase(admin, c);
        EXPECT_TRUE(saved.ok());
        if (saved.ok()) {
            personId = saved->person.meta.id;
            receptionId = saved->reception.meta.id;
            supportId = saved->supports.at(0).meta.id;
            supportVersion = saved->supports.at(0).meta.version;
        }
        {
            domain::Attachment scan;
            scan.personId = personId;
            scan.documentType = QStringLiteral("photo");
            scan.fileName = QStringLiteral("anh.png");
            scan.mediaType = QStringLiteral("image/png");
            auto stored =
                storage::AttachmentRepository(db.db()).insertWithContent(scan, pngBytes(), admin);
            EXPECT_TRUE(stored.ok());
            if (stored.ok()) {
                attachmentId = stored->meta.id;
                attachmentVersion = stored->meta.version;
            }
        }
        backupPath = db.filePath(QStringLiteral("before.backup"));
        if (test::onServer()) {
            // A server's database is backed up with pg_dump (docs/server.md): the restore use
            // case gets the database file of another installation instead.
            EXPECT_TRUE(storage::Database::open(backupPath).ok());
        } else {
            EXPECT_TRUE(MaintenanceService(db.db()).backup(admin, backupPath).ok());
        }
        templatePath = db.filePath(QStringLiteral("template.csv"));
        EXPECT_TRUE(ExportService::writeTemplate(templatePath).ok());
    }
};

using Run = std::function<std::optional<Error>(Fixture &, const Actor &)>;

template<typename R>
std::optional<Error> outcome(const R &result)
{
    if (result.ok())
        return std::nullopt;
    return result.error();
}

struct UseCase
{
    const char *name;
    Need need;
    const char *permission; ///< permissionName() of the refusal
    Run run;
};

domain::Period year2025()
{
    return *domain::Period::fromIsoStrings(QStringLiteral("2025-01-01"),
                                           QStringLiteral("2025-12-31"));
}

const QList<UseCase> &useCases()
{
    static const QList<UseCase> list{
        {"save_new_case",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             NewCase c;
             c.person.fullName = QStringLiteral("Hà Văn Tư");
             c.person.sex = domain::Sex::Male;
             c.person.birthDate = domain::PartialDate::fromYear(1990);
             c.reception.receptionDate = QDate(2025, 4, 1);
             c.reception.agencyCode = QStringLiteral("ctxh_qn");
             c.reception.countryCode = QStringLiteral("KH");
             c.reception.route = domain::Route::Rescued;
             c.reception.identificationStatus = domain::IdentificationStatus::Pending;
             return outcome(CaseService(f.db.db()).saveNewCase(a, c));
         }},
        {"save_person",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             auto loaded = CaseService(f.db.db()).loadCase(f.admin, f.personId);
             domain::Person person = loaded->person;
             person.notes = QStringLiteral("changed");
             return outcome(CaseService(f.db.db()).savePerson(a, person));
         }},
        {"save_reception",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             domain::Reception r;
             r.personId = f.personId;
             r.receptionDate = QDate(2025, 5, 1);
             r.agencyCode = QStringLiteral("ctxh_qn");
             r.countryCode = QStringLiteral("CN");
             r.route = domain::Route::SelfReported;
             r.identificationStatus = domain::IdentificationStatus::Pending;
             return outcome(CaseService(f.db.db()).saveReception(a, r));
         }},
        {"save_support",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             domain::Support s;
             s.receptionId = f.receptionId;
             s.typeCode = QStringLiteral("travel");
             s.date = QDate(2025, 3, 3);
             s.amountVnd = 200000;
             return outcome(CaseService(f.db.db()).saveSupport(a, s));
         }},
        {"save_follow_up",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             domain::FollowUp u;
             u.receptionId = f.receptionId;
             u.date = QDate(2025, 4, 2);
             u.health = domain::ReintegrationStatus::Stable;
             return outcome(CaseService(f.db.db()).saveFollowUp(a, u));
         }},
        {"save_batch",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             domain::HandoverBatch b;
             b.date = QDate(2025, 2, 1);
             b.borderGateCode = QStringLiteral("mong_cai");
             b.personsTotal = 3;
             b.personsFemale = 3;
             return outcome(CaseService(f.db.db()).saveBatch(a, b));
         }},
        {"save_case",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             auto loaded = CaseService(f.db.db()).loadCase(f.admin, f.personId);
             CaseRecord record = *loaded;
             record.person.notes = QStringLiteral("edited in the editor");
             return outcome(CaseService(f.db.db()).saveCase(a, record, {record.person.meta.uuid}));
         }},
        {"archive_support",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(CaseService(f.db.db()).archiveSupport(
                 a, f.supportId, f.supportVersion, QStringLiteral("entered twice")));
         }},
        {"archive_person",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             auto loaded = CaseService(f.db.db()).loadCase(f.admin, f.personId);
             return outcome(CaseService(f.db.db()).archivePerson(
                 a, f.personId, loaded->person.meta.version, QStringLiteral("entered twice")));
         }},
        {"load_case",
         Need::CaseWork,
         "view_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(CaseService(f.db.db()).loadCase(a, f.personId));
         }},
        {"open_case",
         Need::CaseWork,
         "view_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(CaseService(f.db.db()).openCase(a, f.personId));
         }},
        {"print_case_dossier",
         Need::CaseWork,
         "print_case",
         [](Fixture &f, const Actor &a) {
             return outcome(CasePrintService(f.db.db()).dossier(a, f.personId));
         }},
        {"case_reference_data",
         Need::CaseWork,
         "view_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(CaseService(f.db.db()).referenceData(a));
         }},
        {"duplicate_candidates",
         Need::CaseWork,
         "view_cases",
         [](Fixture &f, const Actor &a) {
             domain::Person p;
             p.fullName = QStringLiteral("Lò Thị Mai");
             p.birthDate = domain::PartialDate::fromYear(2000);
             return outcome(CaseService(f.db.db()).duplicateCandidates(a, p));
         }},
        {"case_list",
         Need::CaseWork,
         "view_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(
                 CaseListService(f.db.db(), a)
                     .fetch(CaseListFilter{}, CaseListColumn::CaseCode, Qt::AscendingOrder, 0, 50));
         }},
        {"case_list_count",
         Need::CaseWork,
         "view_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(CaseListService(f.db.db(), a).totalCount());
         }},
        {"search",
         Need::CaseWork,
         "view_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(SearchService(f.db.db()).find(a, QStringLiteral("mai")));
         }},
        {"report_summary",
         Need::Reports,
         "view_reports",
         [](Fixture &f, const Actor &a) {
             return outcome(ReportService(f.db.db()).summary(a, year2025()));
         }},
        {"report_json_file",
         Need::Reports,
         "view_reports",
         [](Fixture &f, const Actor &a) {
             return outcome(
                 ReportService(f.db.db()).writeReport(a,
                                                      year2025(),
                                                      ReportService::Format::Json,
                                                      reports::Language::Vietnamese,
                                                      f.db.filePath(QStringLiteral("r.json"))));
         }},
        {"report_printed",
         Need::Reports,
         "view_reports",
         [](Fixture &f, const Actor &a) {
             auto summary = ReportService(f.db.db()).summary(f.admin, year2025());
             return outcome(ReportService(f.db.db()).recordPrinted(a, *summary));
         }},
        {"export_deidentified",
         Need::Deidentified,
         "export_deidentified",
         [](Fixture &f, const Actor &a) {
             ExportRequest request;
             request.period = year2025();
             request.filePath = f.db.filePath(QStringLiteral("deid.csv"));
             return outcome(ExportService(f.db.db()).exportTable(request, a));
         }},
        {"export_full",
         Need::ManagerUp,
         "export_full",
         [](Fixture &f, const Actor &a) {
             ExportRequest request;
             request.period = year2025();
             request.mode = exchange::ExportMode::Full;
             request.filePath = f.db.filePath(QStringLiteral("full.csv"));
             return outcome(ExportService(f.db.db()).exportTable(request, a));
         }},
        {"import",
         Need::ManagerUp,
         "import_records",
         [](Fixture &f, const Actor &a) {
             ImportOptions options;
             options.run = ImportRun::DryRun;
             return outcome(ImportService(f.db.db()).importFile(f.templatePath, options, a));
         }},
        {"backup",
         Need::AdminOnly,
         "backup_restore",
         [](Fixture &f, const Actor &a) {
             return outcome(
                 MaintenanceService(f.db.db()).backup(a, f.db.filePath(QStringLiteral("b2"))));
         }},
        {"restore",
         Need::AdminOnly,
         "backup_restore",
         [](Fixture &f, const Actor &a) {
             return outcome(MaintenanceService(f.db.db()).restore(a, f.backupPath));
         }},
        {"check",
         Need::AdminOnly,
         "backup_restore",
         [](Fixture &f, const Actor &a) {
             return outcome(MaintenanceService(f.db.db()).check(a));
         }},
        {"demo_data",
         Need::AdminOnly,
         "generate_demo_data",
         [](Fixture &f, const Actor &a) {
             DemoOptions options;
             options.persons = 3;
             auto generated = DemoDataService(f.db.db()).generate(a, options);
             // The fixture holds real records, so an allowed role is then refused by the data
             // rule (no demo data among real records: NoUsersDatabaseServiceTest): that refusal
             // comes after the permission check, which is what this matrix is about.
             if (!generated && generated.error().code == ErrorCode::Conflict
                 && generated.error().detail.contains(QStringLiteral("real_records")))
                 return std::optional<Error>();
             return outcome(generated);
         }},
        {"list_users",
         Need::AdminOnly,
         "manage_users",
         [](Fixture &f, const Actor &a) { return outcome(AuthService(f.db.db()).listUsers(a)); }},
        {"create_user",
         Need::AdminOnly,
         "manage_users",
         [](Fixture &f, const Actor &a) {
             NewUser user{QStringLiteral("new.user"),
                          QString(),
                          Role::Viewer,
                          QStringLiteral("một mật khẩu dài"),
                          true};
             return outcome(AuthService(f.db.db()).createUser(a, user));
         }},
        {"attach_file",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             domain::Attachment scan;
             scan.personId = f.personId;
             scan.receptionId = f.receptionId;
             scan.documentType = QStringLiteral("reception_minutes");
             scan.fileName = QStringLiteral("bien-ban.png");
             return outcome(AttachmentService(f.db.db()).attachBytes(a, scan, pngBytes()));
         }},
        {"open_attachment",
         Need::CaseWork,
         "view_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(AttachmentService(f.db.db()).open(a, f.attachmentId));
         }},
        {"save_attachment_copy",
         Need::ManagerUp,
         "save_attachment_copy",
         [](Fixture &f, const Actor &a) {
             return outcome(AttachmentService(f.db.db()).saveCopy(
                 a, f.attachmentId, f.db.filePath(QStringLiteral("copy.png"))));
         }},
        {"archive_attachment",
         Need::CaseWork,
         "edit_cases",
         [](Fixture &f, const Actor &a) {
             return outcome(AttachmentService(f.db.db()).archive(
                 a, f.attachmentId, f.attachmentVersion, QStringLiteral("duplicate scan")));
         }},
        {"save_attachment_type",
         Need::AdminOnly,
         "manage_reference",
         [](Fixture &f, const Actor &a) {
             domain::AttachmentType type;
             type.code = QStringLiteral("court_record");
             type.nameVi = QStringLiteral("Hồ sơ tòa án");
             return outcome(ReferenceService(f.db.db()).saveAttachmentType(a, type));
         }},
        {"reference_lists",
         Need::AdminOnly,
         "manage_reference",
         [](Fixture &f, const Actor &a) { return outcome(ReferenceService(f.db.db()).lists(a)); }},
        {"save_border_gate",
         Need::AdminOnly,
         "manage_reference",
         [](Fixture &f, const Actor &a) {
             domain::BorderGate gate;
             gate.code = QStringLiteral("ka_long");
             gate.name = QStringLiteral("Cửa khẩu Ka Long");
             return outcome(ReferenceService(f.db.db()).saveBorderGate(a, gate));
         }},
        {"save_organisation",
         Need::AdminOnly,
         "manage_reference",
         [](Fixture &f, const Actor &a) {
             domain::Organisation org;
             org.name = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh");
             return outcome(ReferenceService(f.db.db()).saveOrganisation(a, org));
         }},
        {"idle_lock_setting",
         Need::AdminOnly,
         "manage_reference",
         [](Fixture &f, const Actor &a) {
             return outcome(AuthService(f.db.db()).setIdleLockMinutes(a, 5));
         }},
    };
    return list;
}

QString roleName(Role role)
{
    return roleCode(role);
}

struct MatrixCell
{
    int useCase;
    Role role;
};

/** A use case that copies the database file (backup, restore): refused on a server. */
bool isFileCopy(const UseCase &useCase)
{
    return qstrcmp(useCase.name, "backup") == 0 || qstrcmp(useCase.name, "restore") == 0;
}

class PermissionMatrixTest : public ::testing::TestWithParam<MatrixCell>
{};

/** Rows of every table a refused use case could have written to. */
qint64 writtenRows(storage::Database &db)
{
    qint64 total = 0;
    for (const char *table : {"person",
                              "reception",
                              "support",
                              "follow_up",
                              "handover_batch",
                              "app_user",
                              "attachment",
                              "attachment_chunk",
                              "attachment_type"})
        total += test::countRows(db, QLatin1String(table));
    total += test::countRows(db, QStringLiteral("audit_log"), QStringLiteral("action <> 'denied'"));
    return total;
}

TEST_P(PermissionMatrixTest, AllowedOrRefusedAndAudited)
{
    const UseCase &useCase = useCases().at(GetParam().useCase);
    const Role role = GetParam().role;
    const Actor actor{7, QStringLiteral("user_") + roleName(role), role};
    Fixture f;
    const qint64 deniedBefore = test::countRows(
        f.db.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'denied'"));
    const qint64 rowsBefore = writtenRows(f.db.db());

    const std::optional<Error> error = useCase.run(f, actor);

    if (expectedAllowed(useCase.need, role)) {
        if (test::onServer() && isFileCopy(useCase)) {
            // Allowed, and the server answers that its administrator uses pg_dump.
            ASSERT_TRUE(error.has_value());
            EXPECT_EQ(error->reason, ErrorReason::ServerBackup)
                << errorCodeName(error->code).toStdString() << " " << error->detail.toStdString();
        } else {
            EXPECT_FALSE(error.has_value())
                << "refused: " << errorCodeName(error->code).toStdString() << " "
                << error->detail.toStdString();
        }
        EXPECT_EQ(test::countRows(
                      f.db.db(), QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")),
                  deniedBefore);
        return;
    }
    ASSERT_TRUE(error.has_value()) << "allowed but should be refused";
    EXPECT_EQ(error->code, ErrorCode::PermissionDenied);
    EXPECT_EQ(error->detail, QLatin1String(useCase.permission));
    EXPECT_EQ(writtenRows(f.db.db()), rowsBefore) << "a refused use case wrote something";
    QSqlQuery query(f.db->connection());
    ASSERT_TRUE(query.exec(QStringLiteral(
        "SELECT actor, changes FROM audit_log WHERE action = 'denied' ORDER BY id")));
    QList<QPair<QString, QString>> rows;
    while (query.next())
        rows.append({query.value(0).toString(), query.value(1).toString()});
    ASSERT_EQ(rows.size(), deniedBefore + 1);
    EXPECT_EQ(rows.last().first, actor.userName);
    EXPECT_TRUE(rows.last().second.contains(QLatin1String(useCase.permission)))
        << rows.last().second.toStdString();
}

std::vector<MatrixCell> allCells()
{
    std::vector<MatrixCell> cells;
    for (int i = 0; i < useCases().size(); ++i) {
        for (Role role : {Role::Viewer, Role::SocialWorker, Role::Manager, Role::Administrator})
            cells.push_back({i, role});
    }
    return cells;
}

INSTANTIATE_TEST_SUITE_P(EveryUseCaseEveryRole,
                         PermissionMatrixTest,
                         ::testing::ValuesIn(allCells()),
                         [](const ::testing::TestParamInfo<MatrixCell> &info) {
                             return std::string(useCases().at(info.param.useCase).name) + "_"
                                    + roleName(info.param.role).toStdString();
                         });

/** The UI asks allowed(); it must agree with what the services enforce. */
TEST(PermissionTableTest, AllowedMatchesTheIssue)
{
    const struct
    {
        Permission permission;
        Need need;
    } table[] = {
        {Permission::ViewCases, Need::CaseWork},
        {Permission::EditCases, Need::CaseWork},
        {Permission::PrintCase, Need::CaseWork},
        {Permission::ViewReports, Need::Reports},
        {Permission::ExportDeidentified, Need::Deidentified},
        {Permission::ExportFull, Need::ManagerUp},
        {Permission::ImportRecords, Need::ManagerUp},
        {Permission::ViewAudit, Need::ManagerUp},
        {Permission::ManageUsers, Need::AdminOnly},
        {Permission::ManageReference, Need::AdminOnly},
        {Permission::BackupRestore, Need::AdminOnly},
        {Permission::GenerateDemoData, Need::AdminOnly},
        {Permission::SaveAttachmentCopy, Need::ManagerUp},
        {Permission::AdmitToShelter, Need::CaseWork},
        {Permission::LogCalls, Need::CaseWork},
    };
    for (const auto &row : table) {
        for (Role role : {Role::Viewer, Role::SocialWorker, Role::Manager, Role::Administrator}) {
            const Actor actor{1, QStringLiteral("x"), role};
            EXPECT_EQ(allowed(actor, row.permission), expectedAllowed(row.need, role))
                << permissionName(row.permission).toStdString() << " for "
                << roleName(role).toStdString();
        }
    }
}

} // namespace
} // namespace sr::services
