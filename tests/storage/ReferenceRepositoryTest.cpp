// Reference lists (read-only official lists, editable agencies/gates/support types) and settings.
#include "storage/ReferenceRepository.h"

#include "StorageTestData.h"
#include "support/TempDatabase.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <gtest/gtest.h>

using sr::ErrorCode;
using namespace sr::domain;
using namespace sr::storage;
using namespace sr::test;

TEST(ReferenceRepositoryTest, ReadsOfficialLists)
{
    TempDatabase temp;
    ReferenceRepository refs(temp.db());
    auto countries = refs.countries();
    ASSERT_TRUE(countries.ok());
    EXPECT_EQ(countries->size(), 249);
    const auto cn = std::find_if(countries->begin(), countries->end(), [](const Country &c) {
        return c.code == QLatin1String("CN");
    });
    ASSERT_NE(cn, countries->end());
    EXPECT_EQ(cn->nameVi, QStringLiteral("Trung Quốc"));

    auto groups = refs.ethnicGroups();
    ASSERT_TRUE(groups.ok());
    EXPECT_EQ(groups->size(), 56);
    EXPECT_EQ(groups->first().code, QStringLiteral("00"));

    auto before = refs.provinces(AdminEra::Pre2025);
    auto after = refs.provinces(AdminEra::From2025);
    ASSERT_TRUE(before.ok() && after.ok());
    EXPECT_EQ(before->size(), 63);
    EXPECT_EQ(after->size(), 34);
    EXPECT_EQ(after->first().era, AdminEra::From2025);

    auto communes = refs.communes(AdminEra::Pre2025, QStringLiteral("22"));
    ASSERT_TRUE(communes.ok());
    EXPECT_EQ(communes->size(), 171);
    EXPECT_EQ(communes->first().provinceCode, QStringLiteral("22"));
    EXPECT_FALSE(communes->first().districtName.isEmpty());
    EXPECT_EQ(refs.communes(AdminEra::From2025, QStringLiteral("22"))->size(), 54);
    EXPECT_TRUE(refs.communes(AdminEra::From2025, QStringLiteral("01"))->isEmpty());

    auto types = refs.supportTypes();
    ASSERT_TRUE(types.ok());
    EXPECT_EQ(types->size(), 16);
    EXPECT_EQ(types->first().code, QStringLiteral("essential_needs")); // by sort order
    EXPECT_EQ(types->first().defaultAmountVnd, 50000);
    EXPECT_TRUE(types->first().legalRegime);
    EXPECT_EQ(types->first().meta.version, 1);

    auto gates = refs.borderGates();
    ASSERT_TRUE(gates.ok());
    EXPECT_FALSE(gates->isEmpty());
    auto agencies = refs.agencies();
    ASSERT_TRUE(agencies.ok());
    EXPECT_GE(agencies->size(), 8);
    const auto ctxh = std::find_if(agencies->begin(), agencies->end(), [](const Agency &a) {
        return a.code == QLatin1String("ctxh_qn");
    });
    ASSERT_NE(ctxh, agencies->end());
    EXPECT_EQ(ctxh->kind, AgencyKind::SocialWorkCentre);
    EXPECT_EQ(ctxh->provinceCode, QStringLiteral("22"));
}

TEST(ReferenceRepositoryTest, AgencyInsertUpdateConflictArchive)
{
    TempDatabase temp;
    ReferenceRepository refs(temp.db());
    const int before = int(refs.agencies()->size());
    Agency agency;
    agency.code = QStringLiteral("ubnd_test");
    agency.name = QStringLiteral("UBND xã Thử");
    agency.kind = AgencyKind::CommuneCommittee;
    agency.provinceCode = QStringLiteral("22");
    auto stored = refs.saveAgency(agency, testActor());
    ASSERT_TRUE(stored.ok()) << stored.error().detail.toStdString();
    EXPECT_EQ(stored->meta.version, 1);
    EXPECT_EQ(refs.agencies()->size(), before + 1);
    EXPECT_EQ(lastAuditChanges(
                  temp.db(), QStringLiteral("agency"), stored->meta.id, QStringLiteral("create"))
                  .value(QStringLiteral("code"))
                  .toString(),
              QStringLiteral("ubnd_test"));

    Agency a = *stored;
    Agency b = *stored;
    a.nameEn = QStringLiteral("Test Commune");
    b.name = QStringLiteral("other");
    auto updated = refs.saveAgency(a, testActor());
    ASSERT_TRUE(updated.ok());
    EXPECT_EQ(updated->meta.version, 2);
    EXPECT_EQ(refs.saveAgency(b, testActor()).error().code, ErrorCode::Conflict);
    EXPECT_EQ(
        lastAuditChanges(temp.db(), QStringLiteral("agency"), a.meta.id, QStringLiteral("update")),
        (QJsonObject{
            {QStringLiteral("name_en"), QJsonArray{QString(), QStringLiteral("Test Commune")}}}));

    Agency duplicate = agency;
    EXPECT_EQ(refs.saveAgency(duplicate, testActor()).error().code, ErrorCode::Duplicate);

    // A retried insert (same uuid) returns the stored entry and writes nothing.
    Agency retry = agency;
    retry.meta.uuid = stored->meta.uuid;
    retry.name = QStringLiteral("changed meanwhile");
    auto again = refs.saveAgency(retry, testActor());
    ASSERT_TRUE(again.ok()) << again.error().detail.toStdString();
    EXPECT_EQ(again->meta.id, stored->meta.id);
    EXPECT_EQ(again->name, QStringLiteral("UBND xã Thử"));
    EXPECT_EQ(again->nameEn, QStringLiteral("Test Commune"));

    Agency archiving = *updated;
    archiving.meta.archived = true;
    archiving.meta.archiveReason = QStringLiteral("merged");
    auto archived = refs.saveAgency(archiving, testActor());
    ASSERT_TRUE(archived.ok()) << archived.error().detail.toStdString();
    EXPECT_EQ(refs.agencies()->size(), before);
    auto archivedList = refs.agencies(ArchiveFilter::ArchivedOnly);
    ASSERT_EQ(archivedList->size(), 1);
    EXPECT_EQ(archivedList->first().meta.archiveReason, QStringLiteral("merged"));
    EXPECT_EQ(archivedList->first().meta.version, 4);
    EXPECT_EQ(
        count(temp.db(), QStringLiteral("SELECT count(*) FROM audit_log WHERE entity = 'agency'")),
        4);
}

TEST(ReferenceRepositoryTest, BorderGateAndSupportTypeEdits)
{
    TempDatabase temp;
    ReferenceRepository refs(temp.db());
    BorderGate gate;
    gate.code = QStringLiteral("test_gate");
    gate.name = QStringLiteral("Cửa khẩu Thử");
    gate.countryCode = QStringLiteral("CN");
    auto storedGate = refs.saveBorderGate(gate, testActor());
    ASSERT_TRUE(storedGate.ok()) << storedGate.error().detail.toStdString();
    BorderGate noCountry = gate;
    noCountry.code = QStringLiteral("test_gate_2");
    noCountry.countryCode.clear();
    ASSERT_TRUE(refs.saveBorderGate(noCountry, testActor()).ok());
    BorderGate badCountry = gate;
    badCountry.code = QStringLiteral("test_gate_3");
    badCountry.countryCode = QStringLiteral("QQ");
    EXPECT_EQ(refs.saveBorderGate(badCountry, testActor()).error().code, ErrorCode::InvalidInput);

    SupportType type = refs.supportTypes()->first();
    type.defaultAmountVnd = 70000;
    auto storedType = refs.saveSupportType(type, testActor());
    ASSERT_TRUE(storedType.ok()) << storedType.error().detail.toStdString();
    EXPECT_EQ(refs.supportTypes()->first().defaultAmountVnd, 70000);
    EXPECT_EQ(
        lastAuditChanges(
            temp.db(), QStringLiteral("support_type"), type.meta.id, QStringLiteral("update")),
        (QJsonObject{{QStringLiteral("default_amount_vnd"), QJsonArray{50000, 70000}}}));
}

TEST(ReferenceRepositoryTest, TheReportSigningDetailsAreKeptAndAudited)
{
    TempDatabase temp;
    ReferenceRepository refs(temp.db());
    Organisation org = *refs.organisation();
    EXPECT_FALSE(org.deputySigns);
    EXPECT_TRUE(org.recipients.isEmpty());
    org.abbreviation = QStringLiteral("TTCTXH");
    org.headTitle = QStringLiteral("GIÁM ĐỐC");
    org.deputySigns = true;
    org.deputyTitle = QStringLiteral("PHÓ GIÁM ĐỐC");
    org.signerName = QStringLiteral("Nguyễn Văn An");
    org.recipients = {QStringLiteral("Sở Y tế"), QStringLiteral("Lưu: VT")};
    ASSERT_TRUE(refs.setOrganisation(org, testActor()).ok());
    const auto loaded = refs.organisation();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(*loaded, org);
    EXPECT_EQ(
        scalar(temp.db(), QStringLiteral("SELECT value FROM settings WHERE key = 'org_recipients'"))
            .toString(),
        QStringLiteral("Sở Y tế\nLưu: VT"));
    const QJsonObject changes =
        QJsonDocument::fromJson(
            scalar(temp.db(),
                   QStringLiteral("SELECT changes FROM audit_log WHERE entity = "
                                  "'settings' AND action = 'update'"))
                .toString()
                .toUtf8())
            .object();
    EXPECT_EQ(changes.value(QStringLiteral("org_deputy_signs")),
              (QJsonArray{QStringLiteral("0"), QStringLiteral("1")}));
    EXPECT_EQ(changes.value(QStringLiteral("org_signer_name")),
              (QJsonArray{QString(), QStringLiteral("Nguyễn Văn An")}));
}

TEST(ReferenceRepositoryTest, OrganisationAndSettings)
{
    TempDatabase temp;
    ReferenceRepository refs(temp.db());
    auto initial = refs.organisation();
    ASSERT_TRUE(initial.ok());
    EXPECT_EQ(initial->caseCodePrefix, QStringLiteral("QN"));
    EXPECT_EQ(initial->provinceCode, QStringLiteral("22"));

    Organisation org = *initial;
    org.name = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh");
    org.parentName = QStringLiteral("SỞ Y TẾ TỈNH QUẢNG NINH");
    org.address = QStringLiteral("Hạ Long");
    org.place = QStringLiteral("Hạ Long");
    org.caseCodePrefix = QStringLiteral("CTXH");
    ASSERT_TRUE(refs.setOrganisation(org, testActor()).ok());
    auto loaded = refs.organisation();
    ASSERT_TRUE(loaded.ok());
    EXPECT_EQ(loaded->name, org.name);
    EXPECT_EQ(loaded->parentName, org.parentName);
    EXPECT_EQ(loaded->address, org.address);
    EXPECT_EQ(loaded->place, org.place);
    EXPECT_EQ(loaded->caseCodePrefix, QStringLiteral("CTXH"));
    EXPECT_EQ(scalar(temp.db(),
                     QStringLiteral("SELECT value FROM settings WHERE key = 'case_code_prefix'"))
                  .toString(),
              QStringLiteral("CTXH"));
    const QJsonObject changes =
        QJsonDocument::fromJson(
            scalar(temp.db(),
                   QStringLiteral("SELECT changes FROM audit_log WHERE entity = "
                                  "'settings' AND action = 'update'"))
                .toString()
                .toUtf8())
            .object();
    EXPECT_EQ(changes.value(QStringLiteral("case_code_prefix")),
              (QJsonArray{QStringLiteral("QN"), QStringLiteral("CTXH")}));
    EXPECT_FALSE(changes.contains(QStringLiteral("org_province_code")));

    Organisation empty = org;
    empty.caseCodePrefix.clear();
    EXPECT_EQ(refs.setOrganisation(empty, testActor()).error().code, ErrorCode::InvalidInput);
    EXPECT_EQ(refs.organisation()->caseCodePrefix, QStringLiteral("CTXH"));

    EXPECT_EQ(*refs.setting(QStringLiteral("missing"), QStringLiteral("fallback")),
              QStringLiteral("fallback"));
    ASSERT_TRUE(refs.setSetting(QStringLiteral("ui.theme"), QStringLiteral("dark")).ok());
    ASSERT_TRUE(refs.setSetting(QStringLiteral("ui.theme"), QStringLiteral("light")).ok());
    EXPECT_EQ(*refs.setting(QStringLiteral("ui.theme")), QStringLiteral("light"));
    ASSERT_TRUE(refs.setSetting(QStringLiteral("empty"), QString()).ok());
    EXPECT_EQ(
        count(temp.db(),
              QStringLiteral("SELECT count(*) FROM settings WHERE key = 'empty' AND value = ''")),
        1);
}
