#include "CaseWorkViews.h"

#include <algorithm>

namespace sr::domain {

CaseSection sectionOf(WorkItemKind kind)
{
    switch (kind) {
    case WorkItemKind::FollowUpTask:
        return CaseSection::FollowUps;
    case WorkItemKind::IdentificationTask:
        return CaseSection::Reception;
    case WorkItemKind::SupportTask:
        return CaseSection::Supports;
    case WorkItemKind::GoalTask:
    case WorkItemKind::Approval:
        return CaseSection::Plan;
    case WorkItemKind::ManualTask:
        return CaseSection::Tasks;
    case WorkItemKind::Assignment:
        return CaseSection::Person;
    }
    return CaseSection::Person;
}

WorkItemKind taskItemKind(std::optional<TaskRuleKind> ruleKind)
{
    if (!ruleKind)
        return WorkItemKind::ManualTask;
    switch (*ruleKind) {
    case TaskRuleKind::FollowUpAfterHandover:
        return WorkItemKind::FollowUpTask;
    case TaskRuleKind::IdentificationPending:
        return WorkItemKind::IdentificationTask;
    case TaskRuleKind::SupportReferred:
        return WorkItemKind::SupportTask;
    case TaskRuleKind::GoalOverdue:
        return WorkItemKind::GoalTask;
    }
    return WorkItemKind::ManualTask;
}

namespace {

/** The months back each bucket starts (exclusive) on the day: < 1, 1–3, 3–6, 6–12, > 12. */
constexpr std::array<int, caseAgeBucketCount + 1> bucketMonths{0, 1, 3, 6, 12, -1};

} // namespace

DateRange caseAgeRange(CaseAgeBucket bucket, const QDate &today)
{
    // A case received exactly one month ago is "1–3 months" old: a bucket holds the dates
    // after its older edge up to and including its newer edge.
    const int i = int(bucket);
    DateRange range;
    range.to = i == 0 ? QDate() : today.addMonths(-bucketMonths.at(i));
    if (bucketMonths.at(i + 1) > 0)
        range.from = today.addMonths(-bucketMonths.at(i + 1)).addDays(1);
    return range;
}

CaseAgeBucket caseAgeBucket(const QDate &received, const QDate &today)
{
    for (int i = 0; i < caseAgeBucketCount; ++i) {
        const DateRange range = caseAgeRange(CaseAgeBucket(i), today);
        if ((!range.from.isValid() || received >= range.from)
            && (!range.to.isValid() || received <= range.to))
            return CaseAgeBucket(i);
    }
    return CaseAgeBucket::OverTwelveMonths;
}

void sortNewestFirst(QList<TimelineEntry> &entries)
{
    std::stable_sort(entries.begin(),
                     entries.end(),
                     [](const TimelineEntry &a, const TimelineEntry &b) { return a.at > b.at; });
}

} // namespace sr::domain
