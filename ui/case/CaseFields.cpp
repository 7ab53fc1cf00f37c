#include "ui/case/CaseFields.h"

#include "messages/FieldMessages.h"
#include "ui/EnumLabels.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHash>
#include <QLocale>
#include <QPlainTextEdit>
#include <QRegularExpression>
#include <QSpinBox>
#include <QStyle>
#include <QWidget>

namespace sr::ui {

std::optional<QDate> CaseFields::parseDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression slashed(
        QStringLiteral("^(\\d{1,2})[/.-](\\d{1,2})[/.-](\\d{4})$"));
    static const QRegularExpression compact(QStringLiteral("^(\\d{2})(\\d{2})(\\d{4})$"));
    QRegularExpressionMatch match = slashed.match(trimmed);
    if (!match.hasMatch())
        match = compact.match(trimmed);
    if (!match.hasMatch())
        return QDate();
    return QDate(match.captured(3).toInt(), match.captured(2).toInt(), match.captured(1).toInt());
}

QString CaseFields::formatDate(const QDate &date)
{
    return date.isValid() ? date.toString(QStringLiteral("dd/MM/yyyy")) : QString();
}

std::optional<domain::PartialDate> CaseFields::parsePartialDate(const QString &text)
{
    const QString trimmed = text.trimmed();
    if (trimmed.isEmpty())
        return std::nullopt;
    static const QRegularExpression yearOnly(QStringLiteral("^(\\d{4})$"));
    static const QRegularExpression monthYear(QStringLiteral("^(\\d{1,2})[/.-](\\d{4})$"));
    if (const auto m = yearOnly.match(trimmed); m.hasMatch())
        return domain::PartialDate::fromYear(m.captured(1).toInt());
    if (const auto m = monthYear.match(trimmed); m.hasMatch()) {
        const int month = m.captured(1).toInt();
        if (month < 1 || month > 12)
            return domain::PartialDate();
        return domain::PartialDate::fromYearMonth(m.captured(2).toInt(), month);
    }
    const std::optional<QDate> full = parseDate(trimmed);
    if (!full || !full->isValid())
        return domain::PartialDate();
    return domain::PartialDate::fromDate(*full);
}

std::optional<qint64> CaseFields::parseMoney(const QString &text)
{
    QString digits = text.trimmed();
    digits.remove(QChar(0x0111)); // đ
    digits.remove(QChar(0x20AB)); // ₫
    digits.remove(QLatin1Char('.'));
    digits.remove(QLatin1Char(','));
    digits.remove(QLatin1Char(' '));
    digits.remove(QChar(0x00A0));
    digits.remove(QChar(0x202F));
    if (digits.isEmpty())
        return std::nullopt;
    bool ok = false;
    const qint64 value = digits.toLongLong(&ok);
    if (!ok)
        return std::nullopt;
    return value;
}

QString CaseFields::formatMoney(qint64 amountVnd)
{
    static const QLocale vietnamese(QLocale::Vietnamese, QLocale::Vietnam);
    return vietnamese.toString(amountVnd) + QStringLiteral(" \u0111");
}

QString CaseFields::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("full_name"), QT_TR_NOOP("Full name")},
        {QStringLiteral("other_names"), QT_TR_NOOP("Other names")},
        {QStringLiteral("birth_date"), QT_TR_NOOP("Date of birth")},
        {QStringLiteral("estimated_age_years"), QT_TR_NOOP("Estimated age")},
        {QStringLiteral("estimated_age_as_of"), QT_TR_NOOP("Estimated age as of")},
        {QStringLiteral("nationality"), QT_TR_NOOP("Nationality")},
        {QStringLiteral("ethnicity"), QT_TR_NOOP("Ethnicity")},
        {QStringLiteral("document_number"), QT_TR_NOOP("Document number")},
        {QStringLiteral("residence_province"), QT_TR_NOOP("Province")},
        {QStringLiteral("residence_commune"), QT_TR_NOOP("Commune")},
        {QStringLiteral("residence_commune_text"), QT_TR_NOOP("Commune")},
        {QStringLiteral("address_line"), QT_TR_NOOP("Address")},
        {QStringLiteral("phone"), QT_TR_NOOP("Phone")},
        {QStringLiteral("family_contact"), QT_TR_NOOP("Family contact")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("reception_date"), QT_TR_NOOP("Reception date")},
        {QStringLiteral("agency_code"), QT_TR_NOOP("Receiving agency")},
        {QStringLiteral("country_code"), QT_TR_NOOP("Returned from")},
        {QStringLiteral("identification_agency_code"), QT_TR_NOOP("Deciding agency")},
        {QStringLiteral("identification_date"), QT_TR_NOOP("Decision date")},
        {QStringLiteral("identification_basis"), QT_TR_NOOP("Basis of the decision")},
        {QStringLiteral("outcome"), QT_TR_NOOP("Outcome")},
        {QStringLiteral("closed_date"), QT_TR_NOOP("Closed on")},
        {QStringLiteral("type_code"), QT_TR_NOOP("Support type")},
        {QStringLiteral("support_date"), QT_TR_NOOP("Support date")},
        {QStringLiteral("provider_agency_code"), QT_TR_NOOP("Provider")},
        {QStringLiteral("amount_vnd"), QT_TR_NOOP("Amount")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity / days")},
        {QStringLiteral("follow_up_date"), QT_TR_NOOP("Follow-up date")},
        {QStringLiteral("case_status"), QT_TR_NOOP("Case status")},
        // The support plan and its approvals (ui/case/PlanPanel.h).
        {QStringLiteral("area"), QT_TR_NOOP("Area")},
        {QStringLiteral("goal"), QT_TR_NOOP("Goal")},
        {QStringLiteral("actions"), QT_TR_NOOP("Planned actions")},
        {QStringLiteral("target_date"), QT_TR_NOOP("Target date")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("review_notes"), QT_TR_NOOP("Review notes")},
        {QStringLiteral("request_note"), QT_TR_NOOP("Note")},
        {QStringLiteral("decision_comment"), QT_TR_NOOP("Comment")},
        {QStringLiteral("plan_goal"), QT_TR_NOOP("Goals of the plan")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

QString CaseFields::message(const domain::FieldError &error)
{
    return messages::FieldMessages::message(error, fieldLabel(error.field));
}

QString CaseFields::label(domain::FollowUpKind kind)
{
    switch (kind) {
    case domain::FollowUpKind::HomeVisit:
        return tr("Home visit");
    case domain::FollowUpKind::PhoneCall:
        return tr("Phone call");
    case domain::FollowUpKind::OfficeVisit:
        return tr("Visit to the office");
    case domain::FollowUpKind::Other:
        return tr("Other");
    }
    return {};
}

QString CaseFields::label(domain::ReintegrationStatus status)
{
    switch (status) {
    case domain::ReintegrationStatus::Stable:
        return tr("Stable");
    case domain::ReintegrationStatus::NeedsSupport:
        return tr("Needs support");
    case domain::ReintegrationStatus::NotApplicable:
        return tr("Not applicable");
    case domain::ReintegrationStatus::Unknown:
        return tr("Unknown");
    }
    return {};
}

QString CaseFields::label(domain::ExploitationForm form)
{
    return EnumLabels::label(form);
}

void CaseFields::markInvalid(QWidget *widget, const QString &message)
{
    if (!widget)
        return;
    const bool invalid = !message.isEmpty();
    const bool wasInvalid = widget->property("invalid").toBool();
    if (wasInvalid == invalid && (!invalid || widget->toolTip() == message))
        return;
    // The field's own tooltip (a hint on what to type) comes back when the mark goes.
    if (invalid && !wasInvalid)
        widget->setProperty("unmarkedToolTip", widget->toolTip());
    widget->setProperty("invalid", invalid);
    widget->setToolTip(invalid ? message : widget->property("unmarkedToolTip").toString());
    widget->setStyleSheet(invalid ? QStringLiteral("border: 2px solid #c42b1c;") : QString());
}

bool CaseFields::isMarkedInvalid(const QWidget *widget)
{
    return widget && widget->property("invalid").toBool();
}

void CaseFields::onChange(QWidget *widget, QObject *context, const std::function<void()> &changed)
{
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        QObject::connect(line, &QLineEdit::textChanged, context, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        QObject::connect(combo, &QComboBox::currentIndexChanged, context, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        QObject::connect(check, &QCheckBox::toggled, context, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        QObject::connect(spin, &QSpinBox::valueChanged, context, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        QObject::connect(text, &QPlainTextEdit::textChanged, context, changed);
}

domain::FieldErrors CaseFields::stillMarked(const QHash<QString, QWidget *> &fields,
                                            const domain::FieldErrors &now)
{
    domain::FieldErrors still;
    for (const domain::FieldError &error : now) {
        if (isMarkedInvalid(fields.value(error.field)))
            still.append(error);
    }
    return still;
}

DateLineEdit::DateLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setPlaceholderText(CaseFields::tr("dd/mm/yyyy"));
    setMaxLength(10);
    setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("00/00/00000")) + 24);
}

QDate DateLineEdit::date() const
{
    const std::optional<QDate> parsed = CaseFields::parseDate(text());
    return parsed ? *parsed : QDate();
}

bool DateLineEdit::isBlank() const
{
    return text().trimmed().isEmpty();
}

bool DateLineEdit::isMalformed() const
{
    return !isBlank() && !date().isValid();
}

void DateLineEdit::setDate(const QDate &date)
{
    setText(CaseFields::formatDate(date));
}

void DateLineEdit::focusOutEvent(QFocusEvent *event)
{
    // Only a readable date is rewritten: what cannot be read stays as typed, to be corrected.
    if (const QDate typed = date(); typed.isValid() && text() != CaseFields::formatDate(typed))
        setText(CaseFields::formatDate(typed));
    QLineEdit::focusOutEvent(event);
}

MoneyLineEdit::MoneyLineEdit(QWidget *parent)
    : QLineEdit(parent)
{
    setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    setPlaceholderText(QStringLiteral("0 \u0111"));
}

std::optional<qint64> MoneyLineEdit::amount() const
{
    return CaseFields::parseMoney(text());
}

bool MoneyLineEdit::isMalformed() const
{
    QString typed = text().trimmed();
    if (typed.startsWith(QLatin1Char('-')))
        return false; // a negative amount is reported by the domain's validation
    return !typed.isEmpty() && !amount();
}

void MoneyLineEdit::setAmount(qint64 amountVnd)
{
    setText(CaseFields::formatMoney(amountVnd));
}

void MoneyLineEdit::focusOutEvent(QFocusEvent *event)
{
    if (const std::optional<qint64> value = amount())
        setAmount(*value);
    QLineEdit::focusOutEvent(event);
}

} // namespace sr::ui
