#pragma once

#include "domain/Actor.h"
#include "services/CaseListService.h"

#include <QComboBox>

namespace sr::services {
class AssignmentService;
} // namespace sr::services

namespace sr::ui {

/**
 * The case list's "Responsible" filter (docs/case-work.md): All, My cases, Unassigned, then
 * every worker who can be responsible for cases with their open cases, "Nguyễn Văn A (12)".
 * The counts come from AssignmentService::caseloads(); reload() keeps the current choice.
 */
class ResponsibleFilter : public QComboBox
{
    Q_OBJECT

public:
    ResponsibleFilter(services::AssignmentService &assignments,
                      domain::Actor actor,
                      QWidget *parent = nullptr);

    /** Re-reads the workers and their caseloads; the choice stays (signals blocked). */
    void reload();
    /** Sets the filter's part of @a filter. */
    void apply(services::CaseListFilter &filter) const;

    /** "My cases" can be chosen: the acting user is an account. */
    bool canShowMine() const { return m_actor.userId > 0; }
    bool showsMine() const;
    /** Chooses My cases (true) or All (false); emits currentIndexChanged when it changes. */
    void setShowsMine(bool mine);

private:
    services::AssignmentService &m_assignments;
    domain::Actor m_actor;
};

} // namespace sr::ui
