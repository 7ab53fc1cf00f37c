#include "ReportFixture.h"

#include "domain/Person.h"
#include "storage/FollowUpRepository.h"
#include "storage/HandoverBatchRepository.h"
#include "storage/HotlineRepository.h"
#include "storage/PersonRepository.h"
#include "storage/ReceptionRepository.h"
#include "storage/SupportRepository.h"

#include <QProcess>

#include <gtest/gtest.h>

// The fixture, period 01/01/2021 – 30/06/2023 (home province 22 = Quảng Ninh):
//
// person sex      born        nat eth res | reception  date        country agency          route                  status            case
// P1     male     2021-03-01  VN  01  22  | R1         2021-03-11  CN      bdbp_qn         handed_over_at_border  confirmed_victim  closed handed_over_to_family
// P2     male     2020-06-10  TH  99  --  | R2         2021-03-20  CN      bdbp_qn         handed_over_at_border  confirmed_victim  closed transferred
// P3     female   2000-05-05  VN  03  04  | R3         2021-08-15  CN      ctxh_qn         self_reported          confirmed_victim  open
// P4     female   2005-09-01  VN  01  22  | R4a        2021-11-02  CN      ldtbxh_mong_cai rescued                pending           closed returned_home
//                                         | R4b        2022-10-10  KH      ubnd_hai_dong   via_mission_abroad     confirmed_victim  open
// P5     female   1995-01-01  VN  01  01  | R5         2022-02-14  CN      ldtbxh_mong_cai handed_over_at_border  confirmed_victim  closed handed_over_to_family
// P6     male     2010-07-07  VN  01  22  | R6         2022-12-30  KH      ubnd_mao_khe    reported_by_family     not_verified      closed other
// P7     female   1990-02-02  VN  01  22  | R7         2023-03-03  CN      ctxh_qn         found_in_screening     confirmed_victim  closed handed_over_to_family
// P8     unknown  (unknown)   VN  00  22  | R8         2023-06-30  CN      bdbp_qn         handed_over_at_border  undetermined      open
// P9     male     1980-01-01  VN  01  22  | R9a 2020-12-31 and R9b 2023-07-01: outside the period
// P10    female   1999-01-01  VN  01  22  | R10 2022-05-05: archived
//
// Supports (type, date, status, amount, quantity):
// R1: medical 2021-03-12 provided 500.000 ×1; essential_needs 2021-03-12 provided 350.000 ×7
// R2: medical 2021-03-21 provided 500.000
// R3: psychological 2021-08-16 provided 0 ×2; vocational_training 2021-09-01 declined
// R4a: travel 2021-11-03 provided 500.000; travel_meals 2021-11-03 provided 100.000 ×2
// R4b: travel 2022-10-11 provided 600.000; vocational_training 2022-10-20 not_needed
// R5: travel 2022-02-15 provided 500.000; travel_meals 2022-02-15 provided 100.000 ×2;
//     medical 2022-02-15 referred
// R7: identity_papers 2023-03-10 provided 0; medical 2023-03-05 provided 1.500.000;
//     hardship_allowance 2023-07-05 provided 1.500.000 (after the period);
//     medical 2023-03-06 provided 999.000 (archived)
// R9a: travel 2021-01-05 provided 500.000 (inside the period, though R9a is not)
// Follow-ups: R1 2021-06-01, R1 2022-01-10, R5 2022-05-01, R7 2023-07-15 (after)
// Batches (total, classified, verified, cases, victims):
//   2021-05-10 40 yes 30 1 1;  2022-03-03 25 no 0 0 0;  2023-06-30 12 yes 12 2 3;
//   2020-12-20 9 yes 9 0 0 (before);  2022-08-08 7 yes 7 1 1 (archived)
// Hotline calls (date time, reason, urgency, actions; docs/centre-work.md "Hotline"):
//   C1 2021-08-14 20:15 trafficking_report emergency referred_centre,case_opened → P3, R3
//   C2 2021-09-02 09:00 advice             normal    advised
//   C3 2022-01-05 14:30 violence_abuse     urgent    advised,referred_police
//   C4 2022-12-29 23:10 emergency_help     emergency referred_health,shelter_admitted
//   C5 2022-12-29 10:00 policy_information normal    advised (line 02033823999)
//   C6 2023-06-30 08:00 advice             normal    advised
//   2020-12-31 advice (before); 2023-07-01 advice (after); 2022-06-01 advice (archived)

namespace sr::test {

namespace {

using namespace sr::domain;

/** The fixture's hotline calls (the table above); C1 became the case of @a p3 at @a r3. */
bool addHotlineCalls(storage::Database &db, const Actor &actor, qint64 p3, qint64 r3)
{
    storage::HotlineRepository calls(db);
    using A = CallAction;
    const auto call = [&](const QDate &date,
                          const char *time,
                          CallReason reason,
                          CallUrgency urgency,
                          QList<A> actions) {
        HotlineCall c;
        c.date = date;
        c.time = QString::fromLatin1(time);
        c.durationMinutes = 10;
        c.reason = reason;
        c.urgency = urgency;
        c.actions = std::move(actions);
        return c;
    };
    HotlineCall c1 = call(QDate(2021, 8, 14),
                          "20:15",
                          CallReason::TraffickingReport,
                          CallUrgency::Emergency,
                          {A::ReferredCentre, A::CaseOpened});
    c1.callerType = CallerType::PersonConcerned;
    c1.personId = p3;
    c1.receptionId = r3;
    HotlineCall c5 = call(QDate(2022, 12, 29),
                          "10:00",
                          CallReason::PolicyInformation,
                          CallUrgency::Normal,
                          {A::Advised});
    c5.line = QStringLiteral("02033823999");
    const QList<HotlineCall> list{
        c1,
        call(QDate(2021, 9, 2), "09:00", CallReason::Advice, CallUrgency::Normal, {A::Advised}),
        call(QDate(2022, 1, 5),
             "14:30",
             CallReason::ViolenceAbuse,
             CallUrgency::Urgent,
             {A::Advised, A::ReferredPolice}),
        call(QDate(2022, 12, 29),
             "23:10",
             CallReason::EmergencyHelp,
             CallUrgency::Emergency,
             {A::ReferredHealth, A::ShelterAdmitted}),
        c5,
        call(QDate(2023, 6, 30), "08:00", CallReason::Advice, CallUrgency::Normal, {A::Advised}),
        call(QDate(2020, 12, 31), "08:00", CallReason::Advice, CallUrgency::Normal, {A::Advised}),
        call(QDate(2023, 7, 1), "08:00", CallReason::Advice, CallUrgency::Normal, {A::Advised}),
    };
    for (const HotlineCall &c : list) {
        if (auto stored = calls.insert(c, actor); !stored) {
            ADD_FAILURE() << "call: " << stored.error().detail.toStdString();
            return false;
        }
    }
    auto archived = calls.insert(
        call(QDate(2022, 6, 1), "08:00", CallReason::Advice, CallUrgency::Normal, {}), actor);
    if (!archived || !calls.archive(archived->meta.id, 1, QStringLiteral("entered twice"), actor)) {
        ADD_FAILURE() << "archive call";
        return false;
    }
    return true;
}

class Builder
{
public:
    Builder(storage::Database &db, const Actor &actor)
        : m_persons(db)
        , m_receptions(db)
        , m_supports(db)
        , m_followUps(db)
        , m_batches(db)
        , m_actor(actor)
    {}

    qint64 person(Sex sex,
                  const QDate &born,
                  const QString &nationality,
                  const QString &ethnicity,
                  const QString &province)
    {
        Person p;
        p.fullName = QStringLiteral("Người thử %1").arg(++m_count);
        p.sex = sex;
        if (born.isValid())
            p.birthDate = PartialDate::fromDate(born);
        p.nationality = nationality;
        p.ethnicity = ethnicity;
        p.residenceEra = AdminEra::From2025;
        p.residenceProvince = province;
        auto stored = m_persons.insert(p, m_actor, 2021);
        if (!stored) {
            ADD_FAILURE() << "person: " << stored.error().detail.toStdString();
            m_ok = false;
            return 0;
        }
        return stored->meta.id;
    }

    Reception reception(qint64 personId,
                        const QDate &date,
                        const QString &country,
                        const QString &agency,
                        Route route,
                        IdentificationStatus status,
                        std::optional<CaseOutcome> outcome)
    {
        Reception r;
        r.personId = personId;
        r.receptionDate = date;
        r.countryCode = country;
        r.agencyCode = agency;
        r.route = route;
        r.identificationStatus = status;
        r.exploitation = {ExploitationForm::Unknown};
        if (outcome) {
            r.caseStatus = CaseStatus::Closed;
            r.outcome = outcome;
            r.closedDate = date.addDays(20) > fixtureToday() ? fixtureToday() : date.addDays(20);
        }
        auto stored = m_receptions.insert(r, m_actor);
        if (!stored) {
            ADD_FAILURE() << "reception: " << stored.error().detail.toStdString();
            m_ok = false;
            return r;
        }
        return *stored;
    }

    Support support(const Reception &reception,
                    const QString &type,
                    const QDate &date,
                    SupportStatus status,
                    qint64 amount = 0,
                    int quantity = 1)
    {
        Support s;
        s.receptionId = reception.meta.id;
        s.typeCode = type;
        s.date = date;
        s.status = status;
        s.amountVnd = amount;
        s.quantity = quantity;
        auto stored = m_supports.insert(s, m_actor);
        if (!stored) {
            ADD_FAILURE() << "support: " << stored.error().detail.toStdString();
            m_ok = false;
            return s;
        }
        return *stored;
    }

    void followUp(const Reception &reception, const QDate &date)
    {
        FollowUp f;
        f.receptionId = reception.meta.id;
        f.date = date;
        f.kind = FollowUpKind::HomeVisit;
        if (auto stored = m_followUps.insert(f, m_actor); !stored) {
            ADD_FAILURE() << "follow-up: " << stored.error().detail.toStdString();
            m_ok = false;
        }
    }

    HandoverBatch
    batch(const QDate &date, int total, bool classified, int verified, int cases, int victims)
    {
        HandoverBatch b;
        b.date = date;
        b.borderGateCode = QStringLiteral("mong_cai");
        b.foreignAgency = QStringLiteral("Công an Đông Hưng");
        b.receivingAgencyCode = QStringLiteral("bdbp_qn");
        b.personsTotal = total;
        b.personsMale = total;
        b.classified = classified;
        b.personsVerified = verified;
        b.casesIdentified = cases;
        b.victimsIdentified = victims;
        auto stored = m_batches.insert(b, m_actor);
        if (!stored) {
            ADD_FAILURE() << "batch: " << stored.error().detail.toStdString();
            m_ok = false;
            return b;
        }
        return *stored;
    }

    storage::ReceptionRepository &receptions() { return m_receptions; }
    storage::SupportRepository &supports() { return m_supports; }
    storage::HandoverBatchRepository &batches() { return m_batches; }
    bool ok() const { return m_ok; }
    void fail() { m_ok = false; }

private:
    storage::PersonRepository m_persons;
    storage::ReceptionRepository m_receptions;
    storage::SupportRepository m_supports;
    storage::FollowUpRepository m_followUps;
    storage::HandoverBatchRepository m_batches;
    Actor m_actor;
    int m_count = 0;
    bool m_ok = true;
};

QDate d(int y, int m, int day)
{
    return QDate(y, m, day);
}

const QString CN = QStringLiteral("CN");
const QString KH = QStringLiteral("KH");
const QString VN = QStringLiteral("VN");

} // namespace

domain::Actor fixtureActor()
{
    domain::Actor actor;
    actor.userId = 1;
    actor.userName = QStringLiteral("tester");
    actor.role = domain::Role::Administrator;
    return actor;
}

QDate fixtureToday()
{
    return QDate(2023, 8, 10);
}

bool buildReportFixture(storage::Database &db, const domain::Actor &actor)
{
    Builder b(db, actor);
    const QString kinh = QStringLiteral("01");
    const QString qn = QStringLiteral("22");
    const QString bdbp = QStringLiteral("bdbp_qn");
    const QString ctxh = QStringLiteral("ctxh_qn");
    const QString mongCai = QStringLiteral("ldtbxh_mong_cai");

    const qint64 p1 = b.person(Sex::Male, d(2021, 3, 1), VN, kinh, qn);
    const qint64 p2 =
        b.person(Sex::Male, d(2020, 6, 10), QStringLiteral("TH"), QStringLiteral("99"), QString());
    const qint64 p3 =
        b.person(Sex::Female, d(2000, 5, 5), VN, QStringLiteral("03"), QStringLiteral("04"));
    const qint64 p4 = b.person(Sex::Female, d(2005, 9, 1), VN, kinh, qn);
    const qint64 p5 = b.person(Sex::Female, d(1995, 1, 1), VN, kinh, QStringLiteral("01"));
    const qint64 p6 = b.person(Sex::Male, d(2010, 7, 7), VN, kinh, qn);
    const qint64 p7 = b.person(Sex::Female, d(1990, 2, 2), VN, kinh, qn);
    const qint64 p8 = b.person(Sex::Unknown, QDate(), VN, QStringLiteral("00"), qn);
    const qint64 p9 = b.person(Sex::Male, d(1980, 1, 1), VN, kinh, qn);
    const qint64 p10 = b.person(Sex::Female, d(1999, 1, 1), VN, kinh, qn);
    if (!b.ok())
        return false;

    using R = Route;
    using S = IdentificationStatus;
    const Reception r1 = b.reception(p1,
                                     d(2021, 3, 11),
                                     CN,
                                     bdbp,
                                     R::HandedOverAtBorder,
                                     S::ConfirmedVictim,
                                     CaseOutcome::HandedOverToFamily);
    const Reception r2 = b.reception(p2,
                                     d(2021, 3, 20),
                                     CN,
                                     bdbp,
                                     R::HandedOverAtBorder,
                                     S::ConfirmedVictim,
                                     CaseOutcome::Transferred);
    const Reception r3 = b.reception(
        p3, d(2021, 8, 15), CN, ctxh, R::SelfReported, S::ConfirmedVictim, std::nullopt);
    const Reception r4a = b.reception(
        p4, d(2021, 11, 2), CN, mongCai, R::Rescued, S::Pending, CaseOutcome::ReturnedHome);
    const Reception r4b = b.reception(p4,
                                      d(2022, 10, 10),
                                      KH,
                                      QStringLiteral("ubnd_hai_dong"),
                                      R::ViaMissionAbroad,
                                      S::ConfirmedVictim,
                                      std::nullopt);
    const Reception r5 = b.reception(p5,
                                     d(2022, 2, 14),
                                     CN,
                                     mongCai,
                                     R::HandedOverAtBorder,
                                     S::ConfirmedVictim,
                                     CaseOutcome::HandedOverToFamily);
    b.reception(p6,
                d(2022, 12, 30),
                KH,
                QStringLiteral("ubnd_mao_khe"),
                R::ReportedByFamily,
                S::NotVerified,
                CaseOutcome::Other);
    const Reception r7 = b.reception(p7,
                                     d(2023, 3, 3),
                                     CN,
                                     ctxh,
                                     R::FoundInScreening,
                                     S::ConfirmedVictim,
                                     CaseOutcome::HandedOverToFamily);
    b.reception(p8, d(2023, 6, 30), CN, bdbp, R::HandedOverAtBorder, S::Undetermined, std::nullopt);
    const Reception r9a = b.reception(p9,
                                      d(2020, 12, 31),
                                      CN,
                                      ctxh,
                                      R::SelfReported,
                                      S::ConfirmedVictim,
                                      CaseOutcome::HandedOverToFamily);
    b.reception(p9, d(2023, 7, 1), CN, ctxh, R::SelfReported, S::ConfirmedVictim, std::nullopt);
    const Reception r10 = b.reception(
        p10, d(2022, 5, 5), CN, ctxh, R::SelfReported, S::ConfirmedVictim, std::nullopt);
    if (!b.ok())
        return false;
    if (auto a = b.receptions().archive(
            r10.meta.id, r10.meta.version, QStringLiteral("entered twice"), actor);
        !a) {
        ADD_FAILURE() << "archive reception: " << a.error().detail.toStdString();
        return false;
    }

    using St = SupportStatus;
    b.support(r1, QStringLiteral("medical"), d(2021, 3, 12), St::Provided, 500000);
    b.support(r1, QStringLiteral("essential_needs"), d(2021, 3, 12), St::Provided, 350000, 7);
    b.support(r2, QStringLiteral("medical"), d(2021, 3, 21), St::Provided, 500000);
    b.support(r3, QStringLiteral("psychological"), d(2021, 8, 16), St::Provided, 0, 2);
    b.support(r3, QStringLiteral("vocational_training"), d(2021, 9, 1), St::Declined);
    b.support(r4a, QStringLiteral("travel"), d(2021, 11, 3), St::Provided, 500000);
    b.support(r4a, QStringLiteral("travel_meals"), d(2021, 11, 3), St::Provided, 100000, 2);
    b.support(r4b, QStringLiteral("travel"), d(2022, 10, 11), St::Provided, 600000);
    b.support(r4b, QStringLiteral("vocational_training"), d(2022, 10, 20), St::NotNeeded);
    b.support(r5, QStringLiteral("travel"), d(2022, 2, 15), St::Provided, 500000);
    b.support(r5, QStringLiteral("travel_meals"), d(2022, 2, 15), St::Provided, 100000, 2);
    b.support(r5, QStringLiteral("medical"), d(2022, 2, 15), St::Referred);
    b.support(r7, QStringLiteral("identity_papers"), d(2023, 3, 10), St::Provided);
    b.support(r7, QStringLiteral("medical"), d(2023, 3, 5), St::Provided, 1500000);
    b.support(r7, QStringLiteral("hardship_allowance"), d(2023, 7, 5), St::Provided, 1500000);
    const Support archived =
        b.support(r7, QStringLiteral("medical"), d(2023, 3, 6), St::Provided, 999000);
    b.support(r9a, QStringLiteral("travel"), d(2021, 1, 5), St::Provided, 500000);
    if (!b.ok())
        return false;
    if (auto a = b.supports().archive(
            archived.meta.id, archived.meta.version, QStringLiteral("entered twice"), actor);
        !a) {
        ADD_FAILURE() << "archive support: " << a.error().detail.toStdString();
        return false;
    }

    b.followUp(r1, d(2021, 6, 1));
    b.followUp(r1, d(2022, 1, 10));
    b.followUp(r5, d(2022, 5, 1));
    b.followUp(r7, d(2023, 7, 15));

    b.batch(d(2021, 5, 10), 40, true, 30, 1, 1);
    b.batch(d(2022, 3, 3), 25, false, 0, 0, 0);
    b.batch(d(2023, 6, 30), 12, true, 12, 2, 3);
    b.batch(d(2020, 12, 20), 9, true, 9, 0, 0);
    const HandoverBatch archivedBatch = b.batch(d(2022, 8, 8), 7, true, 7, 1, 1);
    if (!b.ok())
        return false;
    if (auto a = b.batches().archive(archivedBatch.meta.id,
                                     archivedBatch.meta.version,
                                     QStringLiteral("entered twice"),
                                     actor);
        !a) {
        ADD_FAILURE() << "archive batch: " << a.error().detail.toStdString();
        return false;
    }
    if (!addHotlineCalls(db, actor, p3, r3.meta.id))
        return false;
    return b.ok();
}

QString pdfText(const QString &pdf)
{
    QProcess p;
    p.start(QStringLiteral("pdftotext"), {QStringLiteral("-layout"), pdf, QStringLiteral("-")});
    if (!p.waitForFinished(60000) || p.exitCode() != 0) {
        ADD_FAILURE() << "pdftotext failed: " << p.readAllStandardError().toStdString();
        return {};
    }
    return QString::fromUtf8(p.readAllStandardOutput()).replace(QChar(0x00A0), QLatin1Char(' '));
}

} // namespace sr::test
