#pragma once

#include "domain/Prevention.h"

#include <QCoreApplication>
#include <QString>

namespace sr::ui {

/** Translated labels of the prevention enumerations (domain/Prevention.h). */
class PreventionLabels
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::PreventionLabels)

public:
    static QString kind(domain::PreventionKind kind);
    static QString target(domain::PreventionTarget target);
    /** What the quantity of @a kind counts, in the plural ("copies", "sessions"). */
    static QString unit(domain::PreventionKind kind);
    /** "Before 1/7/2025" or "From 1/7/2025": the reference list of an era. */
    static QString era(domain::AdminEra era);
};

} // namespace sr::ui
