#include "ui/case/ReceptionForm.h"

#include "domain/Clock.h"
#include "ui/AgencyChoices.h"
#include "ui/EnumLabels.h"
#include "ui/FormRows.h"
#include "ui/case/CaseFields.h"

#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QHash>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QPlainTextEdit>
#include <QPushButton>

#include <algorithm>

namespace sr::ui {

ReceptionForm::ReceptionForm(const services::CaseReferenceData &reference, QWidget *parent)
    : CaseForm(parent)
{
    setObjectName(QStringLiteral("receptionForm"));
    const bool english = englishUi();
    auto agencyName = [english](const domain::Agency &a) {
        return english && !a.nameEn.isEmpty() ? a.nameEn : a.name;
    };

    auto *received = new QGroupBox(tr("Reception"), this);
    auto *receivedForm = new QFormLayout(received);
    m_date = addFormRow<DateLineEdit>(
        receivedForm, tr("Reception &date:"), QStringLiteral("receptionDateEdit"));
    m_agency = new QComboBox(received);
    m_agency->setObjectName(QStringLiteral("agencyCombo"));
    m_decidingAgency = new QComboBox(this);
    m_decidingAgency->setObjectName(QStringLiteral("decidingAgencyCombo"));
    addChoice(m_agency, tr("(choose)"), QString());
    addChoice(m_decidingAgency, tr("(none)"), QString());
    // The centre itself (a social work centre of its province) first: it receives most persons.
    QList<domain::Agency> agencies = reference.agencies;
    std::stable_partition(agencies.begin(), agencies.end(), [&reference](const domain::Agency &a) {
        return a.kind == domain::AgencyKind::SocialWorkCentre
               && a.provinceCode == reference.homeProvinceCode;
    });
    // Agencies abolished in 2025 only for a reception that already names one (AgencyChoices.h).
    AgencyChoices::add(m_agency, agencies, agencyName);
    AgencyChoices::add(m_decidingAgency, agencies, agencyName);
    receivedForm->addRow(tr("Receiving &agency:"), m_agency);
    m_batch = new QComboBox(received);
    m_batch->setObjectName(QStringLiteral("batchCombo"));
    addChoice(m_batch, tr("(not received in a handover)"), QVariant());
    // Two handovers of one day differ by their border gate, so the picker names it.
    QHash<QString, QString> gateNames;
    for (const domain::BorderGate &gate : reference.borderGates)
        gateNames.insert(gate.code, english && !gate.nameEn.isEmpty() ? gate.nameEn : gate.name);
    for (const domain::HandoverBatch &batch : reference.batches) {
        const QString date = CaseFields::formatDate(batch.date);
        const QString gate = gateNames.value(batch.borderGateCode, batch.borderGateCode);
        addChoice(m_batch,
                  gate.isEmpty()
                      ? tr("%1, %n person(s)", nullptr, batch.personsTotal).arg(date)
                      : tr("%1, %2, %n person(s)", "date, border gate, persons", batch.personsTotal)
                            .arg(date, gate),
                  batch.meta.id);
    }
    receivedForm->addRow(tr("Handover &batch:"), m_batch);
    m_country = new QComboBox(received);
    m_country->setObjectName(QStringLiteral("countryCombo"));
    QList<domain::Country> countries = reference.countries;
    auto countryName = [english](const domain::Country &c) {
        return english && !c.nameEn.isEmpty() ? c.nameEn : c.nameVi;
    };
    std::sort(countries.begin(), countries.end(), [&](const auto &a, const auto &b) {
        return QString::localeAwareCompare(countryName(a), countryName(b)) < 0;
    });
    addChoice(m_country, tr("(choose)"), QString());
    for (const QString &code : {QStringLiteral("CN"), QStringLiteral("KH"), QStringLiteral("LA")}) {
        for (const domain::Country &country : countries) {
            if (country.code == code)
                addChoice(m_country, countryName(country), country.code);
        }
    }
    m_country->insertSeparator(m_country->count());
    for (const domain::Country &country : countries)
        addChoice(m_country, countryName(country), country.code);
    receivedForm->addRow(tr("Returned &from:"), m_country);
    m_route = addFormRow<QComboBox>(
        receivedForm, tr("&Route of identification:"), QStringLiteral("routeCombo"));
    for (domain::Route route : domain::allValues<domain::Route>())
        addChoice(m_route, EnumLabels::label(route), domain::toCode(route));
    m_exploitation = new QListWidget(received);
    m_exploitation->setObjectName(QStringLiteral("exploitationList"));
    for (domain::ExploitationForm form : domain::allValues<domain::ExploitationForm>()) {
        auto *item = new QListWidgetItem(EnumLabels::label(form), m_exploitation);
        item->setData(Qt::UserRole, domain::toCode(form));
        item->setFlags(Qt::ItemIsEnabled | Qt::ItemIsUserCheckable | Qt::ItemIsSelectable);
        item->setCheckState(Qt::Unchecked);
    }
    m_exploitation->setMaximumHeight(m_exploitation->sizeHintForRow(0) * 9 + 8);
    receivedForm->addRow(tr("Forms of &exploitation:"), m_exploitation);

    auto *identification = new QGroupBox(tr("Identification and case status"), this);
    auto *identificationForm = new QFormLayout(identification);
    m_identification = addFormRow<QComboBox>(
        identificationForm, tr("&Identification status:"), QStringLiteral("identificationCombo"));
    for (domain::IdentificationStatus status : domain::allValues<domain::IdentificationStatus>())
        addChoice(m_identification, EnumLabels::label(status), domain::toCode(status));
    m_decidingAgency->setParent(identification);
    identificationForm->addRow(tr("Decidin&g agency:"), m_decidingAgency);
    m_decisionDate = addFormRow<DateLineEdit>(
        identificationForm, tr("Decision da&te:"), QStringLiteral("decisionDateEdit"));
    m_basis = addFormRow<QLineEdit>(
        identificationForm, tr("Basis of the decision:"), QStringLiteral("basisEdit"));
    m_caseStatus = new QComboBox(identification);
    m_caseStatus->setObjectName(QStringLiteral("caseStatusCombo"));
    for (domain::CaseStatus status : domain::allValues<domain::CaseStatus>())
        addChoice(m_caseStatus, EnumLabels::label(status), domain::toCode(status));
    auto *statusRow = new QHBoxLayout;
    statusRow->addWidget(m_caseStatus, 1);
    m_closeButton = new QPushButton(tr("C&lose case…"), identification);
    m_closeButton->setObjectName(QStringLiteral("closeCaseButton"));
    statusRow->addWidget(m_closeButton);
    auto *statusLabel = new QLabel(tr("&Case status:"), identification);
    statusLabel->setBuddy(m_caseStatus);
    identificationForm->addRow(statusLabel, statusRow);
    m_outcome =
        addFormRow<QComboBox>(identificationForm, tr("&Outcome:"), QStringLiteral("outcomeCombo"));
    addChoice(m_outcome, tr("(none)"), QString());
    for (domain::CaseOutcome outcome : domain::allValues<domain::CaseOutcome>())
        addChoice(m_outcome, EnumLabels::label(outcome), domain::toCode(outcome));
    m_closedDate = addFormRow<DateLineEdit>(
        identificationForm, tr("Closed o&n:"), QStringLiteral("closedDateEdit"));
    m_notes = addFormRow<QPlainTextEdit>(
        identificationForm, tr("Notes:"), QStringLiteral("receptionNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);

    layOutColumns(received, {identification});

    registerField(QStringLiteral("reception_date"), m_date);
    registerField(QStringLiteral("agency_code"), m_agency);
    registerField(QStringLiteral("country_code"), m_country);
    registerField(QStringLiteral("identification_agency_code"), m_decidingAgency);
    registerField(QStringLiteral("identification_date"), m_decisionDate);
    registerField(QStringLiteral("identification_basis"), m_basis);
    registerField(QStringLiteral("case_status"), m_caseStatus);
    registerField(QStringLiteral("outcome"), m_outcome);
    registerField(QStringLiteral("closed_date"), m_closedDate);
    registerField(QStringLiteral("notes"), m_notes);
    watchInTabOrder({m_date,
                     m_agency,
                     m_batch,
                     m_country,
                     m_route,
                     m_exploitation,
                     m_identification,
                     m_decidingAgency,
                     m_decisionDate,
                     m_basis,
                     m_caseStatus,
                     m_closeButton,
                     m_outcome,
                     m_closedDate,
                     m_notes});
    // A person received in a border handover was handed over at the border: choosing the
    // batch sets the route (the worker may still change it).
    connect(m_batch, &QComboBox::activated, this, [this] {
        if (m_batch->currentData().isValid())
            selectData(m_route, domain::toCode(domain::Route::HandedOverAtBorder));
    });
    connect(
        m_caseStatus, &QComboBox::currentIndexChanged, this, &ReceptionForm::updateClosureFields);
    connect(m_closeButton, &QPushButton::clicked, this, &ReceptionForm::closeCase);
    updateClosureFields();
}

void ReceptionForm::updateClosureFields()
{
    const bool closed =
        m_caseStatus->currentData().toString() == domain::toCode(domain::CaseStatus::Closed);
    m_outcome->setEnabled(closed);
    m_closedDate->setEnabled(closed);
    m_closeButton->setEnabled(!closed);
}

void ReceptionForm::closeCase()
{
    selectData(m_caseStatus, domain::toCode(domain::CaseStatus::Closed));
    if (m_closedDate->isBlank())
        m_closedDate->setDate(domain::Clock::instance().today());
    m_outcome->setFocus(Qt::OtherFocusReason);
}

void ReceptionForm::setReception(const domain::Reception &reception)
{
    m_loading = true;
    m_reception = reception;
    m_date->setDate(reception.receptionDate);
    selectData(m_agency, reception.agencyCode);
    selectData(m_batch, reception.batchId ? QVariant(*reception.batchId) : QVariant());
    selectData(m_country, reception.countryCode);
    selectData(m_route, domain::toCode(reception.route));
    {
        const QSignalBlocker blocker(m_exploitation);
        for (int i = 0; i < m_exploitation->count(); ++i) {
            QListWidgetItem *item = m_exploitation->item(i);
            const auto form =
                domain::fromCode<domain::ExploitationForm>(item->data(Qt::UserRole).toString());
            item->setCheckState(form && reception.exploitation.contains(*form) ? Qt::Checked
                                                                               : Qt::Unchecked);
        }
    }
    selectData(m_identification, domain::toCode(reception.identificationStatus));
    selectData(m_decidingAgency, reception.identificationAgencyCode);
    m_decisionDate->setDate(reception.identificationDate);
    m_basis->setText(reception.identificationBasis);
    selectData(m_caseStatus, domain::toCode(reception.caseStatus));
    selectData(m_outcome, reception.outcome ? domain::toCode(*reception.outcome) : QString());
    m_closedDate->setDate(reception.closedDate);
    m_notes->setPlainText(reception.notes);
    updateClosureFields();
    m_loading = false;
}

domain::Reception ReceptionForm::reception() const
{
    domain::Reception r = m_reception;
    r.receptionDate = m_date->date();
    r.agencyCode = m_agency->currentData().toString();
    const QVariant batch = m_batch->currentData();
    r.batchId = batch.isValid() ? std::optional<qint64>(batch.toLongLong()) : std::nullopt;
    r.countryCode = m_country->currentData().toString();
    r.route = domain::fromCode<domain::Route>(m_route->currentData().toString())
                  .value_or(domain::Route::Other);
    r.exploitation.clear();
    for (int i = 0; i < m_exploitation->count(); ++i) {
        const QListWidgetItem *item = m_exploitation->item(i);
        if (item->checkState() != Qt::Checked)
            continue;
        if (auto form =
                domain::fromCode<domain::ExploitationForm>(item->data(Qt::UserRole).toString()))
            r.exploitation.append(*form);
    }
    r.identificationStatus =
        domain::fromCode<domain::IdentificationStatus>(m_identification->currentData().toString())
            .value_or(domain::IdentificationStatus::NotVerified);
    r.identificationAgencyCode = m_decidingAgency->currentData().toString();
    r.identificationDate = m_decisionDate->date();
    r.identificationBasis = m_basis->text().simplified();
    r.caseStatus = domain::fromCode<domain::CaseStatus>(m_caseStatus->currentData().toString())
                       .value_or(domain::CaseStatus::Open);
    r.outcome = domain::fromCode<domain::CaseOutcome>(m_outcome->currentData().toString());
    r.closedDate = m_closedDate->date();
    if (r.caseStatus == domain::CaseStatus::Open) {
        r.outcome.reset();
        r.closedDate = QDate();
    }
    r.notes = m_notes->toPlainText().trimmed();
    return r;
}

domain::FieldErrors ReceptionForm::unreadableFields() const
{
    domain::FieldErrors errors;
    if (m_date->isMalformed())
        errors.append({QStringLiteral("reception_date"), domain::ValidationCode::InvalidDate});
    if (m_decisionDate->isMalformed())
        errors.append({QStringLiteral("identification_date"), domain::ValidationCode::InvalidDate});
    if (m_closedDate->isMalformed() && m_closedDate->isEnabled())
        errors.append({QStringLiteral("closed_date"), domain::ValidationCode::InvalidDate});
    return errors;
}

} // namespace sr::ui
