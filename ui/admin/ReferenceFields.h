#pragma once

#include "domain/Validation.h"

#include <QCoreApplication>
#include <QHash>
#include <QString>

#include <functional>

class QLabel;
class QWidget;

namespace sr::ui {

/**
 * Labels of the reference lists' and the organisation's fields (database columns and setting
 * keys); their validation errors are worded by messages::FieldMessages with these labels.
 */
class ReferenceFields
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceFields)

public:
    static QString fieldLabel(const QString &column);
    /** What is wrong with a field: messages::FieldMessages, with this form's label. */
    static QString message(const domain::FieldError &error);
    /** A new entry's code already belongs to another entry. */
    static QString duplicateCodeMessage();

    /**
     * Marks the widgets of @a fields (by column) named in @a errors with their message, clears
     * the others, focuses the first marked one and returns the messages, one line each.
     */
    static QString markErrors(const QHash<QString, QWidget *> &fields,
                              const domain::FieldErrors &errors);
    /**
     * Once a save has marked fields of @a fields, every edit of one of them validates the form
     * again (@a validate) and keeps only the marks still due, with the messages in @a message
     * (hidden when none is left): a mark goes as soon as its field is fixed.
     */
    static void recheckWhenEdited(QWidget *form,
                                  const QHash<QString, QWidget *> &fields,
                                  QLabel *message,
                                  const std::function<domain::FieldErrors()> &validate);
    /** Shows @a text under a form (red when @a error); hides @a label when @a text is empty. */
    static void showMessage(QLabel *label, const QString &text, bool error);
};

} // namespace sr::ui
