#include "ui/shelter/ShelterBoardPage.h"

#include "domain/Clock.h"
#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ActionQuestion.h"
#include "ui/case/CaseFields.h"
#include "ui/shelter/StayDialog.h"

#include <QAction>
#include <QFont>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QTreeWidget>
#include <QTreeWidgetItemIterator>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

template<typename Entry>
QString nameOf(const Entry &entry)
{
    return englishUi() && !entry.nameEn.isEmpty() ? entry.nameEn : entry.nameVi;
}

constexpr int kStayRole = Qt::UserRole + 1;

} // namespace

ShelterBoardPage::ShelterBoardPage(services::AppContext &context, QWidget *parent)
    : QWidget(parent, Qt::Window)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.database())
{
    setObjectName(QStringLiteral("ShelterBoardPage"));
    setWindowTitle(tr("Shelter board"));
    m_canAdmit =
        !context.isReadOnly() && services::allowed(m_actor, services::Permission::AdmitToShelter);

    auto *layout = new QVBoxLayout(this);
    auto *bar = new QHBoxLayout;
    auto *dayLabel = new QLabel(tr("On &day:"), this);
    m_day = new DateLineEdit(this);
    m_day->setObjectName(QStringLiteral("dayEdit"));
    m_day->setDate(domain::Clock::instance().today());
    m_day->setMaximumWidth(120);
    dayLabel->setBuddy(m_day);
    connect(m_day, &QLineEdit::editingFinished, this, &ShelterBoardPage::refresh);
    auto *todayButton = new QPushButton(tr("&Today"), this);
    todayButton->setObjectName(QStringLiteral("todayButton"));
    connect(todayButton, &QPushButton::clicked, this, [this] {
        m_day->setDate(domain::Clock::instance().today());
        refresh();
    });
    bar->addWidget(dayLabel);
    bar->addWidget(m_day);
    bar->addWidget(todayButton);
    bar->addStretch(1);
    m_admitButton = new QPushButton(tr("&Admit…"), this);
    m_admitButton->setObjectName(QStringLiteral("admitButton"));
    m_admitButton->setToolTip(tr("Admit a person to a room (Ctrl+N)"));
    connect(m_admitButton, &QPushButton::clicked, this, &ShelterBoardPage::admit);
    m_leaveButton = new QPushButton(tr("&Leave…"), this);
    m_leaveButton->setObjectName(QStringLiteral("leaveButton"));
    connect(m_leaveButton, &QPushButton::clicked, this, &ShelterBoardPage::leave);
    m_convertButton = new QPushButton(tr("Con&vert to supports"), this);
    m_convertButton->setObjectName(QStringLiteral("convertButton"));
    m_convertButton->setToolTip(
        tr("Record the shelter days not recorded yet as essential-needs supports, one per day"));
    connect(m_convertButton, &QPushButton::clicked, this, &ShelterBoardPage::convertToSupports);
    m_openButton = new QPushButton(tr("&Open case"), this);
    m_openButton->setObjectName(QStringLiteral("openCaseButton"));
    connect(m_openButton, &QPushButton::clicked, this, [this] {
        if (const services::ShelterOccupant *o = selectedOccupant(); o && o->personId > 0)
            Q_EMIT openCaseRequested(o->personId);
    });
    for (QPushButton *b : {m_admitButton, m_leaveButton, m_convertButton, m_openButton})
        bar->addWidget(b);
    layout->addLayout(bar);

    m_empty = new QLabel(this);
    m_empty->setObjectName(QStringLiteral("emptyLabel"));
    m_empty->setWordWrap(true);
    m_empty->setStyleSheet(
        QStringLiteral("QLabel { background: #fff4ce; color: #3b2f00; border: "
                       "1px solid #e3c565; border-radius: 3px; padding: 6px; }"));
    m_empty->hide();
    layout->addWidget(m_empty);

    m_tree = new QTreeWidget(this);
    m_tree->setObjectName(QStringLiteral("boardTree"));
    m_tree->setColumnCount(3);
    m_tree->setHeaderLabels({tr("Shelter, room, person"), tr("Beds taken"), tr("Admitted on")});
    m_tree->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_tree->setAlternatingRowColors(true);
    connect(m_tree, &QTreeWidget::currentItemChanged, this, &ShelterBoardPage::updateButtons);
    connect(m_tree, &QTreeWidget::itemActivated, this, [this] { m_openButton->click(); });
    layout->addWidget(m_tree, 1);

    m_summary = new QLabel(this);
    m_summary->setObjectName(QStringLiteral("summaryLabel"));
    layout->addWidget(m_summary);

    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, &ShelterBoardPage::admit);
    addAction(newAction);

    resize(900, 600);
    followChanges(context, this, this);
    refresh();
    m_tree->setFocus();
}

ShelterBoardPage::~ShelterBoardPage() = default;

void ShelterBoardPage::refresh()
{
    const qint64 selected = selectedOccupant() ? selectedOccupant()->stayId : 0;
    const QDate day = m_day->date().isValid() ? m_day->date() : domain::Clock::instance().today();
    m_tree->clear();
    const auto board = m_service.board(m_actor, day);
    if (!board) {
        m_board = {};
        m_empty->setText(messages::ErrorMessages::message(board.error()));
        m_empty->show();
        m_summary->clear();
        updateButtons();
        return;
    }
    m_board = *board;
    int rooms = 0;
    int beds = 0;
    int taken = 0;
    for (const services::ShelterBoardEntry &shelter : m_board.shelters) {
        auto *shelterItem = new QTreeWidgetItem(m_tree);
        shelterItem->setText(0, nameOf(shelter.shelter));
        shelterItem->setText(1,
                             QStringLiteral("%1/%2").arg(shelter.occupied).arg(shelter.capacity));
        QFont bold = shelterItem->font(0);
        bold.setBold(true);
        shelterItem->setFont(0, bold);
        shelterItem->setFont(1, bold);
        for (const services::ShelterRoomBoard &room : shelter.rooms) {
            auto *roomItem = new QTreeWidgetItem(shelterItem);
            roomItem->setText(0, nameOf(room.room));
            roomItem->setText(1,
                              QStringLiteral("%1/%2").arg(room.occupied).arg(room.room.capacity));
            if (room.occupied >= room.room.capacity)
                roomItem->setToolTip(1, tr("Full"));
            for (qsizetype i = 0; m_board.namesShown && i < room.occupants.size(); ++i) {
                const services::ShelterOccupant &o = room.occupants.at(i);
                auto *item = new QTreeWidgetItem(roomItem);
                item->setText(0,
                              o.fullName.isEmpty()
                                  ? tr("A person of another worker's case")
                                  : QStringLiteral("%1 – %2").arg(o.caseCode, o.fullName));
                item->setText(2, CaseFields::formatDate(o.admitted));
                item->setData(0, kStayRole, o.stayId);
            }
            ++rooms;
        }
        beds += shelter.capacity;
        taken += shelter.occupied;
        shelterItem->setExpanded(true);
        for (int i = 0; i < shelterItem->childCount(); ++i)
            shelterItem->child(i)->setExpanded(true);
    }
    if (rooms == 0) {
        m_empty->setText(tr("No shelter rooms yet. An administrator adds the shelters and their "
                            "rooms in Registers › Reference lists."));
        m_empty->show();
    } else if (taken == 0) {
        m_empty->setText(tr("Nobody is in a shelter on %1. Use Admit… (Ctrl+N) when a person "
                            "comes in.")
                             .arg(CaseFields::formatDate(day)));
        m_empty->show();
    } else {
        m_empty->hide();
    }
    //: Below the shelter board: beds taken of all beds on a day.
    m_summary->setText(tr("%1 of %2 beds taken on %3")
                           .arg(QLocale().toString(taken), QLocale().toString(beds))
                           .arg(CaseFields::formatDate(day)));
    if (selected > 0)
        selectStay(selected);
    updateButtons();
}

bool ShelterBoardPage::selectStay(qint64 stayId)
{
    for (QTreeWidgetItemIterator it(m_tree); *it; ++it) {
        if ((*it)->data(0, kStayRole).toLongLong() == stayId) {
            m_tree->setCurrentItem(*it);
            return true;
        }
    }
    return false;
}

QString ShelterBoardPage::summaryText() const
{
    return m_summary->text();
}

const services::ShelterOccupant *ShelterBoardPage::selectedOccupant() const
{
    const QTreeWidgetItem *item = m_tree ? m_tree->currentItem() : nullptr;
    const qint64 stayId = item ? item->data(0, kStayRole).toLongLong() : 0;
    if (stayId <= 0)
        return nullptr;
    for (const services::ShelterBoardEntry &shelter : m_board.shelters) {
        for (const services::ShelterRoomBoard &room : shelter.rooms) {
            for (const services::ShelterOccupant &o : room.occupants) {
                if (o.stayId == stayId)
                    return &o;
            }
        }
    }
    return nullptr;
}

void ShelterBoardPage::updateButtons()
{
    const services::ShelterOccupant *o = selectedOccupant();
    m_admitButton->setEnabled(m_canAdmit);
    m_leaveButton->setEnabled(m_canAdmit && o && o->personId > 0);
    m_convertButton->setEnabled(m_canAdmit && o && o->personId > 0);
    m_openButton->setEnabled(o && o->personId > 0);
}

void ShelterBoardPage::admit()
{
    if (!m_canAdmit)
        return;
    StayDialog dialog(m_context, 0, this);
    if (dialog.exec() == QDialog::Accepted) {
        refresh();
        selectStay(dialog.saved().meta.id);
    }
}

void ShelterBoardPage::leave()
{
    const services::ShelterOccupant *o = selectedOccupant();
    if (!m_canAdmit || !o)
        return;
    StayDialog dialog(m_context, o->stayId, o->stayVersion, this);
    if (dialog.exec() == QDialog::Accepted)
        refresh();
}

void ShelterBoardPage::convertToSupports()
{
    const services::ShelterOccupant *o = selectedOccupant();
    if (!m_canAdmit || !o)
        return;
    const auto converted = m_service.convertToSupports(m_actor, o->stayId, o->stayVersion);
    if (!converted.ok()) {
        const QString text =
            converted.fieldErrors().isEmpty()
                ? messages::ErrorMessages::message(converted.error())
                : messages::FieldMessages::message(converted.fieldErrors().first(), QString());
        QMessageBox::warning(this, tr("Convert to supports"), text);
        return;
    }
    //: After converting shelter days into supports: how many, from when to when, per day.
    QMessageBox::information(this,
                             tr("Convert to supports"),
                             tr("%n essential-needs support(s) recorded, %1 – %2, at %3 a day.",
                                nullptr,
                                converted->supports)
                                 .arg(CaseFields::formatDate(converted->first),
                                      CaseFields::formatDate(converted->last),
                                      CaseFields::formatMoney(converted->amountPerDayVnd)));
    refresh();
}

} // namespace sr::ui
