#pragma once

#include "domain/ArchiveFilter.h"

namespace sr::storage {

// The filter is a plain domain value (the ui and services name it as domain::ArchiveFilter);
// repositories use it unqualified.
using domain::ArchiveFilter;

} // namespace sr::storage
