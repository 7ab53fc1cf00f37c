#pragma once

#include <QMessageBox>
#include <QString>

class QWidget;

namespace sr::ui {

/**
 * Asks whether to do something with the action itself as the button ("&Load demonstration
 * data", "&Restore", "&Discard") beside "&Cancel" — never Yes/No, which make the user read the
 * question again to know what a button does (CONTRIBUTING.md, "Buttons and mnemonics").
 * @a action carries its mnemonic ("&"). Cancel is the default button and Escape's, so a
 * reflexive Enter changes nothing. Returns true when the user chose @a action.
 */
bool askToDo(QWidget *parent,
             const QString &title,
             const QString &text,
             const QString &action,
             QMessageBox::Icon icon = QMessageBox::Question);

} // namespace sr::ui
