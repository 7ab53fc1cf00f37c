#pragma once

#include "domain/Enums.h"

#include <QCoreApplication>
#include <QString>

namespace sr::ui {

/**
 * Translated labels of the domain's enumerations. The domain only knows stable codes; the
 * wording belongs to the UI (Vietnamese by default, English from the translations).
 */
class EnumLabels
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::EnumLabels)

public:
    static QString label(domain::Sex value);
    static QString label(domain::AgeBand value);
    static QString label(domain::Route value);
    static QString label(domain::IdentificationStatus value);
    static QString label(domain::ExploitationForm value);
    static QString label(domain::SupportStatus value);
    static QString label(domain::CaseStatus value);
    static QString label(domain::CaseOutcome value);
    static QString label(domain::DocumentType value);
    static QString label(domain::AgencyKind value);
    static QString label(domain::GoalArea value);
    static QString label(domain::GoalStatus value);
    static QString label(domain::ApprovalKind value);
    static QString label(domain::ApprovalStatus value);
    static QString label(domain::TaskStatus value);
    static QString label(domain::TaskRuleKind value);
};

} // namespace sr::ui
