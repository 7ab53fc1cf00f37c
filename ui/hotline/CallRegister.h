#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"
#include "services/HotlineService.h"
#include "ui/Page.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTableView;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class CallForm;
class CallTableModel;

/**
 * The hotline's call log ("Sổ tổng đài 18001769", docs/centre-work.md "Hotline"): the calls
 * of a period, filtered by reason and action taken, in a table read page by page. New call
 * (Ctrl+N) opens the quick-entry CallForm; Open (Enter or double click) edits one; Link to
 * case… links the call that became a case; Archive… archives with a reason. A role without
 * Permission::LogCalls sees a notice. It re-reads its page whenever calls are committed (Page).
 */
class CallRegister : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit CallRegister(services::AppContext &context, QWidget *parent = nullptr);
    ~CallRegister() override;

    CallTableModel *model() const { return m_model; }
    QTableView *table() const { return m_table; }
    QString countText() const;
    /** The empty state's text, empty when calls are listed. */
    QString emptyText() const;

    domain::ChangeKinds shows() const override
    {
        return domain::ChangeKind::Hotline | domain::ChangeKind::Case;
    }
    void reload() override { refresh(); }

    /** Opens the form on a new call (@a id 0) or on stored call @a id; returns it (shown). */
    CallForm *openForm(qint64 id);
    /** Links the selected call to the case @a caseCode; false with a message when refused. */
    bool linkCurrent(const QString &caseCode);

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    void applyFilter();
    void openCurrent();
    void askLink();
    void archiveCurrent();
    void updateButtons();
    void showFailure(ErrorCode code);

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::HotlineService &m_service;
    bool m_canLog = false;
    bool m_canEdit = false;

    CallTableModel *m_model = nullptr;
    QLabel *m_notice = nullptr;
    QCheckBox *m_periodCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_reasonCombo = nullptr;
    QComboBox *m_actionCombo = nullptr;
    QCheckBox *m_archivedCheck = nullptr;
    QPushButton *m_newButton = nullptr;
    QPushButton *m_openButton = nullptr;
    QPushButton *m_linkButton = nullptr;
    QPushButton *m_archiveButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_empty = nullptr;
    QLabel *m_countLabel = nullptr;
};

} // namespace sr::ui
