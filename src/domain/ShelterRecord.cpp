#include "RecordTypes.h"
#include "Shelter.h"

#include <QCoreApplication>

#include <algorithm>

// The shelter reference lists and the stay record (resources/sql/sqlite/0014_centre_work.sql).
namespace sr::domain {

const RecordType<Shelter> &shelterRecord()
{
    using S = Shelter;
    static const RecordType<Shelter> type(
        RecordTypeInfo{
            .table = QStringLiteral("shelter"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Shelter"),
            .sinceSchemaVersion = 14,
            .notice = ChangeKind::Reference,
        },
        {
            text<&S::code>("code"),
            text<&S::nameVi>("name_vi"),
            text<&S::nameEn>("name_en"),
            integer<&S::sortOrder>("sort_order"),
        });
    return type;
}

const RecordType<ShelterRoom> &shelterRoomRecord()
{
    using R = ShelterRoom;
    static const RecordType<ShelterRoom> type(
        RecordTypeInfo{
            .table = QStringLiteral("shelter_room"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Shelter room"),
            .sinceSchemaVersion = 14,
            .notice = ChangeKind::Reference,
        },
        {
            text<&R::code>("code"),
            text<&R::shelterCode>("shelter_code"),
            text<&R::nameVi>("name_vi"),
            text<&R::nameEn>("name_en"),
            integer<&R::capacity>("capacity"),
            integer<&R::sortOrder>("sort_order"),
        });
    return type;
}

const RecordType<ShelterStay> &shelterStayRecord()
{
    using S = ShelterStay;
    // A record of a reception (the case filter of the audit log follows it); its own change
    // notice, so the shelter board refreshes without reloading the case list.
    static const RecordType<ShelterStay> type(
        RecordTypeInfo{
            .table = QStringLiteral("shelter_stay"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Shelter stay"),
            .parentTable = QStringLiteral("reception"),
            .parentColumn = QStringLiteral("reception_id"),
            .sinceSchemaVersion = 14,
            .notice = ChangeKind::Shelter,
            .exchangeName = QStringLiteral("stay"),
        },
        {
            int64<&S::receptionId>("reception_id").notExchanged(),
            text<&S::roomCode>("room_code").exchangedAs("room"),
            date<&S::admitted>("admitted_date"),
            date<&S::left>("left_date"),
            text<&S::leavingReason>("leaving_reason"),
            date<&S::supportsThrough>("supports_through"),
            text<&S::notes>("notes").personal(),
        });
    return type;
}

QStringList leavingReasonCodes()
{
    return {QStringLiteral("handed_over_to_family"),
            QStringLiteral("returned_home"),
            QStringLiteral("transferred"),
            QStringLiteral("moved_room"),
            QStringLiteral("other")};
}

QString leavingReasonLabel(const QString &code)
{
    static const struct
    {
        const char *code;
        const char *label;
    } labels[] = {
        {"handed_over_to_family",
         QT_TRANSLATE_NOOP("sr::domain::Shelter", "Handed over to family")},
        {"returned_home", QT_TRANSLATE_NOOP("sr::domain::Shelter", "Returned to home locality")},
        {"transferred",
         QT_TRANSLATE_NOOP("sr::domain::Shelter", "Transferred to another facility")},
        {"moved_room", QT_TRANSLATE_NOOP("sr::domain::Shelter", "Moved to another room")},
        {"other", QT_TRANSLATE_NOOP("sr::domain::Shelter", "Other")},
    };
    for (const auto &entry : labels) {
        if (code == QLatin1String(entry.code))
            return QCoreApplication::translate("sr::domain::Shelter", entry.label);
    }
    return code;
}

qint64 shelterDaysWithin(const ShelterStay &stay, const QDate &from, const QDate &to)
{
    if (!stay.admitted.isValid() || !from.isValid() || !to.isValid())
        return 0;
    const QDate first = std::max(stay.admitted, from);
    // The last day covered: the day before leaving, or the end of the range while staying.
    const QDate last = stay.left.isValid() ? std::min(stay.left.addDays(-1), to) : to;
    return last < first ? 0 : first.daysTo(last) + 1;
}

} // namespace sr::domain
