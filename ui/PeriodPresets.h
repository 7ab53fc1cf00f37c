#pragma once

#include "domain/Period.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QObject;
class QWidget;

namespace sr::ui {

/** Period presets of the report window and the export dialog, relative to today. */
enum class PeriodPreset {
    ThisMonth,
    LastMonth,
    ThisQuarter,
    LastQuarter,
    ThisHalfYear,
    LastHalfYear,
    ThisYear,
    LastYear,
    Custom,
};

class PeriodPresets
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::PeriodPresets)

public:
    /** The period of @a preset on @a today (Custom: last year, to start from). */
    static domain::Period period(PeriodPreset preset, const QDate &today);
    /** Adds every preset to @a combo, with its label, the preset (int) as data. */
    static void fill(QComboBox *combo);
};

/**
 * The period fields of the report window and the export dialog: a preset and the from and to
 * dates, which show the preset's period and are typed in only for a custom one.
 */
struct PeriodFields
{
    QComboBox *presetCombo = nullptr;
    QDateEdit *fromEdit = nullptr;
    QDateEdit *toEdit = nullptr;

    /** The three widgets, children of @a parent, the presets filled in. */
    static PeriodFields create(QWidget *parent);

    PeriodPreset preset() const;
    /** Selects @a preset; @a reapply runs when it was selected already (no signal then). */
    void select(PeriodPreset preset, const std::function<void()> &reapply) const;
    /** Selects the custom preset with the dates @a from and @a to (their signals emitted). */
    void
    selectCustom(const QDate &from, const QDate &to, const std::function<void()> &reapply) const;
    /** The from – to row of a form: the two dates with a dash (a child of @a parent) between. */
    QHBoxLayout *dateRow(QWidget *parent) const;
    /** Enables the dates for a custom period (unless @a locked), else shows the preset's dates
     * on today with their signals blocked. */
    void followPreset(bool locked = false) const;
    /** Enables the dates when the preset is custom and nothing is @a locked. */
    void enableDates(bool locked) const;
    /** The typed dates as a period: an error when it ends before it starts. */
    Result<domain::Period> period() const;
};

/**
 * The "between" filter of a list of records (the main window's cases, the handover register): a
 * check box that enables a from and a to date, first 1 January of this year and today.
 */
struct PeriodFilter
{
    QCheckBox *check = nullptr;
    QDateEdit *fromEdit = nullptr;
    QDateEdit *toEdit = nullptr;

    /**
     * The check box labelled @a label, a child of @a parent, and the dates, children of
     * @a datesParent; @a changed runs (in @a context) when the box is toggled or a date changes.
     */
    static PeriodFilter create(const QString &label,
                               QWidget *parent,
                               QWidget *datesParent,
                               QObject *context,
                               const std::function<void()> &changed);
};

} // namespace sr::ui
