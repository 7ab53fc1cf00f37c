#pragma once

#include "ServiceResult.h"
#include "domain/Actor.h"
#include "domain/CaseWork.h"
#include "domain/Reference.h"
#include "domain/Shelter.h"

#include <QList>

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::services {

/** The editable reference lists (archived entries included) and the choices they refer to. */
struct ReferenceLists
{
    QList<domain::Agency> agencies;
    QList<domain::BorderGate> borderGates;
    QList<domain::SupportType> supportTypes;
    QList<domain::Country> countries;
    QList<domain::Province> provinces;             ///< provinces valid from 1/7/2025
    QList<domain::TaskRule> taskRules;             ///< the rules that make tasks, archived ones too
    QList<domain::AttachmentType> attachmentTypes; ///< kinds of attachment, archived ones too
    QList<domain::Shelter> shelters;               ///< shelters, archived ones too
    QList<domain::ShelterRoom> shelterRooms;       ///< their rooms, archived ones too
};

/**
 * The reference lists editor's use cases: agencies, border gates, support types with
 * their default amounts (set by provincial resolutions) and the organisation's details printed
 * in report headers. Writes need Permission::ManageReference (refusals are audited); each
 * validates first (every field error, nothing written when invalid) and then runs in one
 * audited transaction. Entries are archived with a reason, never deleted; the code of a stored
 * entry never changes (records refer to it); a save of an entry changed meanwhile fails with
 * ErrorCode::Conflict, a new entry with a code already used fails with ErrorCode::Duplicate.
 */
class ReferenceService
{
public:
    explicit ReferenceService(storage::Database &db);

    /** Every editable list, archived entries included; Permission::ManageReference. */
    Result<ReferenceLists> lists(const domain::Actor &actor) const;

    /** The organisation's details (any signed-in user: they head every report). */
    Result<domain::Organisation> organisation() const;
    /** The provinces valid from 1/7/2025 (official list; any signed-in user). */
    Result<QList<domain::Province>> provinces() const;
    /** True until the organisation's name has been saved once (the welcome page asks for it). */
    Result<bool> needsOrganisation() const;

    /**
     * Inserts (meta.id 0) or updates an entry. An update with meta.archived set archives it;
     * meta.archiveReason must then say why.
     */
    ServiceResult<domain::Agency> saveAgency(const domain::Actor &actor,
                                             const domain::Agency &agency);
    ServiceResult<domain::BorderGate> saveBorderGate(const domain::Actor &actor,
                                                     const domain::BorderGate &gate);
    ServiceResult<domain::SupportType> saveSupportType(const domain::Actor &actor,
                                                       const domain::SupportType &type);
    ServiceResult<domain::AttachmentType> saveAttachmentType(const domain::Actor &actor,
                                                             const domain::AttachmentType &type);
    /** The active kinds of attachment, by sort order (any signed-in user: the attach form). */
    Result<QList<domain::AttachmentType>> attachmentTypes() const;
    /** Shelters and their rooms (docs/centre-work.md); a room's shelter must be a stored one. */
    ServiceResult<domain::Shelter> saveShelter(const domain::Actor &actor,
                                               const domain::Shelter &shelter);
    ServiceResult<domain::ShelterRoom> saveShelterRoom(const domain::Actor &actor,
                                                       const domain::ShelterRoom &room);
    /** Approvals and record-level access (any signed-in user reads them: services obey them). */
    /**
     * Saves a task rule (docs/case-work.md). The open tasks the rule made follow it in the same
     * transaction: their due dates move with its offsets, and archiving it cancels them. A new
     * rule makes tasks for a case when the case is next written.
     */
    ServiceResult<domain::TaskRule> saveTaskRule(const domain::Actor &actor,
                                                 const domain::TaskRule &rule);
    Result<domain::CaseWorkSettings> caseWorkSettings() const;
    /** Saves them in one audited transaction; Permission::ManageReference. */
    Result<void> saveCaseWorkSettings(const domain::Actor &actor,
                                      const domain::CaseWorkSettings &settings);
    ServiceResult<domain::Organisation> saveOrganisation(const domain::Actor &actor,
                                                         const domain::Organisation &organisation);

private:
    storage::Database &m_db;
};

} // namespace sr::services
