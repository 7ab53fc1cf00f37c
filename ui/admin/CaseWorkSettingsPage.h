#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QPushButton;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/**
 * The organisation's case-work settings (docs/case-work.md), for administrators: managers'
 * approval of closures and plans, and record-level access. Saved in one step
 * (ReferenceService::saveCaseWorkSettings, audited).
 */
class CaseWorkSettingsPage : public QWidget
{
    Q_OBJECT

public:
    CaseWorkSettingsPage(services::AppContext &context, QWidget *parent = nullptr);

    QCheckBox *approvalsCheck() const { return m_approvals; }
    QCheckBox *recordAccessCheck() const { return m_recordAccess; }
    QLabel *messageLabel() const { return m_message; }

    /** Re-reads the stored settings (what was ticked and not saved is replaced). */
    void reload();
    /** Saves the ticked settings; false (and the message says why) when refused. */
    bool save();

private:
    services::AppContext &m_context;
    domain::Actor m_actor;
    QCheckBox *m_approvals = nullptr;
    QCheckBox *m_recordAccess = nullptr;
    QLabel *m_message = nullptr;
    QPushButton *m_save = nullptr;
};

} // namespace sr::ui
