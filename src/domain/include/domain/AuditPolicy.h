#pragma once

namespace sr::domain {

/**
 * How writes of a record type are audited. PerRecord (the default) writes one audit row per
 * create/update/archive with the changed fields. Summary is for bulk work (demo data,
 * imports) whose service writes one summary row per batch itself.
 */
enum class AuditPolicy { PerRecord, Summary };

} // namespace sr::domain
