#pragma once

#include "Attachment.h"
#include "CaseWork.h"
#include "FollowUp.h"
#include "HandoverBatch.h"
#include "Hotline.h"
#include "Person.h"
#include "Reception.h"
#include "RecordType.h"
#include "Reference.h"
#include "Shelter.h"
#include "Support.h"

#include <optional>

// The descriptors of the record types, one file each (PersonRecord.cpp, …). A new record
// type adds its accessor here and to recordTypes() (RecordType.cpp).
namespace sr::domain {

const RecordType<Person> &personRecord();
const RecordType<Reception> &receptionRecord();
const RecordType<Support> &supportRecord();
const RecordType<FollowUp> &followUpRecord();
const RecordType<HandoverBatch> &handoverBatchRecord();
/** Case work (CaseWorkRecords.cpp). */
const RecordType<CaseAssignment> &caseAssignmentRecord();
const RecordType<PlanGoal> &planGoalRecord();
const RecordType<Task> &taskRecord();
const RecordType<Approval> &approvalRecord();
/** Attachments (AttachmentRecord.cpp; their bytes are storage's). */
const RecordType<Attachment> &attachmentRecord();
/** Shelter stays, and the shelters and rooms as reference lists (ShelterRecord.cpp). */
const RecordType<ShelterStay> &shelterStayRecord();
const RecordType<Shelter> &shelterRecord();
const RecordType<ShelterRoom> &shelterRoomRecord();
/** The hotline's call log (HotlineRecord.cpp; docs/centre-work.md). */
const RecordType<HotlineCall> &hotlineCallRecord();

/** The editable reference lists (ReferenceRecords.cpp): not records of cases or registers. */
const RecordType<Agency> &agencyRecord();
const RecordType<BorderGate> &borderGateRecord();
const RecordType<SupportType> &supportTypeRecord();
const RecordType<TaskRule> &taskRuleRecord();
const RecordType<AttachmentType> &attachmentTypeRecord();
const QList<const RecordTypeInfo *> &referenceListTypes();

/** Birth year from the birth date, else from the age estimate; nothing when unknown. */
std::optional<int> birthYearOf(const Person &person);

} // namespace sr::domain
