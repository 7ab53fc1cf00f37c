#include "ui/case/CaseEditor.h"

#include "domain/Clock.h"
#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/CaseService.h"
#include "services/Permissions.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/WindowGeometry.h"
#include "ui/case/AttachmentsPanel.h"
#include "ui/case/CaseFields.h"
#include "ui/case/CaseJson.h"
#include "ui/case/CasePrinting.h"
#include "ui/case/DuplicateDialog.h"
#include "ui/case/FollowUpList.h"
#include "ui/case/PersonForm.h"
#include "ui/case/PlanPanel.h"
#include "ui/case/ReceptionForm.h"
#include "ui/case/ResponsibleBar.h"
#include "ui/case/SupportLedger.h"
#include "ui/case/TaskList.h"
#include "ui/case/TimelinePanel.h"
#include "ui/shelter/StayDialog.h"

#include <QAction>
#include <QCloseEvent>
#include <QComboBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QJsonArray>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QScrollArea>
#include <QTabWidget>
#include <QTableWidget>
#include <QTimer>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

#include <initializer_list>

namespace sr::ui {

namespace {

/** Where a field error belongs in the editor: its section, reception and row. */
struct ErrorPlace
{
    CaseEditor::Section section = CaseEditor::Section::Person;
    int reception = -1;
    int row = -1;
    QString column;
};

ErrorPlace placeOf(const domain::FieldError &error)
{
    ErrorPlace place{CaseEditor::Section::Person, error.reception, error.row, error.field};
    switch (error.record) {
    case domain::RecordKind::Record:
    case domain::RecordKind::Person:
        place.section = CaseEditor::Section::Person;
        break;
    case domain::RecordKind::Reception:
        place.section = CaseEditor::Section::Reception;
        break;
    case domain::RecordKind::Support:
        place.section = CaseEditor::Section::Supports;
        break;
    case domain::RecordKind::FollowUp:
        place.section = CaseEditor::Section::FollowUps;
        break;
    }
    return place;
}

QWidget *scrollable(QWidget *content)
{
    auto *area = new QScrollArea;
    area->setWidget(content);
    area->setWidgetResizable(true);
    area->setFrameShape(QFrame::NoFrame);
    return area;
}

} // namespace

CaseEditor::CaseEditor(services::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(&context.cases())
    , m_drafts(context, m_actor.userName)
{
    setObjectName(QStringLiteral("caseEditor"));
    setWindowFlag(Qt::Window);
    setSizeGripEnabled(true);
    if (auto reference = m_service->referenceData(m_actor))
        m_reference = std::move(reference).value();
    else
        spdlog::error("case editor: reference lists not read ({})",
                      errorCodeName(reference.error().code).toStdString());

    m_header = new QLabel(this);
    m_header->setObjectName(QStringLiteral("caseHeaderLabel"));
    QFont headerFont = m_header->font();
    headerFont.setPointSizeF(headerFont.pointSizeF() * 1.25);
    headerFont.setBold(true);
    m_header->setFont(headerFont);

    auto *receptionRow = new QHBoxLayout;
    auto *receptionLabel = new QLabel(tr("Rece&ption:"), this);
    m_receptionCombo = new QComboBox(this);
    m_receptionCombo->setObjectName(QStringLiteral("receptionSelector"));
    m_receptionCombo->setMinimumContentsLength(28);
    m_receptionCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    receptionLabel->setBuddy(m_receptionCombo);
    m_addReception = new QPushButton(tr("Add reception"), this);
    m_addReception->setObjectName(QStringLiteral("addReceptionButton"));
    m_archiveReception = new QPushButton(tr("Archive reception…"), this);
    m_archiveReception->setObjectName(QStringLiteral("archiveReceptionButton"));
    receptionRow->addWidget(m_header);
    // "Responsible: <name>" and, for managers, "Change…" (its own widget, ResponsibleBar).
    receptionRow->addSpacing(12);
    receptionRow->addWidget(new ResponsibleBar(context, this));
    receptionRow->addStretch(1);
    receptionRow->addWidget(receptionLabel);
    receptionRow->addWidget(m_receptionCombo);
    receptionRow->addWidget(m_addReception);
    receptionRow->addWidget(m_archiveReception);

    m_personForm = new PersonForm(m_reference);
    m_receptionForm = new ReceptionForm(m_reference);
    m_supportLedger = new SupportLedger(m_reference);
    m_followUpList = new FollowUpList;
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("caseTabs"));
    m_taskList = new TaskList(context);
    // The plan saves each goal and request at once (its own transactions), not with Save.
    m_planPanel = new PlanPanel(m_context);
    connect(m_planPanel, &PlanPanel::caseChanged, this, [this] {
        // An approved closure changed the reception: show it as stored. Unsaved edits are
        // not dropped silently; the worker reloads when ready.
        if (m_edited)
            showMessage(tr("A manager's decision changed this case. Reload to see it (your "
                           "unsaved changes would be lost)."),
                        true);
        else
            reload();
    });
    m_timeline = new TimelinePanel(context, this);
    m_attachments = new AttachmentsPanel(context, this);
    // The records' sections scroll, so that Save and Close stay on a 1366×768 screen; the
    // case-work pages have tables that scroll themselves.
    const std::pair<Section, std::pair<QWidget *, QString>> sections[] = {
        {Section::Person, {scrollable(m_personForm), tr("&1 · Person")}},
        {Section::Reception, {scrollable(m_receptionForm), tr("&2 · Reception")}},
        {Section::Supports, {scrollable(m_supportLedger), tr("&3 · Supports")}},
        {Section::FollowUps, {scrollable(m_followUpList), tr("&4 · Follow-ups")}},
        {Section::Plan, {m_planPanel, tr("&5 · Plan")}},
        {Section::Tasks, {m_taskList, tr("&6 · Tasks")}},
        {Section::Timeline, {m_timeline, tr("&7 · Timeline")}},
        {Section::Attachments, {m_attachments, tr("&8 · Attachments")}},
    };
    for (const auto &[section, page] : sections) {
        m_sectionPages.insert(section, page.first);
        m_tabs->addTab(page.first, page.second);
    }

    // A section chosen by Alt+1..4 (or Ctrl+Tab) starts at its first field.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this](int index) {
        if (m_loading)
            return;
        switch (sectionAt(index)) {
        case Section::Person:
            m_personForm->fullNameEdit()->setFocus(Qt::TabFocusReason);
            break;
        case Section::Reception:
            m_receptionForm->dateEdit()->setFocus(Qt::TabFocusReason);
            break;
        case Section::Supports:
            m_supportLedger->addButton()->setFocus(Qt::TabFocusReason);
            break;
        case Section::FollowUps:
            m_followUpList->addButton()->setFocus(Qt::TabFocusReason);
            break;
        case Section::Plan:
            m_planPanel->goalTable()->setFocus(Qt::TabFocusReason);
            break;
        case Section::Tasks:
            m_taskList->newButton()->setFocus(Qt::TabFocusReason);
            break;
        case Section::Timeline:
            break; // the timeline is read, not edited
        case Section::Attachments:
            m_attachments->table()->setFocus(Qt::TabFocusReason);
            break;
        }
    });

    m_messagePanel = new QFrame(this);
    m_messagePanel->setObjectName(QStringLiteral("messagePanel"));
    m_messagePanel->setStyleSheet(QStringLiteral(
        "#messagePanel { background: #fde7e9; border: 1px solid #c42b1c; border-radius: 3px; }"));
    auto *panelLayout = new QHBoxLayout(m_messagePanel);
    m_messageLabel = new QLabel(m_messagePanel);
    m_messageLabel->setObjectName(QStringLiteral("messageLabel"));
    m_messageLabel->setWordWrap(true);
    m_messageLabel->setTextFormat(Qt::PlainText);
    panelLayout->addWidget(m_messageLabel, 1);
    m_reloadButton = new QPushButton(tr("&Reload"), m_messagePanel);
    m_reloadButton->setObjectName(QStringLiteral("reloadButton"));
    panelLayout->addWidget(m_reloadButton, 0, Qt::AlignTop);
    m_messagePanel->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("editorStatusLabel"));
    m_saveButton = new QPushButton(tr("Save (Ctrl+S)"), this);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setAutoDefault(false);
    auto *closeButton = new QPushButton(tr("Close (Esc)"), this);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    closeButton->setAutoDefault(false);
    m_archiveCase = new QPushButton(tr("Archive case…"), this);
    m_archiveCase->setObjectName(QStringLiteral("archiveCaseButton"));
    m_archiveCase->setAutoDefault(false);
    // Printing: the case file (Ctrl+P) and, of the reception chosen above, its minutes and its
    // support receipts (docs/report-layout.md, "Case documents").
    m_printButton = new QPushButton(tr("Print (Ctrl+P)"), this);
    m_printButton->setObjectName(QStringLiteral("printButton"));
    m_printButton->setAutoDefault(false);
    auto *printMenu = new QMenu(m_printButton);
    m_printCaseAction = printMenu->addAction(tr("Print case &file…"));
    m_printCaseAction->setObjectName(QStringLiteral("printCaseAction"));
    m_printCaseAction->setShortcut(QKeySequence::Print);
    m_printCaseAction->setShortcutContext(Qt::WindowShortcut);
    m_printMinutesAction = printMenu->addAction(tr("Print reception &minutes…"));
    m_printMinutesAction->setObjectName(QStringLiteral("printMinutesAction"));
    m_printReceiptsAction = printMenu->addAction(tr("Print support &receipts…"));
    m_printReceiptsAction->setObjectName(QStringLiteral("printReceiptsAction"));
    m_printButton->setMenu(printMenu);
    addAction(m_printCaseAction);
    connect(m_printCaseAction, &QAction::triggered, this, [this] {
        printDocument(reports::CaseDocument::CaseFile);
    });
    connect(m_printMinutesAction, &QAction::triggered, this, [this] {
        printDocument(reports::CaseDocument::ReceptionMinutes);
    });
    connect(m_printReceiptsAction, &QAction::triggered, this, [this] {
        printDocument(reports::CaseDocument::SupportReceipts);
    });
    // Admitting the reception chosen above to a shelter room (docs/centre-work.md, "Shelter"):
    // a stay is its own record, saved by the dialog in its own transaction, not with Save.
    // Every Alt letter of the words is taken by the tabs' fields: Ctrl+Shift+T ("tạm lánh";
    // Ctrl+T opens the shelter board in the main window, ui/MainWindow.cpp).
    m_admitButton = new QPushButton(tr("Admit to shelter… (Ctrl+Shift+T)"), this);
    m_admitButton->setObjectName(QStringLiteral("admitToShelterButton"));
    m_admitButton->setAutoDefault(false);
    auto *admitAction = new QAction(this);
    admitAction->setObjectName(QStringLiteral("admitToShelterAction"));
    admitAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    admitAction->setShortcutContext(Qt::WindowShortcut);
    addAction(admitAction);
    connect(admitAction, &QAction::triggered, this, &CaseEditor::admitToShelter);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_archiveCase);
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_admitButton);
    bottom->addWidget(m_printButton);
    bottom->addWidget(m_saveButton);
    bottom->addWidget(closeButton);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(receptionRow);
    layout->addWidget(m_tabs, 1);
    layout->addWidget(m_messagePanel);
    layout->addLayout(bottom);

    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    addAction(saveAction);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(closeButton, &QPushButton::clicked, this, &CaseEditor::reject);
    connect(m_reloadButton, &QPushButton::clicked, this, &CaseEditor::reload);
    connect(m_addReception, &QPushButton::clicked, this, &CaseEditor::addReception);
    connect(m_archiveReception, &QPushButton::clicked, this, &CaseEditor::archiveReception);
    connect(m_archiveCase, &QPushButton::clicked, this, &CaseEditor::archiveCase);
    connect(m_admitButton, &QPushButton::clicked, this, &CaseEditor::admitToShelter);
    connect(m_receptionCombo, &QComboBox::activated, this, [this](int index) {
        if (index != m_currentReception) {
            collect();
            showReception(index);
        }
    });

    m_draftTimer = new QTimer(this);
    m_draftTimer->setSingleShot(true);
    m_draftTimer->setInterval(draftDelayMs);
    connect(m_draftTimer, &QTimer::timeout, this, &CaseEditor::writeDraftNow);

    connect(
        m_personForm, &CaseForm::edited, this, [this] { markChanged(m_record.person.meta.uuid); });
    connect(m_receptionForm, &CaseForm::edited, this, [this] {
        if (m_currentReception < 0)
            return;
        m_supportLedger->setReceptionDate(m_receptionForm->dateEdit()->date());
        if (!m_record.person.meta.isStored())
            m_personForm->suggestEraFor(m_receptionForm->dateEdit()->date());
        markChanged(m_record.receptions.at(m_currentReception).reception.meta.uuid);
    });
    connect(m_supportLedger, &SupportLedger::supportEdited, this, &CaseEditor::markChanged);
    connect(m_supportLedger, &CaseForm::edited, this, [this] { markChanged({}); });
    connect(m_followUpList, &FollowUpList::followUpEdited, this, &CaseEditor::markChanged);
    connect(m_followUpList, &CaseForm::edited, this, [this] { markChanged({}); });
    // Marks shown by the last save go as soon as their field is fixed.
    for (CaseForm *form : std::initializer_list<CaseForm *>{
             m_personForm, m_receptionForm, m_supportLedger, m_followUpList})
        connect(form, &CaseForm::edited, this, &CaseEditor::recheckFieldErrors);
    connect(m_supportLedger, &SupportLedger::archiveRequested, this, &CaseEditor::archiveSupport);
    connect(m_followUpList, &FollowUpList::archiveRequested, this, &CaseEditor::archiveFollowUp);

    // Enter in a field must never press a button (QDialog's auto-default would).
    for (QPushButton *button : findChildren<QPushButton *>()) {
        button->setAutoDefault(false);
        button->setDefault(false);
    }
    WindowGeometry::place(this, QStringLiteral("caseEditor"), QSize(1180, 760));
}

CaseEditor::~CaseEditor()
{
    // Closed by a crash of the window rather than by the worker: keep what was typed.
    if (m_edited)
        writeDraftNow();
    // Children are destroyed after this destructor: their signals must not reach it.
    for (QObject *object : findChildren<QObject *>())
        QObject::disconnect(object, nullptr, this, nullptr);
}

void CaseEditor::newCase()
{
    services::CaseRecord record;
    services::ReceptionRecord first;
    first.reception.receptionDate = domain::Clock::instance().today();
    record.receptions.append(first);
    m_duplicatesChecked = false;
    setRecord(record);
    m_personForm->fullNameEdit()->setFocus(Qt::OtherFocusReason);
}

bool CaseEditor::openCase(qint64 personId)
{
    Result<services::CaseRecord> loaded = m_service->openCase(m_actor, personId);
    if (!loaded) {
        // The whole error: a case outside the user's record-level access says so.
        showMessage(messages::ErrorMessages::message(loaded.error()));
        return false;
    }
    setRecord(*loaded);
    return true;
}

void CaseEditor::restoreDraft(const Draft &draft)
{
    m_draftId = draft.id;
    const QJsonObject form = draft.form;
    services::CaseRecord record =
        CaseJson::caseFromJson(form.value(QStringLiteral("record")).toObject());
    setRecord(record);
    for (const QJsonValue &uuid : form.value(QStringLiteral("changed")).toArray())
        m_changed.insert(uuid.toString());
    const int current = form.value(QStringLiteral("current")).toInt();
    if (current >= 0 && current < m_record.receptions.size())
        showReception(current);
    m_edited = true;
    updateTitle();
    m_statusLabel->setText(tr("Restored from an unsaved draft. Check it and save (Ctrl+S)."));
}

void CaseEditor::setRecord(const services::CaseRecord &record)
{
    m_loading = true;
    m_record = record;
    m_changed.clear();
    m_personForm->setPerson(m_record.person);
    m_timeline->setPersonId(m_record.person.meta.id);
    m_attachments->setCase(m_record, m_reference.supportTypes);
    fillReceptionCombo();
    showReception(m_record.receptions.isEmpty() ? -1 : int(m_record.receptions.size()) - 1);
    m_personForm->clearErrors();
    // The rules may have added, completed or cancelled tasks with the save.
    m_taskList->setPerson(m_record.person.meta.id);
    clearMessages();
    m_edited = false;
    m_loading = false;
    updateTitle();
}

qint64 CaseEditor::personId() const
{
    return m_record.person.meta.id;
}

void CaseEditor::collect()
{
    m_record.person = m_personForm->person();
    if (m_currentReception >= 0 && m_currentReception < m_record.receptions.size()) {
        services::ReceptionRecord &entry = m_record.receptions[m_currentReception];
        entry.reception = m_receptionForm->reception();
        entry.supports = m_supportLedger->supports();
        entry.followUps = m_followUpList->followUps();
    }
}

void CaseEditor::fillReceptionCombo()
{
    const QSignalBlocker blocker(m_receptionCombo);
    m_receptionCombo->clear();
    for (int i = 0; i < m_record.receptions.size(); ++i) {
        const domain::Reception &r = m_record.receptions.at(i).reception;
        QString text =
            r.receptionDate.isValid() ? CaseFields::formatDate(r.receptionDate) : tr("(no date)");
        if (!r.meta.isStored())
            text += tr(" (new)");
        m_receptionCombo->addItem(tr("%1. %2").arg(i + 1).arg(text));
    }
    m_receptionCombo->setCurrentIndex(m_currentReception);
    const bool stored = m_record.person.meta.isStored();
    m_addReception->setEnabled(stored);
    m_addReception->setToolTip(
        stored ? QString() : tr("Save the new person first; then add further receptions."));
    m_archiveReception->setEnabled(
        m_record.receptions.size() > 1
        || (m_currentReception >= 0 && stored
            && m_record.receptions.at(m_currentReception).reception.meta.isStored()));
    m_archiveCase->setEnabled(stored && !m_context.isReadOnly()
                              && services::allowed(m_actor, services::Permission::EditCases));
    updatePrintActions();
    updateAdmitAction();
}

StayDialog *CaseEditor::stayDialog() const
{
    return m_stayDialog;
}

void CaseEditor::updateAdmitAction()
{
    if (!m_admitButton)
        return;
    const bool allowed = services::allowed(m_actor, services::Permission::AdmitToShelter);
    const bool receptionStored =
        m_record.person.meta.isStored() && m_currentReception >= 0
        && m_currentReception < m_record.receptions.size()
        && m_record.receptions.at(m_currentReception).reception.meta.isStored();
    m_admitButton->setEnabled(allowed && !m_context.isReadOnly() && receptionStored);
    m_admitButton->setToolTip(
        !allowed                 ? tr("Your role may not admit persons to a shelter.")
        : m_context.isReadOnly() ? tr("The database is open read-only: nobody can be admitted.")
        : !receptionStored
            ? tr("Save the reception first (Ctrl+S); then admit the person to a shelter.")
            : tr("Admits the person of the reception chosen above to a shelter room."));
}

void CaseEditor::admitToShelter()
{
    if (!m_admitButton->isEnabled())
        return;
    if (m_stayDialog) {
        m_stayDialog->raise();
        m_stayDialog->activateWindow();
        return;
    }
    const qint64 receptionId = m_record.receptions.at(m_currentReception).reception.meta.id;
    m_stayDialog = new StayDialog(m_context, receptionId, this);
    m_stayDialog->setAttribute(Qt::WA_DeleteOnClose);
    connect(m_stayDialog, &QDialog::accepted, this, [this] {
        // The stay is stored: the timeline shows the admission. The case itself is read again
        // only when that loses nothing the worker typed.
        if (m_edited)
            m_timeline->setPersonId(personId());
        else
            reload();
        m_statusLabel->setText(tr("Admitted to shelter."));
    });
    m_stayDialog->open();
}

void CaseEditor::updatePrintActions()
{
    if (!m_printCaseAction)
        return;
    const bool allowed = services::allowed(m_actor, services::Permission::PrintCase);
    const bool stored = m_record.person.meta.isStored();
    const bool receptionStored =
        stored && m_currentReception >= 0 && m_currentReception < m_record.receptions.size()
        && m_record.receptions.at(m_currentReception).reception.meta.isStored();
    m_printCaseAction->setEnabled(allowed && stored);
    m_printMinutesAction->setEnabled(allowed && receptionStored);
    m_printReceiptsAction->setEnabled(allowed && receptionStored);
    m_printButton->setEnabled(allowed && stored);
    m_printButton->setToolTip(
        !allowed ? tr("Your role may not print cases.")
                 : (stored ? tr("Prints the case as saved; unsaved changes are not printed.")
                           : tr("Save the new case first; then print it.")));
}

void CaseEditor::printDocument(reports::CaseDocument document)
{
    if (!m_printCaseAction->isEnabled() && document == reports::CaseDocument::CaseFile)
        return;
    std::optional<qint64> receptionId;
    if (m_currentReception >= 0 && m_currentReception < m_record.receptions.size()
        && m_record.receptions.at(m_currentReception).reception.meta.isStored())
        receptionId = m_record.receptions.at(m_currentReception).reception.meta.id;
    const QString problem =
        CasePrinting::preview(m_context, this, personId(), receptionId, document);
    if (!problem.isEmpty())
        showMessage(problem);
}

void CaseEditor::setCurrentReception(int index)
{
    if (index == m_currentReception)
        return;
    collect();
    showReception(index);
}

void CaseEditor::showReception(int index)
{
    const bool wasLoading = m_loading;
    m_loading = true;
    m_currentReception = index;
    if (index >= 0 && index < m_record.receptions.size()) {
        const services::ReceptionRecord &entry = m_record.receptions.at(index);
        m_receptionForm->setReception(entry.reception);
        m_supportLedger->setSupports(entry.supports, entry.reception.receptionDate);
        m_followUpList->setFollowUps(entry.followUps);
        m_planPanel->setReception(entry.reception);
        m_attachments->setCurrentReception(index);
    } else {
        m_planPanel->setReception(domain::Reception{});
    }
    m_receptionForm->setEnabled(index >= 0);
    m_supportLedger->setEnabled(index >= 0);
    m_followUpList->setEnabled(index >= 0);
    m_receptionForm->clearErrors();
    m_supportLedger->clearErrors();
    m_followUpList->clearErrors();
    fillReceptionCombo();
    m_loading = wasLoading;
}

void CaseEditor::showSection(Section section)
{
    if (QWidget *page = m_sectionPages.value(section))
        m_tabs->setCurrentWidget(page);
}

CaseEditor::Section CaseEditor::currentSection() const
{
    return sectionAt(m_tabs->currentIndex());
}

CaseEditor::Section CaseEditor::sectionAt(int index) const
{
    return m_sectionPages.key(m_tabs->widget(index), Section::Person);
}

void CaseEditor::markChanged(const QString &uuid)
{
    if (m_loading)
        return;
    if (!uuid.isEmpty())
        m_changed.insert(uuid);
    if (!m_edited) {
        m_edited = true;
        updateTitle();
    }
    m_draftTimer->start();
}

void CaseEditor::updateTitle()
{
    const QString code = m_record.person.caseCode;
    const QString title = code.isEmpty() ? tr("New case") : tr("Case %1").arg(code);
    m_header->setText(title);
    if (auto *responsible = findChild<ResponsibleBar *>())
        responsible->setPersonId(m_record.person.meta.id);
    setWindowTitle(QStringLiteral("%1%2 — SafeReturn")
                       .arg(title, m_edited ? QStringLiteral(" *") : QString()));
}

void CaseEditor::writeDraftNow()
{
    m_draftTimer->stop();
    if (!m_edited)
        return;
    collect();
    if (m_draftId.isEmpty())
        m_draftId = DraftStore::newId();
    QJsonObject form;
    form.insert(QStringLiteral("record"), CaseJson::toJson(m_record));
    QJsonArray changed;
    for (const QString &uuid : m_changed)
        changed.append(uuid);
    form.insert(QStringLiteral("changed"), changed);
    form.insert(QStringLiteral("current"), m_currentReception);
    if (Result<void> written = m_drafts.write(m_draftId, personId(), form); !written)
        m_statusLabel->setText(tr("The draft could not be written: %1")
                                   .arg(messages::ErrorMessages::message(written.error().code)));
}

void CaseEditor::removeDraft()
{
    m_draftTimer->stop();
    m_drafts.remove(m_draftId);
    m_draftId.clear();
}

void CaseEditor::clearMessages()
{
    m_shownErrors.clear();
    m_messageLabel->clear();
    m_messagePanel->hide();
    m_reloadButton->hide();
}

void CaseEditor::showMessage(const QString &text, bool offerReload)
{
    if (text != m_messageLabel->text())
        m_shownErrors.clear(); // another message replaces the list of field errors
    m_messageLabel->setText(text);
    m_reloadButton->setVisible(offerReload);
    m_messagePanel->show();
}

QString CaseEditor::messageText() const
{
    return m_messagePanel->isVisibleTo(this) ? m_messageLabel->text() : QString();
}

void CaseEditor::showFieldErrors(const domain::FieldErrors &errors)
{
    if (errors.isEmpty())
        return;
    const ErrorPlace first = placeOf(errors.first());
    if (first.reception >= 0 && first.reception != m_currentReception)
        setCurrentReception(first.reception);
    if (first.section == Section::Supports)
        m_supportLedger->selectRow(first.row);
    else if (first.section == Section::FollowUps)
        m_followUpList->selectRow(first.row);
    showSection(first.section);
    markFieldErrors(errors);

    CaseForm *form = m_personForm;
    if (first.section == Section::Reception)
        form = m_receptionForm;
    else if (first.section == Section::Supports)
        form = m_supportLedger;
    else if (first.section == Section::FollowUps)
        form = m_followUpList;
    if (QWidget *widget = form->widgetForField(first.column)) {
        widget->setFocus(Qt::OtherFocusReason);
        if (auto *line = qobject_cast<QLineEdit *>(widget))
            line->selectAll();
    }
}

void CaseEditor::markFieldErrors(const domain::FieldErrors &errors)
{
    QHash<QString, QString> person, reception, support, followUp;
    QStringList lines{messages::ErrorMessages::message(ErrorCode::InvalidInput)};
    for (const domain::FieldError &error : errors) {
        const ErrorPlace place = placeOf(error);
        const QString message = CaseFields::message({place.column, error.code});
        QStringList where;
        if (place.reception >= 0 && m_record.receptions.size() > 1)
            where.append(tr("Reception %1").arg(place.reception + 1));
        switch (place.section) {
        case Section::Person:
            person.insert(place.column, message);
            break;
        case Section::Reception:
            if (place.reception == m_currentReception)
                reception.insert(place.column, message);
            break;
        case Section::Supports:
            where.append(tr("support %1").arg(place.row + 1));
            if (place.reception == m_currentReception && place.row == m_supportLedger->currentRow())
                support.insert(place.column, message);
            break;
        case Section::FollowUps:
            where.append(tr("follow-up %1").arg(place.row + 1));
            if (place.reception == m_currentReception && place.row == m_followUpList->currentRow())
                followUp.insert(place.column, message);
            break;
        case Section::Plan:
        case Section::Tasks:
        case Section::Timeline:
        case Section::Attachments:
            break; // not written by the case's save: placeOf() never names them
        }
        const QString prefix =
            where.isEmpty() ? QString() : where.join(QStringLiteral(", ")) + QStringLiteral(": ");
        lines.append(QStringLiteral("• ") + prefix + message);
    }
    m_personForm->showErrors(person);
    m_receptionForm->showErrors(reception);
    m_supportLedger->showErrors(support);
    m_followUpList->showErrors(followUp);
    showMessage(lines.join(QLatin1Char('\n')));
    m_shownErrors = errors;
}

domain::FieldErrors CaseEditor::unreadableErrors() const
{
    using domain::RecordKind;
    domain::FieldErrors unreadable =
        domain::placedIn(m_personForm->unreadableFields(), RecordKind::Person);
    unreadable += domain::placedIn(
        m_receptionForm->unreadableFields(), RecordKind::Reception, m_currentReception);
    for (const auto &[row, e] : m_supportLedger->unreadableFields())
        unreadable += domain::placedIn({e}, RecordKind::Support, m_currentReception, row);
    for (const auto &[row, e] : m_followUpList->unreadableFields())
        unreadable += domain::placedIn({e}, RecordKind::FollowUp, m_currentReception, row);
    return unreadable;
}

void CaseEditor::recheckFieldErrors()
{
    if (m_shownErrors.isEmpty() || m_loading)
        return;
    // The form as it is now, checked as a save checks it (unreadable text, then the domain's
    // rules, placed in the case as CaseService places them).
    collect();
    using domain::RecordKind;
    const QDate today = domain::Clock::instance().today();
    domain::FieldErrors now = unreadableErrors();
    now += domain::placedIn(domain::validatePerson(m_record.person, today), RecordKind::Person);
    for (int r = 0; r < m_record.receptions.size(); ++r) {
        const services::ReceptionRecord &entry = m_record.receptions.at(r);
        now += domain::placedIn(domain::validateReception(entry.reception, m_record.person, today),
                                RecordKind::Reception,
                                r);
        for (int i = 0; i < entry.supports.size(); ++i)
            now += domain::placedIn(
                domain::validateSupport(entry.supports.at(i), entry.reception, today),
                RecordKind::Support,
                r,
                i);
        for (int i = 0; i < entry.followUps.size(); ++i)
            now += domain::placedIn(
                domain::validateFollowUp(entry.followUps.at(i), entry.reception, today),
                RecordKind::FollowUp,
                r,
                i);
    }
    // Only marks already shown stay (with today's wording of what is wrong); a field fixed
    // loses its mark at once, and no new mark appears before the next save.
    auto samePlace = [](const domain::FieldError &a, const domain::FieldError &b) {
        return a.field == b.field && a.record == b.record && a.reception == b.reception
               && a.row == b.row;
    };
    domain::FieldErrors still;
    for (const domain::FieldError &shown : std::as_const(m_shownErrors)) {
        for (const domain::FieldError &error : std::as_const(now)) {
            if (samePlace(shown, error)) {
                still.append(error);
                break;
            }
        }
    }
    if (still == m_shownErrors)
        return;
    if (still.isEmpty()) {
        clearMessages();
        m_personForm->clearErrors();
        m_receptionForm->clearErrors();
        m_supportLedger->clearErrors();
        m_followUpList->clearErrors();
        return;
    }
    markFieldErrors(still);
}

bool CaseEditor::handleFailure(const Error &error, const domain::FieldErrors &fieldErrors)
{
    if (error.code == ErrorCode::InvalidInput && !fieldErrors.isEmpty()) {
        showFieldErrors(fieldErrors);
        return false;
    }
    if (error.code == ErrorCode::Conflict) {
        showMessage(tr("This case was changed by someone else after you opened it, so your "
                       "changes were not saved. Reload shows the stored version (your changes "
                       "are lost); or copy what you typed elsewhere first."),
                    true);
        return false;
    }
    showMessage(messages::ErrorMessages::message(error.code));
    return false;
}

bool CaseEditor::save()
{
    QPointer<QWidget> focus = focusWidget();
    const bool saved = saveForm();
    // Reloading the saved case may disable the field that had the focus: keep typing possible.
    if (saved && (!focusWidget() || !focusWidget()->isEnabled() || !focusWidget()->isVisible())) {
        if (focus && focus->isEnabled() && focus->isVisible())
            focus->setFocus(Qt::OtherFocusReason);
        else
            m_tabs->currentWidget()->setFocus(Qt::OtherFocusReason);
    }
    return saved;
}

bool CaseEditor::saveForm()
{
    collect();
    clearMessages();
    m_personForm->clearErrors();
    m_receptionForm->clearErrors();
    m_supportLedger->clearErrors();
    m_followUpList->clearErrors();

    // Text that cannot be read at all never reaches the services.
    if (const domain::FieldErrors unreadable = unreadableErrors(); !unreadable.isEmpty()) {
        showFieldErrors(unreadable);
        return false;
    }

    if (!m_record.person.meta.isStored())
        return saveNew();

    services::ServiceResult<services::CaseRecord> result =
        m_service->saveCase(m_actor, m_record, m_changed);
    if (!result)
        return handleFailure(result.error(), result.fieldErrors());
    const int current = m_currentReception;
    removeDraft();
    setRecord(result.value());
    if (current >= 0 && current < m_record.receptions.size())
        showReception(current);
    m_statusLabel->setText(tr("Saved."));
    Q_EMIT saved(personId());
    return true;
}

bool CaseEditor::saveNew()
{
    if (m_record.receptions.isEmpty())
        return false;
    if (!m_duplicatesChecked) {
        Result<QList<services::DuplicateCandidate>> candidates =
            m_service->duplicateCandidates(m_actor, m_record.person);
        if (candidates && !candidates->isEmpty()) {
            // Validate first so the worker is not asked about duplicates of a half-typed form.
            const domain::FieldErrors errors =
                domain::validatePerson(m_record.person, domain::Clock::instance().today());
            if (errors.isEmpty()) {
                promptDuplicates(*candidates);
                return false;
            }
        }
    }
    services::NewCase newCase;
    newCase.person = m_record.person;
    newCase.reception = m_record.receptions.first().reception;
    newCase.supports = m_record.receptions.first().supports;
    newCase.followUps = m_record.receptions.first().followUps;
    services::ServiceResult<services::NewCase> result = m_service->saveNewCase(m_actor, newCase);
    if (!result)
        return handleFailure(result.error(), result.fieldErrors());
    removeDraft();
    const qint64 id = result->person.meta.id;
    openCase(id);
    m_statusLabel->setText(tr("Saved as case %1.").arg(result->person.caseCode));
    Q_EMIT saved(id);
    return true;
}

void CaseEditor::promptDuplicates(const QList<services::DuplicateCandidate> &candidates)
{
    QList<DuplicateRow> rows;
    for (const services::DuplicateCandidate &candidate : candidates) {
        DuplicateRow row{candidate, {}};
        // Another worker's case is not loaded: the refusal would be audited as an attempt.
        if (candidate.outOfScope) {
            rows.append(row);
            continue;
        }
        if (auto stored = m_service->loadCase(m_actor, candidate.personId)) {
            const domain::Person &p = stored->person;
            const QList<domain::Province> &provinces = p.residenceEra == domain::AdminEra::Pre2025
                                                           ? m_reference.provincesBefore2025
                                                           : m_reference.provincesFrom2025;
            for (const domain::Province &province : provinces) {
                if (province.code == p.residenceProvince)
                    row.provinceName = province.name;
            }
        }
        rows.append(row);
    }
    delete m_duplicateDialog;
    m_duplicateDialog = new DuplicateDialog(rows, this);
    connect(m_duplicateDialog, &QDialog::finished, this, [this] {
        DuplicateDialog *dialog = m_duplicateDialog;
        m_duplicateDialog = nullptr;
        dialog->deleteLater();
        switch (dialog->choice()) {
        case DuplicateDialog::Choice::SaveAsNew:
            m_duplicatesChecked = true;
            save();
            break;
        case DuplicateDialog::Choice::OpenExisting:
            useExistingPerson(dialog->selectedPersonId());
            break;
        case DuplicateDialog::Choice::Cancel:
            break;
        }
    });
    m_duplicateDialog->setWindowModality(Qt::WindowModal);
    m_duplicateDialog->open();
}

void CaseEditor::useExistingPerson(qint64 existingId)
{
    collect();
    Result<services::CaseRecord> existing = m_service->openCase(m_actor, existingId);
    if (!existing) {
        showMessage(messages::ErrorMessages::message(existing.error().code));
        return;
    }
    // The reception typed here becomes a new reception of the existing person.
    QList<services::ReceptionRecord> typed = m_record.receptions;
    const QString draftId = m_draftId;
    setRecord(*existing);
    m_draftId = draftId;
    for (services::ReceptionRecord entry : typed) {
        entry.reception.meta = {};
        entry.reception.personId = existingId;
        for (domain::Support &support : entry.supports)
            support.meta = {};
        for (domain::FollowUp &followUp : entry.followUps)
            followUp.meta = {};
        m_record.receptions.append(entry);
    }
    showReception(int(m_record.receptions.size()) - 1);
    m_edited = true;
    updateTitle();
    m_draftTimer->start();
    showSection(Section::Reception);
    m_statusLabel->setText(tr("The reception was added to the existing person. Check it and "
                              "save (Ctrl+S)."));
}

void CaseEditor::reload()
{
    if (!m_record.person.meta.isStored())
        return;
    const int current = m_currentReception;
    removeDraft();
    if (openCase(personId()) && current >= 0 && current < m_record.receptions.size())
        showReception(current);
    m_statusLabel->setText(tr("Reloaded the stored version."));
}

void CaseEditor::addReception()
{
    if (!m_record.person.meta.isStored())
        return;
    collect();
    services::ReceptionRecord entry;
    entry.reception.personId = personId();
    entry.reception.receptionDate = domain::Clock::instance().today();
    m_record.receptions.append(entry);
    showReception(int(m_record.receptions.size()) - 1);
    markChanged({});
    showSection(Section::Reception);
    m_receptionForm->dateEdit()->setFocus(Qt::OtherFocusReason);
}

void CaseEditor::archiveReception()
{
    if (m_currentReception < 0)
        return;
    collect();
    const domain::Reception reception = m_record.receptions.at(m_currentReception).reception;
    if (reception.meta.isStored()) {
        const std::optional<QString> reason = ArchiveReasonDialog::ask(
            this,
            tr("Archive reception"),
            tr("This reception, with its supports and follow-ups, stays in the database (and the "
               "audit log) but is no longer shown or counted in reports."));
        if (!reason)
            return;
        if (Result<void> archived = m_service->archiveReception(
                m_actor, reception.meta.id, reception.meta.version, *reason);
            !archived) {
            handleFailure(archived.error(), {});
            return;
        }
    }
    m_record.receptions.removeAt(m_currentReception);
    showReception(int(m_record.receptions.size()) - 1);
    m_statusLabel->setText(tr("Reception archived."));
    Q_EMIT saved(personId());
}

template<typename Row, typename Archive>
const services::ReceptionRecord *
CaseEditor::archiveRow(QList<Row> services::ReceptionRecord::*rows, int row, const Archive &archive)
{
    collect();
    if (m_currentReception < 0)
        return nullptr;
    services::ReceptionRecord &entry = m_record.receptions[m_currentReception];
    QList<Row> &list = entry.*rows;
    if (row < 0 || row >= list.size())
        return nullptr;
    const Row archivedRow = list.at(row);
    if (Result<void> archived = archive(archivedRow.meta.id, archivedRow.meta.version); !archived) {
        handleFailure(archived.error(), {});
        return nullptr;
    }
    list.removeAt(row);
    return &entry;
}

void CaseEditor::archiveSupport(int row, const QString &reason)
{
    const services::ReceptionRecord *entry =
        archiveRow(&services::ReceptionRecord::supports, row, [&](auto id, auto version) {
            return m_service->archiveSupport(m_actor, id, version, reason);
        });
    if (!entry)
        return;
    m_supportLedger->setSupports(entry->supports, entry->reception.receptionDate);
    m_statusLabel->setText(tr("Support archived."));
    Q_EMIT saved(personId());
}

void CaseEditor::archiveFollowUp(int row, const QString &reason)
{
    const services::ReceptionRecord *entry =
        archiveRow(&services::ReceptionRecord::followUps, row, [&](auto id, auto version) {
            return m_service->archiveFollowUp(m_actor, id, version, reason);
        });
    if (!entry)
        return;
    m_followUpList->setFollowUps(entry->followUps);
    m_statusLabel->setText(tr("Follow-up archived."));
}

void CaseEditor::archiveCase()
{
    if (!m_record.person.meta.isStored())
        return;
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Archive case"),
        tr("The whole case of %1 (%2), with every reception, support and follow-up, stays in the "
           "database and the audit log but leaves the case list and the reports. \"Show "
           "archived\" in the case list finds it again.")
            .arg(m_record.person.fullName, m_record.person.caseCode));
    if (!reason)
        return;
    if (Result<void> archived = m_service->archivePerson(
            m_actor, m_record.person.meta.id, m_record.person.meta.version, *reason);
        !archived) {
        handleFailure(archived.error(), {});
        return;
    }
    const qint64 id = personId();
    removeDraft();
    m_edited = false;
    Q_EMIT saved(id);
    accept();
}

bool CaseEditor::confirmClose()
{
    if (!m_edited) {
        removeDraft();
        return true;
    }
    QMessageBox box(QMessageBox::Warning,
                    tr("Unsaved changes"),
                    tr("This case has changes that are not saved."),
                    QMessageBox::Save | QMessageBox::Discard | QMessageBox::Cancel,
                    this);
    box.setInformativeText(tr("Save them before closing?"));
    box.setDefaultButton(QMessageBox::Save);
    switch (box.exec()) {
    case QMessageBox::Save:
        return save();
    case QMessageBox::Discard:
        m_edited = false;
        removeDraft();
        return true;
    default:
        return false;
    }
}

void CaseEditor::reject()
{
    if (m_duplicateDialog)
        return;
    if (confirmClose())
        QDialog::reject();
}

void CaseEditor::closeEvent(QCloseEvent *event)
{
    if (m_duplicateDialog || !confirmClose()) {
        event->ignore();
        return;
    }
    QDialog::closeEvent(event);
}

void CaseEditor::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("caseEditor"));
    QDialog::done(result);
}

QList<CaseEditor *> CaseEditor::offerDrafts(services::AppContext &context, QWidget *parent)
{
    QList<CaseEditor *> editors;
    const DraftStore store(context, context.actor().userName);
    const QList<Draft> drafts = store.list();
    if (drafts.isEmpty())
        return editors;
    QMessageBox box(QMessageBox::Question,
                    tr("Unsaved case forms"),
                    tr("%n case form(s) were not saved when SafeReturn last closed (for example "
                       "after a power cut). Restore them?",
                       nullptr,
                       int(drafts.size())),
                    QMessageBox::NoButton,
                    parent);
    QPushButton *restore = box.addButton(tr("&Restore"), QMessageBox::AcceptRole);
    QPushButton *discard = box.addButton(tr("&Discard"), QMessageBox::DestructiveRole);
    box.addButton(tr("&Later"), QMessageBox::RejectRole);
    box.setDefaultButton(restore);
    box.exec();
    if (box.clickedButton() == discard) {
        for (const Draft &draft : drafts)
            store.remove(draft.id);
        return editors;
    }
    if (box.clickedButton() != restore)
        return editors;
    for (const Draft &draft : drafts) {
        auto *editor = new CaseEditor(context, parent);
        editor->setAttribute(Qt::WA_DeleteOnClose);
        editor->restoreDraft(draft);
        editor->show();
        editors.append(editor);
    }
    return editors;
}

} // namespace sr::ui
