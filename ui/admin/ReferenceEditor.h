#pragma once

#include "domain/Actor.h"
#include "services/ReferenceService.h"

#include <QDialog>
#include <QHash>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTabWidget;
class QTableWidget;

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::ui {

class MoneyLineEdit;
class OrganisationForm;

/**
 * One editable reference list (agencies, border gates or support types): the entries in a
 * table (archived ones on request) beside a form for the selected or new entry. Save (Ctrl+S)
 * validates through ReferenceService (invalid fields marked, nothing written); Archive asks for
 * a reason. The code is suggested from the name for a new entry and fixed once saved.
 */
class ReferenceListPage : public QWidget
{
    Q_OBJECT

public:
    enum class Kind { Agencies, BorderGates, SupportTypes };

    ReferenceListPage(Kind kind,
                      storage::Database &database,
                      domain::Actor actor,
                      const services::ReferenceLists &lists,
                      QWidget *parent = nullptr);

    Kind kind() const { return m_kind; }
    /** Shows @a lists' entries of this page's kind, keeping the selected entry when it is there. */
    void setLists(const services::ReferenceLists &lists);
    /** Clears the form for a new entry (asks first when there are unsaved changes). */
    bool newEntry();
    /** Validates and saves the form; false with the fields marked when refused. */
    bool save();
    /** Archives the selected entry with @a reason; false (message shown) when refused. */
    bool archiveSelected(const QString &reason);
    /** Asks for a reason, then archiveSelected(). */
    void askArchive();
    /** Whether the form holds changes not saved. */
    bool isDirty() const { return m_dirty; }
    /** True when there is nothing unsaved or the user agrees to discard it. */
    bool confirmDiscard();
    QString messageText() const;
    /** Rows in the table (entries shown). */
    int rowCount() const;

Q_SIGNALS:
    /** An entry was stored: the editor reloads every page. */
    void changed();

private:
    struct Entry
    {
        domain::RecordMeta meta;
        QString code;
        QString name;
        QString nameEn;
        // Agency
        domain::AgencyKind agencyKind = domain::AgencyKind::Other;
        QString provinceCode;
        // Border gate
        QString countryCode;
        // Support type
        qint64 defaultAmountVnd = 0;
        bool legalRegime = false;
        int sortOrder = 0;
    };

    void buildForm(const services::ReferenceLists &lists);
    void fillTable();
    void display(const Entry &entry);
    Entry collect() const;
    void selectRow(int row);
    void showErrors(const domain::FieldErrors &errors);
    void showMessage(const QString &text, bool error);
    void setDirty(bool dirty);
    /** Stores @a entry through the service; the stored meta or the failure shown. */
    bool store(const Entry &entry);

    Kind m_kind;
    storage::Database &m_database;
    domain::Actor m_actor;
    bool m_readOnly = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_codeEdited = false;
    QList<Entry> m_entries;
    Entry m_current;

    QTableWidget *m_table = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QComboBox *m_agencyKind = nullptr;
    QComboBox *m_province = nullptr;
    QComboBox *m_country = nullptr;
    MoneyLineEdit *m_amount = nullptr;
    QCheckBox *m_legal = nullptr;
    QSpinBox *m_sortOrder = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QHash<QString, QWidget *> m_fields;
};

/**
 * The reference lists editor (administrators, Permission::ManageReference): the organisation's
 * details, agencies, border gates and support types with their default amounts. Every change is
 * validated, audited and archived rather than deleted (ReferenceService).
 */
class ReferenceEditor : public QDialog
{
    Q_OBJECT

public:
    ReferenceEditor(storage::Database &database, domain::Actor actor, QWidget *parent = nullptr);

    OrganisationForm *organisationForm() const { return m_organisation; }
    ReferenceListPage *page(ReferenceListPage::Kind kind) const;
    QTabWidget *tabs() const { return m_tabs; }

public Q_SLOTS:
    void reject() override;

Q_SIGNALS:
    /** Something was saved: open windows may re-read their choices. */
    void changed();

private:
    void reload();

    storage::Database &m_database;
    domain::Actor m_actor;
    QTabWidget *m_tabs = nullptr;
    OrganisationForm *m_organisation = nullptr;
    QList<ReferenceListPage *> m_pages;
};

} // namespace sr::ui
