#include "ResponsibleDialog.h"

#include "domain/Clock.h"
#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/AssignmentService.h"
#include "ui/WindowGeometry.h"
#include "ui/admin/AccountForm.h"
#include "ui/case/CaseFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QTableWidget>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

const QString kGeometryName = QStringLiteral("responsibleDialog");

} // namespace

ResponsibleDialog::ResponsibleDialog(services::AppContext &context,
                                     qint64 personId,
                                     std::optional<qint64> current,
                                     QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_personId(personId)
{
    setObjectName(QStringLiteral("responsibleDialog"));
    setWindowTitle(tr("Change the responsible worker"));

    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("The open tasks of the worker responsible until now go to the "
                                "new one. The change and its reason are kept in the case's "
                                "history."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    m_workerCombo = new QComboBox(this);
    m_workerCombo->setObjectName(QStringLiteral("workerComboBox"));
    m_workerCombo->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_workerCombo->setMinimumContentsLength(24);
    form->addRow(tr("&Worker:"), m_workerCombo);
    m_reasonEdit = new QLineEdit(this);
    m_reasonEdit->setObjectName(QStringLiteral("reasonLineEdit"));
    m_reasonEdit->setMaxLength(500);
    m_reasonEdit->setPlaceholderText(tr("e.g. on leave until March; closer to the family"));
    form->addRow(tr("&Reason:"), m_reasonEdit);
    layout->addLayout(form);

    m_message = account_form::messageLabel(this);
    layout->addWidget(m_message);

    auto *historyLabel = new QLabel(tr("&History"), this);
    layout->addWidget(historyLabel);
    m_history = new QTableWidget(0, 4, this);
    m_history->setObjectName(QStringLiteral("assignmentHistoryTable"));
    m_history->setHorizontalHeaderLabels({tr("Date"), tr("Responsible"), tr("By"), tr("Reason")});
    m_history->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_history->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_history->verticalHeader()->hide();
    m_history->horizontalHeader()->setStretchLastSection(true);
    historyLabel->setBuddy(m_history);
    layout->addWidget(m_history, 1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    buttons->button(QDialogButtonBox::Ok)->setText(tr("&Change"));
    buttons->button(QDialogButtonBox::Ok)->setObjectName(QStringLiteral("changeButton"));
    connect(buttons, &QDialogButtonBox::accepted, this, &ResponsibleDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ResponsibleDialog::reject);
    layout->addWidget(buttons);

    loadWorkers(current);
    loadHistory();
    connect(m_workerCombo, &QComboBox::currentIndexChanged, this, [this] {
        CaseFields::markInvalid(m_workerCombo, QString());
    });
    WindowGeometry::place(this, kGeometryName, QSize(560, 420));
}

void ResponsibleDialog::loadWorkers(std::optional<qint64> current)
{
    const QLocale locale;
    auto loads = m_context.assignments().caseloads(m_actor);
    m_workerCombo->addItem(
        loads ? tr("Nobody (unassigned: %1)").arg(locale.toString(loads->unassigned))
              : tr("Nobody (unassigned)"));
    if (!loads) {
        m_message->setText(messages::ErrorMessages::message(loads.error()));
        return;
    }
    for (const services::CaseWorker &worker : loads->workers) {
        m_workerCombo->addItem(tr("%1 (%2)").arg(worker.name, locale.toString(worker.openCases)),
                               worker.userId);
    }
    m_workerCombo->setCurrentIndex(current ? qMax(0, m_workerCombo->findData(*current)) : 0);
}

void ResponsibleDialog::loadHistory()
{
    auto history = m_context.assignments().history(m_actor, m_personId);
    if (!history)
        return; // the bar that opened this dialog already showed the case
    m_history->setRowCount(int(history->size()));
    // Newest first.
    int row = 0;
    for (auto it = history->crbegin(); it != history->crend(); ++it, ++row) {
        const services::AssignmentEntry &entry = *it;
        // In Vietnam's time, as the case's timeline shows the same change, whatever the
        // workstation's time zone (docs/case-work.md).
        const QString date =
            entry.assignment.meta.createdAt.toOffsetFromUtc(domain::Clock::kVietnamUtcOffsetSecs)
                .toString(QStringLiteral("dd/MM/yyyy HH:mm"));
        const QString worker = entry.workerName.isEmpty() ? tr("Nobody") : entry.workerName;
        const QStringList cells{date, worker, entry.byName, entry.assignment.reason};
        for (int column = 0; column < cells.size(); ++column) {
            auto *item = new QTableWidgetItem(cells.at(column));
            item->setToolTip(cells.at(column));
            m_history->setItem(row, column, item);
        }
    }
    m_history->resizeColumnsToContents();
}

void ResponsibleDialog::accept()
{
    account_form::clearRefusal(m_message, {m_reasonEdit});
    CaseFields::markInvalid(m_workerCombo, QString());
    const QVariant chosen = m_workerCombo->currentData();
    const std::optional<qint64> worker =
        chosen.isValid() ? std::optional<qint64>(chosen.toLongLong()) : std::nullopt;
    auto outcome =
        m_context.assignments().assign(m_actor, m_personId, worker, m_reasonEdit->text());
    if (outcome.ok()) {
        QDialog::accept();
        return;
    }
    // What was chosen and typed stays; the field at fault is marked.
    for (const domain::FieldError &error : outcome.fieldErrors()) {
        if (error.field == QLatin1String("reason")) {
            account_form::showRefusal(
                m_message, m_reasonEdit, messages::FieldMessages::message(error, tr("Reason")));
            return;
        }
        if (error.field == QLatin1String("user_id")) {
            const QString text =
                tr("This account cannot be responsible for cases (it is disabled or a viewer's): "
                   "choose another worker.");
            account_form::showRefusal(m_message, nullptr, text);
            CaseFields::markInvalid(m_workerCombo, text);
            m_workerCombo->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
    account_form::showRefusal(
        m_message, nullptr, messages::ErrorMessages::message(outcome.error()));
}

void ResponsibleDialog::done(int result)
{
    WindowGeometry::remember(this, kGeometryName);
    QDialog::done(result);
}

} // namespace sr::ui
