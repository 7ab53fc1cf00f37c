#include "ReportFormat.h"

#include <QHash>

namespace sr::reports {

namespace {

QString grouped(qint64 value, QChar separator)
{
    const bool negative = value < 0;
    QString digits = QString::number(negative ? -value : value);
    for (qsizetype i = digits.size() - 3; i > 0; i -= 3)
        digits.insert(i, separator);
    return negative ? QLatin1Char('-') + digits : digits;
}

struct Label
{
    const char *en;
    const char *vi;
};

} // namespace

std::optional<Language> languageFromCode(QStringView code)
{
    if (code.compare(QLatin1String("vi"), Qt::CaseInsensitive) == 0)
        return Language::Vietnamese;
    if (code.compare(QLatin1String("en"), Qt::CaseInsensitive) == 0)
        return Language::English;
    return std::nullopt;
}

QString formatCount(qint64 value, Language language)
{
    return grouped(value, language == Language::Vietnamese ? QLatin1Char('.') : QLatin1Char(','));
}

QString formatMoney(qint64 amountVnd, Language language)
{
    if (language == Language::Vietnamese)
        return formatCount(amountVnd, language) + QStringLiteral(" đ");
    return formatCount(amountVnd, language) + QStringLiteral(" VND");
}

QString formatDate(const QDate &date, Language)
{
    return date.toString(QStringLiteral("dd/MM/yyyy"));
}

QString formatRange(const QDate &from, const QDate &to, Language language)
{
    return formatDate(from, language) + QStringLiteral(" – ") + formatDate(to, language);
}

QString reportText(Language language, const char *en, const char *vi)
{
    const QString source = QString::fromUtf8(en);
    if (language == Language::English)
        return source;
    const QString translated = QCoreApplication::translate(reportContext, en);
    return translated != source ? translated : QString::fromUtf8(vi);
}

QString codeLabel(CodeKind kind, const QString &code, Language language)
{
    using Table = QHash<QString, Label>;
    static const Table routes{
        {QStringLiteral("handed_over_at_border"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Handed over at the border"),
          "Trao trả qua cửa khẩu"}},
        {QStringLiteral("self_reported"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Self-reported"), "Tự trình báo"}},
        {QStringLiteral("rescued"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Rescued"), "Được giải cứu"}},
        {QStringLiteral("via_mission_abroad"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Via a mission abroad"),
          "Qua cơ quan đại diện ở nước ngoài"}},
        {QStringLiteral("reported_by_family"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Reported by the family"),
          "Gia đình trình báo"}},
        {QStringLiteral("found_in_screening"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Found in screening"),
          "Phát hiện qua sàng lọc"}},
        {QStringLiteral("other"), {QT_TRANSLATE_NOOP("sr::reports::Report", "Other"), "Khác"}},
    };
    static const Table statuses{
        {QStringLiteral("not_verified"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Not verified"), "Chưa xác minh"}},
        {QStringLiteral("pending"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Being identified"),
          "Đang trong quá trình xác định"}},
        {QStringLiteral("confirmed_victim"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Confirmed victim"), "Đã xác định là nạn nhân"}},
        {QStringLiteral("not_a_victim"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Not a victim"),
          "Xác định không phải nạn nhân"}},
        {QStringLiteral("undetermined"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Undetermined"), "Chưa xác định được"}},
    };
    static const Table sexes{
        {QStringLiteral("male"), {QT_TRANSLATE_NOOP("sr::reports::Report", "Male"), "Nam"}},
        {QStringLiteral("female"), {QT_TRANSLATE_NOOP("sr::reports::Report", "Female"), "Nữ"}},
        {QStringLiteral("unknown"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Sex unknown"), "Chưa rõ giới tính"}},
    };
    static const Table bands{
        {QStringLiteral("under_1"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "under 1"), "dưới 1 tuổi"}},
        {QStringLiteral("1_5"), {QT_TRANSLATE_NOOP("sr::reports::Report", "1–5"), "1–5 tuổi"}},
        {QStringLiteral("6_11"), {QT_TRANSLATE_NOOP("sr::reports::Report", "6–11"), "6–11 tuổi"}},
        {QStringLiteral("12_15"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "12–15"), "12–15 tuổi"}},
        {QStringLiteral("16_17"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "16–17"), "16–17 tuổi"}},
        {QStringLiteral("18_plus"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "18 and over"), "từ 18 tuổi"}},
        {QStringLiteral("unknown"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "age unknown"), "chưa rõ tuổi"}},
    };
    static const Table outcomes{
        {QStringLiteral("handed_over_to_family"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Handed over to the family"),
          "Bàn giao về gia đình"}},
        {QStringLiteral("returned_home"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Returned to the home locality"),
          "Trở về địa phương"}},
        {QStringLiteral("transferred"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Transferred"), "Chuyển tuyến"}},
        {QStringLiteral("other"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Closed, other outcome"),
          "Kết thúc, kết quả khác"}},
        {QStringLiteral("open"),
         {QT_TRANSLATE_NOOP("sr::reports::Report", "Still open"), "Đang hỗ trợ"}},
    };
    const Table *table = nullptr;
    switch (kind) {
    case CodeKind::Route:
        table = &routes;
        break;
    case CodeKind::IdentificationStatus:
        table = &statuses;
        break;
    case CodeKind::Sex:
        table = &sexes;
        break;
    case CodeKind::AgeBand:
        table = &bands;
        break;
    case CodeKind::Outcome:
        table = &outcomes;
        break;
    }
    const auto it = table->constFind(code);
    if (it == table->constEnd())
        return code;
    return reportText(language, it->en, it->vi);
}

} // namespace sr::reports
