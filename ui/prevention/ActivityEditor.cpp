#include "ui/prevention/ActivityEditor.h"

#include "domain/Clock.h"
#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ActionQuestion.h"
#include "ui/case/CaseFields.h"
#include "ui/prevention/PreventionLabels.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sr::ui {

namespace {

constexpr int maxCount = 10'000'000;

QSpinBox *countBox(QWidget *parent, const char *name)
{
    auto *box = new QSpinBox(parent);
    box->setObjectName(QLatin1String(name));
    box->setRange(0, maxCount);
    box->setGroupSeparatorShown(true);
    box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
    box->setMinimumWidth(box->fontMetrics().horizontalAdvance(QStringLiteral("00.000.000")) + 40);
    return box;
}

} // namespace

ActivityEditor::ActivityEditor(services::AppContext &context,
                               const services::PreventionChoices &choices,
                               QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.prevention())
    , m_choices(choices)
{
    setObjectName(QStringLiteral("ActivityEditor"));
    m_readOnly =
        context.isReadOnly() || !services::allowed(m_actor, services::Permission::RecordActivities);
    buildForm();
    newActivity();
}

ActivityEditor::~ActivityEditor() = default;

void ActivityEditor::buildForm()
{
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns);

    auto *what = new QGroupBox(tr("Activity"), this);
    auto *form = new QFormLayout(what);
    m_kind = new QComboBox(what);
    m_kind->setObjectName(QStringLiteral("kindCombo"));
    for (const domain::PreventionKind kind : domain::allValues<domain::PreventionKind>())
        m_kind->addItem(PreventionLabels::kind(kind), domain::toCode(kind));
    form->addRow(tr("&Kind:"), m_kind);
    m_start = new DateLineEdit(what);
    m_start->setObjectName(QStringLiteral("startDateEdit"));
    form->addRow(tr("&Date (from):"), m_start);
    m_end = new DateLineEdit(what);
    m_end->setObjectName(QStringLiteral("endDateEdit"));
    m_end->setPlaceholderText(tr("one day: leave blank"));
    form->addRow(tr("&To:"), m_end);
    m_era = new QComboBox(what);
    m_era->setObjectName(QStringLiteral("eraCombo"));
    m_era->addItem(PreventionLabels::era(domain::AdminEra::Pre2025),
                   domain::toCode(domain::AdminEra::Pre2025));
    m_era->addItem(PreventionLabels::era(domain::AdminEra::From2025),
                   domain::toCode(domain::AdminEra::From2025));
    form->addRow(tr("Commune &list:"), m_era);
    m_commune = new QComboBox(what);
    m_commune->setObjectName(QStringLiteral("communeCombo"));
    m_commune->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_commune->setMinimumContentsLength(24);
    form->addRow(tr("&Commune:"), m_commune);
    auto *quantityRow = new QHBoxLayout;
    m_quantity = countBox(what, "quantitySpin");
    m_unit = new QLabel(what);
    m_unit->setObjectName(QStringLiteral("unitLabel"));
    quantityRow->addWidget(m_quantity);
    quantityRow->addWidget(m_unit, 1);
    // A row of a layout gets a label without a buddy, which would print its "&".
    auto *quantityLabel = new QLabel(tr("&Quantity:"), what);
    quantityLabel->setBuddy(m_quantity);
    form->addRow(quantityLabel, quantityRow);
    m_clubLabel = new QLabel(tr("C&lub:"), what);
    m_club = new QComboBox(what);
    m_club->setObjectName(QStringLiteral("clubCombo"));
    m_club->addItem(tr("(choose the club)"), QVariant());
    for (const domain::PreventionClub &club : std::as_const(m_choices.clubs))
        m_club->addItem(club.name, club.meta.id);
    m_clubLabel->setBuddy(m_club);
    form->addRow(m_clubLabel, m_club);
    columns->addWidget(what, 3);

    auto *right = new QVBoxLayout;
    m_participantsBox = new QGroupBox(tr("Participants"), this);
    auto *people = new QFormLayout(m_participantsBox);
    m_total = countBox(m_participantsBox, "participantsTotalSpin");
    people->addRow(tr("T&otal:"), m_total);
    m_women = countBox(m_participantsBox, "participantsWomenSpin");
    people->addRow(tr("of whom &women:"), m_women);
    m_minorities = countBox(m_participantsBox, "participantsMinoritiesSpin");
    people->addRow(tr("of whom ethnic &minorities:"), m_minorities);
    right->addWidget(m_participantsBox);

    auto *targets = new QGroupBox(tr("Target groups"), this);
    targets->setObjectName(QStringLiteral("targetGroupsBox"));
    auto *grid = new QGridLayout(targets);
    int i = 0;
    for (const domain::PreventionTarget target : domain::allValues<domain::PreventionTarget>()) {
        auto *box = new QCheckBox(PreventionLabels::target(target), targets);
        box->setObjectName(QStringLiteral("target_") + domain::toCode(target));
        box->setProperty("code", domain::toCode(target));
        grid->addWidget(box, i / 2, i % 2);
        m_targets.append(box);
        ++i;
    }
    right->addWidget(targets);
    right->addStretch(1);
    columns->addLayout(right, 2);

    auto *who = new QGroupBox(tr("Organisers and notes"), this);
    auto *whoForm = new QFormLayout(who);
    m_organiser = new QLineEdit(who);
    m_organiser->setObjectName(QStringLiteral("organiserEdit"));
    m_organiser->setPlaceholderText(tr("e.g. Department of Labour, Invalids and Social Affairs"));
    whoForm->addRow(tr("Or&ganiser:"), m_organiser);
    m_partner = new QLineEdit(who);
    m_partner->setObjectName(QStringLiteral("partnerEdit"));
    whoForm->addRow(tr("&Partner:"), m_partner);
    m_notes = new QPlainTextEdit(who);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    whoForm->addRow(tr("Not&es:"), m_notes);
    layout->addWidget(who);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(QDialogButtonBox::Save);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setText(tr("&Save"));
    m_saveButton->setToolTip(tr("Save (Ctrl+S)"));
    QPushButton *cancel = buttons->addButton(QDialogButtonBox::Cancel);
    cancel->setObjectName(QStringLiteral("cancelButton"));
    cancel->setText(m_readOnly ? tr("Close") : tr("Cancel"));
    connect(m_saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(cancel, &QPushButton::clicked, this, &ActivityEditor::reject);
    layout->addWidget(buttons);

    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(saveAction);

    m_fields = {
        {QStringLiteral("kind"), m_kind},
        {QStringLiteral("start_date"), m_start},
        {QStringLiteral("end_date"), m_end},
        {QStringLiteral("commune_code"), m_commune},
        {QStringLiteral("quantity"), m_quantity},
        {QStringLiteral("participants_total"), m_total},
        {QStringLiteral("participants_women"), m_women},
        {QStringLiteral("participants_minorities"), m_minorities},
        {QStringLiteral("club_id"), m_club},
        {QStringLiteral("organiser"), m_organiser},
        {QStringLiteral("partner"), m_partner},
        {QStringLiteral("notes"), m_notes},
    };

    connect(m_kind, &QComboBox::currentIndexChanged, this, [this] {
        kindChanged();
        m_dirty = m_dirty || !m_loading;
    });
    // The commune list follows the start date's era until the user picks a list.
    connect(m_start, &QLineEdit::textEdited, this, [this] {
        m_dirty = true;
        const QDate start = m_start->date();
        if (!start.isValid())
            return;
        const QString era = domain::toCode(domain::eraOf(start));
        if (m_era->currentData().toString() != era)
            m_era->setCurrentIndex(m_era->findData(era));
    });
    connect(m_era, &QComboBox::currentIndexChanged, this, [this] {
        const auto era = domain::fromCode<domain::AdminEra>(m_era->currentData().toString());
        fillCommunes(era.value_or(domain::AdminEra::From2025), m_commune->currentData().toString());
    });
    for (QLineEdit *edit : {static_cast<QLineEdit *>(m_end), m_organiser, m_partner})
        connect(edit, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    for (QSpinBox *box : {m_quantity, m_total, m_women, m_minorities})
        connect(box, &QSpinBox::valueChanged, this, [this] { m_dirty = m_dirty || !m_loading; });
    connect(
        m_notes, &QPlainTextEdit::textChanged, this, [this] { m_dirty = m_dirty || !m_loading; });

    if (m_readOnly) {
        for (QWidget *w : std::as_const(m_fields))
            w->setEnabled(false);
        for (QCheckBox *box : std::as_const(m_targets))
            box->setEnabled(false);
        m_era->setEnabled(false);
        m_saveButton->setEnabled(false);
    }
    // A starting width, not a minimum: an explicit minimum would stop the layout from keeping
    // the window as wide as its longest label (QLayout::SetDefaultConstraint), and the
    // Vietnamese target groups were cut.
    resize(sizeHint().expandedTo(QSize(820, 0)));
}

void ActivityEditor::fillCommunes(domain::AdminEra era, const QString &current)
{
    const QMap<QString, QString> &communes = m_choices.communes(era);
    QList<std::pair<QString, QString>> byName;
    for (auto it = communes.cbegin(); it != communes.cend(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    const QSignalBlocker block(m_commune);
    m_commune->clear();
    m_commune->addItem(tr("(province-wide or not recorded)"), QString());
    for (const auto &[name, code] : byName)
        m_commune->addItem(name, code);
    const int index = m_commune->findData(current);
    m_commune->setCurrentIndex(index >= 0 ? index : 0);
}

void ActivityEditor::kindChanged()
{
    const domain::PreventionKind kind =
        domain::fromCode<domain::PreventionKind>(m_kind->currentData().toString())
            .value_or(domain::PreventionKind::Training);
    m_unit->setText(PreventionLabels::unit(kind));
    m_participantsBox->setVisible(domain::hasParticipants(kind));
    const bool club = kind == domain::PreventionKind::ClubMeeting;
    m_clubLabel->setVisible(club);
    m_club->setVisible(club);
    setWindowTitle(m_activity.meta.isStored()
                       ? tr("Prevention activity: %1").arg(PreventionLabels::kind(kind))
                       : tr("New prevention activity"));
}

void ActivityEditor::newActivity(domain::PreventionKind kind, std::optional<qint64> clubId)
{
    domain::PreventionActivity a;
    a.kind = kind;
    a.startDate = domain::Clock::instance().today();
    a.era = domain::eraOf(a.startDate);
    a.quantity = 1;
    a.clubId = clubId;
    m_activity = a;
    display(a);
    m_start->setFocus(Qt::OtherFocusReason);
    m_kind->setFocus(Qt::OtherFocusReason);
}

bool ActivityEditor::openActivity(qint64 id)
{
    const Result<domain::PreventionActivity> loaded = m_service.activity(m_actor, id);
    if (!loaded) {
        showMessage(messages::ErrorMessages::message(loaded.error().code));
        return false;
    }
    m_activity = *loaded;
    display(m_activity);
    return true;
}

void ActivityEditor::display(const domain::PreventionActivity &a)
{
    m_loading = true;
    m_kind->setCurrentIndex(m_kind->findData(domain::toCode(a.kind)));
    m_start->setDate(a.startDate);
    m_end->setDate(a.endDate);
    {
        const QSignalBlocker block(m_era);
        m_era->setCurrentIndex(m_era->findData(domain::toCode(a.era)));
    }
    fillCommunes(a.era, a.communeCode);
    m_quantity->setValue(a.quantity);
    m_total->setValue(a.participantsTotal);
    m_women->setValue(a.participantsWomen);
    m_minorities->setValue(a.participantsMinorities);
    const int club = a.clubId ? m_club->findData(*a.clubId) : 0;
    m_club->setCurrentIndex(club >= 0 ? club : 0);
    for (QCheckBox *box : std::as_const(m_targets)) {
        const auto target =
            domain::fromCode<domain::PreventionTarget>(box->property("code").toString());
        box->setChecked(target && a.targetGroups.contains(*target));
    }
    m_organiser->setText(a.organiser);
    m_partner->setText(a.partner);
    m_notes->setPlainText(a.notes);
    kindChanged();
    m_loading = false;
    m_dirty = false;
    showErrors({});
}

domain::PreventionActivity ActivityEditor::collect() const
{
    domain::PreventionActivity a = m_activity;
    a.kind = domain::fromCode<domain::PreventionKind>(m_kind->currentData().toString())
                 .value_or(domain::PreventionKind::Training);
    a.startDate = m_start->date();
    a.endDate = m_end->date();
    a.era = domain::fromCode<domain::AdminEra>(m_era->currentData().toString())
                .value_or(domain::AdminEra::From2025);
    a.communeCode = m_commune->currentData().toString();
    a.quantity = m_quantity->value();
    // What the form does not show for the kind is not kept (a leaflet run has no attendees).
    const bool people = domain::hasParticipants(a.kind);
    a.participantsTotal = people ? m_total->value() : 0;
    a.participantsWomen = people ? m_women->value() : 0;
    a.participantsMinorities = people ? m_minorities->value() : 0;
    a.clubId.reset();
    if (a.kind == domain::PreventionKind::ClubMeeting && m_club->currentData().isValid())
        a.clubId = m_club->currentData().toLongLong();
    a.targetGroups.clear();
    for (QCheckBox *box : m_targets) {
        if (!box->isChecked())
            continue;
        if (const auto target =
                domain::fromCode<domain::PreventionTarget>(box->property("code").toString()))
            a.targetGroups.append(*target);
    }
    a.organiser = m_organiser->text().trimmed();
    a.partner = m_partner->text().trimmed();
    a.notes = m_notes->toPlainText().trimmed();
    return a;
}

bool ActivityEditor::save()
{
    if (m_readOnly)
        return false;
    domain::FieldErrors typed;
    if (m_start->isMalformed())
        typed.append({QStringLiteral("start_date"), domain::ValidationCode::InvalidDate});
    if (m_end->isMalformed())
        typed.append({QStringLiteral("end_date"), domain::ValidationCode::InvalidDate});
    if (!typed.isEmpty()) {
        showErrors(typed);
        return false;
    }
    const services::ServiceResult<domain::PreventionActivity> saved =
        m_service.saveActivity(m_actor, collect());
    if (!saved) {
        if (!saved.fieldErrors().isEmpty())
            showErrors(saved.fieldErrors());
        else
            showMessage(messages::ErrorMessages::message(saved.error().code));
        return false;
    }
    m_activity = saved.value();
    m_dirty = false;
    Q_EMIT this->saved(m_activity.meta.id);
    accept();
    return true;
}

void ActivityEditor::reject()
{
    if (m_dirty && !m_readOnly
        && !askToDo(this,
                    tr("Discard changes"),
                    tr("What was typed in this activity is not saved. Discard it?"),
                    tr("&Discard")))
        return;
    QDialog::reject();
}

QString ActivityEditor::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

bool ActivityEditor::showsParticipants() const
{
    return !m_participantsBox->isHidden();
}

bool ActivityEditor::showsClub() const
{
    return !m_club->isHidden();
}

void ActivityEditor::showErrors(const domain::FieldErrors &errors)
{
    for (QWidget *field : std::as_const(m_fields))
        CaseFields::markInvalid(field, QString());
    QStringList lines;
    QWidget *first = nullptr;
    for (const domain::FieldError &error : errors) {
        const QString text = message(error);
        if (!lines.contains(text))
            lines << text;
        if (QWidget *field = m_fields.value(error.field)) {
            CaseFields::markInvalid(field, text);
            if (!first)
                first = field;
        }
    }
    showMessage(lines.join(QLatin1Char('\n')));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void ActivityEditor::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString ActivityEditor::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("kind"), QT_TR_NOOP("Kind")},
        {QStringLiteral("start_date"), QT_TR_NOOP("Date of the activity")},
        {QStringLiteral("end_date"), QT_TR_NOOP("Last day")},
        {QStringLiteral("commune_code"), QT_TR_NOOP("Commune")},
        {QStringLiteral("quantity"), QT_TR_NOOP("Quantity")},
        {QStringLiteral("participants_total"), QT_TR_NOOP("Participants")},
        {QStringLiteral("participants_women"), QT_TR_NOOP("Women")},
        {QStringLiteral("participants_minorities"), QT_TR_NOOP("Ethnic minorities")},
        {QStringLiteral("club_id"), QT_TR_NOOP("Club")},
        {QStringLiteral("organiser"), QT_TR_NOOP("Organiser")},
        {QStringLiteral("partner"), QT_TR_NOOP("Partner")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

QString ActivityEditor::message(const domain::FieldError &error)
{
    return messages::FieldMessages::message(error, fieldLabel(error.field));
}

} // namespace sr::ui
