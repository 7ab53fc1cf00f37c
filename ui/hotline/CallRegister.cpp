#include "ui/hotline/CallRegister.h"

#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/PeriodPresets.h"
#include "ui/TableViews.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"
#include "ui/hotline/CallForm.h"
#include "ui/hotline/CallTableModel.h"

#include <QAction>
#include <QCheckBox>
#include <QCloseEvent>
#include <QComboBox>
#include <QDateEdit>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QInputDialog>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QMessageBox>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {

CallRegister::CallRegister(services::AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.hotline())
{
    setObjectName(QStringLiteral("CallRegister"));
    setWindowTitle(tr("Hotline call log 18001769"));
    m_canLog = services::allowed(m_actor, services::Permission::LogCalls);
    m_canEdit = m_canLog && !context.isReadOnly();

    auto *layout = new QVBoxLayout(this);
    m_notice = new QLabel(this);
    m_notice->setObjectName(QStringLiteral("noticeLabel"));
    m_notice->setWordWrap(true);
    m_notice->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: "
                       "1px solid #e3c565; border-radius: 3px; padding: 6px; }"));
    layout->addWidget(m_notice);

    auto *filters = new QHBoxLayout;
    const PeriodFilter period =
        PeriodFilter::create(tr("Calls &between"), this, this, this, [this] { applyFilter(); });
    m_periodCheck = period.check;
    m_fromEdit = period.fromEdit;
    m_toEdit = period.toEdit;
    filters->addWidget(m_periodCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(new QLabel(QStringLiteral("–"), this));
    filters->addWidget(m_toEdit);
    filters->addSpacing(12);
    auto *reasonLabel = new QLabel(tr("&Reason"), this);
    m_reasonCombo = new QComboBox(this);
    m_reasonCombo->setObjectName(QStringLiteral("reasonFilter"));
    m_reasonCombo->addItem(tr("All reasons"), QString());
    for (const domain::CallReason reason : domain::allValues<domain::CallReason>())
        m_reasonCombo->addItem(CallTableModel::label(reason), domain::toCode(reason));
    reasonLabel->setBuddy(m_reasonCombo);
    filters->addWidget(reasonLabel);
    filters->addWidget(m_reasonCombo);
    auto *actionLabel = new QLabel(tr("Ac&tion"), this);
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("actionFilter"));
    m_actionCombo->addItem(tr("All actions"), QString());
    for (const domain::CallAction action : domain::allValues<domain::CallAction>())
        m_actionCombo->addItem(CallTableModel::label(action), domain::toCode(action));
    actionLabel->setBuddy(m_actionCombo);
    filters->addWidget(actionLabel);
    filters->addWidget(m_actionCombo);
    m_archivedCheck = new QCheckBox(tr("Show &archived"), this);
    m_archivedCheck->setObjectName(QStringLiteral("archivedCheckBox"));
    filters->addSpacing(12);
    filters->addWidget(m_archivedCheck);
    filters->addStretch(1);
    layout->addLayout(filters);
    connect(m_reasonCombo, &QComboBox::currentIndexChanged, this, &CallRegister::applyFilter);
    connect(m_actionCombo, &QComboBox::currentIndexChanged, this, &CallRegister::applyFilter);
    connect(m_archivedCheck, &QCheckBox::toggled, this, &CallRegister::applyFilter);

    auto *bar = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New call…"), this);
    m_newButton->setObjectName(QStringLiteral("newCallButton"));
    m_newButton->setToolTip(tr("Log a new call (Ctrl+N)"));
    connect(m_newButton, &QPushButton::clicked, this, [this] { openForm(0); });
    m_openButton = new QPushButton(tr("&Open…"), this);
    m_openButton->setObjectName(QStringLiteral("openCallButton"));
    connect(m_openButton, &QPushButton::clicked, this, &CallRegister::openCurrent);
    m_linkButton = new QPushButton(tr("&Link to case…"), this);
    m_linkButton->setObjectName(QStringLiteral("linkCallButton"));
    m_linkButton->setToolTip(tr("The call became a case: link it to the case's code"));
    connect(m_linkButton, &QPushButton::clicked, this, &CallRegister::askLink);
    m_archiveButton = new QPushButton(tr("Arc&hive…"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveCallButton"));
    connect(m_archiveButton, &QPushButton::clicked, this, &CallRegister::archiveCurrent);
    bar->addWidget(m_newButton);
    bar->addWidget(m_openButton);
    bar->addWidget(m_linkButton);
    bar->addWidget(m_archiveButton);
    bar->addStretch(1);
    layout->addLayout(bar);

    m_model = new CallTableModel(m_service, m_actor, this);
    connect(m_model, &CallTableModel::loadFailed, this, &CallRegister::showFailure);
    m_table = new QTableView(this);
    m_table->setObjectName(QStringLiteral("callTableView"));
    m_table->setModel(m_model);
    TableViews::setUpRecordList(m_table);
    QHeaderView *header = m_table->horizontalHeader();
    header->setStretchLastSection(false);
    TableViews::sizeColumns(m_table,
                            {{CallTableModel::DateColumn, QStringLiteral("00/00/0000")},
                             {CallTableModel::TimeColumn, QStringLiteral("00:00")},
                             {CallTableModel::LineColumn, QStringLiteral("18001769")},
                             {CallTableModel::CaseColumn, QStringLiteral("QN-2026-00000")}},
                            QStringLiteral("000 min"));
    header->setSectionResizeMode(CallTableModel::ReasonColumn, QHeaderView::Stretch);
    header->setSectionResizeMode(CallTableModel::ActionsColumn, QHeaderView::Stretch);
    TableViews::keepColumnsFitted(m_table);
    connect(m_table, &QTableView::activated, this, [this] { openCurrent(); });
    layout->addWidget(m_table, 1);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setAlignment(Qt::AlignCenter);
    m_empty->setStyleSheet(QStringLiteral("QLabel { color: #555; padding: 24px; }"));
    layout->addWidget(m_empty);

    m_countLabel = new QLabel(this);
    m_countLabel->setObjectName(QStringLiteral("countLabel"));
    layout->addWidget(m_countLabel);

    auto *newAction = new QAction(tr("New call"), this);
    newAction->setObjectName(QStringLiteral("newCallAction"));
    newAction->setShortcut(QKeySequence::New);
    newAction->setShortcutContext(Qt::WindowShortcut);
    connect(newAction, &QAction::triggered, this, [this] {
        if (m_canEdit)
            openForm(0);
    });
    addAction(newAction);
    auto *closeAction = new QAction(tr("Close"), this);
    closeAction->setShortcut(QKeySequence(Qt::Key_Escape));
    closeAction->setShortcutContext(Qt::WindowShortcut);
    connect(closeAction, &QAction::triggered, this, &QWidget::close);
    addAction(closeAction);

    QString notice;
    if (!m_canLog)
        notice = tr("Your role does not log hotline calls, so the call log is not shown. The "
                    "period report counts the calls.");
    else if (context.isReadOnly())
        notice = tr("This database is open read-only: calls can be looked at but not logged.");
    m_notice->setText(notice);
    m_notice->setVisible(!notice.isEmpty());

    if (m_canLog) {
        connect(m_table->selectionModel(),
                &QItemSelectionModel::currentRowChanged,
                this,
                &CallRegister::updateButtons);
        applyFilter();
        followChanges(m_context, this, this);
    } else {
        for (QWidget *w : {static_cast<QWidget *>(m_table),
                           static_cast<QWidget *>(m_periodCheck),
                           static_cast<QWidget *>(m_reasonCombo),
                           static_cast<QWidget *>(m_actionCombo),
                           static_cast<QWidget *>(m_archivedCheck)})
            w->setEnabled(false);
        m_empty->hide();
    }
    updateButtons();
    WindowGeometry::place(this, QStringLiteral("callRegister"), QSize(1240, 620));
}

CallRegister::~CallRegister() = default;

void CallRegister::closeEvent(QCloseEvent *event)
{
    WindowGeometry::remember(this, QStringLiteral("callRegister"));
    QWidget::closeEvent(event);
}

QString CallRegister::countText() const
{
    return tr("%Ln call(s)", "call log status line", int(m_model->total()));
}

QString CallRegister::emptyText() const
{
    return m_empty->isHidden() ? QString() : m_empty->text();
}

void CallRegister::refresh()
{
    if (!m_canLog)
        return;
    const qint64 current = m_model->callAt(m_table->currentIndex().row()).meta.id;
    m_model->refresh();
    m_countLabel->setText(countText());
    if (const int row = current > 0 ? m_model->rowOf(current) : -1; row >= 0)
        m_table->selectRow(row);
    else if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

void CallRegister::applyFilter()
{
    if (!m_canLog)
        return;
    services::CallQuery query;
    if (m_periodCheck->isChecked()) {
        query.from = m_fromEdit->date();
        query.to = m_toEdit->date();
    }
    query.reason = domain::fromCode<domain::CallReason>(m_reasonCombo->currentData().toString());
    query.action = domain::fromCode<domain::CallAction>(m_actionCombo->currentData().toString());
    query.archive = m_archivedCheck->isChecked() ? domain::ArchiveFilter::IncludeArchived
                                                 : domain::ArchiveFilter::ActiveOnly;
    m_model->setQuery(query);
    m_countLabel->setText(countText());
    if (m_model->rowCount() > 0)
        m_table->selectRow(0);
    updateButtons();
}

CallForm *CallRegister::openForm(qint64 id)
{
    if (!m_canLog || (id == 0 && !m_canEdit))
        return nullptr;
    auto *form = new CallForm(m_context, this);
    form->setAttribute(Qt::WA_DeleteOnClose);
    if (id > 0)
        form->openCall(id);
    connect(form, &CallForm::saved, this, [this](qint64 savedId) {
        if (const int row = m_model->rowOf(savedId); row >= 0)
            m_table->selectRow(row);
    });
    form->show();
    form->activateWindow();
    return form;
}

void CallRegister::openCurrent()
{
    const domain::HotlineCall call = m_model->callAt(m_table->currentIndex().row());
    if (call.meta.isStored())
        openForm(call.meta.id);
}

bool CallRegister::linkCurrent(const QString &caseCode)
{
    const domain::HotlineCall call = m_model->callAt(m_table->currentIndex().row());
    if (!m_canEdit || !call.meta.isStored())
        return false;
    const services::ServiceResult<domain::HotlineCall> linked =
        m_service.linkToCase(m_actor, call.meta.id, call.meta.version, caseCode, std::nullopt);
    if (linked)
        return true;
    QString text = messages::ErrorMessages::message(linked.error().code);
    if (!linked.fieldErrors().isEmpty()) {
        QStringList lines;
        for (const domain::FieldError &e : linked.fieldErrors())
            lines << messages::FieldMessages::message(e, CallForm::fieldLabel(e.field));
        text = lines.join(QLatin1Char('\n'));
    }
    m_countLabel->setText(text);
    return false;
}

void CallRegister::askLink()
{
    const domain::HotlineCall call = m_model->callAt(m_table->currentIndex().row());
    if (!m_canEdit || !call.meta.isStored())
        return;
    bool ok = false;
    const QString code = QInputDialog::getText(
        this,
        tr("Link to case"),
        tr("The call of %1 became a case. &Case code:").arg(CaseFields::formatDate(call.date)),
        QLineEdit::Normal,
        QString(),
        &ok);
    if (!ok)
        return;
    if (!linkCurrent(code))
        QMessageBox::warning(this, tr("Link to case"), m_countLabel->text());
}

void CallRegister::archiveCurrent()
{
    const domain::HotlineCall call = m_model->callAt(m_table->currentIndex().row());
    if (!m_canEdit || !call.meta.isStored() || call.meta.archived)
        return;
    const std::optional<QString> reason =
        ArchiveReasonDialog::ask(this,
                                 tr("Archive call"),
                                 tr("The call of %1 is kept but no longer listed or counted.")
                                     .arg(CaseFields::formatDate(call.date)));
    if (!reason)
        return;
    if (auto r = m_service.archive(m_actor, call.meta.id, call.meta.version, *reason); !r)
        QMessageBox::warning(
            this, tr("Archive call"), messages::ErrorMessages::message(r.error().code));
}

void CallRegister::updateButtons()
{
    const domain::HotlineCall call = m_model->callAt(m_table->currentIndex().row());
    m_newButton->setEnabled(m_canEdit);
    m_openButton->setEnabled(m_canLog && call.meta.isStored());
    m_linkButton->setEnabled(m_canEdit && call.meta.isStored() && !call.meta.archived);
    m_archiveButton->setEnabled(m_canEdit && call.meta.isStored() && !call.meta.archived);
    // The empty state: what to do when nothing is listed.
    const bool empty = m_canLog && m_model->rowCount() == 0;
    const bool filtered = m_periodCheck->isChecked() || m_reasonCombo->currentIndex() > 0
                          || m_actionCombo->currentIndex() > 0;
    m_empty->setText(filtered ? tr("No call matches these filters. Clear a filter to see more.")
                              : tr("No calls logged yet. Press Ctrl+N to log a call to the "
                                   "hotline 18001769 as it comes in: the form starts at the "
                                   "current time and needs nothing personal for an anonymous "
                                   "caller."));
    m_empty->setVisible(empty);
    m_table->setVisible(!empty || !m_canLog);
}

void CallRegister::showFailure(ErrorCode code)
{
    m_countLabel->setText(messages::ErrorMessages::message(code));
}

} // namespace sr::ui
