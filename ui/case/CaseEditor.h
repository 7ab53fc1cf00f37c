#pragma once

#include "domain/Actor.h"
#include "reports/CaseDocuments.h"
#include "services/CaseService.h"
#include "ui/case/DraftStore.h"

#include <QDialog>
#include <QHash>
#include <QPointer>
#include <QSet>

#include <memory>

class QComboBox;
class QLabel;
class QPushButton;
class QTabWidget;
class QTimer;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class AttachmentsPanel;
class DuplicateDialog;
class FollowUpList;
class PlanPanel;
class PersonForm;
class ReceptionForm;
class StayDialog;
class SupportLedger;
class TaskList;
class TimelinePanel;

/**
 * The case editor: a person with their receptions, the support ledger and the follow-ups of
 * the chosen reception. Ctrl+S saves everything changed in one transaction (a new case through
 * CaseService::saveNewCase after the duplicate check); invalid fields are marked and listed,
 * nothing is saved. While the worker types, the form is kept as a local draft (DraftStore),
 * removed when saved or discarded. Esc closes, asking first when something is unsaved.
 */
class CaseEditor : public QDialog
{
    Q_OBJECT

public:
    /** Milliseconds after the last change before the draft is written. */
    static constexpr int draftDelayMs = 1000;

    /** The tabs, in their order (Alt+1…8); the case-work ones follow the records. */
    enum class Section {
        Person,
        Reception,
        Supports,
        FollowUps,
        Plan,
        Tasks,
        Timeline,
        Attachments
    };

    /** @a database must outlive the editor. */
    /** Acts for @a context's acting user; @a context must outlive the editor. */
    explicit CaseEditor(services::AppContext &context, QWidget *parent = nullptr);
    ~CaseEditor() override;

    /** Starts an empty new case. */
    void newCase();
    /** Loads a stored person; false (with the message shown) when it cannot be read. */
    bool openCase(qint64 personId);
    /** Restores an unsaved form from a draft (it keeps the draft's id). */
    void restoreDraft(const Draft &draft);

    /**
     * Validates and saves. False when something is invalid (fields marked), when the duplicate
     * prompt is shown (the save continues from it), on a conflict or another error.
     */
    bool save();
    /** Re-reads the case from the database, dropping unsaved changes. */
    void reload();

    qint64 personId() const;
    bool isDirty() const { return m_edited; }
    const services::CaseRecord &record() const { return m_record; }
    int currentReception() const { return m_currentReception; }
    void setCurrentReception(int index);
    /** Shows the tab of @a section (nothing when the editor has no such tab). */
    void showSection(Section section);
    Section currentSection() const;
    TimelinePanel *timelinePanel() const { return m_timeline; }
    AttachmentsPanel *attachmentsPanel() const { return m_attachments; }

    /** Text of the message panel (errors, conflicts), empty when hidden. */
    QString messageText() const;
    QPushButton *reloadButton() const { return m_reloadButton; }
    QPushButton *saveButton() const { return m_saveButton; }
    QString draftId() const { return m_draftId; }
    /** Writes the draft now instead of after the delay. */
    void writeDraftNow();

    PersonForm *personForm() const { return m_personForm; }
    ReceptionForm *receptionForm() const { return m_receptionForm; }
    SupportLedger *supportLedger() const { return m_supportLedger; }
    FollowUpList *followUpList() const { return m_followUpList; }
    PlanPanel *planPanel() const { return m_planPanel; }
    TaskList *taskList() const { return m_taskList; }
    QTabWidget *tabs() const { return m_tabs; }
    QPushButton *printButton() const { return m_printButton; }
    QPushButton *addReceptionButton() const { return m_addReception; }
    /** "Admit to shelter…": the reception chosen above into a shelter room. */
    QPushButton *admitButton() const { return m_admitButton; }
    /** The admit dialog open from this editor, if any. */
    StayDialog *stayDialog() const;
    /** The open duplicate prompt, if any. */
    DuplicateDialog *duplicateDialog() const { return m_duplicateDialog; }

    /**
     * After the database opened: offers to restore drafts of this database left by an earlier
     * session (crash, power cut) by @a context's acting user. Opens one editor per restored
     * draft, as children of @a parent.
     */
    static QList<CaseEditor *> offerDrafts(services::AppContext &context, QWidget *parent);

Q_SIGNALS:
    /** The case was saved (windows refresh from the context's notice, raised before this). */
    void saved(qint64 personId);

public Q_SLOTS:
    void reject() override;
    /** Closes, keeping the window's size for the next editor. */
    void done(int result) override;

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void setRecord(const services::CaseRecord &record);
    /** The section of tab @a index (found by its page). */
    Section sectionAt(int index) const;
    void collect();
    void showReception(int index);
    void fillReceptionCombo();
    void addReception();
    void archiveReception();
    void archiveSupport(int row, const QString &reason);
    void archiveFollowUp(int row, const QString &reason);
    /**
     * Archives row @a row of the current reception's @a rows (its supports or follow-ups)
     * through @a archive(id, version) and takes it out of the record; the reception, or
     * nullptr when there is no such row or the service refused (the failure shown).
     */
    template<typename Row, typename Archive>
    const services::ReceptionRecord *
    archiveRow(QList<Row> services::ReceptionRecord::*rows, int row, const Archive &archive);
    /** Archives the whole case (the person) with a reason, then closes the editor. */
    void archiveCase();
    /**
     * The print preview of @a document of the stored case (CasePrinting): the minutes and the
     * receipts of the reception chosen in the reception selector.
     */
    void printDocument(reports::CaseDocument document);
    /** The print actions: allowed (Permission::PrintCase) and only for a stored case. */
    void updatePrintActions();
    /**
     * Opens the admit dialog (ui/shelter/StayDialog) for the stored reception chosen above;
     * once admitted, the timeline (and the case, when nothing is unsaved) is read again.
     */
    void admitToShelter();
    /**
     * "Admit to shelter…": only for a stored reception, a writable database and a role with
     * Permission::AdmitToShelter; the tooltip says which is missing.
     */
    void updateAdmitAction();
    void markChanged(const QString &uuid);
    void updateTitle();
    void clearMessages();
    void showMessage(const QString &text, bool offerReload = false);
    /** Marks @a errors, lists them in the message panel and goes to the first one. */
    void showFieldErrors(const domain::FieldErrors &errors);
    /** Marks @a errors and lists them in the message panel (the focus stays). */
    void markFieldErrors(const domain::FieldErrors &errors);
    /** Text that cannot be read at all (a malformed date or amount), placed in the case. */
    domain::FieldErrors unreadableErrors() const;
    /** After an edit: drops the marks of fields now valid, hides the panel when none is left. */
    void recheckFieldErrors();
    bool handleFailure(const Error &error, const domain::FieldErrors &fieldErrors);
    void promptDuplicates(const QList<services::DuplicateCandidate> &candidates);
    void useExistingPerson(qint64 personId);
    bool saveForm();
    bool saveNew();
    void removeDraft();
    /** Asks Save / Discard / Cancel when dirty; true when the editor may close. */
    bool confirmClose();

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::CaseService *m_service = nullptr; ///< the context's
    services::CaseReferenceData m_reference;
    DraftStore m_drafts;
    QString m_draftId;

    services::CaseRecord m_record;
    int m_currentReception = -1;
    QSet<QString> m_changed;
    /** The field errors marked and listed in the message panel (empty when none is). */
    domain::FieldErrors m_shownErrors;
    bool m_edited = false;
    bool m_duplicatesChecked = false;
    bool m_loading = false;

    QLabel *m_header = nullptr;
    QComboBox *m_receptionCombo = nullptr;
    QPushButton *m_addReception = nullptr;
    QPushButton *m_archiveReception = nullptr;
    QTabWidget *m_tabs = nullptr;
    PersonForm *m_personForm = nullptr;
    ReceptionForm *m_receptionForm = nullptr;
    SupportLedger *m_supportLedger = nullptr;
    FollowUpList *m_followUpList = nullptr;
    PlanPanel *m_planPanel = nullptr;
    TimelinePanel *m_timeline = nullptr;
    TaskList *m_taskList = nullptr;
    AttachmentsPanel *m_attachments = nullptr;
    /**
     * The page of each section that has one: the tabs are found by page, not by index, as
     * the case-work sections join the tab bar in their enum's order whatever is present.
     */
    QHash<Section, QWidget *> m_sectionPages;
    QWidget *m_messagePanel = nullptr;
    QLabel *m_messageLabel = nullptr;
    QPushButton *m_reloadButton = nullptr;
    QLabel *m_statusLabel = nullptr;
    QPushButton *m_saveButton = nullptr;
    QPushButton *m_archiveCase = nullptr;
    QPushButton *m_printButton = nullptr;
    QAction *m_printCaseAction = nullptr;
    QAction *m_printMinutesAction = nullptr;
    QAction *m_printReceiptsAction = nullptr;
    QPushButton *m_admitButton = nullptr;
    QPointer<StayDialog> m_stayDialog;
    QTimer *m_draftTimer = nullptr;
    DuplicateDialog *m_duplicateDialog = nullptr;
};

} // namespace sr::ui
