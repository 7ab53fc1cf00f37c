#pragma once

#include "domain/Actor.h"
#include "domain/Reference.h"
#include "domain/Validation.h"

#include <QHash>
#include <QWidget>

class QCheckBox;
class QComboBox;
class QLabel;
class QLineEdit;
class QPlainTextEdit;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/**
 * The organisation's details printed in report headers (name, the body above it, province,
 * address, place of the date line, case code prefix, abbreviation) and who signs the reports
 * and receives them (docs/report-layout.md), used by the welcome page and the reference lists
 * editor. save() validates through ReferenceService: invalid fields are marked
 * with a message and nothing is written. Read-only for users without ManageReference and on a
 * read-only database.
 */
class OrganisationForm : public QWidget
{
    Q_OBJECT

public:
    /** Acts for @a context's acting user; @a context must outlive the form. */
    explicit OrganisationForm(services::AppContext &context, QWidget *parent = nullptr);

    /** Re-reads the stored details. */
    void reload();
    /** Validates and saves; false with the fields marked (or a message) when refused. */
    bool save();

    bool isReadOnly() const { return m_readOnly; }
    /** Whether the fields differ from the stored details (typed and not saved). */
    bool isEdited() const;
    domain::Organisation organisation() const;
    /** The message under the form (empty when there is none). */
    QString messageText() const;

Q_SIGNALS:
    void saved();

private:
    void showErrors(const domain::FieldErrors &errors);
    void showMessage(const QString &text, bool error);

    services::AppContext &m_context;
    domain::Actor m_actor;
    bool m_readOnly = false;
    domain::Organisation m_stored;

    QLineEdit *m_name = nullptr;
    QLineEdit *m_parent = nullptr;
    QComboBox *m_province = nullptr;
    QLineEdit *m_address = nullptr;
    QLineEdit *m_place = nullptr;
    QLineEdit *m_prefix = nullptr;
    QLineEdit *m_abbreviation = nullptr;
    QLineEdit *m_headTitle = nullptr;
    QCheckBox *m_deputySigns = nullptr;
    QLineEdit *m_deputyTitle = nullptr;
    QLineEdit *m_signerName = nullptr;
    QPlainTextEdit *m_recipients = nullptr;
    QLabel *m_message = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace sr::ui
