#include "ResponsibleFilter.h"

#include "services/AssignmentService.h"
#include "services/Permissions.h"

#include <QLocale>
#include <QSignalBlocker>

#include <utility>

namespace sr::ui {

namespace {

// Item data of the fixed choices; a worker's item holds their account id (a number).
const QString kMine = QStringLiteral("mine");
const QString kUnassigned = QStringLiteral("unassigned");

} // namespace

ResponsibleFilter::ResponsibleFilter(services::AssignmentService &assignments,
                                     domain::Actor actor,
                                     QWidget *parent)
    : QComboBox(parent)
    , m_assignments(assignments)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("responsibleComboBox"));
    setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    setMinimumContentsLength(16);
    reload();
}

void ResponsibleFilter::reload()
{
    const QVariant current = currentData();
    const QSignalBlocker blocker(this);
    clear();
    addItem(tr("All"));
    if (canShowMine())
        addItem(tr("My cases"), kMine);
    // A viewer sees no case: nothing is asked that would be refused (and audited).
    if (!services::allowed(m_actor, services::Permission::ViewCases))
        return;
    auto loads = m_assignments.caseloads(m_actor);
    const QLocale locale;
    if (loads) {
        addItem(tr("Unassigned (%1)").arg(locale.toString(loads->unassigned)), kUnassigned);
        for (const services::CaseWorker &worker : loads->workers) {
            addItem(tr("%1 (%2)").arg(worker.name, locale.toString(worker.openCases)),
                    worker.userId);
        }
    } else {
        // The counts could not be read: the choices still work without them.
        addItem(tr("Unassigned"), kUnassigned);
    }
    setCurrentIndex(qMax(0, current.isValid() ? findData(current) : 0));
}

void ResponsibleFilter::apply(services::CaseListFilter &filter) const
{
    const QVariant data = currentData();
    filter.responsibleUserId.reset();
    filter.unassigned = false;
    if (!data.isValid())
        return;
    if (data.typeId() == QMetaType::QString) {
        if (data.toString() == kMine)
            filter.responsibleUserId = m_actor.userId;
        else if (data.toString() == kUnassigned)
            filter.unassigned = true;
        return;
    }
    filter.responsibleUserId = data.toLongLong();
}

bool ResponsibleFilter::showsMine() const
{
    return currentData().toString() == kMine;
}

void ResponsibleFilter::setShowsMine(bool mine)
{
    const int index = mine ? findData(kMine) : 0;
    if (index >= 0)
        setCurrentIndex(index);
}

} // namespace sr::ui
