#include "AgencyChoices.h"

#include <QComboBox>
#include <QListView>
#include <QStandardItemModel>

namespace sr::ui {

namespace {

/** Item data that marks a historical agency's choice. */
constexpr int historicalRole = Qt::UserRole + 40;

QStandardItem *itemAt(const QComboBox *combo, int index)
{
    auto *model = qobject_cast<QStandardItemModel *>(combo->model());
    return model && index >= 0 ? model->item(index, combo->modelColumn()) : nullptr;
}

void setShown(QComboBox *combo, int index, bool shown)
{
    if (QStandardItem *item = itemAt(combo, index)) {
        // Disabled items are skipped by the keyboard and cannot be clicked in the popup.
        item->setEnabled(shown);
    }
    if (auto *view = qobject_cast<QListView *>(combo->view()))
        view->setRowHidden(index, !shown);
}

} // namespace

QString AgencyChoices::historicalLabel(const QString &name)
{
    // The mark first: a picker sized for short names cuts the end of a long one.
    return tr("(historical) %1").arg(name);
}

void AgencyChoices::add(QComboBox *combo, const domain::Agency &agency, const QString &label)
{
    const QString text = agency.historical ? historicalLabel(label) : label;
    combo->addItem(text, agency.code);
    const int index = combo->count() - 1;
    // Agency names are long: the picker shows what fits (the popup shows them whole) and
    // the whole name as a tooltip, instead of widening its form past a 1366-pixel screen.
    combo->setItemData(index, text, Qt::ToolTipRole);
    if (!agency.historical)
        return;
    combo->setItemData(index, true, historicalRole);
    setShown(combo, index, false);
}

void AgencyChoices::followCurrent(QComboBox *combo)
{
    combo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    combo->setMinimumContentsLength(24);
    if (combo->property("sr_followsHistorical").toBool())
        return;
    combo->setProperty("sr_followsHistorical", true);
    // A record that names a historical agency shows it, and may keep it: once current, the
    // choice stays visible in this picker.
    QObject::connect(combo, &QComboBox::currentIndexChanged, combo, [combo](int index) {
        if (index >= 0 && combo->itemData(index, historicalRole).toBool())
            setShown(combo, index, true);
        combo->setToolTip(combo->itemData(index, Qt::ToolTipRole).toString());
    });
}

bool AgencyChoices::isHiddenChoice(const QComboBox *combo, int index)
{
    const QStandardItem *item = itemAt(combo, index);
    return combo->itemData(index, historicalRole).toBool() && item && !item->isEnabled();
}

} // namespace sr::ui
