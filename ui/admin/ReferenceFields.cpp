#include "ui/admin/ReferenceFields.h"

#include "ui/case/CaseFields.h"

#include <QLabel>
#include <QWidget>

namespace sr::ui {

QString ReferenceFields::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("code"), QT_TR_NOOP("Code")},
        {QStringLiteral("name"), QT_TR_NOOP("Name")},
        {QStringLiteral("name_vi"), QT_TR_NOOP("Name")},
        {QStringLiteral("name_en"), QT_TR_NOOP("English name")},
        {QStringLiteral("province_code"), QT_TR_NOOP("Province")},
        {QStringLiteral("country_code"), QT_TR_NOOP("Neighbouring country")},
        {QStringLiteral("default_amount_vnd"), QT_TR_NOOP("Default amount")},
        {QStringLiteral("sort_order"), QT_TR_NOOP("Order in lists")},
        {QStringLiteral("archive_reason"), QT_TR_NOOP("Reason for archiving")},
        {QStringLiteral("org_name"), QT_TR_NOOP("Name of the organisation")},
        {QStringLiteral("org_parent_name"), QT_TR_NOOP("Body above it")},
        {QStringLiteral("org_province_code"), QT_TR_NOOP("Province")},
        {QStringLiteral("org_address"), QT_TR_NOOP("Address")},
        {QStringLiteral("org_place"), QT_TR_NOOP("Place in the date line")},
        {QStringLiteral("case_code_prefix"), QT_TR_NOOP("Case code prefix")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

QString ReferenceFields::message(const domain::FieldError &error)
{
    const QString field = fieldLabel(error.field);
    switch (error.code) {
    case domain::ValidationCode::Required:
        return tr("%1 is required: fill it in.").arg(field);
    case domain::ValidationCode::InvalidFormat:
        if (error.field == QLatin1String("code"))
            return tr("%1: use lower-case letters without accents, digits and \"_\" only, e.g. "
                      "\"ka_long\".")
                .arg(field);
        if (error.field == QLatin1String("country_code"))
            return tr("%1: choose a country from the list.").arg(field);
        if (error.field == QLatin1String("case_code_prefix"))
            return tr("%1: use capital letters without accents (digits after the first "
                      "letter), at most 10, e.g. \"QN\".")
                .arg(field);
        if (error.field == QLatin1String("default_amount_vnd"))
            return tr("%1: type a whole number of đồng, e.g. 1500000 or 1.500.000.").arg(field);
        return tr("%1 is not in the expected form: check what was typed.").arg(field);
    case domain::ValidationCode::Negative:
        return tr("%1 cannot be negative.").arg(field);
    case domain::ValidationCode::TooLong:
        return tr("%1 is too long: shorten it.").arg(field);
    case domain::ValidationCode::Inconsistent:
        if (error.field == QLatin1String("code"))
            return tr("%1 of a saved entry cannot be changed: records refer to it. Archive the "
                      "entry and add a new one instead.")
                .arg(field);
        return tr("%1 does not agree with the other fields: check them.").arg(field);
    case domain::ValidationCode::InvalidDate:
    case domain::ValidationCode::InFuture:
    case domain::ValidationCode::BeforeBirth:
    case domain::ValidationCode::BeforeReception:
    case domain::ValidationCode::OutOfRange:
        break;
    }
    return tr("%1 is not valid.").arg(field);
}

QString ReferenceFields::markErrors(const QHash<QString, QWidget *> &fields,
                                    const domain::FieldErrors &errors)
{
    for (QWidget *field : fields)
        CaseFields::markInvalid(field, QString());
    QStringList lines;
    QWidget *first = nullptr;
    for (const domain::FieldError &error : errors) {
        const QString text = message(error);
        if (!lines.contains(text))
            lines << text;
        if (QWidget *field = fields.value(error.field)) {
            CaseFields::markInvalid(field, text);
            if (!first)
                first = field;
        }
    }
    if (first)
        first->setFocus(Qt::OtherFocusReason);
    return lines.join(QLatin1Char('\n'));
}

void ReferenceFields::showMessage(QLabel *label, const QString &text, bool error)
{
    label->setText(text);
    label->setStyleSheet(error ? QStringLiteral("color: #c42b1c;") : QString());
    label->setVisible(!text.isEmpty());
}

QString ReferenceFields::duplicateCodeMessage()
{
    return tr("This code is already used by another entry (perhaps an archived one): choose "
              "another code.");
}

} // namespace sr::ui
