#include "ui/admin/ReferenceListPage.h"

#include "domain/TextFold.h"
#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ActionQuestion.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/FormRows.h"
#include "ui/TableViews.h"
#include "ui/admin/ReferenceFields.h"
#include "ui/case/CaseFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

/** A code suggested from a name: "Cửa khẩu Ka Long" → "cua_khau_ka_long". */
QString suggestedCode(const QString &name)
{
    QString code = domain::foldedTokens(name).join(QLatin1Char('_'));
    QString ascii;
    for (const QChar c : std::as_const(code)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_'))
            ascii.append(c);
    }
    return ascii.left(50);
}

} // namespace

bool ReferenceListPage::englishUi()
{
    return QLocale().language() == QLocale::English;
}

void ReferenceListPage::selectCode(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!code.isEmpty()) {
        combo->addItem(code, code); // keep a code no longer listed rather than losing it
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(0);
    }
}

ReferenceListPage::ReferenceListPage(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(context.actor())
{
    m_readOnly =
        context.isReadOnly() || !services::allowed(m_actor, services::Permission::ManageReference);
}

void ReferenceListPage::build(const services::ReferenceLists &lists)
{
    buildForm(lists);
    setLists(lists);
    // A role that may not manage the lists was refused them: asking again would only be refused.
    if (services::allowed(m_actor, services::Permission::ManageReference))
        followChanges(m_context, this, this);
}

services::ReferenceService &ReferenceListPage::references()
{
    return m_context.references();
}

void ReferenceListPage::reload()
{
    if (auto lists = m_context.references().lists(m_actor))
        setLists(*lists);
}

void ReferenceListPage::buildForm(const services::ReferenceLists &lists)
{
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("referenceTable"));
    const QStringList headers{tr("Code"), tr("Name"), extraColumnTitle(), tr("Status")};
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    TableViews::setUpRecordList(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (m_loading || row == previous || row < 0)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_table);
            m_table->setCurrentCell(previous, 0);
            return;
        }
        selectRow(row);
    });
    left->addWidget(m_table, 1);
    m_showArchived = new QCheckBox(tr("Show &archived entries"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));
    connect(m_showArchived, &QCheckBox::toggled, this, [this] {
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_showArchived);
            m_showArchived->setChecked(!m_showArchived->isChecked());
            return;
        }
        fillTable();
    });
    left->addWidget(m_showArchived);
    layout->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    layout->addLayout(right, 2);
    // In the page's layout from the start, so that addFormRow() makes the fields in the page.
    auto *form = new QFormLayout;
    right->addLayout(form);
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = addFormRow<QLineEdit>(form, tr("&Name (Vietnamese):"), QStringLiteral("nameEdit"));
    m_nameEn = addFormRow<QLineEdit>(form, tr("&English name:"), QStringLiteral("nameEnEdit"));
    m_code = addFormRow<QLineEdit>(form, tr("&Code:"), QStringLiteral("codeEdit"));
    m_code->setMaxLength(50);
    m_code->setToolTip(tr("Records refer to the code: it cannot be changed once saved."));
    m_fields = {{QStringLiteral("code"), m_code},
                {QStringLiteral("name"), m_name},
                {QStringLiteral("name_vi"), m_name},
                {QStringLiteral("name_en"), m_nameEn}};
    addFields(form, lists);
    m_status = addFormRow<QLabel>(form, tr("Status:"), QStringLiteral("entryStatusLabel"));
    m_status->setWordWrap(true);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    ReferenceFields::recheckWhenEdited(this, m_fields, m_message, [this] { return formErrors(); });
    right->addWidget(m_message);
    right->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newEntryButton"));
    connect(m_newButton, &QPushButton::clicked, this, &ReferenceListPage::newEntry);
    m_archiveButton = new QPushButton(tr("A&rchive…"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveEntryButton"));
    connect(m_archiveButton, &QPushButton::clicked, this, &ReferenceListPage::askArchive);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveEntryButton"));
    m_saveButton->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    connect(m_saveButton, &QPushButton::clicked, this, &ReferenceListPage::save);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    right->addLayout(buttons);

    for (QLineEdit *edit : {m_name, m_nameEn, m_code})
        watch(edit);
    connect(m_code, &QLineEdit::textEdited, this, [this] { m_codeEdited = true; });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!currentRow().meta.isStored() && !m_codeEdited)
            m_code->setText(suggestedCode(text));
    });
    m_newButton->setEnabled(!m_readOnly);
    m_saveButton->setEnabled(!m_readOnly);
}

void ReferenceListPage::watch(QLineEdit *widget)
{
    widget->setReadOnly(m_readOnly);
    connect(widget, &QLineEdit::textEdited, this, [this] { setDirty(true); });
}

void ReferenceListPage::watch(QComboBox *widget)
{
    widget->setEnabled(!m_readOnly);
    connect(widget, &QComboBox::currentIndexChanged, this, [this] { setDirty(true); });
}

void ReferenceListPage::watch(QCheckBox *widget)
{
    widget->setEnabled(!m_readOnly);
    connect(widget, &QCheckBox::toggled, this, [this] { setDirty(true); });
}

void ReferenceListPage::watch(QSpinBox *widget)
{
    widget->setReadOnly(m_readOnly);
    connect(widget, &QSpinBox::valueChanged, this, [this] { setDirty(true); });
}

QString ReferenceListPage::codeText() const
{
    return m_code->text().trimmed();
}

QString ReferenceListPage::nameText() const
{
    return domain::normaliseText(m_name->text());
}

QString ReferenceListPage::nameEnText() const
{
    return domain::normaliseText(m_nameEn->text());
}

void ReferenceListPage::setLists(const services::ReferenceLists &lists)
{
    takeEntries(lists);
    fillTable();
}

void ReferenceListPage::fillTable()
{
    const bool english = englishUi();
    const qint64 keep = currentRow().meta.id;
    const bool archived = m_showArchived->isChecked();
    m_loading = true;
    m_table->setRowCount(0);
    int row = 0;
    int keepRow = -1;
    for (int index = 0; index < entryCount(); ++index) {
        const Row e = rowAt(index);
        if (e.meta.archived && !archived)
            continue;
        m_table->insertRow(row);
        auto *code = new QTableWidgetItem(e.code);
        code->setData(Qt::UserRole, e.meta.id);
        m_table->setItem(row, 0, code);
        m_table->setItem(
            row, 1, new QTableWidgetItem(english && !e.nameEn.isEmpty() ? e.nameEn : e.name));
        auto *extraItem = new QTableWidgetItem(extraText(index));
        if (extraColumnIsAmount())
            extraItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, extraItem);
        m_table->setItem(
            row, 3, new QTableWidgetItem(e.meta.archived ? tr("Archived") : tr("In use")));
        if (e.meta.id == keep)
            keepRow = row;
        ++row;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_loading = false;
    if (m_dirty) {
        // Unsaved edits stay in the form; only the table's selection follows.
        const QSignalBlocker blocker(m_table);
        if (keepRow >= 0)
            m_table->setCurrentCell(keepRow, 0);
    } else if (keepRow >= 0) {
        selectRow(keepRow);
    } else if (row > 0) {
        selectRow(0);
    } else {
        makeCurrent(-1);
        display();
    }
}

int ReferenceListPage::rowCount() const
{
    return m_table->rowCount();
}

void ReferenceListPage::selectRow(int row)
{
    const qint64 id =
        m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
    for (int index = 0; index < entryCount(); ++index) {
        if (rowAt(index).meta.id == id) {
            makeCurrent(index);
            break;
        }
    }
    {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentCell(row, 0);
        m_table->selectRow(row);
    }
    display();
}

void ReferenceListPage::display()
{
    const Row entry = currentRow();
    m_loading = true;
    m_name->setText(entry.name);
    m_nameEn->setText(entry.nameEn);
    m_code->setText(entry.code);
    for (QLineEdit *edit : {m_name, m_nameEn, m_code})
        edit->setCursorPosition(0); // long names show their beginning
    m_code->setReadOnly(m_readOnly || entry.meta.isStored());
    m_codeEdited = false;
    showCurrent();
    if (!entry.meta.isStored()) {
        m_status->setText(tr("New entry, not saved yet"));
    } else if (entry.meta.archived) {
        m_status->setText(tr("Archived: %1").arg(entry.meta.archiveReason));
    } else {
        m_status->setText(tr("In use (version %1)").arg(entry.meta.version));
    }
    m_archiveButton->setEnabled(!m_readOnly && entry.meta.isStored() && !entry.meta.archived);
    m_saveButton->setEnabled(!m_readOnly && !entry.meta.archived);
    m_loading = false;
    showErrors({});
    setDirty(false);
}

bool ReferenceListPage::newEntry()
{
    if (m_readOnly || !confirmDiscard())
        return false;
    makeCurrent(-1);
    setCurrentUuid(QUuid::createUuid().toString(QUuid::WithoutBraces));
    prepareNew();
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    display();
    m_name->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ReferenceListPage::save()
{
    if (m_readOnly) {
        showMessage(messages::ErrorMessages::message(
                        m_context.isReadOnly() ? ErrorCode::ReadOnly : ErrorCode::PermissionDenied),
                    true);
        return false;
    }
    if (const domain::FieldErrors malformed = malformedFields(); !malformed.isEmpty()) {
        showErrors(malformed);
        return false;
    }
    return stored(store(std::nullopt), false);
}

ReferenceListPage::Outcome ReferenceListPage::store(const std::optional<QString> &archiveReason)
{
    // The page re-reads its list when the save commits (Page): that is held back until the
    // stored entry is the current one, so that the table selects it.
    const services::AppContext::NoticeBatch afterwards(m_context);
    Outcome outcome = storeCurrent(archiveReason);
    if (outcome.ok)
        setDirty(false);
    return outcome;
}

bool ReferenceListPage::archiveSelected(const QString &reason)
{
    const Row current = currentRow();
    if (m_readOnly || !current.meta.isStored() || current.meta.archived)
        return false;
    return stored(store(reason), true);
}

void ReferenceListPage::askArchive()
{
    const Row current = currentRow();
    if (m_readOnly || !current.meta.isStored() || current.meta.archived || !confirmDiscard())
        return;
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Archive entry"),
        tr("Records that use \"%1\" keep it; it is no longer offered for new records.")
            .arg(current.name));
    if (reason)
        archiveSelected(*reason);
}

bool ReferenceListPage::stored(const Outcome &outcome, bool archived)
{
    if (!outcome.ok) {
        if (!outcome.fieldErrors.isEmpty()) {
            showErrors(outcome.fieldErrors);
        } else if (outcome.error.code == ErrorCode::Duplicate) {
            showErrors({});
            CaseFields::markInvalid(m_code, ReferenceFields::duplicateCodeMessage());
            showMessage(ReferenceFields::duplicateCodeMessage(), true);
            m_code->setFocus(Qt::OtherFocusReason);
        } else {
            showErrors({});
            showMessage(messages::ErrorMessages::message(outcome.error.code), true);
        }
        return false;
    }
    showMessage(archived ? tr("Archived.") : tr("Saved."), false);
    return true;
}

void ReferenceListPage::showErrors(const domain::FieldErrors &errors)
{
    showMessage(ReferenceFields::markErrors(m_fields, errors), true);
}

void ReferenceListPage::showMessage(const QString &text, bool error)
{
    ReferenceFields::showMessage(m_message, text, error);
}

QString ReferenceListPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReferenceListPage::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
}

bool ReferenceListPage::confirmDiscard()
{
    if (!m_dirty || m_readOnly)
        return true;
    if (!askToDo(this,
                 tr("Unsaved changes"),
                 tr("The changes to this entry are not saved. Discard them?"),
                 tr("&Discard changes"),
                 QMessageBox::Warning))
        return false;
    m_dirty = false;
    return true;
}

} // namespace sr::ui
