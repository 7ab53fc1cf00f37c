#include "Prevention.h"
#include "RecordTypes.h"

#include <QCoreApplication>
#include <QLatin1String>

#include <array>
#include <utility>

namespace sr::domain {

namespace {

// The stable codes of the prevention enumerations: stored in the database and written to the
// CSV exchange and the report JSON (docs/centre-work.md); never change them.
constexpr std::array<std::pair<PreventionKind, const char *>, 8> kKinds{{
    {PreventionKind::Leaflets, "leaflets"},
    {PreventionKind::Booklets, "booklets"},
    {PreventionKind::Panels, "panels"},
    {PreventionKind::MediaItems, "media_items"},
    {PreventionKind::Training, "training"},
    {PreventionKind::CommunityMeeting, "community_meeting"},
    {PreventionKind::ClubMeeting, "club_meeting"},
    {PreventionKind::DecisionPlan, "decision_plan"},
}};

constexpr std::array<std::pair<PreventionTarget, const char *>, 7> kTargets{{
    {PreventionTarget::BorderCommunities, "border_communities"},
    {PreventionTarget::EthnicMinorities, "ethnic_minorities"},
    {PreventionTarget::HighRiskGroups, "high_risk_groups"},
    {PreventionTarget::Officials, "officials"},
    {PreventionTarget::Students, "students"},
    {PreventionTarget::GeneralPublic, "general_public"},
    {PreventionTarget::Other, "other"},
}};

template<typename E, std::size_t N>
QString codeIn(const std::array<std::pair<E, const char *>, N> &table, E value)
{
    for (const auto &[v, code] : table) {
        if (v == value)
            return QString::fromLatin1(code);
    }
    return {};
}

template<typename E, std::size_t N>
std::optional<E> valueIn(const std::array<std::pair<E, const char *>, N> &table, QStringView code)
{
    for (const auto &[v, c] : table) {
        if (code == QLatin1String(c))
            return v;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesIn(const std::array<std::pair<E, const char *>, N> &table)
{
    QList<E> values;
    for (const auto &entry : table)
        values.append(entry.first);
    return values;
}

template<typename E, std::size_t N>
QStringList codesIn(const std::array<std::pair<E, const char *>, N> &table)
{
    QStringList codes;
    for (const auto &entry : table)
        codes.append(QString::fromLatin1(entry.second));
    return codes;
}

} // namespace

template<>
QString toCode<PreventionKind>(PreventionKind value)
{
    return codeIn(kKinds, value);
}
template<>
std::optional<PreventionKind> fromCode<PreventionKind>(QStringView code)
{
    return valueIn(kKinds, code);
}
template<>
QList<PreventionKind> allValues<PreventionKind>()
{
    return valuesIn(kKinds);
}
template<>
QStringList allCodes<PreventionKind>()
{
    return codesIn(kKinds);
}
template<>
QString toCode<PreventionTarget>(PreventionTarget value)
{
    return codeIn(kTargets, value);
}
template<>
std::optional<PreventionTarget> fromCode<PreventionTarget>(QStringView code)
{
    return valueIn(kTargets, code);
}
template<>
QList<PreventionTarget> allValues<PreventionTarget>()
{
    return valuesIn(kTargets);
}
template<>
QStringList allCodes<PreventionTarget>()
{
    return codesIn(kTargets);
}

QuantityUnit quantityUnitOf(PreventionKind kind)
{
    switch (kind) {
    case PreventionKind::Leaflets:
    case PreventionKind::Booklets:
        return QuantityUnit::Copies;
    case PreventionKind::Panels:
    case PreventionKind::MediaItems:
        return QuantityUnit::Items;
    case PreventionKind::Training:
    case PreventionKind::CommunityMeeting:
    case PreventionKind::ClubMeeting:
        return QuantityUnit::Sessions;
    case PreventionKind::DecisionPlan:
        return QuantityUnit::Documents;
    }
    return QuantityUnit::Items;
}

bool hasParticipants(PreventionKind kind)
{
    return quantityUnitOf(kind) == QuantityUnit::Sessions;
}

QString quantityUnitCode(QuantityUnit unit)
{
    switch (unit) {
    case QuantityUnit::Copies:
        return QStringLiteral("copies");
    case QuantityUnit::Items:
        return QStringLiteral("items");
    case QuantityUnit::Sessions:
        return QStringLiteral("sessions");
    case QuantityUnit::Documents:
        return QStringLiteral("documents");
    }
    return {};
}

AdminEra eraOf(const QDate &date)
{
    // The 2025 merger of communes took effect on 1/7/2025 (resources/data/quangninh_wards_2025.csv).
    return date.isValid() && date < QDate(2025, 7, 1) ? AdminEra::Pre2025 : AdminEra::From2025;
}

const RecordType<PreventionClub> &preventionClubRecord()
{
    using C = PreventionClub;
    // A register of its own, like the handover batches: a club belongs to no case.
    static const RecordType<PreventionClub> type(
        RecordTypeInfo{
            .table = QStringLiteral("prevention_club"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Prevention club"),
            .sinceSchemaVersion = 14,
            .notice = ChangeKind::Prevention,
            .exchangeName = QStringLiteral("club"),
        },
        {
            text<&C::name>("name"),
            code<&C::era>("era"),
            optionalText<&C::communeCode>("commune_code").exchangedAs("commune"),
            date<&C::founded>("founded_date"),
            integer<&C::members>("members"),
            text<&C::notes>("notes").personal(),
        });
    return type;
}

const RecordType<PreventionActivity> &preventionActivityRecord()
{
    using A = PreventionActivity;
    // Free text (organiser, partner, notes) may name people: the full export only.
    static const RecordType<PreventionActivity> type(
        RecordTypeInfo{
            .table = QStringLiteral("prevention_activity"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Prevention activity"),
            .sinceSchemaVersion = 14,
            .notice = ChangeKind::Prevention,
            .exchangeName = QStringLiteral("activity"),
        },
        {
            code<&A::kind>("kind").labelled(),
            date<&A::startDate>("start_date"),
            date<&A::endDate>("end_date"),
            code<&A::era>("era"),
            optionalText<&A::communeCode>("commune_code").exchangedAs("commune"),
            integer<&A::quantity>("quantity"),
            integer<&A::participantsTotal>("participants_total"),
            integer<&A::participantsWomen>("participants_women"),
            integer<&A::participantsMinorities>("participants_minorities"),
            codeList<&A::targetGroups>("target_groups"),
            text<&A::organiser>("organiser").personal(),
            text<&A::partner>("partner").personal(),
            optionalInt64<&A::clubId>("club_id").notExchanged(),
            text<&A::notes>("notes").personal(),
        });
    return type;
}

} // namespace sr::domain
