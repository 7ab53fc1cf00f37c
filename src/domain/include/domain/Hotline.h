#pragma once

#include "Enums.h"
#include "RecordMeta.h"

#include <QDate>
#include <QList>
#include <QString>
#include <QTime>

#include <optional>

// The hotline's call log (docs/centre-work.md, "Hotline"): the centre's free 24/7 line. A call
// belongs to no case; one that became a case links to its person and reception.
namespace sr::domain {

/** The centre's free 24/7 line, the default of every call. */
inline constexpr const char *kHotlineNumber = "18001769";

/** Who called. */
enum class CallerType { PersonConcerned, Family, Community, Authority, Anonymous };

/** Why they called. */
enum class CallReason {
    Advice,
    TraffickingReport, ///< report of suspected trafficking
    ViolenceAbuse,     ///< violence or abuse
    EmergencyHelp,
    PolicyInformation,
    Other,
};

enum class CallUrgency { Normal, Urgent, Emergency };

/** What the worker on duty did; a call may have several. */
enum class CallAction {
    Advised,
    ReferredPolice,
    ReferredBorderGuard,
    ReferredHealth,
    ReferredCentre,
    ShelterAdmitted,
    CaseOpened,
};

/**
 * One call. The person concerned is described by sex, age band and province only when known;
 * an anonymous call holds no caller's name or phone. personId/receptionId link the call that
 * became a case (the reception, when set, is one of that person's).
 */
struct HotlineCall
{
    RecordMeta meta;
    QDate date;
    QString time; ///< "HH:MM", the centre's local time
    int durationMinutes = 0;
    QString line = QString::fromLatin1(kHotlineNumber);
    CallerType callerType = CallerType::Anonymous;
    QString callerName;  ///< personal; empty for an anonymous call
    QString callerPhone; ///< personal; empty for an anonymous call
    CallReason reason = CallReason::Advice;
    Sex sex = Sex::Unknown;
    AgeBand ageBand = AgeBand::Unknown;
    QString provinceCode; ///< a province of the 2025 list; empty when unknown
    CallUrgency urgency = CallUrgency::Normal;
    QList<CallAction> actions;
    QString notes;
    std::optional<qint64> personId;
    std::optional<qint64> receptionId;

    /** An emergency (the report's "emergencies"): urgency emergency. */
    bool isEmergency() const { return urgency == CallUrgency::Emergency; }
};

/** A call that became a case, as the case timeline shows it (CaseWorkViews.h). */
struct LinkedCall
{
    qint64 callId = 0;
    QDate date;
    QString time;
    CallReason reason = CallReason::Advice;
    CallUrgency urgency = CallUrgency::Normal;
    std::optional<qint64> receptionId;
};

// Stable codes (stored, exchanged, in the report JSON), as Enums.h's; defined in
// HotlineRecord.cpp with the labels.
template<>
QString toCode<CallerType>(CallerType);
template<>
std::optional<CallerType> fromCode<CallerType>(QStringView);
template<>
QList<CallerType> allValues<CallerType>();
template<>
QStringList allCodes<CallerType>();
template<>
QString toCode<CallReason>(CallReason);
template<>
std::optional<CallReason> fromCode<CallReason>(QStringView);
template<>
QList<CallReason> allValues<CallReason>();
template<>
QStringList allCodes<CallReason>();
template<>
QString toCode<CallUrgency>(CallUrgency);
template<>
std::optional<CallUrgency> fromCode<CallUrgency>(QStringView);
template<>
QList<CallUrgency> allValues<CallUrgency>();
template<>
QStringList allCodes<CallUrgency>();
template<>
QString toCode<CallAction>(CallAction);
template<>
std::optional<CallAction> fromCode<CallAction>(QStringView);
template<>
QList<CallAction> allValues<CallAction>();
template<>
QStringList allCodes<CallAction>();

/** The translation context of the hotline's labels (QT_TRANSLATE_NOOP in HotlineRecord.cpp). */
inline constexpr const char *kHotlineContext = "sr::domain::Hotline";

// English source labels, marked for kHotlineContext: the ui translates them
// (QCoreApplication::translate(kHotlineContext, label(...))).
const char *label(CallerType value);
const char *label(CallReason value);
const char *label(CallUrgency value);
const char *label(CallAction value);

// Vietnamese labels, for the files and reports written for people in Vietnam (the CSV's
// "_label" columns, exchange/CsvColumns.cpp), whatever the interface language.
QString labelVi(CallerType value);
QString labelVi(CallReason value);
QString labelVi(CallUrgency value);
QString labelVi(CallAction value);

/** "HH:MM" of @a time; and the time of such a text, invalid when it is not one. */
QString callTimeText(const QTime &time);
QTime callTimeFrom(const QString &text);

} // namespace sr::domain
