#include "ui/registers/BatchEditor.h"

#include "domain/Clock.h"
#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/ActionQuestion.h"
#include "ui/AgencyChoices.h"
#include "ui/FormRows.h"
#include "ui/TableViews.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

constexpr int maxCount = 1000000;

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

void selectCode(QComboBox *combo, const QString &code)
{
    const int index = code.isEmpty() ? 0 : combo->findData(code);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else {
        // A code no longer in the active list: keep it selectable rather than losing it.
        combo->addItem(code, code);
        combo->setCurrentIndex(combo->count() - 1);
    }
}

} // namespace

BatchEditor::BatchEditor(services::AppContext &context,
                         const services::BatchChoices &choices,
                         QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.batches())
{
    setObjectName(QStringLiteral("BatchEditor"));
    m_readOnly =
        context.isReadOnly() || !services::allowed(m_actor, services::Permission::EditCases);
    buildForm(choices);
    newBatch();
}

BatchEditor::~BatchEditor() = default;

void BatchEditor::buildForm(const services::BatchChoices &choices)
{
    const bool english = englishUi();
    auto *layout = new QVBoxLayout(this);
    auto *columns = new QHBoxLayout;
    layout->addLayout(columns);

    // A count of persons, in its own row of @a form.
    auto spin = [this](QFormLayout *form, const QString &label, const char *name) {
        auto *box = new QSpinBox(this);
        box->setObjectName(QLatin1String(name));
        box->setRange(0, maxCount);
        box->setGroupSeparatorShown(true);
        box->setAlignment(Qt::AlignRight | Qt::AlignVCenter);
        box->setMinimumWidth(fontMetrics().horizontalAdvance(QStringLiteral("000.000")) + 40);
        form->addRow(label, box);
        return box;
    };

    auto *handover = new QGroupBox(tr("Handover"), this);
    auto *handoverForm = new QFormLayout(handover);
    m_date = addFormRow<DateLineEdit>(handoverForm, tr("&Date:"), QStringLiteral("batchDateEdit"));
    m_gate = new QComboBox(handover);
    m_gate->setObjectName(QStringLiteral("borderGateCombo"));
    m_gate->addItem(tr("(not recorded)"), QVariant());
    for (const domain::BorderGate &gate : choices.borderGates)
        m_gate->addItem(english && !gate.nameEn.isEmpty() ? gate.nameEn : gate.name, gate.code);
    handoverForm->addRow(tr("&Border gate:"), m_gate);
    m_foreignAgency = addFormRow<QLineEdit>(
        handoverForm, tr("&Handing-over agency:"), QStringLiteral("foreignAgencyEdit"));
    m_foreignAgency->setPlaceholderText(tr("e.g. Dongxing Border Police"));
    m_receivingUnit = new QComboBox(handover);
    m_receivingUnit->setObjectName(QStringLiteral("receivingUnitCombo"));
    m_receivingUnit->addItem(tr("(not recorded)"), QVariant());
    // Agencies abolished in 2025 stay for the batches that name them (ui/AgencyChoices.h).
    AgencyChoices::add(m_receivingUnit, choices.agencies, [english](const domain::Agency &agency) {
        return english && !agency.nameEn.isEmpty() ? agency.nameEn : agency.name;
    });
    m_receivingUnit->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_receivingUnit->setMinimumContentsLength(28);
    handoverForm->addRow(tr("&Receiving unit:"), m_receivingUnit);
    m_notes = addFormRow<QPlainTextEdit>(handoverForm, tr("Not&es:"), QStringLiteral("notesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 5);
    columns->addWidget(handover, 3);

    auto *numbers = new QVBoxLayout;
    auto *persons = new QGroupBox(tr("Persons handed over"), this);
    auto *personsForm = new QFormLayout(persons);
    m_total = spin(personsForm, tr("&Total:"), "personsTotalSpin");
    m_male = spin(personsForm, tr("&Male:"), "personsMaleSpin");
    m_female = spin(personsForm, tr("&Female:"), "personsFemaleSpin");
    m_children = spin(personsForm, tr("Childre&n (under 16):"), "personsChildrenSpin");
    numbers->addWidget(persons);

    auto *screening = new QGroupBox(tr("Screening"), this);
    auto *screeningForm = new QFormLayout(screening);
    m_classified = new QCheckBox(tr("&Classified and verified"), screening);
    m_classified->setObjectName(QStringLiteral("classifiedCheck"));
    screeningForm->addRow(m_classified);
    m_verified = spin(screeningForm, tr("Persons &verified:"), "personsVerifiedSpin");
    m_cases = spin(screeningForm, tr("C&ases identified:"), "casesIdentifiedSpin");
    m_victims = spin(screeningForm, tr("V&ictims identified:"), "victimsIdentifiedSpin");
    numbers->addWidget(screening);
    numbers->addStretch(1);
    columns->addLayout(numbers, 2);

    auto *linked = new QGroupBox(tr("Receptions linked to this handover"), this);
    auto *linkedLayout = new QVBoxLayout(linked);
    m_receptionsLabel = new QLabel(linked);
    m_receptionsLabel->setObjectName(QStringLiteral("receptionsLabel"));
    m_receptionsLabel->setWordWrap(true);
    linkedLayout->addWidget(m_receptionsLabel);
    m_receptions = new QTableWidget(0, 3, linked);
    m_receptions->setObjectName(QStringLiteral("receptionsTable"));
    m_receptions->setHorizontalHeaderLabels({tr("Case code"), tr("Full name"), tr("Received")});
    TableViews::setUpRowPicker(m_receptions);
    m_receptions->horizontalHeader()->setStretchLastSection(true);
    m_receptions->setMinimumHeight(fontMetrics().height() * 7);
    connect(m_receptions, &QTableWidget::itemActivated, this, [this] { openSelectedCase(); });
    linkedLayout->addWidget(m_receptions);
    m_openCase = new QPushButton(tr("&Open case"), linked);
    m_openCase->setObjectName(QStringLiteral("openCaseButton"));
    m_openCase->setAutoDefault(false);
    m_openCase->setEnabled(false);
    connect(m_openCase, &QPushButton::clicked, this, &BatchEditor::openSelectedCase);
    connect(m_receptions, &QTableWidget::itemSelectionChanged, this, [this] {
        m_openCase->setEnabled(m_receptions->currentRow() >= 0 && !m_linked.isEmpty());
    });
    auto *openRow = new QHBoxLayout;
    openRow->addStretch(1);
    openRow->addWidget(m_openCase);
    linkedLayout->addLayout(openRow);
    layout->addWidget(linked, 1);

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
    connect(cancel, &QPushButton::clicked, this, &BatchEditor::reject);
    layout->addWidget(buttons);

    auto *saveAction = new QAction(tr("Save"), this);
    saveAction->setObjectName(QStringLiteral("saveAction"));
    saveAction->setShortcut(QKeySequence::Save);
    saveAction->setShortcutContext(Qt::WindowShortcut);
    connect(saveAction, &QAction::triggered, this, [this] { save(); });
    addAction(saveAction);

    m_fields = {
        {QStringLiteral("batch_date"), m_date},
        {QStringLiteral("border_gate_code"), m_gate},
        {QStringLiteral("foreign_agency"), m_foreignAgency},
        {QStringLiteral("receiving_agency_code"), m_receivingUnit},
        {QStringLiteral("persons_total"), m_total},
        {QStringLiteral("persons_male"), m_male},
        {QStringLiteral("persons_female"), m_female},
        {QStringLiteral("persons_children"), m_children},
        {QStringLiteral("classified"), m_classified},
        {QStringLiteral("persons_verified"), m_verified},
        {QStringLiteral("cases_identified"), m_cases},
        {QStringLiteral("victims_identified"), m_victims},
        {QStringLiteral("notes"), m_notes},
    };

    // Any edit makes the form dirty; once errors are shown they are re-checked as the user
    // types, so a mark disappears as soon as its field is fixed.
    auto edited = [this] {
        if (m_loading)
            return;
        setDirty(true);
        if (!m_message->isHidden())
            showErrors(domain::validateBatch(collect(), domain::Clock::instance().today()));
    };
    connect(m_date, &QLineEdit::textEdited, this, edited);
    connect(m_foreignAgency, &QLineEdit::textEdited, this, edited);
    connect(m_gate, &QComboBox::currentIndexChanged, this, edited);
    connect(m_receivingUnit, &QComboBox::currentIndexChanged, this, edited);
    for (QSpinBox *box : {m_total, m_male, m_female, m_children, m_verified, m_cases, m_victims})
        connect(box, &QSpinBox::valueChanged, this, edited);
    connect(m_classified, &QCheckBox::toggled, this, edited);
    connect(m_notes, &QPlainTextEdit::textChanged, this, edited);

    if (m_readOnly) {
        for (QWidget *field : std::as_const(m_fields))
            field->setEnabled(false);
        m_saveButton->setEnabled(false);
        saveAction->setEnabled(false);
    }
    WindowGeometry::place(this, QStringLiteral("batchEditor"), QSize(980, 620));
}

void BatchEditor::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("batchEditor"));
    QDialog::done(result);
}

void BatchEditor::newBatch()
{
    domain::HandoverBatch batch;
    // The client's uuid: a save whose answer was lost is not entered twice when retried.
    batch.meta.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    batch.date = domain::Clock::instance().today();
    display(batch);
    m_linked.clear();
    loadLinked();
    setWindowTitle(tr("New handover"));
}

bool BatchEditor::openBatch(qint64 id)
{
    const Result<domain::HandoverBatch> loaded = m_service.get(m_actor, id);
    if (!loaded) {
        showMessage(messages::ErrorMessages::message(loaded.error().code));
        return false;
    }
    display(*loaded);
    const Result<QList<services::LinkedReception>> linked = m_service.linkedReceptions(m_actor, id);
    m_linked = linked ? *linked : QList<services::LinkedReception>{};
    loadLinked();
    if (!linked)
        showMessage(messages::ErrorMessages::message(linked.error().code));
    setWindowTitle(tr("Handover of %1").arg(CaseFields::formatDate(loaded->date)));
    return linked.ok();
}

void BatchEditor::display(const domain::HandoverBatch &batch)
{
    m_loading = true;
    m_batch = batch;
    m_date->setDate(batch.date);
    selectCode(m_gate, batch.borderGateCode);
    m_foreignAgency->setText(batch.foreignAgency);
    selectCode(m_receivingUnit, batch.receivingAgencyCode);
    m_total->setValue(batch.personsTotal);
    m_male->setValue(batch.personsMale);
    m_female->setValue(batch.personsFemale);
    m_children->setValue(batch.personsChildren);
    m_classified->setChecked(batch.classified);
    m_verified->setValue(batch.personsVerified);
    m_cases->setValue(batch.casesIdentified);
    m_victims->setValue(batch.victimsIdentified);
    m_notes->setPlainText(batch.notes);
    m_loading = false;
    clearErrors();
    setDirty(false);
}

domain::HandoverBatch BatchEditor::collect() const
{
    domain::HandoverBatch b = m_batch;
    b.date = m_date->date();
    b.borderGateCode = m_gate->currentData().toString();
    b.foreignAgency = m_foreignAgency->text().trimmed();
    b.receivingAgencyCode = m_receivingUnit->currentData().toString();
    b.personsTotal = m_total->value();
    b.personsMale = m_male->value();
    b.personsFemale = m_female->value();
    b.personsChildren = m_children->value();
    b.classified = m_classified->isChecked();
    b.personsVerified = m_verified->value();
    b.casesIdentified = m_cases->value();
    b.victimsIdentified = m_victims->value();
    b.notes = m_notes->toPlainText().trimmed();
    return b;
}

bool BatchEditor::save()
{
    if (m_readOnly) {
        showMessage(messages::ErrorMessages::message(
            m_context.isReadOnly() ? ErrorCode::ReadOnly : ErrorCode::PermissionDenied));
        return false;
    }
    const domain::HandoverBatch batch = collect();
    if (m_date->isMalformed()) {
        domain::FieldErrors errors{
            {QStringLiteral("batch_date"), domain::ValidationCode::InvalidDate}};
        for (const domain::FieldError &error :
             domain::validateBatch(batch, domain::Clock::instance().today())) {
            if (error.field != QLatin1String("batch_date"))
                errors.append(error);
        }
        showErrors(errors);
        focusFirstError(errors);
        return false;
    }
    const services::ServiceResult<domain::HandoverBatch> saved =
        batch.meta.isStored() ? m_service.update(m_actor, batch) : m_service.create(m_actor, batch);
    if (!saved) {
        if (!saved.fieldErrors().isEmpty()) {
            showErrors(saved.fieldErrors());
            focusFirstError(saved.fieldErrors());
        } else {
            clearErrors();
            showMessage(messages::ErrorMessages::message(saved.error().code));
        }
        return false;
    }
    m_batch = saved.value();
    clearErrors();
    setDirty(false);
    Q_EMIT this->saved(m_batch.meta.id);
    accept();
    return true;
}

void BatchEditor::reject()
{
    if (m_dirty && !m_readOnly) {
        if (!askToDo(this,
                     tr("Unsaved changes"),
                     tr("The changes to this handover are not saved. Discard them?"),
                     tr("&Discard changes"),
                     QMessageBox::Warning))
            return;
    }
    QDialog::reject();
}

QString BatchEditor::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void BatchEditor::showErrors(const domain::FieldErrors &errors)
{
    for (QWidget *field : std::as_const(m_fields))
        CaseFields::markInvalid(field, QString());
    if (errors.isEmpty()) {
        showMessage(QString());
        return;
    }
    QStringList lines;
    for (const domain::FieldError &error : errors) {
        const QString text = message(error);
        if (!lines.contains(text))
            lines << text;
        if (QWidget *field = m_fields.value(error.field)) {
            const QString previous = field->toolTip();
            CaseFields::markInvalid(field, previous.isEmpty() ? text : previous);
        }
    }
    showMessage(lines.join(QLatin1Char('\n')));
}

void BatchEditor::focusFirstError(const domain::FieldErrors &errors)
{
    for (const domain::FieldError &error : errors) {
        if (QWidget *field = m_fields.value(error.field)) {
            field->setFocus(Qt::OtherFocusReason);
            return;
        }
    }
}

void BatchEditor::clearErrors()
{
    for (QWidget *field : std::as_const(m_fields))
        CaseFields::markInvalid(field, QString());
    showMessage(QString());
}

void BatchEditor::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

void BatchEditor::loadLinked()
{
    m_receptions->setRowCount(0);
    m_receptions->setRowCount(int(m_linked.size()));
    for (int row = 0; row < m_linked.size(); ++row) {
        const services::LinkedReception &r = m_linked.at(row);
        m_receptions->setItem(row, 0, new QTableWidgetItem(r.caseCode));
        m_receptions->setItem(row, 1, new QTableWidgetItem(r.fullName));
        m_receptions->setItem(
            row, 2, new QTableWidgetItem(CaseFields::formatDate(r.receptionDate)));
    }
    m_receptions->resizeColumnToContents(0);
    m_receptions->setColumnWidth(1, qMax(m_receptions->columnWidth(1), 260));
    if (!m_batch.meta.isStored()) {
        m_receptionsLabel->setText(tr("Save the handover first. Receptions are linked to it in the "
                                      "case editor (Reception, Handover batch)."));
    } else {
        m_receptionsLabel->setText(
            tr("%Ln reception(s) linked. Receptions are linked in the case editor (Reception, "
               "Handover batch).",
               nullptr,
               int(m_linked.size())));
    }
    m_receptions->setVisible(!m_linked.isEmpty());
    m_openCase->setVisible(!m_linked.isEmpty());
    if (!m_linked.isEmpty())
        m_receptions->selectRow(0);
}

void BatchEditor::openSelectedCase()
{
    const int row = m_receptions->currentRow();
    if (row < 0 || row >= m_linked.size())
        return;
    Q_EMIT openCaseRequested(m_linked.at(row).personId);
}

void BatchEditor::setDirty(bool dirty)
{
    m_dirty = dirty;
}

QString BatchEditor::fieldLabel(const QString &column)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("batch_date"), QT_TR_NOOP("Date of the handover")},
        {QStringLiteral("border_gate_code"), QT_TR_NOOP("Border gate")},
        {QStringLiteral("foreign_agency"), QT_TR_NOOP("Handing-over agency")},
        {QStringLiteral("receiving_agency_code"), QT_TR_NOOP("Receiving unit")},
        {QStringLiteral("persons_total"), QT_TR_NOOP("Persons handed over")},
        {QStringLiteral("persons_male"), QT_TR_NOOP("Male")},
        {QStringLiteral("persons_female"), QT_TR_NOOP("Female")},
        {QStringLiteral("persons_children"), QT_TR_NOOP("Children")},
        {QStringLiteral("classified"), QT_TR_NOOP("Classified and verified")},
        {QStringLiteral("persons_verified"), QT_TR_NOOP("Persons verified")},
        {QStringLiteral("cases_identified"), QT_TR_NOOP("Cases identified")},
        {QStringLiteral("victims_identified"), QT_TR_NOOP("Victims identified")},
        {QStringLiteral("notes"), QT_TR_NOOP("Notes")},
    };
    const char *label = labels.value(column);
    return label ? tr(label) : column;
}

QString BatchEditor::message(const domain::FieldError &error)
{
    return messages::FieldMessages::message(error, fieldLabel(error.field));
}

} // namespace sr::ui
