#include "ui/admin/AuditViewer.h"

#include "domain/RecordTypes.h"
#include "services/Permissions.h"

#include <QCheckBox>
#include <QComboBox>
#include <QCoreApplication>
#include <QDateEdit>
#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHash>
#include <QHeaderView>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {

AuditTableModel::AuditTableModel(services::AuditService &service,
                                 domain::Actor actor,
                                 QObject *parent)
    : QAbstractTableModel(parent)
    , m_service(service)
    , m_actor(std::move(actor))
{}

bool AuditTableModel::setFilter(const services::AuditFilter &filter)
{
    beginResetModel();
    m_filter = filter;
    m_rows.clear();
    m_total = 0;
    m_error = {};
    auto total = m_service.count(m_actor, filter);
    if (total)
        m_total = *total;
    else
        m_error = total.error();
    endResetModel();
    if (total && m_total > 0)
        fetchMore({});
    return total.ok();
}

int AuditTableModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : int(m_rows.size());
}

int AuditTableModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() ? 0 : 6;
}

QVariant AuditTableModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_rows.size()
        || (role != Qt::DisplayRole && role != Qt::ToolTipRole))
        return {};
    const services::AuditEntry &entry = m_rows.at(index.row());
    switch (index.column()) {
    case 0:
        return entry.at.toLocalTime().toString(QStringLiteral("dd/MM/yyyy HH:mm:ss"));
    case 1:
        return entry.actor;
    case 2:
        // The stable code stays visible in the tooltip (it is what CSV exports of the log hold).
        return role == Qt::ToolTipRole ? entry.action : actionLabel(entry.action);
    case 3:
        return role == Qt::ToolTipRole ? entry.entity : entityLabel(entry.entity);
    case 4:
        return entry.entityId > 0 ? QVariant(entry.entityId) : QVariant();
    case 5:
        return entry.changes.isEmpty()
                   ? QString()
                   : QString::fromUtf8(QJsonDocument(entry.changes).toJson(QJsonDocument::Compact));
    default:
        return {};
    }
}

QString AuditTableModel::actionLabel(const QString &code)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("archive"), QT_TR_NOOP("Archived")},
        {QStringLiteral("open"), QT_TR_NOOP("Case opened")},
        {QStringLiteral("print"), QT_TR_NOOP("Printed")},
        {QStringLiteral("report"), QT_TR_NOOP("Report made")},
        {QStringLiteral("export"), QT_TR_NOOP("CSV export")},
        {QStringLiteral("export_zip"), QT_TR_NOOP("Encrypted export")},
        {QStringLiteral("import"), QT_TR_NOOP("CSV import")},
        {QStringLiteral("audit_export"), QT_TR_NOOP("Audit log exported")},
        {QStringLiteral("backup"), QT_TR_NOOP("Backup")},
        {QStringLiteral("auto_backup"), QT_TR_NOOP("Automatic backup")},
        {QStringLiteral("restore"), QT_TR_NOOP("Restore")},
        {QStringLiteral("check"), QT_TR_NOOP("Database check")},
        {QStringLiteral("demo"), QT_TR_NOOP("Demonstration data")},
        {QStringLiteral("denied"), QT_TR_NOOP("Refused (not allowed)")},
        {QStringLiteral("login"), QT_TR_NOOP("Signed in")},
        {QStringLiteral("login_failed"), QT_TR_NOOP("Sign-in failed")},
        {QStringLiteral("logout"), QT_TR_NOOP("Signed out")},
        {QStringLiteral("session_lock"), QT_TR_NOOP("Screen locked")},
        {QStringLiteral("session_unlock"), QT_TR_NOOP("Screen unlocked")},
        {QStringLiteral("account_locked"), QT_TR_NOOP("Account locked")},
        {QStringLiteral("account_unlocked"), QT_TR_NOOP("Account unlocked")},
        {QStringLiteral("user_create"), QT_TR_NOOP("User created")},
        {QStringLiteral("user_disable"), QT_TR_NOOP("User disabled")},
        {QStringLiteral("user_enable"), QT_TR_NOOP("User enabled")},
        {QStringLiteral("user_password_reset"), QT_TR_NOOP("Password reset")},
        {QStringLiteral("user_role_change"), QT_TR_NOOP("Role changed")},
        {QStringLiteral("password_change"), QT_TR_NOOP("Password changed")},
        {QStringLiteral("password_change_failed"), QT_TR_NOOP("Password change failed")},
    };
    const char *label = labels.value(code);
    return label ? tr(label) : code;
}

QString AuditTableModel::entityLabel(const QString &code)
{
    // Record types and reference lists carry their label in their descriptor
    // (domain/RecordTypes.h).
    const domain::RecordTypeInfo *type = domain::recordTypeOf(code);
    for (const domain::RecordTypeInfo *list : domain::referenceListTypes()) {
        if (!type && list->table == code)
            type = list;
    }
    if (type)
        return QCoreApplication::translate(domain::kRecordTypeContext, type->label);
    static const QHash<QString, const char *> labels{
        {QStringLiteral("settings"), QT_TR_NOOP("Settings")},
        {QStringLiteral("app_user"), QT_TR_NOOP("User")},
    };
    const char *label = labels.value(code);
    return label ? tr(label) : code;
}

QVariant AuditTableModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return QAbstractTableModel::headerData(section, orientation, role);
    switch (section) {
    case 0:
        return tr("Time");
    case 1:
        return tr("User");
    case 2:
        return tr("Action");
    case 3:
        return tr("Record");
    case 4:
        return tr("Record id");
    case 5:
        return tr("Details");
    default:
        return {};
    }
}

bool AuditTableModel::canFetchMore(const QModelIndex &parent) const
{
    return !parent.isValid() && m_rows.size() < m_total;
}

void AuditTableModel::fetchMore(const QModelIndex &parent)
{
    if (parent.isValid())
        return;
    auto page = m_service.find(m_actor, m_filter, pageSize, m_rows.size());
    if (!page) {
        m_error = page.error();
        m_total = m_rows.size();
        return;
    }
    if (page->isEmpty()) {
        m_total = m_rows.size();
        return;
    }
    beginInsertRows({}, int(m_rows.size()), int(m_rows.size() + page->size() - 1));
    m_rows.append(*page);
    endInsertRows();
}

AuditViewer::AuditViewer(services::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_service(context.audit())
    , m_actor(context.actor())
{
    setWindowTitle(tr("Audit log"));
    resize(980, 600);
    m_model = new AuditTableModel(m_service, m_actor, this);

    m_userCombo = new QComboBox(this);
    m_userCombo->setObjectName(QStringLiteral("auditUserCombo"));
    m_actionCombo = new QComboBox(this);
    m_actionCombo->setObjectName(QStringLiteral("auditActionCombo"));
    m_userCombo->addItem(tr("(all users)"), QString());
    m_actionCombo->addItem(tr("(all actions)"), QString());
    if (auto users = m_service.actors(m_actor)) {
        for (const QString &user : *users)
            m_userCombo->addItem(user, user);
    }
    if (auto actions = m_service.actions(m_actor)) {
        for (const QString &action : *actions)
            m_actionCombo->addItem(AuditTableModel::actionLabel(action), action);
    }
    m_fromCheck = new QCheckBox(tr("&From"), this);
    m_fromEdit = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_toCheck = new QCheckBox(tr("&To"), this);
    m_toEdit = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        edit->setDisplayFormat(QStringLiteral("yyyy-MM-dd"));
        edit->setEnabled(false);
    }
    connect(m_fromCheck, &QCheckBox::toggled, m_fromEdit, &QWidget::setEnabled);
    connect(m_toCheck, &QCheckBox::toggled, m_toEdit, &QWidget::setEnabled);
    m_caseEdit = new QLineEdit(this);
    m_caseEdit->setObjectName(QStringLiteral("auditCaseEdit"));
    m_caseEdit->setPlaceholderText(tr("case code"));
    connect(m_caseEdit, &QLineEdit::returnPressed, this, &AuditViewer::applyFilter);
    auto *applyButton = new QPushButton(tr("&Apply"), this);
    applyButton->setAutoDefault(false);
    connect(applyButton, &QPushButton::clicked, this, &AuditViewer::applyFilter);

    auto *filters = new QHBoxLayout;
    auto *userLabel = new QLabel(tr("&User:"), this);
    userLabel->setBuddy(m_userCombo);
    auto *actionLabel = new QLabel(tr("A&ction:"), this);
    actionLabel->setBuddy(m_actionCombo);
    auto *caseLabel = new QLabel(tr("C&ase:"), this);
    caseLabel->setBuddy(m_caseEdit);
    filters->addWidget(userLabel);
    filters->addWidget(m_userCombo);
    filters->addWidget(actionLabel);
    filters->addWidget(m_actionCombo);
    filters->addWidget(m_fromCheck);
    filters->addWidget(m_fromEdit);
    filters->addWidget(m_toCheck);
    filters->addWidget(m_toEdit);
    filters->addWidget(caseLabel);
    filters->addWidget(m_caseEdit);
    filters->addWidget(applyButton);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->verticalHeader()->hide();

    m_statusLabel = new QLabel(this);
    m_statusLabel->setObjectName(QStringLiteral("auditStatusLabel"));
    m_exportButton = new QPushButton(tr("&Export CSV…"), this);
    m_exportButton->setAutoDefault(false);
    connect(m_exportButton, &QPushButton::clicked, this, &AuditViewer::exportClicked);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    auto *bottom = new QHBoxLayout;
    bottom->addWidget(m_statusLabel, 1);
    bottom->addWidget(m_exportButton);
    bottom->addWidget(buttons);

    auto *layout = new QVBoxLayout(this);
    layout->addLayout(filters);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    applyFilter();
}

void AuditViewer::applyFilter()
{
    services::AuditFilter filter;
    filter.actor = m_userCombo->currentData().toString();
    filter.action = m_actionCombo->currentData().toString();
    if (m_fromCheck->isChecked())
        filter.from = m_fromEdit->date();
    if (m_toCheck->isChecked())
        filter.to = m_toEdit->date();
    filter.caseCode = m_caseEdit->text().trimmed();
    if (!m_model->setFilter(filter)) {
        m_statusLabel->setText(m_model->lastError().code == ErrorCode::PermissionDenied
                                   ? tr("Your role may not view the audit log.")
                                   : tr("The audit log could not be read."));
        m_exportButton->setEnabled(false);
        return;
    }
    m_statusLabel->setText(tr("%n row(s)", nullptr, int(m_model->totalRows())));
    m_exportButton->setEnabled(m_model->totalRows() > 0);
}

bool AuditViewer::exportTo(const QString &filePath)
{
    auto written = m_service.exportCsv(m_actor, m_model->filter(), filePath);
    if (!written) {
        m_statusLabel->setText(tr("The audit log could not be exported (error %1).")
                                   .arg(errorCodeName(written.error().code)));
        return false;
    }
    m_statusLabel->setText(tr("%n row(s) exported.", nullptr, int(*written)));
    return true;
}

void AuditViewer::exportClicked()
{
    const QString path = QFileDialog::getSaveFileName(
        this,
        tr("Export the audit log"),
        QStandardPaths::writableLocation(QStandardPaths::DocumentsLocation)
            + QStringLiteral("/audit-log.csv"),
        tr("CSV files (*.csv)"));
    if (!path.isEmpty())
        exportTo(path);
}

} // namespace sr::ui
