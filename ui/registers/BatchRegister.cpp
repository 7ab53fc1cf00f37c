#include "ui/registers/BatchRegister.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/PeriodPresets.h"
#include "ui/TableViews.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"
#include "ui/registers/BatchEditor.h"
#include "ui/registers/BatchTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

} // namespace

BatchRegister::BatchRegister(services::AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.batches())
{
    setObjectName(QStringLiteral("BatchRegister"));
    setWindowTitle(tr("Border handover register"));
    m_canView = services::allowed(m_actor, services::Permission::ViewCases);
    m_canEdit = m_canView && !context.isReadOnly()
                && services::allowed(m_actor, services::Permission::EditCases);

    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: "
                       "1px solid #e3c565; border-radius: 3px; padding: 6px; }"));
    layout->addWidget(m_notice);

    auto *bar = new QHBoxLayout;
    const PeriodFilter period = PeriodFilter::create(
        tr("&Handed over between"), this, this, this, [this] { applyFilter(); });
    m_periodCheck = period.check;
    m_fromEdit = period.fromEdit;
    m_toEdit = period.toEdit;
    bar->addWidget(m_periodCheck);
    bar->addWidget(m_fromEdit);
    bar->addWidget(new QLabel(QStringLiteral("–"), this));
    bar->addWidget(m_toEdit);
    m_archivedCheck = new QCheckBox(tr("Show &archived"), this);
    m_archivedCheck->setObjectName(QStringLiteral("archivedCheckBox"));
    connect(m_archivedCheck, &QCheckBox::toggled, this, &BatchRegister::applyFilter);
    bar->addSpacing(12);
    bar->addWidget(m_archivedCheck);
    bar->addStretch(1);
    m_newButton = new QPushButton(tr("&New handover…"), this);
    m_newButton->setObjectName(QStringLiteral("newBatchButton"));
    m_newButton->setToolTip(tr("New handover (Ctrl+N)"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { openEditor(0); });
    m_openButton = new QPushButton(m_canEdit ? tr("&Edit…") : tr("&Open…"), this);
    m_openButton->setObjectName(QStringLiteral("openBatchButton"));
    connect(m_openButton, &QPushButton::clicked, this, &BatchRegister::openCurrent);
    m_archiveButton = new QPushButton(tr("A&rchive…"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveBatchButton"));
    connect(m_archiveButton, &QPushButton::clicked, this, &BatchRegister::archiveCurrent);
    bar->addWidget(m_newButton);
    bar->addWidget(m_openButton);
    bar->addWidget(m_archiveButton);
    layout->addLayout(bar);

    m_model = new BatchTableModel(m_service, m_actor, this);
    connect(m_model, &BatchTableModel::loadFailed, this, &BatchRegister::showFailure);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("batchTableView"));
    m_table->setModel(m_model);
    TableViews::setUpRecordList(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    TableViews::sizeColumns(
        m_table,
        {{BatchTableModel::DateColumn, QStringLiteral("00/00/0000")},
         {BatchTableModel::BorderGateColumn, QStringLiteral("Cửa khẩu quốc tế Móng Cái")}},
        QStringLiteral("00.000"));
    // The two agency columns share what the window has left; full names are in tooltips.
    header->setSectionResizeMode(BatchTableModel::ForeignAgencyColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(BatchTableModel::ReceivingUnitColumn, QHeaderView::Stretch);
    // Vietnamese titles and long gate names are wider than the samples: fit the rows in view.
    TableViews::keepColumnsFitted(m_table);
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    layout->addWidget(m_table, 1);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_countLabel);

    auto *newAction = new QAction(tr("New handover"), this);
    newAction->setObjectName(QStringLiteral("newBatchAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WindowShortcut);
    connect(newAction, &QAction::triggered, this, [this] {
        if (m_canEdit)
            openEditor(0);
    });
    addAction(newAction);
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    QStringList notices;
    if (!m_canView) {
        notices << tr("Your role shows no case records, so the handover register is not shown.");
    } else if (context.isReadOnly()) {
        notices << tr("This database is open read-only: handovers can be looked at but not "
                      "changed.");
    } else if (!m_canEdit) {
        notices << tr("Your role may look at handovers but not change them.");
    }
    m_notice->setText(notices.join(QLatin1Char('\n')));
    m_notice->setVisible(!notices.isEmpty());

    if (m_canView) {
        Result<services::BatchChoices> choices = m_service.choices(m_actor);
        if (choices)
            m_choices = std::move(choices).value();
        else
            showFailure(choices.error().code);
        const bool english = englishUi();
        QHash<QString, QString> gates;
        for (const domain::BorderGate &gate : m_choices.borderGates)
            gates.insert(gate.code, english && !gate.nameEn.isEmpty() ? gate.nameEn : gate.name);
        QHash<QString, QString> agencies;
        for (const domain::Agency &agency : m_choices.agencies) {
            agencies.insert(agency.code,
                            english && !agency.nameEn.isEmpty() ? agency.nameEn : agency.name);
        }
        m_model->setNames(gates, agencies);
        connect(m_table->selectionModel(),
                &QItemSelectionModel::currentRowChanged,
                this,
                &BatchRegister::updateButtons);
        applyFilter();
        followChanges(m_context, this, this);
    } else {
        m_table->setEnabled(false);
        for (QWidget *w :
             {static_cast<QWidget *>(m_periodCheck), static_cast<QWidget *>(m_archivedCheck)})
            w->setEnabled(false);
    }
    updateButtons();
    WindowGeometry::place(this, QStringLiteral("batchRegister"), QSize(1240, 620));
}

void BatchRegister::closeEvent(QCloseEvent *event)
{
    WindowGeometry::remember(this, QStringLiteral("batchRegister"));
    QWidget::closeEvent(event);
}

BatchRegister::~BatchRegister() = default;

QString BatchRegister::countText() const
{
    return tr("%Ln handover(s)", "register status line", int(m_model->total()));
}

void BatchRegister::refresh()
{
    if (!m_canView)
        return;
    const qint64 current = m_model->batchAt(m_table->currentIndex().row()).meta.id;
    m_model->refresh();
    m_countLabel->setText(countText());
    if (const int row = current > 0 ? m_model->rowOf(current) : -1; row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void BatchRegister::applyFilter()
{
    if (!m_canView)
        return;
    services::BatchQuery query;
    if (m_periodCheck->isChecked()) {
        query.from = m_fromEdit->date();
        query.to = m_toEdit->date();
    }
    query.archive = m_archivedCheck->isChecked() ? domain::ArchiveFilter::IncludeArchived
                                                 : domain::ArchiveFilter::ActiveOnly;
    m_model->setQuery(query);
    m_countLabel->setText(countText());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

BatchEditor *BatchRegister::openEditor(qint64 id)
{
    if (!m_canView || (id == 0 && !m_canEdit))
        return nullptr;
    auto *editor = new BatchEditor(m_context, m_choices, this);
    editor->setWindowFlag(Qt::Window);
    editor->setAttribute(Qt::WA_DeleteOnClose);
    if (id > 0)
        editor->openBatch(id);
    // The list re-read itself when the save was committed (Page); the saved batch is selected.
    connect(editor, &BatchEditor::saved, this, [this](qint64 savedId) {
        if (const int row = m_model->rowOf(savedId); row >= 0)
            m_table->selectRow(row);
    });
    connect(editor, &BatchEditor::openCaseRequested, this, &BatchRegister::openCaseRequested);
    editor->show();
    editor->activateWindow();
    return editor;
}

void BatchRegister::openCurrent()
{
    const domain::HandoverBatch batch = m_model->batchAt(m_table->currentIndex().row());
    if (batch.meta.isStored())
        openEditor(batch.meta.id);
}

void BatchRegister::archiveCurrent()
{
    const domain::HandoverBatch batch = m_model->batchAt(m_table->currentIndex().row());
    if (!m_canEdit || !batch.meta.isStored() || batch.meta.archived)
        return;
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Archive handover"),
        tr("The handover of %1 is kept (with its links to receptions) but no longer listed or "
           "counted.")
            .arg(CaseFields::formatDate(batch.date)));
    if (!reason)
        return;
    if (auto r = m_service.archive(m_actor, batch.meta.id, batch.meta.version, *reason); !r) {
        QMessageBox::warning(
            this, tr("Archive handover"), messages::ErrorMessages::message(r.error().code));
        return;
    }
    // The archive's commit made the register re-read its page (Page).
}

void BatchRegister::updateButtons()
{
    const domain::HandoverBatch batch = m_model->batchAt(m_table->currentIndex().row());
    m_newButton->setEnabled(m_canEdit);
    m_openButton->setEnabled(m_canView && batch.meta.isStored());
    m_archiveButton->setEnabled(m_canEdit && batch.meta.isStored() && !batch.meta.archived);
}

void BatchRegister::showFailure(ErrorCode code)
{
    m_countLabel->setText(messages::ErrorMessages::message(code));
}

} // namespace sr::ui
