// The reference lists editor's use cases: agencies, border gates, support types and the
// organisation — validation, audit rows, archiving with a reason, codes that never change,
// optimistic locking, duplicate codes and the administrator-only permission.
#include "services/ReferenceService.h"

#include "ServiceTestSupport.h"
#include "services/ReportService.h"
#include "storage/ReferenceRepository.h"
#include "support/FixedClock.h"
#include "support/TempDatabase.h"

#include <QSqlQuery>

#include <gtest/gtest.h>

namespace sr::services {
namespace {

using namespace sr::domain;

class ReferenceServiceTest : public ::testing::Test
{
protected:
    test::FixedClock m_clock{QDateTime(QDate(2026, 11, 29), QTime(9, 0))};
    test::TempDatabase m_db;
    Actor m_admin{0, QStringLiteral("admin"), Role::Administrator};
    Actor m_worker{0, QStringLiteral("worker"), Role::SocialWorker};
    ReferenceService m_service{m_db.db()};

    qint64 rows(const QString &table, const QString &where = {})
    {
        return test::countRows(m_db.db(), table, where);
    }

    template<typename T>
    static const T *byCode(const QList<T> &list, const QString &code)
    {
        for (const T &entry : list) {
            if (entry.code == code)
                return &entry;
        }
        return nullptr;
    }
};

TEST_F(ReferenceServiceTest, ListsHoldTheShippedEntries)
{
    const auto lists = m_service.lists(m_admin);
    ASSERT_TRUE(lists.ok());
    ASSERT_NE(byCode(lists->agencies, QStringLiteral("ctxh_qn")), nullptr);
    ASSERT_NE(byCode(lists->borderGates, QStringLiteral("mong_cai")), nullptr);
    const SupportType *medical = byCode(lists->supportTypes, QStringLiteral("medical"));
    ASSERT_NE(medical, nullptr);
    EXPECT_EQ(medical->defaultAmountVnd, 500000);
    EXPECT_GE(lists->countries.size(), 100);
    EXPECT_EQ(lists->provinces.size(), 34); // the provinces from 1/7/2025
}

TEST_F(ReferenceServiceTest, NewBorderGateIsStoredWithAnAuditRow)
{
    BorderGate gate;
    gate.code = QStringLiteral("ka_long");
    gate.name = QStringLiteral("Cửa khẩu Ka Long");
    gate.nameEn = QStringLiteral("Ka Long Border Gate");
    gate.countryCode = QStringLiteral("CN");
    const auto saved = m_service.saveBorderGate(m_admin, gate);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    EXPECT_GT(saved->meta.id, 0);

    QSqlQuery q(m_db->connection());
    ASSERT_TRUE(q.exec(QStringLiteral(
        "SELECT name, name_en, country_code, created_by FROM border_gate WHERE code = 'ka_long'")));
    ASSERT_TRUE(q.next());
    EXPECT_EQ(q.value(0).toString(), QStringLiteral("Cửa khẩu Ka Long"));
    EXPECT_EQ(q.value(1).toString(), QStringLiteral("Ka Long Border Gate"));
    EXPECT_EQ(q.value(2).toString(), QStringLiteral("CN"));
    EXPECT_EQ(q.value(3).toString(), QStringLiteral("admin"));
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'create' AND entity = 'border_gate' AND entity_id = %1")
                       .arg(saved->meta.id)),
              1);
}

TEST_F(ReferenceServiceTest, RetriedSaveOfANewEntryIsNotEnteredTwice)
{
    BorderGate gate;
    gate.meta.uuid = QStringLiteral("3c0e7a0d-5555-4a4b-8c8d-0123456789ab");
    gate.code = QStringLiteral("ka_long");
    gate.name = QStringLiteral("Cửa khẩu Ka Long");
    const auto first = m_service.saveBorderGate(m_admin, gate);
    const auto second = m_service.saveBorderGate(m_admin, gate);
    ASSERT_TRUE(first.ok());
    ASSERT_TRUE(second.ok()) << second.error().detail.toStdString();
    EXPECT_EQ(first->meta.id, second->meta.id);
    EXPECT_EQ(rows(QStringLiteral("border_gate"), QStringLiteral("code = 'ka_long'")), 1);
}

TEST_F(ReferenceServiceTest, NewDefaultAmountIsWhatTheNextSupportIsPrefilledWith)
{
    auto lists = m_service.lists(m_admin);
    ASSERT_TRUE(lists.ok());
    SupportType travel = *byCode(lists->supportTypes, QStringLiteral("medical"));
    travel.defaultAmountVnd = 750000; // a new provincial resolution
    const auto saved = m_service.saveSupportType(m_admin, travel);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->meta.version, travel.meta.version + 1);
    const auto reread = storage::ReferenceRepository(m_db.db()).supportTypes();
    ASSERT_TRUE(reread.ok());
    EXPECT_EQ(byCode(*reread, QStringLiteral("medical"))->defaultAmountVnd, 750000);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'update' AND entity = 'support_type'")),
              1);
}

// The amount of one shelter day (support_type.per_day_amount_vnd, schema step 14): what
// "Convert to supports" on a stay gives a day (docs/centre-work.md, "Shelter").
TEST_F(ReferenceServiceTest, PerDayAmountIsStoredAuditedAndNeverNegative)
{
    auto lists = m_service.lists(m_admin);
    ASSERT_TRUE(lists.ok());
    SupportType needs = *byCode(lists->supportTypes, QStringLiteral("essential_needs"));
    EXPECT_EQ(needs.perDayAmountVnd, 50000);
    needs.perDayAmountVnd = 65000;
    const auto saved = m_service.saveSupportType(m_admin, needs);
    ASSERT_TRUE(saved.ok()) << saved.error().detail.toStdString();
    EXPECT_EQ(rows(QStringLiteral("support_type"),
                   QStringLiteral("code = 'essential_needs' AND per_day_amount_vnd = 65000")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'update' AND entity = 'support_type' AND changes "
                                  "LIKE '%per_day_amount_vnd%'")),
              1);

    // Negative: refused with the field named, nothing written.
    const qint64 audit = rows(QStringLiteral("audit_log"));
    SupportType bad = saved.value();
    bad.perDayAmountVnd = -1;
    const auto refused = m_service.saveSupportType(m_admin, bad);
    ASSERT_FALSE(refused.ok());
    EXPECT_EQ(refused.error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refused.fieldErrors(),
              FieldErrors({{QStringLiteral("per_day_amount_vnd"), ValidationCode::Negative}}));
    EXPECT_EQ(rows(QStringLiteral("support_type"),
                   QStringLiteral("code = 'essential_needs' AND per_day_amount_vnd = 65000")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit);
}

TEST_F(ReferenceServiceTest, InvalidEntriesWriteNothingAndNameEveryField)
{
    const qint64 audit = rows(QStringLiteral("audit_log"));
    const qint64 types = rows(QStringLiteral("support_type"));
    SupportType type;
    type.code = QStringLiteral("Hỗ trợ đi lại");
    type.nameVi = QStringLiteral("   ");
    type.defaultAmountVnd = -1;
    const auto saved = m_service.saveSupportType(m_admin, type);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.error().code, ErrorCode::InvalidInput);
    const FieldErrors expected{{QStringLiteral("code"), ValidationCode::InvalidFormat},
                               {QStringLiteral("name_vi"), ValidationCode::Required},
                               {QStringLiteral("default_amount_vnd"), ValidationCode::Negative}};
    EXPECT_EQ(saved.fieldErrors(), expected);

    BorderGate gate;
    gate.code = QStringLiteral("gate");
    gate.name = QStringLiteral("Cửa khẩu");
    gate.countryCode = QStringLiteral("china");
    const auto badGate = m_service.saveBorderGate(m_admin, gate);
    ASSERT_FALSE(badGate.ok());
    EXPECT_EQ(badGate.fieldErrors(),
              FieldErrors({{QStringLiteral("country_code"), ValidationCode::InvalidFormat}}));

    EXPECT_EQ(rows(QStringLiteral("support_type")), types);
    EXPECT_EQ(rows(QStringLiteral("border_gate"), QStringLiteral("code = 'gate'")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log")), audit);
}

TEST_F(ReferenceServiceTest, StoredCodeNeverChanges)
{
    auto lists = m_service.lists(m_admin);
    ASSERT_TRUE(lists.ok());
    Agency agency = *byCode(lists->agencies, QStringLiteral("ctxh_qn"));
    agency.code = QStringLiteral("ctxh");
    const auto saved = m_service.saveAgency(m_admin, agency);
    ASSERT_FALSE(saved.ok());
    EXPECT_EQ(saved.fieldErrors(),
              FieldErrors({{QStringLiteral("code"), ValidationCode::Inconsistent}}));
    EXPECT_EQ(rows(QStringLiteral("agency"), QStringLiteral("code = 'ctxh_qn'")), 1);
    EXPECT_EQ(rows(QStringLiteral("agency"), QStringLiteral("code = 'ctxh'")), 0);
}

TEST_F(ReferenceServiceTest, DuplicateCodeAndStaleCopyAreRefused)
{
    BorderGate copy;
    copy.code = QStringLiteral("mong_cai");
    copy.name = QStringLiteral("Móng Cái (bản sao)");
    const auto duplicate = m_service.saveBorderGate(m_admin, copy);
    ASSERT_FALSE(duplicate.ok());
    EXPECT_EQ(duplicate.error().code, ErrorCode::Duplicate);
    EXPECT_EQ(rows(QStringLiteral("border_gate"), QStringLiteral("code = 'mong_cai'")), 1);

    auto lists = m_service.lists(m_admin);
    ASSERT_TRUE(lists.ok());
    BorderGate gate = *byCode(lists->borderGates, QStringLiteral("mong_cai"));
    BorderGate stale = gate;
    gate.nameEn = QStringLiteral("Móng Cái International Border Crossing");
    ASSERT_TRUE(m_service.saveBorderGate(m_admin, gate).ok());
    stale.name = QStringLiteral("Cửa khẩu Móng Cái");
    const auto conflict = m_service.saveBorderGate(m_admin, stale);
    ASSERT_FALSE(conflict.ok());
    EXPECT_EQ(conflict.error().code, ErrorCode::Conflict);
}

TEST_F(ReferenceServiceTest, ArchivingNeedsAReasonAndKeepsTheEntry)
{
    auto lists = m_service.lists(m_admin);
    ASSERT_TRUE(lists.ok());
    Agency agency = *byCode(lists->agencies, QStringLiteral("ubnd_hai_dong"));
    agency.meta.archived = true;
    const auto noReason = m_service.saveAgency(m_admin, agency);
    ASSERT_FALSE(noReason.ok());
    EXPECT_EQ(noReason.fieldErrors(),
              FieldErrors({{QStringLiteral("archive_reason"), ValidationCode::Required}}));
    EXPECT_EQ(
        rows(QStringLiteral("agency"), QStringLiteral("code = 'ubnd_hai_dong' AND archived = 0")),
        1);

    agency.meta.archiveReason = QStringLiteral("Sáp nhập xã từ 1/7/2025");
    const auto archived = m_service.saveAgency(m_admin, agency);
    ASSERT_TRUE(archived.ok());
    EXPECT_TRUE(archived->meta.archived);
    EXPECT_EQ(rows(QStringLiteral("agency"),
                   QStringLiteral("code = 'ubnd_hai_dong' AND archived = 1 AND "
                                  "archive_reason = 'Sáp nhập xã từ 1/7/2025'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'archive' AND entity = 'agency' AND entity_id = %1")
                       .arg(agency.meta.id)),
              1);
    const auto active = storage::ReferenceRepository(m_db.db()).agencies();
    ASSERT_TRUE(active.ok());
    EXPECT_EQ(byCode(*active, QStringLiteral("ubnd_hai_dong")), nullptr);
}

TEST_F(ReferenceServiceTest, OrganisationHeadsTheReportAndIsAudited)
{
    auto needs = m_service.needsOrganisation();
    ASSERT_TRUE(needs.ok());
    EXPECT_TRUE(*needs);

    Organisation org;
    org.name = QStringLiteral("  TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH ");
    org.parentName = QStringLiteral("SỞ Y TẾ TỈNH QUẢNG NINH");
    org.provinceCode = QStringLiteral("22");
    org.address = QStringLiteral("Phường Hạ Long, tỉnh Quảng Ninh");
    org.place = QStringLiteral("Hạ Long");
    org.caseCodePrefix = QStringLiteral("QN");
    const auto saved = m_service.saveOrganisation(m_admin, org);
    ASSERT_TRUE(saved.ok());
    EXPECT_EQ(saved->name, QStringLiteral("TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH"));
    needs = m_service.needsOrganisation();
    ASSERT_TRUE(needs.ok());
    EXPECT_FALSE(*needs);
    EXPECT_EQ(rows(QStringLiteral("settings"),
                   QStringLiteral("key = 'org_name' AND value = "
                                  "'TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH'")),
              1);
    EXPECT_EQ(rows(QStringLiteral("audit_log"),
                   QStringLiteral("action = 'update' AND entity = 'settings'")),
              1);

    ReportService reports(m_db.db());
    const auto summary = reports.summary(m_admin, Period::year(2026));
    ASSERT_TRUE(summary.ok());
    EXPECT_EQ(summary->issuer.name, QStringLiteral("TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH"));
    EXPECT_EQ(summary->issuer.parentName, QStringLiteral("SỞ Y TẾ TỈNH QUẢNG NINH"));
    EXPECT_EQ(summary->issuer.place, QStringLiteral("Hạ Long"));
}

TEST_F(ReferenceServiceTest, InvalidOrganisationChangesNothing)
{
    Organisation org;
    org.name = QString();
    org.provinceCode = QString();
    org.caseCodePrefix = QStringLiteral("qn-1");
    const auto saved = m_service.saveOrganisation(m_admin, org);
    ASSERT_FALSE(saved.ok());
    const FieldErrors expected{{QStringLiteral("org_name"), ValidationCode::Required},
                               {QStringLiteral("org_province_code"), ValidationCode::Required},
                               {QStringLiteral("case_code_prefix"), ValidationCode::InvalidFormat}};
    EXPECT_EQ(saved.fieldErrors(), expected);
    const auto stored = m_service.organisation();
    ASSERT_TRUE(stored.ok());
    EXPECT_EQ(stored->caseCodePrefix, QStringLiteral("QN"));
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("entity = 'settings'")), 0);
}

TEST_F(ReferenceServiceTest, OnlyAnAdministratorMayChangeTheListsAndRefusalsAreAudited)
{
    const qint64 denied = rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'"));
    EXPECT_EQ(m_service.lists(m_worker).error().code, ErrorCode::PermissionDenied);
    BorderGate gate;
    gate.code = QStringLiteral("ka_long");
    gate.name = QStringLiteral("Cửa khẩu Ka Long");
    EXPECT_EQ(m_service.saveBorderGate(m_worker, gate).error().code, ErrorCode::PermissionDenied);
    Organisation org;
    org.name = QStringLiteral("X");
    EXPECT_EQ(m_service.saveOrganisation(m_worker, org).error().code, ErrorCode::PermissionDenied);
    EXPECT_EQ(rows(QStringLiteral("border_gate"), QStringLiteral("code = 'ka_long'")), 0);
    EXPECT_EQ(rows(QStringLiteral("audit_log"), QStringLiteral("action = 'denied'")), denied + 3);
}

} // namespace
} // namespace sr::services
