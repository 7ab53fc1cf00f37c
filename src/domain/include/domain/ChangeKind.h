#pragma once

#include <QFlags>

namespace sr::domain {

/**
 * The kinds of records a committed write may have changed. Windows refresh what they show of
 * them when services::AppContext says so (after the commit, never for a rolled-back write).
 */
enum class ChangeKind : unsigned {
    Case = 0x01,          ///< persons, receptions, supports, follow-ups
    HandoverBatch = 0x02, ///< the border handover register
    Reference = 0x04,     ///< agencies, border gates, support types and the fixed lists
    Setting = 0x08,       ///< the organisation and other settings
    User = 0x10,          ///< user accounts
    Audit = 0x20,         ///< the audit log
    CaseWork = 0x40,      ///< tasks, plan goals, approvals, assignments (docs/case-work.md)
    Shelter = 0x80,       ///< shelter stays (docs/centre-work.md); rooms are Reference
    Hotline = 0x100,      ///< the hotline's call log (docs/centre-work.md)
};
Q_DECLARE_FLAGS(ChangeKinds, ChangeKind)
Q_DECLARE_OPERATORS_FOR_FLAGS(ChangeKinds)

/** Every kind: for a write that replaced the whole database (a restore). */
inline ChangeKinds everyChangeKind()
{
    return ChangeKind::Case | ChangeKind::HandoverBatch | ChangeKind::Reference
           | ChangeKind::Setting | ChangeKind::User | ChangeKind::Audit | ChangeKind::CaseWork
           | ChangeKind::Shelter
           | ChangeKind::Hotline;
}

} // namespace sr::domain
