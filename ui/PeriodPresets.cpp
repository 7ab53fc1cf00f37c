#include "PeriodPresets.h"

#include "domain/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>
#include <QSpinBox>

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
    case P::Quarter1:
    case P::Quarter2:
    case P::Quarter3:
    case P::Quarter4:
    case P::FirstHalf:
    case P::SecondHalf:
    case P::NineMonths:
    case P::WholeYear:
        return period(preset, y, false, today);
    case P::LastYear:
    case P::Custom:
        break;
    }
    return domain::Period::year(y - 1);
}

domain::Period PeriodPresets::cutOff(const domain::Period &calendar)
{
    const QDate before = calendar.from().addMonths(-1);
    return *domain::Period::custom(QDate(before.year(), before.month(), 15),
                                   QDate(calendar.to().year(), calendar.to().month(), 14));
}

bool PeriodPresets::isOfAYear(PeriodPreset preset)
{
    using P = PeriodPreset;
    return preset == P::Quarter1 || preset == P::Quarter2 || preset == P::Quarter3
           || preset == P::Quarter4 || preset == P::FirstHalf || preset == P::SecondHalf
           || preset == P::NineMonths || preset == P::WholeYear;
}

domain::Period
PeriodPresets::period(PeriodPreset preset, int year, bool cutOffPeriod, const QDate &today)
{
    using P = PeriodPreset;
    domain::Period calendar = domain::Period::year(year);
    switch (preset) {
    case P::Quarter1:
    case P::Quarter2:
    case P::Quarter3:
    case P::Quarter4:
        calendar = domain::Period::quarter(year, int(preset) - int(P::Quarter1) + 1);
        break;
    case P::FirstHalf:
        calendar = domain::Period::halfYear(year, 1);
        break;
    case P::SecondHalf:
        calendar = domain::Period::halfYear(year, 2);
        break;
    case P::NineMonths:
        calendar = *domain::Period::custom(QDate(year, 1, 1), QDate(year, 9, 30));
        break;
    case P::WholeYear:
        break;
    default:
        calendar = period(preset, today);
        break;
    }
    return cutOffPeriod && preset != P::Custom ? cutOff(calendar) : calendar;
}

void PeriodPresets::fill(QComboBox *combo)
{
    combo->addItem(tr("This month"), int(PeriodPreset::ThisMonth));
    combo->addItem(tr("Last month"), int(PeriodPreset::LastMonth));
    combo->addItem(tr("Quarter I"), int(PeriodPreset::Quarter1));
    combo->addItem(tr("Quarter II"), int(PeriodPreset::Quarter2));
    combo->addItem(tr("Quarter III"), int(PeriodPreset::Quarter3));
    combo->addItem(tr("Quarter IV"), int(PeriodPreset::Quarter4));
    combo->addItem(tr("First six months"), int(PeriodPreset::FirstHalf));
    combo->addItem(tr("Last six months"), int(PeriodPreset::SecondHalf));
    combo->addItem(tr("Nine months"), int(PeriodPreset::NineMonths));
    combo->addItem(tr("Whole year"), int(PeriodPreset::WholeYear));
    combo->addItem(tr("Custom range"), int(PeriodPreset::Custom));
}

PeriodFields PeriodFields::create(QWidget *parent)
{
    PeriodFields fields;
    fields.presetCombo = new QComboBox(parent);
    fields.presetCombo->setObjectName(QStringLiteral("presetComboBox"));
    PeriodPresets::fill(fields.presetCombo);
    fields.yearSpin = new QSpinBox(parent);
    fields.yearSpin->setObjectName(QStringLiteral("yearSpinBox"));
    fields.yearSpin->setRange(1990, 2100);
    fields.yearSpin->setValue(domain::Clock::instance().today().year());
    // "2.026" would read as a count: years are written without a group separator.
    fields.yearSpin->setGroupSeparatorShown(false);
    fields.cutOffCheck =
        new QCheckBox(PeriodPresets::tr("Statistical c&ut-off (15th – 14th)"), parent);
    fields.cutOffCheck->setObjectName(QStringLiteral("cutOffCheckBox"));
    fields.cutOffCheck->setToolTip(
        PeriodPresets::tr("The reporting period of statistics set by Decree 09/2019/NĐ-CP: from "
                          "the 15th of the month before the period to the 14th of its last month"));
    fields.fromEdit = new QDateEdit(parent);
    fields.fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    fields.toEdit = new QDateEdit(parent);
    fields.toEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {fields.fromEdit, fields.toEdit}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setMinimumDate(QDate(1990, 1, 1));
    }
    return fields;
}

PeriodPreset PeriodFields::preset() const
{
    return PeriodPreset(presetCombo->currentData().toInt());
}

void PeriodFields::select(PeriodPreset preset, const std::function<void()> &reapply) const
{
    using P = PeriodPreset;
    const QDate today = domain::Clock::instance().today();
    const int quarter = (today.month() - 1) / 3 + 1;
    const bool firstHalf = today.month() <= 6;
    int year = today.year();
    PeriodPreset shown = preset;
    switch (preset) {
    case P::ThisQuarter:
        shown = PeriodPreset(int(P::Quarter1) + quarter - 1);
        break;
    case P::LastQuarter:
        shown = quarter == 1 ? P::Quarter4 : PeriodPreset(int(P::Quarter1) + quarter - 2);
        year = quarter == 1 ? year - 1 : year;
        break;
    case P::ThisHalfYear:
        shown = firstHalf ? P::FirstHalf : P::SecondHalf;
        break;
    case P::LastHalfYear:
        shown = firstHalf ? P::SecondHalf : P::FirstHalf;
        year = firstHalf ? year - 1 : year;
        break;
    case P::ThisYear:
        shown = P::WholeYear;
        break;
    case P::LastYear:
        shown = P::WholeYear;
        year = year - 1;
        break;
    default:
        break;
    }
    const int index = presetCombo->findData(int(shown));
    {
        // One reapply for the preset and its year together.
        const QSignalBlocker blockYear(yearSpin);
        yearSpin->setValue(year);
    }
    if (presetCombo->currentIndex() == index)
        reapply();
    else
        presetCombo->setCurrentIndex(index);
}

void PeriodFields::selectCustom(const QDate &from,
                                const QDate &to,
                                const std::function<void()> &reapply) const
{
    select(PeriodPreset::Custom, reapply);
    fromEdit->setDate(from);
    toEdit->setDate(to);
}

QHBoxLayout *PeriodFields::presetRow(QWidget *parent) const
{
    auto *row = new QHBoxLayout;
    row->addWidget(presetCombo, 1);
    auto *yearLabel = new QLabel(PeriodPresets::tr("&Year:"), parent);
    yearLabel->setBuddy(yearSpin);
    row->addWidget(yearLabel);
    row->addWidget(yearSpin);
    return row;
}

QHBoxLayout *PeriodFields::dateRow(QWidget *parent) const
{
    auto *row = new QHBoxLayout;
    row->addWidget(fromEdit);
    row->addWidget(new QLabel(QStringLiteral("–"), parent));
    row->addWidget(toEdit);
    return row;
}

void PeriodFields::followPreset(bool locked) const
{
    enableDates(locked);
    if (preset() != PeriodPreset::Custom) {
        const domain::Period period = PeriodPresets::period(preset(),
                                                            yearSpin->value(),
                                                            cutOffCheck->isChecked(),
                                                            domain::Clock::instance().today());
        const QSignalBlocker blockFrom(fromEdit);
        const QSignalBlocker blockTo(toEdit);
        fromEdit->setDate(period.from());
        toEdit->setDate(period.to());
    }
}

void PeriodFields::enableDates(bool locked) const
{
    const bool custom = preset() == PeriodPreset::Custom;
    fromEdit->setEnabled(custom && !locked);
    toEdit->setEnabled(custom && !locked);
    yearSpin->setEnabled(PeriodPresets::isOfAYear(preset()) && !locked);
    cutOffCheck->setEnabled(!custom && !locked);
}

Result<domain::Period> PeriodFields::period() const
{
    return domain::Period::custom(fromEdit->date(), toEdit->date());
}

PeriodFilter PeriodFilter::create(const QString &label,
                                  QWidget *parent,
                                  QWidget *datesParent,
                                  QObject *context,
                                  const std::function<void()> &changed)
{
    PeriodFilter filter;
    filter.check = new QCheckBox(label, parent);
    filter.check->setObjectName(QStringLiteral("periodCheckBox"));
    const QDate today = domain::Clock::instance().today();
    filter.fromEdit = new QDateEdit(QDate(today.year(), 1, 1), datesParent);
    filter.fromEdit->setObjectName(QStringLiteral("fromDateEdit"));
    filter.toEdit = new QDateEdit(today, datesParent);
    filter.toEdit->setObjectName(QStringLiteral("toDateEdit"));
    for (QDateEdit *edit : {filter.fromEdit, filter.toEdit}) {
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
        edit->setCalendarPopup(true);
        edit->setEnabled(false);
        QObject::connect(edit, &QDateEdit::dateChanged, context, [changed] { changed(); });
    }
    QObject::connect(filter.check, &QCheckBox::toggled, context, [filter, changed](bool on) {
        filter.fromEdit->setEnabled(on);
        filter.toEdit->setEnabled(on);
        changed();
    });
    return filter;
}

} // namespace sr::ui
