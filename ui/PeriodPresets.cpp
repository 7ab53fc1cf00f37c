#include "PeriodPresets.h"

#include <QComboBox>

namespace sr::ui {

domain::Period PeriodPresets::period(PeriodPreset preset, const QDate &today)
{
    using P = PeriodPreset;
    const int y = today.year();
    const int quarter = (today.month() - 1) / 3 + 1;
    const int half = today.month() <= 6 ? 1 : 2;
    switch (preset) {
    case P::ThisMonth:
        return domain::Period::month(y, today.month());
    case P::LastMonth: {
        const QDate d = today.addMonths(-1);
        return domain::Period::month(d.year(), d.month());
    }
    case P::ThisQuarter:
        return domain::Period::quarter(y, quarter);
    case P::LastQuarter:
        return quarter == 1 ? domain::Period::quarter(y - 1, 4)
                            : domain::Period::quarter(y, quarter - 1);
    case P::ThisHalfYear:
        return domain::Period::halfYear(y, half);
    case P::LastHalfYear:
        return half == 1 ? domain::Period::halfYear(y - 1, 2) : domain::Period::halfYear(y, 1);
    case P::ThisYear:
        return domain::Period::year(y);
    case P::LastYear:
    case P::Custom:
        break;
    }
    return domain::Period::year(y - 1);
}

void PeriodPresets::fill(QComboBox *combo)
{
    combo->addItem(tr("This month"), int(PeriodPreset::ThisMonth));
    combo->addItem(tr("Last month"), int(PeriodPreset::LastMonth));
    combo->addItem(tr("This quarter"), int(PeriodPreset::ThisQuarter));
    combo->addItem(tr("Last quarter"), int(PeriodPreset::LastQuarter));
    combo->addItem(tr("This half-year"), int(PeriodPreset::ThisHalfYear));
    combo->addItem(tr("Last half-year"), int(PeriodPreset::LastHalfYear));
    combo->addItem(tr("This year"), int(PeriodPreset::ThisYear));
    combo->addItem(tr("Last year"), int(PeriodPreset::LastYear));
    combo->addItem(tr("Custom range"), int(PeriodPreset::Custom));
}

} // namespace sr::ui
