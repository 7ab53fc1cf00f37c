#pragma once

namespace sr::storage {

/** Which records a listing includes with respect to archiving. */
enum class ArchiveFilter { ActiveOnly, IncludeArchived, ArchivedOnly };

} // namespace sr::storage
