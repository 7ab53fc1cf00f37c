#pragma once

#include "ArchiveFilter.h"
#include "domain/Actor.h"
#include "domain/Reference.h"
#include "domain/Result.h"
#include "domain/Shelter.h"

#include <QList>
#include <QString>

namespace sr::storage {

class Database;

/**
 * Reference lists and organisation settings. The lists are seeded from resources/data when
 * a database is created (Database::open); agencies, border gates and support types can be
 * edited (audited, archived rather than deleted); countries, ethnic groups, provinces and
 * communes are read-only official lists.
 */
class ReferenceRepository
{
public:
    explicit ReferenceRepository(Database &db);

    Result<QList<domain::Agency>> agencies(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    Result<QList<domain::BorderGate>>
    borderGates(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    /** The kinds of attachment (resources/sql/sqlite/0013_attachments.sql), by sort order. */
    Result<QList<domain::AttachmentType>>
    attachmentTypes(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    Result<QList<domain::SupportType>>
    supportTypes(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    /** The rules that make tasks (docs/case-work.md), by kind and offset. */
    Result<QList<domain::TaskRule>>
    taskRules(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    Result<QList<domain::Country>> countries() const;
    Result<QList<domain::EthnicGroup>> ethnicGroups() const;
    Result<QList<domain::Province>> provinces(domain::AdminEra era) const;
    /** Communes of a province in an era (only Quảng Ninh's are shipped). */
    Result<QList<domain::Commune>> communes(domain::AdminEra era,
                                            const QString &provinceCode) const;

    /**
     * Inserts (meta.id == 0) or updates (optimistic lock on meta.version); audited. An update
     * with meta.archived set also archives the entry with meta.archiveReason.
     */
    Result<domain::Agency> saveAgency(const domain::Agency &agency, const domain::Actor &actor);
    Result<domain::BorderGate> saveBorderGate(const domain::BorderGate &gate,
                                              const domain::Actor &actor);
    Result<domain::AttachmentType> saveAttachmentType(const domain::AttachmentType &type,
                                                      const domain::Actor &actor);
    Result<domain::SupportType> saveSupportType(const domain::SupportType &type,
                                                const domain::Actor &actor);

    Result<domain::TaskRule> saveTaskRule(const domain::TaskRule &rule, const domain::Actor &actor);

    Result<domain::Organisation> organisation() const;
    Result<void> setOrganisation(const domain::Organisation &organisation,
                                 const domain::Actor &actor);

    /** Raw settings (key/value), for app-level settings such as the export pseudonym key. */
    Result<QString> setting(const QString &key, const QString &defaultValue = {}) const;
    Result<void> setSetting(const QString &key, const QString &value);

    // The shelters and their rooms (docs/centre-work.md), by sort order; saved as the lists above.
    Result<QList<domain::Shelter>> shelters(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    Result<QList<domain::ShelterRoom>>
    shelterRooms(ArchiveFilter filter = ArchiveFilter::ActiveOnly) const;
    Result<domain::Shelter> saveShelter(const domain::Shelter &shelter, const domain::Actor &actor);
    Result<domain::ShelterRoom> saveShelterRoom(const domain::ShelterRoom &room,
                                                const domain::Actor &actor);

private:
    Database &m_db;
};

} // namespace sr::storage
