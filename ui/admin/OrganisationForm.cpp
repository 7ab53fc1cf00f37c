#include "ui/admin/OrganisationForm.h"

#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "services/ReferenceService.h"
#include "ui/admin/ReferenceFields.h"
#include "ui/case/CaseFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPlainTextEdit>
#include <QRegularExpressionValidator>
#include <QVBoxLayout>

namespace sr::ui {

OrganisationForm::OrganisationForm(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(context.actor())
{
    setObjectName(QStringLiteral("OrganisationForm"));
    m_readOnly =
        context.isReadOnly() || !services::allowed(m_actor, services::Permission::ManageReference);

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    layout->addLayout(form);

    auto line = [this](const char *name, const QString &placeholder) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setPlaceholderText(placeholder);
        edit->setReadOnly(m_readOnly);
        return edit;
    };
    m_name = line("orgNameEdit", tr("e.g. TRUNG TÂM CÔNG TÁC XÃ HỘI TỈNH QUẢNG NINH"));
    form->addRow(tr("&Name of the organisation:"), m_name);
    m_parent = line("orgParentEdit", tr("e.g. SỞ Y TẾ TỈNH QUẢNG NINH"));
    form->addRow(tr("Body &above it:"), m_parent);
    m_province = new QComboBox(this);
    m_province->setObjectName(QStringLiteral("orgProvinceCombo"));
    m_province->setEnabled(!m_readOnly);
    const auto provinces = m_context.references().provinces();
    if (provinces) {
        for (const domain::Province &province : *provinces)
            m_province->addItem(province.fullName, province.code);
    }
    form->addRow(tr("&Province:"), m_province);
    m_address = line("orgAddressEdit", tr("Street, ward or commune"));
    form->addRow(tr("A&ddress:"), m_address);
    m_place = line("orgPlaceEdit", tr("e.g. Hạ Long"));
    m_place->setToolTip(tr("Printed before the date under report headers: \"Hạ Long, ngày …\""));
    form->addRow(tr("P&lace in the date line:"), m_place);
    m_prefix = line("caseCodePrefixEdit", QStringLiteral("QN"));
    m_prefix->setMaxLength(10);
    m_prefix->setValidator(new QRegularExpressionValidator(
        QRegularExpression(QStringLiteral("[A-Za-z][A-Za-z0-9]{0,9}")), m_prefix));
    m_prefix->setToolTip(tr("Case codes are made of it: QN-2026-0001. Changing it affects new "
                            "cases only."));
    m_prefix->setMaximumWidth(fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMMM")));
    connect(m_prefix, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int cursor = m_prefix->cursorPosition();
        m_prefix->setText(text.toUpper());
        m_prefix->setCursorPosition(cursor);
    });
    form->addRow(tr("&Case code prefix:"), m_prefix);
    m_abbreviation = line("orgAbbreviationEdit", tr("e.g. TTCTXH"));
    m_abbreviation->setMaxLength(20);
    m_abbreviation->setToolTip(
        tr("The agency's abbreviation in the report's number line: \"Số: …/BC-TTCTXH\""));
    m_abbreviation->setMaximumWidth(
        fontMetrics().horizontalAdvance(QStringLiteral("MMMMMMMMMMMMMMMM")));
    connect(m_abbreviation, &QLineEdit::textEdited, this, [this](const QString &text) {
        const int cursor = m_abbreviation->cursorPosition();
        m_abbreviation->setText(text.toUpper());
        m_abbreviation->setCursorPosition(cursor);
    });
    form->addRow(tr("Abbre&viation:"), m_abbreviation);

    // Who signs the period report, and to whom it goes (docs/report-layout.md).
    auto *signing = new QLabel(tr("<b>Signing the reports</b>"), this);
    signing->setObjectName(QStringLiteral("orgSigningHeading"));
    form->addRow(signing);
    m_headTitle = line("orgHeadTitleEdit", tr("e.g. GIÁM ĐỐC"));
    form->addRow(tr("&Title of the head:"), m_headTitle);
    m_deputySigns = new QCheckBox(tr("A deputy signs on the head's behalf (&KT.)"), this);
    m_deputySigns->setObjectName(QStringLiteral("orgDeputySignsCheck"));
    m_deputySigns->setEnabled(!m_readOnly);
    form->addRow(QString(), m_deputySigns);
    m_deputyTitle = line("orgDeputyTitleEdit", tr("e.g. PHÓ GIÁM ĐỐC"));
    form->addRow(tr("Title of the d&eputy:"), m_deputyTitle);
    connect(m_deputySigns, &QCheckBox::toggled, this, [this](bool on) {
        m_deputyTitle->setEnabled(on);
    });
    m_signerName = line("orgSignerNameEdit", tr("e.g. Nguyễn Văn An"));
    m_signerName->setToolTip(tr("Printed under the signature"));
    form->addRow(tr("Name of the signe&r:"), m_signerName);
    m_recipients = new QPlainTextEdit(this);
    m_recipients->setObjectName(QStringLiteral("orgRecipientsEdit"));
    m_recipients->setReadOnly(m_readOnly);
    m_recipients->setTabChangesFocus(true);
    m_recipients->setPlaceholderText(tr("One per line, e.g.\nSở Y tế tỉnh Quảng Ninh\nLưu: VT"));
    m_recipients->setFixedHeight(fontMetrics().lineSpacing() * 4 + 12);
    form->addRow(tr("Rec&ipients:"), m_recipients);

    m_fields = {{QStringLiteral("org_name"), m_name},
                {QStringLiteral("org_parent_name"), m_parent},
                {QStringLiteral("org_province_code"), m_province},
                {QStringLiteral("org_address"), m_address},
                {QStringLiteral("org_place"), m_place},
                {QStringLiteral("case_code_prefix"), m_prefix},
                {QStringLiteral("org_abbreviation"), m_abbreviation},
                {QStringLiteral("org_head_title"), m_headTitle},
                {QStringLiteral("org_deputy_title"), m_deputyTitle},
                {QStringLiteral("org_signer_name"), m_signerName},
                {QStringLiteral("org_recipients"), m_recipients}};

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("orgMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    ReferenceFields::recheckWhenEdited(
        this, m_fields, m_message, [this] { return domain::validateOrganisation(organisation()); });
    layout->addWidget(m_message);
    reload();
}

void OrganisationForm::reload()
{
    const auto stored = m_context.references().organisation();
    if (!stored) {
        showMessage(messages::ErrorMessages::message(stored.error().code), true);
        return;
    }
    m_stored = *stored;
    m_name->setText(m_stored.name);
    m_parent->setText(m_stored.parentName);
    const int province = m_province->findData(m_stored.provinceCode);
    m_province->setCurrentIndex(province >= 0 ? province
                                              : m_province->findData(QStringLiteral("22")));
    m_address->setText(m_stored.address);
    m_place->setText(m_stored.place);
    m_prefix->setText(m_stored.caseCodePrefix);
    m_abbreviation->setText(m_stored.abbreviation);
    m_headTitle->setText(m_stored.headTitle);
    m_deputySigns->setChecked(m_stored.deputySigns);
    m_deputyTitle->setText(m_stored.deputyTitle);
    m_deputyTitle->setEnabled(m_stored.deputySigns);
    m_signerName->setText(m_stored.signerName);
    m_recipients->setPlainText(m_stored.recipients.join(QLatin1Char('\n')));
    showErrors({});
}

domain::Organisation OrganisationForm::organisation() const
{
    domain::Organisation org = m_stored;
    org.name = m_name->text().trimmed();
    org.parentName = m_parent->text().trimmed();
    org.provinceCode = m_province->currentData().toString();
    org.address = m_address->text().trimmed();
    org.place = m_place->text().trimmed();
    org.caseCodePrefix = m_prefix->text().trimmed().toUpper();
    org.abbreviation = m_abbreviation->text().trimmed().toUpper();
    org.headTitle = m_headTitle->text().trimmed();
    org.deputySigns = m_deputySigns->isChecked();
    org.deputyTitle = m_deputyTitle->text().trimmed();
    org.signerName = m_signerName->text().trimmed();
    org.recipients.clear();
    for (const QString &recipient : m_recipients->toPlainText().split(QLatin1Char('\n'))) {
        if (!recipient.trimmed().isEmpty())
            org.recipients.append(recipient.trimmed());
    }
    return org;
}

bool OrganisationForm::isEdited() const
{
    return organisation() != m_stored;
}

bool OrganisationForm::save()
{
    if (m_readOnly) {
        showMessage(messages::ErrorMessages::message(
                        m_context.isReadOnly() ? ErrorCode::ReadOnly : ErrorCode::PermissionDenied),
                    true);
        return false;
    }
    const auto saved = m_context.references().saveOrganisation(m_actor, organisation());
    if (!saved) {
        if (!saved.fieldErrors().isEmpty()) {
            showErrors(saved.fieldErrors());
        } else {
            showErrors({});
            showMessage(messages::ErrorMessages::message(saved.error().code), true);
        }
        return false;
    }
    m_stored = saved.value();
    showErrors({});
    showMessage(tr("The organisation's details are saved."), false);
    Q_EMIT this->saved();
    return true;
}

QString OrganisationForm::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void OrganisationForm::showErrors(const domain::FieldErrors &errors)
{
    showMessage(ReferenceFields::markErrors(m_fields, errors), true);
}

void OrganisationForm::showMessage(const QString &text, bool error)
{
    ReferenceFields::showMessage(m_message, text, error);
}

} // namespace sr::ui
