#include "EnumLabels.h"

namespace sr::ui {

// Words such as "Other" and "Unknown" appear in several lists; the disambiguation keeps
// one translation per list, since Vietnamese may word them differently.

QString EnumLabels::label(domain::Sex value)
{
    switch (value) {
    case domain::Sex::Male:
        return tr("Male");
    case domain::Sex::Female:
        return tr("Female");
    case domain::Sex::Unknown:
        return tr("Unknown", "sex");
    }
    return {};
}

QString EnumLabels::label(domain::AgeBand value)
{
    switch (value) {
    case domain::AgeBand::Under1:
        return tr("Under 1");
    case domain::AgeBand::From1To5:
        return tr("1–5");
    case domain::AgeBand::From6To11:
        return tr("6–11");
    case domain::AgeBand::From12To15:
        return tr("12–15");
    case domain::AgeBand::From16To17:
        return tr("16–17");
    case domain::AgeBand::Adult:
        return tr("18 and over");
    case domain::AgeBand::Unknown:
        return tr("Unknown", "age band");
    }
    return {};
}

QString EnumLabels::label(domain::Route value)
{
    switch (value) {
    case domain::Route::HandedOverAtBorder:
        return tr("Handed over at the border");
    case domain::Route::SelfReported:
        return tr("Self-reported");
    case domain::Route::Rescued:
        return tr("Rescued");
    case domain::Route::ViaMissionAbroad:
        return tr("Via a mission abroad");
    case domain::Route::ReportedByFamily:
        return tr("Reported by the family");
    case domain::Route::FoundInScreening:
        return tr("Found in screening");
    case domain::Route::Other:
        return tr("Other", "route of identification");
    }
    return {};
}

QString EnumLabels::label(domain::IdentificationStatus value)
{
    switch (value) {
    case domain::IdentificationStatus::NotVerified:
        return tr("Not verified");
    case domain::IdentificationStatus::Pending:
        return tr("Being identified");
    case domain::IdentificationStatus::ConfirmedVictim:
        return tr("Confirmed victim");
    case domain::IdentificationStatus::NotAVictim:
        return tr("Not a victim");
    case domain::IdentificationStatus::Undetermined:
        return tr("Undetermined");
    }
    return {};
}

QString EnumLabels::label(domain::ExploitationForm value)
{
    switch (value) {
    case domain::ExploitationForm::SexualExploitation:
        return tr("Sexual exploitation");
    case domain::ExploitationForm::ForcedLabour:
        return tr("Forced labour");
    case domain::ExploitationForm::ForcedMarriage:
        return tr("Forced marriage");
    case domain::ExploitationForm::ChildSale:
        return tr("Child sale (incl. for adoption)");
    case domain::ExploitationForm::OrganRemoval:
        return tr("Organ removal");
    case domain::ExploitationForm::ForcedCrime:
        return tr("Forced criminal activity (incl. scam compounds)");
    case domain::ExploitationForm::ForcedBegging:
        return tr("Forced begging");
    case domain::ExploitationForm::Other:
        return tr("Other", "form of exploitation");
    case domain::ExploitationForm::Unknown:
        return tr("Unknown", "form of exploitation");
    }
    return {};
}

QString EnumLabels::label(domain::SupportStatus value)
{
    switch (value) {
    case domain::SupportStatus::Provided:
        return tr("Provided");
    case domain::SupportStatus::Referred:
        return tr("Referred");
    case domain::SupportStatus::Declined:
        return tr("Declined");
    case domain::SupportStatus::NotNeeded:
        return tr("Not needed");
    }
    return {};
}

QString EnumLabels::label(domain::CaseStatus value)
{
    switch (value) {
    case domain::CaseStatus::Open:
        return tr("Open");
    case domain::CaseStatus::Closed:
        return tr("Closed");
    }
    return {};
}

QString EnumLabels::label(domain::CaseOutcome value)
{
    switch (value) {
    case domain::CaseOutcome::HandedOverToFamily:
        return tr("Handed over to the family");
    case domain::CaseOutcome::ReturnedHome:
        return tr("Returned to the home locality");
    case domain::CaseOutcome::Transferred:
        return tr("Transferred");
    case domain::CaseOutcome::Other:
        return tr("Other", "case outcome");
    }
    return {};
}

QString EnumLabels::label(domain::DocumentType value)
{
    switch (value) {
    case domain::DocumentType::Cccd:
        return tr("Citizen identity card (CCCD)");
    case domain::DocumentType::Passport:
        return tr("Passport");
    case domain::DocumentType::BirthCertificate:
        return tr("Birth certificate");
    case domain::DocumentType::Other:
        return tr("Other", "identity document");
    case domain::DocumentType::None:
        return tr("None", "identity document");
    }
    return {};
}

QString EnumLabels::label(domain::AgencyKind value)
{
    switch (value) {
    case domain::AgencyKind::SocialWorkCentre:
        return tr("Social work centre");
    case domain::AgencyKind::LabourOffice:
        return tr("Labour office");
    case domain::AgencyKind::CommuneCommittee:
        return tr("Commune People's Committee");
    case domain::AgencyKind::BorderGuard:
        return tr("Border Guard");
    case domain::AgencyKind::Police:
        return tr("Police");
    case domain::AgencyKind::Ngo:
        return tr("Non-governmental organisation");
    case domain::AgencyKind::Other:
        return tr("Other");
    }
    return {};
}

QString EnumLabels::label(domain::GoalArea value)
{
    switch (value) {
    case domain::GoalArea::Health:
        return tr("Health");
    case domain::GoalArea::Psychological:
        return tr("Psychological");
    case domain::GoalArea::Family:
        return tr("Family");
    case domain::GoalArea::Legal:
        return tr("Legal");
    case domain::GoalArea::Education:
        return tr("Education");
    case domain::GoalArea::Vocational:
        return tr("Vocational training");
    case domain::GoalArea::Economic:
        return tr("Economic");
    case domain::GoalArea::Safety:
        return tr("Safety");
    }
    return {};
}

QString EnumLabels::label(domain::GoalStatus value)
{
    switch (value) {
    case domain::GoalStatus::Planned:
        return tr("Planned");
    case domain::GoalStatus::InProgress:
        return tr("In progress");
    case domain::GoalStatus::Achieved:
        return tr("Achieved");
    case domain::GoalStatus::Dropped:
        return tr("Dropped");
    }
    return {};
}

QString EnumLabels::label(domain::ApprovalKind value)
{
    switch (value) {
    case domain::ApprovalKind::Closure:
        return tr("Closing the case");
    case domain::ApprovalKind::Plan:
        return tr("Support plan");
    }
    return {};
}

QString EnumLabels::label(domain::ApprovalStatus value)
{
    switch (value) {
    case domain::ApprovalStatus::Requested:
        return tr("Waiting for approval");
    case domain::ApprovalStatus::Approved:
        return tr("Approved");
    case domain::ApprovalStatus::Returned:
        return tr("Returned");
    case domain::ApprovalStatus::Withdrawn:
        return tr("Withdrawn");
    }
    return {};
}

QString EnumLabels::label(domain::TaskStatus value)
{
    switch (value) {
    case domain::TaskStatus::Open:
        return tr("Open", "task");
    case domain::TaskStatus::Done:
        return tr("Done", "task");
    case domain::TaskStatus::Cancelled:
        return tr("Cancelled", "task");
    case domain::TaskStatus::Lapsed:
        return tr("Lapsed", "task");
    }
    return {};
}

QString EnumLabels::label(domain::TaskRuleKind value)
{
    switch (value) {
    case domain::TaskRuleKind::FollowUpAfterHandover:
        return tr("Follow-up after handover to the family");
    case domain::TaskRuleKind::IdentificationPending:
        return tr("Identification decision pending");
    case domain::TaskRuleKind::SupportReferred:
        return tr("Referred support without outcome");
    case domain::TaskRuleKind::GoalOverdue:
        return tr("Plan goal past its target date");
    }
    return {};
}

} // namespace sr::ui
