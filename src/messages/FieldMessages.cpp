#include "FieldMessages.h"

#include <initializer_list>

namespace sr::messages {

namespace {

bool isAny(const QString &field, std::initializer_list<QLatin1String> names)
{
    for (const QLatin1String &name : names) {
        if (field == name)
            return true;
    }
    return false;
}

} // namespace

QString FieldMessages::message(const domain::FieldError &error, const QString &label)
{
    using domain::ValidationCode;
    const QString &field = error.field;
    switch (error.code) {
    case ValidationCode::Required:
        if (field == QLatin1String("batch_date"))
            return QCoreApplication::translate("sr::ui::BatchEditor",
                                               "%1 is required: type it as dd/mm/yyyy.")
                .arg(label);
        // A record with no meaningful content (domain::validateBatch, validateFollowUp).
        if (field == QLatin1String("persons_total"))
            return QCoreApplication::translate("sr::ui::BatchEditor",
                                               "%1: a handover has at least one person; enter "
                                               "how many were handed over.")
                .arg(label);
        // A plan submitted for approval without any goal (services/ApprovalService.h).
        if (field == QLatin1String("plan_goal"))
            return tr("The plan has no goal yet: add at least one goal, then submit it.");
        if (field == QLatin1String("title"))
            return QCoreApplication::translate("sr::ui::TaskDialog",
                                               "%1 is required: say what is to be done.")
                .arg(label);
        if (field == QLatin1String("due_date"))
            return QCoreApplication::translate("sr::ui::TaskDialog",
                                               "%1 is required: type it as dd/mm/yyyy.")
                .arg(label);
        if (field == QLatin1String("reason"))
            return QCoreApplication::translate("sr::ui::TaskDialog",
                                               "%1 is required: say why the task is cancelled.")
                .arg(label);
        if (field == QLatin1String("notes"))
            return tr("A follow-up records what was found: choose the situation of at least "
                      "one area (health, housing, work, schooling) or write it in %1.")
                .arg(label);
        return tr("%1 is required: fill it in.").arg(label);
    case ValidationCode::InvalidFormat:
        if (field == QLatin1String("document_number"))
            return tr("%1: a CCCD number has exactly 12 digits.").arg(label);
        if (isAny(field, {QLatin1String("amount_vnd"), QLatin1String("default_amount_vnd")}))
            return tr("%1: type a whole number of đồng, e.g. 1500000 or 1.500.000.").arg(label);
        if (field == QLatin1String("code"))
            return QCoreApplication::translate("sr::ui::ReferenceFields",
                                               "%1: use lower-case letters without accents, "
                                               "digits and \"_\" only, e.g. \"ka_long\".")
                .arg(label);
        if (field == QLatin1String("country_code"))
            return QCoreApplication::translate("sr::ui::ReferenceFields",
                                               "%1: choose a country from the list.")
                .arg(label);
        if (field == QLatin1String("case_code_prefix"))
            return QCoreApplication::translate(
                       "sr::ui::ReferenceFields",
                       "%1: use capital letters without accents (digits after the first "
                       "letter), at most 10, e.g. \"QN\".")
                .arg(label);
        return tr("%1 is not in the expected form: check what was typed.").arg(label);
    case ValidationCode::InvalidDate:
        // Full dates only (a handover, a goal's target date): no partial forms to suggest.
        if (isAny(field, {QLatin1String("batch_date"), QLatin1String("target_date")}))
            return QCoreApplication::translate("sr::ui::BatchEditor",
                                               "%1 is not a valid date: type it as dd/mm/yyyy.")
                .arg(label);
        return tr("%1 is not a valid date: type it as dd/mm/yyyy (or mm/yyyy, or the year "
                  "only for a birth date).")
            .arg(label);
    case ValidationCode::InFuture:
        return tr("%1 is in the future: enter a date up to today.").arg(label);
    case ValidationCode::BeforeBirth:
        return tr("%1 is before the person's date of birth: check both dates.").arg(label);
    case ValidationCode::BeforeReception:
        return tr("%1 is before the reception date: check both dates.").arg(label);
    case ValidationCode::Negative:
        return tr("%1 cannot be negative.").arg(label);
    case ValidationCode::OutOfRange:
        if (field == QLatin1String("offset_months"))
            return QCoreApplication::translate("sr::ui::ReferenceFields",
                                               "%1: enter a number of months from 0 to 120.")
                .arg(label);
        if (field == QLatin1String("offset_days") || field == QLatin1String("lapse_days"))
            return QCoreApplication::translate("sr::ui::ReferenceFields",
                                               "%1: enter a number of days from 0 to 3650.")
                .arg(label);
        return tr("%1 is out of the allowed range.").arg(label);
    case ValidationCode::Inconsistent:
        // Shelter stays (services/ShelterService.h): the refusals of the write transaction.
        if (field == QLatin1String("room_code"))
            return QCoreApplication::translate(
                       "sr::ui::ShelterFields",
                       "%1 is full on a day of this stay: choose another room, or let a "
                       "person leave it first.")
                .arg(label);
        if (field == QLatin1String("admitted_date"))
            return QCoreApplication::translate(
                       "sr::ui::ShelterFields",
                       "%1: the person already stays in a shelter on one of these days. Record "
                       "the leaving of that stay first, or change the dates.")
                .arg(label);
        if (field == QLatin1String("left_date"))
            return QCoreApplication::translate("sr::ui::ShelterFields",
                                               "%1 is before the admission date: check both dates.")
                .arg(label);
        if (field == QLatin1String("supports_through"))
            return QCoreApplication::translate(
                "sr::ui::ShelterFields",
                "Every shelter day of this stay is already recorded as an essential-needs "
                "support: there is nothing to add.");
        if (field == QLatin1String("outcome"))
            return tr("%1: a closed case needs an outcome; an open case has none.").arg(label);
        if (field == QLatin1String("assigned_user_id"))
            return QCoreApplication::translate(
                       "sr::ui::TaskDialog",
                       "%1: choose an active account that is not a viewer, or nobody.")
                .arg(label);
        if (field == QLatin1String("offset_days"))
            return QCoreApplication::translate(
                       "sr::ui::ReferenceFields",
                       "%1: a follow-up after a handover needs a delay: enter months or days "
                       "(not both 0).")
                .arg(label);
        if (field == QLatin1String("code"))
            return QCoreApplication::translate(
                       "sr::ui::ReferenceFields",
                       "%1 of a saved entry cannot be changed: records refer to it. Archive the "
                       "entry and add a new one instead.")
                .arg(label);
        // The parts of a handover batch may not exceed its whole (domain::validateBatch).
        if (isAny(field, {QLatin1String("persons_male"), QLatin1String("persons_female")}))
            return QCoreApplication::translate(
                "sr::ui::BatchEditor",
                "Male and female together are more than the persons handed over: check "
                "the three numbers.");
        if (field == QLatin1String("classified"))
            return QCoreApplication::translate(
                "sr::ui::BatchEditor",
                "Persons verified are entered but the handover is not marked as classified "
                "and verified: tick the box or set the number to 0.");
        if (isAny(field,
                  {QLatin1String("persons_children"),
                   QLatin1String("persons_verified"),
                   QLatin1String("victims_identified")}))
            return QCoreApplication::translate("sr::ui::BatchEditor",
                                               "%1 cannot be more than the persons handed over.")
                .arg(label);
        return tr("%1 does not agree with the other fields: check them.").arg(label);
    case ValidationCode::TooLong:
        return tr("%1 is too long: shorten it.").arg(label);
    case ValidationCode::NotAChoice:
        return tr("%1: choose one of the values in the list.").arg(label);
    case ValidationCode::NeedsApproval:
        // A social worker closing a case while the organisation requires approvals
        // (services/ApprovalService.h): the way that works is the request, named by its button.
        return tr("%1: closing a case needs a manager's approval. Leave the case open and use "
                  "\"Request closure…\" on the Plan tab.")
            .arg(label);
    }
    return tr("%1 is not valid.").arg(label);
}

} // namespace sr::messages
