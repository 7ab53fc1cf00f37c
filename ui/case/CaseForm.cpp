#include "ui/case/CaseForm.h"

#include "ui/ArchiveReasonDialog.h"
#include "ui/case/CaseFields.h"

#include <QCheckBox>
#include <QComboBox>
#include <QFormLayout>
#include <QGridLayout>
#include <QHBoxLayout>
#include <QLineEdit>
#include <QListWidget>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sr::ui {

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

CaseForm::CaseForm(QWidget *parent)
    : QWidget(parent)
{}

void CaseForm::registerField(const QString &column, QWidget *widget)
{
    m_fields.insert(column, widget);
}

void CaseForm::layOutColumns(QWidget *left, std::initializer_list<QWidget *> right)
{
    auto *layout = new QGridLayout(this);
    const int rows = int(right.size());
    layout->addWidget(left, 0, 0, rows, 1);
    int row = 0;
    for (QWidget *box : right)
        layout->addWidget(box, row++, 1);
    layout->setColumnStretch(0, 1);
    layout->setColumnStretch(1, 1);
    layout->setRowStretch(rows, 1);
}

void CaseForm::watchInTabOrder(std::initializer_list<QWidget *> widgets)
{
    QWidget *previous = nullptr;
    for (QWidget *widget : widgets) {
        watch(widget);
        if (previous)
            setTabOrder(previous, widget);
        previous = widget;
    }
}

void CaseForm::watch(QWidget *widget)
{
    auto changed = [this] {
        if (!m_loading)
            Q_EMIT edited();
    };
    if (auto *line = qobject_cast<QLineEdit *>(widget))
        connect(line, &QLineEdit::textChanged, this, changed);
    else if (auto *combo = qobject_cast<QComboBox *>(widget))
        connect(combo, &QComboBox::currentIndexChanged, this, changed);
    else if (auto *check = qobject_cast<QCheckBox *>(widget))
        connect(check, &QCheckBox::toggled, this, changed);
    else if (auto *spin = qobject_cast<QSpinBox *>(widget))
        connect(spin, &QSpinBox::valueChanged, this, changed);
    else if (auto *text = qobject_cast<QPlainTextEdit *>(widget))
        connect(text, &QPlainTextEdit::textChanged, this, changed);
    else if (auto *list = qobject_cast<QListWidget *>(widget))
        connect(list, &QListWidget::itemChanged, this, changed);
}

void CaseForm::showErrors(const QHash<QString, QString> &messagesByField)
{
    for (auto it = m_fields.cbegin(); it != m_fields.cend(); ++it)
        CaseFields::markInvalid(it.value(), messagesByField.value(it.key()));
}

void CaseForm::addChoice(QComboBox *combo, const QString &label, const QVariant &data)
{
    combo->addItem(label, data);
}

void CaseForm::selectData(QComboBox *combo, const QVariant &data)
{
    const int index = combo->findData(data);
    combo->setCurrentIndex(index >= 0 ? index : 0);
}

CaseRowsForm::CaseRowsForm(QWidget *parent)
    : CaseForm(parent)
{}

QFormLayout *CaseRowsForm::setUpRows(QWidget *table,
                                     QPushButton *add,
                                     QPushButton *archive,
                                     const ArchivePrompt &prompt,
                                     QWidget *extra)
{
    m_add = add;
    m_archive = archive;
    m_form = new QWidget(this);
    auto *buttons = new QHBoxLayout;
    buttons->addWidget(add);
    buttons->addWidget(archive);
    buttons->addStretch(1);
    if (extra)
        buttons->addWidget(extra);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(table, 1);
    layout->addLayout(buttons);
    layout->addWidget(m_form);
    connect(archive, &QPushButton::clicked, this, [this, prompt] { archiveCurrent(prompt); });
    return new QFormLayout(m_form);
}

void CaseRowsForm::startShowing(int row)
{
    m_current = row;
    m_form->setEnabled(row >= 0);
    m_archive->setEnabled(row >= 0);
    m_loading = true;
}

void CaseRowsForm::archiveCurrent(const ArchivePrompt &prompt)
{
    if (m_current < 0)
        return;
    if (!isStored(m_current)) {
        dropRow(m_current);
        Q_EMIT edited();
        return;
    }
    if (const std::optional<QString> reason =
            ArchiveReasonDialog::ask(this, prompt.title, prompt.text))
        Q_EMIT archiveRequested(m_current, *reason);
}

} // namespace sr::ui
