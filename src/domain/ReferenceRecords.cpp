#include "RecordTypes.h"

#include <QCoreApplication>

// The editable reference lists: versioned and audited like the records, but no case records
// (no delete guard, no case); they are not in recordTypes().
namespace sr::domain {

const RecordType<Agency> &agencyRecord()
{
    using A = Agency;
    static const RecordType<Agency> type(
        RecordTypeInfo{
            .table = QStringLiteral("agency"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Agency"),
            .notice = ChangeKind::Reference,
        },
        {
            text<&A::code>("code"),
            text<&A::name>("name"),
            text<&A::nameEn>("name_en"),
            code<&A::kind>("kind"),
            text<&A::provinceCode>("province_code"),
            boolean<&A::historical>("historical"),
        });
    return type;
}

const RecordType<BorderGate> &borderGateRecord()
{
    using G = BorderGate;
    static const RecordType<BorderGate> type(
        RecordTypeInfo{
            .table = QStringLiteral("border_gate"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Border gate"),
            .notice = ChangeKind::Reference,
        },
        {
            text<&G::code>("code"),
            text<&G::name>("name"),
            text<&G::nameEn>("name_en"),
            optionalText<&G::countryCode>("country_code"),
        });
    return type;
}

const RecordType<SupportType> &supportTypeRecord()
{
    using T = SupportType;
    static const RecordType<SupportType> type(
        RecordTypeInfo{
            .table = QStringLiteral("support_type"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Support type"),
            .notice = ChangeKind::Reference,
        },
        {
            text<&T::code>("code"),
            text<&T::nameVi>("name_vi"),
            text<&T::nameEn>("name_en"),
            int64<&T::defaultAmountVnd>("default_amount_vnd"),
            int64<&T::perDayAmountVnd>("per_day_amount_vnd"),
            boolean<&T::legalRegime>("legal_regime"),
            integer<&T::sortOrder>("sort_order"),
        });
    return type;
}

const RecordType<TaskRule> &taskRuleRecord()
{
    using R = TaskRule;
    static const RecordType<TaskRule> type(
        RecordTypeInfo{
            .table = QStringLiteral("task_rule"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Task rule"),
            .sinceSchemaVersion = 9,
            .notice = ChangeKind::Reference,
        },
        {
            text<&R::code>("code"),
            text<&R::nameVi>("name_vi"),
            text<&R::nameEn>("name_en"),
            code<&R::kind>("kind"),
            integer<&R::offsetMonths>("offset_months"),
            integer<&R::offsetDays>("offset_days"),
            integer<&R::lapseDays>("lapse_days"),
        });
    return type;
}

const RecordType<AttachmentType> &attachmentTypeRecord()
{
    using D = AttachmentType;
    static const RecordType<AttachmentType> type(
        RecordTypeInfo{
            .table = QStringLiteral("attachment_type"),
            .label = QT_TRANSLATE_NOOP("sr::domain::RecordType", "Attachment type"),
            .sinceSchemaVersion = 13,
            .notice = ChangeKind::Reference,
        },
        {
            text<&D::code>("code"),
            text<&D::nameVi>("name_vi"),
            text<&D::nameEn>("name_en"),
            integer<&D::sortOrder>("sort_order"),
        });
    return type;
}

const QList<const RecordTypeInfo *> &referenceListTypes()
{
    static const QList<const RecordTypeInfo *> types{
        &agencyRecord(),
        &borderGateRecord(),
        &supportTypeRecord(),
        &taskRuleRecord(),
        &attachmentTypeRecord(),
        &shelterRecord(),
        &shelterRoomRecord(),
    };
    return types;
}

} // namespace sr::domain
