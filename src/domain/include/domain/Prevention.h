#pragma once

#include "Enums.h"
#include "RecordMeta.h"
#include "Validation.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

// Prevention and communication work and the prevention clubs (docs/centre-work.md,
// "## Prevention"): records of the centre's work that belong to no case and name no person.
namespace sr::domain {

/** What an activity was. Stable codes in PreventionRecord.cpp; never change them. */
enum class PreventionKind {
    Leaflets,         ///< "leaflets": leaflets handed out; quantity = copies
    Booklets,         ///< "booklets": question-and-answer booklets; quantity = copies
    Panels,           ///< "panels": panels put up; quantity = panels
    MediaItems,       ///< "media_items": news items, broadcasts, posts; quantity = items
    Training,         ///< "training": a training or conference; quantity = sessions
    CommunityMeeting, ///< "community_meeting": quantity = sessions
    ClubMeeting,      ///< "club_meeting": a meeting of a prevention club; quantity = sessions
    DecisionPlan,     ///< "decision_plan": a decision or plan issued; quantity = documents
};

/** Who an activity was for. */
enum class PreventionTarget {
    BorderCommunities, ///< "border_communities"
    EthnicMinorities,  ///< "ethnic_minorities"
    HighRiskGroups,    ///< "high_risk_groups"
    Officials,         ///< "officials": officials, village heads, border guards
    Students,          ///< "students"
    GeneralPublic,     ///< "general_public"
    Other,             ///< "other"
};

/** What an activity's quantity counts, by kind. */
enum class QuantityUnit { Copies, Items, Sessions, Documents };

QuantityUnit quantityUnitOf(PreventionKind kind);
/** Whether a kind gathers people (training, meetings): its form asks for participants. */
bool hasParticipants(PreventionKind kind);
/** The stable code of a unit ("copies", "items", "sessions", "documents"). */
QString quantityUnitCode(QuantityUnit unit);

/** The era of the reference lists that names the communes of @a date (the 1/7/2025 merger). */
AdminEra eraOf(const QDate &date);

/** The GSO code of Quảng Ninh, whose communes are the reference lists' (resources/data). */
inline constexpr const char *kPreventionProvince = "22";

/** A prevention club ("câu lạc bộ phòng, chống mua bán người"): a small register of its own. */
struct PreventionClub
{
    RecordMeta meta;
    QString name;
    AdminEra era = AdminEra::From2025;
    QString communeCode; ///< a commune of Quảng Ninh in the list of era; empty = unknown
    QDate founded;       ///< may be unknown
    int members = 0;
    QString notes;
};

/** One prevention or communication activity. */
struct PreventionActivity
{
    RecordMeta meta;
    PreventionKind kind = PreventionKind::Training;
    QDate startDate;
    QDate endDate; ///< last day of a period; null = the start date alone
    AdminEra era = AdminEra::From2025;
    QString communeCode; ///< where it took place; empty for province-wide items (media)
    int quantity = 0;    ///< copies, items, sessions or documents (quantityUnitOf(kind))
    int participantsTotal = 0;
    int participantsWomen = 0;
    int participantsMinorities = 0;
    QList<PreventionTarget> targetGroups;
    QString organiser;
    QString partner;
    std::optional<qint64> clubId; ///< the club of a club meeting
    QString notes;

    /** The last day of the activity: endDate, else startDate. */
    QDate lastDay() const { return endDate.isValid() ? endDate : startDate; }
};

// Validators (Validation.cpp, the block "Prevention"), at most one error per field, as
// Validation.h explains. The commune must exist in the reference list of the era: the service
// checks that against the database, in the transaction that writes.
FieldErrors validatePreventionActivity(const PreventionActivity &activity, const QDate &today);
FieldErrors validatePreventionClub(const PreventionClub &club, const QDate &today);

// The stable codes of the two enumerations (defined in PreventionRecord.cpp), so that the
// descriptors' code columns and the exchange read and write them as they do Enums.h's.
template<>
QString toCode<PreventionKind>(PreventionKind value);
template<>
std::optional<PreventionKind> fromCode<PreventionKind>(QStringView code);
template<>
QList<PreventionKind> allValues<PreventionKind>();
template<>
QStringList allCodes<PreventionKind>();
template<>
QString toCode<PreventionTarget>(PreventionTarget value);
template<>
std::optional<PreventionTarget> fromCode<PreventionTarget>(QStringView code);
template<>
QList<PreventionTarget> allValues<PreventionTarget>();
template<>
QStringList allCodes<PreventionTarget>();

} // namespace sr::domain
