#pragma once

#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <optional>

namespace sr::domain {

// Enumerations with stable string codes (../docs/architecture.md, "Stable codes").
// Codes are stored in the database and written to CSV and JSON; they never change.
// Labels are translated in the UI; the domain only knows codes.

enum class Sex { Male, Female, Unknown };

enum class AgeBand { Under1, From1To5, From6To11, From12To15, From16To17, Adult, Unknown };

enum class Route {
    HandedOverAtBorder,
    SelfReported,
    Rescued,
    ViaMissionAbroad,
    ReportedByFamily,
    FoundInScreening,
    Other,
};

enum class IdentificationStatus { NotVerified, Pending, ConfirmedVictim, NotAVictim, Undetermined };

enum class ExploitationForm {
    SexualExploitation,
    ForcedLabour,
    ForcedMarriage,
    ChildSale,
    OrganRemoval,
    ForcedCrime,
    ForcedBegging,
    Other,
    Unknown,
};

enum class SupportStatus { Provided, Referred, Declined, NotNeeded };

enum class CaseStatus { Open, Closed };

/** Outcome of a closed case. */
enum class CaseOutcome { HandedOverToFamily, ReturnedHome, Transferred, Other };

enum class DocumentType { Cccd, Passport, BirthCertificate, Other, None };

/** Which list of administrative units a residence refers to (the 1/7/2025 merger). */
enum class AdminEra { Pre2025, From2025 };

enum class FollowUpKind { HomeVisit, PhoneCall, OfficeVisit, Other };

/** Reintegration outcome of one area (health, housing, work, schooling) at a follow-up. */
enum class ReintegrationStatus { Stable, NeedsSupport, NotApplicable, Unknown };

/** Kinds of receiving agency. */
enum class AgencyKind {
    SocialWorkCentre,
    LabourOffice,
    CommuneCommittee,
    BorderGuard,
    Police,
    Ngo,
    Other,
};

// Case work over time (docs/case-work.md).

/** Area of a support plan goal (kế hoạch hỗ trợ, tái hòa nhập). */
enum class GoalArea {
    Health,
    Psychological,
    Family,
    Legal,
    Education,
    Vocational,
    Economic,
    Safety
};

enum class GoalStatus { Planned, InProgress, Achieved, Dropped };

/// Lapsed: a rule's task already overdue beyond its rule's lapse days when it was made
/// (docs/case-work.md); not work any more, but still due and not done in the report.
enum class TaskStatus { Open, Done, Cancelled, Lapsed };

/** What makes a rule generate tasks (the rules themselves are data: table task_rule). */
enum class TaskRuleKind {
    FollowUpAfterHandover,
    IdentificationPending,
    SupportReferred,
    GoalOverdue
};

/** What a manager's approval is asked for. */
enum class ApprovalKind { Closure, Plan };

enum class ApprovalStatus { Requested, Approved, Returned, Withdrawn };

/**
 * Stable code of an enumerator, e.g. toCode(Route::SelfReported) == "self_reported".
 * Defined for every enum above.
 */
template<typename E>
QString toCode(E value);

/** The enumerator whose stable code is @a code (exact match), or nothing. */
template<typename E>
std::optional<E> fromCode(QStringView code);

/** Every enumerator of E, in declaration order. */
template<typename E>
QList<E> allValues();

/** All stable codes of E, in declaration order. */
template<typename E>
QStringList allCodes();

// The templates are defined and explicitly instantiated in Enums.cpp for exactly these enums;
// using them with any other type fails to link.
#define SR_DECLARE_ENUM_CODES(E)                                                                   \
    extern template QString toCode<E>(E);                                                          \
    extern template std::optional<E> fromCode<E>(QStringView);                                     \
    extern template QList<E> allValues<E>();                                                       \
    extern template QStringList allCodes<E>();

SR_DECLARE_ENUM_CODES(Sex)
SR_DECLARE_ENUM_CODES(AgeBand)
SR_DECLARE_ENUM_CODES(Route)
SR_DECLARE_ENUM_CODES(IdentificationStatus)
SR_DECLARE_ENUM_CODES(ExploitationForm)
SR_DECLARE_ENUM_CODES(SupportStatus)
SR_DECLARE_ENUM_CODES(CaseStatus)
SR_DECLARE_ENUM_CODES(CaseOutcome)
SR_DECLARE_ENUM_CODES(DocumentType)
SR_DECLARE_ENUM_CODES(AdminEra)
SR_DECLARE_ENUM_CODES(FollowUpKind)
SR_DECLARE_ENUM_CODES(ReintegrationStatus)
SR_DECLARE_ENUM_CODES(AgencyKind)
SR_DECLARE_ENUM_CODES(GoalArea)
SR_DECLARE_ENUM_CODES(GoalStatus)
SR_DECLARE_ENUM_CODES(TaskStatus)
SR_DECLARE_ENUM_CODES(TaskRuleKind)
SR_DECLARE_ENUM_CODES(ApprovalKind)
SR_DECLARE_ENUM_CODES(ApprovalStatus)

#undef SR_DECLARE_ENUM_CODES

} // namespace sr::domain
