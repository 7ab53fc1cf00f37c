#pragma once

#include "domain/Actor.h"
#include "services/AppContext.h"
#include "services/AuditService.h"

#include <QAbstractTableModel>
#include <QDialog>
#include <QJsonValue>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QTableView;

namespace sr::ui {

/**
 * The audit rows of a filter, fetched lazily a page at a time (canFetchMore/fetchMore) through
 * AuditService, newest first. Columns: time (local, dd/MM/yyyy), user, action, record type,
 * case code (the internal id in its tooltip), details in the user's words.
 */
class AuditTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    static constexpr int pageSize = 200;

    AuditTableModel(services::AuditService &service,
                    domain::Actor actor,
                    QObject *parent = nullptr);

    /** Starts over with @a filter; false (and an empty model) when the service refused. */
    bool setFilter(const services::AuditFilter &filter);
    const services::AuditFilter &filter() const { return m_filter; }
    qint64 totalRows() const { return m_total; }
    const Error &lastError() const { return m_error; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;
    bool canFetchMore(const QModelIndex &parent) const override;
    void fetchMore(const QModelIndex &parent) override;

    /** The user's wording of an audit action code ("create" → "Created"); the code when unknown. */
    static QString actionLabel(const QString &code);
    /**
     * The wording of one audit row's action, which may depend on what it was done to and how:
     * "open" of an attachment is "Opened an attachment", not a case opened; "print" names the
     * document printed (its "document" detail).
     */
    static QString
    actionLabel(const QString &code, const QString &entity, const QJsonObject &changes);
    /** The name of a printed document ("case_file" → "case file"); the code when unknown. */
    static QString printedDocumentLabel(const QString &code);
    /** The user's wording of an audited table ("person" → "Person"); the code when unknown. */
    static QString entityLabel(const QString &code);
    /** The label of the field @a key of @a entity, as its form shows it; the key when unknown. */
    static QString fieldLabel(const QString &entity, const QString &key);
    /** @a value of the field @a key in the user's words: dates dd/MM/yyyy, codes by label, …. */
    static QString valueText(const QString &entity, const QString &key, const QJsonValue &value);
    /**
     * The details of an audit row, one line per field: "Field: old → new" for an update or an
     * archiving, "Field: value" otherwise (empty values and internal identifiers left out).
     */
    static QStringList
    changeLines(const QString &entity, const QString &action, const QJsonObject &changes);

private:
    services::AuditService &m_service;
    domain::Actor m_actor;
    services::AuditFilter m_filter;
    QList<services::AuditEntry> m_rows;
    qint64 m_total = 0;
    Error m_error;
};

/**
 * The audit viewer (Permission::ViewAudit: managers and administrators): filters by user,
 * action, date range and case code, a lazily filled table, and the audited CSV export of the
 * rows shown.
 */
class AuditViewer : public QDialog
{
    Q_OBJECT

public:
    /** Acts for @a context's acting user; @a context must outlive the viewer. */
    explicit AuditViewer(services::AppContext &context, QWidget *parent = nullptr);

    /** Applies the filter fields (also on Enter and the Apply button). */
    void applyFilter();
    /** Writes the filtered rows to @a filePath (tests call this; the button asks for a file). */
    bool exportTo(const QString &filePath);

    AuditTableModel *model() const { return m_model; }

public Q_SLOTS:
    void done(int result) override;

private:
    void exportClicked();
    void sizeColumns();

    services::AuditService &m_service;
    domain::Actor m_actor;
    AuditTableModel *m_model = nullptr;
    QComboBox *m_userCombo = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QCheckBox *m_fromCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QCheckBox *m_toCheck = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QLineEdit *m_caseEdit = nullptr;
    QTableView *m_view = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_exportButton = nullptr;
};

} // namespace sr::ui
