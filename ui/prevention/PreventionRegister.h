#pragma once

#include "domain/Actor.h"
#include "domain/Prevention.h"
#include "services/PreventionService.h"
#include "ui/Page.h"

#include <QWidget>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QPushButton;
class QTabWidget;
class QTableWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

class ActivityEditor;
class ClubEditor;

/**
 * The prevention register (docs/centre-work.md, "## Prevention"): on its first tab the
 * activities of a period, filtered by kind, with New (Ctrl+N), Edit (Enter or double click) and
 * Archive…; on its second the prevention clubs (name, commune, founded, members) and the
 * meetings of the selected club, with New club, Edit, Archive… and New meeting. Empty lists say
 * what to do next. A role that may not record activities sees a notice instead. It re-reads
 * itself whenever prevention records are committed (Page).
 */
class PreventionRegister : public QWidget, public Page
{
    Q_OBJECT

public:
    explicit PreventionRegister(services::AppContext &context, QWidget *parent = nullptr);
    ~PreventionRegister() override;

    domain::ChangeKinds shows() const override
    {
        return domain::ChangeKind::Prevention | domain::ChangeKind::Reference;
    }
    void reload() override { refresh(); }

    QTabWidget *tabs() const { return m_tabs; }
    QTableWidget *activityTable() const { return m_activities; }
    QTableWidget *clubTable() const { return m_clubs; }
    QTableWidget *meetingTable() const { return m_meetings; }
    /** The status line of the activities ("12 hoạt động"), or the empty state's sentence. */
    QString activityStatus() const;
    QString clubStatus() const;
    /** The activities listed, in table order. */
    const QList<domain::PreventionActivity> &listedActivities() const { return m_listed; }
    const QList<domain::PreventionClub> &listedClubs() const { return m_clubList; }

    /** Sets the kind filter (nothing: every kind). */
    void setKindFilter(std::optional<domain::PreventionKind> kind);
    /** Opens the activity editor on a new activity (@a id 0) or stored activity @a id. */
    ActivityEditor *openActivity(qint64 id);
    /** Opens the club editor on a new club (@a id 0) or stored club @a id. */
    ClubEditor *openClub(qint64 id);
    /** A new meeting of the selected club. */
    ActivityEditor *newMeeting();

public Q_SLOTS:
    void refresh();

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    QWidget *buildActivitiesTab();
    QWidget *buildClubsTab();
    void loadChoices();
    void loadActivities();
    void loadClubs();
    void loadMeetings();
    void archiveActivity();
    void archiveClub();
    void updateButtons();
    QString communeName(domain::AdminEra era, const QString &code) const;
    QString clubName(std::optional<qint64> id) const;
    qint64 currentClubId() const;

    services::AppContext &m_context;
    domain::Actor m_actor;
    services::PreventionService &m_service;
    services::PreventionChoices m_choices;
    bool m_canView = false;
    bool m_canEdit = false;
    QList<domain::PreventionActivity> m_listed;
    QList<domain::PreventionClub> m_clubList;
    QList<domain::PreventionActivity> m_meetingList;
    qint64 m_totalActivities = 0;

    QLabel *m_notice = nullptr;
    QTabWidget *m_tabs = nullptr;
    QCheckBox *m_periodCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_kindFilter = nullptr;
    QCheckBox *m_archivedCheck = nullptr;
    QPushButton *m_newActivity = nullptr;
    QPushButton *m_editActivity = nullptr;
    QPushButton *m_archiveActivity = nullptr;
    QTableWidget *m_activities = nullptr;
    QLabel *m_activityStatus = nullptr;
    QPushButton *m_newClub = nullptr;
    QPushButton *m_editClub = nullptr;
    QPushButton *m_archiveClub = nullptr;
    QPushButton *m_newMeeting = nullptr;
    QTableWidget *m_clubs = nullptr;
    QLabel *m_clubStatus = nullptr;
    QLabel *m_meetingsLabel = nullptr;
    QTableWidget *m_meetings = nullptr;
};

} // namespace sr::ui
