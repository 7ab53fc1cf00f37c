#pragma once

#include "domain/Reference.h"

#include <QCoreApplication>
#include <QList>
#include <QString>

class QComboBox;

namespace sr::ui {

/**
 * Agencies as choices of a picker. An agency abolished in the 2025 reorganisation
 * (domain::Agency::historical, docs/domain-guide.md) stays in the picker, so that a record that
 * names it shows it, but is hidden and cannot be chosen until the record shown names it; it is
 * then marked "(historical)". The filters of the case list and the reports list every agency:
 * their figures for old records do not change.
 */
class AgencyChoices
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::AgencyChoices)

public:
    /** "(historical) <name>". */
    static QString historicalLabel(const QString &name);

    /**
     * Adds @a agencies to @a combo, each with its code as data and @a nameOf's label; historical
     * ones hidden and disabled (keyboard and popup skip them) until they become the current
     * item, as when a reception that names one is shown. The picker is sized for a short name
     * and shows the whole name of the current choice as its tooltip.
     */
    template<typename NameOf>
    static void add(QComboBox *combo, const QList<domain::Agency> &agencies, NameOf nameOf)
    {
        for (const domain::Agency &agency : agencies)
            add(combo, agency, nameOf(agency));
        followCurrent(combo);
    }

    /** Whether the item at @a index of @a combo is a historical agency still hidden. */
    static bool isHiddenChoice(const QComboBox *combo, int index);

private:
    static void add(QComboBox *combo, const domain::Agency &agency, const QString &label);
    static void followCurrent(QComboBox *combo);
};

} // namespace sr::ui
