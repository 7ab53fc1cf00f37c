#include "ui/admin/AuditViewer.h"

#include "domain/Enums.h"
#include "domain/PartialDate.h"
#include "domain/RecordTypes.h"
#include "domain/UserAccount.h"
#include "messages/AuthMessages.h"
#include "messages/ErrorMessages.h"
#include "services/Permissions.h"
#include "ui/EnumLabels.h"
#include "ui/WindowGeometry.h"
#include "ui/admin/ReferenceFields.h"
#include "ui/case/CaseFields.h"
#include "ui/registers/BatchEditor.h"

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
#include <QJsonArray>
#include <QJsonDocument>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QStandardPaths>
#include <QTableView>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

const QString geometryName = QStringLiteral("auditViewer");

/** The descriptor of the column @a key of the record type or reference list @a entity. */
const domain::ColumnInfo *columnOf(const QString &entity, const QString &key)
{
    const domain::RecordTypeInfo *type = domain::recordTypeOf(entity);
    for (const domain::RecordTypeInfo *list : domain::referenceListTypes()) {
        if (!type && list->table == entity)
            type = list;
    }
    if (!type)
        return nullptr;
    const qsizetype index = type->indexOf(key);
    return index < 0 ? nullptr : &type->columnInfos.at(index);
}

template<typename E>
bool holds(const domain::ColumnInfo &column)
{
    return column.codes == &domain::allCodes<E>;
}

/** The label of @a code of the enumeration behind @a column; the code when unknown. */
QString codeLabel(const domain::ColumnInfo &column, const QString &code)
{
    const auto label = [&code]<typename E>(QString (*labelOf)(E)) {
        const std::optional<E> value = domain::fromCode<E>(code);
        return value ? labelOf(*value) : code;
    };
    using namespace domain;
    if (holds<Sex>(column))
        return label(static_cast<QString (*)(Sex)>(&EnumLabels::label));
    if (holds<AgeBand>(column))
        return label(static_cast<QString (*)(AgeBand)>(&EnumLabels::label));
    if (holds<Route>(column))
        return label(static_cast<QString (*)(Route)>(&EnumLabels::label));
    if (holds<IdentificationStatus>(column))
        return label(static_cast<QString (*)(IdentificationStatus)>(&EnumLabels::label));
    if (holds<ExploitationForm>(column))
        return label(static_cast<QString (*)(ExploitationForm)>(&EnumLabels::label));
    if (holds<SupportStatus>(column))
        return label(static_cast<QString (*)(SupportStatus)>(&EnumLabels::label));
    if (holds<CaseStatus>(column))
        return label(static_cast<QString (*)(CaseStatus)>(&EnumLabels::label));
    if (holds<CaseOutcome>(column))
        return label(static_cast<QString (*)(CaseOutcome)>(&EnumLabels::label));
    if (holds<DocumentType>(column))
        return label(static_cast<QString (*)(DocumentType)>(&EnumLabels::label));
    if (holds<AgencyKind>(column))
        return label(static_cast<QString (*)(AgencyKind)>(&EnumLabels::label));
    if (holds<FollowUpKind>(column))
        return label(static_cast<QString (*)(FollowUpKind)>(&CaseFields::label));
    if (holds<ReintegrationStatus>(column))
        return label(static_cast<QString (*)(ReintegrationStatus)>(&CaseFields::label));
    if (holds<AdminEra>(column)) {
        // The case editor's own words for the two sets of administrative units.
        const std::optional<AdminEra> era = fromCode<AdminEra>(code);
        if (!era)
            return code;
        return *era == AdminEra::From2025
                   ? QCoreApplication::translate("sr::ui::PersonForm", "Units from 1/7/2025")
                   : QCoreApplication::translate("sr::ui::PersonForm", "Units before 1/7/2025");
    }
    return code;
}

QString isoDateText(const QString &text)
{
    const QDate date = QDate::fromString(text, Qt::ISODate);
    return date.isValid() ? CaseFields::formatDate(date) : text;
}

} // namespace

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
        return role == Qt::ToolTipRole ? entry.action
                                       : actionLabel(entry.action, entry.entity, entry.changes);
    case 3:
        return role == Qt::ToolTipRole ? entry.entity : entityLabel(entry.entity);
    case 4:
        // The case code people know; the internal id only in the tooltip, for support.
        if (role == Qt::ToolTipRole)
            return entry.entityId > 0 ? tr("Record no. %1").arg(entry.entityId) : QString();
        return entry.caseCode;
    case 5: {
        const QStringList lines = changeLines(entry.entity, entry.action, entry.changes);
        return lines.join(role == Qt::ToolTipRole ? QStringLiteral("\n") : QStringLiteral("; "));
    }
    default:
        return {};
    }
}

QString AuditTableModel::fieldLabel(const QString &entity, const QString &key)
{
    // The forms' own labels first (the case editor, the handover register, the reference
    // lists and organisation settings), then the words only the audit log needs.
    // An attachment's document type is the kind of paper, not the person's identity document.
    if (entity == QLatin1String("attachment") && key == QLatin1String("document_type"))
        return tr("Document type");
    QString label = entity == QLatin1String("handover_batch") ? BatchEditor::fieldLabel(key)
                                                              : CaseFields::fieldLabel(key);
    if (label == key)
        label = ReferenceFields::fieldLabel(key);
    if (label != key)
        return label;
    static const QHash<QString, const char *> labels{
        {QStringLiteral("case_code"), QT_TR_NOOP("Case code")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("document_type"), QT_TR_NOOP("Identity document")},
        {QStringLiteral("residence_era"), QT_TR_NOOP("Administrative units")},
        {QStringLiteral("consent_services"), QT_TR_NOOP("Consent to services")},
        {QStringLiteral("consent_sharing"), QT_TR_NOOP("Consent to sharing information")},
        {QStringLiteral("consent_statistics"), QT_TR_NOOP("Consent to statistics")},
        {QStringLiteral("route"), QT_TR_NOOP("Route of identification")},
        {QStringLiteral("exploitation"), QT_TR_NOOP("Forms of exploitation")},
        {QStringLiteral("identification_status"), QT_TR_NOOP("Identification status")},
        {QStringLiteral("case_status"), QT_TR_NOOP("Case status")},
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("health"), QT_TR_NOOP("Health")},
        {QStringLiteral("housing"), QT_TR_NOOP("Housing")},
        {QStringLiteral("work"), QT_TR_NOOP("Work")},
        {QStringLiteral("schooling"), QT_TR_NOOP("Schooling")},
        {QStringLiteral("status"), QT_TR_NOOP("Status")},
        {QStringLiteral("legal_regime"), QT_TR_NOOP("Legal regime")},
        {QStringLiteral("archived"), QT_TR_NOOP("Archived")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("rows"), QT_TR_NOOP("Rows")},
        {QStringLiteral("file"), QT_TR_NOOP("File")},
        {QStringLiteral("role"), QT_TR_NOOP("Role")},
        {QStringLiteral("user_name"), QT_TR_NOOP("User name")},
        {QStringLiteral("must_change_password"), QT_TR_NOOP("Must change password")},
        {QStringLiteral("minutes"), QT_TR_NOOP("Minutes")},
        {QStringLiteral("period_from"), QT_TR_NOOP("From")},
        {QStringLiteral("period_to"), QT_TR_NOOP("To")},
        {QStringLiteral("first_administrator"), QT_TR_NOOP("First administrator")},
        {QStringLiteral("password"), QT_TR_NOOP("Password fingerprint")},
        {QStringLiteral("persons"), QT_TR_NOOP("Persons")},
        {QStringLiteral("receptions"), QT_TR_NOOP("Receptions")},
        {QStringLiteral("supports"), QT_TR_NOOP("Supports")},
        {QStringLiteral("follow_ups"), QT_TR_NOOP("Follow-ups")},
        {QStringLiteral("handover_batches"), QT_TR_NOOP("Handover batches")},
        {QStringLiteral("seed"), QT_TR_NOOP("Seed")},
        {QStringLiteral("created"), QT_TR_NOOP("Created")},
        {QStringLiteral("updated"), QT_TR_NOOP("Updated")},
        {QStringLiteral("persons_created"), QT_TR_NOOP("Persons created")},
        {QStringLiteral("persons_updated"), QT_TR_NOOP("Persons updated")},
        {QStringLiteral("encrypted"), QT_TR_NOOP("Encrypted")},
        {QStringLiteral("format"), QT_TR_NOOP("Format")},
        {QStringLiteral("table"), QT_TR_NOOP("Table")},
        {QStringLiteral("permission"), QT_TR_NOOP("Permission")},
        {QStringLiteral("result"), QT_TR_NOOP("Result")},
        {QStringLiteral("document"), QT_TR_NOOP("Document")},
        {QStringLiteral("output"), QT_TR_NOOP("Output")},
        {QStringLiteral("document_date"), QT_TR_NOOP("Date of the paper")},
        {QStringLiteral("file_name"), QT_TR_NOOP("File name")},
        {QStringLiteral("media_type"), QT_TR_NOOP("File type")},
        {QStringLiteral("size_bytes"), QT_TR_NOOP("Size (bytes)")},
        {QStringLiteral("sha256"), QT_TR_NOOP("SHA-256")},
        {QStringLiteral("converted_from"), QT_TR_NOOP("Converted from")},
    };
    const char *text = labels.value(key);
    return text ? tr(text) : key;
}

QString
AuditTableModel::valueText(const QString &entity, const QString &key, const QJsonValue &value)
{
    if (value.isNull() || value.isUndefined() || (value.isString() && value.toString().isEmpty()))
        return tr("(empty)");
    if (value.isArray() || value.isObject()) {
        const QJsonDocument document =
            value.isArray() ? QJsonDocument(value.toArray()) : QJsonDocument(value.toObject());
        return QString::fromUtf8(document.toJson(QJsonDocument::Compact));
    }
    if (value.isBool() || key == QLatin1String("archived"))
        return (value.isBool() ? value.toBool() : value.toInteger() != 0) ? tr("yes") : tr("no");
    if (key == QLatin1String("role")) {
        const std::optional<domain::Role> role = domain::roleFromCode(value.toString());
        return role ? messages::AuthMessages::roleName(*role) : value.toString();
    }
    if (key == QLatin1String("document")) // a printed document
        return printedDocumentLabel(value.toString());
    if (key == QLatin1String("table")) // an audited table, as the Record column names it
        return entityLabel(value.toString());
    if (key == QLatin1String("output")) {
        // Where a print of a case went (services/CasePrintService.h).
        static const QHash<QString, const char *> printed{
            {QStringLiteral("pdf"), QT_TR_NOOP("PDF file")},
            {QStringLiteral("printer"), QT_TR_NOOP("printer")},
        };
        const char *text = printed.value(value.toString());
        return text ? tr(text) : value.toString();
    }
    if (key == QLatin1String("reason")) {
        // Why a login or a password change was refused (services/AuthService.cpp).
        static const QHash<QString, const char *> reasons{
            {QStringLiteral("bad_password"), QT_TR_NOOP("wrong password")},
            {QStringLiteral("unknown_user"), QT_TR_NOOP("unknown user name")},
            {QStringLiteral("locked"), QT_TR_NOOP("account locked")},
            {QStringLiteral("disabled"), QT_TR_NOOP("account disabled")},
            {QStringLiteral("changed_outside"), QT_TR_NOOP("account changed outside SafeReturn")},
        };
        const char *reason = reasons.value(value.toString());
        return reason ? tr(reason) : value.toString();
    }
    const domain::ColumnInfo *column = columnOf(entity, key);
    const QString text = value.isDouble() ? QString::number(value.toInteger()) : value.toString();
    if (key == QLatin1String("amount_vnd") || key == QLatin1String("default_amount_vnd"))
        return CaseFields::formatMoney(text.toLongLong());
    if (!column) {
        if (value.isDouble())
            return QLocale(QLocale::Vietnamese).toString(value.toInteger());
        return key.endsWith(QLatin1String("_date")) || key.startsWith(QLatin1String("period_"))
                   ? isoDateText(text)
                   : text;
    }
    switch (column->kind) {
    case domain::ColumnKind::Date:
        return isoDateText(text);
    case domain::ColumnKind::PartialDate: {
        const QStringList parts = text.split(QLatin1Char('-'));
        QStringList shown(parts.crbegin(), parts.crend());
        return shown.join(QLatin1Char('/'));
    }
    case domain::ColumnKind::Code:
    case domain::ColumnKind::OptionalCode:
        return codeLabel(*column, text);
    case domain::ColumnKind::CodeList: {
        QStringList labels;
        for (const QString &code : text.split(QLatin1Char(','), Qt::SkipEmptyParts))
            labels << codeLabel(*column, code);
        return labels.join(QStringLiteral(", "));
    }
    case domain::ColumnKind::Bool:
        return text.toInt() != 0 ? tr("yes") : tr("no");
    case domain::ColumnKind::Int:
    case domain::ColumnKind::OptionalInt:
    case domain::ColumnKind::Int64:
    case domain::ColumnKind::OptionalInt64:
        return QLocale(QLocale::Vietnamese).toString(text.toLongLong());
    default:
        return text;
    }
}

QStringList AuditTableModel::changeLines(const QString &entity,
                                         const QString &action,
                                         const QJsonObject &changes)
{
    // Record updates, archiving and account changes hold [old, new] pairs
    // (storage/RecordStore.cpp, storage/ReferenceRepository.cpp, services/AuthService.cpp).
    const bool pairs = action == QLatin1String("update") || action == QLatin1String("archive")
                       || action.startsWith(QLatin1String("user_"));
    QStringList lines;
    for (auto it = changes.begin(); it != changes.end(); ++it) {
        const QString &key = it.key();
        const domain::ColumnInfo *column = columnOf(entity, key);
        // Identifiers and values the database computes say nothing to a reader.
        if (key == QLatin1String("uuid") || (column && column->derived))
            continue;
        const QJsonValue value = it.value();
        const QString label = fieldLabel(entity, key);
        if (pairs && value.isArray() && value.toArray().size() == 2) {
            const QJsonArray pair = value.toArray();
            lines << tr("%1: %2 → %3")
                         .arg(label,
                              valueText(entity, key, pair.at(0)),
                              valueText(entity, key, pair.at(1)));
            continue;
        }
        // A created record lists its values; empty ones are left out.
        const QString text = valueText(entity, key, value);
        if (text == tr("(empty)"))
            continue;
        lines << tr("%1: %2").arg(label, text);
    }
    return lines;
}

QString AuditTableModel::actionLabel(const QString &code)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("create"), QT_TR_NOOP("Created")},
        {QStringLiteral("update"), QT_TR_NOOP("Changed")},
        {QStringLiteral("archive"), QT_TR_NOOP("Archived")},
        {QStringLiteral("open"), QT_TR_NOOP("Case opened")},
        {QStringLiteral("print"), QT_TR_NOOP("Printed")},
        {QStringLiteral("save_copy"), QT_TR_NOOP("Saved a copy of an attachment")},
        {QStringLiteral("report"), QT_TR_NOOP("Report made")},
        {QStringLiteral("export"), QT_TR_NOOP("CSV export")},
        {QStringLiteral("export_zip"), QT_TR_NOOP("Encrypted export")},
        {QStringLiteral("export_case_zip"), QT_TR_NOOP("Case exported (encrypted ZIP)")},
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

QString
AuditTableModel::actionLabel(const QString &code, const QString &entity, const QJsonObject &changes)
{
    // services/AttachmentService.cpp audits "open" of an attachment like a case opened; the
    // printing audits "print" with the document in its details (docs/attachments.md).
    if (code == QLatin1String("open") && entity == QLatin1String("attachment"))
        return tr("Opened an attachment");
    if (code == QLatin1String("print")) {
        const QString document = changes.value(QStringLiteral("document")).toString();
        if (!document.isEmpty())
            return tr("Printed: %1").arg(printedDocumentLabel(document));
    }
    return actionLabel(code);
}

QString AuditTableModel::printedDocumentLabel(const QString &code)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("case_file"), QT_TR_NOOP("case file")},
        {QStringLiteral("reception_minutes"), QT_TR_NOOP("reception minutes")},
        {QStringLiteral("support_receipts"), QT_TR_NOOP("support receipt list")},
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
        return tr("Case");
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
    setObjectName(QStringLiteral("AuditViewer"));
    setWindowTitle(tr("Audit log"));
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
    m_userCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_actionCombo->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_fromCheck = new QCheckBox(tr("&From"), this);
    m_fromEdit = new QDateEdit(QDate::currentDate().addMonths(-1), this);
    m_toCheck = new QCheckBox(tr("&To"), this);
    m_toEdit = new QDateEdit(QDate::currentDate(), this);
    for (QDateEdit *edit : {m_fromEdit, m_toEdit}) {
        edit->setCalendarPopup(true);
        // As every date in the application (CaseFields::formatDate).
        edit->setDisplayFormat(QStringLiteral("dd/MM/yyyy"));
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

    // Two rows, so that the filters fit a 1366 pixels wide screen in Vietnamese too.
    auto *filters = new QHBoxLayout;
    auto *dates = new QHBoxLayout;
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
    filters->addWidget(caseLabel);
    filters->addWidget(m_caseEdit, 1);
    dates->addWidget(m_fromCheck);
    dates->addWidget(m_fromEdit);
    dates->addWidget(m_toCheck);
    dates->addWidget(m_toEdit);
    dates->addStretch(1);
    dates->addWidget(applyButton);

    m_view = new QTableView(this);
    m_view->setModel(m_model);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setObjectName(QStringLiteral("auditTable"));
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->setWordWrap(false);
    m_view->setTextElideMode(Qt::ElideRight);
    m_view->verticalHeader()->hide();
    m_view->verticalHeader()->setDefaultSectionSize(m_view->fontMetrics().height() + 8);

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
    layout->addLayout(dates);
    layout->addWidget(m_view, 1);
    layout->addLayout(bottom);
    applyFilter();
    WindowGeometry::place(this, geometryName, QSize(1180, 640));
}

void AuditViewer::sizeColumns()
{
    // Time, user, action, record and case as wide as their longest text (of the rows read so
    // far, and at least their header); the details take the rest, elided, whole in the tooltip.
    QHeaderView *header = m_view->horizontalHeader();
    for (int column = 0; column + 1 < m_model->columnCount(); ++column) {
        int width = header->sectionSizeHint(column);
        for (int row = 0; row < m_model->rowCount(); ++row) {
            const QString text = m_model->index(row, column).data().toString();
            width = qMax(width, m_view->fontMetrics().horizontalAdvance(text) + 16);
        }
        m_view->setColumnWidth(column, width);
    }
}

void AuditViewer::done(int result)
{
    WindowGeometry::remember(this, geometryName);
    QDialog::done(result);
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
    sizeColumns();
    m_statusLabel->setText(tr("%n row(s)", nullptr, int(m_model->totalRows())));
    m_exportButton->setEnabled(m_model->totalRows() > 0);
}

bool AuditViewer::exportTo(const QString &filePath)
{
    auto written = m_service.exportCsv(m_actor, m_model->filter(), filePath);
    if (!written) {
        // The sentence names the file and why it failed (docs/architecture.md, "Errors").
        m_statusLabel->setText(messages::ErrorMessages::message(written.error()));
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
