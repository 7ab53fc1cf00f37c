#pragma once

#include "domain/Attachment.h"
#include "domain/Enums.h"
#include "domain/FollowUp.h"
#include "domain/HandoverBatch.h"
#include "domain/Hotline.h"
#include "domain/Period.h"
#include "domain/Person.h"
#include "domain/Reception.h"
#include "domain/Result.h"
#include "domain/Support.h"

#include <QDate>
#include <QList>
#include <QSqlQuery>
#include <QString>

#include <memory>
#include <optional>
#include <unordered_map>

namespace sr::storage {

class Database;

/** Supports of one type given during a reception (status "provided", not archived). */
struct SupportTotal
{
    QString typeCode;
    qint64 times = 0;     ///< number of supports provided
    qint64 amountVnd = 0; ///< their total amount in đồng
};

/** One row of the receptions table: the reception, its person and derived figures. */
struct ReceptionExportRow
{
    domain::Person person;
    domain::Reception reception;
    QString batchUuid; ///< empty when not received in a handover batch
    domain::AgeBand ageBand = domain::AgeBand::Unknown; ///< age band at reception (stored)
    QList<SupportTotal> supportTotals;
};

/** One row of the supports table: the support and the reception it belongs to. */
struct SupportExportRow
{
    QString caseCode;
    QString receptionUuid;
    QDate receptionDate;
    domain::Support support;
    /** The case's responsible worker (record-level access, services/CaseAccess.h). */
    std::optional<qint64> responsibleUserId;
};

/** One row of the follow-ups table: the follow-up and the reception it belongs to. */
struct FollowUpExportRow
{
    QString caseCode;
    QString receptionUuid;
    QDate receptionDate;
    domain::FollowUp followUp;
    /** The case's responsible worker (record-level access, services/CaseAccess.h). */
    std::optional<qint64> responsibleUserId;
};

/** A hotline call with the case it became (docs/csv-format.md "calls"). */
struct CallExportRow
{
    domain::HotlineCall call;
    QString caseCode;                        ///< empty when the call became no case
    QString receptionUuid;                   ///< empty when it names no reception
    std::optional<qint64> responsibleUserId; ///< of that case (record-level access)
};

/** One row of the attachments list (full export only): the description, never the bytes. */
struct AttachmentExportRow
{
    QString caseCode;
    /** "person", "reception", "support" or "follow_up": the record it belongs to. */
    QString recordKind;
    QString recordUuid;
    QString typeNameVi; ///< the Vietnamese name of its document type (attachment_type)
    domain::Attachment attachment;
    /** The case's responsible worker (record-level access, services/CaseAccess.h). */
    std::optional<qint64> responsibleUserId;
};

/**
 * Forward-only cursors (QSqlQuery::setForwardOnly) over the records of a period for CSV
 * export: rows are read one at a time and never buffered as a whole table. Archived
 * records (and records of archived persons or receptions) are left out. Order: by date,
 * then by row id (insertion order), so an export of an imported export has the same order.
 *
 *     ReceptionExportCursor cursor(db, period);
 *     if (auto started = cursor.start(); !started) ...
 *     while (cursor.next()) use(cursor.row());
 *     if (cursor.hasError()) ... cursor.error()
 */
template<typename Row>
class ExportCursor
{
public:
    virtual ~ExportCursor();
    ExportCursor(const ExportCursor &) = delete;
    ExportCursor &operator=(const ExportCursor &) = delete;

    /** Runs the query. */
    Result<void> start();
    /** Moves to the next row; false at the end or on an error. */
    bool next();
    const Row &row() const { return m_row; }
    bool hasError() const { return m_failed; }
    const Error &error() const { return m_error; }

protected:
    ExportCursor(Database &db, const domain::Period &period, const QString &caseCode = {});
    virtual QString statement() const = 0;
    /** Whether the rows are those of one case (caseCode given): statements add caseCondition(). */
    bool oneCase() const;
    /** " AND p.case_code = :case_code" when oneCase(), else empty (p: the person's alias). */
    QString caseCondition() const;
    virtual const char *context() const = 0;
    virtual void fill(Row &row) = 0;

    struct Private;
    std::unique_ptr<Private> d;
    Row m_row;
    bool m_failed = false;
    Error m_error;
};

/**
 * Receptions dated in the period, with their persons and per-type support totals; those of
 * one case when @a caseCode is given (the case ZIP, services/CaseZipExport.h).
 */
class ReceptionExportCursor : public ExportCursor<ReceptionExportRow>
{
public:
    ReceptionExportCursor(Database &db, const domain::Period &period, const QString &caseCode = {});

protected:
    QString statement() const override;
    const char *context() const override { return "export.receptions"; }
    void fill(ReceptionExportRow &row) override;
};

/** Supports dated in the period (of one case when @a caseCode is given). */
class SupportExportCursor : public ExportCursor<SupportExportRow>
{
public:
    SupportExportCursor(Database &db, const domain::Period &period, const QString &caseCode = {});

protected:
    QString statement() const override;
    const char *context() const override { return "export.supports"; }
    void fill(SupportExportRow &row) override;
};

/** Follow-ups dated in the period (of one case when @a caseCode is given). */
class FollowUpExportCursor : public ExportCursor<FollowUpExportRow>
{
public:
    FollowUpExportCursor(Database &db, const domain::Period &period, const QString &caseCode = {});

protected:
    QString statement() const override;
    const char *context() const override { return "export.follow_ups"; }
    void fill(FollowUpExportRow &row) override;
};

/** Handover batches dated in the period. */
class BatchExportCursor : public ExportCursor<domain::HandoverBatch>
{
public:
    BatchExportCursor(Database &db, const domain::Period &period);

protected:
    QString statement() const override;
    const char *context() const override { return "export.batches"; }
    void fill(domain::HandoverBatch &row) override;
};

/**
 * Attachments dated in the period (the date on the paper, or the day it was added when the
 * paper has none), archived ones included and marked, of persons not archived; in the order
 * they were added. Only the description is read: the chunks are never touched.
 */
class AttachmentExportCursor : public ExportCursor<AttachmentExportRow>
{
public:
    AttachmentExportCursor(Database &db,
                           const domain::Period &period,
                           const QString &caseCode = {});

    /** The date an attachment is exported by, as SQL over the alias "a" (both engines). */
    static QString dateExpression();

protected:
    QString statement() const override;
    const char *context() const override { return "export.attachments"; }
    void fill(AttachmentExportRow &row) override;
};

/** The hotline's calls dated in the period, with the case each became; oldest first. */
class CallExportCursor : public ExportCursor<CallExportRow>
{
public:
    CallExportCursor(Database &db, const domain::Period &period);

protected:
    QString statement() const override;
    const char *context() const override { return "export.calls"; }
    void fill(CallExportRow &row) override;
};

/** Counts for the export dialog, and the look-ups the CSV import needs. */
class ExportQueries
{
public:
    explicit ExportQueries(Database &db);

    /** Rows each cursor would give for @a period. */
    Result<qint64> countReceptions(const domain::Period &period) const;
    Result<qint64> countSupports(const domain::Period &period) const;
    Result<qint64> countBatches(const domain::Period &period) const;
    Result<qint64> countAttachments(const domain::Period &period) const;
    Result<qint64> countFollowUps(const domain::Period &period) const;
    Result<qint64> countCalls(const domain::Period &period) const;

    /** Row id of the handover batch with @a uuid (archived included), or nothing. */
    Result<std::optional<qint64>> batchIdByUuid(const QString &uuid) const;
    /** Row id of the person with @a caseCode / @a uuid (archived included), or nothing. */
    Result<std::optional<qint64>> personIdByCaseCode(const QString &caseCode) const;
    Result<std::optional<qint64>> personIdByUuid(const QString &uuid) const;
    /** Row id of the reception with @a uuid (archived included), or nothing. */
    Result<std::optional<qint64>> receptionIdByUuid(const QString &uuid) const;
    /** Row id of the support with @a uuid (archived included), or nothing. */
    Result<std::optional<qint64>> supportIdByUuid(const QString &uuid) const;
    /** Row id of the follow-up with @a uuid (archived included), or nothing. */
    Result<std::optional<qint64>> followUpIdByUuid(const QString &uuid) const;
    /** Row id of the first not archived reception of @a personId on @a date, or nothing. */
    Result<std::optional<qint64>> receptionIdByPersonAndDate(qint64 personId,
                                                             const QDate &date) const;

private:
    Result<qint64>
    count(const QString &statement, const domain::Period &period, const char *context) const;
    Result<std::optional<qint64>>
    idOf(const QString &statement, const QVariant &a, const QVariant &b, const char *context) const;

    Database &m_db;
    /** The look-ups' statements, prepared on first use and reused (an import asks per row). */
    mutable std::unordered_map<const char *, std::unique_ptr<QSqlQuery>> m_lookups;
    mutable quint64 m_generation = 0; ///< Database::connectionGeneration() of m_lookups
};

} // namespace sr::storage
