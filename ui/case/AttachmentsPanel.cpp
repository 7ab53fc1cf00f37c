#include "ui/case/AttachmentsPanel.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "services/ReferenceService.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/TableViews.h"
#include "ui/case/AttachmentViewer.h"
#include "ui/case/CaseFields.h"
#include "ui/case/CaseForm.h"

#include <QCheckBox>
#include <QDir>
#include <QDragEnterEvent>
#include <QDropEvent>
#include <QFileDialog>
#include <QFileInfo>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMimeData>
#include <QPushButton>
#include <QShowEvent>
#include <QTableWidget>
#include <QTimeZone>
#include <QTimer>
#include <QUrl>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

enum Column { TypeColumn, DateColumn, OwnerColumn, FileColumn, SizeColumn, ByColumn, OnColumn };

QTableWidgetItem *cell(const QString &text, bool archived)
{
    auto *item = new QTableWidgetItem(text);
    item->setFlags(item->flags() & ~Qt::ItemIsEditable);
    item->setToolTip(text);
    if (archived)
        item->setForeground(QPalette().brush(QPalette::Disabled, QPalette::Text));
    return item;
}

/** The local files among dropped @a urls. */
QStringList localFiles(const QMimeData *mime)
{
    QStringList files;
    if (!mime || !mime->hasUrls())
        return files;
    for (const QUrl &url : mime->urls()) {
        if (url.isLocalFile() && QFileInfo(url.toLocalFile()).isFile())
            files.append(url.toLocalFile());
    }
    return files;
}

} // namespace

AttachmentsPanel::AttachmentsPanel(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.database())
{
    setObjectName(QStringLiteral("attachmentsPanel"));
    setAcceptDrops(true);
    if (auto types = m_context.references().attachmentTypes())
        m_types = std::move(types).value();

    m_note = new QLabel(this);
    m_note->setObjectName(QStringLiteral("attachmentsNote"));
    m_note->setWordWrap(true);
    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("attachmentsMessage"));
    m_message->setWordWrap(true);
    m_message->setTextFormat(Qt::PlainText);
    m_message->hide();

    m_table = new QTableWidget(0, 7, this);
    m_table->setObjectName(QStringLiteral("attachmentTable"));
    m_table->setHorizontalHeaderLabels({tr("Kind of paper"),
                                        tr("Date"),
                                        tr("Attached to"),
                                        tr("File"),
                                        tr("Size"),
                                        tr("Added by"),
                                        tr("Added on")});
    TableViews::setUpRowPicker(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    for (int column : {TypeColumn, DateColumn, SizeColumn, ByColumn, OnColumn})
        header->setSectionResizeMode(column, QHeaderView::ResizeToContents);
    header->setSectionResizeMode(OwnerColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(FileColumn, QHeaderView::Stretch);
    m_table->installEventFilter(this);

    m_showArchived = new QCheckBox(tr("S&how archived"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedAttachmentsCheck"));
    m_attach = new QPushButton(tr("&Attach…"), this);
    m_attach->setObjectName(QStringLiteral("attachButton"));
    m_open = new QPushButton(tr("&Open"), this);
    m_open->setObjectName(QStringLiteral("openAttachmentButton"));
    m_saveCopy = new QPushButton(tr("Save a &copy…"), this);
    m_saveCopy->setObjectName(QStringLiteral("saveAttachmentCopyButton"));
    // A copy leaves the database: only those allowed to see the button at all.
    m_saveCopy->setVisible(services::allowed(m_actor, services::Permission::SaveAttachmentCopy));
    m_archive = new QPushButton(tr("Archi&ve…"), this);
    m_archive->setObjectName(QStringLiteral("archiveAttachmentButton"));

    auto *buttons = new QHBoxLayout;
    buttons->addWidget(m_attach);
    buttons->addWidget(m_open);
    buttons->addWidget(m_saveCopy);
    buttons->addWidget(m_archive);
    buttons->addStretch(1);
    buttons->addWidget(m_showArchived);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_note);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addLayout(buttons);

    connect(m_attach, &QPushButton::clicked, this, [this] { startAttach(); });
    connect(m_open, &QPushButton::clicked, this, [this] { openSelected(); });
    connect(m_saveCopy, &QPushButton::clicked, this, &AttachmentsPanel::saveCopy);
    connect(m_archive, &QPushButton::clicked, this, &AttachmentsPanel::askArchive);
    connect(m_showArchived, &QCheckBox::toggled, this, &AttachmentsPanel::refresh);
    connect(m_table, &QTableWidget::cellDoubleClicked, this, [this] { openSelected(); });
    connect(m_table, &QTableWidget::itemSelectionChanged, this, &AttachmentsPanel::updateButtons);
    connect(
        &m_context, &services::AppContext::recordsChanged, this, &AttachmentsPanel::recordsChanged);
    updateButtons();
}

void AttachmentsPanel::setCase(const services::CaseRecord &record,
                               const QList<domain::SupportType> &supportTypes)
{
    m_record = record;
    m_supportTypes = supportTypes;
    m_stale = true;
    if (isVisible())
        refresh();
}

void AttachmentsPanel::setCurrentReception(int index)
{
    m_currentReception = index;
}

QString AttachmentsPanel::typeText(const QString &code) const
{
    return AttachmentTexts::typeLabel(m_types, code);
}

QString AttachmentsPanel::ownerText(const domain::Attachment &attachment) const
{
    auto supportName = [this](const QString &code) {
        for (const domain::SupportType &type : m_supportTypes) {
            if (type.code == code)
                return englishUi() && !type.nameEn.isEmpty() ? type.nameEn : type.nameVi;
        }
        return code;
    };
    for (const services::ReceptionRecord &entry : m_record.receptions) {
        const domain::Reception &reception = entry.reception;
        if (attachment.receptionId && *attachment.receptionId == reception.meta.id)
            return tr("Reception %1").arg(CaseFields::formatDate(reception.receptionDate));
        for (const domain::Support &support : entry.supports) {
            if (attachment.supportId && *attachment.supportId == support.meta.id)
                return tr("Support: %1 %2")
                    .arg(supportName(support.typeCode), CaseFields::formatDate(support.date));
        }
        for (const domain::FollowUp &followUp : entry.followUps) {
            if (attachment.followUpId && *attachment.followUpId == followUp.meta.id)
                return tr("Follow-up %1").arg(CaseFields::formatDate(followUp.date));
        }
    }
    if (attachment.receptionId || attachment.supportId || attachment.followUpId)
        return tr("An archived record"); // its record is no longer in the case
    return m_record.person.fullName;
}

QList<AttachmentOwner> AttachmentsPanel::owners() const
{
    QList<AttachmentOwner> list;
    list.append({tr("%1 (the person)").arg(m_record.person.fullName), {}, {}, {}});
    for (const services::ReceptionRecord &entry : m_record.receptions) {
        if (!entry.reception.meta.isStored())
            continue;
        domain::Attachment probe;
        probe.receptionId = entry.reception.meta.id;
        list.append({ownerText(probe), entry.reception.meta.id, {}, {}});
        for (const domain::Support &support : entry.supports) {
            if (!support.meta.isStored())
                continue;
            probe = {};
            probe.supportId = support.meta.id;
            list.append({ownerText(probe), {}, support.meta.id, {}});
        }
        for (const domain::FollowUp &followUp : entry.followUps) {
            if (!followUp.meta.isStored())
                continue;
            probe = {};
            probe.followUpId = followUp.meta.id;
            list.append({ownerText(probe), {}, {}, followUp.meta.id});
        }
    }
    return list;
}

void AttachmentsPanel::showEvent(QShowEvent *event)
{
    QWidget::showEvent(event);
    if (m_stale)
        refresh();
}

void AttachmentsPanel::recordsChanged(domain::ChangeKinds changed)
{
    if (!(changed & (domain::ChangeKind::Case | domain::ChangeKind::Reference)))
        return;
    if (changed & domain::ChangeKind::Reference) {
        if (auto types = m_context.references().attachmentTypes())
            m_types = std::move(types).value();
    }
    m_stale = true;
    if (isVisible())
        refresh();
}

void AttachmentsPanel::refresh()
{
    m_stale = false;
    const qint64 keep = selected() ? selected()->meta.id : 0;
    m_rows.clear();
    m_table->setRowCount(0);
    if (!m_record.person.meta.isStored()) {
        m_note->setText(tr("Save the case first (Ctrl+S); then attach its papers here."));
        updateButtons();
        return;
    }
    auto listed =
        m_service.list(m_actor,
                       m_record.person.meta.id,
                       m_showArchived->isChecked() ? domain::ArchiveFilter::IncludeArchived
                                                   : domain::ArchiveFilter::ActiveOnly);
    if (!listed) {
        m_note->setText(messages::ErrorMessages::message(listed.error()));
        updateButtons();
        return;
    }
    m_rows = std::move(listed).value();
    m_note->setText(
        m_rows.isEmpty()
            ? tr("No papers attached yet. Attach the scanned identification decision, the "
                 "reception minutes, the consent form or a photo: Attach… or drop the files "
                 "here (PDF, JPEG, PNG or TIFF, up to 20 MB each).")
            : tr("The scanned papers and photos of this case. Enter or a double click opens "
                 "one; drop files here to attach them."));
    const QTimeZone vietnam("Asia/Ho_Chi_Minh");
    m_table->setRowCount(int(m_rows.size()));
    for (int row = 0; row < m_rows.size(); ++row) {
        const domain::Attachment &a = m_rows.at(row);
        const bool archived = a.meta.archived;
        QString type = typeText(a.documentType);
        if (archived)
            type = tr("%1 (archived: %2)").arg(type, a.meta.archiveReason);
        m_table->setItem(row, TypeColumn, cell(type, archived));
        m_table->setItem(row, DateColumn, cell(CaseFields::formatDate(a.documentDate), archived));
        m_table->setItem(row, OwnerColumn, cell(ownerText(a), archived));
        m_table->setItem(row, FileColumn, cell(a.fileName, archived));
        auto *size = cell(AttachmentTexts::sizeText(a.sizeBytes), archived);
        size->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, SizeColumn, size);
        m_table->setItem(row, ByColumn, cell(a.meta.createdBy, archived));
        m_table->setItem(
            row,
            OnColumn,
            cell(CaseFields::formatDate(a.meta.createdAt.toTimeZone(vietnam).date()), archived));
        if (a.meta.id == keep)
            m_table->selectRow(row);
    }
    if (!m_rows.isEmpty() && m_table->selectedItems().isEmpty())
        m_table->selectRow(0);
    updateButtons();
}

void AttachmentsPanel::selectRow(int row)
{
    m_table->selectRow(row);
}

const domain::Attachment *AttachmentsPanel::selected() const
{
    const QList<QTableWidgetSelectionRange> ranges = m_table->selectedRanges();
    if (ranges.isEmpty())
        return nullptr;
    const int row = ranges.first().topRow();
    return row >= 0 && row < m_rows.size() ? &m_rows.at(row) : nullptr;
}

void AttachmentsPanel::updateButtons()
{
    const bool stored = m_record.person.meta.isStored();
    const bool canEdit =
        !m_context.isReadOnly() && services::allowed(m_actor, services::Permission::EditCases);
    const domain::Attachment *current = selected();
    m_attach->setEnabled(stored && canEdit);
    m_open->setEnabled(current != nullptr);
    m_saveCopy->setEnabled(current != nullptr);
    m_archive->setEnabled(current && !current->meta.archived && canEdit);
}

QString AttachmentsPanel::noteText() const
{
    return m_note->text();
}

QString AttachmentsPanel::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void AttachmentsPanel::showPending()
{
    if (m_pending.isEmpty())
        return;
    showMessage(tr("%n more dropped file(s) will be offered after this one.",
                   nullptr,
                   int(m_pending.size())),
                false);
}

void AttachmentsPanel::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c42b1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

AttachDialog *AttachmentsPanel::startAttach(const QString &path)
{
    if (!m_attach->isEnabled())
        return nullptr;
    if (m_dialog) {
        // One at a time: the one open keeps what was chosen in it.
        if (!path.isEmpty() && m_dialog->fileEdit()->text().isEmpty())
            m_dialog->setFilePath(path);
        m_dialog->raise();
        m_dialog->activateWindow();
        return m_dialog;
    }
    showMessage({}, false);
    // The reception shown in the editor is the default: papers come with a reception.
    const QList<AttachmentOwner> choices = owners();
    int preferred = 0;
    if (m_currentReception >= 0 && m_currentReception < m_record.receptions.size()) {
        const qint64 receptionId = m_record.receptions.at(m_currentReception).reception.meta.id;
        for (int i = 0; i < choices.size(); ++i) {
            if (choices.at(i).receptionId && *choices.at(i).receptionId == receptionId)
                preferred = i;
        }
    }
    m_dialog = new AttachDialog(
        m_service, m_actor, m_record.person.meta.id, m_types, choices, preferred, this);
    m_dialog->setAttribute(Qt::WA_DeleteOnClose);
    if (!path.isEmpty())
        m_dialog->setFilePath(path);
    connect(m_dialog, &AttachDialog::attached, this, [this](const domain::Attachment &stored) {
        showMessage(tr("Attached: %1.").arg(typeText(stored.documentType)), false);
        refresh();
        for (int row = 0; row < m_rows.size(); ++row) {
            if (m_rows.at(row).meta.id == stored.meta.id)
                m_table->selectRow(row);
        }
        m_table->setFocus(Qt::OtherFocusReason);
    });
    connect(m_dialog, &QDialog::finished, this, [this] {
        m_dialog = nullptr; // it deletes itself later
        if (m_pending.isEmpty()) {
            showPending();
            return;
        }
        QTimer::singleShot(0, this, [this] {
            if (!m_pending.isEmpty())
                startAttach(m_pending.takeFirst());
        });
    });
    m_dialog->open();
    showPending();
    return m_dialog;
}

AttachmentViewer *AttachmentsPanel::openSelected()
{
    const domain::Attachment *current = selected();
    if (!current)
        return nullptr;
    const QString owner = ownerText(*current);
    Result<domain::AttachmentContent> content = m_service.open(m_actor, current->meta.id);
    if (!content) {
        // A damaged attachment is said so; nothing of it is shown.
        showMessage(AttachmentTexts::openFailure(content.error()), true);
        return nullptr;
    }
    showMessage({}, false);
    const QString type = typeText(content->attachment.documentType);
    auto *viewer =
        new AttachmentViewer(m_service, m_actor, std::move(content).value(), type, owner, window());
    viewer->show();
    return viewer;
}

void AttachmentsPanel::saveCopy()
{
    const domain::Attachment *current = selected();
    if (!current)
        return;
    const qint64 id = current->meta.id;
    const QString path =
        QFileDialog::getSaveFileName(this, tr("Save a copy of the attachment"), current->fileName);
    if (path.isEmpty())
        return;
    if (Result<void> saved = m_service.saveCopy(m_actor, id, path); !saved) {
        showMessage(messages::ErrorMessages::message(saved.error()), true);
        return;
    }
    showMessage(tr("A copy was saved to %1. It is outside the database now: keep it safe, and "
                   "delete it when it is no longer needed.")
                    .arg(QDir::toNativeSeparators(path)),
                false);
}

void AttachmentsPanel::askArchive()
{
    const domain::Attachment *current = selected();
    if (!current)
        return;
    // Taken before the modal dialog: a refresh while it is open (another window's change)
    // may move the selection, and the paper archived must be the one the user chose.
    const qint64 id = current->meta.id;
    const int version = current->meta.version;
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Archive attachment"),
        tr("The attachment leaves the case's list but is kept in the database, with its "
           "content; \"Show archived\" lists it again."));
    if (reason)
        archive(id, version, *reason);
}

bool AttachmentsPanel::archiveSelected(const QString &reason)
{
    const domain::Attachment *current = selected();
    return current && archive(current->meta.id, current->meta.version, reason);
}

bool AttachmentsPanel::archive(qint64 id, int version, const QString &reason)
{
    if (Result<void> archived = m_service.archive(m_actor, id, version, reason); !archived) {
        showMessage(messages::ErrorMessages::message(archived.error()), true);
        return false;
    }
    showMessage(tr("Archived."), false);
    refresh();
    return true;
}

bool AttachmentsPanel::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_table && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if ((key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter)
            && key->modifiers() == Qt::NoModifier) {
            openSelected();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

void AttachmentsPanel::dragEnterEvent(QDragEnterEvent *event)
{
    if (m_attach->isEnabled() && !localFiles(event->mimeData()).isEmpty())
        event->acceptProposedAction();
}

void AttachmentsPanel::dropEvent(QDropEvent *event)
{
    const QStringList files = localFiles(event->mimeData());
    if (files.isEmpty() || !m_attach->isEnabled())
        return;
    event->acceptProposedAction();
    // One dialog a file, one after the other: each paper gets its own kind, date and record.
    m_pending += files.mid(1);
    startAttach(files.first());
}

} // namespace sr::ui
