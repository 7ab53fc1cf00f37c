#pragma once

#include "domain/Support.h"
#include "services/CaseService.h"
#include "ui/case/CaseForm.h"

#include <QAbstractTableModel>
#include <QSet>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableView;

namespace sr::ui {

class DateLineEdit;
class MoneyLineEdit;

/** The supports of one reception as table rows (date, type, provider, amount, quantity, status). */
class SupportLedgerModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    enum Column {
        DateColumn,
        TypeColumn,
        ProviderColumn,
        AmountColumn,
        QuantityColumn,
        StatusColumn,
        ColumnCount
    };

    SupportLedgerModel(const services::CaseReferenceData &reference, QObject *parent = nullptr);

    void setSupports(const QList<domain::Support> &supports);
    const QList<domain::Support> &supports() const { return m_supports; }
    void setSupport(int row, const domain::Support &support);
    void appendSupport(const domain::Support &support);
    void removeSupport(int row);

    /** Sum of the amounts of supports provided. */
    qint64 providedTotal() const;
    /** Sum of every amount (referred ones included). */
    qint64 total() const;

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant
    headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    const services::CaseReferenceData &m_reference;
    QList<domain::Support> m_supports;
};

/**
 * The support ledger of the current reception: the table, a form for the selected row (type
 * with its default amount prefilled and editable, date, provider, amount, quantity, status,
 * notes), add and archive buttons and the totals.
 */
class SupportLedger : public CaseRowsForm
{
    Q_OBJECT

public:
    SupportLedger(const services::CaseReferenceData &reference, QWidget *parent = nullptr);

    void setSupports(const QList<domain::Support> &supports, const QDate &receptionDate);
    /** New supports are dated on the reception day (when it is known). */
    void setReceptionDate(const QDate &date) { m_receptionDate = date; }
    QList<domain::Support> supports() const { return m_model->supports(); }
    /** Malformed dates/amounts typed in rows, with the row index. */
    QList<std::pair<int, domain::FieldError>> unreadableFields() const;

    SupportLedgerModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    void selectRow(int row);
    QString totalsText() const;

    QComboBox *typeCombo() const { return m_type; }
    DateLineEdit *dateEdit() const { return m_date; }
    MoneyLineEdit *amountEdit() const { return m_amount; }
    QSpinBox *quantitySpin() const { return m_quantity; }

public Q_SLOTS:
    void addSupport();

Q_SIGNALS:
    /** The row was edited (uuid of a stored support, empty for a new one). */
    void supportEdited(const QString &uuid);

private:
    bool isStored(int row) const override;
    void dropRow(int row) override;
    void showRow(int row);
    void storeRow();
    void typeChosen();
    void quantityChanged();
    void updateTotals();
    qint64 defaultAmount(const QString &typeCode) const;

    const services::CaseReferenceData &m_reference;
    SupportLedgerModel *m_model = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_totals = nullptr;
    QComboBox *m_type = nullptr;
    DateLineEdit *m_date = nullptr;
    QComboBox *m_provider = nullptr;
    MoneyLineEdit *m_amount = nullptr;
    QSpinBox *m_quantity = nullptr;
    QComboBox *m_status = nullptr;
    QLineEdit *m_notes = nullptr;
    QDate m_receptionDate;
    int m_shownQuantity = 1;
    /** Per row, the columns whose typed text could not be read. */
    QHash<int, QSet<QString>> m_unreadable;
};

} // namespace sr::ui
