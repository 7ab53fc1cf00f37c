#include "ExportQueries.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

namespace sr::storage {

using domain::HandoverBatch;
using domain::Period;

namespace {

template<typename E>
E codeOr(const QVariant &value, E fallback)
{
    return domain::fromCode<E>(value.toString()).value_or(fallback);
}

std::optional<int> optionalInt(const QVariant &value)
{
    if (value.isNull())
        return std::nullopt;
    return value.toInt();
}

QList<domain::ExploitationForm> exploitationFrom(const QString &text)
{
    QList<domain::ExploitationForm> forms;
    for (const QString &code : text.split(QLatin1Char(','), Qt::SkipEmptyParts)) {
        if (const auto form = domain::fromCode<domain::ExploitationForm>(code.trimmed()))
            forms.append(*form);
    }
    return forms;
}

} // namespace

template<typename Row>
struct ExportCursor<Row>::Private
{
    QSqlDatabase connection;
    QString from;
    QString to;
    std::unique_ptr<QSqlQuery> query;
};

template<typename Row>
ExportCursor<Row>::ExportCursor(Database &db, const Period &period)
    : d(std::make_unique<Private>())
{
    d->connection = db.connection();
    d->from = sql::isoDate(period.from());
    d->to = sql::isoDate(period.to());
}

template<typename Row>
ExportCursor<Row>::~ExportCursor() = default;

template<typename Row>
Result<void> ExportCursor<Row>::start()
{
    d->query = std::make_unique<QSqlQuery>(d->connection);
    // Forward-only: SQLite steps through the result without Qt caching every row.
    d->query->setForwardOnly(true);
    if (auto prepared = sql::prepare(*d->query, statement(), context()); !prepared) {
        m_failed = true;
        m_error = prepared.error();
        return prepared;
    }
    d->query->bindValue(QStringLiteral(":from"), d->from);
    d->query->bindValue(QStringLiteral(":to"), d->to);
    if (auto done = sql::exec(*d->query, context()); !done) {
        m_failed = true;
        m_error = done.error();
        return done;
    }
    return {};
}

template<typename Row>
bool ExportCursor<Row>::next()
{
    if (m_failed || !d->query)
        return false;
    if (!d->query->next()) {
        if (d->query->lastError().isValid()) {
            m_failed = true;
            m_error = sql::errorFrom(*d->query, context());
        }
        return false;
    }
    fill(m_row);
    return true;
}

template class ExportCursor<ReceptionExportRow>;
template class ExportCursor<SupportExportRow>;
template class ExportCursor<HandoverBatch>;

ReceptionExportCursor::ReceptionExportCursor(Database &db, const Period &period)
    : ExportCursor(db, period)
{}

QString ReceptionExportCursor::statement() const
{
    // Per-type totals come from a correlated sub-query over support_export, one short
    // string per reception ("type:times:amount|…"), so no support rows are held in memory.
    return QStringLiteral(
        "SELECT p.id, p.uuid, p.case_code, p.full_name, p.other_names, p.sex, p.birth_date,"
        " p.estimated_age_years, p.estimated_age_as_of, p.nationality, p.ethnicity,"
        " p.document_type, p.document_number, p.residence_era, p.residence_province,"
        " p.residence_commune, p.residence_commune_text, p.address_line, p.phone,"
        " p.family_contact, p.consent_services, p.consent_sharing, p.consent_statistics,"
        " p.notes,"
        " r.id, r.uuid, r.reception_date, r.agency_code, b.uuid, r.country_code, r.route,"
        " r.exploitation, r.identification_status, r.identification_agency_code,"
        " r.identification_date, r.identification_basis, r.case_status, r.outcome,"
        " r.closed_date, r.notes, r.age_band, r.batch_id,"
        " (SELECT group_concat(t, '|') FROM (SELECT s.type_code || ':' || count(*) || ':'"
        "   || sum(s.amount_vnd) AS t FROM support s WHERE s.reception_id = r.id"
        "   AND s.archived = 0 AND s.status = 'provided' GROUP BY s.type_code))"
        // CROSS JOIN keeps receptions outermost: they are read in the order of the
        // reception_date index, which is the ORDER BY, so the wide rows are never sorted (the
        // planner otherwise walks persons and sorts every row before the first one is written).
        // The support totals read the covering index support_export (0006_report_summary.sql).
        " FROM reception r CROSS JOIN person p ON p.id = r.person_id"
        " LEFT JOIN handover_batch b ON b.id = r.batch_id"
        " WHERE r.archived = 0 AND p.archived = 0"
        " AND r.reception_date >= :from AND r.reception_date <= :to"
        " ORDER BY r.reception_date, r.id");
}

void ReceptionExportCursor::fill(ReceptionExportRow &row)
{
    const QSqlQuery &q = *d->query;
    domain::Person &p = row.person;
    p = domain::Person{};
    p.meta.id = q.value(0).toLongLong();
    p.meta.uuid = q.value(1).toString();
    p.caseCode = q.value(2).toString();
    p.fullName = q.value(3).toString();
    p.otherNames = q.value(4).toString();
    p.sex = codeOr(q.value(5), domain::Sex::Unknown);
    p.birthDate =
        domain::PartialDate::fromIsoString(q.value(6).toString()).value_or(domain::PartialDate());
    p.estimatedAgeYears = optionalInt(q.value(7));
    p.estimatedAgeAsOf = sql::dateFromIso(q.value(8));
    p.nationality = q.value(9).toString();
    p.ethnicity = q.value(10).toString();
    p.documentType = codeOr(q.value(11), domain::DocumentType::None);
    p.documentNumber = q.value(12).toString();
    p.residenceEra = codeOr(q.value(13), domain::AdminEra::From2025);
    p.residenceProvince = q.value(14).toString();
    p.residenceCommune = q.value(15).toString();
    p.residenceCommuneText = q.value(16).toString();
    p.addressLine = q.value(17).toString();
    p.phone = q.value(18).toString();
    p.familyContact = q.value(19).toString();
    p.consent.services = q.value(20).toInt() != 0;
    p.consent.informationSharing = q.value(21).toInt() != 0;
    p.consent.statistics = q.value(22).toInt() != 0;
    p.notes = q.value(23).toString();

    domain::Reception &r = row.reception;
    r = domain::Reception{};
    r.meta.id = q.value(24).toLongLong();
    r.meta.uuid = q.value(25).toString();
    r.personId = p.meta.id;
    r.receptionDate = sql::dateFromIso(q.value(26));
    r.agencyCode = q.value(27).toString();
    row.batchUuid = q.value(28).toString();
    r.countryCode = q.value(29).toString();
    r.route = codeOr(q.value(30), domain::Route::Other);
    r.exploitation = exploitationFrom(q.value(31).toString());
    r.identificationStatus = codeOr(q.value(32), domain::IdentificationStatus::NotVerified);
    r.identificationAgencyCode = q.value(33).toString();
    r.identificationDate = sql::dateFromIso(q.value(34));
    r.identificationBasis = q.value(35).toString();
    r.caseStatus = codeOr(q.value(36), domain::CaseStatus::Open);
    r.outcome = domain::fromCode<domain::CaseOutcome>(q.value(37).toString());
    r.closedDate = sql::dateFromIso(q.value(38));
    r.notes = q.value(39).toString();
    row.ageBand = codeOr(q.value(40), domain::AgeBand::Unknown);
    if (!q.value(41).isNull())
        r.batchId = q.value(41).toLongLong();

    row.supportTotals.clear();
    const QString totals = q.value(42).toString();
    for (const QString &item : totals.split(QLatin1Char('|'), Qt::SkipEmptyParts)) {
        const QStringList parts = item.split(QLatin1Char(':'));
        if (parts.size() == 3)
            row.supportTotals.append(
                SupportTotal{parts[0], parts[1].toLongLong(), parts[2].toLongLong()});
    }
}

SupportExportCursor::SupportExportCursor(Database &db, const Period &period)
    : ExportCursor(db, period)
{}

QString SupportExportCursor::statement() const
{
    return QStringLiteral(
        "SELECT p.case_code, r.uuid, r.reception_date, s.id, s.uuid, s.reception_id,"
        " s.type_code, s.support_date, s.provider_agency_code, s.amount_vnd, s.quantity,"
        " s.status, s.notes"
        // Supports outermost, in the order of the support_date index (see the receptions).
        " FROM support s CROSS JOIN reception r ON r.id = s.reception_id"
        " CROSS JOIN person p ON p.id = r.person_id"
        " WHERE s.archived = 0 AND r.archived = 0 AND p.archived = 0"
        " AND s.support_date >= :from AND s.support_date <= :to"
        " ORDER BY s.support_date, s.id");
}

void SupportExportCursor::fill(SupportExportRow &row)
{
    const QSqlQuery &q = *d->query;
    row.caseCode = q.value(0).toString();
    row.receptionUuid = q.value(1).toString();
    row.receptionDate = sql::dateFromIso(q.value(2));
    domain::Support &s = row.support;
    s = domain::Support{};
    s.meta.id = q.value(3).toLongLong();
    s.meta.uuid = q.value(4).toString();
    s.receptionId = q.value(5).toLongLong();
    s.typeCode = q.value(6).toString();
    s.date = sql::dateFromIso(q.value(7));
    s.providerAgencyCode = q.value(8).toString();
    s.amountVnd = q.value(9).toLongLong();
    s.quantity = q.value(10).toInt();
    s.status = codeOr(q.value(11), domain::SupportStatus::Provided);
    s.notes = q.value(12).toString();
}

BatchExportCursor::BatchExportCursor(Database &db, const Period &period)
    : ExportCursor(db, period)
{}

QString BatchExportCursor::statement() const
{
    return QStringLiteral(
        "SELECT id, uuid, batch_date, border_gate_code, foreign_agency, receiving_agency_code,"
        " persons_total, persons_male, persons_female, persons_children, classified,"
        " persons_verified, cases_identified, victims_identified, notes"
        " FROM handover_batch"
        " WHERE archived = 0 AND batch_date >= :from AND batch_date <= :to"
        " ORDER BY batch_date, id");
}

void BatchExportCursor::fill(HandoverBatch &b)
{
    const QSqlQuery &q = *d->query;
    b = HandoverBatch{};
    b.meta.id = q.value(0).toLongLong();
    b.meta.uuid = q.value(1).toString();
    b.date = sql::dateFromIso(q.value(2));
    b.borderGateCode = q.value(3).toString();
    b.foreignAgency = q.value(4).toString();
    b.receivingAgencyCode = q.value(5).toString();
    b.personsTotal = q.value(6).toInt();
    b.personsMale = q.value(7).toInt();
    b.personsFemale = q.value(8).toInt();
    b.personsChildren = q.value(9).toInt();
    b.classified = q.value(10).toInt() != 0;
    b.personsVerified = q.value(11).toInt();
    b.casesIdentified = q.value(12).toInt();
    b.victimsIdentified = q.value(13).toInt();
    b.notes = q.value(14).toString();
}

ExportQueries::ExportQueries(Database &db)
    : m_db(db)
{}

Result<qint64>
ExportQueries::count(const QString &statement, const Period &period, const char *context) const
{
    QSqlQuery query(m_db.connection());
    query.setForwardOnly(true);
    if (auto p = sql::prepare(query, statement, context); !p)
        return p.error();
    query.bindValue(QStringLiteral(":from"), sql::isoDate(period.from()));
    query.bindValue(QStringLiteral(":to"), sql::isoDate(period.to()));
    if (auto e = sql::exec(query, context); !e)
        return e.error();
    if (!query.next())
        return sql::errorFrom(query, context);
    return query.value(0).toLongLong();
}

Result<qint64> ExportQueries::countReceptions(const Period &period) const
{
    // The report's facts hold exactly the active receptions of active persons (migration 6):
    // counted from one narrow index instead of joining the wide rows.
    return count(QStringLiteral("SELECT count(*) FROM report_reception"
                                " WHERE reception_date >= :from AND reception_date <= :to"),
                 period,
                 "export.count_receptions");
}

Result<qint64> ExportQueries::countSupports(const Period &period) const
{
    // Active supports of active receptions and persons: the report's facts (migration 6).
    return count(QStringLiteral("SELECT count(*) FROM report_support"
                                " WHERE support_date >= :from AND support_date <= :to"),
                 period,
                 "export.count_supports");
}

Result<qint64> ExportQueries::countBatches(const Period &period) const
{
    return count(QStringLiteral("SELECT count(*) FROM handover_batch WHERE archived = 0"
                                " AND batch_date >= :from AND batch_date <= :to"),
                 period,
                 "export.count_batches");
}

Result<std::optional<qint64>> ExportQueries::idOf(const QString &statement,
                                                  const QVariant &a,
                                                  const QVariant &b,
                                                  const char *context) const
{
    std::unique_ptr<QSqlQuery> &prepared = m_lookups[context];
    if (!prepared) {
        auto made = std::make_unique<QSqlQuery>(m_db.connection());
        made->setForwardOnly(true);
        if (auto p = sql::prepare(*made, statement, context); !p)
            return p.error();
        prepared = std::move(made);
    }
    QSqlQuery &query = *prepared;
    query.bindValue(0, a);
    if (b.isValid())
        query.bindValue(1, b);
    if (auto e = sql::exec(query, context); !e)
        return e.error();
    const std::optional<qint64> id =
        query.next() ? std::optional<qint64>(query.value(0).toLongLong()) : std::nullopt;
    query.finish();
    return id;
}

Result<std::optional<qint64>> ExportQueries::batchIdByUuid(const QString &uuid) const
{
    return idOf(QStringLiteral("SELECT id FROM handover_batch WHERE uuid = ?"),
                uuid,
                {},
                "import.batch_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::personIdByCaseCode(const QString &caseCode) const
{
    return idOf(QStringLiteral("SELECT id FROM person WHERE case_code = ?"),
                caseCode,
                {},
                "import.person_by_case_code");
}

Result<std::optional<qint64>> ExportQueries::personIdByUuid(const QString &uuid) const
{
    return idOf(
        QStringLiteral("SELECT id FROM person WHERE uuid = ?"), uuid, {}, "import.person_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::receptionIdByUuid(const QString &uuid) const
{
    return idOf(QStringLiteral("SELECT id FROM reception WHERE uuid = ?"),
                uuid,
                {},
                "import.reception_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::supportIdByUuid(const QString &uuid) const
{
    return idOf(QStringLiteral("SELECT id FROM support WHERE uuid = ?"),
                uuid,
                {},
                "import.support_by_uuid");
}

Result<std::optional<qint64>> ExportQueries::receptionIdByPersonAndDate(qint64 personId,
                                                                        const QDate &date) const
{
    return idOf(QStringLiteral("SELECT id FROM reception WHERE person_id = ? AND"
                               " reception_date = ? AND archived = 0 ORDER BY id LIMIT 1"),
                personId,
                sql::isoDate(date),
                "import.reception_by_person_date");
}

} // namespace sr::storage
