#pragma once

namespace sr::storage {

/**
 * How a repository audits its writes. PerRecord (the default) writes one audit row per
 * create/update/archive with the changed fields. Summary is for bulk work (demo data,
 * imports) whose service writes one summary row per batch itself.
 */
enum class AuditPolicy { PerRecord, Summary };

} // namespace sr::storage
