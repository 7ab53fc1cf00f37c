#pragma once

#include "domain/ChangeKind.h"

#include <QWidget>

class QLabel;
class QTableView;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class TimelineModel;

/**
 * The case editor's "Timeline" tab (docs/case-work.md): everything that happened on the case,
 * newest first — receptions, identification decisions, closures, supports, follow-ups, plan
 * goal changes, tasks, approvals, assignments and who opened the case — each with its day or
 * time, who and a short text. Read when shown, and again after committed changes.
 */
class TimelinePanel : public QWidget
{
    Q_OBJECT

public:
    /** @a context must outlive the panel. */
    explicit TimelinePanel(services::AppContext &context, QWidget *parent = nullptr);

    /** The case to show (0: none, a new case). Read at once when visible, else when shown. */
    void setPersonId(qint64 personId);
    TimelineModel *model() const { return m_model; }
    QTableView *view() const { return m_view; }

public Q_SLOTS:
    void refresh();

protected:
    void showEvent(QShowEvent *event) override;

private:
    void recordsChanged(domain::ChangeKinds changed);

    services::AppContext &m_context;
    qint64 m_personId = 0;
    bool m_stale = true;
    QLabel *m_note = nullptr;
    TimelineModel *m_model = nullptr;
    QTableView *m_view = nullptr;
};

} // namespace sr::ui
