#include "ui/hotline/CallForm.h"

#include "domain/Clock.h"
#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/HotlineService.h"
#include "services/Permissions.h"
#include "ui/EnumLabels.h"
#include "ui/case/CaseFields.h"
#include "ui/hotline/CallTableModel.h"

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
#include <QShortcut>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

template<typename E>
void fillCodes(QComboBox *combo)
{
    for (const E value : domain::allValues<E>())
        combo->addItem(CallTableModel::label(value), domain::toCode(value));
}

template<typename E>
void selectCode(QComboBox *combo, E value)
{
    combo->setCurrentIndex(qMax(0, combo->findData(domain::toCode(value))));
}

template<typename E>
E codeOf(const QComboBox *combo, E fallback)
{
    return domain::fromCode<E>(combo->currentData().toString()).value_or(fallback);
}

} // namespace

CallForm::CallForm(services::AppContext &context, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.hotline())
{
    setObjectName(QStringLiteral("hotlineCallForm"));
    setWindowTitle(tr("Hotline call"));

    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    auto *left = new QFormLayout;
    auto *right = new QFormLayout;
    columns->addLayout(left, 1);
    columns->addSpacing(16);
    columns->addLayout(right, 1);
    layout->addLayout(columns);

    m_date = new DateLineEdit(this);
    m_date->setObjectName(QStringLiteral("call_date"));
    left->addRow(tr("&Date"), m_date);
    m_time = new QLineEdit(this);
    m_time->setObjectName(QStringLiteral("call_time"));
    m_time->setPlaceholderText(tr("HH:MM"));
    m_time->setMaxLength(5);
    left->addRow(tr("T&ime"), m_time);
    m_duration = new QSpinBox(this);
    m_duration->setObjectName(QStringLiteral("duration_minutes"));
    m_duration->setRange(0, 24 * 60);
    m_duration->setSuffix(tr(" min"));
    left->addRow(tr("D&uration"), m_duration);
    m_line = new QComboBox(this);
    m_line->setObjectName(QStringLiteral("line"));
    m_line->setEditable(true);
    m_line->addItem(QString::fromLatin1(domain::kHotlineNumber));
    left->addRow(tr("&Line"), m_line);
    m_caller = new QComboBox(this);
    m_caller->setObjectName(QStringLiteral("caller_type"));
    fillCodes<domain::CallerType>(m_caller);
    left->addRow(tr("Call&er"), m_caller);
    m_callerName = new QLineEdit(this);
    m_callerName->setObjectName(QStringLiteral("caller_name"));
    left->addRow(tr("Caller's na&me"), m_callerName);
    m_callerPhone = new QLineEdit(this);
    m_callerPhone->setObjectName(QStringLiteral("caller_phone"));
    left->addRow(tr("&Phone"), m_callerPhone);

    m_reason = new QComboBox(this);
    m_reason->setObjectName(QStringLiteral("reason"));
    fillCodes<domain::CallReason>(m_reason);
    right->addRow(tr("&Reason"), m_reason);
    m_urgency = new QComboBox(this);
    m_urgency->setObjectName(QStringLiteral("urgency"));
    fillCodes<domain::CallUrgency>(m_urgency);
    right->addRow(tr("Ur&gency"), m_urgency);
    m_sex = new QComboBox(this);
    m_sex->setObjectName(QStringLiteral("sex"));
    for (const domain::Sex sex : domain::allValues<domain::Sex>())
        m_sex->addItem(EnumLabels::label(sex), domain::toCode(sex));
    right->addRow(tr("Se&x of the person concerned"), m_sex);
    m_ageBand = new QComboBox(this);
    m_ageBand->setObjectName(QStringLiteral("age_band"));
    for (const domain::AgeBand band : domain::allValues<domain::AgeBand>())
        m_ageBand->addItem(EnumLabels::label(band), domain::toCode(band));
    right->addRow(tr("&Age band"), m_ageBand);
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("province_code"));
    m_province->addItem(tr("Not known"), QString());
    if (const Result<QList<domain::Province>> provinces = m_service.provinces(m_actor); provinces) {
        for (const domain::Province &p : *provinces)
            m_province->addItem(p.name, p.code);
    }
    right->addRow(tr("Pro&vince"), m_province);
    m_linked = new QLabel(this);
    m_linked->setObjectName(QStringLiteral("linkedLabel"));
    right->addRow(tr("Case"), m_linked);

    auto *actionsBox = new QGroupBox(tr("Action ta&ken"), this);
    actionsBox->setObjectName(QStringLiteral("actions"));
    auto *grid = new QGridLayout(actionsBox);
    const QList<domain::CallAction> actions = domain::allValues<domain::CallAction>();
    for (qsizetype i = 0; i < actions.size(); ++i) {
        auto *check = new QCheckBox(CallTableModel::label(actions.at(i)), actionsBox);
        check->setObjectName(QStringLiteral("action_") + domain::toCode(actions.at(i)));
        check->setProperty("code", domain::toCode(actions.at(i)));
        grid->addWidget(check, int(i / 4), int(i % 4));
        m_actions.append(check);
    }
    layout->addWidget(actionsBox);

    auto *notesLabel = new QLabel(tr("N&otes"), this);
    m_notes = new QPlainTextEdit(this);
    m_notes->setObjectName(QStringLiteral("notes"));
    m_notes->setTabChangesFocus(true);
    m_notes->setFixedHeight(72);
    notesLabel->setBuddy(m_notes);
    layout->addWidget(notesLabel);
    layout->addWidget(m_notes);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_message->hide();
    layout->addWidget(m_message);
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("statusLabel"));
    layout->addWidget(m_status);

    auto *buttons = new QDialogButtonBox(this);
    auto *saveButton = buttons->addButton(tr("&Save"), QDialogButtonBox::AcceptRole);
    saveButton->setObjectName(QStringLiteral("saveButton"));
    saveButton->setDefault(true);
    saveButton->setToolTip(tr("Save the call (Enter)"));
    auto *nextButton = buttons->addButton(tr("Save and &new"), QDialogButtonBox::ActionRole);
    nextButton->setObjectName(QStringLiteral("saveAndNewButton"));
    nextButton->setToolTip(tr("Save the call and start the next one (Ctrl+N)"));
    auto *closeButton = buttons->addButton(tr("&Close"), QDialogButtonBox::RejectRole);
    closeButton->setObjectName(QStringLiteral("closeButton"));
    layout->addWidget(buttons);
    connect(saveButton, &QPushButton::clicked, this, [this] { save(); });
    connect(nextButton, &QPushButton::clicked, this, &CallForm::saveAndNew);
    connect(closeButton, &QPushButton::clicked, this, &QDialog::reject);
    // Ctrl+N: the next call; Ctrl+Enter saves from anywhere, the notes included.
    auto *next = new QShortcut(QKeySequence::New, this);
    connect(next, &QShortcut::activated, this, &CallForm::saveAndNew);
    for (const QKeySequence &keys :
         {QKeySequence(Qt::CTRL | Qt::Key_Return), QKeySequence(Qt::CTRL | Qt::Key_Enter)}) {
        auto *shortcut = new QShortcut(keys, this);
        connect(shortcut, &QShortcut::activated, this, [this] { save(); });
    }

    connect(m_caller, &QComboBox::currentIndexChanged, this, &CallForm::callerChanged);

    // Tab order: the order the worker on duty asks the questions in.
    QList<QWidget *> order{m_date,
                           m_time,
                           m_duration,
                           m_line,
                           m_caller,
                           m_callerName,
                           m_callerPhone,
                           m_reason,
                           m_urgency,
                           m_sex,
                           m_ageBand,
                           m_province};
    for (QCheckBox *check : std::as_const(m_actions))
        order.append(check);
    order << m_notes << saveButton << nextButton << closeButton;
    for (qsizetype i = 1; i < order.size(); ++i)
        setTabOrder(order.at(i - 1), order.at(i));

    for (QWidget *field : {static_cast<QWidget *>(m_date),
                           static_cast<QWidget *>(m_time),
                           static_cast<QWidget *>(m_duration),
                           static_cast<QWidget *>(m_line),
                           static_cast<QWidget *>(m_caller),
                           static_cast<QWidget *>(m_callerName),
                           static_cast<QWidget *>(m_callerPhone),
                           static_cast<QWidget *>(m_reason),
                           static_cast<QWidget *>(m_urgency),
                           static_cast<QWidget *>(m_sex),
                           static_cast<QWidget *>(m_ageBand),
                           static_cast<QWidget *>(m_province),
                           static_cast<QWidget *>(m_notes)})
        m_fields.insert(field->objectName(), field);
    m_fields.insert(QStringLiteral("actions"), actionsBox);

    startNew();
}

void CallForm::startNew()
{
    domain::HotlineCall call;
    const QDateTime now = domain::Clock::instance().now();
    call.date = now.date();
    call.time = domain::callTimeText(now.time());
    load(call);
    // The date and time are usually right: start on the caller, the first question.
    m_caller->setFocus(Qt::OtherFocusReason);
}

void CallForm::showEvent(QShowEvent *event)
{
    QDialog::showEvent(event);
    if (!m_call.meta.isStored())
        m_caller->setFocus(Qt::OtherFocusReason);
}

bool CallForm::openCall(qint64 id)
{
    const Result<domain::HotlineCall> call = m_service.get(m_actor, id);
    if (!call) {
        showMessage(messages::ErrorMessages::message(call.error().code));
        return false;
    }
    load(*call);
    return true;
}

void CallForm::load(const domain::HotlineCall &call)
{
    m_call = call;
    m_date->setDate(call.date);
    m_time->setText(call.time);
    m_duration->setValue(call.durationMinutes);
    m_line->setCurrentText(call.line);
    selectCode(m_caller, call.callerType);
    m_callerName->setText(call.callerName);
    m_callerPhone->setText(call.callerPhone);
    selectCode(m_reason, call.reason);
    selectCode(m_urgency, call.urgency);
    selectCode(m_sex, call.sex);
    selectCode(m_ageBand, call.ageBand);
    m_province->setCurrentIndex(qMax(0, m_province->findData(call.provinceCode)));
    for (QCheckBox *check : std::as_const(m_actions)) {
        const auto action =
            domain::fromCode<domain::CallAction>(check->property("code").toString());
        check->setChecked(action && call.actions.contains(*action));
    }
    m_notes->setPlainText(call.notes);
    QString linked = tr("None");
    if (call.personId) {
        const Result<services::CallCase> c = m_service.caseOf(m_actor, call);
        linked = c && !c->caseCode.isEmpty() ? c->caseCode : tr("Linked to a case");
    }
    m_linked->setText(linked);
    setWindowTitle(call.meta.isStored()
                       ? tr("Hotline call of %1").arg(CaseFields::formatDate(call.date))
                       : tr("New hotline call"));
    callerChanged();
    showErrors({});
}

void CallForm::callerChanged()
{
    // An anonymous caller gives nothing personal: nothing to ask, nothing kept.
    const bool anonymous =
        codeOf(m_caller, domain::CallerType::Anonymous) == domain::CallerType::Anonymous;
    m_callerName->setEnabled(!anonymous);
    m_callerPhone->setEnabled(!anonymous);
    if (anonymous) {
        m_callerName->clear();
        m_callerPhone->clear();
    }
}

domain::HotlineCall CallForm::collect() const
{
    domain::HotlineCall c = m_call;
    c.date = m_date->date();
    c.time = m_time->text().trimmed();
    c.durationMinutes = m_duration->value();
    c.line = m_line->currentText().trimmed();
    c.callerType = codeOf(m_caller, domain::CallerType::Anonymous);
    c.callerName = m_callerName->text().trimmed();
    c.callerPhone = m_callerPhone->text().trimmed();
    c.reason = codeOf(m_reason, domain::CallReason::Advice);
    c.urgency = codeOf(m_urgency, domain::CallUrgency::Normal);
    c.sex = codeOf(m_sex, domain::Sex::Unknown);
    c.ageBand = codeOf(m_ageBand, domain::AgeBand::Unknown);
    c.provinceCode = m_province->currentData().toString();
    c.actions.clear();
    for (QCheckBox *check : m_actions) {
        if (!check->isChecked())
            continue;
        if (const auto action =
                domain::fromCode<domain::CallAction>(check->property("code").toString()))
            c.actions.append(*action);
    }
    c.notes = m_notes->toPlainText().trimmed();
    return c;
}

bool CallForm::save()
{
    if (!store())
        return false;
    accept();
    return true;
}

bool CallForm::store()
{
    const domain::HotlineCall call = collect();
    if (m_date->isMalformed() || m_date->isBlank()) {
        showErrors({{QStringLiteral("call_date"),
                     m_date->isBlank() ? domain::ValidationCode::Required
                                       : domain::ValidationCode::InvalidDate}});
        m_date->setFocus(Qt::OtherFocusReason);
        return false;
    }
    const services::ServiceResult<domain::HotlineCall> saved =
        call.meta.isStored() ? m_service.update(m_actor, call) : m_service.create(m_actor, call);
    if (!saved) {
        if (!saved.fieldErrors().isEmpty()) {
            showErrors(saved.fieldErrors());
            for (const domain::FieldError &error : saved.fieldErrors()) {
                if (QWidget *field = m_fields.value(error.field)) {
                    field->setFocus(Qt::OtherFocusReason);
                    break;
                }
            }
        } else {
            showErrors({});
            showMessage(messages::ErrorMessages::message(saved.error().code));
        }
        return false;
    }
    m_call = saved.value();
    ++m_savedCount;
    showErrors({});
    Q_EMIT this->saved(m_call.meta.id);
    return true;
}

void CallForm::saveAndNew()
{
    if (!store())
        return;
    startNew();
    m_status->setText(tr("Call saved (%Ln this session). Next call.", nullptr, m_savedCount));
}

QString CallForm::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void CallForm::showErrors(const domain::FieldErrors &errors)
{
    for (QWidget *field : std::as_const(m_fields))
        CaseFields::markInvalid(field, QString());
    QStringList lines;
    for (const domain::FieldError &error : errors) {
        const QString text = messages::FieldMessages::message(error, fieldLabel(error.field));
        if (!lines.contains(text))
            lines << text;
        if (QWidget *field = m_fields.value(error.field))
            CaseFields::markInvalid(field, text);
    }
    showMessage(lines.join(QLatin1Char('\n')));
}

void CallForm::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString CallForm::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("call_date"), QT_TR_NOOP("Date of the call")},
        {QStringLiteral("call_time"), QT_TR_NOOP("Time of the call")},
        {QStringLiteral("duration_minutes"), QT_TR_NOOP("Duration")},
        {QStringLiteral("line"), QT_TR_NOOP("Line")},
        {QStringLiteral("caller_type"), QT_TR_NOOP("Caller")},
        {QStringLiteral("caller_name"), QT_TR_NOOP("Caller's name")},
        {QStringLiteral("caller_phone"), QT_TR_NOOP("Caller's phone")},
        {QStringLiteral("reason"), QT_TR_NOOP("Reason")},
        {QStringLiteral("urgency"), QT_TR_NOOP("Urgency")},
        {QStringLiteral("sex"), QT_TR_NOOP("Sex")},
        {QStringLiteral("age_band"), QT_TR_NOOP("Age band")},
        {QStringLiteral("province_code"), QT_TR_NOOP("Province")},
        {QStringLiteral("actions"), QT_TR_NOOP("Action taken")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
        {QStringLiteral("case_code"), QT_TR_NOOP("Case code")},
        {QStringLiteral("reception_id"), QT_TR_NOOP("Reception")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

} // namespace sr::ui
