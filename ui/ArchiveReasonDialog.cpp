#include "ArchiveReasonDialog.h"

#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

ArchiveReasonDialog::ArchiveReasonDialog(const QString &title,
                                         const QString &explanation,
                                         QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("archiveReasonDialog"));
    setWindowTitle(title);
    auto *layout = new QVBoxLayout(this);
    auto *text = new QLabel(explanation, this);
    text->setWordWrap(true);
    layout->addWidget(text);
    auto *form = new QFormLayout;
    m_reason = new QLineEdit(this);
    m_reason->setObjectName(QStringLiteral("archiveReasonEdit"));
    m_reason->setMaxLength(500);
    m_reason->setPlaceholderText(tr("e.g. entered twice by mistake"));
    form->addRow(tr("&Reason:"), m_reason);
    layout->addLayout(form);
    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    m_ok = buttons->button(QDialogButtonBox::Ok);
    m_ok->setText(tr("&Archive"));
    m_ok->setEnabled(false);
    connect(m_reason, &QLineEdit::textChanged, this, [this](const QString &text) {
        m_ok->setEnabled(!text.trimmed().isEmpty());
    });
    connect(buttons, &QDialogButtonBox::accepted, this, &QDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);
    setMinimumWidth(460);
}

QString ArchiveReasonDialog::reason() const
{
    return m_reason->text().trimmed();
}

std::optional<QString>
ArchiveReasonDialog::ask(QWidget *parent, const QString &title, const QString &explanation)
{
    ArchiveReasonDialog dialog(title, explanation, parent);
    if (dialog.exec() != QDialog::Accepted || dialog.reason().isEmpty())
        return std::nullopt;
    return dialog.reason();
}

} // namespace sr::ui
