#include "ui/case/DuplicateDialog.h"

#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sr::ui {

DuplicateDialog::DuplicateDialog(const QList<DuplicateRow> &rows, QWidget *parent)
    : QDialog(parent)
    , m_rows(rows)
{
    setObjectName(QStringLiteral("duplicateDialog"));
    setWindowTitle(tr("Possible duplicate"));
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(tr("This person may already be registered. If it is the same "
                               "person, open the existing record and the new reception is "
                               "added there; otherwise save a new person."),
                            this);
    text->setWordWrap(true);
    layout->addWidget(text);

    m_table = new QTableWidget(int(rows.size()), 5, this);
    m_table->setObjectName(QStringLiteral("duplicateTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Case code"), tr("Full name"), tr("Birth year"), tr("Province"), tr("Why")});
    m_table->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_table->setSelectionMode(QAbstractItemView::SingleSelection);
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_table->verticalHeader()->hide();
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setStretchLastSection(true);
    for (int row = 0; row < rows.size(); ++row) {
        const services::DuplicateCandidate &c = rows.at(row).candidate;
        const QString why = c.reason == services::DuplicateCandidate::Reason::SameDocument
                                ? tr("same document number")
                                : tr("same name, close birth year");
        const QStringList cells{c.caseCode,
                                c.outOfScope ? tr("(another worker's case: ask your manager)")
                                             : c.fullName,
                                c.birthYear > 0 ? QString::number(c.birthYear) : QString(),
                                rows.at(row).provinceName,
                                why};
        for (int column = 0; column < cells.size(); ++column)
            m_table->setItem(row, column, new QTableWidgetItem(cells.at(column)));
    }
    if (!rows.isEmpty())
        m_table->setCurrentCell(0, 0);
    layout->addWidget(m_table, 1);

    auto *buttons = new QDialogButtonBox(this);
    m_open = buttons->addButton(tr("&Open existing person"), QDialogButtonBox::AcceptRole);
    m_open->setObjectName(QStringLiteral("openExistingButton"));
    m_saveNew = buttons->addButton(tr("&Save as a new person"), QDialogButtonBox::ActionRole);
    m_saveNew->setObjectName(QStringLiteral("saveAsNewButton"));
    buttons->addButton(QDialogButtonBox::Cancel);
    connect(m_open, &QPushButton::clicked, this, [this] {
        m_choice = Choice::OpenExisting;
        accept();
    });
    connect(m_saveNew, &QPushButton::clicked, this, [this] {
        m_choice = Choice::SaveAsNew;
        accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_table, &QTableWidget::cellActivated, m_open, [this] {
        if (m_open->isEnabled())
            m_open->click();
    });
    // Another worker's case (record-level access) cannot be opened from here.
    const auto allowOpen = [this] {
        const int row = m_table->currentRow();
        m_open->setEnabled(row >= 0 && row < m_rows.size() && !m_rows.at(row).candidate.outOfScope);
    };
    connect(m_table, &QTableWidget::currentCellChanged, this, allowOpen);
    allowOpen();
    layout->addWidget(buttons);
    m_open->setDefault(true);
    resize(720, 320);
}

qint64 DuplicateDialog::selectedPersonId() const
{
    const int row = m_table->currentRow();
    return row >= 0 && row < m_rows.size() ? m_rows.at(row).candidate.personId : 0;
}

int DuplicateDialog::rowCount() const
{
    return m_table->rowCount();
}

} // namespace sr::ui
