#pragma once

#include "domain/AuditPolicy.h"

namespace sr::storage {

// The policy is part of a record type's descriptor (domain/RecordType.h); the repositories
// take it under this name.
using domain::AuditPolicy;

} // namespace sr::storage
