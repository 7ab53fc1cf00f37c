#include "ServerProfileDialog.h"

#include "WindowGeometry.h"
#include "messages/ErrorMessages.h"
#include "ui/case/CaseFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

const QString geometryName = QStringLiteral("serverProfileDialog");

/** The TLS modes offered, with the words a social worker understands (libpq's sslmode). */
struct SslChoice
{
    const char *mode;
    const char *label;
};

constexpr SslChoice sslChoices[] = {
    {"",
     QT_TRANSLATE_NOOP("sr::ui::ServerProfileDialog",
                       "Automatic: required unless the server is this computer (recommended)")},
    {"require", QT_TRANSLATE_NOOP("sr::ui::ServerProfileDialog", "Required")},
    {"verify-full",
     QT_TRANSLATE_NOOP("sr::ui::ServerProfileDialog",
                       "Required, and verify the server's certificate")},
    {"disable",
     QT_TRANSLATE_NOOP("sr::ui::ServerProfileDialog", "Off — only for a server on this computer")},
};

} // namespace

ServerProfileDialog::ServerProfileDialog(services::ConnectionProfiles &profiles,
                                         const services::ConnectionProfile *existing,
                                         QWidget *parent)
    : QDialog(parent)
    , m_profiles(profiles)
{
    setObjectName(QStringLiteral("ServerProfileDialog"));
    setWindowTitle(existing ? tr("Edit database server") : tr("Add database server"));
    auto *layout = new QVBoxLayout(this);
    auto *intro = new QLabel(tr("How this computer reaches a SafeReturn database on a "
                                "PostgreSQL server. The server's password is not saved: it is "
                                "asked at login."),
                             this);
    intro->setWordWrap(true);
    layout->addWidget(intro);

    auto *form = new QFormLayout;
    auto lineEdit = [this](const char *name) {
        auto *edit = new QLineEdit(this);
        edit->setObjectName(QLatin1String(name));
        edit->setMaxLength(253);
        // The mark of a refused field goes as soon as it is edited.
        connect(edit, &QLineEdit::textEdited, edit, [edit] {
            CaseFields::markInvalid(edit, QString());
        });
        return edit;
    };
    m_name = lineEdit("profileNameEdit");
    m_name->setPlaceholderText(tr("e.g. centre"));
    m_host = lineEdit("hostEdit");
    m_host->setPlaceholderText(tr("e.g. db.province.gov.vn or 192.168.1.10"));
    m_port = new QSpinBox(this);
    m_port->setObjectName(QStringLiteral("portSpin"));
    m_port->setRange(1, 65535);
    m_port->setValue(5432);
    m_database = lineEdit("databaseEdit");
    m_user = lineEdit("serverUserEdit");
    m_sslMode = new QComboBox(this);
    m_sslMode->setObjectName(QStringLiteral("sslModeCombo"));
    for (const SslChoice &choice : sslChoices)
        m_sslMode->addItem(tr(choice.label), QString::fromLatin1(choice.mode));
    form->addRow(tr("&Name:"), m_name);
    form->addRow(tr("&Host:"), m_host);
    form->addRow(tr("P&ort:"), m_port);
    form->addRow(tr("&Database:"), m_database);
    form->addRow(tr("Server &user:"), m_user);
    form->addRow(tr("&Encryption (TLS):"), m_sslMode);
    layout->addLayout(form);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("profileMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_message->hide();
    layout->addWidget(m_message);
    layout->addStretch(1);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Save | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &ServerProfileDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &ServerProfileDialog::reject);
    layout->addWidget(buttons);

    if (existing) {
        m_previousName = existing->name;
        m_name->setText(existing->name);
        m_host->setText(existing->host);
        m_port->setValue(existing->port);
        m_database->setText(existing->database);
        m_user->setText(existing->user);
        int index = m_sslMode->findData(existing->sslMode);
        if (index < 0) {
            // A mode saved from the command line (allow, prefer, verify-ca) is kept as it is.
            m_sslMode->addItem(existing->sslMode, existing->sslMode);
            index = m_sslMode->count() - 1;
        }
        m_sslMode->setCurrentIndex(index);
    }
    m_name->setFocus();
    WindowGeometry::place(this, geometryName, sizeHint().expandedTo(QSize(520, 0)));
}

services::ConnectionProfile ServerProfileDialog::profile() const
{
    services::ConnectionProfile profile;
    profile.name = m_name->text();
    profile.host = m_host->text();
    profile.port = m_port->value();
    profile.database = m_database->text();
    profile.user = m_user->text();
    profile.sslMode = m_sslMode->currentData().toString();
    return profile;
}

QWidget *ServerProfileDialog::fieldOf(services::ProfileField field) const
{
    switch (field) {
    case services::ProfileField::Name:
        return m_name;
    case services::ProfileField::Host:
        return m_host;
    case services::ProfileField::Port:
        return m_port;
    case services::ProfileField::Database:
        return m_database;
    case services::ProfileField::User:
        return m_user;
    case services::ProfileField::SslMode:
        return m_sslMode;
    }
    return nullptr;
}

QString ServerProfileDialog::problemText(const services::ProfileProblem &problem)
{
    using services::ProfileField;
    using services::ProfileProblemKind;
    if (problem.kind == ProfileProblemKind::Taken)
        return tr("Another server already has this name. Choose another name.");
    switch (problem.field) {
    case ProfileField::Name:
        return problem.kind == ProfileProblemKind::Missing
                   ? tr("Give the server a short name, e.g. \"centre\".")
                   : tr("The name is one word without spaces, \"/\" or \"\\\" (at most 64 "
                        "characters).");
    case ProfileField::Host:
        return problem.kind == ProfileProblemKind::Missing
                   ? tr("Enter the server's host name or IP address.")
                   : tr("A host name or IP address has no spaces or other signs, e.g. "
                        "db.province.gov.vn.");
    case ProfileField::Port:
        return tr("The port is a number from 1 to 65535 (usually 5432).");
    case ProfileField::Database:
        return problem.kind == ProfileProblemKind::Missing
                   ? tr("Enter the name of the database on the server.")
                   : tr("The database name has no spaces, \"/\", \"@\", \":\", \"?\" or \"#\".");
    case ProfileField::User:
        return problem.kind == ProfileProblemKind::Missing
                   ? tr("Enter the user name the administrator gave for the server.")
                   : tr("The server user has no spaces, \"/\", \"@\", \":\", \"?\" or \"#\".");
    case ProfileField::SslMode:
        return tr("Choose one of the encryption settings in the list.");
    }
    return QString();
}

void ServerProfileDialog::accept()
{
    for (const services::ProfileField field : {services::ProfileField::Name,
                                               services::ProfileField::Host,
                                               services::ProfileField::Port,
                                               services::ProfileField::Database,
                                               services::ProfileField::User,
                                               services::ProfileField::SslMode})
        CaseFields::markInvalid(fieldOf(field), QString());
    const services::ConnectionProfile typed = profile();
    const QList<services::ProfileProblem> problems = m_profiles.problems(typed, m_previousName);
    if (!problems.isEmpty()) {
        // Every field at fault is marked; the first gets the focus. Nothing typed is changed.
        QStringList texts;
        for (const services::ProfileProblem &problem : problems) {
            CaseFields::markInvalid(fieldOf(problem.field), problemText(problem));
            texts.append(problemText(problem));
        }
        m_message->setText(texts.join(u'\n'));
        m_message->show();
        fieldOf(problems.constFirst().field)->setFocus();
        return;
    }
    const auto saved = m_profiles.save(typed, m_previousName);
    if (!saved) {
        m_message->setText(tr("The server could not be saved in this computer's settings. %1")
                               .arg(messages::ErrorMessages::message(saved.error())));
        m_message->show();
        return;
    }
    QDialog::accept();
}

void ServerProfileDialog::done(int result)
{
    WindowGeometry::remember(this, geometryName);
    QDialog::done(result);
}

} // namespace sr::ui
