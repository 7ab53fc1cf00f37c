#pragma once

#include "domain/Validation.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <QWidget>

#include <initializer_list>

class QComboBox;
class QPushButton;

namespace sr::ui {

/**
 * Base of the case editor's sections: maps field names (database columns) to the widgets
 * that edit them, marks invalid fields and reports text that cannot be read at all.
 */
class CaseForm : public QWidget
{
    Q_OBJECT

public:
    explicit CaseForm(QWidget *parent = nullptr);

    /** The widget editing @a column, or nullptr. */
    QWidget *widgetForField(const QString &column) const { return m_fields.value(column); }
    /** Marks the fields of @a errors (messages already worded), clears every other mark. */
    void showErrors(const QHash<QString, QString> &messagesByField);
    void clearErrors() { showErrors({}); }

Q_SIGNALS:
    /** Something was typed or chosen. */
    void edited();

protected:
    void registerField(const QString &column, QWidget *widget);
    /** Connects the change signal of a line edit, combo, check box, spin box or text edit to edited(). */
    void watch(QWidget *widget);

    /**
     * The form's widgets in tab order: Tab moves through them in this order, and each input
     * among them is watched (buttons and tables are not inputs).
     */
    void watchInTabOrder(std::initializer_list<QWidget *> widgets);

    /**
     * Lays out a section listing rows (FollowUpList, SupportLedger): @a table, under it the
     * @a add and @a archive buttons (and @a extra, at the right), under them @a form with the
     * selected row's fields.
     */
    void layOutRows(QWidget *table,
                    QPushButton *add,
                    QPushButton *archive,
                    QWidget *form,
                    QWidget *extra = nullptr);

    static void addChoice(QComboBox *combo, const QString &label, const QVariant &data);
    static void selectData(QComboBox *combo, const QVariant &data);

    /** While true, programmatic changes do not emit edited(). */
    bool m_loading = false;

private:
    QHash<QString, QWidget *> m_fields;
};

/** True when the UI speaks English (reference names then use their English form). */
bool englishUi();

} // namespace sr::ui
