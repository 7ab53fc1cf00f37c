#include "ui/admin/ReferenceEditor.h"

#include "domain/TextFold.h"
#include "messages/ErrorMessages.h"
#include "services/Permissions.h"
#include "storage/Database.h"
#include "ui/ArchiveReasonDialog.h"
#include "ui/EnumLabels.h"
#include "ui/TableViews.h"
#include "ui/admin/OrganisationForm.h"
#include "ui/admin/ReferenceFields.h"
#include "ui/case/CaseFields.h"

#include <QAction>
#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeySequence>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QMessageBox>
#include <QPushButton>
#include <QRegularExpressionValidator>
#include <QSpinBox>
#include <QTabWidget>
#include <QTableWidget>
#include <QUuid>
#include <QVBoxLayout>

#include <algorithm>

namespace sr::ui {

namespace {

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

/** A code suggested from a name: "Cửa khẩu Ka Long" → "cua_khau_ka_long". */
QString suggestedCode(const QString &name)
{
    QString code = domain::foldedTokens(name).join(QLatin1Char('_'));
    QString ascii;
    for (const QChar c : std::as_const(code)) {
        if ((c >= QLatin1Char('a') && c <= QLatin1Char('z'))
            || (c >= QLatin1Char('0') && c <= QLatin1Char('9')) || c == QLatin1Char('_'))
            ascii.append(c);
    }
    return ascii.left(50);
}

void selectData(QComboBox *combo, const QString &code)
{
    const int index = combo->findData(code);
    if (index >= 0) {
        combo->setCurrentIndex(index);
    } else if (!code.isEmpty()) {
        combo->addItem(code, code); // keep a code no longer listed rather than losing it
        combo->setCurrentIndex(combo->count() - 1);
    } else {
        combo->setCurrentIndex(0);
    }
}

} // namespace

ReferenceListPage::ReferenceListPage(Kind kind,
                                     storage::Database &database,
                                     domain::Actor actor,
                                     const services::ReferenceLists &lists,
                                     QWidget *parent)
    : QWidget(parent)
    , m_kind(kind)
    , m_database(database)
    , m_actor(std::move(actor))
{
    static const char *const names[] = {"agencyPage", "borderGatePage", "supportTypePage"};
    setObjectName(QLatin1String(names[int(kind)]));
    m_readOnly =
        database.isReadOnly() || !services::allowed(m_actor, services::Permission::ManageReference);
    buildForm(lists);
    setLists(lists);
}

void ReferenceListPage::buildForm(const services::ReferenceLists &lists)
{
    const bool english = englishUi();
    auto *layout = new QHBoxLayout(this);

    auto *left = new QVBoxLayout;
    m_table = new QTableWidget(this);
    m_table->setObjectName(QStringLiteral("referenceTable"));
    QStringList headers{tr("Code"), tr("Name")};
    switch (m_kind) {
    case Kind::Agencies:
        headers << tr("Kind");
        break;
    case Kind::BorderGates:
        headers << tr("Country");
        break;
    case Kind::SupportTypes:
        headers << tr("Default amount");
        break;
    }
    headers << tr("Status");
    m_table->setColumnCount(int(headers.size()));
    m_table->setHorizontalHeaderLabels(headers);
    TableViews::setUpRecordList(m_table);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    connect(m_table, &QTableWidget::currentCellChanged, this, [this](int row, int, int previous) {
        if (m_loading || row == previous || row < 0)
            return;
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_table);
            m_table->setCurrentCell(previous, 0);
            return;
        }
        selectRow(row);
    });
    left->addWidget(m_table, 1);
    m_showArchived = new QCheckBox(tr("Show &archived entries"), this);
    m_showArchived->setObjectName(QStringLiteral("showArchivedCheck"));
    connect(m_showArchived, &QCheckBox::toggled, this, [this] {
        if (!confirmDiscard()) {
            const QSignalBlocker blocker(m_showArchived);
            m_showArchived->setChecked(!m_showArchived->isChecked());
            return;
        }
        fillTable();
    });
    left->addWidget(m_showArchived);
    layout->addLayout(left, 3);

    auto *right = new QVBoxLayout;
    auto *form = new QFormLayout;
    form->setFieldGrowthPolicy(QFormLayout::AllNonFixedFieldsGrow);
    m_name = new QLineEdit(this);
    m_name->setObjectName(QStringLiteral("nameEdit"));
    form->addRow(tr("&Name (Vietnamese):"), m_name);
    m_nameEn = new QLineEdit(this);
    m_nameEn->setObjectName(QStringLiteral("nameEnEdit"));
    form->addRow(tr("&English name:"), m_nameEn);
    m_code = new QLineEdit(this);
    m_code->setObjectName(QStringLiteral("codeEdit"));
    m_code->setMaxLength(50);
    m_code->setToolTip(tr("Records refer to the code: it cannot be changed once saved."));
    form->addRow(tr("&Code:"), m_code);
    m_fields = {{QStringLiteral("code"), m_code},
                {QStringLiteral("name"), m_name},
                {QStringLiteral("name_vi"), m_name},
                {QStringLiteral("name_en"), m_nameEn}};

    switch (m_kind) {
    case Kind::Agencies: {
        m_agencyKind = new QComboBox(this);
        m_agencyKind->setObjectName(QStringLiteral("agencyKindCombo"));
        for (domain::AgencyKind value : domain::allValues<domain::AgencyKind>())
            m_agencyKind->addItem(EnumLabels::label(value), domain::toCode(value));
        form->addRow(tr("&Kind:"), m_agencyKind);
        m_province = new QComboBox(this);
        m_province->setObjectName(QStringLiteral("provinceCombo"));
        m_province->addItem(tr("(not recorded)"), QString());
        for (const domain::Province &province : lists.provinces)
            m_province->addItem(province.fullName, province.code);
        form->addRow(tr("&Province:"), m_province);
        m_fields.insert(QStringLiteral("province_code"), m_province);
        break;
    }
    case Kind::BorderGates: {
        m_country = new QComboBox(this);
        m_country->setObjectName(QStringLiteral("countryCombo"));
        m_country->addItem(tr("(not recorded)"), QString());
        QList<domain::Country> countries = lists.countries;
        auto name = [english](const domain::Country &c) {
            return english && !c.nameEn.isEmpty() ? c.nameEn : c.nameVi;
        };
        std::sort(countries.begin(), countries.end(), [&](const auto &a, const auto &b) {
            return QString::localeAwareCompare(name(a), name(b)) < 0;
        });
        for (const domain::Country &country : countries)
            m_country->addItem(name(country), country.code);
        form->addRow(tr("Neighbouring c&ountry:"), m_country);
        m_fields.insert(QStringLiteral("country_code"), m_country);
        break;
    }
    case Kind::SupportTypes: {
        m_amount = new MoneyLineEdit(this);
        m_amount->setObjectName(QStringLiteral("defaultAmountEdit"));
        m_amount->setToolTip(tr("Prefilled in new supports of this type; set by provincial "
                                "resolutions. Supports already recorded keep their amounts."));
        form->addRow(tr("&Default amount:"), m_amount);
        m_legal =
            new QCheckBox(tr("One of the &legal support regimes (Law 53/2024, art. 37)"), this);
        m_legal->setObjectName(QStringLiteral("legalRegimeCheck"));
        form->addRow(QString(), m_legal);
        m_sortOrder = new QSpinBox(this);
        m_sortOrder->setObjectName(QStringLiteral("sortOrderSpin"));
        m_sortOrder->setRange(0, 9999);
        form->addRow(tr("&Order in lists:"), m_sortOrder);
        m_fields.insert(QStringLiteral("default_amount_vnd"), m_amount);
        m_fields.insert(QStringLiteral("sort_order"), m_sortOrder);
        break;
    }
    }
    m_status = new QLabel(this);
    m_status->setObjectName(QStringLiteral("entryStatusLabel"));
    m_status->setWordWrap(true);
    form->addRow(tr("Status:"), m_status);
    right->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    right->addWidget(m_message);
    right->addStretch(1);

    auto *buttons = new QHBoxLayout;
    m_newButton = new QPushButton(tr("&New"), this);
    m_newButton->setObjectName(QStringLiteral("newEntryButton"));
    connect(m_newButton, &QPushButton::clicked, this, &ReferenceListPage::newEntry);
    m_archiveButton = new QPushButton(tr("A&rchive…"), this);
    m_archiveButton->setObjectName(QStringLiteral("archiveEntryButton"));
    connect(m_archiveButton, &QPushButton::clicked, this, &ReferenceListPage::askArchive);
    m_saveButton = new QPushButton(tr("&Save"), this);
    m_saveButton->setObjectName(QStringLiteral("saveEntryButton"));
    m_saveButton->setToolTip(QKeySequence(QKeySequence::Save).toString(QKeySequence::NativeText));
    connect(m_saveButton, &QPushButton::clicked, this, &ReferenceListPage::save);
    buttons->addWidget(m_newButton);
    buttons->addWidget(m_archiveButton);
    buttons->addStretch(1);
    buttons->addWidget(m_saveButton);
    right->addLayout(buttons);
    layout->addLayout(right, 2);

    for (QLineEdit *edit : {m_name, m_nameEn, m_code}) {
        edit->setReadOnly(m_readOnly);
        connect(edit, &QLineEdit::textEdited, this, [this] { setDirty(true); });
    }
    connect(m_code, &QLineEdit::textEdited, this, [this] { m_codeEdited = true; });
    connect(m_name, &QLineEdit::textEdited, this, [this](const QString &text) {
        if (!m_current.meta.isStored() && !m_codeEdited)
            m_code->setText(suggestedCode(text));
    });
    for (QComboBox *combo : {m_agencyKind, m_province, m_country}) {
        if (!combo)
            continue;
        combo->setEnabled(!m_readOnly);
        connect(combo, &QComboBox::currentIndexChanged, this, [this] {
            if (!m_loading)
                setDirty(true);
        });
    }
    if (m_amount) {
        m_amount->setReadOnly(m_readOnly);
        connect(m_amount, &QLineEdit::textEdited, this, [this] { setDirty(true); });
        m_legal->setEnabled(!m_readOnly);
        connect(m_legal, &QCheckBox::toggled, this, [this] {
            if (!m_loading)
                setDirty(true);
        });
        m_sortOrder->setReadOnly(m_readOnly);
        connect(m_sortOrder, &QSpinBox::valueChanged, this, [this] {
            if (!m_loading)
                setDirty(true);
        });
    }
    m_newButton->setEnabled(!m_readOnly);
    m_saveButton->setEnabled(!m_readOnly);
}

void ReferenceListPage::setLists(const services::ReferenceLists &lists)
{
    m_entries.clear();
    switch (m_kind) {
    case Kind::Agencies:
        for (const domain::Agency &a : lists.agencies) {
            Entry e;
            e.meta = a.meta;
            e.code = a.code;
            e.name = a.name;
            e.nameEn = a.nameEn;
            e.agencyKind = a.kind;
            e.provinceCode = a.provinceCode;
            m_entries.append(e);
        }
        break;
    case Kind::BorderGates:
        for (const domain::BorderGate &g : lists.borderGates) {
            Entry e;
            e.meta = g.meta;
            e.code = g.code;
            e.name = g.name;
            e.nameEn = g.nameEn;
            e.countryCode = g.countryCode;
            m_entries.append(e);
        }
        break;
    case Kind::SupportTypes:
        for (const domain::SupportType &t : lists.supportTypes) {
            Entry e;
            e.meta = t.meta;
            e.code = t.code;
            e.name = t.nameVi;
            e.nameEn = t.nameEn;
            e.defaultAmountVnd = t.defaultAmountVnd;
            e.legalRegime = t.legalRegime;
            e.sortOrder = t.sortOrder;
            m_entries.append(e);
        }
        break;
    }
    fillTable();
}

void ReferenceListPage::fillTable()
{
    const bool english = englishUi();
    const qint64 keep = m_current.meta.id;
    const bool archived = m_showArchived->isChecked();
    m_loading = true;
    m_table->setRowCount(0);
    int row = 0;
    int keepRow = -1;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.meta.archived && !archived)
            continue;
        m_table->insertRow(row);
        auto *code = new QTableWidgetItem(e.code);
        code->setData(Qt::UserRole, e.meta.id);
        m_table->setItem(row, 0, code);
        m_table->setItem(
            row, 1, new QTableWidgetItem(english && !e.nameEn.isEmpty() ? e.nameEn : e.name));
        QString extra;
        switch (m_kind) {
        case Kind::Agencies:
            extra = EnumLabels::label(e.agencyKind);
            break;
        case Kind::BorderGates:
            extra = m_country->itemText(qMax(0, m_country->findData(e.countryCode)));
            break;
        case Kind::SupportTypes:
            extra = CaseFields::formatMoney(e.defaultAmountVnd);
            break;
        }
        auto *extraItem = new QTableWidgetItem(extra);
        if (m_kind == Kind::SupportTypes)
            extraItem->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 2, extraItem);
        m_table->setItem(
            row, 3, new QTableWidgetItem(e.meta.archived ? tr("Archived") : tr("In use")));
        if (e.meta.id == keep)
            keepRow = row;
        ++row;
    }
    m_table->resizeColumnToContents(0);
    m_table->resizeColumnToContents(2);
    m_loading = false;
    if (m_dirty) {
        // Unsaved edits stay in the form; only the table's selection follows.
        const QSignalBlocker blocker(m_table);
        if (keepRow >= 0)
            m_table->setCurrentCell(keepRow, 0);
    } else if (keepRow >= 0) {
        selectRow(keepRow);
    } else if (row > 0) {
        selectRow(0);
    } else {
        m_current = Entry{};
        display(m_current);
    }
}

int ReferenceListPage::rowCount() const
{
    return m_table->rowCount();
}

void ReferenceListPage::selectRow(int row)
{
    const qint64 id =
        m_table->item(row, 0) ? m_table->item(row, 0)->data(Qt::UserRole).toLongLong() : 0;
    for (const Entry &e : std::as_const(m_entries)) {
        if (e.meta.id == id) {
            m_current = e;
            break;
        }
    }
    {
        const QSignalBlocker blocker(m_table);
        m_table->setCurrentCell(row, 0);
        m_table->selectRow(row);
    }
    display(m_current);
}

void ReferenceListPage::display(const Entry &entry)
{
    m_loading = true;
    m_name->setText(entry.name);
    m_nameEn->setText(entry.nameEn);
    m_code->setText(entry.code);
    for (QLineEdit *edit : {m_name, m_nameEn, m_code})
        edit->setCursorPosition(0); // long names show their beginning
    m_code->setReadOnly(m_readOnly || entry.meta.isStored());
    m_codeEdited = false;
    if (m_agencyKind) {
        selectData(m_agencyKind, domain::toCode(entry.agencyKind));
        selectData(m_province, entry.provinceCode);
    }
    if (m_country)
        selectData(m_country, entry.countryCode);
    if (m_amount) {
        m_amount->setAmount(entry.defaultAmountVnd);
        m_legal->setChecked(entry.legalRegime);
        m_sortOrder->setValue(entry.sortOrder);
    }
    if (!entry.meta.isStored()) {
        m_status->setText(tr("New entry, not saved yet"));
    } else if (entry.meta.archived) {
        m_status->setText(tr("Archived: %1").arg(entry.meta.archiveReason));
    } else {
        m_status->setText(tr("In use (version %1)").arg(entry.meta.version));
    }
    m_archiveButton->setEnabled(!m_readOnly && entry.meta.isStored() && !entry.meta.archived);
    m_saveButton->setEnabled(!m_readOnly && !entry.meta.archived);
    m_loading = false;
    showErrors({});
    setDirty(false);
}

ReferenceListPage::Entry ReferenceListPage::collect() const
{
    Entry e = m_current;
    e.code = m_code->text().trimmed();
    e.name = domain::normaliseText(m_name->text());
    e.nameEn = domain::normaliseText(m_nameEn->text());
    if (m_agencyKind) {
        e.agencyKind = domain::fromCode<domain::AgencyKind>(m_agencyKind->currentData().toString())
                           .value_or(domain::AgencyKind::Other);
        e.provinceCode = m_province->currentData().toString();
    }
    if (m_country)
        e.countryCode = m_country->currentData().toString();
    if (m_amount) {
        e.defaultAmountVnd = m_amount->amount().value_or(0);
        e.legalRegime = m_legal->isChecked();
        e.sortOrder = m_sortOrder->value();
    }
    return e;
}

bool ReferenceListPage::newEntry()
{
    if (m_readOnly || !confirmDiscard())
        return false;
    m_current = Entry{};
    m_current.meta.uuid = QUuid::createUuid().toString(QUuid::WithoutBraces);
    if (m_kind == Kind::SupportTypes) {
        int last = 0;
        for (const Entry &e : std::as_const(m_entries))
            last = qMax(last, e.sortOrder);
        m_current.sortOrder = last + 10;
    }
    {
        const QSignalBlocker blocker(m_table);
        m_table->clearSelection();
        m_table->setCurrentCell(-1, -1);
    }
    display(m_current);
    m_name->setFocus(Qt::OtherFocusReason);
    return true;
}

bool ReferenceListPage::save()
{
    if (m_readOnly) {
        showMessage(messages::ErrorMessages::message(m_database.isReadOnly()
                                                         ? ErrorCode::ReadOnly
                                                         : ErrorCode::PermissionDenied),
                    true);
        return false;
    }
    if (m_amount && m_amount->isMalformed()) {
        showErrors({{QStringLiteral("default_amount_vnd"), domain::ValidationCode::InvalidFormat}});
        return false;
    }
    return store(collect());
}

bool ReferenceListPage::archiveSelected(const QString &reason)
{
    if (m_readOnly || !m_current.meta.isStored() || m_current.meta.archived)
        return false;
    Entry e = m_current; // archive the stored entry, not unsaved edits
    e.meta.archived = true;
    e.meta.archiveReason = reason.trimmed();
    return store(e);
}

void ReferenceListPage::askArchive()
{
    if (m_readOnly || !m_current.meta.isStored() || m_current.meta.archived || !confirmDiscard())
        return;
    const std::optional<QString> reason = ArchiveReasonDialog::ask(
        this,
        tr("Archive entry"),
        tr("Records that use \"%1\" keep it; it is no longer offered for new records.")
            .arg(m_current.name));
    if (reason)
        archiveSelected(*reason);
}

bool ReferenceListPage::store(const Entry &e)
{
    services::ReferenceService service(m_database);
    domain::FieldErrors errors;
    Error error;
    bool ok = false;
    domain::RecordMeta stored;
    auto take = [&](const auto &result) {
        ok = result.ok();
        if (ok) {
            stored = result->meta;
        } else {
            error = result.error();
            errors = result.fieldErrors();
        }
    };
    switch (m_kind) {
    case Kind::Agencies: {
        domain::Agency a;
        a.meta = e.meta;
        a.code = e.code;
        a.name = e.name;
        a.nameEn = e.nameEn;
        a.kind = e.agencyKind;
        a.provinceCode = e.provinceCode;
        take(service.saveAgency(m_actor, a));
        break;
    }
    case Kind::BorderGates: {
        domain::BorderGate g;
        g.meta = e.meta;
        g.code = e.code;
        g.name = e.name;
        g.nameEn = e.nameEn;
        g.countryCode = e.countryCode;
        take(service.saveBorderGate(m_actor, g));
        break;
    }
    case Kind::SupportTypes: {
        domain::SupportType t;
        t.meta = e.meta;
        t.code = e.code;
        t.nameVi = e.name;
        t.nameEn = e.nameEn;
        t.defaultAmountVnd = e.defaultAmountVnd;
        t.legalRegime = e.legalRegime;
        t.sortOrder = e.sortOrder;
        take(service.saveSupportType(m_actor, t));
        break;
    }
    }
    if (!ok) {
        if (!errors.isEmpty()) {
            showErrors(errors);
        } else if (error.code == ErrorCode::Duplicate) {
            showErrors({});
            CaseFields::markInvalid(m_code, ReferenceFields::duplicateCodeMessage());
            showMessage(ReferenceFields::duplicateCodeMessage(), true);
            m_code->setFocus(Qt::OtherFocusReason);
        } else {
            showErrors({});
            showMessage(messages::ErrorMessages::message(error.code), true);
        }
        return false;
    }
    m_current = e;
    m_current.meta = stored;
    setDirty(false);
    Q_EMIT changed(); // the editor reloads every page, which re-selects this entry
    showMessage(e.meta.archived ? tr("Archived.") : tr("Saved."), false);
    return true;
}

void ReferenceListPage::showErrors(const domain::FieldErrors &errors)
{
    showMessage(ReferenceFields::markErrors(m_fields, errors), true);
}

void ReferenceListPage::showMessage(const QString &text, bool error)
{
    ReferenceFields::showMessage(m_message, text, error);
}

QString ReferenceListPage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void ReferenceListPage::setDirty(bool dirty)
{
    if (m_loading)
        return;
    m_dirty = dirty;
}

bool ReferenceListPage::confirmDiscard()
{
    if (!m_dirty || m_readOnly)
        return true;
    const auto answer =
        QMessageBox::question(this,
                              tr("Unsaved changes"),
                              tr("The changes to this entry are not saved. Discard them?"),
                              QMessageBox::Discard | QMessageBox::Cancel,
                              QMessageBox::Cancel);
    if (answer != QMessageBox::Discard)
        return false;
    m_dirty = false;
    return true;
}

ReferenceEditor::ReferenceEditor(storage::Database &database, domain::Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(std::move(actor))
{
    setObjectName(QStringLiteral("ReferenceEditor"));
    setWindowTitle(tr("Reference lists"));
    auto *layout = new QVBoxLayout(this);
    m_tabs = new QTabWidget(this);
    m_tabs->setObjectName(QStringLiteral("referenceTabs"));
    layout->addWidget(m_tabs, 1);

    auto *orgPage = new QWidget(m_tabs);
    auto *orgLayout = new QVBoxLayout(orgPage);
    auto *orgHint = new QLabel(tr("Printed at the head of every report."), orgPage);
    orgHint->setWordWrap(true);
    orgLayout->addWidget(orgHint);
    m_organisation = new OrganisationForm(m_database, m_actor, orgPage);
    orgLayout->addWidget(m_organisation);
    orgLayout->addStretch(1);
    auto *orgButtons = new QHBoxLayout;
    orgButtons->addStretch(1);
    auto *orgSave = new QPushButton(tr("&Save"), orgPage);
    orgSave->setObjectName(QStringLiteral("saveOrganisationButton"));
    orgSave->setEnabled(!m_organisation->isReadOnly());
    connect(orgSave, &QPushButton::clicked, m_organisation, &OrganisationForm::save);
    connect(m_organisation, &OrganisationForm::saved, this, &ReferenceEditor::changed);
    orgButtons->addWidget(orgSave);
    orgLayout->addLayout(orgButtons);
    m_tabs->addTab(orgPage, tr("&Organisation"));

    services::ReferenceService service(m_database);
    auto lists = service.lists(m_actor);
    const services::ReferenceLists loaded = lists ? *lists : services::ReferenceLists{};
    const std::pair<ReferenceListPage::Kind, QString> pages[] = {
        {ReferenceListPage::Kind::Agencies, tr("A&gencies")},
        {ReferenceListPage::Kind::BorderGates, tr("&Border gates")},
        {ReferenceListPage::Kind::SupportTypes, tr("S&upport types")},
    };
    for (const auto &[kind, title] : pages) {
        auto *page = new ReferenceListPage(kind, m_database, m_actor, loaded, m_tabs);
        connect(page, &ReferenceListPage::changed, this, [this] {
            reload();
            Q_EMIT changed();
        });
        m_pages.append(page);
        m_tabs->addTab(page, title);
    }
    if (!lists) {
        auto *error = new QLabel(messages::ErrorMessages::message(lists.error().code), this);
        error->setWordWrap(true);
        layout->addWidget(error);
    }

    auto *close = new QDialogButtonBox(QDialogButtonBox::Close, this);
    connect(close, &QDialogButtonBox::rejected, this, &ReferenceEditor::reject);
    layout->addWidget(close);

    // Ctrl+S saves the page in front; Ctrl+N starts a new entry on a list page.
    auto *saveAction = new QAction(this);
    saveAction->setShortcut(QKeySequence::Save);
    connect(saveAction, &QAction::triggered, this, [this] {
        if (m_tabs->currentIndex() == 0) {
            m_organisation->save();
        } else if (auto *page = qobject_cast<ReferenceListPage *>(m_tabs->currentWidget())) {
            page->save();
        }
    });
    addAction(saveAction);
    auto *newAction = new QAction(this);
    newAction->setShortcut(QKeySequence::New);
    connect(newAction, &QAction::triggered, this, [this] {
        if (auto *page = qobject_cast<ReferenceListPage *>(m_tabs->currentWidget()))
            page->newEntry();
    });
    addAction(newAction);
    resize(1000, 560);
}

ReferenceListPage *ReferenceEditor::page(ReferenceListPage::Kind kind) const
{
    for (ReferenceListPage *page : m_pages) {
        if (page->kind() == kind)
            return page;
    }
    return nullptr;
}

void ReferenceEditor::reload()
{
    auto lists = services::ReferenceService(m_database).lists(m_actor);
    if (!lists)
        return;
    for (ReferenceListPage *page : std::as_const(m_pages))
        page->setLists(*lists);
}

void ReferenceEditor::reject()
{
    for (ReferenceListPage *page : std::as_const(m_pages)) {
        if (!page->confirmDiscard()) {
            m_tabs->setCurrentWidget(page);
            return;
        }
    }
    QDialog::reject();
}

} // namespace sr::ui
