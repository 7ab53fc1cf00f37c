#include "MainWindow.h"

#include "CaseListModel.h"
#include "EnumLabels.h"
#include "HelpWindow.h"
#include "PeriodPresets.h"
#include "ReportsWindow.h"
#include "ResponsibleFilter.h"
#include "SettingsDialog.h"
#include "TableViews.h"
#include "WelcomePage.h"
#include "WindowGeometry.h"
#include "demo/DemoDataService.h"
#include "domain/Enums.h"
#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/CaseListCounter.h"
#include "services/CaseListService.h"
#include "services/ConnectionProfiles.h"
#include "services/DatabaseInfo.h"
#include "services/HealthMonitor.h"
#include "services/Permissions.h"
#include "ui/admin/AuditViewer.h"
#include "ui/admin/BackupDialog.h"
#include "ui/admin/OrganisationForm.h"
#include "ui/admin/ReferenceEditor.h"
#include "ui/case/CaseEditor.h"
#include "ui/exchange/ExportDialog.h"
#include "ui/exchange/ImportWizard.h"
#include "ui/hotline/CallRegister.h"
#include "ui/prevention/PreventionRegister.h"
#include "ui/registers/BatchRegister.h"
#include "ui/shelter/ShelterBoardPage.h"
#include "ui/work/OverviewPage.h"
#include "ui/work/StartPage.h"
#include "ui/work/WorkModels.h"

#include <QAction>
#include <QApplication>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMenuBar>
#include <QMessageBox>
#include <QPushButton>
#include <QScrollArea>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTabBar>
#include <QTabWidget>
#include <QTableView>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>
#include <QWhatsThis>

#include <algorithm>
#include <array>
#include <tuple>
#include <utility>

namespace sr::ui {

namespace {

constexpr auto demoBannerStyle = "QLabel { background: #8a1538; color: white; font-weight: bold; "
                                 "border-radius: 3px; padding: 6px; }";
constexpr auto noticeStyle = "QLabel { background: #fff4ce; color: #3b2f00; border: 1px solid "
                             "#e3c565; border-radius: 3px; padding: 6px; }";

/** Countries most returned persons come back from, offered first in the filter. */
const QStringList &frequentCountries()
{
    static const QStringList codes{QStringLiteral("CN"),
                                   QStringLiteral("KH"),
                                   QStringLiteral("LA"),
                                   QStringLiteral("MM"),
                                   QStringLiteral("TH"),
                                   QStringLiteral("MY")};
    return codes;
}

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

/** True when @a filter narrows the list (the default shows every active case). */
bool isFiltered(const services::CaseListFilter &filter)
{
    return !filter.searchText.isEmpty() || filter.receivedFrom.isValid()
           || filter.receivedTo.isValid() || !filter.agencyCode.isEmpty()
           || !filter.countryCode.isEmpty() || filter.identificationStatus || filter.caseStatus
           || filter.archive != domain::ArchiveFilter::ActiveOnly || filter.responsibleUserId
           || filter.unassigned || filter.withoutPlan || filter.taskDueBefore.isValid();
}

} // namespace

MainWindow::MainWindow(services::AppContext &context, QWidget *parent)
    : QMainWindow(parent)
    , m_context(context)
    , m_service(context.newCaseList())
{
    setObjectName(QStringLiteral("MainWindow"));
    const QString path = context.databasePath();
    // The file name only: titles end up in task bars and screen recordings. A server's database
    // by its name and host ("USER@HOST/DATABASE"), never its connection options.
    const auto server = services::profileOfLocation(path);
    m_baseTitle =
        QStringLiteral("SafeReturn — %1")
            .arg(services::isServerLocation(path) && server ? services::serverDisplayName(*server)
                                                            : QFileInfo(path).fileName());
    setWindowTitle(m_baseTitle);

    m_counter = new services::CaseListCounter(path, m_service->actor(), this);
    m_totalCounter = new services::CaseListCounter(path, m_service->actor(), this);
    connect(m_totalCounter, &services::CaseListCounter::counted, this, &MainWindow::totalCounted);
    connect(m_totalCounter, &services::CaseListCounter::failed, this, [this](quint64 request) {
        if (request != m_totalRequest)
            return;
        m_totalRequest = 0;
        countTotalHere(); // reports its own failure
        m_countLabel->setText(countText());
    });
    m_model = new CaseListModel(*m_service, m_counter, this);
    connect(m_model, &CaseListModel::loadFailed, this, &MainWindow::showLoadFailure);
    connect(m_model, &CaseListModel::countChanged, this, &MainWindow::updateCounts);

    m_searchTimer = new QTimer(this);
    m_searchTimer->setSingleShot(true);
    m_searchTimer->setInterval(searchDelayMs);
    connect(m_searchTimer, &QTimer::timeout, this, &MainWindow::applyFilter);

    auto *central = new QWidget(this);
    auto *layout = new QVBoxLayout(central);
    // A training database must never pass for the real one: its records are invented, and a
    // report printed from it would look like the centre's (docs/user-guide.md, "Dữ liệu minh
    // họa"). Hidden until updateDemoBanner() finds the database's mark.
    m_demoBanner = new QLabel(central);
    m_demoBanner->setObjectName(QStringLiteral("demoBanner"));
    m_demoBanner->setStyleSheet(QLatin1String(demoBannerStyle));
    m_demoBanner->setAlignment(Qt::AlignCenter);
    m_demoBanner->setWordWrap(true);
    m_demoBanner->hide();
    layout->addWidget(m_demoBanner);
    m_noticeLabel = new QLabel(central);
    m_noticeLabel->setObjectName(QStringLiteral("noticeLabel"));
    m_noticeLabel->setStyleSheet(QLatin1String(noticeStyle));
    m_noticeLabel->setWordWrap(true);
    layout->addWidget(m_noticeLabel);

    m_pages = new QStackedWidget(central);
    m_pages->setObjectName(QStringLiteral("pageStack"));
    m_listPage = createListPage();
    m_emptyPage = createEmptyStatePage();
    m_pages->addWidget(m_listPage);
    m_pages->addWidget(m_emptyPage);

    // The window's parts: the user's work first (docs/case-work.md), the case list one click
    // (or Ctrl+2) away, the overview for those who may see it.
    const domain::Actor &actor = m_service->actor();
    m_parts = new QTabWidget(central);
    m_parts->setObjectName(QStringLiteral("mainParts"));
    m_parts->setDocumentMode(true);
    m_casesPart = new QWidget(m_parts);
    m_casesPart->setObjectName(QStringLiteral("casesPart"));
    auto *casesLayout = new QVBoxLayout(m_casesPart);
    casesLayout->setContentsMargins(0, 0, 0, 0);
    casesLayout->addWidget(m_pages, 1);
    if (services::allowed(actor, services::Permission::ViewCases)) {
        m_startPage = new StartPage(m_context, m_parts);
        m_parts->addTab(m_startPage, tr("My work (Ctrl+1)"));
        connect(m_startPage, &StartPage::openCaseRequested, this, &MainWindow::openCaseAt);
    }
    m_parts->addTab(m_casesPart, tr("Cases (Ctrl+2)"));
    if (services::allowed(actor, services::Permission::ViewCaseOverview)) {
        m_overviewPage = new OverviewPage(m_context, m_parts);
        m_parts->addTab(m_overviewPage, tr("Overview (Ctrl+3)"));
        connect(m_overviewPage, &OverviewPage::showCases, this, &MainWindow::showCases);
        // Read when its tab is chosen: a manager on the case list does not pay for it.
        connect(m_parts, &QTabWidget::currentChanged, this, [this] {
            if (m_parts->currentWidget() == m_overviewPage)
                m_overviewPage->refreshIfStale();
        });
    }
    m_parts->tabBar()->setVisible(m_parts->count() > 1);
    layout->addWidget(m_parts, 1);
    setCentralWidget(central);

    m_workCountLabel = new QLabel(this);
    m_workCountLabel->setObjectName(QStringLiteral("workCountLabel"));
    statusBar()->addPermanentWidget(m_workCountLabel);
    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    statusBar()->addPermanentWidget(m_countLabel);
    if (m_startPage) {
        const auto showCounts = [this](qint64 overdue, qint64 thisWeek, qint64 toApprove) {
            m_workCountLabel->setText(WorkLabels::taskCounts(overdue, thisWeek, toApprove));
        };
        connect(m_startPage, &StartPage::countsChanged, this, showCounts);
        showCounts(m_startPage->data().overdueCount,
                   m_startPage->data().dueThisWeekCount,
                   m_startPage->data().awaitingApprovalCount);
    } else {
        m_workCountLabel->hide();
    }

    createActions();
    loadFilterChoices();
    updateNotices();
    updateDemoBanner();
    refresh();
    // After login the user's work shows, unless there is no case yet (the welcome page) or
    // nobody logged in (a database without accounts: the operating-system user has no work).
    if (m_startPage && actor.userId > 0 && m_pages->currentWidget() == m_listPage)
        showPart(Part::MyWork);
    else
        m_parts->setCurrentWidget(m_casesPart);
    // Fits a 1366×768 laptop with a taskbar; the size the user gives it is kept.
    WindowGeometry::place(this, QStringLiteral("mainWindow"), QSize(1280, 760));

    // Damage inside the file shows only where a page is read: read every page once, in the
    // background, and stop writing the moment it is found (storage/DatabaseHealth.h).
    m_health = new services::HealthMonitor(path, this);
    connect(m_health, &services::HealthMonitor::damaged, this, &MainWindow::showDamaged);
    m_health->start();

    connect(&m_context, &services::AppContext::recordsChanged, this, &MainWindow::recordsChanged);
}

void MainWindow::recordsChanged(domain::ChangeKinds changed)
{
    using domain::ChangeKind;
    if (changed & (ChangeKind::Reference | ChangeKind::Setting)) {
        reloadFilterChoices();
        // Details typed on the welcome page and not saved yet are kept.
        auto *welcome = m_emptyPage->findChild<WelcomePage *>();
        if (welcome && !welcome->organisationForm()->isEdited())
            welcome->organisationForm()->reload();
    }
    // Caseloads change with cases (opened, closed), assignments and accounts; the list shows
    // the responsible worker (an assignment is case work).
    if (changed & (ChangeKind::Case | ChangeKind::CaseWork | ChangeKind::User))
        m_responsibleFilter->reload();
    if (changed & (ChangeKind::Case | ChangeKind::CaseWork)) {
        refresh();
        updateDemoBanner(); // the welcome page's demonstration data
    }
}

void MainWindow::showDamaged()
{
    for (const char *name : {"newCaseAction", "importCsvAction"}) {
        if (auto *action = findChild<QAction *>(QLatin1String(name)))
            action->setEnabled(false);
    }
    updateNotices();
    QMessageBox::warning(this,
                         tr("The database is damaged"),
                         tr("SafeReturn found damage inside the database file. It is now open "
                            "read-only, so that the damage does not spread to good records.\n\n"
                            "Restore the latest backup (File → Backup and restore), or ask your "
                            "administrator to."));
}

MainWindow::~MainWindow() = default;

template<typename Dialog>
QAction *MainWindow::addDialogAction(QMenu *menu,
                                     const QString &text,
                                     const QString &objectName,
                                     bool enabled)
{
    QAction *action = menu->addAction(text);
    action->setObjectName(objectName);
    action->setEnabled(enabled);
    connect(action, &QAction::triggered, this, [this] {
        Dialog dialog(m_context, this);
        dialog.exec();
    });
    return action;
}

void MainWindow::createActions()
{
    const domain::Actor &actor = m_service->actor();
    QMenu *fileMenu = menuBar()->addMenu(tr("&File"));
    QAction *newCaseAction = fileMenu->addAction(tr("&New case…"));
    newCaseAction->setObjectName(QStringLiteral("newCaseAction"));
    newCaseAction->setShortcut(QKeySequence::New);
    connect(newCaseAction, &QAction::triggered, this, [this] { openCaseEditor(0); });
    connect(this, &MainWindow::caseActivated, this, &MainWindow::openCaseEditor);
    // After the database opened: drafts left by a crash or power cut are offered once.
    QTimer::singleShot(0, this, [this] { CaseEditor::offerDrafts(m_context, this); });
    QAction *refreshAction = fileMenu->addAction(tr("&Refresh"));
    refreshAction->setObjectName(QStringLiteral("refreshAction"));
    refreshAction->setShortcut(QKeySequence::Refresh);
    connect(refreshAction, &QAction::triggered, this, &MainWindow::refresh);
    fileMenu->addSeparator();
    addDialogAction<ExportDialog>(
        fileMenu,
        tr("&Export data (CSV, Excel)…"),
        QStringLiteral("exportCsvAction"),
        services::allowed(actor, services::Permission::ExportDeidentified));
    addDialogAction<ImportWizard>(
        fileMenu,
        tr("&Import data (CSV, Excel)…"),
        QStringLiteral("importCsvAction"),
        !m_context.isReadOnly() && services::allowed(actor, services::Permission::ImportRecords));
    addDialogAction<BackupDialog>(
        fileMenu,
        tr("&Backup and restore…"),
        QStringLiteral("backupAction"),
        !m_context.isReadOnly() && services::allowed(actor, services::Permission::BackupRestore));
    fileMenu->addSeparator();
    QAction *settingsAction = fileMenu->addAction(tr("&Settings…"));
    settingsAction->setObjectName(QStringLiteral("settingsAction"));
    settingsAction->setShortcut(QKeySequence::Preferences);
    settingsAction->setMenuRole(QAction::PreferencesRole);
    connect(settingsAction, &QAction::triggered, this, [this] {
        SettingsDialog dialog(this);
        if (dialog.exec() == QDialog::Accepted && dialog.languageChanged()) {
            statusBar()->showMessage(
                tr("The new language is used from the next start of SafeReturn."), 10000);
        }
    });
    fileMenu->addSeparator();
    QAction *quitAction = fileMenu->addAction(tr("&Quit"));
    quitAction->setObjectName(QStringLiteral("quitAction"));
    quitAction->setShortcut(QKeySequence::Quit);
    quitAction->setMenuRole(QAction::QuitRole);
    connect(quitAction, &QAction::triggered, this, &QWidget::close);

    QMenu *registersMenu = menuBar()->addMenu(tr("Re&gisters"));
    QAction *batchRegisterAction = registersMenu->addAction(tr("&Handover register…"));
    batchRegisterAction->setObjectName(QStringLiteral("batchRegisterAction"));
    batchRegisterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_B));
    batchRegisterAction->setEnabled(services::allowed(actor, services::Permission::ViewCases));
    connect(batchRegisterAction, &QAction::triggered, this, [this] {
        BatchRegister *reg = findChild<BatchRegister *>();
        if (!reg) {
            reg = new BatchRegister(m_context, this);
            reg->setAttribute(Qt::WA_DeleteOnClose);
            connect(reg, &BatchRegister::openCaseRequested, this, &MainWindow::openCaseEditor);
        }
        reg->show();
        reg->raise();
        reg->activateWindow();
    });
    // Prevention activities and clubs (docs/centre-work.md, "## Prevention").
    QAction *preventionAction = registersMenu->addAction(tr("&Prevention activities and clubs…"));
    preventionAction->setObjectName(QStringLiteral("preventionRegisterAction"));
    preventionAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_P));
    preventionAction->setEnabled(services::allowed(actor, services::Permission::RecordActivities));
    connect(preventionAction, &QAction::triggered, this, [this] {
        PreventionRegister *reg = findChild<PreventionRegister *>();
        if (!reg) {
            reg = new PreventionRegister(m_context, this);
            reg->setAttribute(Qt::WA_DeleteOnClose);
        }
        reg->show();
        reg->raise();
        reg->activateWindow();
    });

    // The shelter board (docs/centre-work.md, "Shelter"): every role that sees cases or reports.
    QAction *shelterBoardAction = registersMenu->addAction(tr("Shel&ter board…"));
    shelterBoardAction->setObjectName(QStringLiteral("shelterBoardAction"));
    shelterBoardAction->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_T));
    shelterBoardAction->setEnabled(services::allowed(actor, services::Permission::ViewCases)
                                   || services::allowed(actor, services::Permission::ViewReports));
    connect(shelterBoardAction, &QAction::triggered, this, [this] {
        ShelterBoardPage *board = findChild<ShelterBoardPage *>();
        if (!board) {
            board = new ShelterBoardPage(m_context, this);
            board->setAttribute(Qt::WA_DeleteOnClose);
            connect(board, &ShelterBoardPage::openCaseRequested, this, &MainWindow::openCaseEditor);
        }
        board->show();
        board->raise();
        board->activateWindow();
    });
    // The hotline's call log (docs/centre-work.md, "Hotline"), as the handover register; Ctrl+T:
    // "tổng đài", the word the centre uses for its line.
    QAction *callRegisterAction = registersMenu->addAction(tr("Hotline &call log…"));
    callRegisterAction->setObjectName(QStringLiteral("callRegisterAction"));
    callRegisterAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_T));
    callRegisterAction->setEnabled(services::allowed(actor, services::Permission::LogCalls));
    connect(callRegisterAction, &QAction::triggered, this, [this] {
        CallRegister *reg = findChild<CallRegister *>();
        if (!reg) {
            reg = new CallRegister(m_context, this);
            reg->setAttribute(Qt::WA_DeleteOnClose);
        }
        reg->show();
        reg->raise();
        reg->activateWindow();
    });

    registersMenu->addSeparator();
    addDialogAction<ReferenceEditor>(
        registersMenu,
        tr("&Reference lists…"),
        QStringLiteral("referenceListsAction"),
        services::allowed(actor, services::Permission::ManageReference));

    QMenu *reportsMenu = menuBar()->addMenu(tr("R&eports"));
    QAction *reportAction = reportsMenu->addAction(tr("&Period summary report…"));
    reportAction->setObjectName(QStringLiteral("periodReportAction"));
    connect(reportAction, &QAction::triggered, this, [this] {
        auto *window = new ReportsWindow(m_context, this);
        window->setAttribute(Qt::WA_DeleteOnClose);
        window->show();
    });
    addDialogAction<AuditViewer>(reportsMenu,
                                 tr("&Audit log…"),
                                 QStringLiteral("auditViewerAction"),
                                 services::allowed(actor, services::Permission::ViewAudit));

    QMenu *helpMenu = menuBar()->addMenu(tr("&Help"));
    QAction *guideAction = helpMenu->addAction(tr("&User guide"));
    guideAction->setObjectName(QStringLiteral("userGuideAction"));
    guideAction->setShortcut(QKeySequence::HelpContents);
    guideAction->setShortcutContext(Qt::ApplicationShortcut);
    connect(guideAction, &QAction::triggered, this, &MainWindow::showUserGuide);
    // Shift+F1, then a click on a field: what the field wants, for the fields whose rules people
    // get wrong (the CCCD, partial birth dates, residence before or after 1/7/2025).
    QAction *whatsThisAction = QWhatsThis::createAction(this);
    whatsThisAction->setText(tr("&What's this?"));
    whatsThisAction->setObjectName(QStringLiteral("whatsThisAction"));
    whatsThisAction->setShortcutContext(Qt::ApplicationShortcut);
    helpMenu->addAction(whatsThisAction);
    QAction *aboutAction = helpMenu->addAction(tr("&About SafeReturn"));
    aboutAction->setObjectName(QStringLiteral("aboutAction"));
    aboutAction->setMenuRole(QAction::AboutRole);
    connect(aboutAction, &QAction::triggered, this, &MainWindow::showAbout);

    QMenu *viewMenu = menuBar()->addMenu(tr("&View"));
    const std::array parts{
        std::tuple{Part::MyWork, tr("&My work"), "myWorkAction", Qt::Key_1},
        std::tuple{Part::Cases, tr("&Cases"), "casesAction", Qt::Key_2},
        std::tuple{Part::Overview, tr("&Overview"), "overviewAction", Qt::Key_3}};
    for (const auto &[part, text, name, key] : parts) {
        QAction *action = viewMenu->addAction(text);
        action->setObjectName(QLatin1String(name));
        action->setShortcut(QKeySequence(Qt::CTRL | key));
        action->setShortcutContext(Qt::WindowShortcut);
        action->setEnabled((part != Part::MyWork || m_startPage)
                           && (part != Part::Overview || m_overviewPage));
        connect(action, &QAction::triggered, this, [this, part = part] { showPart(part); });
    }
    // Ctrl+F: back to the search box from anywhere in the window.
    auto *findAction = new QAction(tr("Find"), this);
    findAction->setObjectName(QStringLiteral("findAction"));
    findAction->setShortcut(QKeySequence::Find);
    findAction->setShortcutContext(Qt::WindowShortcut);
    connect(findAction, &QAction::triggered, this, [this] {
        showPart(Part::Cases);
        m_searchEdit->setFocus(Qt::ShortcutFocusReason);
        m_searchEdit->selectAll();
    });
    addAction(findAction);
}

QWidget *MainWindow::createListPage()
{
    auto *page = new QWidget(this);
    page->setObjectName(QStringLiteral("listPage"));
    auto *layout = new QVBoxLayout(page);
    layout->setContentsMargins(0, 0, 0, 0);

    m_searchEdit = new QLineEdit(page);
    m_searchEdit->setObjectName(QStringLiteral("searchLineEdit"));
    m_searchEdit->setPlaceholderText(tr("Search…"));
    m_searchEdit->setToolTip(
        tr("Name, other name, case code or document number. Accents are optional: "
           "\"dang\" finds \"Đặng\". Down arrow: go to the list, Enter: open the case."));
    m_searchEdit->setClearButtonEnabled(true);
    connect(m_searchEdit, &QLineEdit::textChanged, m_searchTimer, qOverload<>(&QTimer::start));
    connect(m_searchEdit, &QLineEdit::returnPressed, this, [this] {
        m_searchTimer->stop();
        applyFilter();
    });
    m_searchEdit->installEventFilter(this);
    layout->addWidget(m_searchEdit);

    auto *filters = new QGridLayout;
    int column = 0;
    auto addFilter = [&](const QString &label, QWidget *widget) {
        auto *caption = new QLabel(label, page);
        caption->setBuddy(widget);
        filters->addWidget(caption, 0, column);
        filters->addWidget(widget, 1, column);
        ++column;
    };

    auto *periodBox = new QWidget(page);
    auto *periodLayout = new QHBoxLayout(periodBox);
    periodLayout->setContentsMargins(0, 0, 0, 0);
    const PeriodFilter period = PeriodFilter::create(
        tr("Received between"), page, periodBox, this, [this] { applyFilter(); });
    m_periodCheck = period.check;
    m_fromEdit = period.fromEdit;
    m_toEdit = period.toEdit;
    periodLayout->addWidget(m_fromEdit);
    periodLayout->addWidget(new QLabel(QStringLiteral("–"), periodBox));
    periodLayout->addWidget(m_toEdit);
    filters->addWidget(m_periodCheck, 0, column);
    filters->addWidget(periodBox, 1, column);
    ++column;

    m_agencyCombo = new QComboBox(page);
    m_agencyCombo->setObjectName(QStringLiteral("agencyComboBox"));
    m_agencyCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_agencyCombo->setMinimumContentsLength(18);
    addFilter(tr("Receiving agency"), m_agencyCombo);

    m_countryCombo = new QComboBox(page);
    m_countryCombo->setObjectName(QStringLiteral("countryComboBox"));
    m_countryCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_countryCombo->setMinimumContentsLength(12);
    addFilter(tr("Returned from"), m_countryCombo);

    m_identificationCombo = new QComboBox(page);
    m_identificationCombo->setObjectName(QStringLiteral("identificationComboBox"));
    m_identificationCombo->addItem(tr("All"));
    for (domain::IdentificationStatus status : domain::allValues<domain::IdentificationStatus>())
        m_identificationCombo->addItem(EnumLabels::label(status), domain::toCode(status));
    addFilter(tr("Identification status"), m_identificationCombo);

    m_caseStatusCombo = new QComboBox(page);
    m_caseStatusCombo->setObjectName(QStringLiteral("caseStatusComboBox"));
    m_caseStatusCombo->addItem(tr("All"));
    for (domain::CaseStatus status : domain::allValues<domain::CaseStatus>())
        m_caseStatusCombo->addItem(EnumLabels::label(status), domain::toCode(status));
    addFilter(tr("Case status"), m_caseStatusCombo);

    // The responsible worker (docs/case-work.md): All, My cases, Unassigned, each worker with
    // their open cases; "My cases" is also one click beside it and Ctrl+M from anywhere in the
    // window (which shows the case list).
    m_responsibleFilter = new ResponsibleFilter(m_context.assignments(), m_service->actor(), page);
    addFilter(tr("Responsible"), m_responsibleFilter);
    m_myCasesAction = new QAction(tr("&My cases"), this);
    m_myCasesAction->setObjectName(QStringLiteral("myCasesAction"));
    m_myCasesAction->setCheckable(true);
    m_myCasesAction->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    m_myCasesAction->setToolTip(tr("Show only the cases you are responsible for (Ctrl+M)"));
    m_myCasesAction->setEnabled(m_responsibleFilter->canShowMine());
    connect(m_myCasesAction, &QAction::triggered, this, [this](bool mine) {
        m_responsibleFilter->setShowsMine(mine);
        showPart(Part::Cases);
    });
    connect(m_responsibleFilter, &QComboBox::currentIndexChanged, this, [this] {
        m_myCasesAction->setChecked(m_responsibleFilter->showsMine());
    });
    addAction(m_myCasesAction);
    auto *myCasesButton = new QToolButton(page);
    myCasesButton->setObjectName(QStringLiteral("myCasesButton"));
    myCasesButton->setDefaultAction(m_myCasesAction);
    myCasesButton->setToolButtonStyle(Qt::ToolButtonTextOnly);
    filters->addWidget(myCasesButton, 1, column++);

    m_archivedCheck = new QCheckBox(tr("Show archived"), page);
    m_archivedCheck->setObjectName(QStringLiteral("archivedCheckBox"));
    filters->addWidget(m_archivedCheck, 1, column++);

    m_clearButton = new QPushButton(tr("Clear filters"), page);
    m_clearButton->setObjectName(QStringLiteral("clearFiltersButton"));
    filters->addWidget(m_clearButton, 1, column++);
    filters->setColumnStretch(column, 1);

    for (QComboBox *combo : {m_agencyCombo,
                             m_countryCombo,
                             m_identificationCombo,
                             m_caseStatusCombo,
                             static_cast<QComboBox *>(m_responsibleFilter)}) {
        connect(combo, &QComboBox::currentIndexChanged, this, &MainWindow::applyFilter);
    }
    connect(m_archivedCheck, &QCheckBox::toggled, this, &MainWindow::applyFilter);
    connect(m_clearButton, &QPushButton::clicked, this, &MainWindow::clearFilters);
    layout->addLayout(filters);

    // The overview's filters the widgets cannot show, named until the filters are cleared.
    m_workFilterLabel = new QLabel(page);
    m_workFilterLabel->setObjectName(QStringLiteral("workFilterLabel"));
    m_workFilterLabel->setWordWrap(true);
    m_workFilterLabel->setStyleSheet(QLatin1String(noticeStyle));
    m_workFilterLabel->hide();
    layout->addWidget(m_workFilterLabel);

    m_table = new QTableView(page);
    m_table->setObjectName(QStringLiteral("caseTableView"));
    m_table->setModel(m_model);
    TableViews::setUpRecordList(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(true);
    // Newest receptions first: set the indicator before sorting is enabled, which sorts by it.
    header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
    m_table->setSortingEnabled(true);
    TableViews::sizeColumns(
        m_table,
        {{CaseListModel::CaseCodeColumn, QStringLiteral("QN-2026-00000")},
         {CaseListModel::FullNameColumn, QStringLiteral("Nguyễn Thị Phương Thảo")},
         {CaseListModel::SexColumn, EnumLabels::label(domain::Sex::Unknown)},
         {CaseListModel::AgeColumn, QStringLiteral("100")},
         {CaseListModel::ResidenceColumn, QStringLiteral("Quảng Ninh, Phường Móng Cái")},
         {CaseListModel::LastReceptionColumn, QStringLiteral("00/00/0000")},
         {CaseListModel::AgencyColumn, QStringLiteral("Trung tâm Công tác xã hội")},
         {CaseListModel::CountryColumn, QStringLiteral("Campuchia")},
         {CaseListModel::IdentificationColumn,
          EnumLabels::label(domain::IdentificationStatus::ConfirmedVictim)},
         {CaseListModel::ResponsibleColumn, QStringLiteral("Nguyễn Thị Phương")}});
    // The responsible worker's column does not sort: its indicator goes back to the list's.
    connect(header, &QHeaderView::sortIndicatorChanged, this, [this, header](int section) {
        if (section == CaseListModel::ResponsibleColumn) {
            const QSignalBlocker blocker(header);
            header->setSortIndicator(m_model->sortColumn(), m_model->sortOrder());
        }
    });
    TableViews::keepColumnsFitted(m_table, 24);

    connect(m_table, &QTableView::activated, this, [this](const QModelIndex &index) {
        if (const qint64 id = m_model->personIdAt(index.row()); id > 0)
            Q_EMIT caseActivated(id);
    });
    layout->addWidget(m_table, 1);
    return page;
}

QWidget *MainWindow::createEmptyStatePage()
{
    // Scrolls rather than making the window taller than a 1366×768 laptop's screen: the
    // organisation form alone is about 450 pixels high.
    auto *scroll = new QScrollArea(this);
    scroll->setObjectName(QStringLiteral("emptyStatePage"));
    scroll->setWidgetResizable(true);
    scroll->setFrameShape(QFrame::NoFrame);
    auto *page = new WelcomePage(m_context, scroll);
    connect(page, &WelcomePage::newCaseRequested, this, [this] { openCaseEditor(0); });
    scroll->setWidget(page);
    return scroll;
}

void MainWindow::loadFilterChoices()
{
    m_agencyCombo->addItem(tr("All"));
    m_countryCombo->addItem(tr("All"));
    if (!services::allowed(m_service->actor(), services::Permission::ViewCases))
        return; // viewers see no case records (docs/users-and-roles.md)
    auto choices = m_service->filterChoices();
    if (!choices) {
        showLoadFailure(choices.error().code);
        return;
    }
    const bool english = englishUi();
    for (const domain::Agency &agency : choices->agencies) {
        const QString name = english && !agency.nameEn.isEmpty() ? agency.nameEn : agency.name;
        m_agencyCombo->addItem(name, agency.code);
    }
    QList<domain::Country> countries = choices->countries;
    auto countryName = [english](const domain::Country &c) {
        return english && !c.nameEn.isEmpty() ? c.nameEn : c.nameVi;
    };
    for (const QString &code : frequentCountries()) {
        for (const domain::Country &country : countries) {
            if (country.code == code)
                m_countryCombo->addItem(countryName(country), country.code);
        }
    }
    m_countryCombo->insertSeparator(m_countryCombo->count());
    std::sort(countries.begin(), countries.end(), [&](const auto &a, const auto &b) {
        return QString::localeAwareCompare(countryName(a), countryName(b)) < 0;
    });
    for (const domain::Country &country : countries) {
        if (!frequentCountries().contains(country.code) && country.code != QLatin1String("VN"))
            m_countryCombo->addItem(countryName(country), country.code);
    }
}

bool MainWindow::eventFilter(QObject *watched, QEvent *event)
{
    if (watched == m_searchEdit && event->type() == QEvent::KeyPress) {
        const int key = static_cast<QKeyEvent *>(event)->key();
        if (key == Qt::Key_Down || key == Qt::Key_PageDown) {
            if (m_searchTimer->isActive()) { // the results of what was just typed, not older ones
                m_searchTimer->stop();
                applyFilter();
            }
            if (m_model->rowCount() == 0)
                return true;
            m_table->setFocus(Qt::TabFocusReason);
            if (!m_table->currentIndex().isValid() || m_table->currentIndex().row() != 0)
                m_table->setCurrentIndex(m_model->index(0, 0));
            m_table->selectRow(0);
            return true;
        }
    }
    return QMainWindow::eventFilter(watched, event);
}

void MainWindow::reloadFilterChoices()
{
    const QString agency = m_agencyCombo->currentData().toString();
    const QString country = m_countryCombo->currentData().toString();
    {
        const QSignalBlocker agencyBlocker(m_agencyCombo);
        const QSignalBlocker countryBlocker(m_countryCombo);
        m_agencyCombo->clear();
        m_countryCombo->clear();
        loadFilterChoices();
        m_agencyCombo->setCurrentIndex(qMax(0, m_agencyCombo->findData(agency)));
        m_countryCombo->setCurrentIndex(qMax(0, m_countryCombo->findData(country)));
    }
    if (m_agencyCombo->currentData().toString() != agency
        || m_countryCombo->currentData().toString() != country)
        applyFilter();
}

void MainWindow::applyFilter()
{
    if (!services::allowed(m_service->actor(), services::Permission::ViewCases))
        return;
    m_model->setFilter(filterFromWidgets());
    updateCounts();
}

domain::CaseListFilter MainWindow::caseListFilter() const
{
    return filterFromWidgets();
}

domain::CaseListFilter MainWindow::filterFromWidgets() const
{
    services::CaseListFilter filter;
    filter.searchText = m_searchEdit->text().trimmed();
    if (m_periodCheck->isChecked()) {
        filter.receivedFrom = m_fromEdit->date();
        filter.receivedTo = m_toEdit->date();
    }
    filter.agencyCode = m_agencyCombo->currentData().toString();
    filter.countryCode = m_countryCombo->currentData().toString();
    filter.identificationStatus = domain::fromCode<domain::IdentificationStatus>(
        m_identificationCombo->currentData().toString());
    filter.caseStatus =
        domain::fromCode<domain::CaseStatus>(m_caseStatusCombo->currentData().toString());
    filter.archive = m_archivedCheck->isChecked() ? domain::ArchiveFilter::IncludeArchived
                                                  : domain::ArchiveFilter::ActiveOnly;
    m_responsibleFilter->apply(filter);
    // A click-through from the overview names a worker the combo box may not offer.
    if (m_workFilter.responsibleUserId || m_workFilter.unassigned) {
        filter.responsibleUserId = m_workFilter.responsibleUserId;
        filter.unassigned = m_workFilter.unassigned;
    }
    filter.withoutPlan = m_workFilter.withoutPlan;
    filter.taskDueBefore = m_workFilter.taskDueBefore;
    return filter;
}

void MainWindow::showCases(const domain::CaseListFilter &filter)
{
    const auto select = [](QComboBox *combo, const QString &code) {
        const int index = code.isEmpty() ? 0 : combo->findData(code);
        combo->setCurrentIndex(std::max(index, 0));
    };
    {
        const QSignalBlocker blockers[] = {QSignalBlocker(m_searchEdit),
                                           QSignalBlocker(m_periodCheck),
                                           QSignalBlocker(m_fromEdit),
                                           QSignalBlocker(m_toEdit),
                                           QSignalBlocker(m_agencyCombo),
                                           QSignalBlocker(m_countryCombo),
                                           QSignalBlocker(m_identificationCombo),
                                           QSignalBlocker(m_caseStatusCombo),
                                           QSignalBlocker(m_responsibleFilter),
                                           QSignalBlocker(m_archivedCheck)};
        m_responsibleFilter->setCurrentIndex(0);
        m_myCasesAction->setChecked(false);
        m_searchEdit->setText(filter.searchText);
        const bool period = filter.receivedFrom.isValid() || filter.receivedTo.isValid();
        m_periodCheck->setChecked(period);
        m_fromEdit->setEnabled(period);
        m_toEdit->setEnabled(period);
        if (period) {
            // An open end of an age bucket: the earliest or latest date the editors take.
            m_fromEdit->setDate(filter.receivedFrom.isValid() ? filter.receivedFrom
                                                              : m_fromEdit->minimumDate());
            m_toEdit->setDate(filter.receivedTo.isValid() ? filter.receivedTo
                                                          : m_toEdit->maximumDate());
        }
        select(m_agencyCombo, filter.agencyCode);
        select(m_countryCombo, filter.countryCode);
        select(m_identificationCombo,
               filter.identificationStatus ? domain::toCode(*filter.identificationStatus)
                                           : QString());
        select(m_caseStatusCombo,
               filter.caseStatus ? domain::toCode(*filter.caseStatus) : QString());
        m_archivedCheck->setChecked(filter.archive != domain::ArchiveFilter::ActiveOnly);
    }
    m_workFilter = domain::CaseListFilter{};
    m_workFilter.responsibleUserId = filter.responsibleUserId;
    m_workFilter.unassigned = filter.unassigned;
    m_workFilter.withoutPlan = filter.withoutPlan;
    m_workFilter.taskDueBefore = filter.taskDueBefore;
    QStringList parts;
    if (filter.unassigned) {
        parts << tr("cases nobody is responsible for");
    } else if (filter.responsibleUserId) {
        QString name;
        if (m_overviewPage) {
            for (const domain::WorkerOverdue &worker : m_overviewPage->data().overdueByWorker)
                if (worker.userId == filter.responsibleUserId)
                    name = WorkLabels::worker(worker);
        }
        parts << tr("cases of %1").arg(name.isEmpty() ? tr("one worker") : name);
    }
    if (filter.taskDueBefore.isValid())
        parts << tr("with an open task due before %1")
                     .arg(filter.taskDueBefore.toString(QStringLiteral("dd/MM/yyyy")));
    if (filter.withoutPlan)
        parts << tr("without a support plan");
    m_workFilterLabel->setText(parts.isEmpty()
                                   ? QString()
                                   : tr("Showing %1. \"Clear filters\" shows every case again.")
                                         .arg(parts.join(QStringLiteral(", "))));
    m_workFilterLabel->setVisible(!parts.isEmpty());
    showPart(Part::Cases);
    m_pages->setCurrentWidget(m_listPage);
    m_searchTimer->stop();
    applyFilter();
}

bool MainWindow::showPart(Part part)
{
    QWidget *page = part == Part::MyWork     ? static_cast<QWidget *>(m_startPage)
                    : part == Part::Overview ? static_cast<QWidget *>(m_overviewPage)
                                             : m_casesPart;
    if (!page)
        return false;
    m_parts->setCurrentWidget(page);
    if (page == m_startPage)
        m_startPage->focusFirstList(); // Ctrl+1 then Enter opens the most urgent case
    return true;
}

MainWindow::Part MainWindow::currentPart() const
{
    QWidget *current = m_parts->currentWidget();
    if (current && current == m_startPage)
        return Part::MyWork;
    if (current && current == m_overviewPage)
        return Part::Overview;
    return Part::Cases;
}

QString MainWindow::workCountText() const
{
    return m_startPage ? m_workCountLabel->text() : QString();
}

void MainWindow::clearFilters()
{
    const QSignalBlocker blockers[] = {QSignalBlocker(m_searchEdit),
                                       QSignalBlocker(m_periodCheck),
                                       QSignalBlocker(m_agencyCombo),
                                       QSignalBlocker(m_countryCombo),
                                       QSignalBlocker(m_identificationCombo),
                                       QSignalBlocker(m_caseStatusCombo),
                                       QSignalBlocker(m_responsibleFilter),
                                       QSignalBlocker(m_archivedCheck)};
    m_searchEdit->clear();
    m_periodCheck->setChecked(false);
    m_fromEdit->setEnabled(false);
    m_toEdit->setEnabled(false);
    m_agencyCombo->setCurrentIndex(0);
    m_countryCombo->setCurrentIndex(0);
    m_identificationCombo->setCurrentIndex(0);
    m_caseStatusCombo->setCurrentIndex(0);
    m_responsibleFilter->setCurrentIndex(0);
    m_myCasesAction->setChecked(false);
    m_archivedCheck->setChecked(false);
    m_workFilter = domain::CaseListFilter{};
    m_workFilterLabel->hide();
    m_searchTimer->stop();
    applyFilter();
}

void MainWindow::refresh()
{
    if (!services::allowed(m_service->actor(), services::Permission::ViewCases)) {
        m_pages->hide(); // the notice says why; no refused request is sent
        return;
    }
    const auto any = m_service->hasCases();
    const bool empty = any && !*any;
    m_pages->setCurrentWidget(empty ? m_emptyPage : m_listPage);

    // Without filters the list's own count is the total (counted once, in the background on a
    // large database); with filters the total is counted here.
    m_total = -1;
    m_totalRequest = 0;
    m_model->refresh(); // its countChanged() asks for the total when a filter is set
    updateCounts();
    // F5 re-reads the part in front too (the others read themselves after each notice).
    if (m_parts && m_parts->currentWidget() == m_startPage && m_startPage)
        m_startPage->refresh();
    if (m_parts && m_parts->currentWidget() == m_overviewPage && m_overviewPage)
        m_overviewPage->refresh();
}

void MainWindow::countTotal()
{
    if (m_model->countsInBackground()) {
        // A large database: count on the second counter's thread (totalCounted()).
        if (m_totalRequest == 0)
            m_totalRequest = m_totalCounter->request(services::CaseListFilter{});
        return;
    }
    countTotalHere();
}

void MainWindow::countTotalHere()
{
    const auto total = m_service->totalCount();
    m_total = total ? *total : 0;
    if (!total)
        showLoadFailure(total.error().code);
}

void MainWindow::totalCounted(quint64 request, qint64 total)
{
    if (request != m_totalRequest)
        return;
    m_totalRequest = 0;
    m_total = total;
    m_countLabel->setText(countText());
}

QString MainWindow::countText() const
{
    const bool filtered = isFiltered(m_model->filter());
    const int shown = m_model->rowCount();
    if (m_total < 0 || (m_model->isCountPending() && !filtered))
        return tr("Counting cases…", "status bar while the cases are being counted");
    if (m_model->isCountPending()) {
        return tr("%1+ (counting…) / %Ln case(s)",
                  "status bar: shown so far, more are being counted / total",
                  int(m_total))
            .arg(QLocale().toString(shown));
    }
    if (!filtered)
        return tr("%Ln case(s)", "status bar", shown);
    return tr("%1 / %Ln case(s)", "status bar: shown / total", int(m_total))
        .arg(QLocale().toString(shown));
}

void MainWindow::updateCounts()
{
    if (!m_model->isCountPending()) {
        if (!isFiltered(m_model->filter()))
            m_total = m_model->rowCount();
        else if (m_total < 0) // filtered since the last refresh, or before the first count
            countTotal();
    }
    m_countLabel->setText(countText());
}

void MainWindow::updateNotices()
{
    QStringList notices;
    if (m_context.isDamaged()) {
        notices << tr("This database file is damaged: it is open read-only so that the damage "
                      "does not spread. Restore the latest backup (File → Backup and restore).");
    } else if (m_context.isReadOnly()) {
        notices << tr("This database is open read-only: you can look at the cases, but changes "
                      "cannot be saved.");
    }
    if (m_context.isOnNetworkFileSystem()) {
        notices << tr("Warning: this database is on a network drive. A database file may be "
                      "damaged when used over a network; copy it to this computer's disk.");
    }
    if (!services::allowed(m_service->actor(), services::Permission::ViewCases)) {
        notices << tr("Your role shows no case records: use the Reports menu for "
                      "de-identified figures.");
    }
    m_noticeLabel->setText(notices.join(QLatin1Char('\n')));
    m_noticeLabel->setVisible(!notices.isEmpty());
}

void MainWindow::updateDemoBanner()
{
    // A database whose mark cannot be read shows no banner: the read failure shows elsewhere.
    const Result<bool> demo = demo::DemoDataService(m_context).holdsDemoData();
    const bool shown = demo && *demo;
    m_demoBanner->setText(tr("Demonstration data — not for real records. The persons in this "
                             "database are invented: work with real cases in another database."));
    m_demoBanner->setVisible(shown);
    setWindowTitle(shown ? QStringLiteral("%1 — %2").arg(m_baseTitle, tr("demonstration data"))
                         : m_baseTitle);
}

QString MainWindow::aboutText() const
{
    const services::DatabaseInfo info = services::databaseInfo(m_context);
    auto row = [](const QString &label, const QString &value) {
        return QStringLiteral("<tr><td style=\"padding-right: 12px\">%1</td><td>%2</td></tr>")
            .arg(label, value);
    };
    // The path is the file's, not personal data; version details help support staff.
    const QString schema = info.schemaVersion == info.builtSchemaVersion
                               ? QLocale().toString(info.schemaVersion)
                               : tr("%1 (this version of SafeReturn writes %2)")
                                     .arg(QLocale().toString(info.schemaVersion),
                                          QLocale().toString(info.builtSchemaVersion));
    QString text = tr("<h3>SafeReturn %1</h3><p>Case management for returned victims of "
                      "human trafficking.</p><p>Free software under the GNU General Public "
                      "License, version 3 or later.</p>")
                       .arg(QStringLiteral(SAFERETURN_VERSION));
    text += QStringLiteral("<table>");
    text += row(tr("Database:"), QDir::toNativeSeparators(info.path).toHtmlEscaped());
    text += row(tr("Database schema version:"), schema);
    text += row(tr("Qt version:"), QString::fromLatin1(qVersion()));
    text += row(tr("SQLite version:"),
                info.sqliteVersion.isEmpty() ? tr("unknown") : info.sqliteVersion);
    text += QStringLiteral("</table>");
    return text;
}

void MainWindow::showAbout()
{
    QMessageBox::about(this, tr("About SafeReturn"), aboutText());
}

void MainWindow::showUserGuide()
{
    HelpWindow *help = findChild<HelpWindow *>();
    if (!help)
        help = new HelpWindow(this);
    help->show();
    help->raise();
    help->activateWindow();
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    WindowGeometry::remember(this, QStringLiteral("mainWindow"));
    QMainWindow::closeEvent(event);
}

CaseEditor *MainWindow::openCaseEditor(qint64 personId)
{
    for (CaseEditor *open : findChildren<CaseEditor *>()) {
        if (personId > 0 && open->personId() == personId && open->isVisible()) {
            open->raise();
            open->activateWindow();
            return open;
        }
    }
    auto *editor = new CaseEditor(m_context, this);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    bool opened = true;
    if (personId > 0)
        opened = editor->openCase(personId);
    else
        editor->newCase();
    editor->show();
    editor->activateWindow();
    return opened ? editor : nullptr;
}

CaseEditor *MainWindow::openCaseAt(qint64 personId, qint64 receptionId, domain::CaseSection section)
{
    CaseEditor *editor = openCaseEditor(personId);
    if (!editor)
        return nullptr; // the editor shows why
    if (receptionId > 0) {
        const QList<services::ReceptionRecord> &receptions = editor->record().receptions;
        for (qsizetype i = 0; i < receptions.size(); ++i) {
            if (receptions.at(i).reception.meta.id == receptionId)
                editor->setCurrentReception(int(i));
        }
    }
    editor->showSection(CaseEditor::Section(int(section)));
    return editor;
}

void MainWindow::showLoadFailure(ErrorCode code)
{
    statusBar()->showMessage(messages::ErrorMessages::message(code), 10000);
}

} // namespace sr::ui
