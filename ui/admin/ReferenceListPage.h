#pragma once

#include "domain/Actor.h"
#include "domain/RecordMeta.h"
#include "domain/Validation.h"
#include "services/ReferenceService.h"
#include "ui/Page.h"

#include <QHash>
#include <QWidget>

#include <optional>

class QCheckBox;
class QComboBox;
class QFormLayout;
class QLabel;
class QLineEdit;
class QPushButton;
class QSpinBox;
class QTableWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/**
 * What every editable reference list shares (AgencyListPage, BorderGateListPage,
 * SupportTypeListPage): the entries in a table (archived ones on request) beside a form for
 * the selected or new entry with its code, names and status; New, Archive… and Save (Ctrl+S)
 * through ReferenceService (invalid fields marked, nothing written; archiving asks for a
 * reason). The code is suggested from the name for a new entry and fixed once saved. A list
 * adds its own fields, table column and save call (ReferenceListPageOf); the page re-reads
 * itself whenever reference lists are committed (Page).
 */
class ReferenceListPage : public QWidget, public Page
{
    Q_OBJECT

public:
    /** Shows @a lists' entries, keeping the selected entry when it is there. */
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

    domain::ChangeKinds shows() const override { return domain::ChangeKind::Reference; }
    void reload() override;

protected:
    /** The common part of an entry, for the table and the shared fields. */
    struct Row
    {
        domain::RecordMeta meta;
        QString code;
        QString name; ///< Vietnamese name
        QString nameEn;
    };
    /** What a save or an archive came to. */
    struct Outcome
    {
        bool ok = false;
        Error error;
        domain::FieldErrors fieldErrors;
    };

    ReferenceListPage(services::AppContext &context, QWidget *parent);
    /** Builds the page from @a lists; the list's constructor calls it last. */
    void build(const services::ReferenceLists &lists);

    /** The title of the table's third column. */
    virtual QString extraColumnTitle() const = 0;
    virtual bool extraColumnIsAmount() const { return false; }
    /** Adds the list's own fields to @a form (watch() each, register it in fields()). */
    virtual void addFields(QFormLayout *form, const services::ReferenceLists &lists) = 0;
    /** Takes this list's entries from @a lists. */
    virtual void takeEntries(const services::ReferenceLists &lists) = 0;
    virtual int entryCount() const = 0;
    virtual Row rowAt(int index) const = 0;
    /** The third column's text of entry @a index. */
    virtual QString extraText(int index) const = 0;
    /** Makes entry @a index (-1: a new, empty one) the one the form shows. */
    virtual void makeCurrent(int index) = 0;
    virtual Row currentRow() const = 0;
    virtual void setCurrentUuid(const QString &uuid) = 0;
    /** A new entry gets its defaults (makeCurrent(-1) was called). */
    virtual void prepareNew() {}
    /** Shows the current entry's own fields. */
    virtual void showCurrent() = 0;
    /** Fields typed in a form a number cannot be read from. */
    virtual domain::FieldErrors malformedFields() const { return {}; }
    /** What is wrong with the form as it is (malformed fields, then the domain's rules). */
    virtual domain::FieldErrors formErrors() const { return malformedFields(); }
    /**
     * Saves the current entry as the form holds it (@a archiveReason empty), or archives the
     * stored entry with @a archiveReason; on success the current entry is the stored one.
     */
    virtual Outcome storeCurrent(const std::optional<QString> &archiveReason) = 0;

    /** The shared fields' typed values. */
    QString codeText() const;
    QString nameText() const;
    QString nameEnText() const;
    /** Makes @a widget read-only on a read-only page and marks the form dirty when edited. */
    void watch(QLineEdit *widget);
    void watch(QComboBox *widget);
    void watch(QCheckBox *widget);
    void watch(QSpinBox *widget);
    /** Field widgets by column, for marking validation errors. */
    QHash<QString, QWidget *> &fields() { return m_fields; }
    bool isReadOnly() const { return m_readOnly; }
    static bool englishUi();
    /** Selects @a code in @a combo, adding it when it is no longer listed. */
    static void selectCode(QComboBox *combo, const QString &code);

    /** The service that saves the entries. */
    services::ReferenceService &references();

    services::AppContext &m_context;
    const domain::Actor m_actor;

private:
    void buildForm(const services::ReferenceLists &lists);
    void fillTable();
    void display();
    void selectRow(int row);
    void showErrors(const domain::FieldErrors &errors);
    void showMessage(const QString &text, bool error);
    void setDirty(bool dirty);
    /** storeCurrent(), after which the page re-reads the lists (with the entry stored). */
    Outcome store(const std::optional<QString> &archiveReason);
    /** Shows what store() came to; true when it stored. */
    bool stored(const Outcome &outcome, bool archived);

    bool m_readOnly = false;
    bool m_dirty = false;
    bool m_loading = false;
    bool m_codeEdited = false;

    QTableWidget *m_table = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QLineEdit *m_code = nullptr;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_nameEn = nullptr;
    QLabel *m_status = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QHash<QString, QWidget *> m_fields;
};

/**
 * What tells one reference list of @a Record apart besides its own fields: the page's object
 * name, its third column, where its entries are in ReferenceLists, which member holds the
 * Vietnamese name and which ReferenceService call saves an entry.
 */
template<typename Record>
struct ReferenceListKind
{
    const char *objectName;
    /** Marked QT_TRANSLATE_NOOP("sr::ui::ReferenceListPage", …): translated by the page. */
    const char *extraColumnTitle;
    QList<Record> services::ReferenceLists::*entries;
    QString Record::*name;
    services::ServiceResult<Record> (services::ReferenceService::*save)(const domain::Actor &,
                                                                        const Record &);
};

/**
 * A reference list of @a Record (domain::Agency, BorderGate, SupportType, TaskRule): keeps its entries
 * and the current one, so a list only says how its own fields show and read a record.
 */
inline domain::FieldErrors validateEntry(const domain::Agency &entry)
{
    return domain::validateAgency(entry);
}
inline domain::FieldErrors validateEntry(const domain::BorderGate &entry)
{
    return domain::validateBorderGate(entry);
}
inline domain::FieldErrors validateEntry(const domain::SupportType &entry)
{
    return domain::validateSupportType(entry);
}
inline domain::FieldErrors validateEntry(const domain::AttachmentType &entry)
{
    return domain::validateAttachmentType(entry);
}
inline domain::FieldErrors validateEntry(const domain::TaskRule &entry)
{
    return domain::validateTaskRule(entry);
}
inline domain::FieldErrors validateEntry(const domain::Shelter &entry)
{
    return domain::validateShelter(entry);
}
inline domain::FieldErrors validateEntry(const domain::ShelterRoom &entry)
{
    return domain::validateShelterRoom(entry);
}

template<typename Record>
class ReferenceListPageOf : public ReferenceListPage
{
protected:
    ReferenceListPageOf(services::AppContext &context,
                        const ReferenceListKind<Record> &kind,
                        QWidget *parent)
        : ReferenceListPage(context, parent)
        , m_kind(kind)
    {
        setObjectName(QLatin1String(kind.objectName));
    }

    /** The third column's text for @a record. */
    virtual QString extraOf(const Record &record) const = 0;
    /** Shows @a record in the list's own fields. */
    virtual void showRecord(const Record &record) = 0;
    /** Sets @a record's own fields to the form's values. */
    virtual void readFields(Record &record) const = 0;

    QString extraColumnTitle() const final { return tr(m_kind.extraColumnTitle); }
    void takeEntries(const services::ReferenceLists &lists) final
    {
        m_records = lists.*m_kind.entries;
    }
    int entryCount() const final { return int(m_records.size()); }
    Row rowAt(int index) const final { return rowOf(m_records.at(index)); }
    QString extraText(int index) const final { return extraOf(m_records.at(index)); }
    void makeCurrent(int index) final { m_current = index < 0 ? Record{} : m_records.at(index); }
    Row currentRow() const final { return rowOf(m_current); }
    void setCurrentUuid(const QString &uuid) final { m_current.meta.uuid = uuid; }
    void showCurrent() final { showRecord(m_current); }
    Outcome storeCurrent(const std::optional<QString> &archiveReason) final
    {
        Record record = archiveReason ? m_current : fromForm(); // not unsaved edits
        if (archiveReason) {
            record.meta.archived = true;
            record.meta.archiveReason = archiveReason->trimmed();
        }
        const services::ServiceResult<Record> saved = (references().*m_kind.save)(m_actor, record);
        if (!saved)
            return Outcome{false, saved.error(), saved.fieldErrors()};
        m_current = record;
        m_current.meta = saved->meta;
        return Outcome{true, {}, {}};
    }

    domain::FieldErrors formErrors() const final
    {
        return malformedFields() + validateEntry(fromForm());
    }

    QList<Record> m_records;
    Record m_current;

private:
    Row rowOf(const Record &record) const
    {
        return Row{record.meta, record.code, record.*m_kind.name, record.nameEn};
    }
    /** The current entry with the form's values. */
    Record fromForm() const
    {
        Record record = m_current;
        record.code = codeText();
        record.*m_kind.name = nameText();
        record.nameEn = nameEnText();
        readFields(record);
        return record;
    }

    const ReferenceListKind<Record> m_kind;
};

} // namespace sr::ui
