#include "DemoDataService.h"

#include "domain/Clock.h"
#include "domain/Validation.h"
#include "services/AppContext.h"
#include "services/AuthService.h"
#include "services/CaseWriter.h"
#include "services/Permissions.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/HotlineRepository.h"
#include "storage/PreventionRepository.h"
#include "storage/RecordCensus.h"
#include "storage/ReferenceRepository.h"
#include "storage/ShelterStayRepository.h"

#include <QHash>
#include <QJsonObject>
#include <QSet>
#include <QStringList>

#include <spdlog/spdlog.h>

#include <algorithm>
#include <array>
#include <initializer_list>
#include <random>
#include <utility>

namespace sr::demo {

namespace {

using namespace sr::domain;

/**
 * Deterministic random choices. Our own reductions instead of std::*_distribution, whose
 * results differ between standard libraries: a seed must give the same data everywhere.
 */
class Random
{
public:
    explicit Random(quint64 seed)
        : m_engine(seed)
    {}

    /** Uniform in [low, high]. */
    qint64 between(qint64 low, qint64 high)
    {
        if (high <= low)
            return low;
        const quint64 span = quint64(high - low) + 1;
        return low + qint64(m_engine() % span);
    }
    double unit() { return double(m_engine() >> 11) * (1.0 / 9007199254740992.0); }
    bool chance(double probability) { return unit() < probability; }

    /** An index chosen with the given relative weights. */
    int weighted(std::initializer_list<int> weights)
    {
        int total = 0;
        for (const int w : weights)
            total += w;
        qint64 roll = between(0, total - 1);
        int index = 0;
        for (const int w : weights) {
            if (roll < w)
                return index;
            roll -= w;
            ++index;
        }
        return index - 1;
    }

    template<typename T>
    const T &pick(const QList<T> &list)
    {
        return list.at(between(0, list.size() - 1));
    }

    /** Digits only, of the given length. */
    QString digits(int count)
    {
        QString text;
        text.reserve(count);
        for (int i = 0; i < count; ++i)
            text.append(QChar(u'0' + char16_t(between(0, 9))));
        return text;
    }

private:
    std::mt19937_64 m_engine;
};

/** A weighted list of strings. */
struct Weighted
{
    QStringList values;
    QList<int> weights;
    int total = 0;

    Weighted(std::initializer_list<std::pair<const char16_t *, int>> entries)
    {
        for (const auto &[value, weight] : entries) {
            values.append(QString::fromUtf16(value));
            weights.append(weight);
            total += weight;
        }
    }
    const QString &pick(Random &random) const
    {
        qint64 roll = random.between(0, total - 1);
        for (qsizetype i = 0; i < values.size(); ++i) {
            if (roll < weights.at(i))
                return values.at(i);
            roll -= weights.at(i);
        }
        return values.constLast();
    }
};

// Names. Given names that fold to a word starting with "thi", "nguyen" or "dang" are left
// out on purpose: a search for "nguyen thi" should find Nguyễn Thị … only.
const Weighted familyNames{
    {u"Nguyễn", 38}, {u"Trần", 11}, {u"Lê", 9},   {u"Phạm", 7}, {u"Hoàng", 5}, {u"Phan", 4},
    {u"Vũ", 4},      {u"Đặng", 3},  {u"Bùi", 3},  {u"Đỗ", 3},   {u"Hồ", 2},    {u"Ngô", 2},
    {u"Dương", 2},   {u"Lý", 1},    {u"Đinh", 2}, {u"Đoàn", 1}, {u"Triệu", 1}, {u"Bàn", 1},
    {u"Lương", 1},   {u"Vi", 1},    {u"Chu", 1},  {u"Nông", 1},
};
const Weighted femaleMiddleNames{
    {u"Thị", 62},
    {u"Ngọc", 7},
    {u"Thu", 6},
    {u"Kim", 5},
    {u"Thanh", 5},
    {u"Hồng", 5},
    {u"Minh", 4},
    {u"Mai", 3},
    {u"Phương", 3},
};
const Weighted maleMiddleNames{
    {u"Văn", 56},
    {u"Đức", 10},
    {u"Minh", 8},
    {u"Quang", 6},
    {u"Hữu", 6},
    {u"Công", 5},
    {u"Xuân", 4},
    {u"Ngọc", 3},
    {u"Thành", 2},
};
const Weighted femaleGivenNames{
    {u"Hằng", 5},  {u"Lan", 5},  {u"Hoa", 5},   {u"Mai", 5},   {u"Hương", 5}, {u"Linh", 5},
    {u"Trang", 5}, {u"Thảo", 4}, {u"Nhung", 3}, {u"Ngọc", 3},  {u"Huyền", 4}, {u"Phương", 3},
    {u"Hà", 4},    {u"Yến", 3},  {u"Nga", 3},   {u"Thủy", 4},  {u"Loan", 2},  {u"Dung", 3},
    {u"Hạnh", 3},  {u"Liên", 2}, {u"Vân", 3},   {u"Oanh", 2},  {u"Quyên", 2}, {u"Giang", 3},
    {u"My", 2},    {u"Chi", 2},  {u"Anh", 4},   {u"Duyên", 2}, {u"Xuân", 2},  {u"Lụa", 1},
};
const Weighted maleGivenNames{
    {u"Nam", 5},   {u"Dũng", 5},  {u"Đông", 4}, {u"Hùng", 5},  {u"Tuấn", 5},  {u"Minh", 4},
    {u"Hải", 4},   {u"Long", 4},  {u"Sơn", 4},  {u"Thắng", 3}, {u"Cường", 3}, {u"Quân", 3},
    {u"Huy", 3},   {u"Phong", 3}, {u"Bình", 3}, {u"Tùng", 3},  {u"Khánh", 2}, {u"Việt", 2},
    {u"Trung", 3}, {u"An", 3},    {u"Bảo", 2},  {u"Phúc", 2},
};
const Weighted nicknames{
    {u"Hoa", 1},
    {u"Mai", 1},
    {u"Út", 1},
    {u"Bé", 1},
    {u"Cúc", 1},
    {u"Lài", 1},
    {u"Tí", 1},
};

struct ForeignNames
{
    const char16_t *country;
    Weighted female;
    Weighted male;
};
const QList<ForeignNames> &foreignNames()
{
    static const QList<ForeignNames> names{
        {u"TH",
         {{u"Malee Srisuk", 1}, {u"Siriporn Wongsa", 1}, {u"Kanya Boonmee", 1}},
         {{u"Somchai Saetang", 1}, {u"Nattapong Chaiyaporn", 1}, {u"Anan Suksawat", 1}}},
        {u"CN",
         {{u"Wang Fang", 1}, {u"Li Na", 1}, {u"Chen Jing", 1}, {u"Liu Ying", 1}},
         {{u"Zhang Wei", 1}, {u"Liu Yang", 1}, {u"Huang Lei", 1}}},
        {u"LA",
         {{u"Souksavanh Phommachanh", 1}, {u"Noy Keomany", 1}},
         {{u"Bounmy Sisavath", 1}, {u"Khamla Vongsa", 1}}},
        {u"KH", {{u"Sokha Chan", 1}, {u"Sreymom Kim", 1}}, {{u"Dara Sok", 1}, {u"Vanna Heng", 1}}},
    };
    return names;
}

// Ethnic minorities of the north-east (codes of resources/data/ethnic_groups.csv).
const Weighted minorityGroups{
    {u"02", 25}, // Tày
    {u"09", 20}, // Dao
    {u"17", 15}, // Sán Dìu
    {u"13", 10}, // Sán Chay
    {u"07", 10}, // Nùng
    {u"08", 8},  // H'mông
    {u"06", 5},  // Hoa
    {u"03", 4},  // Thái
    {u"04", 3},  // Mường
};

const Weighted foreignAgencies{
    {u"Công an Biên phòng Đông Hưng (Trung Quốc)", 5},
    {u"Cục Quản lý xuất nhập cảnh Quảng Tây (Trung Quốc)", 3},
    {u"Công an Biên phòng Phòng Thành Cảng (Trung Quốc)", 2},
};

const Weighted identificationBases{
    {u"Kết quả xác minh của Bộ đội Biên phòng", 3},
    {u"Kết quả điều tra của cơ quan Công an", 2},
    {u"Lời khai và tài liệu kèm theo", 1},
};

struct GenReception
{
    Reception reception;
    int handoverIndex = -1; ///< index into the batch's handover list, or -1
    QList<Support> supports;
    QList<FollowUp> followUps;
};

struct GenPerson
{
    Person person;
    QList<GenReception> receptions;
};

struct GenHandover
{
    HandoverBatch batch;
    int linked = 0;
    int linkedChildren = 0;
    int linkedVictims = 0;
};

/** Reference codes present in the database, with the defaults of the support types. */
struct ReferenceCodes
{
    QSet<QString> agencies;
    QStringList borderGates;
    QHash<QString, qint64> supportAmounts;
    QStringList provincesPre2025;
    QStringList provinces2025;
    QStringList communesPre2025; ///< Quảng Ninh
    QStringList communes2025;    ///< Quảng Ninh
    QString fallbackAgency;
};

constexpr auto QuangNinh = u"22";
const QDate firstDemoDate(2019, 1, 1);
const QDate mergerDate(2025, 7, 1);

Result<ReferenceCodes> loadReferenceCodes(storage::Database &db)
{
    storage::ReferenceRepository reference(db);
    ReferenceCodes codes;
    const auto agencies = reference.agencies();
    if (!agencies)
        return agencies.error();
    for (const Agency &agency : *agencies)
        codes.agencies.insert(agency.code);
    if (agencies->isEmpty())
        return makeError(ErrorCode::Internal, QStringLiteral("demo: no agencies"));
    codes.fallbackAgency = agencies->constFirst().code;

    const auto gates = reference.borderGates();
    if (!gates)
        return gates.error();
    for (const BorderGate &gate : *gates)
        codes.borderGates.append(gate.code);

    const auto types = reference.supportTypes();
    if (!types)
        return types.error();
    for (const SupportType &type : *types)
        codes.supportAmounts.insert(type.code, type.defaultAmountVnd);

    for (const AdminEra era : {AdminEra::Pre2025, AdminEra::From2025}) {
        const auto provinces = reference.provinces(era);
        if (!provinces)
            return provinces.error();
        QStringList &list = era == AdminEra::Pre2025 ? codes.provincesPre2025 : codes.provinces2025;
        for (const Province &province : *provinces) {
            if (province.code != QuangNinh)
                list.append(province.code);
        }
        const auto communes = reference.communes(era, QString::fromUtf16(QuangNinh));
        if (!communes)
            return communes.error();
        QStringList &communeList =
            era == AdminEra::Pre2025 ? codes.communesPre2025 : codes.communes2025;
        for (const Commune &commune : *communes)
            communeList.append(commune.code);
    }
    return codes;
}

/** Builds the records of one batch in memory; nothing here touches the database. */
class Generator
{
public:
    Generator(Random &random, const ReferenceCodes &codes, const QDate &today)
        : m_random(random)
        , m_codes(codes)
        , m_today(today)
    {}

    void makeBatch(int persons, QList<GenHandover> &handovers, QList<GenPerson> &out)
    {
        // About half of all receptions come through border handovers; a handover brings
        // ~20 persons of whom a few are received as (possible) victims.
        const int handoverCount = std::max(1, persons / 6);
        for (int i = 0; i < handoverCount; ++i)
            handovers.append(makeHandover());
        for (int i = 0; i < persons; ++i)
            out.append(makePerson(handovers));
        for (GenHandover &handover : handovers)
            completeHandover(handover);
    }

private:
    QDate randomDate(const QDate &from, const QDate &to)
    {
        if (!to.isValid() || to <= from)
            return from;
        return from.addDays(m_random.between(0, from.daysTo(to)));
    }
    QDate capped(const QDate &date) const { return std::min(date, m_today); }

    QString agency(std::initializer_list<std::pair<const char16_t *, int>> choices)
    {
        const Weighted weighted(choices);
        const QString &code = weighted.pick(m_random);
        return m_codes.agencies.contains(code) ? code : m_codes.fallbackAgency;
    }

    GenHandover makeHandover()
    {
        GenHandover handover;
        HandoverBatch &batch = handover.batch;
        batch.date = randomDate(firstDemoDate, m_today);
        if (!m_codes.borderGates.isEmpty()) {
            // Móng Cái takes most handovers.
            const int gate = m_random.weighted({50, 20, 10, 10, 10});
            batch.borderGateCode =
                m_codes.borderGates.at(std::min<qsizetype>(gate, m_codes.borderGates.size() - 1));
        }
        batch.foreignAgency = foreignAgencies.pick(m_random);
        batch.receivingAgencyCode = agency({{u"bdbp_qn", 1}});
        batch.personsTotal = int(m_random.between(8, 32));
        batch.classified = m_random.chance(0.67);
        return handover;
    }

    void completeHandover(GenHandover &handover)
    {
        HandoverBatch &batch = handover.batch;
        batch.personsTotal = std::max(batch.personsTotal, handover.linked + 2);
        batch.personsChildren =
            std::min(batch.personsTotal, handover.linkedChildren + int(m_random.between(0, 2)));
        batch.personsFemale = int(batch.personsTotal * (0.65 + 0.3 * m_random.unit()));
        batch.personsMale = batch.personsTotal - batch.personsFemale;
        batch.victimsIdentified = handover.linkedVictims;
        batch.casesIdentified =
            handover.linkedVictims == 0 ? 0 : std::max(1, handover.linkedVictims * 6 / 7);
        if (handover.linkedVictims > 0)
            batch.classified = true;
        batch.personsVerified =
            batch.classified ? std::max(handover.linkedVictims,
                                        int(batch.personsTotal * (0.7 + 0.3 * m_random.unit())))
                             : 0;
        batch.personsVerified = std::min(batch.personsVerified, batch.personsTotal);
    }

    enum class AgeGroup { Infant, Child, Teen, Adult };

    GenPerson makePerson(QList<GenHandover> &handovers)
    {
        GenPerson gen;
        Person &person = gen.person;

        const AgeGroup group = std::array{AgeGroup::Infant,
                                          AgeGroup::Child,
                                          AgeGroup::Teen,
                                          AgeGroup::Adult}[m_random.weighted({6, 10, 8, 76})];
        if (group == AgeGroup::Infant)
            person.sex = m_random.chance(0.7) ? Sex::Male : Sex::Female;
        else
            person.sex =
                std::array{Sex::Female, Sex::Male, Sex::Unknown}[m_random.weighted({80, 19, 1})];
        const bool female = person.sex != Sex::Male;

        // First reception: its route decides whether its date is a handover's.
        GenReception first;
        chooseCountryAndRoute(first.reception);
        if (isBorderRoute(first.reception.route)) {
            first.handoverIndex = int(m_random.between(0, handovers.size() - 1));
            first.reception.receptionDate = handovers.at(first.handoverIndex).batch.date;
        } else {
            first.reception.receptionDate = randomDate(firstDemoDate, m_today);
        }
        const QDate received = first.reception.receptionDate;

        // Age at reception and birth date.
        qint64 ageDays = 0;
        switch (group) {
        case AgeGroup::Infant:
            ageDays = m_random.between(3, 360);
            break;
        case AgeGroup::Child:
            ageDays = m_random.between(1, 15) * 365 + m_random.between(0, 364);
            break;
        case AgeGroup::Teen:
            ageDays = m_random.between(16, 17) * 365 + m_random.between(0, 300);
            break;
        case AgeGroup::Adult:
            ageDays =
                (m_random.chance(0.7) ? m_random.between(18, 30) : m_random.between(31, 55)) * 365
                + m_random.between(0, 364);
            break;
        }
        const QDate birth = received.addDays(-ageDays);
        const int precision = group == AgeGroup::Adult ? m_random.weighted({65, 20, 15})
                                                       : m_random.weighted({85, 15, 0});
        if (precision == 0) {
            person.birthDate = PartialDate::fromDate(birth);
        } else if (precision == 1) {
            person.birthDate = group == AgeGroup::Adult
                                   ? PartialDate::fromYear(birth.year())
                                   : PartialDate::fromYearMonth(birth.year(), birth.month());
        } else {
            person.estimatedAgeYears = int(ageDays / 365);
            person.estimatedAgeAsOf = received;
        }

        // Nationality, name, ethnicity.
        const bool foreign = m_random.chance(group == AgeGroup::Infant ? 0.08 : 0.025);
        if (foreign) {
            const ForeignNames &names = m_random.pick(foreignNames());
            person.nationality = QString::fromUtf16(names.country);
            person.fullName = female ? names.female.pick(m_random) : names.male.pick(m_random);
            person.ethnicity = QStringLiteral("99");
        } else {
            person.fullName = vietnameseName(female);
            person.ethnicity =
                m_random.chance(0.24) ? minorityGroups.pick(m_random) : QStringLiteral("01");
            if (m_random.chance(0.05))
                person.otherNames = nicknames.pick(m_random);
        }

        // Residence as the units were at the first reception (1/7/2025 merger).
        person.residenceEra = received < mergerDate ? AdminEra::Pre2025 : AdminEra::From2025;
        if (!foreign) {
            const bool pre = person.residenceEra == AdminEra::Pre2025;
            const QStringList &provinces = pre ? m_codes.provincesPre2025 : m_codes.provinces2025;
            const QStringList &communes = pre ? m_codes.communesPre2025 : m_codes.communes2025;
            if (m_random.chance(0.3) && !provinces.isEmpty()) {
                person.residenceProvince = m_random.pick(provinces);
            } else {
                person.residenceProvince = QString::fromUtf16(QuangNinh);
                if (!communes.isEmpty())
                    person.residenceCommune = m_random.pick(communes);
            }
            if (m_random.chance(0.8)) {
                person.addressLine = m_random.chance(0.6)
                                         ? QStringLiteral("Thôn %1").arg(m_random.between(1, 12))
                                         : QStringLiteral("Tổ %1, khu %2")
                                               .arg(m_random.between(1, 30))
                                               .arg(m_random.between(1, 9));
            }
        }

        // Identity document.
        if (foreign) {
            if (m_random.chance(0.4)) {
                person.documentType = DocumentType::Passport;
                person.documentNumber = QStringLiteral("E") + m_random.digits(8);
            }
        } else if (group == AgeGroup::Adult || group == AgeGroup::Teen) {
            const int kind = m_random.weighted({55, 5, 40});
            if (kind == 0) {
                person.documentType = DocumentType::Cccd;
                person.documentNumber = QStringLiteral("0") + m_random.digits(11);
            } else if (kind == 1) {
                person.documentType = DocumentType::Passport;
                person.documentNumber = QStringLiteral("C") + m_random.digits(7);
            }
        } else if (m_random.chance(0.3)) {
            person.documentType = DocumentType::BirthCertificate;
            person.documentNumber =
                QStringLiteral("%1/%2").arg(m_random.between(1, 400)).arg(birth.year());
        }

        if (group == AgeGroup::Adult && m_random.chance(0.45))
            person.phone = (m_random.chance(0.7) ? QStringLiteral("09") : QStringLiteral("03"))
                           + m_random.digits(8);
        if (!foreign && m_random.chance(0.4)) {
            person.familyContact =
                QStringLiteral("%1: %2, 09%3")
                    .arg(m_random.chance(0.6) ? QStringLiteral("Mẹ") : QStringLiteral("Bố"),
                         vietnameseName(m_random.chance(0.6)),
                         m_random.digits(8));
        }
        person.consent.services = m_random.chance(0.95);
        person.consent.informationSharing = m_random.chance(0.7);
        person.consent.statistics = m_random.chance(0.9);

        const bool child = group != AgeGroup::Adult;
        completeReception(first, person, group, handovers);
        first.supports = makeSupports(first.reception, int(m_random.between(3, 5)), child, foreign);
        gen.receptions.append(first);

        // Re-trafficked: received a second time, later.
        if (group != AgeGroup::Infant && m_random.chance(0.3)) {
            GenReception second;
            chooseCountryAndRoute(second.reception);
            const QDate earliest = received.addDays(180);
            if (isBorderRoute(second.reception.route)) {
                const int index = int(m_random.between(0, handovers.size() - 1));
                if (handovers.at(index).batch.date >= earliest) {
                    second.handoverIndex = index;
                    second.reception.receptionDate = handovers.at(index).batch.date;
                } else {
                    second.reception.route = Route::SelfReported;
                }
            }
            if (second.handoverIndex < 0)
                second.reception.receptionDate = earliest.addDays(m_random.between(0, 1300));
            if (second.reception.receptionDate <= m_today) {
                completeReception(second, person, group, handovers);
                second.supports =
                    makeSupports(second.reception, int(m_random.between(1, 3)), child, foreign);
                gen.receptions.append(second);
            }
        }
        return gen;
    }

    QString vietnameseName(bool female)
    {
        const QString &family = familyNames.pick(m_random);
        const QString &middle =
            female ? femaleMiddleNames.pick(m_random) : maleMiddleNames.pick(m_random);
        QString given = female ? femaleGivenNames.pick(m_random) : maleGivenNames.pick(m_random);
        while (given == middle)
            given = female ? femaleGivenNames.pick(m_random) : maleGivenNames.pick(m_random);
        return family + u' ' + middle + u' ' + given;
    }

    static bool isBorderRoute(Route route)
    {
        return route == Route::HandedOverAtBorder || route == Route::FoundInScreening;
    }

    void chooseCountryAndRoute(Reception &reception)
    {
        static const Weighted countries{
            {u"CN", 82}, {u"KH", 14}, {u"LA", 2}, {u"TH", 1}, {u"MY", 1}};
        reception.countryCode = countries.pick(m_random);
        if (reception.countryCode == QLatin1String("CN")) {
            reception.route = std::array{Route::HandedOverAtBorder,
                                         Route::FoundInScreening,
                                         Route::SelfReported,
                                         Route::Rescued,
                                         Route::ReportedByFamily,
                                         Route::Other}[m_random.weighted({55, 12, 12, 10, 7, 4})];
        } else {
            reception.route = std::array{Route::ViaMissionAbroad,
                                         Route::SelfReported,
                                         Route::Rescued,
                                         Route::ReportedByFamily,
                                         Route::Other}[m_random.weighted({35, 30, 20, 10, 5})];
        }
    }

    void completeReception(GenReception &gen,
                           const Person &person,
                           AgeGroup group,
                           QList<GenHandover> &handovers)
    {
        Reception &reception = gen.reception;
        const QDate date = reception.receptionDate;
        if (isBorderRoute(reception.route)) {
            reception.agencyCode =
                agency({{u"bdbp_qn", 60}, {u"ldtbxh_mong_cai", 25}, {u"ctxh_qn", 15}});
        } else if (reception.countryCode == QLatin1String("CN")) {
            reception.agencyCode = agency(
                {{u"ctxh_qn", 50}, {u"ldtbxh_mong_cai", 20}, {u"ca_qn", 20}, {u"rong_xanh", 10}});
        } else {
            reception.agencyCode = agency({{u"ubnd_hai_dong", 25},
                                           {u"ubnd_mao_khe", 25},
                                           {u"ubnd_cao_xanh", 15},
                                           {u"ctxh_qn", 25},
                                           {u"ca_qn", 10}});
        }

        // Forms of exploitation.
        if (group == AgeGroup::Infant || (group == AgeGroup::Child && m_random.chance(0.6))) {
            reception.exploitation = {m_random.chance(0.85) ? ExploitationForm::ChildSale
                                                            : ExploitationForm::Unknown};
        } else if (reception.countryCode != QLatin1String("CN")) {
            reception.exploitation = {
                std::array{ExploitationForm::ForcedCrime,
                           ExploitationForm::ForcedLabour,
                           ExploitationForm::SexualExploitation}[m_random.weighted({65, 25, 10})]};
        } else if (person.sex == Sex::Male) {
            reception.exploitation = {
                std::array{ExploitationForm::ForcedLabour,
                           ExploitationForm::ForcedCrime,
                           ExploitationForm::Other}[m_random.weighted({60, 30, 10})]};
        } else {
            const int form = m_random.weighted({55, 30, 10, 5});
            reception.exploitation = {std::array{ExploitationForm::ForcedMarriage,
                                                 ExploitationForm::SexualExploitation,
                                                 ExploitationForm::ForcedLabour,
                                                 ExploitationForm::Unknown}[form]};
            if (form == 0 && m_random.chance(0.15))
                reception.exploitation.append(ExploitationForm::SexualExploitation);
        }

        // Identification.
        reception.identificationStatus =
            std::array{IdentificationStatus::ConfirmedVictim,
                       IdentificationStatus::Pending,
                       IdentificationStatus::NotVerified,
                       IdentificationStatus::NotAVictim,
                       IdentificationStatus::Undetermined}[m_random.weighted({55, 15, 10, 10, 10})];
        if (reception.identificationStatus == IdentificationStatus::ConfirmedVictim
            || reception.identificationStatus == IdentificationStatus::NotAVictim) {
            reception.identificationAgencyCode = agency({{u"bdbp_qn", 3}, {u"ca_qn", 2}});
            reception.identificationDate = capped(date.addDays(m_random.between(0, 30)));
            reception.identificationBasis = identificationBases.pick(m_random);
        }

        // Closed cases with outcomes.
        if (date.daysTo(m_today) > 30 && m_random.chance(0.85)) {
            reception.caseStatus = CaseStatus::Closed;
            reception.outcome = std::array{CaseOutcome::HandedOverToFamily,
                                           CaseOutcome::ReturnedHome,
                                           CaseOutcome::Transferred,
                                           CaseOutcome::Other}[m_random.weighted({55, 30, 10, 5})];
            reception.closedDate = capped(date.addDays(m_random.between(3, 60)));
            if (m_random.chance(0.35))
                gen.followUps = makeFollowUps(reception, group == AgeGroup::Adult);
        }

        if (gen.handoverIndex >= 0) {
            GenHandover &handover = handovers[gen.handoverIndex];
            ++handover.linked;
            if (group != AgeGroup::Adult && group != AgeGroup::Teen)
                ++handover.linkedChildren;
            if (reception.identificationStatus == IdentificationStatus::ConfirmedVictim)
                ++handover.linkedVictims;
        }
    }

    QList<Support> makeSupports(const Reception &reception, int count, bool child, bool foreign)
    {
        static const QStringList types{
            QStringLiteral("essential_needs"),
            QStringLiteral("medical"),
            QStringLiteral("travel"),
            QStringLiteral("travel_meals"),
            QStringLiteral("psychological"),
            QStringLiteral("family_contact"),
            QStringLiteral("legal_information"),
            QStringLiteral("hardship_allowance"),
            QStringLiteral("identity_papers"),
            QStringLiteral("handover_to_family"),
            QStringLiteral("vocational_training"),
            QStringLiteral("interpretation"),
            QStringLiteral("legal_aid"),
            QStringLiteral("schooling"),
        };
        QList<Support> supports;
        QSet<int> used;
        while (supports.size() < count) {
            const int index = m_random.weighted(
                {20, 15, 10, 10, 12, 10, 6, 5, 4, 4, 2, foreign ? 6 : 0, 1, child ? 4 : 0});
            if (used.contains(index))
                continue;
            used.insert(index);
            const QString &type = types.at(index);
            if (!m_codes.supportAmounts.contains(type))
                continue;
            Support support;
            support.typeCode = type;
            support.date = capped(reception.receptionDate.addDays(m_random.between(0, 14)));
            support.providerAgencyCode = reception.agencyCode;
            if (index == 0)
                support.quantity = int(m_random.between(1, 14)); // days at the shelter
            else if (index == 3)
                support.quantity = int(m_random.between(1, 3)); // days on the road
            support.status = std::array{SupportStatus::Provided,
                                        SupportStatus::Referred,
                                        SupportStatus::Declined,
                                        SupportStatus::NotNeeded}[m_random.weighted({85, 6, 5, 4})];
            if (support.status == SupportStatus::Provided)
                support.amountVnd = m_codes.supportAmounts.value(type) * support.quantity;
            supports.append(support);
            if (used.size() >= 12)
                break;
        }
        return supports;
    }

    QList<FollowUp> makeFollowUps(const Reception &reception, bool adult)
    {
        QList<FollowUp> followUps;
        QDate date = reception.closedDate;
        const int count = int(m_random.between(1, 2));
        for (int i = 0; i < count; ++i) {
            date = date.addDays(m_random.between(30, 400));
            if (date > m_today)
                break;
            FollowUp followUp;
            followUp.date = date;
            followUp.kind = std::array{FollowUpKind::HomeVisit,
                                       FollowUpKind::PhoneCall,
                                       FollowUpKind::OfficeVisit,
                                       FollowUpKind::Other}[m_random.weighted({45, 40, 10, 5})];
            const auto status = [this] {
                return std::array{ReintegrationStatus::Stable,
                                  ReintegrationStatus::NeedsSupport,
                                  ReintegrationStatus::Unknown}[m_random.weighted({60, 28, 12})];
            };
            followUp.health = status();
            followUp.housing = status();
            followUp.work = adult ? status() : ReintegrationStatus::NotApplicable;
            followUp.schooling = adult ? ReintegrationStatus::NotApplicable : status();
            followUps.append(followUp);
        }
        return followUps;
    }

    Random &m_random;
    const ReferenceCodes &m_codes;
    QDate m_today;
};

QString describe(const FieldErrors &errors);

// --- the hotline's calls (docs/centre-work.md, "Hotline") ------------------------------------

/**
 * The calls of one batch to the free 24/7 line: about one call per person received, most of
 * them advice and policy questions, a few reports of suspected trafficking, violence or abuse
 * and emergencies. @a linked are the written cases that came through the line (a self-report
 * or a family's report): their call, an emergency on the reception's day, links to the person
 * and the reception. Drawn from a Random of their own, so the persons a seed makes do not
 * change with the calls.
 */
QList<domain::HotlineCall> makeCalls(Random &random,
                                     const ReferenceCodes &codes,
                                     const QDate &today,
                                     int count,
                                     const QList<const services::CaseGroup *> &linked)
{
    using domain::CallAction;
    using domain::CallReason;
    QList<domain::HotlineCall> calls;
    const auto timeOfDay = [&random] {
        // Most calls in office hours, some at night: the line is staffed 24/7.
        const int hour =
            random.chance(0.8) ? int(random.between(7, 20)) : int(random.between(0, 23));
        return QStringLiteral("%1:%2")
            .arg(hour, 2, 10, QLatin1Char('0'))
            .arg(int(random.between(0, 59)), 2, 10, QLatin1Char('0'));
    };
    for (int i = 0; i < count; ++i) {
        domain::HotlineCall call;
        call.date =
            today.addDays(-random.between(1, today.toJulianDay() - firstDemoDate.toJulianDay()));
        call.time = timeOfDay();
        call.durationMinutes = int(random.between(1, 25));
        if (random.chance(0.05))
            call.line = QStringLiteral("02033823999"); // the centre's office line
        const std::array reasons{CallReason::Advice,
                                 CallReason::PolicyInformation,
                                 CallReason::TraffickingReport,
                                 CallReason::ViolenceAbuse,
                                 CallReason::EmergencyHelp,
                                 CallReason::Other};
        call.reason = reasons.at(random.weighted({40, 25, 8, 12, 5, 10}));
        const std::array callers{domain::CallerType::PersonConcerned,
                                 domain::CallerType::Family,
                                 domain::CallerType::Community,
                                 domain::CallerType::Authority,
                                 domain::CallerType::Anonymous};
        call.callerType = callers.at(random.weighted({30, 25, 10, 5, 30}));
        if (random.chance(0.6)) {
            call.sex = random.chance(0.8) ? Sex::Female : Sex::Male;
            const std::array bands{AgeBand::From12To15, AgeBand::From16To17, AgeBand::Adult};
            call.ageBand = bands.at(random.weighted({10, 15, 75}));
        }
        if (random.chance(0.7))
            call.provinceCode = random.chance(0.8) || codes.provinces2025.isEmpty()
                                    ? QString::fromUtf16(QuangNinh)
                                    : random.pick(codes.provinces2025);
        const bool serious = call.reason == CallReason::TraffickingReport
                             || call.reason == CallReason::ViolenceAbuse
                             || call.reason == CallReason::EmergencyHelp;
        call.urgency = !serious             ? domain::CallUrgency::Normal
                       : random.chance(0.4) ? domain::CallUrgency::Emergency
                                            : domain::CallUrgency::Urgent;
        call.actions = {CallAction::Advised};
        if (serious) {
            const std::array referrals{CallAction::ReferredPolice,
                                       CallAction::ReferredBorderGuard,
                                       CallAction::ReferredHealth,
                                       CallAction::ReferredCentre};
            call.actions.append(referrals.at(random.weighted({40, 20, 15, 25})));
            if (call.urgency == domain::CallUrgency::Emergency && random.chance(0.3))
                call.actions.append(CallAction::ShelterAdmitted);
        }
        calls.append(call);
    }
    for (const services::CaseGroup *group : linked) {
        if (!group->person || group->receptions.isEmpty())
            continue;
        const domain::Reception &reception = group->receptions.first().reception;
        domain::HotlineCall call;
        call.date = reception.receptionDate;
        // A call of today is at midnight: never later than the clock when it is checked again
        // (an import of the demo's calls the same morning).
        call.time = call.date < today
                        ? QStringLiteral("%1:%2")
                              .arg(int(random.between(0, 11)), 2, 10, QLatin1Char('0'))
                              .arg(int(random.between(0, 59)), 2, 10, QLatin1Char('0'))
                        : QStringLiteral("00:00");
        call.durationMinutes = int(random.between(5, 40));
        call.callerType = reception.route == Route::ReportedByFamily
                              ? domain::CallerType::Family
                              : domain::CallerType::PersonConcerned;
        call.reason =
            random.chance(0.5) ? CallReason::EmergencyHelp : CallReason::TraffickingReport;
        call.sex = group->person->sex;
        call.urgency = domain::CallUrgency::Emergency;
        call.actions = {CallAction::ReferredCentre, CallAction::CaseOpened};
        call.personId = group->person->meta.id;
        call.receptionId = reception.meta.id;
        calls.append(call);
    }
    return calls;
}

/** Writes @a calls (validated first) in the caller's transaction; the number written. */
Result<qint64> writeCalls(storage::Database &db,
                          const domain::Actor &actor,
                          const QList<domain::HotlineCall> &calls,
                          const QDate &today)
{
    // The demo's one summary audit row per batch stands for these, as for its case records.
    storage::HotlineRepository repository(db, domain::AuditPolicy::Summary);
    const QDateTime endOfToday(today, QTime(23, 59));
    for (const domain::HotlineCall &call : calls) {
        if (const FieldErrors errors = domain::validateHotlineCall(call, endOfToday);
            !errors.isEmpty())
            return makeError(
                ErrorCode::InvalidInput,
                QStringLiteral("demo: generated call invalid: %1").arg(describe(errors)));
        if (auto written = repository.append(call, actor); !written)
            return written.error();
    }
    return qint64(calls.size());
}

QString describe(const FieldErrors &errors)
{
    QStringList parts;
    for (const FieldError &error : errors)
        parts.append(error.field + u':' + toCode(error.code));
    return parts.join(u',');
}

/**
 * Validates @a group (domain/Validation.h, as for every writer of case records); generated
 * records must be valid, so a failure here is a bug in the generator.
 */
Result<services::ValidatedCase> validated(services::CaseGroup group, const QDate &today)
{
    services::CaseCheck check =
        services::validateCase(std::move(group), today, services::ErrorPaths::Case);
    if (check.valid)
        return std::move(*check.valid);
    const Error error = makeError(ErrorCode::Internal,
                                  QStringLiteral("demo: invalid record ") + describe(check.errors));
    spdlog::error("{}", error.detail.toStdString());
    return error;
}

} // namespace

/** A reception the demonstration may put in a shelter room: the last ones received. */
struct StayCandidate
{
    qint64 receptionId = 0;
    qint64 personId = 0;
    QDate received;
};

/**
 * Stays in the shelters' rooms for some of the receptions written (docs/centre-work.md): the
 * most recent @a candidates, admitted on their reception day or a day or two later, for 2 to 30
 * days (still there when that reaches today), in a room with a free bed on every day of the
 * stay — the stays already stored (another demo process) included, read in the caller's write
 * transaction. Its own random numbers, so the cases of a seed stay the same. Returns how many
 * stays were written (audited in the caller's summary row).
 */
Result<qint64> makeStays(storage::Database &db,
                         const domain::Actor &actor,
                         QList<StayCandidate> candidates,
                         quint64 seed,
                         const QDate &today)
{
    if (candidates.isEmpty())
        return qint64(0);
    const auto rooms = storage::ReferenceRepository(db).shelterRooms();
    if (!rooms)
        return rooms.error();
    Random random(seed ^ 0x5348454c54455253ULL);
    std::sort(candidates.begin(), candidates.end(), [](const auto &a, const auto &b) {
        return a.received < b.received;
    });
    storage::ShelterStayRepository stays(db, storage::AuditPolicy::Summary);
    // Who is in each room, by the stays' day ranges: the stored ones first.
    QHash<QString, QList<std::pair<QDate, QDate>>> taken; // room → [admitted, left or far)
    const QDate far = today.addDays(1);
    for (const domain::ShelterRoom &room : *rooms) {
        const auto stored = stays.inRoomDuring(room.code, candidates.first().received, {});
        if (!stored)
            return stored.error();
        for (const domain::ShelterStay &stay : *stored)
            taken[room.code].append({stay.admitted, stay.left.isValid() ? stay.left : far});
    }
    const auto freeBed = [&](const domain::ShelterRoom &room, const QDate &from, const QDate &to) {
        for (QDate day = from; day < to; day = day.addDays(1)) {
            const auto &ranges = taken[room.code];
            const auto inRoom = std::count_if(ranges.cbegin(), ranges.cend(), [&](const auto &r) {
                return r.first <= day && day < r.second;
            });
            if (inRoom >= room.capacity)
                return false;
        }
        return true;
    };
    QHash<qint64, QDate> personFreeFrom; // a person is in one room at a time
    qint64 written = 0;
    const QStringList reasons = domain::leavingReasonCodes();
    for (const StayCandidate &candidate : std::as_const(candidates)) {
        const QDate admitted = std::min(candidate.received.addDays(random.between(0, 2)), today);
        if (personFreeFrom.value(candidate.personId) > admitted)
            continue;
        const QDate until = admitted.addDays(random.between(2, 30));
        const QDate left = until > today ? QDate() : until;
        const QDate end = left.isValid() ? left : far;
        for (qsizetype tries = 0; tries < rooms->size(); ++tries) {
            const domain::ShelterRoom &room = rooms->at(random.between(0, rooms->size() - 1));
            if (!freeBed(room, admitted, end))
                continue;
            domain::ShelterStay stay;
            stay.receptionId = candidate.receptionId;
            stay.roomCode = room.code;
            stay.admitted = admitted;
            stay.left = left;
            // Most go home to their families; a few move on elsewhere.
            if (left.isValid())
                stay.leavingReason = reasons.at(random.weighted({6, 3, 1, 0, 1}));
            if (auto r = stays.insert(stay, actor); !r)
                return r.error();
            taken[room.code].append({admitted, end});
            personFreeFrom.insert(candidate.personId, end);
            ++written;
            break;
        }
    }
    return written;
}

DemoDataService::DemoDataService(storage::Database &db)
    : m_db(db)
{}

Result<bool> DemoDataService::holdsDemoData() const
{
    return storage::holdsDemoData(m_db);
}

Result<void> DemoDataService::checkOnlyDemoRecords() const
{
    const auto records = storage::countRecords(m_db);
    if (!records)
        return records.error();
    if (records->total() == 0)
        return {};
    const auto demo = storage::demoRecordCounts(m_db);
    if (!demo)
        return demo.error();
    if (*demo == *records)
        return {};
    spdlog::info("demo: refused, the database holds records not made by the demo");
    return makeError(ErrorCode::Conflict, ErrorReason::RealRecords, QStringLiteral("real_records"));
}

DemoDataService::DemoDataService(services::AppContext &context)
    : DemoDataService(context.database())
{}

Result<domain::UserAccount> DemoDataService::createDemoAdministrator(const QString &userName,
                                                                     const QString &displayName,
                                                                     const QString &password)
{
    // One write transaction: no record and no user can arrive between the checks and the
    // new account (AuthService joins it).
    storage::Transaction transaction(m_db);
    if (!transaction.isActive())
        return transaction.error();
    services::AuthService auth(m_db);
    const auto empty = auth.needsFirstAdministrator();
    if (!empty)
        return empty.error();
    if (!*empty)
        return makeError(ErrorCode::Conflict, QStringLiteral("users_exist"));
    if (auto allowed = checkOnlyDemoRecords(); !allowed)
        return allowed.error();
    auto created = auth.createFirstAdministrator(userName, displayName, password);
    if (!created)
        return created.error();
    if (auto committed = transaction.commit(); !committed)
        return committed.error();
    return created;
}

Result<DemoSummary> DemoDataService::generate(const domain::Actor &actor,
                                              const DemoOptions &options,
                                              const Progress &progress)
{
    if (auto r = services::require(m_db, actor, services::Permission::GenerateDemoData); !r)
        return r.error();
    if (options.persons <= 0 || options.batchSize <= 0)
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("demo: persons and batch size must be positive"));
    if (m_db.isReadOnly())
        return makeError(ErrorCode::ReadOnly, QStringLiteral("demo: database is read-only"));

    const Result<ReferenceCodes> codes = loadReferenceCodes(m_db);
    if (!codes)
        return codes.error();

    const QDate today = domain::Clock::instance().today();
    Random random(options.seed);
    Generator generator(random, *codes, today);
    Random callRandom(options.seed ^ 0x18001769u);

    storage::AuditLog audit(m_db);

    spdlog::info("demo: generating {} persons (seed {}, batches of {})",
                 options.persons,
                 options.seed,
                 options.batchSize);
    DemoSummary total;
    QList<GenHandover> handovers;
    QList<GenPerson> people;
    // The latest receptions written, some of which stay in a shelter room (makeStays()).
    constexpr qsizetype kStayCandidates = 60;
    QList<StayCandidate> stayCandidates;
    while (total.persons < options.persons) {
        const int count = int(std::min<qint64>(options.batchSize, options.persons - total.persons));
        handovers.clear();
        people.clear();
        generator.makeBatch(count, handovers, people);

        storage::Transaction transaction(m_db);
        if (!transaction.isActive())
            return transaction.error();
        // Checked in the first batch's write transaction, so no other record can arrive
        // between the check and the first demo records. (Later batches are not checked
        // again: counting a large database per batch would slow the demo down a lot.)
        if (total.transactions == 0) {
            if (auto allowed = checkOnlyDemoRecords(); !allowed)
                return allowed.error();
        }
        // One writer per transaction: its prepared statements serve every record of it.
        services::CaseWriter writer(
            m_db, actor, {services::WriteMode::Save, domain::AuditPolicy::Summary});

        services::CaseGroup batchGroup;
        for (const GenHandover &handover : handovers)
            batchGroup.batches.append(handover.batch);
        const auto batches = validated(std::move(batchGroup), today);
        if (!batches)
            return batches.error();
        const auto storedBatches = writer.write(*batches);
        if (!storedBatches)
            return storedBatches.error();
        QList<services::CaseGroup> cameByPhone; // cases whose call links to them
        for (const GenPerson &gen : people) {
            services::CaseGroup group;
            group.person = gen.person;
            for (const GenReception &genReception : gen.receptions) {
                services::ReceptionGroup entry{
                    genReception.reception, genReception.supports, genReception.followUps};
                if (genReception.handoverIndex >= 0)
                    entry.reception.batchId =
                        storedBatches->batches.at(genReception.handoverIndex).meta.id;
                group.receptions.append(std::move(entry));
            }
            const auto valid = validated(std::move(group), today);
            if (!valid)
                return valid.error();
            const auto written = writer.write(*valid);
            if (!written)
                return written.error();
            // The receptions of the last two years may have stayed in a shelter room.
            for (const services::ReceptionGroup &r : written->receptions) {
                if (r.reception.receptionDate >= today.addYears(-2))
                    stayCandidates.append(
                        {r.reception.meta.id, r.reception.personId, r.reception.receptionDate});
            }
            if (stayCandidates.size() > kStayCandidates)
                stayCandidates.remove(0, stayCandidates.size() - kStayCandidates);
            const Route route =
                gen.receptions.isEmpty() ? Route::Other : gen.receptions.first().reception.route;
            if ((route == Route::SelfReported || route == Route::ReportedByFamily)
                && callRandom.chance(0.5))
                cameByPhone.append(*written);
        }
        QList<const services::CaseGroup *> linked;
        for (const services::CaseGroup &group : cameByPhone)
            linked.append(&group);
        const Result<qint64> calls =
            writeCalls(m_db, actor, makeCalls(callRandom, *codes, today, count, linked), today);
        if (!calls)
            return calls.error();
        DemoSummary batch;
        // The prevention clubs and activities come with the first batch, in its transaction
        // and its "demo" row (storage/RecordCensus.h counts them).
        if (total.transactions == 0) {
            if (auto prevention = writePrevention(actor, options.seed, batch); !prevention)
                return prevention.error();
        }
        const services::WriteCounts &counts = writer.counts();
        batch.persons = counts.personsCreated;
        batch.receptions = counts.receptionsCreated;
        batch.supports = counts.supportsCreated;
        batch.followUps = counts.followUpsCreated;
        batch.handoverBatches = counts.batchesCreated;
        batch.hotlineCalls = *calls;

        QJsonObject details;
        details.insert(QStringLiteral("persons"), batch.persons);
        details.insert(QStringLiteral("receptions"), batch.receptions);
        details.insert(QStringLiteral("supports"), batch.supports);
        details.insert(QStringLiteral("follow_ups"), batch.followUps);
        details.insert(QStringLiteral("handover_batches"), batch.handoverBatches);
        details.insert(QStringLiteral("hotline_calls"), batch.hotlineCalls);
        if (batch.preventionClubs + batch.preventionActivities > 0) {
            details.insert(QStringLiteral("prevention_clubs"), batch.preventionClubs);
            details.insert(QStringLiteral("prevention_activities"), batch.preventionActivities);
        }
        details.insert(QStringLiteral("seed"), QString::number(options.seed));
        // The last transaction also puts some of the latest receptions in shelter rooms.
        if (total.persons + batch.persons >= options.persons) {
            const auto stays = makeStays(m_db, actor, stayCandidates, options.seed, today);
            if (!stays)
                return stays.error();
            details.insert(QStringLiteral("shelter_stays"), *stays);
            spdlog::info("demo: {} shelter stays", *stays);
        }
        if (const auto appended = audit.append(actor, QStringLiteral("demo"), {}, 0, details);
            !appended)
            return appended.error();
        // The banner's mark (storage/RecordCensus.h), with the records it speaks of.
        if (auto marked = storage::markDemoData(m_db); !marked)
            return marked.error();
        if (const Result<void> committed = transaction.commit(); !committed)
            return committed.error();

        total.persons += batch.persons;
        total.receptions += batch.receptions;
        total.supports += batch.supports;
        total.followUps += batch.followUps;
        total.handoverBatches += batch.handoverBatches;
        total.hotlineCalls += batch.hotlineCalls;
        total.preventionClubs += batch.preventionClubs;
        total.preventionActivities += batch.preventionActivities;
        ++total.transactions;
        if (progress)
            progress(total.persons, options.persons);
    }
    spdlog::info("demo: wrote {} persons, {} receptions, {} supports, {} follow-ups, {} handovers, "
                 "{} calls",
                 total.persons,
                 total.receptions,
                 total.supports,
                 total.followUps,
                 total.handoverBatches,
                 total.hotlineCalls);
    return total;
}

Result<void>
DemoDataService::writePrevention(const domain::Actor &actor, quint64 seed, DemoSummary &batch)
{
    using domain::PreventionKind;
    using domain::PreventionTarget;
    const QDate today = domain::Clock::instance().today();
    // A stream of its own: the cases of a seed stay the same with or without this part.
    Random random(seed ^ 0x9e3779b97f4a7c15ULL);
    auto before = storage::preventionCommunes(m_db, domain::AdminEra::Pre2025);
    if (!before)
        return before.error();
    auto after = storage::preventionCommunes(m_db, domain::AdminEra::From2025);
    if (!after)
        return after.error();
    const QStringList communesBefore = before->keys();
    const QStringList communesAfter = after->keys();
    if (communesBefore.isEmpty() || communesAfter.isEmpty())
        return {};
    auto commune = [&](const QDate &day) {
        const QStringList &list =
            domain::eraOf(day) == domain::AdminEra::Pre2025 ? communesBefore : communesAfter;
        return list.at(int(random.between(0, list.size() - 1)));
    };

    // Five pilot clubs in wards of Hạ Long, as in the province's report.
    storage::PreventionClubRepository clubs(m_db, domain::AuditPolicy::Summary);
    const QList<std::pair<const char *, const char *>> wards{{"Hà Khánh", "06649"},
                                                             {"Hà Phong", "06652"},
                                                             {"Hà Khẩu", "06655"},
                                                             {"Cao Xanh", "06658"},
                                                             {"Giếng Đáy", "06661"}};
    QList<domain::PreventionClub> stored;
    const QDate founded(today.year() - 3, 5, 15);
    for (const auto &[name, code] : wards) {
        domain::PreventionClub club;
        club.name =
            QStringLiteral("CLB phòng, chống mua bán người phường %1").arg(QString::fromUtf8(name));
        club.era = domain::AdminEra::Pre2025;
        club.communeCode = communesBefore.contains(QLatin1String(code)) ? QString::fromLatin1(code)
                                                                        : communesBefore.first();
        club.founded = founded;
        club.members = int(random.between(15, 40));
        auto written = clubs.insert(club, actor);
        if (!written)
            return written.error();
        stored.append(*written);
    }

    // About three years of activities, a few a month.
    storage::PreventionActivityRepository activities(m_db, domain::AuditPolicy::Summary);
    qint64 written = 0;
    for (QDate day = today.addYears(-3); day <= today;
         day = day.addDays(int(random.between(5, 14)))) {
        domain::PreventionActivity a;
        a.kind = domain::allValues<PreventionKind>().at(random.weighted({6, 3, 2, 5, 10, 8, 8, 2}));
        a.startDate = day;
        a.era = domain::eraOf(day);
        a.quantity = 1;
        switch (domain::quantityUnitOf(a.kind)) {
        case domain::QuantityUnit::Copies:
            a.quantity = int(random.between(5, 50)) * 100;
            break;
        case domain::QuantityUnit::Items:
            a.quantity = int(random.between(1, 6));
            break;
        case domain::QuantityUnit::Sessions:
        case domain::QuantityUnit::Documents:
            a.quantity = int(random.between(1, 2));
            break;
        }
        if (a.kind != PreventionKind::MediaItems && a.kind != PreventionKind::DecisionPlan)
            a.communeCode = commune(day);
        if (a.kind == PreventionKind::ClubMeeting) {
            const domain::PreventionClub &club =
                stored.at(int(random.between(0, stored.size() - 1)));
            a.clubId = club.meta.id;
            a.era = club.era;
            a.communeCode = club.communeCode;
        }
        if (domain::hasParticipants(a.kind)) {
            a.participantsTotal = int(random.between(15, 80));
            a.participantsWomen = int(random.between(a.participantsTotal / 3, a.participantsTotal));
            a.participantsMinorities = int(random.between(0, a.participantsTotal / 4));
        }
        a.targetGroups = {
            domain::allValues<PreventionTarget>().at(random.weighted({4, 3, 3, 3, 2, 4, 0}))};
        a.organiser = QStringLiteral("Sở LĐ-TB&XH tỉnh Quảng Ninh");
        if (auto w = activities.insert(a, actor); !w)
            return w.error();
        ++written;
    }

    batch.preventionClubs += stored.size();
    batch.preventionActivities += written;
    return {};
}

} // namespace sr::demo
