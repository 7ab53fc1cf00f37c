#include "ui/case/FollowUpList.h"

#include "domain/Clock.h"
#include "ui/FormRows.h"
#include "ui/TableViews.h"
#include "ui/case/CaseFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLineEdit>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sr::ui {

FollowUpList::FollowUpList(QWidget *parent)
    : CaseRowsForm(parent)
{
    setObjectName(QStringLiteral("followUpList"));
    m_table = new QTableWidget(0, 6, this);
    m_table->setObjectName(QStringLiteral("followUpTable"));
    m_table->setHorizontalHeaderLabels(
        {tr("Date"), tr("Kind"), tr("Health"), tr("Housing"), tr("Work"), tr("Schooling")});
    TableViews::setUpRowPicker(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(QHeaderView::Stretch);

    auto *add = new QPushButton(tr("&Add follow-up"), this);
    add->setObjectName(QStringLiteral("addFollowUpButton"));
    auto *archive = new QPushButton(tr("Archive follow-up…"), this);
    archive->setObjectName(QStringLiteral("archiveFollowUpButton"));
    QFormLayout *form =
        setUpRows(m_table,
                  add,
                  archive,
                  {tr("Archive follow-up"),
                   tr("This follow-up stays in the database (and the audit log) but is no "
                      "longer shown or counted.")});
    m_date = addFormRow<DateLineEdit>(form, tr("&Date:"), QStringLiteral("followUpDateEdit"));
    m_kind = addFormRow<QComboBox>(form, tr("&Kind:"), QStringLiteral("followUpKindCombo"));
    for (domain::FollowUpKind kind : domain::allValues<domain::FollowUpKind>())
        addChoice(m_kind, CaseFields::label(kind), domain::toCode(kind));
    auto statusCombo = [this](const QString &name) {
        auto *combo = new QComboBox(m_form);
        combo->setObjectName(name);
        for (domain::ReintegrationStatus status : domain::allValues<domain::ReintegrationStatus>())
            addChoice(combo, CaseFields::label(status), domain::toCode(status));
        return combo;
    };
    m_health = statusCombo(QStringLiteral("healthCombo"));
    form->addRow(tr("&Health:"), m_health);
    m_housing = statusCombo(QStringLiteral("housingCombo"));
    form->addRow(tr("H&ousing:"), m_housing);
    m_work = statusCombo(QStringLiteral("workCombo"));
    form->addRow(tr("&Work:"), m_work);
    m_schooling = statusCombo(QStringLiteral("schoolingCombo"));
    form->addRow(tr("&Schooling:"), m_schooling);
    m_notes = addFormRow<QLineEdit>(form, tr("&Notes:"), QStringLiteral("followUpNotesEdit"));

    registerField(QStringLiteral("follow_up_date"), m_date);
    registerField(QStringLiteral("notes"), m_notes);
    watchInTabOrder({m_table,
                     m_add,
                     m_archive,
                     m_date,
                     m_kind,
                     m_health,
                     m_housing,
                     m_work,
                     m_schooling,
                     m_notes});
    connect(this, &CaseForm::edited, this, &FollowUpList::storeRow);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row) { showRow(row); });
    connect(m_add, &QPushButton::clicked, this, &FollowUpList::addFollowUp);
    showRow(-1);
}

void FollowUpList::setFollowUps(const QList<domain::FollowUp> &followUps)
{
    m_followUps = followUps;
    m_unreadableDates.clear();
    const QSignalBlocker blocker(m_table);
    m_table->setRowCount(int(followUps.size()));
    for (int row = 0; row < followUps.size(); ++row)
        refreshRow(row);
    showRow(-1);
    selectRow(0);
}

bool FollowUpList::isStored(int row) const
{
    return m_followUps.at(row).meta.isStored();
}

void FollowUpList::dropRow(int row)
{
    m_followUps.removeAt(row);
    m_unreadableDates.remove(row);
    setFollowUps(m_followUps);
}

void FollowUpList::refreshRow(int row)
{
    const domain::FollowUp &f = m_followUps.at(row);
    const QStringList cells{CaseFields::formatDate(f.date),
                            CaseFields::label(f.kind),
                            CaseFields::label(f.health),
                            CaseFields::label(f.housing),
                            CaseFields::label(f.work),
                            CaseFields::label(f.schooling)};
    for (int column = 0; column < cells.size(); ++column) {
        QTableWidgetItem *item = m_table->item(row, column);
        if (!item) {
            item = new QTableWidgetItem;
            m_table->setItem(row, column, item);
        }
        item->setText(cells.at(column));
    }
}

void FollowUpList::selectRow(int row)
{
    if (row >= 0 && row < m_table->rowCount()) {
        m_table->setCurrentCell(row, 0);
        showRow(row);
    }
}

void FollowUpList::addFollowUp()
{
    domain::FollowUp followUp;
    followUp.date = domain::Clock::instance().today();
    m_followUps.append(followUp);
    m_table->setRowCount(int(m_followUps.size()));
    refreshRow(int(m_followUps.size()) - 1);
    selectRow(int(m_followUps.size()) - 1);
    Q_EMIT edited();
    m_date->setFocus(Qt::OtherFocusReason);
    m_date->selectAll();
}

void FollowUpList::showRow(int row)
{
    startShowing(row);
    if (row < 0) {
        m_date->clear();
        m_notes->clear();
    } else {
        const domain::FollowUp &f = m_followUps.at(row);
        m_date->setDate(f.date);
        selectData(m_kind, domain::toCode(f.kind));
        selectData(m_health, domain::toCode(f.health));
        selectData(m_housing, domain::toCode(f.housing));
        selectData(m_work, domain::toCode(f.work));
        selectData(m_schooling, domain::toCode(f.schooling));
        m_notes->setText(f.notes);
    }
    m_loading = false;
}

void FollowUpList::storeRow()
{
    if (m_current < 0 || m_current >= m_followUps.size())
        return;
    domain::FollowUp &f = m_followUps[m_current];
    f.date = m_date->date();
    auto status = [](QComboBox *combo) {
        return domain::fromCode<domain::ReintegrationStatus>(combo->currentData().toString())
            .value_or(domain::ReintegrationStatus::Unknown);
    };
    f.kind = domain::fromCode<domain::FollowUpKind>(m_kind->currentData().toString())
                 .value_or(domain::FollowUpKind::Other);
    f.health = status(m_health);
    f.housing = status(m_housing);
    f.work = status(m_work);
    f.schooling = status(m_schooling);
    f.notes = m_notes->text().simplified();
    if (m_date->isMalformed())
        m_unreadableDates.insert(m_current);
    else
        m_unreadableDates.remove(m_current);
    refreshRow(m_current);
    Q_EMIT followUpEdited(f.meta.uuid);
}

QList<std::pair<int, domain::FieldError>> FollowUpList::unreadableFields() const
{
    QList<std::pair<int, domain::FieldError>> errors;
    for (int row : m_unreadableDates)
        errors.append(
            {row, {QStringLiteral("follow_up_date"), domain::ValidationCode::InvalidDate}});
    return errors;
}

} // namespace sr::ui
