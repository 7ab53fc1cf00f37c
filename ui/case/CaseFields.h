#pragma once

#include "domain/Enums.h"
#include "domain/PartialDate.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLineEdit>
#include <QString>

#include <functional>
#include <optional>

class QWidget;

namespace sr::ui {

/**
 * Small pieces shared by the case editor's sections: typed dates, money and field labels. The
 * wording of validation errors is messages::FieldMessages (src/messages), shared by every form.
 */
class CaseFields
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::CaseFields)

public:
    /** "dd/MM/yyyy" (or "ddMMyyyy"); nothing when blank; an invalid QDate when malformed. */
    static std::optional<QDate> parseDate(const QString &text);
    static QString formatDate(const QDate &date);

    /** "dd/MM/yyyy", "MM/yyyy" or "yyyy"; nothing when blank; null PartialDate when malformed. */
    static std::optional<domain::PartialDate> parsePartialDate(const QString &text);

    /** "1500000", "1.500.000", "1,500,000 đ" → 1500000; nothing when blank or not a number. */
    static std::optional<qint64> parseMoney(const QString &text);
    /** "1.500.000 đ" (Vietnamese grouping whatever the UI language). */
    static QString formatMoney(qint64 amountVnd);

    /** Label of a field (database column name) as forms show it. */
    static QString fieldLabel(const QString &column);
    /** What is wrong with a field: messages::FieldMessages, with the case editor's label. */
    static QString message(const domain::FieldError &error);

    static QString label(domain::FollowUpKind kind);
    static QString label(domain::ReintegrationStatus status);
    static QString label(domain::ExploitationForm form);

    /** Marks @a widget as invalid (red frame, tooltip @a message) or clears the mark (empty). */
    static void markInvalid(QWidget *widget, const QString &message);
    static bool isMarkedInvalid(const QWidget *widget);
    /**
     * Calls @a changed (in @a context) whenever the user changes @a widget: a line edit, combo
     * box, check box, spin box or plain text edit (other widgets are ignored).
     */
    static void onChange(QWidget *widget, QObject *context, const std::function<void()> &changed);
    /**
     * The marks still due after an edit: the errors of @a now (the form validated again) whose
     * field is marked in @a fields. A form re-marks with these as the user types, so that a mark
     * goes as soon as its field is valid and no new mark appears before the next save.
     */
    static domain::FieldErrors stillMarked(const QHash<QString, QWidget *> &fields,
                                           const domain::FieldErrors &now);
};

/** A line edit for a date typed as dd/MM/yyyy (blank allowed). */
class DateLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit DateLineEdit(QWidget *parent = nullptr);

    /** The typed date; invalid when blank or malformed. */
    QDate date() const;
    bool isBlank() const;
    /** True when something is typed that is not a date. */
    bool isMalformed() const;
    void setDate(const QDate &date);

protected:
    /** Shows a date typed as "15032008" or "1/3/2008" as "15/03/2008" when the field is left. */
    void focusOutEvent(QFocusEvent *event) override;
};

/** A line edit for an amount in đồng; shows "1.500.000 đ" when it loses focus. */
class MoneyLineEdit : public QLineEdit
{
    Q_OBJECT

public:
    explicit MoneyLineEdit(QWidget *parent = nullptr);

    /** The amount; nothing when blank or malformed. */
    std::optional<qint64> amount() const;
    bool isMalformed() const;
    void setAmount(qint64 amountVnd);

protected:
    void focusOutEvent(QFocusEvent *event) override;
};

} // namespace sr::ui
