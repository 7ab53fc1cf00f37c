#pragma once

#include "Period.h"
#include "Prevention.h"
#include "Reference.h"

#include <QDate>
#include <QList>
#include <QString>

#include <optional>

namespace sr::domain {

// The figures of the period summary report (docs/report-json.md) as plain values.
// Persons are distinct persons with at least one reception in the period; receptions are
// episodes. In the lists split by a reception attribute, a person is counted once, in the
// row of their FIRST reception in the period (outcomes: their LATEST one), so the persons
// of such a list add up to the total persons, and its receptions to the total receptions.

/** Persons and receptions of one value of a reception attribute (country, agency, …). */
struct CountRow
{
    QString code;
    QString name;   ///< Vietnamese name from the reference list (empty for enum codes)
    QString nameEn; ///< English name from the reference list (empty for enum codes)
    qint64 persons = 0;
    qint64 receptions = 0;

    friend bool operator==(const CountRow &, const CountRow &) = default;
};

/** Persons of one sex and age band (age at their first reception in the period). */
struct SexAgeRow
{
    QString sex;     ///< male, female, unknown
    QString ageBand; ///< under_1, 1_5, 6_11, 12_15, 16_17, 18_plus, unknown
    qint64 persons = 0;

    friend bool operator==(const SexAgeRow &, const SexAgeRow &) = default;
};

/** Groups of persons; each counts distinct persons and they overlap. */
struct GroupCounts
{
    qint64 childrenUnder16 = 0;  ///< age at first reception in the period < 16
    qint64 minorsUnder18 = 0;    ///< age at first reception in the period < 18
    qint64 foreignNationals = 0; ///< nationality other than VN
    qint64 ethnicMinorities = 0; ///< ethnicity neither Kinh (01), unknown (00) nor foreign (99)
    qint64 otherProvinceResidents = 0; ///< residence province known and not the centre's

    friend bool operator==(const GroupCounts &, const GroupCounts &) = default;
};

/** Supports of one type dated in the period. */
struct SupportRow
{
    QString type; ///< support type code
    QString name;
    QString nameEn;
    qint64 persons = 0;   ///< distinct persons given (status provided) this type
    qint64 times = 0;     ///< support records with status provided
    qint64 quantity = 0;  ///< sum of their quantities (times or days)
    qint64 amountVnd = 0; ///< sum of their amounts, whole đồng
    qint64 referred = 0;  ///< records with status referred
    qint64 declined = 0;  ///< records with status declined
    qint64 notNeeded = 0; ///< records with status not_needed

    friend bool operator==(const SupportRow &, const SupportRow &) = default;
};

/** Receptions and persons by case outcome (open, or the outcome of a closed case). */
struct OutcomeRow
{
    QString code;       ///< handed_over_to_family, returned_home, transferred, other, open
    qint64 persons = 0; ///< persons whose latest reception in the period has this outcome
    qint64 receptions = 0;

    friend bool operator==(const OutcomeRow &, const OutcomeRow &) = default;
};

/** Border handover batches dated in the period (sums of the batch counts). */
struct HandoverCounts
{
    qint64 batches = 0;
    qint64 persons = 0;
    qint64 verifiedBatches = 0; ///< batches classified and verified
    qint64 verifiedPersons = 0;
    qint64 cases = 0;
    qint64 victims = 0;

    friend bool operator==(const HandoverCounts &, const HandoverCounts &) = default;
};

/** Case work in the period (docs/case-work.md; receptions, not distinct persons). */
struct CaseWorkCounts
{
    qint64 opened = 0;        ///< receptions received in the period (each opens a case episode)
    qint64 closed = 0;        ///< receptions closed in the period (closing date in it)
    qint64 withPlan = 0;      ///< of those received, the ones whose support plan has a goal
    qint64 followUpsDue = 0;  ///< follow-up tasks after a handover falling due in the period
    qint64 followUpsDone = 0; ///< of those, the ones done

    friend bool operator==(const CaseWorkCounts &, const CaseWorkCounts &) = default;
};

/** One shelter's part of the shelter figures (ShelterCounts). */
struct ShelterRow
{
    QString code;
    QString name; ///< Vietnamese name from the reference list
    QString nameEn;
    qint64 rooms = 0;       ///< active rooms now
    qint64 beds = 0;        ///< their capacity
    qint64 admissions = 0;  ///< stays admitted in the period
    qint64 persons = 0;     ///< distinct persons sheltered in the period
    qint64 shelterDays = 0; ///< shelter days in the period

    friend bool operator==(const ShelterRow &, const ShelterRow &) = default;
};

/**
 * Shelter (docs/centre-work.md, "Shelter"; docs/report-json.md): stays in the shelters' rooms.
 * A stay's shelter days are the days admitted <= d < left, clipped to the period (an open stay
 * counts up to the period's end, or today when the period reaches beyond it); persons are the
 * distinct persons with a stay meeting the period; the occupancy rate is shelter days / bed
 * days, bed days being the active rooms' capacity times the days of the period.
 */
struct ShelterCounts
{
    qint64 admissions = 0;
    qint64 persons = 0;
    qint64 shelterDays = 0;
    qint64 rooms = 0;
    qint64 beds = 0;
    qint64 bedDays = 0;
    QList<ShelterRow> shelters;

    /** shelterDays / bedDays, 0 when there is no bed. */
    double occupancyRate() const
    {
        return bedDays > 0 ? double(shelterDays) / double(bedDays) : 0.0;
    }

    friend bool operator==(const ShelterCounts &, const ShelterCounts &) = default;
};

/** Calls of one code (a reason, or an action taken) to the hotline in the period. */
struct HotlineRow
{
    QString code; ///< a CallReason or CallAction code (domain/Hotline.h)
    qint64 calls = 0;

    friend bool operator==(const HotlineRow &, const HotlineRow &) = default;
};

/**
 * The hotline's calls dated in the period (docs/centre-work.md, "Hotline"; archived calls left
 * out). byReason partitions the calls; a call may have several actions, so byAction does not.
 * Both list every code in its declaration order, zeros included.
 */
struct HotlineCounts
{
    qint64 calls = 0;
    qint64 emergencies = 0; ///< calls of urgency emergency
    qint64 becameCases = 0; ///< calls linked to a person's case
    QList<HotlineRow> byReason;
    QList<HotlineRow> byAction;

    friend bool operator==(const HotlineCounts &, const HotlineCounts &) = default;
};

/** Communes reached, counted in the reference list of each era (docs/centre-work.md). */
struct CommuneReach
{
    qint64 pre2025 = 0;  ///< distinct communes of the list before 1/7/2025
    qint64 from2025 = 0; ///< distinct communes of the list from 1/7/2025

    friend bool operator==(const CommuneReach &, const CommuneReach &) = default;
};

/** Prevention activities of one kind started in the period. */
struct PreventionKindRow
{
    PreventionKind kind = PreventionKind::Training;
    qint64 activities = 0; ///< records
    qint64 quantity = 0;   ///< copies, items, sessions or documents (quantityUnitOf(kind))
    qint64 participants = 0;
    qint64 women = 0;
    qint64 minorities = 0;
    CommuneReach communes{}; ///< distinct communes where activities of this kind took place

    friend bool operator==(const PreventionKindRow &, const PreventionKindRow &) = default;
};

/**
 * Prevention and communication work (docs/centre-work.md, "## Prevention"): the activities
 * started in the period (not archived), every kind in declaration order, and the clubs active at
 * the period's end. communesTotal is the number of Quảng Ninh's communes in each era's reference
 * list, so "reached/total" reads as the province's report words it ("93/177").
 */
struct PreventionFigures
{
    QList<PreventionKindRow> byKind{}; ///< every kind, zero rows included
    qint64 activities = 0;
    qint64 participants = 0;
    qint64 women = 0;
    qint64 minorities = 0;
    CommuneReach communes{};      ///< distinct communes reached by any activity
    CommuneReach communesTotal{}; ///< communes of Quảng Ninh in each era's list
    qint64 clubsActive = 0;       ///< clubs not archived, founded by the period's end
    qint64 clubMembers = 0;       ///< their members

    friend bool operator==(const PreventionFigures &, const PreventionFigures &) = default;
};

/** Every figure of the report for one range of days (the period, or one calendar year of it). */
struct SummaryFigures
{
    QDate from;
    QDate to;

    // Totals
    qint64 persons = 0;
    qint64 receptions = 0;
    qint64 supports = 0;         ///< support records with status provided
    qint64 supportAmountVnd = 0; ///< their amounts
    qint64 personsSupported = 0; ///< distinct persons given at least one support
    qint64 supportsReferred = 0;
    qint64 supportsDeclined = 0;
    qint64 supportsNotNeeded = 0;

    // 1. Persons and receptions
    QList<CountRow> byCountry;
    QList<CountRow> byAgency;
    QList<CountRow> byRoute;
    QList<CountRow> byIdentificationStatus;

    // 2. Who they are
    QList<SexAgeRow> bySexAge;
    GroupCounts groups;
    QList<CountRow> byNationality; ///< foreign nationals only (persons; receptions of them)

    // 3. Supports
    QList<SupportRow> supportRows;

    // 4. Outcomes
    QList<OutcomeRow> outcomes;
    qint64 followUps = 0;         ///< follow-up contacts dated in the period
    qint64 personsFollowedUp = 0; ///< distinct persons with one

    // 5. Border handovers
    HandoverCounts handovers;

    // 6. Case work
    CaseWorkCounts caseWork;

    // 8. Shelter (ShelterCounts)
    ShelterCounts shelter;
    // 7. Hotline
    HotlineCounts hotline;
    // 9. Prevention (PreventionReportQueries.cpp)
    PreventionFigures prevention;

    friend bool operator==(const SummaryFigures &, const SummaryFigures &) = default;
};

/** Figures of one calendar year of the period (the part of the period inside that year). */
struct YearFigures
{
    int year = 0;
    SummaryFigures figures;

    friend bool operator==(const YearFigures &, const YearFigures &) = default;
};

/** The period summary report: figures for the whole period and for each calendar year of it. */
struct PeriodSummary
{
    QDate from;
    QDate to;
    SummaryFigures total;
    QList<YearFigures> years; ///< ascending; one entry when the period lies in one year

    /** The organisation issuing the report: header, number line, date line and signature. */
    Organisation issuer;
    QDate issuedOn; ///< date of the date line
    /**
     * The database holds demonstration records: the printed report says so above its title, so
     * that a training report is never taken for the centre's (not in the JSON, which carries
     * figures only).
     */
    bool demonstration = false;

    /** The figures of @a year, or nothing when the period does not touch it. */
    std::optional<SummaryFigures> yearFigures(int year) const;
};

/** Sums of a list's persons and receptions (to check that a list partitions the totals). */
qint64 sumPersons(const QList<CountRow> &rows);
qint64 sumReceptions(const QList<CountRow> &rows);

} // namespace sr::domain
