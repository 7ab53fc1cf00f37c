#include "ui/case/AttachDialog.h"

#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AttachmentService.h"
#include "ui/WindowGeometry.h"
#include "ui/case/CaseFields.h"
#include "ui/case/CaseForm.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

// --- AttachmentTexts -----------------------------------------------------------------------

QString AttachmentTexts::typeLabel(const QList<domain::AttachmentType> &types, const QString &code)
{
    for (const domain::AttachmentType &type : types) {
        if (type.code == code)
            return englishUi() && !type.nameEn.isEmpty() ? type.nameEn : type.nameVi;
    }
    return code;
}

QString AttachmentTexts::sizeText(qint64 bytes)
{
    // The interface language decides the decimal mark: "1,2 MB" in Vietnamese, "1.2 MB".
    const QLocale locale(englishUi() ? QLocale::English : QLocale::Vietnamese);
    constexpr double kib = 1024.0;
    if (bytes < 1024)
        return tr("%1 bytes").arg(locale.toString(bytes));
    if (bytes < 1024 * 1024)
        return tr("%1 KB").arg(locale.toString(qMax<qint64>(1, qRound64(double(bytes) / kib))));
    return tr("%1 MB").arg(locale.toString(double(bytes) / (kib * kib), 'f', 1));
}

QString AttachmentTexts::openFailure(const Error &error)
{
    if (error.code == ErrorCode::Corrupt)
        return tr("This attachment is damaged: its stored content no longer matches its "
                  "SHA-256 fingerprint, so it is not shown. Restore the database from a backup, "
                  "or attach the paper again.");
    return messages::ErrorMessages::message(error);
}

bool AttachmentTexts::isFileProblem(const Error &error)
{
    // exchange/AttachmentFile.h refuses a file by its content with an Attachment… reason; the
    // system's refusals (missing, no access, a folder) name the file in Error::path.
    return !error.path.isEmpty()
           || (error.reason >= ErrorReason::AttachmentEmpty
               && error.reason <= ErrorReason::AttachmentConvertedTooLarge);
}

// --- AttachDialog --------------------------------------------------------------------------

namespace {

QLabel *redLine(QWidget *parent, const QString &name)
{
    auto *label = new QLabel(parent);
    label->setObjectName(name);
    label->setWordWrap(true);
    label->setTextFormat(Qt::PlainText);
    label->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    label->hide();
    return label;
}

} // namespace

AttachDialog::AttachDialog(services::AttachmentService &service,
                           const domain::Actor &actor,
                           qint64 personId,
                           const QList<domain::AttachmentType> &types,
                           const QList<AttachmentOwner> &owners,
                           int defaultOwner,
                           QWidget *parent)
    : QDialog(parent)
    , m_service(service)
    , m_actor(actor)
    , m_personId(personId)
    , m_owners(owners)
{
    setObjectName(QStringLiteral("attachDialog"));
    setWindowTitle(tr("Attach a file"));

    auto *hint = new QLabel(tr("A scan or a photo of a paper of this case: PDF, JPEG, PNG or "
                               "TIFF (converted on the way in), up to 20 MB. It is stored inside "
                               "the database, so a backup holds it."),
                            this);
    hint->setWordWrap(true);

    auto *form = new QFormLayout;
    form->setRowWrapPolicy(QFormLayout::WrapLongRows);
    m_file = new QLineEdit(this);
    m_file->setObjectName(QStringLiteral("attachFileEdit"));
    m_file->setPlaceholderText(tr("The scanned file"));
    m_browse = new QPushButton(tr("&Browse…"), this);
    m_browse->setObjectName(QStringLiteral("attachBrowseButton"));
    m_browse->setAutoDefault(false);
    auto *fileRow = new QHBoxLayout;
    fileRow->addWidget(m_file, 1);
    fileRow->addWidget(m_browse);
    auto *fileLabel = new QLabel(tr("&File:"), this);
    fileLabel->setBuddy(m_file);
    form->addRow(fileLabel, fileRow);
    m_fileError = redLine(this, QStringLiteral("attachFileErrorLabel"));
    form->addRow(QString(), m_fileError);

    m_type = new QComboBox(this);
    m_type->setObjectName(QStringLiteral("attachTypeCombo"));
    m_type->addItem(tr("(choose the kind of paper)"), QString());
    for (const domain::AttachmentType &type : types)
        m_type->addItem(AttachmentTexts::typeLabel(types, type.code), type.code);
    form->addRow(tr("&Kind of paper:"), m_type);

    m_date = new DateLineEdit(this);
    m_date->setObjectName(QStringLiteral("attachDateEdit"));
    m_date->setPlaceholderText(tr("dd/mm/yyyy (the date on the paper; optional)"));
    form->addRow(tr("&Date of the paper:"), m_date);

    m_owner = new QComboBox(this);
    m_owner->setObjectName(QStringLiteral("attachOwnerCombo"));
    for (const AttachmentOwner &owner : m_owners)
        m_owner->addItem(owner.label);
    m_owner->setCurrentIndex(qBound(0, defaultOwner, int(m_owners.size()) - 1));
    form->addRow(tr("&Attached to:"), m_owner);

    m_note = new QLineEdit(this);
    m_note->setObjectName(QStringLiteral("attachNoteEdit"));
    form->addRow(tr("&Note:"), m_note);

    m_error = redLine(this, QStringLiteral("attachErrorLabel"));

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Cancel, this);
    auto *attach = buttons->addButton(tr("A&ttach"), QDialogButtonBox::AcceptRole);
    attach->setObjectName(QStringLiteral("attachOkButton"));
    attach->setDefault(true); // Enter in any field attaches
    connect(buttons, &QDialogButtonBox::accepted, this, &AttachDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &AttachDialog::reject);
    connect(m_browse, &QPushButton::clicked, this, &AttachDialog::browse);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(hint);
    layout->addLayout(form);
    layout->addWidget(m_error);
    layout->addStretch(1);
    layout->addWidget(buttons);

    m_fields = {{QStringLiteral("file_name"), m_file},
                {QStringLiteral("document_type"), m_type},
                {QStringLiteral("document_date"), m_date},
                {QStringLiteral("note"), m_note}};
    // A mark goes as soon as its field is changed; the next attach checks again.
    for (QWidget *widget : std::as_const(m_fields))
        CaseFields::onChange(widget, this, [widget] { CaseFields::markInvalid(widget, {}); });
    connect(m_file, &QLineEdit::textEdited, this, [this] { showFileProblem({}); });

    setTabOrder(m_file, m_browse);
    setTabOrder(m_browse, m_type);
    setTabOrder(m_type, m_date);
    setTabOrder(m_date, m_owner);
    setTabOrder(m_owner, m_note);
    m_file->setFocus(Qt::OtherFocusReason);
    WindowGeometry::place(this, QStringLiteral("attachDialog"), QSize(620, 400));
}

void AttachDialog::setFilePath(const QString &path)
{
    m_file->setText(QDir::toNativeSeparators(path));
    showFileProblem({});
    CaseFields::markInvalid(m_file, {});
    // The file is chosen: the kind of paper comes next.
    m_type->setFocus(Qt::OtherFocusReason);
}

QString AttachDialog::errorText() const
{
    return m_error->isHidden() ? QString() : m_error->text();
}

void AttachDialog::browse()
{
    const QString start = m_file->text().isEmpty() ? QString() : QFileInfo(m_file->text()).path();
    const QString chosen = QFileDialog::getOpenFileName(
        this,
        tr("Choose the scan or photo"),
        start,
        tr("Scans and photos (*.pdf *.jpg *.jpeg *.png *.tif *.tiff);;All files (*)"));
    if (!chosen.isEmpty())
        setFilePath(chosen);
}

void AttachDialog::showFileProblem(const QString &text)
{
    m_fileError->setText(text);
    m_fileError->setVisible(!text.isEmpty());
    CaseFields::markInvalid(m_file, text);
}

void AttachDialog::markFields(const domain::FieldErrors &errors)
{
    static const QHash<QString, const char *> labels{
        {QStringLiteral("file_name"), QT_TR_NOOP("File")},
        {QStringLiteral("document_type"), QT_TR_NOOP("Kind of paper")},
        {QStringLiteral("document_date"), QT_TR_NOOP("Date of the paper")},
        {QStringLiteral("note"), QT_TR_NOOP("Note")},
    };
    for (QWidget *widget : std::as_const(m_fields))
        CaseFields::markInvalid(widget, QString());
    QStringList lines;
    QWidget *first = nullptr;
    for (const domain::FieldError &error : errors) {
        const char *label = labels.value(error.field);
        const QString text =
            messages::FieldMessages::message(error, label ? tr(label) : error.field);
        lines.append(text);
        if (QWidget *widget = m_fields.value(error.field)) {
            CaseFields::markInvalid(widget, text);
            if (!first)
                first = widget;
        }
    }
    m_error->setText(lines.join(QLatin1Char('\n')));
    m_error->setVisible(!lines.isEmpty());
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void AttachDialog::accept()
{
    showFileProblem({});
    markFields({});
    const QString path = m_file->text().trimmed();
    domain::FieldErrors local;
    if (path.isEmpty())
        local.append({QStringLiteral("file_name"), domain::ValidationCode::Required});
    // Text that is not a date never reaches the service, which would see no date at all.
    if (m_date->isMalformed())
        local.append({QStringLiteral("document_date"), domain::ValidationCode::InvalidDate});
    if (!local.isEmpty()) {
        markFields(local);
        return;
    }

    domain::Attachment description;
    description.personId = m_personId;
    const int ownerIndex = m_owner->currentIndex();
    if (ownerIndex >= 0 && ownerIndex < m_owners.size()) {
        const AttachmentOwner &owner = m_owners.at(ownerIndex);
        description.receptionId = owner.receptionId;
        description.supportId = owner.supportId;
        description.followUpId = owner.followUpId;
    }
    description.documentType = m_type->currentData().toString();
    description.documentDate = m_date->date();
    description.note = m_note->text();
    description.fileName = QFileInfo(path).fileName();

    services::ServiceResult<domain::Attachment> stored =
        m_service.attachFile(m_actor, description, QDir::fromNativeSeparators(path));
    if (!stored) {
        // Everything chosen stays; only the marks and the messages change.
        if (!stored.fieldErrors().isEmpty()) {
            markFields(stored.fieldErrors());
        } else if (AttachmentTexts::isFileProblem(stored.error())) {
            showFileProblem(messages::ErrorMessages::message(stored.error()));
            m_file->setFocus(Qt::OtherFocusReason);
        } else {
            m_error->setText(messages::ErrorMessages::message(stored.error()));
            m_error->show();
        }
        return;
    }
    m_attached = stored.value();
    Q_EMIT attached(m_attached);
    QDialog::accept();
}

void AttachDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("attachDialog"));
    QDialog::done(result);
}

} // namespace sr::ui
