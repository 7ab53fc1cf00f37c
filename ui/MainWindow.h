#pragma once

#include "domain/Actor.h"
#include "domain/CaseList.h"
#include "domain/CaseWorkViews.h"
#include "domain/ChangeKind.h"
#include "domain/Result.h"

#include <QMainWindow>

#include <memory>

class QCheckBox;
class QComboBox;
class QDateEdit;
class QLabel;
class QLineEdit;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTableView;
class QTimer;

namespace sr::services {
class AppContext;
class CaseListService;
class CaseListCounter;
class HealthMonitor;
} // namespace sr::services

namespace sr::ui {

class CaseEditor;
class CaseListModel;
class OverviewPage;
class StartPage;
class ResponsibleFilter;

/**
 * The main window: the case list (lazy model) with a search box that searches as the user
 * types, filter widgets, counts in the status bar, and notices for read-only and network
 * databases. An empty database shows the welcome page (WelcomePage: organisation set-up, first
 * case, demonstration data) instead of the list.
 *
 * The window title carries the database file name only, never personal data.
 *
 * It refreshes from the context's change notices (AppContext::recordsChanged()), whichever
 * window or worker wrote the records: no feature is wired to it by hand.
 */
class MainWindow : public QMainWindow
{
    Q_OBJECT

public:
    /** Milliseconds the search waits after the last keystroke. */
    static constexpr int searchDelayMs = 250;

    /** Acts for @a context's acting user; @a context must outlive the window. */
    explicit MainWindow(services::AppContext &context, QWidget *parent = nullptr);
    ~MainWindow() override;

    CaseListModel *caseListModel() const { return m_model; }

    /** About's text: versions of SafeReturn, Qt and SQLite, the database file and its schema. */
    QString aboutText() const;

    /** The text of the status bar's count ("N hồ sơ", or "N / M hồ sơ" when filtered). */
    QString countText() const;

    /** The banner over a database of demonstration records (hidden over real ones). */
    QLabel *demoBanner() const { return m_demoBanner; }

    /** The window's parts, in the order of their tabs (Ctrl+1, Ctrl+2, Ctrl+3). */
    enum class Part { MyWork, Cases, Overview };
    /** Shows @a part; false when the acting user has no such part. */
    bool showPart(Part part);
    /** The part shown now. */
    Part currentPart() const;
    StartPage *startPage() const { return m_startPage; }
    OverviewPage *overviewPage() const { return m_overviewPage; }
    /** The status bar's task counts ("N quá hạn · M trong tuần"); empty without a start page. */
    QString workCountText() const;
    /**
     * Shows the case list filtered by @a filter (the overview's click-through): the filter
     * widgets take what they can show, the case-work parts (responsible worker, without a plan,
     * overdue tasks) are named above the list until the filters are cleared.
     */
    void showCases(const domain::CaseListFilter &filter);
    /** The case list's filter now. */
    domain::CaseListFilter caseListFilter() const;
    /**
     * Opens the case of @a personId in the case editor at @a section, on reception
     * @a receptionId (0: the latest); the editor, or nullptr when it could not be opened.
     */
    CaseEditor *openCaseAt(qint64 personId, qint64 receptionId, domain::CaseSection section);

protected:
    /** Keeps the window's size for the next start (WindowGeometry). */
    void closeEvent(QCloseEvent *event) override;
    /** Down (or Page Down) in the search box moves to the first row of the list. */
    bool eventFilter(QObject *watched, QEvent *event) override;

public Q_SLOTS:
    /** Re-reads counts and rows (after data changed elsewhere). */
    void refresh();

Q_SIGNALS:
    /** Enter or double click on a row: reserved for the case editor (next issue). */
    void caseActivated(qint64 personId);

private:
    void createActions();
    /**
     * Adds to @a menu an action named @a objectName that opens a modal @a Dialog on the
     * database (export, import, backup, reference lists, audit log).
     */
    template<typename Dialog>
    QAction *
    addDialogAction(QMenu *menu, const QString &text, const QString &objectName, bool enabled);
    /** Committed writes of @a changed: re-reads what this window shows of them. */
    void recordsChanged(domain::ChangeKinds changed);
    QWidget *createListPage();
    QWidget *createEmptyStatePage();
    void loadFilterChoices();
    /** Re-reads the filters' agencies and countries (after the reference lists changed). */
    void reloadFilterChoices();
    void applyFilter();
    void clearFilters();
    void updateCounts();
    /** Counts the active cases for the "shown / total" status text (in the background on a
     *  large database, see totalCounted()). */
    void countTotal();
    void totalCounted(quint64 request, qint64 total);
    /** Counts the active cases on this thread (small databases, or a failed background count). */
    void countTotalHere();
    void updateNotices();
    /** Shows or hides the demonstration banner and says so in the title. */
    void updateDemoBanner();
    /** The background check found damage: no more writing, and say what to do. */
    void showDamaged();
    void showAbout();
    /** F1: the user guide in the interface's language (HelpWindow), one window at a time. */
    void showUserGuide();
    void showLoadFailure(ErrorCode code);
    /** Opens the case editor on a stored person, or on a new case when @a personId is 0. */
    CaseEditor *openCaseEditor(qint64 personId);
    /** Builds the filter from the widgets and the case-work parts (m_workFilter). */
    domain::CaseListFilter filterFromWidgets() const;

    services::AppContext &m_context;
    std::unique_ptr<services::CaseListService> m_service;
    CaseListModel *m_model = nullptr;
    services::HealthMonitor *m_health = nullptr; ///< reads the whole file once, off the GUI thread
    services::CaseListCounter *m_counter = nullptr;      ///< the list's counts, off the GUI thread
    services::CaseListCounter *m_totalCounter = nullptr; ///< the total next to filtered counts
    quint64 m_totalRequest = 0;                          ///< m_totalCounter's pending request
    qint64 m_total = -1;                                 ///< active persons; -1 while not known yet

    QStackedWidget *m_pages = nullptr;
    QWidget *m_listPage = nullptr;
    QWidget *m_emptyPage = nullptr;
    QLabel *m_noticeLabel = nullptr;
    QLabel *m_demoBanner = nullptr;
    QString m_baseTitle;
    QLineEdit *m_searchEdit = nullptr;
    QTimer *m_searchTimer = nullptr;
    QCheckBox *m_periodCheck = nullptr;
    QDateEdit *m_fromEdit = nullptr;
    QDateEdit *m_toEdit = nullptr;
    QComboBox *m_agencyCombo = nullptr;
    QComboBox *m_countryCombo = nullptr;
    QComboBox *m_identificationCombo = nullptr;
    QComboBox *m_caseStatusCombo = nullptr;
    ResponsibleFilter *m_responsibleFilter = nullptr;
    QAction *m_myCasesAction = nullptr; ///< Ctrl+M: the acting user's cases in one click
    QCheckBox *m_archivedCheck = nullptr;
    QPushButton *m_clearButton = nullptr;
    QTableView *m_table = nullptr;
    QLabel *m_countLabel = nullptr;
    QTabWidget *m_parts = nullptr;
    StartPage *m_startPage = nullptr;       ///< none for users who may not view cases
    OverviewPage *m_overviewPage = nullptr; ///< managers and administrators only
    QWidget *m_casesPart = nullptr;
    QLabel *m_workCountLabel = nullptr;
    QLabel *m_workFilterLabel = nullptr;
    /** The case-work parts of the filter set by showCases() (the widgets cannot show them). */
    domain::CaseListFilter m_workFilter;
};

} // namespace sr::ui
