#pragma once

namespace sr::domain {

/** Which records a listing includes with respect to archiving. */
enum class ArchiveFilter { ActiveOnly, IncludeArchived, ArchivedOnly };

} // namespace sr::domain
