#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>
#include <QString>
#include <QStringList>

namespace sr::domain {

// Reference lists: shipped with defaults (resources/data), editable by an administrator.
// Records refer to entries by code; entries are archived, never deleted.

struct Agency
{
    RecordMeta meta;
    QString code;
    QString name;   ///< Vietnamese name
    QString nameEn; ///< English name
    AgencyKind kind = AgencyKind::Other;
    QString provinceCode;
    /**
     * Abolished, e.g. in the 2025 reorganisation (docs/domain-guide.md): kept for the records
     * that name it, not offered for new ones.
     */
    bool historical = false;
};

struct BorderGate
{
    RecordMeta meta;
    QString code;
    QString name;
    QString nameEn;
    QString countryCode; ///< the neighbouring country
};

/**
 * The kind of paper an attachment is (identification decision, reception minutes, consent
 * form, identity paper, medical record, support receipt, photo, other): docs/attachments.md.
 * Not DocumentType: that is the enum of a person's identity paper (domain/Enums.h).
 */
struct AttachmentType
{
    RecordMeta meta;
    QString code;
    QString nameVi;
    QString nameEn;
    int sortOrder = 0;
};

struct Country
{
    QString code; ///< ISO 3166-1 alpha-2
    QString nameVi;
    QString nameEn;
};

struct EthnicGroup
{
    QString code; ///< "01".."54", "00" unknown, "99" foreign national
    QString name;
    QString otherNames;
    bool isMinority() const
    {
        return code != QLatin1String("01") && code != QLatin1String("00")
               && code != QLatin1String("99");
    }
};

struct Province
{
    AdminEra era = AdminEra::From2025;
    QString code;     ///< GSO code; Quảng Ninh is "22" in both eras
    QString name;     ///< short name ("Quảng Ninh")
    QString fullName; ///< "Tỉnh Quảng Ninh"
};

struct Commune
{
    AdminEra era = AdminEra::From2025;
    QString code; ///< GSO commune code
    QString provinceCode;
    QString name;
    QString fullName;
    QString districtName; ///< before 1/7/2025 only; empty after
};

struct SupportType
{
    RecordMeta meta;
    QString code;
    QString nameVi;
    QString nameEn;
    qint64 defaultAmountVnd = 0; ///< set by provincial resolutions; editable
    /// The amount of one day for a support given per shelter day (essential needs), 0 when
    /// the type is not given per day (docs/centre-work.md, schema step 14).
    qint64 perDayAmountVnd = 0;
    bool legalRegime = false; ///< one of the regimes of Law 53/2024 art. 37.1
    int sortOrder = 0;
};

/**
 * A rule that makes tasks (docs/case-work.md): what triggers it is its kind, when the task is
 * due its offset after the triggering date. The rules are data an administrator edits; the
 * follow-ups after a handover to the family are one rule per offset (1, 3, 6, 12 months).
 */
struct TaskRule
{
    RecordMeta meta;
    QString code;
    QString nameVi; ///< names the tasks the rule makes
    QString nameEn;
    TaskRuleKind kind = TaskRuleKind::FollowUpAfterHandover;
    int offsetMonths = 0;
    int offsetDays = 0;
    /// A task already overdue by more than this many days when the rule makes it is made
    /// lapsed, not open (docs/case-work.md); 0: never.
    int lapseDays = 90;

    /** The due date of a task triggered on @a date. */
    QDate dueAfter(const QDate &date) const
    {
        return date.addMonths(offsetMonths).addDays(offsetDays);
    }
};

/**
 * The organisation using the app, printed in the header and signature block of its reports in
 * the layout of an administrative document (docs/report-layout.md).
 */
struct Organisation
{
    QString name;
    QString parentName; ///< the body above it, first header line (e.g. "SỞ Y TẾ TỈNH QUẢNG NINH")
    QString abbreviation; ///< in the number line "Số: …/BC-TTCTXH" (e.g. "TTCTXH")
    QString provinceCode = QStringLiteral("22");
    QString address;
    QString place; ///< place in the date line ("Quảng Ninh")
    QString caseCodePrefix = QStringLiteral("QN");
    QString headTitle;        ///< title of the head of the agency ("GIÁM ĐỐC")
    bool deputySigns = false; ///< a deputy signs on the head's behalf: "KT. GIÁM ĐỐC"
    QString deputyTitle;      ///< the deputy's own title ("PHÓ GIÁM ĐỐC"), when deputySigns
    QString signerName;       ///< the full name printed under the signature
    QStringList recipients;   ///< "Nơi nhận:", one per line; the last is usually "Lưu: VT"

    friend bool operator==(const Organisation &, const Organisation &) = default;
};

/**
 * The settings a signed report needs that @a organisation lacks, as their setting keys
 * ("org_abbreviation", "org_signer_name"…) in the order of the form; empty when the report can
 * be printed and signed as it is.
 */
QStringList missingReportSettings(const Organisation &organisation);

} // namespace sr::domain
