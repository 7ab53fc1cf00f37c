#pragma once

#include "domain/Actor.h"

#include <QWidget>

#include <optional>

class QLabel;
class QPushButton;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/**
 * "Responsible: <name>" near the case editor's header (docs/case-work.md); managers and
 * administrators also get "Change…" (ResponsibleDialog). It follows the case shown
 * (setPersonId) and re-reads itself after case-work changes from any window.
 */
class ResponsibleBar : public QWidget
{
    Q_OBJECT

public:
    ResponsibleBar(services::AppContext &context, QWidget *parent = nullptr);

    /** The case shown (0: a new case, not saved yet: the bar hides). */
    void setPersonId(qint64 personId);
    qint64 personId() const { return m_personId; }

    QLabel *label() const { return m_label; }
    QPushButton *changeButton() const { return m_change; }

    /** Opens the dialog that changes the responsible worker (the "Change…" button). */
    void change();

private:
    void reload();

    services::AppContext &m_context;
    domain::Actor m_actor;
    qint64 m_personId = 0;
    std::optional<qint64> m_current;
    QLabel *m_label = nullptr;
    QPushButton *m_change = nullptr;
};

} // namespace sr::ui
