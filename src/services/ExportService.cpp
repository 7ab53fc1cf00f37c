#include "ExportService.h"

#include "CaseAccess.h"
#include "CommitResult.h"
#include "Permissions.h"
#include "domain/Enums.h"
#include "domain/FileErrors.h"
#include "domain/IsoText.h"
#include "domain/RecordTypes.h"
#include "exchange/CsvWriter.h"
#include "exchange/XlsxWriter.h"
#include "storage/AuditLog.h"
#include "storage/Database.h"
#include "storage/ExportQueries.h"
#include "storage/OutputFile.h"
#include "storage/ReferenceRepository.h"

#include <QFileDevice>
#include <QFileInfo>
#include <QHash>
#include <QJsonObject>
#include <QMessageAuthenticationCode>

#include <spdlog/spdlog.h>

#include <optional>
#include <sodium.h>

namespace sr::services {

using exchange::ColumnDef;
using exchange::ColumnId;
using exchange::CsvWriter;
using exchange::ExchangeTable;
using exchange::ExportMode;

namespace {

constexpr qint64 kProgressEvery = 500;

QString flag(bool value)
{
    return value ? QStringLiteral("1") : QStringLiteral("0");
}

QString provinceKey(domain::AdminEra era, const QString &code)
{
    return domain::toCode(era) + QLatin1Char(':') + code;
}

/** Vietnamese names of reference codes, loaded once per export. */
struct Labels
{
    QHash<QString, QString> agencies;
    QHash<QString, QString> countries;
    QHash<QString, QString> ethnicGroups;
    QHash<QString, QString> provinces; ///< key provinceKey()
    QHash<QString, QString> supportTypes;
    QHash<QString, QString> borderGates;
    QStringList supportTypeCodes; ///< active types in their sort order

    Result<void> load(storage::Database &db)
    {
        storage::ReferenceRepository refs(db);
        const auto agencyList = refs.agencies(storage::ArchiveFilter::IncludeArchived);
        if (!agencyList)
            return agencyList.error();
        for (const domain::Agency &a : *agencyList)
            agencies.insert(a.code, a.name);
        const auto countryList = refs.countries();
        if (!countryList)
            return countryList.error();
        for (const domain::Country &c : *countryList)
            countries.insert(c.code, c.nameVi);
        const auto groups = refs.ethnicGroups();
        if (!groups)
            return groups.error();
        for (const domain::EthnicGroup &g : *groups)
            ethnicGroups.insert(g.code, g.name);
        for (const domain::AdminEra era : domain::allValues<domain::AdminEra>()) {
            const auto list = refs.provinces(era);
            if (!list)
                return list.error();
            for (const domain::Province &p : *list)
                provinces.insert(provinceKey(era, p.code), p.name);
        }
        const auto types = refs.supportTypes(storage::ArchiveFilter::IncludeArchived);
        if (!types)
            return types.error();
        QList<domain::SupportType> active;
        for (const domain::SupportType &t : *types) {
            supportTypes.insert(t.code, t.nameVi);
            if (!t.meta.archived)
                active.append(t);
        }
        std::stable_sort(active.begin(), active.end(), [](const auto &a, const auto &b) {
            return a.sortOrder < b.sortOrder;
        });
        for (const domain::SupportType &t : active)
            supportTypeCodes.append(t.code);
        const auto gates = refs.borderGates(storage::ArchiveFilter::IncludeArchived);
        if (!gates)
            return gates.error();
        for (const domain::BorderGate &g : *gates)
            borderGates.insert(g.code, g.name);
        return {};
    }
};

/**
 * ExportService::pseudonym() with the key's HMAC-SHA256 state computed once per export instead
 * of once per row (same bytes: HMAC-SHA256, first 16 hex digits).
 */
class Pseudonymizer
{
public:
    explicit Pseudonymizer(const QByteArray &key)
    {
        // Once per process; picks the fastest SHA-256 code (the hash works without it too).
        if (sodium_init() < 0)
            spdlog::warn("export: libsodium did not initialise");
        crypto_auth_hmacsha256_init(
            &m_keyed, reinterpret_cast<const unsigned char *>(key.constData()), size_t(key.size()));
    }
    ~Pseudonymizer() { sodium_memzero(&m_keyed, sizeof m_keyed); }
    Pseudonymizer(const Pseudonymizer &) = delete;
    Pseudonymizer &operator=(const Pseudonymizer &) = delete;

    QString operator()(const QString &caseCode) const
    {
        const QByteArray text = caseCode.toUtf8();
        crypto_auth_hmacsha256_state state = m_keyed;
        crypto_auth_hmacsha256_update(
            &state, reinterpret_cast<const unsigned char *>(text.constData()), size_t(text.size()));
        unsigned char mac[crypto_auth_hmacsha256_BYTES];
        crypto_auth_hmacsha256_final(&state, mac);
        sodium_memzero(&state, sizeof state);
        static const char digits[] = "0123456789abcdef";
        char16_t hex[16];
        for (int i = 0; i < 8; ++i) {
            hex[2 * i] = char16_t(digits[mac[i] >> 4]);
            hex[2 * i + 1] = char16_t(digits[mac[i] & 0xF]);
        }
        return QString(reinterpret_cast<const QChar *>(hex), 16);
    }

private:
    crypto_auth_hmacsha256_state m_keyed;
};

/**
 * A workbook that could not be written (exchange::XlsxWriter::finish()) as an error about the
 * target: a full disk says so (no reason: the sentence is the disk's), else the disk's device.
 */
Error aboutWorkbook(const Error &error, const QString &filePath)
{
    return aboutFile(error,
                     filePath,
                     error.code == ErrorCode::DiskFull ? ErrorReason::None
                                                       : ErrorReason::DeviceError);
}

/** Writes the cells of one table; the switch keeps header and values in one place. */
class RowWriter
{
public:
    RowWriter(exchange::RowSink &writer, const Labels &labels, QByteArray key)
        : m_writer(writer)
        , m_labels(labels)
        , m_pseudonym(key)
    {}

    void writeReception(const QList<ColumnDef> &columns, const storage::ReceptionExportRow &row)
    {
        const domain::Person &p = row.person;
        const domain::Reception &r = row.reception;
        for (const ColumnDef &c : columns) {
            switch (c.id) {
            case ColumnId::SupportTypeTimes:
            case ColumnId::SupportTypeAmount: {
                qint64 value = 0;
                for (const storage::SupportTotal &t : row.supportTotals) {
                    if (t.typeCode == c.supportType)
                        value = c.id == ColumnId::SupportTypeTimes ? t.times : t.amountVnd;
                }
                m_writer.addCell(value);
                break;
            }
            case ColumnId::Field:
            case ColumnId::FieldLabel:
                m_writer.addCell(c.record == &domain::personRecord()
                                     ? exchange::fieldCell(domain::personRecord(), c, p)
                                     : exchange::fieldCell(domain::receptionRecord(), c, r));
                break;
            default:
                m_writer.addCell(personOrReceptionCell(c.id, p, r, row));
                break;
            }
        }
        m_writer.endRow();
    }

    void writeSupport(const QList<ColumnDef> &columns, const storage::SupportExportRow &row)
    {
        const domain::Support &s = row.support;
        for (const ColumnDef &c : columns) {
            switch (c.id) {
            case ColumnId::CaseCode:
                m_writer.addCell(row.caseCode);
                break;
            case ColumnId::Pseudonym:
                m_writer.addCell(m_pseudonym(row.caseCode));
                break;
            case ColumnId::ReceptionUuid:
                m_writer.addCell(row.receptionUuid);
                break;
            case ColumnId::ReceptionDate:
                m_writer.addCell(domain::isoDateText(row.receptionDate));
                break;
            case ColumnId::SupportUuid:
                m_writer.addCell(s.meta.uuid);
                break;
            case ColumnId::SupportType:
                m_writer.addCell(s.typeCode);
                break;
            case ColumnId::SupportTypeLabel:
                m_writer.addCell(m_labels.supportTypes.value(s.typeCode));
                break;
            case ColumnId::SupportDate:
                m_writer.addCell(domain::isoDateText(s.date));
                break;
            case ColumnId::ProviderAgency:
                m_writer.addCell(s.providerAgencyCode);
                break;
            case ColumnId::ProviderAgencyLabel:
                m_writer.addCell(m_labels.agencies.value(s.providerAgencyCode));
                break;
            case ColumnId::AmountVnd:
                m_writer.addCell(s.amountVnd);
                break;
            case ColumnId::Quantity:
                m_writer.addCell(qint64(s.quantity));
                break;
            case ColumnId::SupportStatus:
                m_writer.addCell(domain::toCode(s.status));
                break;
            case ColumnId::SupportStatusLabel:
                m_writer.addCell(exchange::labelVi(s.status));
                break;
            case ColumnId::SupportNotes:
                m_writer.addCell(s.notes);
                break;
            case ColumnId::Field:
            case ColumnId::FieldLabel:
                // Descriptor columns of the support (the others are named above).
                m_writer.addCell(exchange::fieldCell(domain::supportRecord(), c, s));
                break;
            default:
                m_writer.addCell(QStringView());
                break;
            }
        }
        m_writer.endRow();
    }

    void writeFollowUp(const QList<ColumnDef> &columns, const storage::FollowUpExportRow &row)
    {
        const domain::FollowUp &f = row.followUp;
        for (const ColumnDef &c : columns) {
            switch (c.id) {
            case ColumnId::CaseCode:
                m_writer.addCell(row.caseCode);
                break;
            case ColumnId::Pseudonym:
                m_writer.addCell(m_pseudonym(row.caseCode));
                break;
            case ColumnId::ReceptionUuid:
                m_writer.addCell(row.receptionUuid);
                break;
            case ColumnId::ReceptionDate:
                m_writer.addCell(domain::isoDateText(row.receptionDate));
                break;
            case ColumnId::FollowUpUuid:
                m_writer.addCell(f.meta.uuid);
                break;
            case ColumnId::FollowUpDate:
                m_writer.addCell(domain::isoDateText(f.date));
                break;
            case ColumnId::Field:
            case ColumnId::FieldLabel:
                // The kind, the four areas (with their Vietnamese labels) and the notes.
                m_writer.addCell(exchange::fieldCell(domain::followUpRecord(), c, f));
                break;
            default:
                m_writer.addCell(QStringView());
                break;
            }
        }
        m_writer.endRow();
    }

    /** A prevention club: its uuid (full export) and its descriptor's columns. */
    void writeClub(const QList<ColumnDef> &columns, const domain::PreventionClub &club)
    {
        for (const ColumnDef &c : columns) {
            if (c.id == ColumnId::ClubUuid)
                m_writer.addCell(club.meta.uuid);
            else if (c.id == ColumnId::Archived)
                m_writer.addCell(flag(club.meta.archived));
            else if (c.id == ColumnId::ArchiveReason)
                m_writer.addCell(club.meta.archiveReason);
            else if (c.id == ColumnId::Field || c.id == ColumnId::FieldLabel)
                m_writer.addCell(exchange::fieldCell(domain::preventionClubRecord(), c, club));
            else
                m_writer.addCell(QStringView());
        }
        m_writer.endRow();
    }

    /** A prevention activity: its uuid and its club's (full export), its descriptor's columns. */
    void writeActivity(const QList<ColumnDef> &columns, const storage::ActivityExportRow &row)
    {
        for (const ColumnDef &c : columns) {
            if (c.id == ColumnId::ActivityUuid)
                m_writer.addCell(row.activity.meta.uuid);
            else if (c.id == ColumnId::ClubUuid)
                m_writer.addCell(row.clubUuid);
            else if (c.id == ColumnId::Field || c.id == ColumnId::FieldLabel)
                m_writer.addCell(
                    exchange::fieldCell(domain::preventionActivityRecord(), c, row.activity));
            else
                m_writer.addCell(QStringView());
        }
        m_writer.endRow();
    }

    void writeStay(const QList<ColumnDef> &columns, const storage::StayExportRow &row)
    {
        const domain::ShelterStay &stay = row.stay;
        for (const ColumnDef &c : columns) {
            switch (c.id) {
            case ColumnId::CaseCode:
                m_writer.addCell(row.caseCode);
                break;
            case ColumnId::Pseudonym:
                m_writer.addCell(m_pseudonym(row.caseCode));
                break;
            case ColumnId::ReceptionUuid:
                m_writer.addCell(row.receptionUuid);
                break;
            case ColumnId::ReceptionDate:
                m_writer.addCell(domain::isoDateText(row.receptionDate));
                break;
            case ColumnId::StayUuid:
                m_writer.addCell(stay.meta.uuid);
                break;
            case ColumnId::StayRoom:
            case ColumnId::StayAdmitted:
            case ColumnId::Field:
            case ColumnId::FieldLabel:
                // The room, the dates, the leaving reason (with its Vietnamese label), the
                // supports_through day and the notes, as the descriptor stores them.
                m_writer.addCell(exchange::fieldCell(domain::shelterStayRecord(), c, stay));
                break;
            default:
                m_writer.addCell(QStringView());
                break;
            }
        }
        m_writer.endRow();
    }

    void writeBatch(const QList<ColumnDef> &columns, const domain::HandoverBatch &b)
    {
        for (const ColumnDef &c : columns) {
            switch (c.id) {
            case ColumnId::BatchUuid:
                m_writer.addCell(b.meta.uuid);
                break;
            case ColumnId::BatchDate:
                m_writer.addCell(domain::isoDateText(b.date));
                break;
            case ColumnId::BorderGate:
                m_writer.addCell(b.borderGateCode);
                break;
            case ColumnId::BorderGateLabel:
                m_writer.addCell(m_labels.borderGates.value(b.borderGateCode));
                break;
            case ColumnId::ForeignAgency:
                m_writer.addCell(b.foreignAgency);
                break;
            case ColumnId::ReceivingAgency:
                m_writer.addCell(b.receivingAgencyCode);
                break;
            case ColumnId::ReceivingAgencyLabel:
                m_writer.addCell(m_labels.agencies.value(b.receivingAgencyCode));
                break;
            case ColumnId::PersonsTotal:
                m_writer.addCell(qint64(b.personsTotal));
                break;
            case ColumnId::PersonsMale:
                m_writer.addCell(qint64(b.personsMale));
                break;
            case ColumnId::PersonsFemale:
                m_writer.addCell(qint64(b.personsFemale));
                break;
            case ColumnId::PersonsChildren:
                m_writer.addCell(qint64(b.personsChildren));
                break;
            case ColumnId::Classified:
                m_writer.addCell(flag(b.classified));
                break;
            case ColumnId::PersonsVerified:
                m_writer.addCell(qint64(b.personsVerified));
                break;
            case ColumnId::CasesIdentified:
                m_writer.addCell(qint64(b.casesIdentified));
                break;
            case ColumnId::VictimsIdentified:
                m_writer.addCell(qint64(b.victimsIdentified));
                break;
            case ColumnId::BatchNotes:
                m_writer.addCell(b.notes);
                break;
            case ColumnId::Field:
            case ColumnId::FieldLabel:
                m_writer.addCell(exchange::fieldCell(domain::handoverBatchRecord(), c, b));
                break;
            default:
                m_writer.addCell(QStringView());
                break;
            }
        }
        m_writer.endRow();
    }

    /** A row of the attachments list: the description only, never the bytes. */
    /** A hotline call (docs/csv-format.md "calls"); the case it became when @a withCase. */
    void
    writeCall(const QList<ColumnDef> &columns, const storage::CallExportRow &row, bool withCase)
    {
        const domain::HotlineCall &call = row.call;
        const QString caseCode = withCase ? row.caseCode : QString();
        for (const ColumnDef &c : columns) {
            switch (c.id) {
            case ColumnId::CallUuid:
                m_writer.addCell(call.meta.uuid);
                break;
            case ColumnId::CaseCode:
                m_writer.addCell(caseCode);
                break;
            case ColumnId::Pseudonym:
                m_writer.addCell(caseCode.isEmpty() ? QString() : m_pseudonym(caseCode));
                break;
            case ColumnId::ReceptionUuid:
                m_writer.addCell(withCase ? row.receptionUuid : QString());
                break;
            case ColumnId::Field:
            case ColumnId::FieldLabel:
                m_writer.addCell(exchange::fieldCell(domain::hotlineCallRecord(), c, call));
                break;
            default:
                m_writer.addCell(QStringView());
                break;
            }
        }
        m_writer.endRow();
    }

    void writeAttachment(const QList<ColumnDef> &columns, const storage::AttachmentExportRow &row)
    {
        const domain::Attachment &a = row.attachment;
        for (const ColumnDef &c : columns) {
            switch (c.id) {
            case ColumnId::CaseCode:
                m_writer.addCell(row.caseCode);
                break;
            case ColumnId::AttachmentUuid:
                m_writer.addCell(a.meta.uuid);
                break;
            case ColumnId::AttachmentRecordKind:
                m_writer.addCell(row.recordKind);
                break;
            case ColumnId::AttachmentRecordUuid:
                m_writer.addCell(row.recordUuid);
                break;
            case ColumnId::AttachmentType:
                m_writer.addCell(a.documentType);
                break;
            case ColumnId::AttachmentTypeLabel:
                m_writer.addCell(row.typeNameVi);
                break;
            case ColumnId::AttachmentSha256:
                m_writer.addCell(a.sha256);
                break;
            case ColumnId::CreatedAt:
                m_writer.addCell(domain::isoTimestampText(a.meta.createdAt));
                break;
            case ColumnId::CreatedBy:
                m_writer.addCell(a.meta.createdBy);
                break;
            case ColumnId::Archived:
                m_writer.addCell(flag(a.meta.archived));
                break;
            case ColumnId::Field:
            case ColumnId::FieldLabel:
                m_writer.addCell(exchange::fieldCell(domain::attachmentRecord(), c, a));
                break;
            default:
                m_writer.addCell(QStringView());
                break;
            }
        }
        m_writer.endRow();
    }

private:
    QString personOrReceptionCell(ColumnId id,
                                  const domain::Person &p,
                                  const domain::Reception &r,
                                  const storage::ReceptionExportRow &row) const
    {
        switch (id) {
        case ColumnId::CaseCode:
            return p.caseCode;
        case ColumnId::Pseudonym:
            return m_pseudonym(p.caseCode);
        case ColumnId::PersonUuid:
            return p.meta.uuid;
        case ColumnId::FullName:
            return p.fullName;
        case ColumnId::OtherNames:
            return p.otherNames;
        case ColumnId::Sex:
            return domain::toCode(p.sex);
        case ColumnId::SexLabel:
            return exchange::labelVi(p.sex);
        case ColumnId::BirthDate:
            return p.birthDate.toIsoString();
        case ColumnId::EstimatedAgeYears:
            return p.estimatedAgeYears ? QString::number(*p.estimatedAgeYears) : QString();
        case ColumnId::EstimatedAgeAsOf:
            return domain::isoDateText(p.estimatedAgeAsOf);
        case ColumnId::AgeBand:
            return domain::toCode(row.ageBand);
        case ColumnId::AgeBandLabel:
            return exchange::labelVi(row.ageBand);
        case ColumnId::Nationality:
            return p.nationality;
        case ColumnId::NationalityLabel:
            return m_labels.countries.value(p.nationality);
        case ColumnId::Ethnicity:
            return p.ethnicity;
        case ColumnId::EthnicityLabel:
            return m_labels.ethnicGroups.value(p.ethnicity);
        case ColumnId::DocumentType:
            return domain::toCode(p.documentType);
        case ColumnId::DocumentNumber:
            return p.documentNumber;
        case ColumnId::ResidenceEra:
            return domain::toCode(p.residenceEra);
        case ColumnId::ResidenceProvince:
            return p.residenceProvince;
        case ColumnId::ResidenceProvinceLabel:
            return m_labels.provinces.value(provinceKey(p.residenceEra, p.residenceProvince));
        case ColumnId::ResidenceCommune:
            return p.residenceCommune;
        case ColumnId::ResidenceCommuneText:
            return p.residenceCommuneText;
        case ColumnId::AddressLine:
            return p.addressLine;
        case ColumnId::Phone:
            return p.phone;
        case ColumnId::FamilyContact:
            return p.familyContact;
        case ColumnId::ConsentServices:
            return flag(p.consent.services);
        case ColumnId::ConsentSharing:
            return flag(p.consent.informationSharing);
        case ColumnId::ConsentStatistics:
            return flag(p.consent.statistics);
        case ColumnId::PersonNotes:
            return p.notes;
        case ColumnId::ReceptionUuid:
            return r.meta.uuid;
        case ColumnId::ReceptionDate:
            return domain::isoDateText(r.receptionDate);
        case ColumnId::Agency:
            return r.agencyCode;
        case ColumnId::AgencyLabel:
            return m_labels.agencies.value(r.agencyCode);
        case ColumnId::BatchUuid:
            return row.batchUuid;
        case ColumnId::Country:
            return r.countryCode;
        case ColumnId::CountryLabel:
            return m_labels.countries.value(r.countryCode);
        case ColumnId::Route:
            return domain::toCode(r.route);
        case ColumnId::RouteLabel:
            return exchange::labelVi(r.route);
        case ColumnId::Exploitation: {
            QStringList codes;
            for (const domain::ExploitationForm f : r.exploitation)
                codes.append(domain::toCode(f));
            return codes.join(QLatin1Char(','));
        }
        case ColumnId::IdentificationStatus:
            return domain::toCode(r.identificationStatus);
        case ColumnId::IdentificationStatusLabel:
            return exchange::labelVi(r.identificationStatus);
        case ColumnId::IdentificationAgency:
            return r.identificationAgencyCode;
        case ColumnId::IdentificationDate:
            return domain::isoDateText(r.identificationDate);
        case ColumnId::IdentificationBasis:
            return r.identificationBasis;
        case ColumnId::CaseStatus:
            return domain::toCode(r.caseStatus);
        case ColumnId::CaseStatusLabel:
            return exchange::labelVi(r.caseStatus);
        case ColumnId::Outcome:
            return r.outcome ? domain::toCode(*r.outcome) : QString();
        case ColumnId::OutcomeLabel:
            return r.outcome ? exchange::labelVi(*r.outcome) : QString();
        case ColumnId::ClosedDate:
            return domain::isoDateText(r.closedDate);
        case ColumnId::ReceptionNotes:
            return r.notes;
        default:
            return {};
        }
    }

    exchange::RowSink &m_writer;
    const Labels &m_labels;
    Pseudonymizer m_pseudonym;
};

/** Writes the cursor's rows for which @a writeRow returns true (written); returns how many. */
template<typename Cursor, typename WriteRow>
Result<qint64> writeRows(Cursor &cursor,
                         WriteRow writeRow,
                         qint64 total,
                         const ProgressCallback &progress,
                         const std::atomic_bool *cancel)
{
    if (auto started = cursor.start(); !started)
        return started.error();
    qint64 done = 0;
    qint64 read = 0;
    while (cursor.next()) {
        if (writeRow(cursor.row()))
            ++done;
        if (++read % kProgressEvery == 0) {
            if (cancel && cancel->load())
                return makeError(ErrorCode::Cancelled, QStringLiteral("export cancelled"));
            if (progress)
                progress(read, total);
        }
    }
    if (cursor.hasError())
        return cursor.error();
    if (cancel && cancel->load())
        return makeError(ErrorCode::Cancelled, QStringLiteral("export cancelled"));
    return done;
}

/**
 * Writes the rows of @a request's table that the actor may see (@a scope) through @a rows;
 * returns how many. One place for every table, whatever the file format.
 */
Result<qint64> writeTable(storage::Database &db,
                          const ExportRequest &request,
                          const storage::CaseScope &scope,
                          const QList<ColumnDef> &columns,
                          RowWriter &rows,
                          qint64 total,
                          const ProgressCallback &progress,
                          const std::atomic_bool *cancel)
{
    // The records of cases: a row is written when the actor may see its case (@a responsible
    // gives the row's responsible worker).
    const auto caseRows = [&](auto &cursor, auto responsible, auto write) {
        return writeRows(
            cursor,
            [&](const auto &row) {
                if (!scope.contains(responsible(row)))
                    return false;
                write(row);
                return true;
            },
            total,
            progress,
            cancel);
    };
    // The records of no one case (batches, calls, clubs, activities): every row, and none in a
    // case ZIP.
    const auto everyRow = [&](auto &cursor, auto write) -> Result<qint64> {
        if (!request.caseCode.isEmpty())
            return qint64(0);
        return writeRows(
            cursor,
            [&](const auto &row) {
                write(row);
                return true;
            },
            total,
            progress,
            cancel);
    };
    const auto responsibleOf = [](const auto &row) { return row.responsibleUserId; };
    switch (request.table) {
    case ExchangeTable::Receptions: {
        storage::ReceptionExportCursor cursor(db, request.period, request.caseCode);
        return caseRows(
            cursor,
            [](const storage::ReceptionExportRow &row) { return row.person.responsibleUserId; },
            [&](const storage::ReceptionExportRow &row) { rows.writeReception(columns, row); });
    }
    case ExchangeTable::Supports: {
        storage::SupportExportCursor cursor(db, request.period, request.caseCode);
        return caseRows(cursor, responsibleOf, [&](const storage::SupportExportRow &row) {
            rows.writeSupport(columns, row);
        });
    }
    case ExchangeTable::Attachments: {
        storage::AttachmentExportCursor cursor(db, request.period, request.caseCode);
        return caseRows(cursor, responsibleOf, [&](const storage::AttachmentExportRow &row) {
            rows.writeAttachment(columns, row);
        });
    }
    case ExchangeTable::FollowUps: {
        storage::FollowUpExportCursor cursor(db, request.period, request.caseCode);
        return caseRows(cursor, responsibleOf, [&](const storage::FollowUpExportRow &row) {
            rows.writeFollowUp(columns, row);
        });
    }
    case ExchangeTable::Stays: {
        storage::StayExportCursor cursor(db, request.period, request.caseCode);
        return caseRows(cursor, responsibleOf, [&](const storage::StayExportRow &row) {
            rows.writeStay(columns, row);
        });
    }
    case ExchangeTable::Calls: {
        // A call is of no one case, even one that became a case: the case ZIP has no calls.
        storage::CallExportCursor cursor(db, request.period);
        return everyRow(cursor, [&](const storage::CallExportRow &row) {
            // Record-level access: the call is written, the case it became only when the
            // actor may see that case.
            const bool seen = row.caseCode.isEmpty() || scope.contains(row.responsibleUserId);
            rows.writeCall(columns, row, seen);
        });
    }
    case ExchangeTable::Batches: {
        storage::BatchExportCursor cursor(db, request.period);
        return everyRow(cursor,
                        [&](const domain::HandoverBatch &row) { rows.writeBatch(columns, row); });
    }
    case ExchangeTable::Clubs: {
        storage::ClubExportCursor cursor(db, request.period);
        return everyRow(cursor,
                        [&](const domain::PreventionClub &row) { rows.writeClub(columns, row); });
    }
    case ExchangeTable::Activities: {
        storage::ActivityExportCursor cursor(db, request.period);
        return everyRow(cursor, [&](const storage::ActivityExportRow &row) {
            rows.writeActivity(columns, row);
        });
    }
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("export: unknown table"));
}

} // namespace

QString formatCode(ExportFormat format)
{
    return format == ExportFormat::Xlsx ? QStringLiteral("xlsx") : QStringLiteral("csv");
}

std::optional<ExportFormat> exportFormatFromCode(QStringView code)
{
    if (code.compare(QLatin1String("csv"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Csv;
    if (code.compare(QLatin1String("xlsx"), Qt::CaseInsensitive) == 0)
        return ExportFormat::Xlsx;
    return std::nullopt;
}

ExportService::ExportService(storage::Database &db)
    : m_db(db)
{}

QString ExportService::pseudonym(const QByteArray &key, const QString &caseCode)
{
    const QByteArray mac =
        QMessageAuthenticationCode::hash(caseCode.toUtf8(), key, QCryptographicHash::Sha256);
    return QString::fromLatin1(mac.toHex().left(16));
}

Result<qint64> ExportService::countRows(const domain::Period &period, ExchangeTable table) const
{
    storage::ExportQueries queries(m_db);
    switch (table) {
    case ExchangeTable::Receptions:
        return queries.countReceptions(period);
    case ExchangeTable::Supports:
        return queries.countSupports(period);
    case ExchangeTable::Batches:
        return queries.countBatches(period);
    case ExchangeTable::Attachments:
        return queries.countAttachments(period);
    case ExchangeTable::FollowUps:
        return queries.countFollowUps(period);
    case ExchangeTable::Calls:
        return queries.countCalls(period);
    case ExchangeTable::Clubs:
        return queries.countClubs(period);
    case ExchangeTable::Activities:
        return queries.countActivities(period);
    case ExchangeTable::Stays:
        return queries.countStays(period);
    }
    return makeError(ErrorCode::InvalidInput, QStringLiteral("export: unknown table"));
}

Result<ExportSummary> ExportService::writeCsv(const ExportRequest &request,
                                              const domain::Actor &actor,
                                              storage::OutputFile &file,
                                              const ProgressCallback &progress,
                                              const std::atomic_bool *cancel)
{
    const Sink sink{
        [&]() -> Result<QIODevice *> {
            if (auto opened = file.open(m_db.path()); !opened)
                return opened.error();
            return file.device();
        },
        [&](const Error &error) {
            const Error told = file.hasError() ? file.writeError() : error;
            file.cancel();
            return told;
        },
    };
    return writeCsvRows(request, actor, sink, progress, cancel);
}

Result<ExportSummary> ExportService::writeCaseCsv(const ExportRequest &request,
                                                  const domain::Actor &actor,
                                                  QIODevice &device)
{
    if (request.caseCode.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("export: no case"));
    const Sink sink{[&]() -> Result<QIODevice *> { return &device; },
                    [](const Error &error) { return error; }};
    ExportRequest csv = request; // the case ZIP holds CSV files
    csv.format = ExportFormat::Csv;
    return writeCsvRows(csv, actor, sink, {}, nullptr);
}

Result<ExportSummary> ExportService::writeCsvRows(const ExportRequest &request,
                                                  const domain::Actor &actor,
                                                  const Sink &sink,
                                                  const ProgressCallback &progress,
                                                  const std::atomic_bool *cancel)
{
    if (auto r =
            require(m_db,
                    actor,
                    request.mode == exchange::ExportMode::Full ? Permission::ExportFull
                                                               : Permission::ExportDeidentified);
        !r)
        return r.error();
    if (!request.period.from().isValid() || !request.period.to().isValid())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("export: no period"));
    if (request.filePath.isEmpty() && request.caseCode.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("export: no file name"));
    // The attachments list names a person's papers by file name and note: the full export's
    // alone (docs/csv-format.md "attachments").
    if (request.mode == ExportMode::DeIdentified && !exchange::hasDeIdentifiedExport(request.table))
        return makeError(ErrorCode::InvalidInput,
                         QStringLiteral("export: the attachments list is full export only"));

    Labels labels;
    if (auto loaded = labels.load(m_db); !loaded)
        return loaded.error();

    QByteArray key;
    if (request.mode == ExportMode::DeIdentified) {
        const auto hex =
            storage::ReferenceRepository(m_db).setting(QStringLiteral("pseudonym_key"));
        if (!hex)
            return hex.error();
        key = QByteArray::fromHex(hex->toLatin1());
        // Never fall back to a weak or empty key: pseudonyms would be reversible.
        if (hex->size() != 64 || key.size() != 32)
            return makeError(ErrorCode::Internal,
                             QStringLiteral("export: the database has no valid pseudonym key"));
    }

    const auto total = countRows(request.period, request.table);
    if (!total)
        return total.error();
    // Record-level access (services/CaseAccess.h): only the cases the actor may see are
    // written; the count above stays the number of rows read, for the progress.
    // Handover batches name no person and are written whole.
    const Result<storage::CaseScope> scope = CaseAccess::scopeOf(m_db, actor);
    if (!scope)
        return scope.error();

    auto device = sink.open();
    if (!device)
        return device.error();

    const QList<ColumnDef> columns =
        exchange::exportColumns(request.table, request.mode, labels.supportTypeCodes);
    qint64 bytes = 0;
    Result<qint64> written = qint64(0);
    if (request.format == ExportFormat::Xlsx) {
        // The same rows and cells as the CSV, typed, in the layout of docs/spreadsheets.md.
        // The workbook is assembled beside the file it becomes (XlsxWriter.h).
        exchange::XlsxWriter book(QFileInfo(request.filePath).absolutePath());
        QStringList titles;
        for (const ColumnDef &c : columns)
            titles.append(
                exchange::titleVi(request.table, c, labels.supportTypes.value(c.supportType)));
        exchange::XlsxTableSheet sheet(book, request.table, columns, titles);
        RowWriter rows(sheet, labels, key);
        written = writeTable(m_db, request, *scope, columns, rows, *total, progress, cancel);
        if (!written)
            return sink.fail(written.error());
        const auto finished = book.finish(*device);
        if (!finished)
            return sink.fail(aboutWorkbook(finished.error(), request.filePath));
        bytes = *finished;
    } else {
        CsvWriter writer(*device);
        writer.writeRow(exchange::columnNames(columns));
        RowWriter rows(writer, labels, key);
        written = writeTable(m_db, request, *scope, columns, rows, *total, progress, cancel);
        if (!written)
            return sink.fail(written.error());
        if (auto finished = writer.finish(); !finished)
            return sink.fail(finished.error());
        bytes = writer.bytesWritten();
    }
    if (progress)
        progress(scope->isAll() ? *written : *total, *total);
    return ExportSummary{*written, bytes, request.filePath};
}

Result<void> ExportService::auditExport(const domain::Actor &actor,
                                        const ExportRequest &request,
                                        qint64 rows,
                                        const QString &fileName)
{
    const QJsonObject details{
        {QStringLiteral("period_from"), domain::isoDateText(request.period.from())},
        {QStringLiteral("period_to"), domain::isoDateText(request.period.to())},
        {QStringLiteral("table"), exchange::toCode(request.table)},
        {QStringLiteral("mode"),
         request.mode == ExportMode::Full ? QStringLiteral("full")
                                          : QStringLiteral("de_identified")},
        {QStringLiteral("rows"), rows},
        {QStringLiteral("file"), fileName},
        {QStringLiteral("format"), formatCode(request.format)},
    };
    return appendAuditRow(m_db, actor, QStringLiteral("export"), details);
}

Result<ExportSummary> ExportService::exportTable(const ExportRequest &request,
                                                 const domain::Actor &actor,
                                                 const ProgressCallback &progress,
                                                 const std::atomic_bool *cancel)
{
    return write(request, actor, progress, cancel, AuditRow::Write);
}

Result<ExportSummary> ExportService::writeUnaudited(const ExportRequest &request,
                                                    const domain::Actor &actor,
                                                    const ProgressCallback &progress,
                                                    const std::atomic_bool *cancel)
{
    return write(request, actor, progress, cancel, AuditRow::None);
}

Result<ExportSummary> ExportService::write(const ExportRequest &request,
                                           const domain::Actor &actor,
                                           const ProgressCallback &progress,
                                           const std::atomic_bool *cancel,
                                           AuditRow auditRow)
{
    storage::OutputFile file(request.filePath);
    auto summary = writeCsv(request, actor, file, progress, cancel);
    if (!summary)
        return summary.error();

    // The audit row and the file go together: the row is committed only once every byte of
    // the file is on the disk, and the file is removed again if the row cannot be committed.
    std::optional<storage::Transaction> transaction;
    if (auditRow == AuditRow::Write) {
        transaction.emplace(m_db);
        if (!transaction->isActive())
            return transaction->error(); // the file's destructor drops what was written
        if (auto audited =
                auditExport(actor, request, summary->rows, QFileInfo(request.filePath).fileName());
            !audited)
            return audited.error();
    }
    const auto onDisk = transaction ? commitAuditedFile(file, *transaction) : file.commit();
    if (!onDisk)
        return onDisk.error();
    summary->bytes = *onDisk;
    return summary;
}

Result<ExportSummary> ExportService::writeTemplate(const QString &filePath)
{
    storage::OutputFile file(filePath);
    if (auto opened = file.open(QString()); !opened)
        return opened.error();
    CsvWriter writer(file.device());
    writer.writeRow(exchange::columnNames(exchange::templateColumns()));
    writer.writeRow(exchange::templateExampleRow());
    if (auto finished = writer.finish(); !finished) {
        const Error error = file.hasError() ? file.writeError() : finished.error();
        file.cancel();
        return error;
    }
    const auto onDisk = file.commit();
    if (!onDisk)
        return onDisk.error();
    return ExportSummary{1, *onDisk, filePath};
}

namespace {

/** Sorted for a drop-down list: as Vietnamese readers look for a name. */
QStringList sortedNames(QStringList names)
{
    names.removeAll(QString());
    names.removeDuplicates();
    std::sort(names.begin(), names.end(), [](const QString &a, const QString &b) {
        return QString::localeAwareCompare(a, b) < 0;
    });
    return names;
}

template<typename E>
QStringList enumLabels()
{
    QStringList labels;
    for (const E e : domain::allValues<E>())
        labels.append(exchange::labelVi(e));
    return labels;
}

template<typename E>
QStringList enumCodes()
{
    QStringList codes;
    for (const E e : domain::allValues<E>())
        codes.append(domain::toCode(e));
    return codes;
}

/** The Vietnamese label of an enumeration code, or the text as it is. */
template<typename E>
QString labelOfCode(const QString &code)
{
    const auto value = domain::fromCode<E>(code);
    return value ? exchange::labelVi(*value) : code;
}

/**
 * The drop-down list of a template column: what the import accepts (services/ImportRows.cpp):
 * the Vietnamese labels of the enumerations that have them, the names of the reference lists
 * (services/ImportResolver.cpp resolves them as the CSV's), codes for the rest.
 */
QStringList templateChoices(ColumnId id, const Labels &labels)
{
    switch (id) {
    case ColumnId::Sex:
        return enumLabels<domain::Sex>();
    case ColumnId::Nationality:
    case ColumnId::Country:
        return sortedNames(labels.countries.values());
    case ColumnId::Ethnicity:
        return sortedNames(labels.ethnicGroups.values());
    case ColumnId::DocumentType:
        return enumCodes<domain::DocumentType>();
    case ColumnId::ResidenceEra:
        return enumCodes<domain::AdminEra>();
    case ColumnId::ResidenceProvince: {
        QStringList names;
        const QString era = provinceKey(domain::AdminEra::From2025, QString());
        for (auto it = labels.provinces.cbegin(); it != labels.provinces.cend(); ++it) {
            if (it.key().startsWith(era))
                names.append(it.value());
        }
        return sortedNames(names);
    }
    case ColumnId::Agency:
    case ColumnId::IdentificationAgency:
        return sortedNames(labels.agencies.values());
    case ColumnId::Route:
        return enumLabels<domain::Route>();
    case ColumnId::IdentificationStatus:
        return enumLabels<domain::IdentificationStatus>();
    case ColumnId::CaseStatus:
        return enumLabels<domain::CaseStatus>();
    case ColumnId::Outcome:
        return enumLabels<domain::CaseOutcome>();
    case ColumnId::ConsentServices:
    case ColumnId::ConsentSharing:
    case ColumnId::ConsentStatistics:
        return {QStringLiteral("1"), QStringLiteral("0")};
    default:
        return {};
    }
}

/** The example cell of the workbook: labels and names where the CSV's example has codes. */
QString templateExample(ColumnId id, const QString &value, const Labels &labels)
{
    switch (id) {
    case ColumnId::Sex:
        return labelOfCode<domain::Sex>(value);
    case ColumnId::Nationality:
    case ColumnId::Country:
        return labels.countries.value(value, value);
    case ColumnId::Agency:
    case ColumnId::IdentificationAgency:
        return labels.agencies.value(value, value);
    case ColumnId::Route:
        return labelOfCode<domain::Route>(value);
    case ColumnId::IdentificationStatus:
        return labelOfCode<domain::IdentificationStatus>(value);
    case ColumnId::CaseStatus:
        return labelOfCode<domain::CaseStatus>(value);
    case ColumnId::Outcome:
        return labelOfCode<domain::CaseOutcome>(value);
    default:
        return value;
    }
}

/** The instructions sheet of the template workbook (docs/spreadsheets.md "## Template"). */
const QStringList &templateInstructions()
{
    static const QStringList lines = {
        QStringLiteral("Mẫu nhập dữ liệu tiếp nhận — SafeReturn"),
        QStringLiteral("Mỗi dòng từ dòng 3 của trang \"receptions\" là một lượt tiếp nhận của một "
                       "người. Dòng 3 là dòng ví dụ: xóa dòng này trước khi nhập."),
        QStringLiteral("Dòng 1 là tên cột tiếng Việt. Dòng 2 (ẩn) là tên cột chuẩn mà phần mềm "
                       "đọc: không sửa, không xóa."),
        QStringLiteral("Các cột bắt buộc: Họ và tên, Giới tính, Ngày tiếp nhận, Cơ quan tiếp nhận, "
                       "Nước trở về, Hình thức phát hiện, Tình trạng xác định nạn nhân, Tình trạng "
                       "hồ sơ."),
        QStringLiteral("Ngày ghi theo dạng ngày/tháng/năm (15/03/2023). Ngày sinh có thể chỉ ghi "
                       "năm (2001) hoặc năm-tháng (2001-05)."),
        QStringLiteral("Các cột có danh sách chọn: chọn trong danh sách, hoặc ghi mã như tệp CSV "
                       "(ví dụ: female, VN, ctxh_qn)."),
        QStringLiteral("Hình thức bị bóc lột: ghi mã, nhiều mã cách nhau bằng dấu phẩy "
                       "(sexual_exploitation, forced_labour, forced_marriage, …)."),
        QStringLiteral("Các hỗ trợ được nhập sau, bằng tệp \"supports\" ghi mã hồ sơ và ngày tiếp "
                       "nhận."),
        QStringLiteral("Phần mềm kiểm tra cả tệp trước khi nhập: nếu có dòng sai, không dòng nào "
                       "được nhập và từng lỗi được báo theo số dòng và chữ cột của bảng tính."),
    };
    return lines;
}

} // namespace

Result<ExportSummary> ExportService::writeTemplateFile(const QString &filePath, ExportFormat format)
{
    if (filePath.isEmpty())
        return makeError(ErrorCode::InvalidInput, QStringLiteral("template: no file name"));
    if (format == ExportFormat::Csv) {
        if (auto allowed = storage::checkOutputTarget(m_db, filePath); !allowed)
            return allowed.error();
        return writeTemplate(filePath);
    }
    Labels labels;
    if (auto loaded = labels.load(m_db); !loaded)
        return loaded.error();

    storage::OutputFile file(filePath);
    if (auto opened = file.open(m_db.path()); !opened)
        return opened.error();
    const auto fail = [&file](const Error &error) {
        const Error told = file.hasError() ? file.writeError() : error;
        file.cancel();
        return told;
    };

    const QList<ColumnDef> columns = exchange::templateColumns();
    const QStringList example = exchange::templateExampleRow();
    exchange::XlsxWriter book(QFileInfo(filePath).absolutePath());
    QStringList titles;
    for (const ColumnDef &c : columns)
        titles.append(exchange::titleVi(ExchangeTable::Receptions, c));
    // The data sheet first: the import reads the first sheet.
    exchange::XlsxTableSheet sheet(book, ExchangeTable::Receptions, columns, titles);
    for (qsizetype i = 0; i < columns.size(); ++i)
        sheet.addCell(templateExample(columns.at(i).id, example.value(i), labels));
    sheet.endRow();

    const int help = book.addSheet(QStringLiteral("huong_dan"));
    book.setColumnWidth(help, 0, 110);
    for (qsizetype i = 0; i < templateInstructions().size(); ++i)
        book.writeString(help,
                         int(i),
                         0,
                         templateInstructions().at(i),
                         i == 0 ? exchange::XlsxWriter::Style::Title
                                : exchange::XlsxWriter::Style::Plain);

    // The lists live in a hidden sheet, one column each: Excel's inline lists stop at 255
    // characters, and the agencies or countries are longer.
    const int lists = book.addSheet(QStringLiteral("danh_muc"));
    constexpr int kLastTemplateRow = 5000;
    int listColumn = 0;
    for (qsizetype i = 0; i < columns.size(); ++i) {
        const QStringList choices = templateChoices(columns.at(i).id, labels);
        if (choices.isEmpty())
            continue;
        book.writeString(
            lists, 0, listColumn, columns.at(i).name, exchange::XlsxWriter::Style::Bold);
        for (qsizetype r = 0; r < choices.size(); ++r)
            book.writeString(lists, int(r) + 1, listColumn, choices.at(r));
        book.addListValidation(
            sheet.sheet(), 2, kLastTemplateRow, int(i), lists, listColumn, int(choices.size()));
        ++listColumn;
    }
    book.hideSheet(lists);

    const auto finished = book.finish(file.device());
    if (!finished)
        return fail(aboutWorkbook(finished.error(), filePath));
    const auto onDisk = file.commit();
    if (!onDisk)
        return onDisk.error();
    return ExportSummary{1, *onDisk, filePath};
}

} // namespace sr::services
