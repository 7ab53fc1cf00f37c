#pragma once

#include "RecordRepository.h"
#include "domain/Support.h"

namespace sr::storage {

/** Stores the supports of receptions (the support ledger). */
using SupportRepository = ReceptionRecordRepository<domain::Support>;

} // namespace sr::storage
