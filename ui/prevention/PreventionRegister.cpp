#include "ui/prevention/PreventionRegister.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/PeriodPresets.h"
#include "ui/TableViews.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"
#include "ui/prevention/ActivityEditor.h"
#include "ui/prevention/ClubEditor.h"
#include "ui/prevention/PreventionLabels.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QSplitter>
#include <QTabWidget>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

enum ActivityColumn {
    DateColumn,
    KindColumn,
    CommuneColumn,
    QuantityColumn,
    ParticipantsColumn,
    TargetsColumn,
    OrganiserColumn,
    ActivityColumns
};
enum ClubColumn {
    NameColumn,
    ClubCommuneColumn,
    FoundedColumn,
    MembersColumn,
    MeetingsColumn,
    ClubColumns
};

QString count(qint64 n)
{
    return QLocale(QLocale::Vietnamese).toString(n);
}

QTableWidgetItem *cell(const QString &text, Qt::Alignment align = Qt::AlignLeft | Qt::AlignVCenter)
{
    auto *item = new QTableWidgetItem(text);
    item->setTextAlignment(align);
    item->setToolTip(text);
    return item;
}

QTableWidget *recordTable(QWidget *parent, const char *name, const QStringList &headers)
{
    auto *table = new QTableWidget(0, int(headers.size()), parent);
    table->setObjectName(QLatin1String(name));
    table->setHorizontalHeaderLabels(headers);
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionBehavior(QAbstractItemView::SelectRows);
    table->setSelectionMode(QAbstractItemView::SingleSelection);
    table->setAlternatingRowColors(true);
    table->verticalHeader()->hide();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setTabKeyNavigation(false);
    return table;
}

QString period(const domain::PreventionActivity &a)
{
    if (!a.endDate.isValid() || a.endDate == a.startDate)
        return CaseFields::formatDate(a.startDate);
    return CaseFields::formatDate(a.startDate) + QStringLiteral(" – ")
           + CaseFields::formatDate(a.endDate);
}

} // namespace

PreventionRegister::PreventionRegister(services::AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.prevention())
{
    setObjectName(QStringLiteral("PreventionRegister"));
    setWindowTitle(tr("Prevention activities and clubs"));
    m_canView = services::allowed(m_actor, services::Permission::RecordActivities);
    m_canEdit = m_canView && !context.isReadOnly();

    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: "
                       "1px solid #e3c565; border-radius: 3px; padding: 6px; }"));
    layout->addWidget(m_notice);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("preventionTabs"));
    m_tabs->addTab(buildActivitiesTab(), tr("&Activities"));
    m_tabs->addTab(buildClubsTab(), tr("C&lubs"));
    layout->addWidget(m_tabs, 1);

    auto *newAction = new QAction(tr("New"), this);
    newAction->setObjectName(QStringLiteral("newAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WindowShortcut);
    connect(newAction, &QAction::triggered, this, [this] {
        if (!m_canEdit)
            return;
        if (m_tabs->currentIndex() == 0)
            openActivity(0);
        else
            openClub(0);
    });
    addAction(newAction);
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    QString notice;
    if (!m_canView)
        notice = tr("Your role does not record prevention activities; their figures are in the "
                    "period report.");
    else if (context.isReadOnly())
        notice = tr("This database is open read-only: activities and clubs can be looked at "
                    "but not changed.");
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());

    if (m_canView) {
        loadChoices();
        refresh();
        followChanges(m_context, this, this);
    } else {
        m_tabs->setEnabled(false);
    }
    updateButtons();
    WindowGeometry::place(this, QStringLiteral("preventionRegister"), QSize(1240, 640));
}

PreventionRegister::~PreventionRegister() = default;

QWidget *PreventionRegister::buildActivitiesTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    const PeriodFilter filter =
        PeriodFilter::create(tr("&Between"), page, page, this, [this] { loadActivities(); });
    m_periodCheck = filter.check;
    m_fromEdit = filter.fromEdit;
    m_toEdit = filter.toEdit;
    bar->addWidget(m_periodCheck);
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(QStringLiteral("–"), page));
    bar->addWidget(m_toEdit);
    auto *kindLabel = new QLabel(tr("&Kind:"), page);
    m_kindFilter = new QComboBox(page);
    m_kindFilter->setObjectName(QStringLiteral("kindFilterCombo"));
    m_kindFilter->addItem(tr("All kinds"), QString());
    for (const domain::PreventionKind kind : domain::allValues<domain::PreventionKind>())
        m_kindFilter->addItem(PreventionLabels::kind(kind), domain::toCode(kind));
    kindLabel->setBuddy(m_kindFilter);
    connect(m_kindFilter, &QComboBox::currentIndexChanged, this, [this] { loadActivities(); });
    bar->addSpacing(12);
    bar->addWidget(kindLabel);
    bar->addWidget(m_kindFilter);
    m_archivedCheck = new QCheckBox(tr("Show a&rchived"), page);
    m_archivedCheck->setObjectName(QStringLiteral("archivedCheckBox"));
    connect(m_archivedCheck, &QCheckBox::toggled, this, [this] { loadActivities(); });
    bar->addSpacing(12);
    bar->addWidget(m_archivedCheck);
    bar->addStretch(1);
    m_newActivity = new QPushButton(tr("&New activity…"), page);
    m_newActivity->setObjectName(QStringLiteral("newActivityButton"));
    m_newActivity->setToolTip(tr("New activity (Ctrl+N)"));
    connect(m_newActivity, &QPushButton::clicked, this, [this] { openActivity(0); });
    m_editActivity = new QPushButton(m_canEdit ? tr("&Edit…") : tr("&Open…"), page);
    m_editActivity->setObjectName(QStringLiteral("editActivityButton"));
    connect(m_editActivity, &QPushButton::clicked, this, [this] {
        const int row = m_activities->currentRow();
        if (row >= 0 && row < m_listed.size())
            openActivity(m_listed.at(row).meta.id);
    });
    m_archiveActivity = new QPushButton(tr("Arc&hive…"), page);
    m_archiveActivity->setObjectName(QStringLiteral("archiveActivityButton"));
    connect(m_archiveActivity, &QPushButton::clicked, this, &PreventionRegister::archiveActivity);
    bar->addWidget(m_newActivity);
    bar->addWidget(m_editActivity);
    bar->addWidget(m_archiveActivity);
    layout->addLayout(bar);

    m_activities = recordTable(page,
                               "activityTable",
                               {tr("Date"),
                                tr("Kind"),
                                tr("Commune"),
                                tr("Quantity"),
                                tr("Participants"),
                                tr("Target groups"),
                                tr("Organiser")});
    // Vietnamese samples: the longer of the two languages' texts (ui/TableViews.h).
    TableViews::sizeColumns(m_activities,
                            {{DateColumn, QStringLiteral("00/00/0000 – 00/00/0000")},
                             {KindColumn, QStringLiteral("Quyết định, kế hoạch ban hành")},
                             {CommuneColumn, QStringLiteral("Quảng Ninh (toàn tỉnh)")},
                             {QuantityColumn, QStringLiteral("80.000 tờ rơi")},
                             {ParticipantsColumn, QStringLiteral("1.000")},
                             {TargetsColumn, QStringLiteral("Cộng đồng biên giới, dân tộc")}});
    connect(m_activities, &QTableWidget::itemActivated, this, [this] {
        const int row = m_activities->currentRow();
        if (row >= 0 && row < m_listed.size())
            openActivity(m_listed.at(row).meta.id);
    });
    connect(m_activities,
            &QTableWidget::itemSelectionChanged,
            this,
            &PreventionRegister::updateButtons);
    layout->addWidget(m_activities, 1);
    m_activityStatus = new QLabel(page);
    m_activityStatus->setObjectName(QStringLiteral("activityStatusLabel"));
    m_activityStatus->setWordWrap(true);
    layout->addWidget(m_activityStatus);
    return page;
}

QWidget *PreventionRegister::buildClubsTab()
{
    auto *page = new QWidget(this);
    auto *layout = new QVBoxLayout(page);
    auto *bar = new QHBoxLayout;
    bar->addStretch(1);
    m_newClub = new QPushButton(tr("New &club…"), page);
    m_newClub->setObjectName(QStringLiteral("newClubButton"));
    connect(m_newClub, &QPushButton::clicked, this, [this] { openClub(0); });
    m_editClub = new QPushButton(m_canEdit ? tr("&Edit…") : tr("&Open…"), page);
    m_editClub->setObjectName(QStringLiteral("editClubButton"));
    connect(m_editClub, &QPushButton::clicked, this, [this] {
        if (const qint64 id = currentClubId(); id > 0)
            openClub(id);
    });
    m_archiveClub = new QPushButton(tr("Arc&hive…"), page);
    m_archiveClub->setObjectName(QStringLiteral("archiveClubButton"));
    connect(m_archiveClub, &QPushButton::clicked, this, &PreventionRegister::archiveClub);
    m_newMeeting = new QPushButton(tr("New &meeting…"), page);
    m_newMeeting->setObjectName(QStringLiteral("newMeetingButton"));
    connect(m_newMeeting, &QPushButton::clicked, this, [this] { newMeeting(); });
    bar->addWidget(m_newClub);
    bar->addWidget(m_editClub);
    bar->addWidget(m_archiveClub);
    bar->addWidget(m_newMeeting);
    layout->addLayout(bar);

    auto *split = new QSplitter(Qt::Vertical, page);
    m_clubs =
        recordTable(split,
                    "clubTable",
                    {tr("Name"), tr("Commune"), tr("Founded"), tr("Members"), tr("Meetings")});
    TableViews::sizeColumns(
        m_clubs,
        {{NameColumn, QStringLiteral("CLB phòng, chống mua bán người phường Hà Khánh")},
         {ClubCommuneColumn, QStringLiteral("Quảng Ninh (toàn tỉnh)")}});
    connect(m_clubs, &QTableWidget::itemActivated, this, [this] {
        if (const qint64 id = currentClubId(); id > 0)
            openClub(id);
    });
    connect(m_clubs, &QTableWidget::itemSelectionChanged, this, [this] {
        loadMeetings();
        updateButtons();
    });
    auto *lower = new QWidget(split);
    auto *lowerLayout = new QVBoxLayout(lower);
    lowerLayout->setContentsMargins(0, 0, 0, 0);
    m_meetingsLabel = new QLabel(lower);
    m_meetingsLabel->setObjectName(QStringLiteral("meetingsLabel"));
    m_meetingsLabel->setWordWrap(true);
    lowerLayout->addWidget(m_meetingsLabel);
    m_meetings = recordTable(
        lower, "meetingTable", {tr("Date"), tr("Commune"), tr("Participants"), tr("Notes")});
    TableViews::sizeColumns(m_meetings,
                            {{0, QStringLiteral("00/00/0000 – 00/00/0000")},
                             {1, QStringLiteral("Quảng Ninh (toàn tỉnh)")},
                             {2, QStringLiteral("1.000")}});
    connect(m_meetings, &QTableWidget::itemActivated, this, [this] {
        const int row = m_meetings->currentRow();
        if (row >= 0 && row < m_meetingList.size())
            openActivity(m_meetingList.at(row).meta.id);
    });
    lowerLayout->addWidget(m_meetings, 1);
    split->addWidget(m_clubs);
    split->addWidget(lower);
    layout->addWidget(split, 1);
    m_clubStatus = new QLabel(page);
    m_clubStatus->setObjectName(QStringLiteral("clubStatusLabel"));
    m_clubStatus->setWordWrap(true);
    layout->addWidget(m_clubStatus);
    return page;
}

void PreventionRegister::closeEvent(QCloseEvent *event)
{
    WindowGeometry::remember(this, QStringLiteral("preventionRegister"));
    QWidget::closeEvent(event);
}

void PreventionRegister::loadChoices()
{
    Result<services::PreventionChoices> choices = m_service.choices(m_actor);
    if (choices)
        m_choices = std::move(choices).value();
    else
        m_activityStatus->setText(messages::ErrorMessages::message(choices.error().code));
}

void PreventionRegister::refresh()
{
    if (!m_canView)
        return;
    loadChoices();
    loadActivities();
    loadClubs();
}

void PreventionRegister::setKindFilter(std::optional<domain::PreventionKind> kind)
{
    m_kindFilter->setCurrentIndex(kind ? m_kindFilter->findData(domain::toCode(*kind)) : 0);
}

QString PreventionRegister::communeName(domain::AdminEra era, const QString &code) const
{
    if (code.isEmpty())
        return tr("Quảng Ninh (province-wide)");
    const QString name = m_choices.communes(era).value(code);
    return name.isEmpty() ? code : name;
}

QString PreventionRegister::clubName(std::optional<qint64> id) const
{
    for (const domain::PreventionClub &club : m_clubList) {
        if (id && club.meta.id == *id)
            return club.name;
    }
    return {};
}

void PreventionRegister::loadActivities()
{
    if (!m_canView)
        return;
    services::ActivityQuery query;
    if (m_periodCheck->isChecked()) {
        query.from = m_fromEdit->date();
        query.to = m_toEdit->date();
    }
    query.kind = domain::fromCode<domain::PreventionKind>(m_kindFilter->currentData().toString());
    query.archive = m_archivedCheck->isChecked() ? domain::ArchiveFilter::IncludeArchived
                                                 : domain::ArchiveFilter::ActiveOnly;
    const qint64 current =
        m_activities->currentRow() >= 0 && m_activities->currentRow() < m_listed.size()
            ? m_listed.at(m_activities->currentRow()).meta.id
            : 0;
    Result<QList<domain::PreventionActivity>> listed = m_service.listActivities(m_actor, query);
    if (!listed) {
        m_activityStatus->setText(messages::ErrorMessages::message(listed.error().code));
        return;
    }
    m_listed = std::move(listed).value();
    const Result<qint64> all = m_service.countActivities(m_actor, {});
    m_totalActivities = all ? *all : 0;

    const QSignalBlocker block(m_activities);
    m_activities->setRowCount(0);
    m_activities->setRowCount(int(m_listed.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    for (int row = 0; row < m_listed.size(); ++row) {
        const domain::PreventionActivity &a = m_listed.at(row);
        QString kind = PreventionLabels::kind(a.kind);
        if (a.kind == domain::PreventionKind::ClubMeeting && !clubName(a.clubId).isEmpty())
            kind += QStringLiteral(": ") + clubName(a.clubId);
        if (a.meta.archived)
            kind += QLatin1Char(' ') + tr("(archived)");
        QStringList targets;
        for (const domain::PreventionTarget t : a.targetGroups)
            targets << PreventionLabels::target(t);
        m_activities->setItem(row, DateColumn, cell(period(a)));
        m_activities->setItem(row, KindColumn, cell(kind));
        m_activities->setItem(row, CommuneColumn, cell(communeName(a.era, a.communeCode)));
        m_activities->setItem(
            row,
            QuantityColumn,
            cell(count(a.quantity) + QLatin1Char(' ') + PreventionLabels::unit(a.kind), right));
        m_activities->setItem(
            row,
            ParticipantsColumn,
            cell(domain::hasParticipants(a.kind) ? count(a.participantsTotal) : QString(), right));
        m_activities->setItem(row, TargetsColumn, cell(targets.join(QStringLiteral(", "))));
        m_activities->setItem(row, OrganiserColumn, cell(a.organiser));
    }
    int select = m_listed.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_listed.size(); ++row) {
        if (m_listed.at(row).meta.id == current)
            select = row;
    }
    if (select >= 0)
        m_activities->selectRow(select);
    m_activityStatus->setText(activityStatus());
    updateButtons();
}

QString PreventionRegister::activityStatus() const
{
    if (m_totalActivities == 0)
        return m_canEdit ? tr("No activity recorded yet. Record the leaflets handed out, the "
                              "panels put up, the trainings and meetings held with "
                              "\"New activity\" (Ctrl+N); the period report counts them.")
                         : tr("No activity recorded yet.");
    if (m_listed.isEmpty())
        return tr("No activity matches the filter: widen the period or choose \"All kinds\".");
    return tr("%Ln activity(ies)", "prevention register status line", int(m_listed.size()));
}

void PreventionRegister::loadClubs()
{
    const qint64 current = currentClubId();
    Result<QList<domain::PreventionClub>> clubs = m_service.clubs(m_actor);
    if (!clubs) {
        m_clubStatus->setText(messages::ErrorMessages::message(clubs.error().code));
        return;
    }
    m_clubList = std::move(clubs).value();
    QHash<qint64, int> meetings;
    if (auto all = m_service.listActivities(
            m_actor, services::ActivityQuery{.kind = domain::PreventionKind::ClubMeeting});
        all) {
        for (const domain::PreventionActivity &a : *all) {
            if (a.clubId)
                ++meetings[*a.clubId];
        }
    }
    const QSignalBlocker block(m_clubs);
    m_clubs->setRowCount(0);
    m_clubs->setRowCount(int(m_clubList.size()));
    const Qt::Alignment right = Qt::AlignRight | Qt::AlignVCenter;
    int select = m_clubList.isEmpty() ? -1 : 0;
    for (int row = 0; row < m_clubList.size(); ++row) {
        const domain::PreventionClub &c = m_clubList.at(row);
        m_clubs->setItem(row, NameColumn, cell(c.name));
        m_clubs->setItem(
            row,
            ClubCommuneColumn,
            cell(c.communeCode.isEmpty() ? QString() : communeName(c.era, c.communeCode)));
        m_clubs->setItem(row, FoundedColumn, cell(CaseFields::formatDate(c.founded)));
        m_clubs->setItem(row, MembersColumn, cell(count(c.members), right));
        m_clubs->setItem(row, MeetingsColumn, cell(count(meetings.value(c.meta.id)), right));
        if (c.meta.id == current)
            select = row;
    }
    if (select >= 0)
        m_clubs->selectRow(select);
    m_clubStatus->setText(clubStatus());
    loadMeetings();
    updateButtons();
}

QString PreventionRegister::clubStatus() const
{
    if (m_clubList.isEmpty())
        return m_canEdit ? tr("No prevention club yet. Add each club with \"New club\"; its "
                              "meetings are then recorded as activities of the kind \"Club "
                              "meeting\".")
                         : tr("No prevention club yet.");
    return tr("%Ln club(s)", "prevention clubs status line", int(m_clubList.size()));
}

qint64 PreventionRegister::currentClubId() const
{
    const int row = m_clubs ? m_clubs->currentRow() : -1;
    return row >= 0 && row < m_clubList.size() ? m_clubList.at(row).meta.id : 0;
}

void PreventionRegister::loadMeetings()
{
    m_meetingList.clear();
    m_meetings->setRowCount(0);
    const qint64 club = currentClubId();
    if (club <= 0) {
        m_meetingsLabel->setText(tr("Choose a club to see its meetings."));
        return;
    }
    if (auto meetings = m_service.listActivities(m_actor, services::ActivityQuery{.clubId = club});
        meetings)
        m_meetingList = std::move(meetings).value();
    m_meetings->setRowCount(int(m_meetingList.size()));
    for (int row = 0; row < m_meetingList.size(); ++row) {
        const domain::PreventionActivity &a = m_meetingList.at(row);
        m_meetings->setItem(row, 0, cell(period(a)));
        m_meetings->setItem(row, 1, cell(communeName(a.era, a.communeCode)));
        m_meetings->setItem(
            row, 2, cell(count(a.participantsTotal), Qt::AlignRight | Qt::AlignVCenter));
        m_meetings->setItem(row, 3, cell(a.notes.section(QLatin1Char('\n'), 0, 0)));
    }
    m_meetingsLabel->setText(
        m_meetingList.isEmpty()
            ? tr("No meeting of this club recorded yet: add one with \"New meeting\".")
            : tr("%Ln meeting(s) of this club:", nullptr, int(m_meetingList.size())));
}

ActivityEditor *PreventionRegister::openActivity(qint64 id)
{
    if (!m_canView || (id == 0 && !m_canEdit))
        return nullptr;
    auto *editor = new ActivityEditor(m_context, m_choices, this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (id > 0)
        editor->openActivity(id);
    else if (const auto kind =
                 domain::fromCode<domain::PreventionKind>(m_kindFilter->currentData().toString()))
        editor->newActivity(*kind); // the kind being looked at is the likely next one
    editor->show();
    editor->activateWindow();
    return editor;
}

ActivityEditor *PreventionRegister::newMeeting()
{
    const qint64 club = currentClubId();
    if (!m_canEdit || club <= 0)
        return nullptr;
    auto *editor = new ActivityEditor(m_context, m_choices, this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    editor->newActivity(domain::PreventionKind::ClubMeeting, club);
    editor->show();
    editor->activateWindow();
    return editor;
}

ClubEditor *PreventionRegister::openClub(qint64 id)
{
    if (!m_canView || (id == 0 && !m_canEdit))
        return nullptr;
    auto *editor = new ClubEditor(m_context, m_choices, this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (id > 0)
        editor->openClub(id);
    editor->show();
    editor->activateWindow();
    return editor;
}

void PreventionRegister::archiveActivity()
{
    const int row = m_activities->currentRow();
    if (!m_canEdit || row < 0 || row >= m_listed.size() || m_listed.at(row).meta.archived)
        return;
    const domain::PreventionActivity a = m_listed.at(row);
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Archive activity"),
        tr("The activity of %1 (%2) is kept but no longer listed or counted in reports.")
            .arg(period(a), PreventionLabels::kind(a.kind)));
    if (!reason)
        return;
    if (auto r = m_service.archiveActivity(m_actor, a.meta.id, a.meta.version, *reason); !r)
        QMessageBox::warning(
            this, tr("Archive activity"), messages::ErrorMessages::message(r.error().code));
}

void PreventionRegister::archiveClub()
{
    const qint64 id = currentClubId();
    if (!m_canEdit || id <= 0)
        return;
    const domain::PreventionClub club = m_clubList.at(m_clubs->currentRow());
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Archive club"),
        tr("The club \"%1\" is kept with its meetings but no longer counted as active.")
            .arg(club.name));
    if (!reason)
        return;
    if (auto r = m_service.archiveClub(m_actor, club.meta.id, club.meta.version, *reason); !r)
        QMessageBox::warning(
            this, tr("Archive club"), messages::ErrorMessages::message(r.error().code));
}

void PreventionRegister::updateButtons()
{
    const int row = m_activities->currentRow();
    const bool activity = row >= 0 && row < m_listed.size();
    m_newActivity->setEnabled(m_canEdit);
    m_editActivity->setEnabled(m_canView && activity);
    m_archiveActivity->setEnabled(m_canEdit && activity && !m_listed.at(row).meta.archived);
    const bool club = currentClubId() > 0;
    m_newClub->setEnabled(m_canEdit);
    m_editClub->setEnabled(m_canView && club);
    m_archiveClub->setEnabled(m_canEdit && club);
    m_newMeeting->setEnabled(m_canEdit && club);
}

} // namespace sr::ui
