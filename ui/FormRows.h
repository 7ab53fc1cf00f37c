#pragma once

#include <QFormLayout>
#include <QString>
#include <QWidget>

namespace sr::ui {

/**
 * Makes a @a Widget named @a objectName (tests and the error marks find fields by it) in the
 * widget @a form lays out, and adds it to @a form as a row labelled @a label.
 */
template<typename Widget>
Widget *addFormRow(QFormLayout *form, const QString &label, const QString &objectName)
{
    auto *widget = new Widget(form->parentWidget());
    widget->setObjectName(objectName);
    form->addRow(label, widget);
    return widget;
}

} // namespace sr::ui
