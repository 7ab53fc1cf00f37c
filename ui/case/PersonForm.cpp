#include "ui/case/PersonForm.h"

#include "domain/Clock.h"
#include "ui/EnumLabels.h"
#include "ui/FormRows.h"
#include "ui/case/CaseFields.h"
#include "ui/case/FoldingCompleter.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QSpinBox>
#include <QVBoxLayout>

#include <algorithm>

namespace sr::ui {

PersonForm::PersonForm(const services::CaseReferenceData &reference, QWidget *parent)
    : CaseForm(parent)
    , m_reference(reference)
{
    setObjectName(QStringLiteral("personForm"));
    const bool english = englishUi();

    auto *identity = new QGroupBox(tr("Identity"), this);
    auto *identityForm = new QFormLayout(identity);
    m_caseCode =
        addFormRow<QLabel>(identityForm, tr("Case code:"), QStringLiteral("caseCodeLabel"));
    m_caseCode->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_fullName =
        addFormRow<QLineEdit>(identityForm, tr("&Full name:"), QStringLiteral("fullNameEdit"));
    m_otherNames =
        addFormRow<QLineEdit>(identityForm, tr("O&ther names:"), QStringLiteral("otherNamesEdit"));
    m_sex = addFormRow<QComboBox>(identityForm, tr("&Sex:"), QStringLiteral("sexCombo"));
    for (domain::Sex sex : domain::allValues<domain::Sex>())
        addChoice(m_sex, EnumLabels::label(sex), domain::toCode(sex));

    auto *birthRow = new QHBoxLayout;
    m_birthDate = new QLineEdit(identity);
    m_birthDate->setObjectName(QStringLiteral("birthDateEdit"));
    m_birthDate->setPlaceholderText(tr("dd/mm/yyyy, mm/yyyy or yyyy"));
    // The rules people get wrong are explained where they type (Shift+F1, Help → What's this?).
    m_birthDate->setToolTip(tr("Type what is known: 15/03/2004, 03/2004 or 2004."));
    m_birthDate->setWhatsThis(
        tr("<b>Date of birth</b><br>Type only what is known: the full date (15/03/2004), the "
           "month and year (03/2004) or the year alone (2004). Do not invent a day or a month: a "
           "partial date is kept as partial. When nothing is known, leave it empty and give an "
           "estimated age in the field beside it."));
    birthRow->addWidget(m_birthDate, 1);
    auto *ageLabel = new QLabel(tr("or estimated &age:"), identity);
    birthRow->addWidget(ageLabel);
    m_estimatedAge = new QSpinBox(identity);
    m_estimatedAge->setObjectName(QStringLiteral("estimatedAgeSpin"));
    m_estimatedAge->setRange(-1, 150);
    m_estimatedAge->setSpecialValueText(tr("unknown"));
    m_estimatedAge->setValue(-1);
    m_estimatedAge->setMinimumWidth(
        fontMetrics().horizontalAdvance(m_estimatedAge->specialValueText())
        + fontMetrics().height() * 3);
    ageLabel->setBuddy(m_estimatedAge);
    birthRow->addWidget(m_estimatedAge);
    auto *birthLabel = new QLabel(tr("&Date of birth:"), identity);
    birthLabel->setBuddy(m_birthDate);
    identityForm->addRow(birthLabel, birthRow);

    m_nationality = new QComboBox(identity);
    m_nationality->setObjectName(QStringLiteral("nationalityCombo"));
    QList<domain::Country> countries = reference.countries;
    auto countryName = [english](const domain::Country &c) {
        return english && !c.nameEn.isEmpty() ? c.nameEn : c.nameVi;
    };
    for (const domain::Country &country : countries) {
        if (country.code == QLatin1String("VN"))
            addChoice(m_nationality, countryName(country), country.code);
    }
    std::sort(countries.begin(), countries.end(), [&](const auto &a, const auto &b) {
        return QString::localeAwareCompare(countryName(a), countryName(b)) < 0;
    });
    for (const domain::Country &country : countries) {
        if (country.code != QLatin1String("VN"))
            addChoice(m_nationality, countryName(country), country.code);
    }
    identityForm->addRow(tr("&Nationality:"), m_nationality);
    m_ethnicity = new QComboBox(identity);
    m_ethnicity->setObjectName(QStringLiteral("ethnicityCombo"));
    for (const domain::EthnicGroup &group : reference.ethnicGroups) {
        // The groups' own names are proper names; "unknown" and "foreign" are words.
        QString name = group.name;
        if (group.code == QLatin1String("00"))
            name = tr("Unknown");
        else if (group.code == QLatin1String("99"))
            name = tr("Foreign national");
        addChoice(m_ethnicity, name, group.code);
    }
    identityForm->addRow(tr("&Ethnicity:"), m_ethnicity);

    auto *documentRow = new QHBoxLayout;
    m_documentType = new QComboBox(identity);
    m_documentType->setObjectName(QStringLiteral("documentTypeCombo"));
    for (domain::DocumentType type : domain::allValues<domain::DocumentType>())
        addChoice(m_documentType, EnumLabels::label(type), domain::toCode(type));
    documentRow->addWidget(m_documentType);
    m_documentNumber = new QLineEdit(identity);
    m_documentNumber->setObjectName(QStringLiteral("documentNumberEdit"));
    m_documentNumber->setPlaceholderText(tr("number"));
    const QString documentHelp =
        tr("<b>Identity document</b><br>Citizen identity card (CCCD): exactly 12 digits, "
           "without spaces or dots; the first three are the province where the birth was "
           "registered (022 for Quảng Ninh). An old 9-digit identity card (CMND) is not a CCCD: "
           "choose \"Other\" and type its number. Passport, birth certificate or other paper: "
           "the number as printed on it. None: leave the number empty.");
    m_documentNumber->setToolTip(tr("CCCD: exactly 12 digits, without spaces."));
    m_documentNumber->setWhatsThis(documentHelp);
    m_documentType->setWhatsThis(documentHelp);
    documentRow->addWidget(m_documentNumber, 1);
    auto *documentLabel = new QLabel(tr("Identity d&ocument:"), identity);
    documentLabel->setBuddy(m_documentType);
    identityForm->addRow(documentLabel, documentRow);

    auto *residence = new QGroupBox(tr("Permanent residence"), this);
    auto *residenceForm = new QFormLayout(residence);
    m_era = addFormRow<QComboBox>(
        residenceForm, tr("Administrative &units:"), QStringLiteral("eraCombo"));
    addChoice(m_era, tr("Units from 1/7/2025"), domain::toCode(domain::AdminEra::From2025));
    addChoice(m_era, tr("Units before 1/7/2025"), domain::toCode(domain::AdminEra::Pre2025));
    m_era->setToolTip(tr("The list the address is written in: the units from 1/7/2025 or the "
                         "units before it."));
    m_era->setWhatsThis(
        tr("<b>Administrative units</b><br>Provinces and communes were reorganised on 1/7/2025 "
           "(provinces merged, districts ended). Choose the list the address is written in: an "
           "address from papers issued before 1/7/2025 names the units before it, a newer one the "
           "units from 1/7/2025. The record keeps the units as written; the list of provinces "
           "below follows this choice."));
    m_province =
        addFormRow<QComboBox>(residenceForm, tr("&Province:"), QStringLiteral("provinceCombo"));
    m_commune = new QLineEdit(residence);
    m_commune->setObjectName(QStringLiteral("communeEdit"));
    m_communeCompleter = new FoldingCompleter(m_commune);
    m_commune->setCompleter(m_communeCompleter);
    residenceForm->addRow(tr("&Commune / ward:"), m_commune);
    m_address =
        addFormRow<QLineEdit>(residenceForm, tr("Add&ress:"), QStringLiteral("addressEdit"));

    auto *contact = new QGroupBox(tr("Contact and consent"), this);
    auto *contactForm = new QFormLayout(contact);
    m_phone = addFormRow<QLineEdit>(contactForm, tr("P&hone:"), QStringLiteral("phoneEdit"));
    m_familyContact = addFormRow<QLineEdit>(
        contactForm, tr("Fa&mily contact:"), QStringLiteral("familyContactEdit"));
    m_consentServices = new QCheckBox(tr("Agrees to receive services"), contact);
    m_consentServices->setObjectName(QStringLiteral("consentServicesCheck"));
    m_consentSharing = new QCheckBox(tr("Agrees to share information with partners"), contact);
    m_consentSharing->setObjectName(QStringLiteral("consentSharingCheck"));
    m_consentStatistics = new QCheckBox(tr("Agrees to de-identified statistics"), contact);
    m_consentStatistics->setObjectName(QStringLiteral("consentStatisticsCheck"));
    auto *consentBox = new QVBoxLayout;
    consentBox->addWidget(m_consentServices);
    consentBox->addWidget(m_consentSharing);
    consentBox->addWidget(m_consentStatistics);
    contactForm->addRow(tr("Consent:"), consentBox);
    m_notes =
        addFormRow<QPlainTextEdit>(contactForm, tr("No&tes:"), QStringLiteral("personNotesEdit"));
    m_notes->setTabChangesFocus(true);
    m_notes->setMaximumHeight(fontMetrics().height() * 4);

    layOutColumns(identity, {residence, contact});

    registerField(QStringLiteral("full_name"), m_fullName);
    registerField(QStringLiteral("other_names"), m_otherNames);
    registerField(QStringLiteral("birth_date"), m_birthDate);
    registerField(QStringLiteral("estimated_age_years"), m_estimatedAge);
    registerField(QStringLiteral("estimated_age_as_of"), m_estimatedAge);
    registerField(QStringLiteral("nationality"), m_nationality);
    registerField(QStringLiteral("ethnicity"), m_ethnicity);
    registerField(QStringLiteral("document_number"), m_documentNumber);
    registerField(QStringLiteral("residence_province"), m_province);
    registerField(QStringLiteral("residence_commune"), m_commune);
    registerField(QStringLiteral("residence_commune_text"), m_commune);
    registerField(QStringLiteral("address_line"), m_address);
    registerField(QStringLiteral("phone"), m_phone);
    registerField(QStringLiteral("family_contact"), m_familyContact);
    registerField(QStringLiteral("notes"), m_notes);
    watchInTabOrder({m_fullName,
                     m_otherNames,
                     m_sex,
                     m_birthDate,
                     m_estimatedAge,
                     m_nationality,
                     m_ethnicity,
                     m_documentType,
                     m_documentNumber,
                     m_era,
                     m_province,
                     m_commune,
                     m_address,
                     m_phone,
                     m_familyContact,
                     m_consentServices,
                     m_consentSharing,
                     m_consentStatistics,
                     m_notes});

    // A birth date typed as "15032008" shows as "15/03/2008" once the field is left, not only
    // after saving; text that cannot be read stays as typed.
    connect(m_birthDate, &QLineEdit::editingFinished, this, [this] {
        const std::optional<domain::PartialDate> birth =
            CaseFields::parsePartialDate(m_birthDate->text());
        if (birth && !birth->isNull() && birth->toDisplayString() != m_birthDate->text())
            m_birthDate->setText(birth->toDisplayString());
    });
    connect(m_era, &QComboBox::activated, this, [this] { m_era->setProperty("chosen", true); });
    connect(m_era, &QComboBox::currentIndexChanged, this, [this] {
        const QString province = m_province->currentData().toString();
        fillProvinces();
        selectData(m_province, province);
    });
    connect(
        m_province, &QComboBox::currentIndexChanged, this, &PersonForm::updateCommuneCompletion);
    fillProvinces();
}

const QList<domain::Commune> &PersonForm::communes() const
{
    const auto era = domain::fromCode<domain::AdminEra>(m_era->currentData().toString());
    return era == domain::AdminEra::Pre2025 ? m_reference.communesBefore2025
                                            : m_reference.communesFrom2025;
}

void PersonForm::fillProvinces()
{
    const auto era = domain::fromCode<domain::AdminEra>(m_era->currentData().toString());
    const QList<domain::Province> &provinces = era == domain::AdminEra::Pre2025
                                                   ? m_reference.provincesBefore2025
                                                   : m_reference.provincesFrom2025;
    const QSignalBlocker blocker(m_province);
    m_province->clear();
    addChoice(m_province, tr("(not known)"), QString());
    // The centre's own province first: most persons live there.
    for (const domain::Province &province : provinces) {
        if (province.code == m_reference.homeProvinceCode)
            addChoice(m_province, province.name, province.code);
    }
    for (const domain::Province &province : provinces) {
        if (province.code != m_reference.homeProvinceCode)
            addChoice(m_province, province.name, province.code);
    }
    updateCommuneCompletion();
}

void PersonForm::updateCommuneCompletion()
{
    QStringList names;
    if (m_province->currentData().toString() == m_reference.homeProvinceCode) {
        for (const domain::Commune &commune : communes())
            names.append(commune.districtName.isEmpty()
                             ? commune.name
                             : QStringLiteral("%1 (%2)").arg(commune.name, commune.districtName));
    }
    m_communeCompleter->setChoices(names);
    m_commune->setPlaceholderText(names.isEmpty() ? tr("commune, ward or district (free text)")
                                                  : tr("start typing to choose from the list"));
}

void PersonForm::suggestEraFor(const QDate &date)
{
    if (!date.isValid() || !m_province->currentData().toString().isEmpty()
        || m_era->property("chosen").toBool())
        return;
    const domain::AdminEra era =
        date < QDate(2025, 7, 1) ? domain::AdminEra::Pre2025 : domain::AdminEra::From2025;
    const bool wasLoading = m_loading;
    m_loading = true;
    selectData(m_era, domain::toCode(era));
    m_loading = wasLoading;
}

void PersonForm::setPerson(const domain::Person &person)
{
    m_loading = true;
    m_person = person;
    m_caseCode->setText(person.caseCode.isEmpty() ? tr("(given when saved)") : person.caseCode);
    m_fullName->setText(person.fullName);
    m_otherNames->setText(person.otherNames);
    selectData(m_sex, domain::toCode(person.sex));
    m_birthDate->setText(person.birthDate.toDisplayString());
    m_estimatedAge->setValue(person.estimatedAgeYears.value_or(-1));
    selectData(m_nationality, person.nationality);
    selectData(m_ethnicity, person.ethnicity);
    selectData(m_documentType, domain::toCode(person.documentType));
    m_documentNumber->setText(person.documentNumber);
    selectData(m_era, domain::toCode(person.residenceEra));
    fillProvinces();
    selectData(m_province, person.residenceProvince);
    QString commune = person.residenceCommuneText;
    for (const domain::Commune &c : communes()) {
        if (!person.residenceCommune.isEmpty() && c.code == person.residenceCommune)
            commune = c.districtName.isEmpty()
                          ? c.name
                          : QStringLiteral("%1 (%2)").arg(c.name, c.districtName);
    }
    m_commune->setText(commune);
    m_address->setText(person.addressLine);
    m_phone->setText(person.phone);
    m_familyContact->setText(person.familyContact);
    m_consentServices->setChecked(person.consent.services);
    m_consentSharing->setChecked(person.consent.informationSharing);
    m_consentStatistics->setChecked(person.consent.statistics);
    m_notes->setPlainText(person.notes);
    m_loading = false;
}

domain::Person PersonForm::person() const
{
    domain::Person p = m_person;
    p.fullName = m_fullName->text().simplified();
    p.otherNames = m_otherNames->text().simplified();
    p.sex = domain::fromCode<domain::Sex>(m_sex->currentData().toString())
                .value_or(domain::Sex::Unknown);
    const std::optional<domain::PartialDate> birth =
        CaseFields::parsePartialDate(m_birthDate->text());
    p.birthDate = birth ? *birth : domain::PartialDate();
    if (m_estimatedAge->value() >= 0) {
        if (p.estimatedAgeYears != m_estimatedAge->value() || !p.estimatedAgeAsOf.isValid())
            p.estimatedAgeAsOf = domain::Clock::instance().today();
        p.estimatedAgeYears = m_estimatedAge->value();
    } else {
        p.estimatedAgeYears.reset();
        p.estimatedAgeAsOf = QDate();
    }
    p.nationality = m_nationality->currentData().toString();
    p.ethnicity = m_ethnicity->currentData().toString();
    p.documentType =
        domain::fromCode<domain::DocumentType>(m_documentType->currentData().toString())
            .value_or(domain::DocumentType::None);
    p.documentNumber = m_documentNumber->text().trimmed();
    p.residenceEra = domain::fromCode<domain::AdminEra>(m_era->currentData().toString())
                         .value_or(domain::AdminEra::From2025);
    p.residenceProvince = m_province->currentData().toString();
    p.residenceCommune.clear();
    p.residenceCommuneText = m_commune->text().simplified();
    if (p.residenceProvince == m_reference.homeProvinceCode) {
        for (const domain::Commune &c : communes()) {
            const QString shown = c.districtName.isEmpty()
                                      ? c.name
                                      : QStringLiteral("%1 (%2)").arg(c.name, c.districtName);
            if (p.residenceCommuneText.compare(shown, Qt::CaseInsensitive) == 0
                || p.residenceCommuneText.compare(c.name, Qt::CaseInsensitive) == 0) {
                p.residenceCommune = c.code;
                p.residenceCommuneText.clear();
                break;
            }
        }
    }
    p.addressLine = m_address->text().simplified();
    p.phone = m_phone->text().trimmed();
    p.familyContact = m_familyContact->text().simplified();
    p.consent.services = m_consentServices->isChecked();
    p.consent.informationSharing = m_consentSharing->isChecked();
    p.consent.statistics = m_consentStatistics->isChecked();
    p.notes = m_notes->toPlainText().trimmed();
    return p;
}

domain::FieldErrors PersonForm::unreadableFields() const
{
    domain::FieldErrors errors;
    const std::optional<domain::PartialDate> birth =
        CaseFields::parsePartialDate(m_birthDate->text());
    if (birth && birth->isNull())
        errors.append({QStringLiteral("birth_date"), domain::ValidationCode::InvalidDate});
    return errors;
}

} // namespace sr::ui
