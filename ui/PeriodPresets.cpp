#include "PeriodPresets.h"

#include "domain/Clock.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QLabel>
#include <QSignalBlocker>

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

PeriodFields PeriodFields::create(QWidget *parent)
{
    PeriodFields fields;
    fields.presetCombo = new QComboBox(parent);
    fields.presetCombo->setObjectName(QStringLiteral("presetComboBox"));
    PeriodPresets::fill(fields.presetCombo);
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
    const int index = presetCombo->findData(int(preset));
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
        const domain::Period period =
            PeriodPresets::period(preset(), domain::Clock::instance().today());
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
