#pragma once

#include "domain/Actor.h"
#include "services/ShelterService.h"
#include "ui/Page.h"

#include <QWidget>

class QLabel;
class QPushButton;
class QTreeWidget;
class QTreeWidgetItem;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class DateLineEdit;

/**
 * The shelter board ("Tạm lánh"): each shelter and room with its occupancy on a day (today by
 * default), e.g. "3/4", and who is where — the case code and name for users who may see the
 * case, counts only for the others. Admit… (Ctrl+N), Leave… and Convert to supports act on the
 * selected person; Enter opens their case. Re-reads itself when stays, cases or the reference
 * lists are committed (Page).
 */
class ShelterBoardPage : public QWidget, public Page
{
    Q_OBJECT

public:
    /** Acts for @a context's acting user; @a context must outlive the page. */
    explicit ShelterBoardPage(services::AppContext &context, QWidget *parent = nullptr);
    ~ShelterBoardPage() override;

    domain::ChangeKinds shows() const override
    {
        return domain::ChangeKind::Shelter | domain::ChangeKind::Case
               | domain::ChangeKind::Reference;
    }
    void reload() override { refresh(); }

    QTreeWidget *tree() const { return m_tree; }
    /** The line under the tree ("12 of 40 beds taken on 15/03/2025"). */
    QString summaryText() const;
    const services::ShelterBoard &board() const { return m_board; }
    /** Selects the occupant of stay @a stayId; false when not shown. */
    bool selectStay(qint64 stayId);

public Q_SLOTS:
    void refresh();
    void admit();
    void leave();
    void convertToSupports();

Q_SIGNALS:
    /** Open the case of person @a personId. */
    void openCaseRequested(qint64 personId);

private:
    const services::ShelterOccupant *selectedOccupant() const;
    void updateButtons();

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::ShelterService m_service;
    services::ShelterBoard m_board;
    bool m_canAdmit = false;

    DateLineEdit *m_day = nullptr;
    QTreeWidget *m_tree = nullptr;
    QLabel *m_summary = nullptr;
    QLabel *m_empty = nullptr;
    QPushButton *m_admitButton = nullptr;
    QPushButton *m_leaveButton = nullptr;
    QPushButton *m_convertButton = nullptr;
    QPushButton *m_openButton = nullptr;
};

} // namespace sr::ui
