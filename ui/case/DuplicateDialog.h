#pragma once

#include "services/CaseService.h"

#include <QDialog>

class QPushButton;
class QTableWidget;

namespace sr::ui {

/** One possible duplicate as the dialog lists it. */
struct DuplicateRow
{
    services::DuplicateCandidate candidate;
    QString provinceName;
};

/**
 * Shown when a new person looks like one already stored: lists the candidates (case code,
 * name, birth year, province, why) and lets the worker open the existing person (to add the
 * reception there) or save a new person anyway.
 */
class DuplicateDialog : public QDialog
{
    Q_OBJECT

public:
    enum class Choice { Cancel, OpenExisting, SaveAsNew };

    DuplicateDialog(const QList<DuplicateRow> &rows, QWidget *parent = nullptr);

    Choice choice() const { return m_choice; }
    /** The person chosen in the list (OpenExisting). */
    qint64 selectedPersonId() const;
    int rowCount() const;
    QTableWidget *table() const { return m_table; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveNewButton() const { return m_saveNew; }

private:
    QList<DuplicateRow> m_rows;
    QTableWidget *m_table = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_saveNew = nullptr;
    Choice m_choice = Choice::Cancel;
};

} // namespace sr::ui
