#pragma once

#include "domain/Person.h"
#include "services/CaseService.h"
#include "ui/case/CaseForm.h"

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;
class QSpinBox;

namespace sr::ui {

class DateLineEdit;
class FoldingCompleter;

/** The person section: identity, document, residence, contacts, consent and notes. */
class PersonForm : public CaseForm
{
    Q_OBJECT

public:
    PersonForm(const services::CaseReferenceData &reference, QWidget *parent = nullptr);

    void setPerson(const domain::Person &person);
    /** The loaded person with the form's values. */
    domain::Person person() const;
    /** Fields whose text cannot be read (malformed birth date). */
    domain::FieldErrors unreadableFields() const;

    QLineEdit *fullNameEdit() const { return m_fullName; }

    /**
     * Offers the administrative units valid at @a date (before or after 1/7/2025) while the
     * worker has chosen neither the units nor a province.
     */
    void suggestEraFor(const QDate &date);

private:
    void fillProvinces();
    void updateCommuneCompletion();
    const QList<domain::Commune> &communes() const;

    const services::CaseReferenceData &m_reference;
    domain::Person m_person;

    QLabel *m_caseCode = nullptr;
    QLineEdit *m_fullName = nullptr;
    QLineEdit *m_otherNames = nullptr;
    QComboBox *m_sex = nullptr;
    QLineEdit *m_birthDate = nullptr;
    QSpinBox *m_estimatedAge = nullptr;
    QComboBox *m_nationality = nullptr;
    QComboBox *m_ethnicity = nullptr;
    QComboBox *m_documentType = nullptr;
    QLineEdit *m_documentNumber = nullptr;
    QComboBox *m_era = nullptr;
    QComboBox *m_province = nullptr;
    QLineEdit *m_commune = nullptr;
    FoldingCompleter *m_communeCompleter = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_phone = nullptr;
    QLineEdit *m_familyContact = nullptr;
    QCheckBox *m_consentServices = nullptr;
    QCheckBox *m_consentSharing = nullptr;
    QCheckBox *m_consentStatistics = nullptr;
    QPlainTextEdit *m_notes = nullptr;
};

} // namespace sr::ui
