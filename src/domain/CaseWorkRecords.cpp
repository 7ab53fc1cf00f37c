#include "RecordTypes.h"

#include <QCoreApplication>

// The records of case work over time (CaseWork.h, docs/case-work.md). They belong to a case
// but do not travel in the CSV exchange: the files carry persons, receptions, supports,
// follow-ups and batches (exchange/CsvColumns.cpp).
namespace sr::domain {

const RecordType<CaseAssignment> &caseAssignmentRecord()
{
    using A = CaseAssignment;
    static const RecordType<CaseAssignment> type(
        RecordTypeInfo{
            .table = QStringLiteral("case_assignment"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Assignment"),
            .parentTable = QStringLiteral("person"),
            .parentColumn = QStringLiteral("person_id"),
            .sinceSchemaVersion = 9,
            .notice = ChangeKind::CaseWork,
        },
        {
            int64<&A::personId>("person_id").notExchanged(),
            optionalInt64<&A::userId>("user_id").notExchanged(),
            optionalInt64<&A::previousUserId>("previous_user_id").notExchanged(),
            text<&A::reason>("reason").personal(),
        });
    return type;
}

const RecordType<PlanGoal> &planGoalRecord()
{
    using G = PlanGoal;
    static const RecordType<PlanGoal> type(
        RecordTypeInfo{
            .table = QStringLiteral("plan_goal"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Plan goal"),
            .parentTable = QStringLiteral("reception"),
            .parentColumn = QStringLiteral("reception_id"),
            .sinceSchemaVersion = 9,
            .notice = ChangeKind::CaseWork,
        },
        {
            int64<&G::receptionId>("reception_id").notExchanged(),
            code<&G::area>("area"),
            text<&G::goal>("goal").personal(),
            text<&G::actions>("actions").personal(),
            date<&G::targetDate>("target_date"),
            code<&G::status>("status"),
            text<&G::reviewNotes>("review_notes").personal(),
        });
    return type;
}

const RecordType<Task> &taskRecord()
{
    using T = Task;
    static const RecordType<Task> type(
        RecordTypeInfo{
            .table = QStringLiteral("task"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Task"),
            .parentTable = QStringLiteral("person"),
            .parentColumn = QStringLiteral("person_id"),
            .sinceSchemaVersion = 9,
            .notice = ChangeKind::CaseWork,
        },
        {
            int64<&T::personId>("person_id").notExchanged(),
            optionalInt64<&T::receptionId>("reception_id").notExchanged(),
            text<&T::title>("title").personal(),
            text<&T::notes>("notes").personal(),
            date<&T::dueDate>("due_date"),
            optionalInt64<&T::assignedUserId>("assigned_user_id").notExchanged(),
            code<&T::status>("status"),
            date<&T::doneDate>("done_date"),
            text<&T::doneBy>("done_by"),
            text<&T::ruleCode>("rule_code"),
            optionalText<&T::sourceKey>("source_key"),
        });
    return type;
}

const RecordType<Approval> &approvalRecord()
{
    using A = Approval;
    static const RecordType<Approval> type(
        RecordTypeInfo{
            .table = QStringLiteral("approval"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Approval"),
            .parentTable = QStringLiteral("reception"),
            .parentColumn = QStringLiteral("reception_id"),
            .sinceSchemaVersion = 9,
            .notice = ChangeKind::CaseWork,
        },
        {
            int64<&A::receptionId>("reception_id").notExchanged(),
            code<&A::kind>("kind"),
            code<&A::status>("status"),
            int64<&A::requestedByUserId>("requested_by_user_id").notExchanged(),
            text<&A::requestNote>("request_note").personal(),
            optionalCode<&A::proposedOutcome>("proposed_outcome"),
            date<&A::proposedClosedDate>("proposed_closed_date"),
            optionalInt64<&A::decidedByUserId>("decided_by_user_id").notExchanged(),
            date<&A::decidedDate>("decided_date"),
            text<&A::decisionComment>("decision_comment").personal(),
        });
    return type;
}

} // namespace sr::domain
