#pragma once

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QString>

namespace sr::ui {

/**
 * Labels of the reference lists' and the organisation's fields (database columns and setting
 * keys) and the translated wording of their validation errors: what is wrong and how to fix it.
 */
class ReferenceFields
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceFields)

public:
    static QString fieldLabel(const QString &column);
    static QString message(const domain::FieldError &error);
    /** A new entry's code already belongs to another entry. */
    static QString duplicateCodeMessage();
};

} // namespace sr::ui
