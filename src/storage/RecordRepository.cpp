#include "RecordRepository.h"

#include "RecordTable.h"
#include "domain/RecordTypes.h"

namespace sr::storage {

using domain::Approval;
using domain::CaseAssignment;
using domain::FollowUp;
using domain::HandoverBatch;
using domain::PlanGoal;
using domain::Support;
using domain::Task;

template<typename R>
RecordRepository<R>::RecordRepository(Database &db,
                                      const domain::RecordType<R> &type,
                                      AuditPolicy audit)
    : m_table(std::make_unique<RecordTable<R>>(db, type, audit))
{}

template<typename R>
RecordRepository<R>::~RecordRepository() = default;

template<typename R>
Result<R> RecordRepository<R>::get(qint64 id) const
{
    return m_table->get(id);
}

template<typename R>
Result<R> RecordRepository<R>::insert(const R &record, const domain::Actor &actor)
{
    return m_table->insert(record, actor);
}

template<typename R>
Result<R> RecordRepository<R>::append(const R &record, const domain::Actor &actor)
{
    return m_table->append(record, actor);
}

template<typename R>
Result<R> RecordRepository<R>::update(const R &record, const domain::Actor &actor)
{
    return m_table->update(record, actor);
}

template<typename R>
Result<void> RecordRepository<R>::archive(qint64 id,
                                          int expectedVersion,
                                          const QString &reason,
                                          const domain::Actor &actor)
{
    return m_table->archive(id, expectedVersion, reason, actor);
}

namespace {

/** The descriptor and the listing order (by date) of each record type kept per reception. */
template<typename R>
struct ReceptionRecord;

template<>
struct ReceptionRecord<Support>
{
    static const domain::RecordType<Support> &type() { return domain::supportRecord(); }
    static constexpr const char *orderBy = "support_date, id";
};

template<>
struct ReceptionRecord<FollowUp>
{
    static const domain::RecordType<FollowUp> &type() { return domain::followUpRecord(); }
    static constexpr const char *orderBy = "follow_up_date, id";
};

template<>
struct ReceptionRecord<PlanGoal>
{
    static const domain::RecordType<PlanGoal> &type() { return domain::planGoalRecord(); }
    static constexpr const char *orderBy = "id";
};

template<>
struct ReceptionRecord<Approval>
{
    static const domain::RecordType<Approval> &type() { return domain::approvalRecord(); }
    static constexpr const char *orderBy = "id";
};

} // namespace

template<typename R>
ReceptionRecordRepository<R>::ReceptionRecordRepository(Database &db, AuditPolicy audit)
    : RecordRepository<R>(db, ReceptionRecord<R>::type(), audit)
{}

template<typename R>
Result<QList<R>> ReceptionRecordRepository<R>::listForReception(qint64 receptionId,
                                                                ArchiveFilter filter) const
{
    return this->table().list(
        RowFilter{.conditions = {QStringLiteral("reception_id = ?")},
                  .values = {receptionId},
                  .archive = filter,
                  .orderBy = QString::fromLatin1(ReceptionRecord<R>::orderBy)});
}

template class RecordRepository<Support>;
template class RecordRepository<FollowUp>;
template class RecordRepository<HandoverBatch>;
template class ReceptionRecordRepository<Support>;
template class ReceptionRecordRepository<FollowUp>;
template class RecordRepository<PlanGoal>;
template class RecordRepository<Approval>;
template class RecordRepository<Task>;
template class RecordRepository<domain::Attachment>;
template class RecordRepository<domain::ShelterStay>;
template class RecordRepository<domain::HotlineCall>;
template class RecordRepository<CaseAssignment>;
template class ReceptionRecordRepository<PlanGoal>;
template class ReceptionRecordRepository<Approval>;

} // namespace sr::storage
