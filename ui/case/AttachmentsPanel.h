#pragma once

#include "domain/Actor.h"
#include "domain/Attachment.h"
#include "domain/ChangeKind.h"
#include "domain/Reference.h"
#include "services/AttachmentService.h"
#include "services/CaseService.h"
#include "ui/case/AttachDialog.h"

#include <QPointer>
#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;
class QTableWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class AttachmentViewer;

/**
 * The case editor's "Attachments" tab (docs/attachments.md): the scans and photos of the case,
 * whichever record they belong to, with their kind, date, record, file name, size and who
 * added them when; archived ones on request. Attach… (or files dropped on the tab) opens the
 * attach dialog, Enter or a double click opens the selected one in a viewer (audited), Save a
 * copy… is there only for those allowed to, Archive… asks for a reason. Read when shown, and
 * again after committed changes; a case not saved yet has none.
 */
class AttachmentsPanel : public QWidget
{
    Q_OBJECT

public:
    /** @a context must outlive the panel. */
    explicit AttachmentsPanel(services::AppContext &context, QWidget *parent = nullptr);

    /** The case shown (person not stored: nothing to attach to yet). */
    void setCase(const services::CaseRecord &record,
                 const QList<domain::SupportType> &supportTypes);
    /** The reception shown in the editor (index in the case), the attach dialog's default. */
    void setCurrentReception(int index);

    /** The attachments listed, in the table's order. */
    const QList<domain::Attachment> &attachments() const { return m_rows; }
    /** What "Attached to" says for @a attachment. */
    QString ownerText(const domain::Attachment &attachment) const;
    QString typeText(const QString &code) const;

    /** Opens the attach dialog, pre-filled with @a path when given; it deletes itself. */
    AttachDialog *startAttach(const QString &path = {});
    AttachDialog *attachDialog() const { return m_dialog; }
    /** Opens the selected attachment in a viewer; nullptr with the reason shown when it cannot. */
    AttachmentViewer *openSelected();
    /** Archives the selected attachment with @a reason; false with the reason shown. */
    bool archiveSelected(const QString &reason);
    void selectRow(int row);

    QTableWidget *table() const { return m_table; }
    QCheckBox *showArchivedCheck() const { return m_showArchived; }
    QPushButton *attachButton() const { return m_attach; }
    QPushButton *openButton() const { return m_open; }
    QPushButton *saveCopyButton() const { return m_saveCopy; }
    QPushButton *archiveButton() const { return m_archive; }
    /** The line above the table: the empty state, a case not saved, or what went wrong. */
    QString noteText() const;
    QString messageText() const;

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;
    void dragEnterEvent(QDragEnterEvent *event) override;
    void dropEvent(QDropEvent *event) override;
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    /** Archives attachment @a id as of @a version; false with the reason shown. */
    bool archive(qint64 id, int version, const QString &reason);
    void recordsChanged(domain::ChangeKinds changed);
    void updateButtons();
    void showMessage(const QString &text, bool error);
    /** Says how many dropped files wait for their turn in the attach dialog. */
    void showPending();
    const domain::Attachment *selected() const;
    QList<AttachmentOwner> owners() const;
    void saveCopy();
    void askArchive();

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::AttachmentService m_service;
    services::CaseRecord m_record;
    QList<domain::SupportType> m_supportTypes;
    QList<domain::AttachmentType> m_types;
    QList<domain::Attachment> m_rows;
    int m_currentReception = -1;
    bool m_stale = true;
    QPointer<AttachDialog> m_dialog;
    QStringList m_pending; ///< dropped files not offered yet

    QLabel *m_note = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_table = nullptr;
    QCheckBox *m_showArchived = nullptr;
    QPushButton *m_attach = nullptr;
    QPushButton *m_open = nullptr;
    QPushButton *m_saveCopy = nullptr;
    QPushButton *m_archive = nullptr;
};

} // namespace sr::ui
