#include "Enums.h"

#include <QLatin1String>
#include <QStringList>

#include <array>
#include <cstddef>

namespace sr::domain {

namespace {

// One table per enum: every enumerator, in declaration order, with its stable code.
// The codes are docs/domain-guide.md's "Stable codes"; they are stored in databases and files and
// must never change.

template<typename E>
struct Entry
{
    E value;
    QLatin1String code;
};

template<typename E>
struct EnumTable;

template<typename E, std::size_t N>
using Table = std::array<Entry<E>, N>;

template<>
struct EnumTable<Sex>
{
    static constexpr Table<Sex, 3> entries{{
        {Sex::Male, QLatin1String("male")},
        {Sex::Female, QLatin1String("female")},
        {Sex::Unknown, QLatin1String("unknown")},
    }};
};

template<>
struct EnumTable<AgeBand>
{
    static constexpr Table<AgeBand, 7> entries{{
        {AgeBand::Under1, QLatin1String("under_1")},
        {AgeBand::From1To5, QLatin1String("1_5")},
        {AgeBand::From6To11, QLatin1String("6_11")},
        {AgeBand::From12To15, QLatin1String("12_15")},
        {AgeBand::From16To17, QLatin1String("16_17")},
        {AgeBand::Adult, QLatin1String("18_plus")},
        {AgeBand::Unknown, QLatin1String("unknown")},
    }};
};

template<>
struct EnumTable<Route>
{
    static constexpr Table<Route, 7> entries{{
        {Route::HandedOverAtBorder, QLatin1String("handed_over_at_border")},
        {Route::SelfReported, QLatin1String("self_reported")},
        {Route::Rescued, QLatin1String("rescued")},
        {Route::ViaMissionAbroad, QLatin1String("via_mission_abroad")},
        {Route::ReportedByFamily, QLatin1String("reported_by_family")},
        {Route::FoundInScreening, QLatin1String("found_in_screening")},
        {Route::Other, QLatin1String("other")},
    }};
};

template<>
struct EnumTable<IdentificationStatus>
{
    static constexpr Table<IdentificationStatus, 5> entries{{
        {IdentificationStatus::NotVerified, QLatin1String("not_verified")},
        {IdentificationStatus::Pending, QLatin1String("pending")},
        {IdentificationStatus::ConfirmedVictim, QLatin1String("confirmed_victim")},
        {IdentificationStatus::NotAVictim, QLatin1String("not_a_victim")},
        {IdentificationStatus::Undetermined, QLatin1String("undetermined")},
    }};
};

template<>
struct EnumTable<ExploitationForm>
{
    static constexpr Table<ExploitationForm, 9> entries{{
        {ExploitationForm::SexualExploitation, QLatin1String("sexual_exploitation")},
        {ExploitationForm::ForcedLabour, QLatin1String("forced_labour")},
        {ExploitationForm::ForcedMarriage, QLatin1String("forced_marriage")},
        {ExploitationForm::ChildSale, QLatin1String("child_sale")},
        {ExploitationForm::OrganRemoval, QLatin1String("organ_removal")},
        {ExploitationForm::ForcedCrime, QLatin1String("forced_crime")},
        {ExploitationForm::ForcedBegging, QLatin1String("forced_begging")},
        {ExploitationForm::Other, QLatin1String("other")},
        {ExploitationForm::Unknown, QLatin1String("unknown")},
    }};
};

template<>
struct EnumTable<SupportStatus>
{
    static constexpr Table<SupportStatus, 4> entries{{
        {SupportStatus::Provided, QLatin1String("provided")},
        {SupportStatus::Referred, QLatin1String("referred")},
        {SupportStatus::Declined, QLatin1String("declined")},
        {SupportStatus::NotNeeded, QLatin1String("not_needed")},
    }};
};

template<>
struct EnumTable<CaseStatus>
{
    static constexpr Table<CaseStatus, 2> entries{{
        {CaseStatus::Open, QLatin1String("open")},
        {CaseStatus::Closed, QLatin1String("closed")},
    }};
};

template<>
struct EnumTable<CaseOutcome>
{
    static constexpr Table<CaseOutcome, 4> entries{{
        {CaseOutcome::HandedOverToFamily, QLatin1String("handed_over_to_family")},
        {CaseOutcome::ReturnedHome, QLatin1String("returned_home")},
        {CaseOutcome::Transferred, QLatin1String("transferred")},
        {CaseOutcome::Other, QLatin1String("other")},
    }};
};

template<>
struct EnumTable<DocumentType>
{
    static constexpr Table<DocumentType, 5> entries{{
        {DocumentType::Cccd, QLatin1String("cccd")},
        {DocumentType::Passport, QLatin1String("passport")},
        {DocumentType::BirthCertificate, QLatin1String("birth_certificate")},
        {DocumentType::Other, QLatin1String("other")},
        {DocumentType::None, QLatin1String("none")},
    }};
};

template<>
struct EnumTable<AdminEra>
{
    static constexpr Table<AdminEra, 2> entries{{
        {AdminEra::Pre2025, QLatin1String("pre_2025")},
        {AdminEra::From2025, QLatin1String("from_2025")},
    }};
};

template<>
struct EnumTable<FollowUpKind>
{
    static constexpr Table<FollowUpKind, 4> entries{{
        {FollowUpKind::HomeVisit, QLatin1String("home_visit")},
        {FollowUpKind::PhoneCall, QLatin1String("phone_call")},
        {FollowUpKind::OfficeVisit, QLatin1String("office_visit")},
        {FollowUpKind::Other, QLatin1String("other")},
    }};
};

template<>
struct EnumTable<ReintegrationStatus>
{
    static constexpr Table<ReintegrationStatus, 4> entries{{
        {ReintegrationStatus::Stable, QLatin1String("stable")},
        {ReintegrationStatus::NeedsSupport, QLatin1String("needs_support")},
        {ReintegrationStatus::NotApplicable, QLatin1String("not_applicable")},
        {ReintegrationStatus::Unknown, QLatin1String("unknown")},
    }};
};

template<>
struct EnumTable<AgencyKind>
{
    static constexpr Table<AgencyKind, 7> entries{{
        {AgencyKind::SocialWorkCentre, QLatin1String("social_work_centre")},
        {AgencyKind::LabourOffice, QLatin1String("labour_office")},
        {AgencyKind::CommuneCommittee, QLatin1String("commune_committee")},
        {AgencyKind::BorderGuard, QLatin1String("border_guard")},
        {AgencyKind::Police, QLatin1String("police")},
        {AgencyKind::Ngo, QLatin1String("ngo")},
        {AgencyKind::Other, QLatin1String("other")},
    }};
};

template<>
struct EnumTable<GoalArea>
{
    static constexpr Table<GoalArea, 8> entries{{
        {GoalArea::Health, QLatin1String("health")},
        {GoalArea::Psychological, QLatin1String("psychological")},
        {GoalArea::Family, QLatin1String("family")},
        {GoalArea::Legal, QLatin1String("legal")},
        {GoalArea::Education, QLatin1String("education")},
        {GoalArea::Vocational, QLatin1String("vocational")},
        {GoalArea::Economic, QLatin1String("economic")},
        {GoalArea::Safety, QLatin1String("safety")},
    }};
};

template<>
struct EnumTable<GoalStatus>
{
    static constexpr Table<GoalStatus, 4> entries{{
        {GoalStatus::Planned, QLatin1String("planned")},
        {GoalStatus::InProgress, QLatin1String("in_progress")},
        {GoalStatus::Achieved, QLatin1String("achieved")},
        {GoalStatus::Dropped, QLatin1String("dropped")},
    }};
};

template<>
struct EnumTable<TaskStatus>
{
    static constexpr Table<TaskStatus, 4> entries{{
        {TaskStatus::Open, QLatin1String("open")},
        {TaskStatus::Done, QLatin1String("done")},
        {TaskStatus::Cancelled, QLatin1String("cancelled")},
        {TaskStatus::Lapsed, QLatin1String("lapsed")},
    }};
};

template<>
struct EnumTable<TaskRuleKind>
{
    static constexpr Table<TaskRuleKind, 4> entries{{
        {TaskRuleKind::FollowUpAfterHandover, QLatin1String("follow_up_after_handover")},
        {TaskRuleKind::IdentificationPending, QLatin1String("identification_pending")},
        {TaskRuleKind::SupportReferred, QLatin1String("support_referred")},
        {TaskRuleKind::GoalOverdue, QLatin1String("goal_overdue")},
    }};
};

template<>
struct EnumTable<ApprovalKind>
{
    static constexpr Table<ApprovalKind, 2> entries{{
        {ApprovalKind::Closure, QLatin1String("closure")},
        {ApprovalKind::Plan, QLatin1String("plan")},
    }};
};

template<>
struct EnumTable<ApprovalStatus>
{
    static constexpr Table<ApprovalStatus, 4> entries{{
        {ApprovalStatus::Requested, QLatin1String("requested")},
        {ApprovalStatus::Approved, QLatin1String("approved")},
        {ApprovalStatus::Returned, QLatin1String("returned")},
        {ApprovalStatus::Withdrawn, QLatin1String("withdrawn")},
    }};
};

} // namespace

template<typename E>
QString toCode(E value)
{
    for (const auto &entry : EnumTable<E>::entries) {
        if (entry.value == value)
            return QString(entry.code);
    }
    // Unreachable for a valid enumerator: every table lists all of them (checked by tests).
    return QString();
}

template<typename E>
std::optional<E> fromCode(QStringView code)
{
    for (const auto &entry : EnumTable<E>::entries) {
        if (code.compare(entry.code, Qt::CaseSensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template<typename E>
QList<E> allValues()
{
    QList<E> values;
    values.reserve(qsizetype(EnumTable<E>::entries.size()));
    for (const auto &entry : EnumTable<E>::entries)
        values.append(entry.value);
    return values;
}

template<typename E>
QStringList allCodes()
{
    QStringList codes;
    codes.reserve(qsizetype(EnumTable<E>::entries.size()));
    for (const auto &entry : EnumTable<E>::entries)
        codes.append(QString(entry.code));
    return codes;
}

// Explicit instantiations: the only enums with codes (declared extern in Enums.h).
#define SR_INSTANTIATE_ENUM_CODES(E)                                                               \
    template QString toCode<E>(E);                                                                 \
    template std::optional<E> fromCode<E>(QStringView);                                            \
    template QList<E> allValues<E>();                                                              \
    template QStringList allCodes<E>();

SR_INSTANTIATE_ENUM_CODES(Sex)
SR_INSTANTIATE_ENUM_CODES(AgeBand)
SR_INSTANTIATE_ENUM_CODES(Route)
SR_INSTANTIATE_ENUM_CODES(IdentificationStatus)
SR_INSTANTIATE_ENUM_CODES(ExploitationForm)
SR_INSTANTIATE_ENUM_CODES(SupportStatus)
SR_INSTANTIATE_ENUM_CODES(CaseStatus)
SR_INSTANTIATE_ENUM_CODES(CaseOutcome)
SR_INSTANTIATE_ENUM_CODES(DocumentType)
SR_INSTANTIATE_ENUM_CODES(AdminEra)
SR_INSTANTIATE_ENUM_CODES(FollowUpKind)
SR_INSTANTIATE_ENUM_CODES(ReintegrationStatus)
SR_INSTANTIATE_ENUM_CODES(AgencyKind)
SR_INSTANTIATE_ENUM_CODES(GoalArea)
SR_INSTANTIATE_ENUM_CODES(GoalStatus)
SR_INSTANTIATE_ENUM_CODES(TaskStatus)
SR_INSTANTIATE_ENUM_CODES(TaskRuleKind)
SR_INSTANTIATE_ENUM_CODES(ApprovalKind)
SR_INSTANTIATE_ENUM_CODES(ApprovalStatus)

#undef SR_INSTANTIATE_ENUM_CODES

} // namespace sr::domain
