#include "ui/case/SupportLedger.h"

#include "domain/Clock.h"
#include "ui/AgencyChoices.h"
#include "ui/EnumLabels.h"
#include "ui/FormRows.h"
#include "ui/TableViews.h"
#include "ui/case/CaseFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QItemSelectionModel>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

QString supportTypeName(const services::CaseReferenceData &reference, const QString &code)
{
    for (const domain::SupportType &type : reference.supportTypes) {
        if (type.code == code)
            return englishUi() && !type.nameEn.isEmpty() ? type.nameEn : type.nameVi;
    }
    return code;
}

QString agencyName(const services::CaseReferenceData &reference, const QString &code)
{
    for (const domain::Agency &agency : reference.agencies) {
        if (agency.code == code)
            return englishUi() && !agency.nameEn.isEmpty() ? agency.nameEn : agency.name;
    }
    return code;
}

} // namespace

SupportLedgerModel::SupportLedgerModel(const services::CaseReferenceData &reference,
                                       QObject *parent)
    : QAbstractTableModel(parent)
    , m_reference(reference)
{}

void SupportLedgerModel::setSupports(const QList<domain::Support> &supports)
{
    beginResetModel();
    m_supports = supports;
    endResetModel();
}

void SupportLedgerModel::setSupport(int row, const domain::Support &support)
{
    if (row < 0 || row >= m_supports.size())
        return;
    m_supports[row] = support;
    Q_EMIT dataChanged(index(row, 0), index(row, ColumnCount - 1));
}

void SupportLedgerModel::appendSupport(const domain::Support &support)
{
    beginInsertRows({}, int(m_supports.size()), int(m_supports.size()));
    m_supports.append(support);
    endInsertRows();
}

void SupportLedgerModel::removeSupport(int row)
{
    if (row < 0 || row >= m_supports.size())
        return;
    beginRemoveRows({}, row, row);
    m_supports.removeAt(row);
    endRemoveRows();
}

qint64 SupportLedgerModel::providedTotal() const
{
    qint64 sum = 0;
    for (const domain::Support &support : m_supports) {
        if (support.status == domain::SupportStatus::Provided)
            sum += support.amountVnd;
    }
    return sum;
}

qint64 SupportLedgerModel::total() const
{
    qint64 sum = 0;
    for (const domain::Support &support : m_supports)
        sum += support.amountVnd;
    return sum;
}

int SupportLedgerModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_supports.size());
}

int SupportLedgerModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : ColumnCount;
}

QVariant SupportLedgerModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_supports.size())
        return {};
    const domain::Support &support = m_supports.at(index.row());
    if (role == Qt::TextAlignmentRole) {
        if (index.column() == AmountColumn || index.column() == QuantityColumn)
            return int(Qt::AlignRight | Qt::AlignVCenter);
        return {};
    }
    if (role != Qt::DisplayRole && role != Qt::ToolTipRole)
        return {};
    switch (Column(index.column())) {
    case DateColumn:
        return CaseFields::formatDate(support.date);
    case TypeColumn:
        return supportTypeName(m_reference, support.typeCode);
    case ProviderColumn:
        return support.providerAgencyCode.isEmpty()
                   ? QString()
                   : agencyName(m_reference, support.providerAgencyCode);
    case AmountColumn:
        return CaseFields::formatMoney(support.amountVnd);
    case QuantityColumn:
        return support.quantity;
    case StatusColumn:
        return EnumLabels::label(support.status);
    case ColumnCount:
        break;
    }
    return {};
}

QVariant SupportLedgerModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (Column(section)) {
    case DateColumn:
        return tr("Date");
    case TypeColumn:
        return tr("Support type");
    case ProviderColumn:
        return tr("Provider");
    case AmountColumn:
        return tr("Amount");
    case QuantityColumn:
        return tr("Quantity / days");
    case StatusColumn:
        return tr("Status");
    case ColumnCount:
        break;
    }
    return {};
}

SupportLedger::SupportLedger(const services::CaseReferenceData &reference, QWidget *parent)
    : CaseRowsForm(parent)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("supportLedger"));
    m_model = new SupportLedgerModel(reference, this);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("supportTable"));
    m_table->setModel(m_model);
    TableViews::setUpRowPicker(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(SupportLedgerModel::TypeColumn,
                                                      QHeaderView::Stretch);
    for (int column : {int(SupportLedgerModel::DateColumn),
                       int(SupportLedgerModel::AmountColumn),
                       int(SupportLedgerModel::QuantityColumn),
                       int(SupportLedgerModel::StatusColumn),
                       int(SupportLedgerModel::ProviderColumn)})
        m_table->horizontalHeader()->setSectionResizeMode(column, QHeaderView::ResizeToContents);

    m_totals = new QLabel(this);
    m_totals->setObjectName(QStringLiteral("supportTotalsLabel"));
    QFont bold = m_totals->font();
    bold.setBold(true);
    m_totals->setFont(bold);

    auto *add = new QPushButton(tr("&Add support"), this);
    add->setObjectName(QStringLiteral("addSupportButton"));
    auto *archive = new QPushButton(tr("Archive support…"), this);
    archive->setObjectName(QStringLiteral("archiveSupportButton"));
    QFormLayout *form =
        setUpRows(m_table,
                  add,
                  archive,
                  {tr("Archive support"),
                   tr("This support stays in the database (and the audit log) but no longer "
                      "counts in the ledger or the reports.")},
                  m_totals);
    m_type = addFormRow<QComboBox>(form, tr("Support &type:"), QStringLiteral("supportTypeCombo"));
    for (const domain::SupportType &type : reference.supportTypes)
        addChoice(m_type, supportTypeName(reference, type.code), type.code);
    m_date = addFormRow<DateLineEdit>(form, tr("&Date:"), QStringLiteral("supportDateEdit"));
    m_provider = addFormRow<QComboBox>(form, tr("Pro&vider:"), QStringLiteral("providerCombo"));
    addChoice(m_provider, tr("(this centre)"), QString());
    // Agencies abolished in 2025 stay for the supports that name them (ui/AgencyChoices.h).
    AgencyChoices::add(m_provider, reference.agencies, [&reference](const domain::Agency &agency) {
        return agencyName(reference, agency.code);
    });
    auto *amountRow = new QHBoxLayout;
    m_amount = new MoneyLineEdit(m_form);
    m_amount->setObjectName(QStringLiteral("amountEdit"));
    m_amount->setToolTip(tr("Prefilled from the support type's default amount; type another "
                            "amount if it differs, with or without dots."));
    amountRow->addWidget(m_amount, 1);
    auto *quantityLabel = new QLabel(tr("&Quantity / days:"), m_form);
    amountRow->addWidget(quantityLabel);
    m_quantity = new QSpinBox(m_form);
    m_quantity->setObjectName(QStringLiteral("quantitySpin"));
    m_quantity->setRange(0, 9999);
    quantityLabel->setBuddy(m_quantity);
    amountRow->addWidget(m_quantity);
    auto *amountLabel = new QLabel(tr("A&mount:"), m_form);
    amountLabel->setBuddy(m_amount);
    form->addRow(amountLabel, amountRow);
    m_status = addFormRow<QComboBox>(form, tr("&Status:"), QStringLiteral("supportStatusCombo"));
    for (domain::SupportStatus status : domain::allValues<domain::SupportStatus>())
        addChoice(m_status, EnumLabels::label(status), domain::toCode(status));
    m_notes = addFormRow<QLineEdit>(form, tr("&Notes:"), QStringLiteral("supportNotesEdit"));

    registerField(QStringLiteral("type_code"), m_type);
    registerField(QStringLiteral("support_date"), m_date);
    registerField(QStringLiteral("provider_agency_code"), m_provider);
    registerField(QStringLiteral("amount_vnd"), m_amount);
    registerField(QStringLiteral("quantity"), m_quantity);
    registerField(QStringLiteral("notes"), m_notes);
    watchInTabOrder({m_table,
                     m_add,
                     m_archive,
                     m_type,
                     m_date,
                     m_provider,
                     m_amount,
                     m_quantity,
                     m_status,
                     m_notes});
    connect(this, &CaseForm::edited, this, &SupportLedger::storeRow);
    connect(m_type, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_loading)
            typeChosen();
    });
    connect(m_quantity, &QSpinBox::valueChanged, this, [this] {
        if (!m_loading)
            quantityChanged();
    });
    connect(
        m_table->selectionModel(),
        &QItemSelectionModel::currentRowChanged,
        this,
        [this](const QModelIndex &current) { showRow(current.isValid() ? current.row() : -1); });
    connect(m_add, &QPushButton::clicked, this, &SupportLedger::addSupport);
    showRow(-1);
}

bool SupportLedger::isStored(int row) const
{
    return m_model->supports().at(row).meta.isStored();
}

void SupportLedger::dropRow(int row)
{
    m_unreadable.remove(row);
    m_model->removeSupport(row);
    showRow(m_model->rowCount() > 0 ? 0 : -1);
    updateTotals();
}

qint64 SupportLedger::defaultAmount(const QString &typeCode) const
{
    for (const domain::SupportType &type : m_reference.supportTypes) {
        if (type.code == typeCode)
            return type.defaultAmountVnd;
    }
    return 0;
}

void SupportLedger::setSupports(const QList<domain::Support> &supports, const QDate &receptionDate)
{
    m_receptionDate = receptionDate;
    m_unreadable.clear();
    m_model->setSupports(supports);
    showRow(-1);
    selectRow(0);
    updateTotals();
}

void SupportLedger::selectRow(int row)
{
    if (row >= 0 && row < m_model->rowCount())
        m_table->selectionModel()->setCurrentIndex(m_model->index(row, 0),
                                                   QItemSelectionModel::ClearAndSelect
                                                       | QItemSelectionModel::Rows);
}

void SupportLedger::addSupport()
{
    domain::Support support;
    support.date = m_receptionDate.isValid() ? m_receptionDate : domain::Clock::instance().today();
    if (!m_reference.supportTypes.isEmpty()) {
        support.typeCode = m_reference.supportTypes.first().code;
        support.amountVnd = defaultAmount(support.typeCode);
    }
    m_model->appendSupport(support);
    selectRow(m_model->rowCount() - 1);
    updateTotals();
    Q_EMIT edited();
    m_type->setFocus(Qt::OtherFocusReason);
}

void SupportLedger::showRow(int row)
{
    startShowing(row);
    if (row < 0) {
        m_date->clear();
        m_amount->clear();
        m_notes->clear();
    } else {
        const domain::Support &support = m_model->supports().at(row);
        selectData(m_type, support.typeCode);
        m_date->setDate(support.date);
        selectData(m_provider, support.providerAgencyCode);
        m_amount->setAmount(support.amountVnd);
        m_quantity->setValue(support.quantity);
        m_shownQuantity = support.quantity;
        selectData(m_status, domain::toCode(support.status));
        m_notes->setText(support.notes);
    }
    m_loading = false;
}

void SupportLedger::storeRow()
{
    if (m_current < 0)
        return;
    domain::Support support = m_model->supports().at(m_current);
    support.typeCode = m_type->currentData().toString();
    support.date = m_date->date();
    support.providerAgencyCode = m_provider->currentData().toString();
    support.amountVnd = m_amount->amount().value_or(0);
    support.quantity = m_quantity->value();
    support.status = domain::fromCode<domain::SupportStatus>(m_status->currentData().toString())
                         .value_or(domain::SupportStatus::Provided);
    support.notes = m_notes->text().simplified();
    QSet<QString> unreadable;
    if (m_date->isMalformed())
        unreadable.insert(QStringLiteral("support_date"));
    if (m_amount->isMalformed())
        unreadable.insert(QStringLiteral("amount_vnd"));
    if (unreadable.isEmpty())
        m_unreadable.remove(m_current);
    else
        m_unreadable.insert(m_current, unreadable);
    m_model->setSupport(m_current, support);
    updateTotals();
    Q_EMIT supportEdited(support.meta.uuid);
}

void SupportLedger::typeChosen()
{
    // The type's default amount, times the days, unless the worker typed another amount.
    const qint64 amount =
        defaultAmount(m_type->currentData().toString()) * qMax(1, m_quantity->value());
    m_loading = true;
    m_amount->setAmount(amount);
    m_loading = false;
    storeRow();
}

void SupportLedger::quantityChanged()
{
    if (m_current < 0)
        return;
    const domain::Support &support = m_model->supports().at(m_current);
    const qint64 perUnit = defaultAmount(support.typeCode);
    // Still the default amount for the old quantity: follow the new quantity.
    if (perUnit > 0 && support.amountVnd == perUnit * qMax(1, m_shownQuantity)) {
        m_loading = true;
        m_amount->setAmount(perUnit * qMax(1, m_quantity->value()));
        m_loading = false;
    }
    m_shownQuantity = m_quantity->value();
    storeRow();
}

QList<std::pair<int, domain::FieldError>> SupportLedger::unreadableFields() const
{
    QList<std::pair<int, domain::FieldError>> errors;
    for (auto it = m_unreadable.cbegin(); it != m_unreadable.cend(); ++it) {
        for (const QString &field : it.value()) {
            errors.append({it.key(),
                           domain::FieldError{field,
                                              field == QLatin1String("support_date")
                                                  ? domain::ValidationCode::InvalidDate
                                                  : domain::ValidationCode::InvalidFormat}});
        }
    }
    return errors;
}

QString SupportLedger::totalsText() const
{
    return m_totals->text();
}

void SupportLedger::updateTotals()
{
    const qint64 provided = m_model->providedTotal();
    const qint64 all = m_model->total();
    QString text = tr("Total provided: %1").arg(CaseFields::formatMoney(provided));
    if (all != provided)
        text += tr(" (all statuses: %1)").arg(CaseFields::formatMoney(all));
    m_totals->setText(text);
}

} // namespace sr::ui
