#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "services/BatchService.h"
#include "ui/Page.h"

#include <QWidget>

class QCheckBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class BatchEditor;
class BatchTableModel;

/**
 * The border handover register ("Sổ bàn giao"): the handover batches of a period in a table
 * read page by page, with New (Ctrl+N), Open (Enter or double click) and Archive… A batch
 * opens in a BatchEditor, which lists the receptions linked to it; asking to open one of their
 * cases is passed on as openCaseRequested(). What the user's role may not do is disabled
 * (the services refuse it anyway); a role that may not see cases sees a notice instead.
 * It re-reads its page whenever handovers are committed (Page).
 */
class BatchRegister : public QWidget, public Page
{
    Q_OBJECT

public:
    /** Acts for @a context's acting user; @a context must outlive the register. */
    explicit BatchRegister(services::AppContext &context, QWidget *parent = nullptr);
    ~BatchRegister() override;

    BatchTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    /** The status line ("12 lượt bàn giao"). */
    QString countText() const;
    bool canEdit() const { return m_canEdit; }

    domain::ChangeKinds shows() const override { return domain::ChangeKind::HandoverBatch; }
    void reload() override { refresh(); }

    /** Opens the editor on a new batch (@a id 0) or on stored batch @a id; returns it (shown). */
    BatchEditor *openEditor(qint64 id);

public Q_SLOTS:
    void refresh();

Q_SIGNALS:
    /** Open the case of person @a personId (a reception linked to a batch). */
    void openCaseRequested(qint64 personId);

protected:
    /** Keeps the window's size for the next time it opens. */
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilter();
    void openCurrent();
    void archiveCurrent();
    void updateButtons();
    void showFailure(ErrorCode code);

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::BatchService &m_service;
    services::BatchChoices m_choices;
    bool m_canView = false;
    bool m_canEdit = false;

    BatchTableModel *m_model = nullptr;
    QLabel *m_notice = nullptr;
    QCheckBox *m_periodCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QCheckBox *m_archivedCheck = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace sr::ui
