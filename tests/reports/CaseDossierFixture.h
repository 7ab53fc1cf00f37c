#pragma once

// A dossier filled by hand (no database) for the case documents' rendering tests: two
// receptions, enough supports to run over a page, a handover batch, a plan and attachments of
// each kind of owner.
#include "reports/CaseDocuments.h"

namespace sr::test {

inline reports::CaseDossier handFilledDossier(int extraSupports = 0)
{
    using namespace domain;
    reports::CaseDossier d;
    d.issuer.parentName = QStringLiteral("Sở Y tế tỉnh Quảng Ninh");
    d.issuer.name = QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh");
    d.issuer.abbreviation = QStringLiteral("TTCTXH");
    d.issuer.place = QStringLiteral("Quảng Ninh");
    d.issuer.headTitle = QStringLiteral("Giám đốc");
    d.issuer.signerName = QStringLiteral("Nguyễn Thị Minh Hằng");
    d.issuedOn = QDate(2026, 2, 5);

    d.person.meta.id = 7;
    d.person.caseCode = QStringLiteral("QN-2025-0042");
    d.person.fullName = QStringLiteral("Lò Thị Mai");
    d.person.sex = Sex::Female;
    d.person.birthDate = PartialDate::fromDate(QDate(2009, 3, 14));
    d.person.nationality = QStringLiteral("VN");
    d.person.ethnicity = QStringLiteral("04");
    d.person.documentType = DocumentType::Cccd;
    d.person.documentNumber = QStringLiteral("022309001234");
    d.person.residenceProvince = QStringLiteral("22");
    d.person.residenceCommune = QStringLiteral("07030");
    d.person.addressLine = QStringLiteral("Thôn Khe Lạc");
    d.person.phone = QStringLiteral("0912 345 678");
    d.person.consent.services = true;

    d.agencies.insert(QStringLiteral("TTCTXH_QN"),
                      {QStringLiteral("Trung tâm Công tác xã hội tỉnh Quảng Ninh"),
                       QStringLiteral("Quang Ninh Social Work Centre")});
    d.agencies.insert(QStringLiteral("BDBP_QN"),
                      {QStringLiteral("Bộ đội Biên phòng tỉnh Quảng Ninh"),
                       QStringLiteral("Quang Ninh Border Guard")});
    d.countries.insert(QStringLiteral("CN"),
                       {QStringLiteral("Trung Quốc"), QStringLiteral("China")});
    d.countries.insert(QStringLiteral("VN"),
                       {QStringLiteral("Việt Nam"), QStringLiteral("Viet Nam")});
    d.supportTypes.insert(
        QStringLiteral("essential_needs"),
        {QStringLiteral("Hỗ trợ nhu cầu thiết yếu"), QStringLiteral("Essential needs")});
    d.supportTypes.insert(
        QStringLiteral("travel"),
        {QStringLiteral("Hỗ trợ chi phí đi lại"), QStringLiteral("Travel costs")});
    d.borderGates.insert(QStringLiteral("MONG_CAI"),
                         {QStringLiteral("Cửa khẩu quốc tế Móng Cái"),
                          QStringLiteral("Mong Cai international border gate")});
    d.ethnicGroups.insert(QStringLiteral("04"), QStringLiteral("Dao"));
    d.provinces.insert(QStringLiteral("22"), QStringLiteral("Tỉnh Quảng Ninh"));
    d.communes.insert(QStringLiteral("07030"), QStringLiteral("Phường Móng Cái 1"));

    reports::DossierReception first;
    first.reception.meta.id = 11;
    first.reception.meta.uuid = QStringLiteral("r-11");
    first.reception.personId = 7;
    first.reception.receptionDate = QDate(2025, 3, 4);
    first.reception.agencyCode = QStringLiteral("TTCTXH_QN");
    first.reception.countryCode = QStringLiteral("CN");
    first.reception.route = Route::HandedOverAtBorder;
    first.reception.exploitation = {ExploitationForm::ForcedMarriage};
    first.reception.identificationStatus = IdentificationStatus::ConfirmedVictim;
    first.reception.identificationAgencyCode = QStringLiteral("BDBP_QN");
    first.reception.identificationDate = QDate(2025, 3, 6);
    HandoverBatch batch;
    batch.meta.id = 3;
    batch.date = QDate(2025, 3, 4);
    batch.borderGateCode = QStringLiteral("MONG_CAI");
    batch.foreignAgency = QStringLiteral("Công an thành phố Đông Hưng");
    batch.personsTotal = 12;
    first.batch = batch;
    const QList<QPair<qint64, SupportStatus>> amounts{{1500000, SupportStatus::Provided},
                                                      {800000, SupportStatus::Provided},
                                                      {2000000, SupportStatus::Declined}};
    qint64 id = 100;
    for (const auto &[amount, status] : amounts) {
        Support s;
        s.meta.id = ++id;
        s.receptionId = 11;
        s.typeCode = id % 2 ? QStringLiteral("essential_needs") : QStringLiteral("travel");
        s.date = QDate(2025, 3, 5).addDays(id - 100);
        s.amountVnd = amount;
        s.status = status;
        first.supports.append(s);
    }
    for (int i = 0; i < extraSupports; ++i) {
        Support s;
        s.meta.id = ++id;
        s.receptionId = 11;
        s.typeCode = QStringLiteral("travel");
        s.date = QDate(2025, 4, 1).addDays(i);
        s.amountVnd = 1234567890;
        first.supports.append(s);
    }
    FollowUp f;
    f.meta.id = 51;
    f.receptionId = 11;
    f.date = QDate(2025, 6, 20);
    f.health = ReintegrationStatus::Stable;
    first.followUps.append(f);
    PlanGoal g;
    g.meta.id = 61;
    g.receptionId = 11;
    g.area = GoalArea::Education;
    g.goal = QStringLiteral("Đi học lại lớp 10");
    g.actions = QStringLiteral("Liên hệ trường THPT");
    g.targetDate = QDate(2025, 9, 5);
    first.goals.append(g);
    d.receptions.append(first);

    reports::DossierReception second;
    second.reception.meta.id = 12;
    second.reception.personId = 7;
    second.reception.receptionDate = QDate(2026, 1, 15);
    second.reception.agencyCode = QStringLiteral("TTCTXH_QN");
    second.reception.route = Route::SelfReported;
    Support late;
    late.meta.id = 201;
    late.receptionId = 12;
    late.typeCode = QStringLiteral("essential_needs");
    late.date = QDate(2026, 1, 16);
    late.amountVnd = 450000;
    second.supports.append(late);
    d.receptions.append(second);

    d.documentTypes = {
        AttachmentType{{},
                       QStringLiteral("identification_decision"),
                       QStringLiteral("Quyết định xác định nạn nhân"),
                       QStringLiteral("Identification decision"),
                       1},
        AttachmentType{
            {}, QStringLiteral("photo"), QStringLiteral("Ảnh"), QStringLiteral("Photo"), 7}};
    Attachment decision;
    decision.meta.id = 1;
    decision.personId = 7;
    decision.receptionId = 11;
    decision.documentType = QStringLiteral("identification_decision");
    decision.documentDate = QDate(2025, 3, 6);
    decision.fileName = QStringLiteral("quyet-dinh-xac-dinh.pdf");
    decision.sizeBytes = 1258291; // 1,2 MB
    Attachment photo;
    photo.meta.id = 2;
    photo.personId = 7;
    photo.documentType = QStringLiteral("photo");
    photo.fileName = QStringLiteral("anh-chan-dung.jpg");
    photo.sizeBytes = 245760; // 240 KB
    Attachment receipt;
    receipt.meta.id = 3;
    receipt.personId = 7;
    receipt.supportId = 101;
    receipt.documentType = QStringLiteral("photo");
    receipt.fileName = QStringLiteral("bien-nhan.png");
    receipt.sizeBytes = 900;
    d.attachments = {decision, photo, receipt};
    return d;
}

} // namespace sr::test
