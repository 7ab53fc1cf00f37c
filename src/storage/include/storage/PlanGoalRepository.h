#pragma once

#include "RecordRepository.h"
#include "domain/CaseWork.h"

namespace sr::storage {

/** Stores the goals of the support plans of receptions (docs/case-work.md). */
using PlanGoalRepository = ReceptionRecordRepository<domain::PlanGoal>;

/** Stores managers' approvals of closures and plans, per reception (docs/case-work.md). */
using ApprovalRepository = ReceptionRecordRepository<domain::Approval>;

} // namespace sr::storage
