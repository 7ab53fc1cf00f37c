#include "ReportJson.h"

#include <QJsonArray>
#include <QJsonDocument>

#include <cmath>

namespace sr::reports {

namespace {

QString iso(const QDate &date)
{
    return date.toString(Qt::ISODate);
}

QJsonArray countRows(const QList<domain::CountRow> &rows, bool withNames)
{
    QJsonArray array;
    for (const domain::CountRow &row : rows) {
        QJsonObject o{{QStringLiteral("code"), row.code},
                      {QStringLiteral("persons"), row.persons},
                      {QStringLiteral("receptions"), row.receptions}};
        if (withNames) {
            o.insert(QStringLiteral("name"), row.name);
            o.insert(QStringLiteral("name_en"), row.nameEn);
        }
        array.append(o);
    }
    return array;
}

/** The "shelter" object (docs/report-json.md): stays in the shelters' rooms. */
QJsonObject shelterJson(const domain::ShelterCounts &shelter)
{
    QJsonArray shelters;
    for (const domain::ShelterRow &row : shelter.shelters) {
        shelters.append(QJsonObject{{QStringLiteral("code"), row.code},
                                    {QStringLiteral("name"), row.name},
                                    {QStringLiteral("name_en"), row.nameEn},
                                    {QStringLiteral("rooms"), row.rooms},
                                    {QStringLiteral("beds"), row.beds},
                                    {QStringLiteral("admissions"), row.admissions},
                                    {QStringLiteral("persons"), row.persons},
                                    {QStringLiteral("shelter_days"), row.shelterDays}});
    }
    // The rate to four decimals (0.1234 = 12.34 %): the figures it comes from are beside it.
    const double rate = std::round(shelter.occupancyRate() * 10000.0) / 10000.0;
    return QJsonObject{{QStringLiteral("admissions"), shelter.admissions},
                       {QStringLiteral("persons"), shelter.persons},
                       {QStringLiteral("shelter_days"), shelter.shelterDays},
                       {QStringLiteral("rooms"), shelter.rooms},
                       {QStringLiteral("beds"), shelter.beds},
                       {QStringLiteral("bed_days"), shelter.bedDays},
                       {QStringLiteral("occupancy_rate"), rate},
                       {QStringLiteral("shelters"), shelters}};
}

/** The hotline's figures (docs/report-json.md, "hotline"). */
QJsonObject hotline(const domain::HotlineCounts &h)
{
    const auto rows = [](const QList<domain::HotlineRow> &list) {
        QJsonArray array;
        for (const domain::HotlineRow &row : list)
            array.append(QJsonObject{{QStringLiteral("code"), row.code},
                                     {QStringLiteral("calls"), row.calls}});
        return array;
    };
    return QJsonObject{{QStringLiteral("calls"), h.calls},
                       {QStringLiteral("emergencies"), h.emergencies},
                       {QStringLiteral("became_cases"), h.becameCases},
                       {QStringLiteral("by_reason"), rows(h.byReason)},
                       {QStringLiteral("by_action"), rows(h.byAction)}};
}

/** The sections of one range (the whole period or one year): every key but format/years. */
QJsonObject sections(const domain::SummaryFigures &f)
{
    QJsonObject o;
    o.insert(QStringLiteral("period"),
             QJsonObject{{QStringLiteral("from"), iso(f.from)}, {QStringLiteral("to"), iso(f.to)}});
    o.insert(QStringLiteral("totals"),
             QJsonObject{{QStringLiteral("persons"), f.persons},
                         {QStringLiteral("receptions"), f.receptions},
                         {QStringLiteral("supports"), f.supports},
                         {QStringLiteral("support_amount_vnd"), f.supportAmountVnd},
                         {QStringLiteral("persons_supported"), f.personsSupported},
                         {QStringLiteral("supports_referred"), f.supportsReferred},
                         {QStringLiteral("supports_declined"), f.supportsDeclined},
                         {QStringLiteral("supports_not_needed"), f.supportsNotNeeded}});
    o.insert(QStringLiteral("by_country"), countRows(f.byCountry, true));
    o.insert(QStringLiteral("by_agency"), countRows(f.byAgency, true));
    o.insert(QStringLiteral("by_route"), countRows(f.byRoute, false));
    o.insert(QStringLiteral("by_identification_status"),
             countRows(f.byIdentificationStatus, false));

    QJsonArray sexAge;
    for (const domain::SexAgeRow &row : f.bySexAge) {
        sexAge.append(QJsonObject{{QStringLiteral("sex"), row.sex},
                                  {QStringLiteral("age_band"), row.ageBand},
                                  {QStringLiteral("persons"), row.persons}});
    }
    o.insert(QStringLiteral("by_sex_age"), sexAge);
    o.insert(
        QStringLiteral("groups"),
        QJsonObject{{QStringLiteral("children_under_16"), f.groups.childrenUnder16},
                    {QStringLiteral("minors_under_18"), f.groups.minorsUnder18},
                    {QStringLiteral("foreign_nationals"), f.groups.foreignNationals},
                    {QStringLiteral("ethnic_minorities"), f.groups.ethnicMinorities},
                    {QStringLiteral("other_province_residents"), f.groups.otherProvinceResidents}});
    o.insert(QStringLiteral("by_nationality"), countRows(f.byNationality, true));

    QJsonArray supports;
    for (const domain::SupportRow &row : f.supportRows) {
        supports.append(QJsonObject{{QStringLiteral("type"), row.type},
                                    {QStringLiteral("name"), row.name},
                                    {QStringLiteral("name_en"), row.nameEn},
                                    {QStringLiteral("persons"), row.persons},
                                    {QStringLiteral("times"), row.times},
                                    {QStringLiteral("quantity"), row.quantity},
                                    {QStringLiteral("amount_vnd"), row.amountVnd},
                                    {QStringLiteral("referred"), row.referred},
                                    {QStringLiteral("declined"), row.declined},
                                    {QStringLiteral("not_needed"), row.notNeeded}});
    }
    o.insert(QStringLiteral("supports"), supports);

    QJsonArray outcomes;
    for (const domain::OutcomeRow &row : f.outcomes) {
        outcomes.append(QJsonObject{{QStringLiteral("code"), row.code},
                                    {QStringLiteral("persons"), row.persons},
                                    {QStringLiteral("receptions"), row.receptions}});
    }
    o.insert(QStringLiteral("outcomes"), outcomes);
    o.insert(QStringLiteral("follow_ups"),
             QJsonObject{{QStringLiteral("count"), f.followUps},
                         {QStringLiteral("persons"), f.personsFollowedUp}});
    o.insert(QStringLiteral("handovers"),
             QJsonObject{{QStringLiteral("batches"), f.handovers.batches},
                         {QStringLiteral("persons"), f.handovers.persons},
                         {QStringLiteral("verified_batches"), f.handovers.verifiedBatches},
                         {QStringLiteral("verified_persons"), f.handovers.verifiedPersons},
                         {QStringLiteral("cases"), f.handovers.cases},
                         {QStringLiteral("victims"), f.handovers.victims}});
    o.insert(QStringLiteral("case_work"),
             QJsonObject{{QStringLiteral("opened"), f.caseWork.opened},
                         {QStringLiteral("closed"), f.caseWork.closed},
                         {QStringLiteral("with_plan"), f.caseWork.withPlan},
                         {QStringLiteral("follow_ups_due"), f.caseWork.followUpsDue},
                         {QStringLiteral("follow_ups_done"), f.caseWork.followUpsDone}});
    o.insert(QStringLiteral("shelter"), shelterJson(f.shelter));
    o.insert(QStringLiteral("hotline"), hotline(f.hotline));
    return o;
}

} // namespace

QJsonObject reportToJson(const domain::PeriodSummary &summary)
{
    QJsonObject o = sections(summary.total);
    o.insert(QStringLiteral("format"), QLatin1String(reportJsonFormat));
    QJsonArray byYear;
    QJsonArray years;
    for (const domain::YearFigures &y : summary.years) {
        byYear.append(QJsonObject{{QStringLiteral("year"), y.year},
                                  {QStringLiteral("from"), iso(y.figures.from)},
                                  {QStringLiteral("to"), iso(y.figures.to)},
                                  {QStringLiteral("persons"), y.figures.persons},
                                  {QStringLiteral("receptions"), y.figures.receptions}});
        QJsonObject detail = sections(y.figures);
        detail.insert(QStringLiteral("year"), y.year);
        years.append(detail);
    }
    o.insert(QStringLiteral("by_year"), byYear);
    o.insert(QStringLiteral("years"), years);
    return o;
}

QByteArray reportToJsonBytes(const domain::PeriodSummary &summary)
{
    return QJsonDocument(reportToJson(summary)).toJson(QJsonDocument::Indented);
}

} // namespace sr::reports
