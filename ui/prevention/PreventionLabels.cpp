#include "ui/prevention/PreventionLabels.h"

namespace sr::ui {

QString PreventionLabels::kind(domain::PreventionKind kind)
{
    using K = domain::PreventionKind;
    switch (kind) {
    case K::Leaflets:
        return tr("Leaflets");
    case K::Booklets:
        return tr("Question-and-answer booklets");
    case K::Panels:
        return tr("Panels");
    case K::MediaItems:
        return tr("News and media items");
    case K::Training:
        return tr("Training or conference");
    case K::CommunityMeeting:
        return tr("Community meeting");
    case K::ClubMeeting:
        return tr("Club meeting");
    case K::DecisionPlan:
        return tr("Decision or plan issued");
    }
    return {};
}

QString PreventionLabels::target(domain::PreventionTarget target)
{
    using T = domain::PreventionTarget;
    switch (target) {
    case T::BorderCommunities:
        return tr("Border communities");
    case T::EthnicMinorities:
        return tr("Ethnic minorities");
    case T::HighRiskGroups:
        return tr("High-risk groups");
    case T::Officials:
        return tr("Officials and community leaders");
    case T::Students:
        return tr("Pupils and students");
    case T::GeneralPublic:
        return tr("General public");
    case T::Other:
        return tr("Other");
    }
    return {};
}

QString PreventionLabels::unit(domain::PreventionKind kind)
{
    switch (domain::quantityUnitOf(kind)) {
    case domain::QuantityUnit::Copies:
        return tr("copies");
    case domain::QuantityUnit::Items:
        return tr("items");
    case domain::QuantityUnit::Sessions:
        return tr("sessions");
    case domain::QuantityUnit::Documents:
        return tr("documents");
    }
    return {};
}

QString PreventionLabels::era(domain::AdminEra era)
{
    return era == domain::AdminEra::Pre2025 ? tr("Before 1/7/2025") : tr("From 1/7/2025");
}

} // namespace sr::ui
