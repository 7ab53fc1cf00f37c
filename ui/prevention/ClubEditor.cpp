#include "ui/prevention/ClubEditor.h"

#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ActionQuestion.h"
#include "ui/case/CaseFields.h"
#include "ui/prevention/PreventionLabels.h"

#include <QAction>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sr::ui {

ClubEditor::ClubEditor(services::AppContext &context,
                       const services::PreventionChoices &choices,
                       QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.prevention())
    , m_choices(choices)
{
    setObjectName(QStringLiteral("ClubEditor"));
    m_readOnly =
        context.isReadOnly() || !services::allowed(m_actor, services::Permission::RecordActivities);
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    m_name->setPlaceholderText(tr("e.g. Prevention club of Hà Khánh ward"));
    form->addRow(tr("&Name:"), m_name);
    m_era = new QComboBox(this);
    m_era->setObjectName(QStringLiteral("eraCombo"));
    m_era->addItem(PreventionLabels::era(domain::AdminEra::Pre2025),
                   domain::toCode(domain::AdminEra::Pre2025));
    m_era->addItem(PreventionLabels::era(domain::AdminEra::From2025),
                   domain::toCode(domain::AdminEra::From2025));
    form->addRow(tr("Commune &list:"), m_era);
    m_commune = new QComboBox(this);
    m_commune->setObjectName(QStringLiteral("communeCombo"));
    form->addRow(tr("&Commune:"), m_commune);
    m_founded = new DateLineEdit(this);
    m_founded->setObjectName(QStringLiteral("foundedEdit"));
    m_founded->setPlaceholderText(tr("dd/mm/yyyy, or blank when not known"));
    form->addRow(tr("&Founded:"), m_founded);
    m_members = new QSpinBox(this);
    m_members->setObjectName(QStringLiteral("membersSpin"));
    m_members->setRange(0, 100000);
    form->addRow(tr("&Members:"), m_members);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);
    form->addRow(tr("Not&es:"), m_notes);

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
    connect(cancel, &QPushButton::clicked, this, &ClubEditor::reject);
    layout->addWidget(buttons);
    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(saveAction);

    m_fields = {{QStringLiteral("name"), m_name},
                {QStringLiteral("commune_code"), m_commune},
                {QStringLiteral("founded_date"), m_founded},
                {QStringLiteral("members"), m_members},
                {QStringLiteral("notes"), m_notes}};
    connect(m_era, &QComboBox::currentIndexChanged, this, [this] {
        fillCommunes(domain::fromCode<domain::AdminEra>(m_era->currentData().toString())
                         .value_or(domain::AdminEra::From2025),
                     m_commune->currentData().toString());
    });
    connect(m_name, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    connect(m_founded, &QLineEdit::textEdited, this, [this] { m_dirty = true; });
    if (m_readOnly) {
        for (QWidget *w : std::as_const(m_fields))
            w->setEnabled(false);
        m_era->setEnabled(false);
        m_saveButton->setEnabled(false);
    }
    setMinimumWidth(520);
    newClub();
}

ClubEditor::~ClubEditor() = default;

void ClubEditor::fillCommunes(domain::AdminEra era, const QString &current)
{
    QList<std::pair<QString, QString>> byName;
    const QMap<QString, QString> &communes = m_choices.communes(era);
    for (auto it = communes.cbegin(); it != communes.cend(); ++it)
        byName.append({it.value(), it.key()});
    std::sort(byName.begin(), byName.end(), [](const auto &a, const auto &b) {
        return QString::localeAwareCompare(a.first, b.first) < 0;
    });
    const QSignalBlocker block(m_commune);
    m_commune->clear();
    m_commune->addItem(tr("(not recorded)"), QString());
    for (const auto &[name, code] : byName)
        m_commune->addItem(name, code);
    const int index = m_commune->findData(current);
    m_commune->setCurrentIndex(index >= 0 ? index : 0);
}

void ClubEditor::newClub()
{
    m_club = domain::PreventionClub{};
    display(m_club);
    setWindowTitle(tr("New prevention club"));
    m_name->setFocus(Qt::OtherFocusReason);
}

bool ClubEditor::openClub(qint64 id)
{
    const Result<domain::PreventionClub> loaded = m_service.club(m_actor, id);
    if (!loaded) {
        m_message->setText(messages::ErrorMessages::message(loaded.error().code));
        m_message->show();
        return false;
    }
    m_club = *loaded;
    display(m_club);
    setWindowTitle(tr("Prevention club"));
    return true;
}

void ClubEditor::display(const domain::PreventionClub &club)
{
    m_name->setText(club.name);
    {
        const QSignalBlocker block(m_era);
        m_era->setCurrentIndex(m_era->findData(domain::toCode(club.era)));
    }
    fillCommunes(club.era, club.communeCode);
    m_founded->setDate(club.founded);
    m_members->setValue(club.members);
    m_notes->setPlainText(club.notes);
    m_dirty = false;
    showErrors({});
}

bool ClubEditor::save()
{
    if (m_readOnly)
        return false;
    if (m_founded->isMalformed()) {
        showErrors({{QStringLiteral("founded_date"), domain::ValidationCode::InvalidDate}});
        return false;
    }
    domain::PreventionClub c = m_club;
    c.name = m_name->text().trimmed();
    c.era = domain::fromCode<domain::AdminEra>(m_era->currentData().toString())
                .value_or(domain::AdminEra::From2025);
    c.communeCode = m_commune->currentData().toString();
    c.founded = m_founded->date();
    c.members = m_members->value();
    c.notes = m_notes->toPlainText().trimmed();
    const services::ServiceResult<domain::PreventionClub> saved = m_service.saveClub(m_actor, c);
    if (!saved) {
        if (!saved.fieldErrors().isEmpty()) {
            showErrors(saved.fieldErrors());
        } else {
            m_message->setText(messages::ErrorMessages::message(saved.error().code));
            m_message->show();
        }
        return false;
    }
    m_club = saved.value();
    m_dirty = false;
    Q_EMIT this->saved(m_club.meta.id);
    accept();
    return true;
}

void ClubEditor::reject()
{
    if (m_dirty && !m_readOnly
        && !askToDo(this,
                    tr("Discard changes"),
                    tr("What was typed for this club is not saved. Discard it?"),
                    tr("&Discard")))
        return;
    QDialog::reject();
}

QString ClubEditor::messageText() const
{
    return m_message->isVisible() ? m_message->text() : QString();
}

void ClubEditor::showErrors(const domain::FieldErrors &errors)
{
    for (QWidget *field : std::as_const(m_fields))
        CaseFields::markInvalid(field, QString());
    QStringList lines;
    QWidget *first = nullptr;
    for (const domain::FieldError &error : errors) {
        const QString text = messages::FieldMessages::message(error, fieldLabel(error.field));
        if (!lines.contains(text))
            lines << text;
        if (QWidget *field = m_fields.value(error.field)) {
            CaseFields::markInvalid(field, text);
            if (!first)
                first = field;
        }
    }
    m_message->setText(lines.join(QLatin1Char('\n')));
    m_message->setVisible(!lines.isEmpty());
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

QString ClubEditor::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("name"), QT_TR_NOOP("Name of the club")},
        {QStringLiteral("commune_code"), QT_TR_NOOP("Commune")},
        {QStringLiteral("founded_date"), QT_TR_NOOP("Founded")},
        {QStringLiteral("members"), QT_TR_NOOP("Members")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

} // namespace sr::ui
