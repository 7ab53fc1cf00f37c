#include "Hotline.h"
#include "RecordTypes.h"

#include <QCoreApplication>
#include <QLatin1String>

#include <array>

namespace sr::domain {

namespace {

// One table per enumeration: stable code (resources/sql/sqlite/0014_centre_work.sql checks
// them; never change one), English source label (kHotlineContext) and Vietnamese label.
template<typename E>
struct CodeEntry
{
    E value;
    QLatin1String code;
    const char *label;
    const char *labelVi; ///< UTF-8
};

constexpr std::array<CodeEntry<CallerType>, 5> kCallerTypes{{
    {CallerType::PersonConcerned,
     QLatin1String("person_concerned"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "The person concerned"),
     "Người trong cuộc"},
    {CallerType::Family,
     QLatin1String("family"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Family"),
     "Gia đình"},
    {CallerType::Community,
     QLatin1String("community"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Community"),
     "Cộng đồng"},
    {CallerType::Authority,
     QLatin1String("authority"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Authority"),
     "Cơ quan chức năng"},
    {CallerType::Anonymous,
     QLatin1String("anonymous"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Anonymous"),
     "Giấu tên"},
}};

constexpr std::array<CodeEntry<CallReason>, 6> kReasons{{
    {CallReason::Advice,
     QLatin1String("advice"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Advice"),
     "Cần tư vấn"},
    {CallReason::TraffickingReport,
     QLatin1String("trafficking_report"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Report of suspected trafficking"),
     "Trình báo nghi mua bán người"},
    {CallReason::ViolenceAbuse,
     QLatin1String("violence_abuse"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Violence or abuse"),
     "Bạo lực, xâm hại"},
    {CallReason::EmergencyHelp,
     QLatin1String("emergency_help"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Emergency help"),
     "Cần hỗ trợ khẩn cấp"},
    {CallReason::PolicyInformation,
     QLatin1String("policy_information"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Information on policy"),
     "Tìm hiểu chính sách"},
    {CallReason::Other,
     QLatin1String("other"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Other reason"),
     "Khác"},
}};

constexpr std::array<CodeEntry<CallUrgency>, 3> kUrgencies{{
    {CallUrgency::Normal,
     QLatin1String("normal"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Normal"),
     "Bình thường"},
    {CallUrgency::Urgent,
     QLatin1String("urgent"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Urgent"),
     "Khẩn"},
    {CallUrgency::Emergency,
     QLatin1String("emergency"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Emergency"),
     "Khẩn cấp"},
}};

constexpr std::array<CodeEntry<CallAction>, 7> kActions{{
    {CallAction::Advised,
     QLatin1String("advised"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Advised"),
     "Tư vấn"},
    {CallAction::ReferredPolice,
     QLatin1String("referred_police"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Referred to the police"),
     "Chuyển Công an"},
    {CallAction::ReferredBorderGuard,
     QLatin1String("referred_border_guard"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Referred to the Border Guard"),
     "Chuyển Bộ đội Biên phòng"},
    {CallAction::ReferredHealth,
     QLatin1String("referred_health"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Referred to health services"),
     "Chuyển cơ sở y tế"},
    {CallAction::ReferredCentre,
     QLatin1String("referred_centre"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Referred to the centre"),
     "Chuyển Trung tâm"},
    {CallAction::ShelterAdmitted,
     QLatin1String("shelter_admitted"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Admitted to the shelter"),
     "Tiếp nhận tạm lánh"},
    {CallAction::CaseOpened,
     QLatin1String("case_opened"),
     QT_TRANSLATE_NOOP("sr::domain::Hotline", "Case opened"),
     "Mở hồ sơ hỗ trợ"},
}};

template<typename E, std::size_t N>
const CodeEntry<E> *entryOf(const std::array<CodeEntry<E>, N> &table, E value)
{
    for (const CodeEntry<E> &entry : table) {
        if (entry.value == value)
            return &entry;
    }
    return nullptr;
}

template<typename E, std::size_t N>
std::optional<E> valueOf(const std::array<CodeEntry<E>, N> &table, QStringView code)
{
    for (const CodeEntry<E> &entry : table) {
        if (code.compare(entry.code, Qt::CaseSensitive) == 0)
            return entry.value;
    }
    return std::nullopt;
}

template<typename E, std::size_t N>
QList<E> valuesOf(const std::array<CodeEntry<E>, N> &table)
{
    QList<E> values;
    for (const CodeEntry<E> &entry : table)
        values.append(entry.value);
    return values;
}

template<typename E, std::size_t N>
QStringList codesOf(const std::array<CodeEntry<E>, N> &table)
{
    QStringList codes;
    for (const CodeEntry<E> &entry : table)
        codes.append(QString(entry.code));
    return codes;
}

template<typename E, std::size_t N>
QString codeOf(const std::array<CodeEntry<E>, N> &table, E value)
{
    const CodeEntry<E> *entry = entryOf(table, value);
    return entry ? QString(entry->code) : QString();
}

template<typename E, std::size_t N>
const char *labelOf(const std::array<CodeEntry<E>, N> &table, E value)
{
    const CodeEntry<E> *entry = entryOf(table, value);
    return entry ? entry->label : "";
}

template<typename E, std::size_t N>
QString labelViOf(const std::array<CodeEntry<E>, N> &table, E value)
{
    const CodeEntry<E> *entry = entryOf(table, value);
    return entry ? QString::fromUtf8(entry->labelVi) : QString();
}

} // namespace

#define SR_HOTLINE_CODES(E, TABLE)                                                                 \
    template<>                                                                                     \
    QString toCode<E>(E value)                                                                     \
    {                                                                                              \
        return codeOf(TABLE, value);                                                               \
    }                                                                                              \
    template<>                                                                                     \
    std::optional<E> fromCode<E>(QStringView code)                                                 \
    {                                                                                              \
        return valueOf(TABLE, code);                                                               \
    }                                                                                              \
    template<>                                                                                     \
    QList<E> allValues<E>()                                                                        \
    {                                                                                              \
        return valuesOf(TABLE);                                                                    \
    }                                                                                              \
    template<>                                                                                     \
    QStringList allCodes<E>()                                                                      \
    {                                                                                              \
        return codesOf(TABLE);                                                                     \
    }                                                                                              \
    const char *label(E value)                                                                     \
    {                                                                                              \
        return labelOf(TABLE, value);                                                              \
    }                                                                                              \
    QString labelVi(E value)                                                                       \
    {                                                                                              \
        return labelViOf(TABLE, value);                                                            \
    }

SR_HOTLINE_CODES(CallerType, kCallerTypes)
SR_HOTLINE_CODES(CallReason, kReasons)
SR_HOTLINE_CODES(CallUrgency, kUrgencies)
SR_HOTLINE_CODES(CallAction, kActions)

#undef SR_HOTLINE_CODES

QString callTimeText(const QTime &time)
{
    return time.isValid() ? time.toString(QStringLiteral("HH:mm")) : QString();
}

QTime callTimeFrom(const QString &text)
{
    if (text.size() != 5)
        return {};
    return QTime::fromString(text, QStringLiteral("HH:mm"));
}

const RecordType<HotlineCall> &hotlineCallRecord()
{
    using C = HotlineCall;
    // A register of its own, as the handover batches (HandoverBatchRecord.cpp): a call belongs
    // to no case, even when it led to one (person_id/reception_id are links, exchanged as the
    // case code and the reception's uuid: exchange/CsvColumns.cpp). Who called and what was
    // said is personal; the rest is the statistics the report counts.
    static const RecordType<HotlineCall> type(
        RecordTypeInfo{
            .table = QStringLiteral("hotline_call"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Hotline call"),
            .sinceSchemaVersion = 14,
            .notice = ChangeKind::Hotline,
            .exchangeName = QStringLiteral("call"),
        },
        {
            date<&C::date>("call_date"),
            text<&C::time>("call_time"),
            integer<&C::durationMinutes>("duration_minutes"),
            text<&C::line>("line"),
            code<&C::callerType>("caller_type").labelled(),
            text<&C::callerName>("caller_name").personal(),
            text<&C::callerPhone>("caller_phone").personal(),
            code<&C::reason>("reason").labelled(),
            code<&C::sex>("sex"),
            code<&C::ageBand>("age_band"),
            optionalText<&C::provinceCode>("province_code").exchangedAs("province"),
            code<&C::urgency>("urgency").labelled(),
            codeList<&C::actions>("actions"),
            text<&C::notes>("notes").personal(),
            optionalInt64<&C::personId>("person_id").notExchanged(),
            optionalInt64<&C::receptionId>("reception_id").notExchanged(),
        });
    return type;
}

} // namespace sr::domain
