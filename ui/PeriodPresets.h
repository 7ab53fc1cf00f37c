#pragma once

#include "domain/Period.h"

#include <QCoreApplication>
#include <QDate>

class QComboBox;

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

} // namespace sr::ui
