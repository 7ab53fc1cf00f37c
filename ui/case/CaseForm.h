#pragma once

#include "domain/Validation.h"

#include <QHash>
#include <QString>
#include <QVariant>
#include <QWidget>

#include <initializer_list>

class QComboBox;
class QFormLayout;
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
    /**
     * Lays out the section's group boxes in two columns of equal width: @a left over the whole
     * height, @a right one under the other; the space left over goes below.
     */
    void layOutColumns(QWidget *left, std::initializer_list<QWidget *> right);
    /** Connects the change signal of a line edit, combo, check box, spin box or text edit to edited(). */
    void watch(QWidget *widget);

    /**
     * The form's widgets in tab order: Tab moves through them in this order, and each input
     * among them is watched (buttons and tables are not inputs).
     */
    void watchInTabOrder(std::initializer_list<QWidget *> widgets);

    static void addChoice(QComboBox *combo, const QString &label, const QVariant &data);
    static void selectData(QComboBox *combo, const QVariant &data);

    /** While true, programmatic changes do not emit edited(). */
    bool m_loading = false;

private:
    QHash<QString, QWidget *> m_fields;
};

/**
 * A section listing rows of the current reception (FollowUpList, SupportLedger): the table, Add
 * and Archive… buttons, and under them a form for the selected row. Archive drops a row not yet
 * saved; a stored row is archived with a reason the worker gives (archiveRequested()).
 */
class CaseRowsForm : public CaseForm
{
    Q_OBJECT

public:
    explicit CaseRowsForm(QWidget *parent = nullptr);

    /** The selected row, -1 when none. */
    int currentRow() const { return m_current; }
    QPushButton *addButton() const { return m_add; }

Q_SIGNALS:
    /** The worker confirmed archiving the stored row @a row. */
    void archiveRequested(int row, const QString &reason);

protected:
    /** The reason dialog's title and text when a stored row is archived. */
    struct ArchivePrompt
    {
        QString title;
        QString text;
    };

    /**
     * Lays out @a table, under it @a add and @a archive (and @a extra, at the right), under
     * them the row form; returns the row form's layout. Archive… then archives the current row,
     * asking with @a prompt.
     */
    QFormLayout *setUpRows(QWidget *table,
                           QPushButton *add,
                           QPushButton *archive,
                           const ArchivePrompt &prompt,
                           QWidget *extra = nullptr);
    /** Makes @a row (-1: none) the current one and starts loading it into the form. */
    void startShowing(int row);

    /** Whether @a row is in the database (archived then, not dropped). */
    virtual bool isStored(int row) const = 0;
    /** Drops the unsaved @a row. */
    virtual void dropRow(int row) = 0;

    QWidget *m_form = nullptr;
    QPushButton *m_add = nullptr;
    QPushButton *m_archive = nullptr;
    int m_current = -1;

private:
    void archiveCurrent(const ArchivePrompt &prompt);
};

/** True when the UI speaks English (reference names then use their English form). */
bool englishUi();

} // namespace sr::ui
