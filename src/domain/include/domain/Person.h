#pragma once

#include "Enums.h"
#include "PartialDate.h"
#include "RecordMeta.h"

#include <QDate>
#include <QString>

#include <optional>

namespace sr::domain {

struct Consent
{
    bool services = false;           ///< agrees to receive services
    bool informationSharing = false; ///< agrees that information is shared with partners
    bool statistics = false;         ///< agrees to de-identified statistics

    friend bool operator==(const Consent &, const Consent &) = default;
};

/**
 * A returned person (victim or person being identified). Restricted fields — never in logs
 * or de-identified exports: fullName, otherNames, documentNumber, addressLine, phone,
 * familyContact (and the exact birth date).
 */
struct Person
{
    RecordMeta meta;
    QString caseCode; ///< e.g. "QN-2023-0007", generated on first save
    QString fullName;
    QString otherNames;
    Sex sex = Sex::Unknown;
    PartialDate birthDate;                      ///< may be null when only an age estimate is known
    std::optional<int> estimatedAgeYears;       ///< used when birthDate is null
    QDate estimatedAgeAsOf;                     ///< the date the estimate refers to
    QString nationality = QStringLiteral("VN"); ///< ISO 3166-1 alpha-2
    QString ethnicity = QStringLiteral("00");   ///< ethnic group code; 00 unknown, 99 foreign
    DocumentType documentType = DocumentType::None;
    QString documentNumber;
    AdminEra residenceEra = AdminEra::From2025;
    QString residenceProvince;    ///< GSO code in the list of residenceEra
    QString residenceCommune;     ///< GSO commune code (Quảng Ninh lists), or empty
    QString residenceCommuneText; ///< free text commune/district elsewhere
    QString addressLine;
    QString phone;
    QString familyContact;
    Consent consent;
    QString notes;
    /**
     * The worker responsible for the case (an app_user id); none = unassigned. Set when the
     * case is created (by default its creator), then changed only by an assignment, audited
     * with its reason (domain/CaseWork.h, CaseAssignment).
     */
    std::optional<qint64> responsibleUserId;

    /** Full name folded for duplicate checks and search (see TextFold.h). */
    QString foldedName() const;
};

} // namespace sr::domain
