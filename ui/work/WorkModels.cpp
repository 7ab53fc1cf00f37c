#include "WorkModels.h"

#include "domain/Clock.h"
#include "domain/Hotline.h"
#include "domain/Shelter.h"
#include "ui/EnumLabels.h"
#include "ui/case/CaseFields.h"

#include <QCoreApplication>
#include <QLocale>

#include <utility>

namespace sr::ui {

namespace {

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

QString pick(const QString &vi, const QString &en)
{
    return englishUi() && !en.isEmpty() ? en : vi;
}

QString day(const QDate &date)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString number(qint64 n)
{
    return QLocale().toString(n);
}

constexpr int statusCount = 5; // domain::IdentificationStatus

} // namespace

// --- labels ----------------------------------------------------------------------------------

QString WorkLabels::ageBucket(domain::CaseAgeBucket bucket)
{
    switch (bucket) {
    case domain::CaseAgeBucket::UnderOneMonth:
        return tr("Under 1 month");
    case domain::CaseAgeBucket::OneToThreeMonths:
        return tr("1–3 months");
    case domain::CaseAgeBucket::ThreeToSixMonths:
        return tr("3–6 months");
    case domain::CaseAgeBucket::SixToTwelveMonths:
        return tr("6–12 months");
    case domain::CaseAgeBucket::OverTwelveMonths:
        return tr("Over 12 months");
    }
    return {};
}

QString WorkLabels::what(const domain::WorkItem &item)
{
    using domain::WorkItemKind;
    switch (item.kind) {
    case WorkItemKind::Approval:
        return tr("Approve: %1 (asked by %2)")
            .arg(item.approvalKind ? EnumLabels::label(*item.approvalKind) : QString(),
                 item.otherUser.isEmpty() ? tr("unknown user") : item.otherUser);
    case WorkItemKind::Assignment:
        return item.note.isEmpty() ? tr("Assigned to you by %1").arg(item.otherUser)
                                   : tr("Assigned to you by %1: %2").arg(item.otherUser, item.note);
    default:
        break;
    }
    const QString rule = pick(item.ruleNameVi, item.ruleNameEn);
    if (item.ruleCode.isEmpty() || (rule.isEmpty() && !item.title.isEmpty()))
        return item.title;
    const QString name = rule.isEmpty() ? item.ruleCode : rule;
    // A rule's task may name its subject (a goal's text, services/TaskRules.cpp).
    return item.title.isEmpty()
               ? name
               : tr("%1: %2", "a rule's name, then its subject").arg(name, item.title);
}

QString WorkLabels::what(const domain::TimelineEntry &e)
{
    using domain::TimelineKind;
    const QString detail = pick(e.detail, e.detailEn);
    switch (e.kind) {
    case TimelineKind::Reception:
        return detail.isEmpty() ? tr("Received") : tr("Received by %1").arg(detail);
    case TimelineKind::IdentificationDecision: {
        const auto status = domain::fromCode<domain::IdentificationStatus>(e.code);
        return tr("Identification: %1").arg(status ? EnumLabels::label(*status) : e.code);
    }
    case TimelineKind::CaseClosed: {
        const auto outcome = domain::fromCode<domain::CaseOutcome>(e.code);
        return outcome ? tr("Case closed: %1").arg(EnumLabels::label(*outcome)) : tr("Case closed");
    }
    case TimelineKind::Support: {
        const auto status = domain::fromCode<domain::SupportStatus>(e.code);
        return tr("Support: %1 (%2)").arg(detail, status ? EnumLabels::label(*status) : e.code);
    }
    case TimelineKind::FollowUp: {
        const auto kind = domain::fromCode<domain::FollowUpKind>(e.code);
        return tr("Follow-up: %1").arg(kind ? CaseFields::label(*kind) : e.code);
    }
    case TimelineKind::GoalCreated: {
        const auto area = domain::fromCode<domain::GoalArea>(e.code);
        return tr("Plan goal added (%1): %2").arg(area ? EnumLabels::label(*area) : e.code, detail);
    }
    case TimelineKind::GoalChanged: {
        const auto status = domain::fromCode<domain::GoalStatus>(e.code);
        return status ? tr("Plan goal status: %1 — %2").arg(EnumLabels::label(*status), detail)
                      : tr("Plan goal changed: %1").arg(detail);
    }
    case TimelineKind::GoalArchived:
        return tr("Plan goal archived: %1").arg(detail);
    case TimelineKind::TaskCreated:
        return tr("Task made: %1").arg(detail);
    case TimelineKind::TaskDone:
        return tr("Task done: %1").arg(detail);
    case TimelineKind::TaskCancelled:
        return tr("Task cancelled: %1").arg(detail);
    case TimelineKind::ApprovalRequested: {
        const auto kind = domain::fromCode<domain::ApprovalKind>(e.code);
        return tr("Approval asked: %1").arg(kind ? EnumLabels::label(*kind) : e.code);
    }
    case TimelineKind::ApprovalDecided: {
        const auto kind = domain::fromCode<domain::ApprovalKind>(e.code);
        const auto status = domain::fromCode<domain::ApprovalStatus>(e.code2);
        const QString text = tr("%1: %2", "approval kind, then the decision")
                                 .arg(kind ? EnumLabels::label(*kind) : e.code,
                                      status ? EnumLabels::label(*status) : e.code2);
        return e.detail.isEmpty() ? text : text + QStringLiteral(" — ") + e.detail;
    }
    case TimelineKind::Assigned: {
        const QString text = e.detail.isEmpty() ? tr("Case left without a responsible worker")
                                                : tr("Case assigned to %1").arg(e.detail);
        return e.detail2.isEmpty() ? text : text + QStringLiteral(" — ") + e.detail2;
    }
    case TimelineKind::Opened:
        return tr("Case opened");
    case TimelineKind::AttachmentAdded:
    case TimelineKind::AttachmentArchived: {
        // What the paper belongs to, by its record's date; never the file's name.
        const QString day = CaseFields::formatDate(QDate::fromString(e.code2, Qt::ISODate));
        QString owner = tr("the person");
        if (e.code == QLatin1String("reception"))
            owner = tr("reception %1").arg(day);
        else if (e.code == QLatin1String("follow_up"))
            owner = tr("follow-up %1").arg(day);
        else if (e.code == QLatin1String("support"))
            owner = e.kind == TimelineKind::AttachmentAdded && !e.detail2.isEmpty()
                        ? tr("support: %1 %2").arg(e.detail2, day)
                        : tr("support %1").arg(day);
        if (e.kind == TimelineKind::AttachmentAdded)
            return tr("Attached: %1 (%2)").arg(detail, owner);
        const QString text = tr("Attachment archived: %1 (%2)").arg(detail, owner);
        return e.detail2.isEmpty() ? text : text + QStringLiteral(" — ") + e.detail2;
    }
    case TimelineKind::ShelterAdmitted:
        //: Case timeline: admitted to a shelter room; %1 the room, %2 the shelter.
        return tr("Admitted to shelter: %1, %2").arg(detail, e.detail2);
    case TimelineKind::ShelterLeft: {
        const QString reason = domain::leavingReasonLabel(e.code);
        return reason.isEmpty()
                   ? tr("Left the shelter: %1, %2").arg(detail, e.detail2)
                   : tr("Left the shelter: %1, %2 (%3)").arg(detail, e.detail2, reason);
    }
    case TimelineKind::HotlineCall: {
        // The call to the hotline that became this case (docs/centre-work.md, "Hotline").
        const auto reason = domain::fromCode<domain::CallReason>(e.code);
        const QString why =
            reason ? QCoreApplication::translate(domain::kHotlineContext, domain::label(*reason))
                   : e.code;
        return e.code2 == domain::toCode(domain::CallUrgency::Emergency)
                   ? tr("Emergency call to the hotline: %1").arg(why)
                   : tr("Call to the hotline: %1").arg(why);
    }
    }
    return {};
}

QString WorkLabels::taskCounts(qint64 overdue, qint64 thisWeek, qint64 toApprove)
{
    const QString tasks = tr("%1 overdue · %2 this week").arg(number(overdue), number(thisWeek));
    // Only a manager's start page has requests waiting (services/WorkService.h).
    return toApprove > 0 ? tr("%1 · %2 to approve").arg(tasks, number(toApprove)) : tasks;
}

QString WorkLabels::worker(const domain::WorkerOverdue &worker)
{
    if (!worker.userId)
        return tr("Nobody");
    return worker.displayName.isEmpty() ? worker.userName : worker.displayName;
}

domain::CaseListFilter openCasesFilter(std::optional<domain::IdentificationStatus> status,
                                       std::optional<domain::CaseAgeBucket> bucket,
                                       const QDate &today)
{
    domain::CaseListFilter filter;
    filter.caseStatus = domain::CaseStatus::Open;
    filter.identificationStatus = status;
    if (bucket) {
        const domain::DateRange range = domain::caseAgeRange(*bucket, today);
        filter.receivedFrom = range.from;
        filter.receivedTo = range.to;
    }
    return filter;
}

// --- WorkItemModel ---------------------------------------------------------------------------

WorkItemModel::WorkItemModel(QString dateTitle, QObject *parent)
    : QAbstractTableModel(parent)
    , m_dateTitle(std::move(dateTitle))
{}

void WorkItemModel::setItems(QList<domain::WorkItem> items)
{
    beginResetModel();
    m_items = std::move(items);
    endResetModel();
}

int WorkItemModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_items.size());
}

int WorkItemModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant WorkItemModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::WorkItem &item = m_items.at(index.row());
    if (role == Qt::DisplayRole || role == Qt::ToolTipRole) {
        switch (index.column()) {
        case DateColumn:
            return day(item.date);
        case CaseCodeColumn:
            return item.caseCode;
        case NameColumn:
            return item.fullName;
        case WhatColumn:
            return WorkLabels::what(item);
        default:
            return {};
        }
    }
    if (role == Qt::UserRole)
        return item.personId;
    return {};
}

QVariant WorkItemModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case DateColumn:
        return m_dateTitle;
    case CaseCodeColumn:
        return tr("Case code");
    case NameColumn:
        return tr("Full name");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

// --- OpenCasesModel --------------------------------------------------------------------------

OpenCasesModel::OpenCasesModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OpenCasesModel::setOverview(const domain::CaseOverviewData &data)
{
    beginResetModel();
    m_data = data;
    m_loaded = true;
    endResetModel();
}

domain::CaseListFilter OpenCasesModel::filterAt(const QModelIndex &index) const
{
    const auto status = index.row() < statusCount
                            ? std::optional(domain::IdentificationStatus(index.row()))
                            : std::nullopt;
    const auto bucket = index.column() < domain::caseAgeBucketCount
                            ? std::optional(domain::CaseAgeBucket(index.column()))
                            : std::nullopt;
    return openCasesFilter(status, bucket, m_data.today);
}

int OpenCasesModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_loaded ? 0 : statusCount + 1;
}

int OpenCasesModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : domain::caseAgeBucketCount + 1;
}

QVariant OpenCasesModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role == Qt::TextAlignmentRole)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole && role != Qt::UserRole)
        return {};
    const int row = index.row();
    const int column = index.column();
    qint64 n = 0;
    if (row < statusCount && column < domain::caseAgeBucketCount)
        n = m_data.openByStatusAndAge.at(std::size_t(row)).at(std::size_t(column));
    else if (row < statusCount)
        n = m_data.openByIdentification.at(std::size_t(row));
    else if (column < domain::caseAgeBucketCount)
        n = m_data.openByAge.at(std::size_t(column));
    else
        n = m_data.openCases;
    return role == Qt::UserRole ? QVariant(n) : QVariant(number(n));
}

QVariant OpenCasesModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (role != Qt::DisplayRole)
        return {};
    if (orientation == Qt::Horizontal) {
        if (section < 0 || section > domain::caseAgeBucketCount)
            return {};
        return section < domain::caseAgeBucketCount
                   ? WorkLabels::ageBucket(domain::CaseAgeBucket(section))
                   : tr("Total");
    }
    if (section < 0 || section > statusCount)
        return {};
    return section < statusCount ? EnumLabels::label(domain::IdentificationStatus(section))
                                 : tr("Total");
}

// --- OverdueByWorkerModel --------------------------------------------------------------------

OverdueByWorkerModel::OverdueByWorkerModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void OverdueByWorkerModel::setWorkers(QList<domain::WorkerOverdue> workers, const QDate &today)
{
    beginResetModel();
    m_workers = std::move(workers);
    m_today = today;
    endResetModel();
}

domain::CaseListFilter OverdueByWorkerModel::filterAt(int row) const
{
    domain::CaseListFilter filter;
    const domain::WorkerOverdue &worker = m_workers.at(row);
    if (worker.userId)
        filter.responsibleUserId = worker.userId;
    else
        filter.unassigned = true;
    filter.taskDueBefore = m_today;
    return filter;
}

int OverdueByWorkerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_workers.size());
}

int OverdueByWorkerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant OverdueByWorkerModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    const domain::WorkerOverdue &worker = m_workers.at(index.row());
    if (role == Qt::TextAlignmentRole && index.column() != WorkerColumn)
        return int(Qt::AlignRight | Qt::AlignVCenter);
    if (role != Qt::DisplayRole)
        return {};
    switch (index.column()) {
    case WorkerColumn:
        return WorkLabels::worker(worker);
    case TasksColumn:
        return number(worker.tasks);
    case CasesColumn:
        return number(worker.cases);
    default:
        return {};
    }
}

QVariant OverdueByWorkerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WorkerColumn:
        return tr("Worker");
    case TasksColumn:
        return tr("Overdue tasks");
    case CasesColumn:
        return tr("Cases");
    default:
        return {};
    }
}

// --- TimelineModel ---------------------------------------------------------------------------

TimelineModel::TimelineModel(QObject *parent)
    : QAbstractTableModel(parent)
{}

void TimelineModel::setEntries(QList<domain::TimelineEntry> entries)
{
    beginResetModel();
    m_entries = std::move(entries);
    endResetModel();
}

int TimelineModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_entries.size());
}

int TimelineModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant TimelineModel::data(const QModelIndex &index, int role) const
{
    if (!checkIndex(index, CheckIndexOption::IndexIsValid | CheckIndexOption::ParentIsInvalid))
        return {};
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    const domain::TimelineEntry &entry = m_entries.at(index.row());
    switch (index.column()) {
    case WhenColumn: {
        // Days and times as they were in Vietnam, the same on every workstation.
        const QDateTime local = entry.at.toOffsetFromUtc(domain::Clock::kVietnamUtcOffsetSecs);
        return entry.dateOnly ? day(local.date())
                              : local.toString(QStringLiteral("dd/MM/yyyy HH:mm"));
    }
    case WhoColumn:
        return entry.who;
    case WhatColumn:
        return WorkLabels::what(entry);
    default:
        return {};
    }
}

QVariant TimelineModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    switch (section) {
    case WhenColumn:
        return tr("When");
    case WhoColumn:
        return tr("Who");
    case WhatColumn:
        return tr("What");
    default:
        return {};
    }
}

} // namespace sr::ui
