#pragma once

#include "domain/Period.h"

#include <QCoreApplication>
#include <QDate>

#include <functional>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QHBoxLayout;
class QSpinBox;
class QObject;
class QWidget;

namespace sr::ui {

/**
 * Period presets of the report window and the export dialog. The combo lists the calendar
 * periods managers report on, in the words of their reports (tháng, quý I–IV, 6 tháng đầu năm,
 * 6 tháng cuối năm, 9 tháng, cả năm) for a chosen year; the relative presets (this quarter, last
 * half-year…) select one of them with its year. Each can be shifted to the statistical
 * cut-off of Decree 09/2019/NĐ-CP (docs/domain-guide.md, "Report periods").
 */
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
    Quarter1,
    Quarter2,
    Quarter3,
    Quarter4,
    FirstHalf,
    SecondHalf,
    NineMonths,
    WholeYear,
};

class PeriodPresets
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::PeriodPresets)

public:
    /** The period of @a preset on @a today (Custom: last year, to start from). */
    static domain::Period period(PeriodPreset preset, const QDate &today);
    /**
     * The calendar period of @a preset in @a year (the month presets follow @a today); with
     * @a cutOff, the statistical period of Decree 09/2019/NĐ-CP instead: from the 15th of the
     * month before the period's first month to the 14th of its last month.
     */
    static domain::Period period(PeriodPreset preset, int year, bool cutOff, const QDate &today);
    /** The statistical period of a calendar period (see period()). */
    static domain::Period cutOff(const domain::Period &calendar);
    /** Whether @a preset is one of a year (quarters, halves, nine months, the whole year). */
    static bool isOfAYear(PeriodPreset preset);
    /** Adds the combo's presets to @a combo, with their labels, the preset (int) as data. */
    static void fill(QComboBox *combo);
};

/**
 * The period fields of the report window and the export dialog: a preset, its year, the
 * statistical cut-off and the from and to dates, which show the preset's period and are typed
 * in only for a custom one.
 */
struct PeriodFields
{
    QComboBox *presetCombo = nullptr;
    QSpinBox *yearSpin = nullptr;
    QCheckBox *cutOffCheck = nullptr;
    QDateEdit *fromEdit = nullptr;
    QDateEdit *toEdit = nullptr;

    /** The widgets, children of @a parent, the presets filled in, the year this year. */
    static PeriodFields create(QWidget *parent);

    /** The preset of the combo (never a relative one). */
    PeriodPreset preset() const;
    /**
     * Selects @a preset (a relative one selects its calendar period and year); @a reapply runs
     * when it was selected already (no signal then).
     */
    void select(PeriodPreset preset, const std::function<void()> &reapply) const;
    /** Selects the custom preset with the dates @a from and @a to (their signals emitted). */
    void
    selectCustom(const QDate &from, const QDate &to, const std::function<void()> &reapply) const;
    /** The preset row of a form: the combo, then "Year:" and the year (children of @a parent). */
    QHBoxLayout *presetRow(QWidget *parent) const;
    /** The from – to row of a form: the two dates with a dash (a child of @a parent) between. */
    QHBoxLayout *dateRow(QWidget *parent) const;
    /** Enables the dates for a custom period (unless @a locked), else shows the preset's dates
     * on today with their signals blocked. */
    void followPreset(bool locked = false) const;
    /** Enables the dates when the preset is custom and nothing is @a locked, the year for a
     * preset of a year, the cut-off for any but a custom one. */
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
