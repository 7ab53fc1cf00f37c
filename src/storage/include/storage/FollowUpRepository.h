#pragma once

#include "RecordRepository.h"
#include "domain/FollowUp.h"

namespace sr::storage {

/** Stores follow-up contacts of receptions. */
using FollowUpRepository = ReceptionRecordRepository<domain::FollowUp>;

} // namespace sr::storage
