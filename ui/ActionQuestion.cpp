#include "ActionQuestion.h"

#include <QCoreApplication>
#include <QPushButton>

namespace sr::ui {

bool askToDo(QWidget *parent,
             const QString &title,
             const QString &text,
             const QString &action,
             QMessageBox::Icon icon)
{
    QMessageBox box(icon, title, text, QMessageBox::NoButton, parent);
    box.setObjectName(QStringLiteral("actionQuestion"));
    QPushButton *go = box.addButton(action, QMessageBox::AcceptRole);
    go->setObjectName(QStringLiteral("actionButton"));
    QPushButton *cancel = box.addButton(
        QCoreApplication::translate("sr::ui::ActionQuestion", "&Cancel"), QMessageBox::RejectRole);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    box.setDefaultButton(cancel);
    box.setEscapeButton(cancel);
    box.exec();
    return box.clickedButton() == go;
}

} // namespace sr::ui
