#include "ui/admin/ReferenceFields.h"

#include "messages/FieldMessages.h"
#include "ui/case/CaseFields.h"

#include <QLabel>
#include <QSet>
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
        {QStringLiteral("per_day_amount_vnd"), QT_TR_NOOP("Amount per shelter day")},
        {QStringLiteral("sort_order"), QT_TR_NOOP("Order in lists")},
        {QStringLiteral("kind"), QT_TR_NOOP("Made when")},
        {QStringLiteral("offset_months"), QT_TR_NOOP("Months")},
        {QStringLiteral("offset_days"), QT_TR_NOOP("Days")},
        {QStringLiteral("lapse_days"), QT_TR_NOOP("Lapsed after")},
        {QStringLiteral("archive_reason"), QT_TR_NOOP("Reason for archiving")},
        {QStringLiteral("org_name"), QT_TR_NOOP("Name of the organisation")},
        {QStringLiteral("org_parent_name"), QT_TR_NOOP("Body above it")},
        {QStringLiteral("org_province_code"), QT_TR_NOOP("Province")},
        {QStringLiteral("org_address"), QT_TR_NOOP("Address")},
        {QStringLiteral("org_place"), QT_TR_NOOP("Place in the date line")},
        {QStringLiteral("case_code_prefix"), QT_TR_NOOP("Case code prefix")},
        {QStringLiteral("org_abbreviation"), QT_TR_NOOP("Abbreviation")},
        {QStringLiteral("org_head_title"), QT_TR_NOOP("Title of the head")},
        {QStringLiteral("org_deputy_title"), QT_TR_NOOP("Title of the deputy")},
        {QStringLiteral("org_signer_name"), QT_TR_NOOP("Name of the signer")},
        {QStringLiteral("org_recipients"), QT_TR_NOOP("Recipients")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

QString ReferenceFields::message(const domain::FieldError &error)
{
    return messages::FieldMessages::message(error, fieldLabel(error.field));
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

void ReferenceFields::recheckWhenEdited(QWidget *form,
                                        const QHash<QString, QWidget *> &fields,
                                        QLabel *message,
                                        const std::function<domain::FieldErrors()> &validate)
{
    auto recheck = [fields, message, validate] {
        bool marked = false;
        for (const QWidget *field : fields)
            marked = marked || CaseFields::isMarkedInvalid(field);
        if (!marked)
            return;
        const domain::FieldErrors still = CaseFields::stillMarked(fields, validate());
        for (QWidget *field : fields)
            CaseFields::markInvalid(field, QString());
        QStringList lines;
        for (const domain::FieldError &error : still) {
            const QString text = ReferenceFields::message(error);
            if (!lines.contains(text))
                lines << text;
            CaseFields::markInvalid(fields.value(error.field), text);
        }
        showMessage(message, lines.join(QLatin1Char('\n')), true);
    };
    QSet<QWidget *> watched;
    for (QWidget *field : fields) {
        if (!watched.contains(field))
            CaseFields::onChange(field, form, recheck);
        watched.insert(field);
    }
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
