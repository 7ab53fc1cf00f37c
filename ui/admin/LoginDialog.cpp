#include "LoginDialog.h"

#include "AccountForm.h"
#include "messages/AuthMessages.h"
#include "messages/ErrorMessages.h"
#include "services/ConnectionProfiles.h"
#include "ui/WindowGeometry.h"

#include <QCheckBox>
#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFileInfo>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace sr::ui {

namespace {
const QString geometryName = QStringLiteral("login");
} // namespace

LoginDialog::LoginDialog(services::AuthService &auth, const QString &userName, QWidget *parent)
    : QDialog(parent)
    , m_auth(&auth)
{
    build(userName);
}

LoginDialog::LoginDialog(QWidget *parent)
    : QDialog(parent)
{
    build(QString());
}

void LoginDialog::build(const QString &userName)
{
    setObjectName(QStringLiteral("LoginDialog"));
    setWindowTitle(tr("SafeReturn — log in"));
    auto *layout = new QVBoxLayout(this);
    m_noteLabel = account_form::noteLabel(this);
    layout->addWidget(m_noteLabel);
    m_databaseLabel = new QLabel(this);
    m_databaseLabel->setObjectName(QStringLiteral("databaseLabel"));
    m_databaseLabel->setWordWrap(true);
    m_databaseLabel->hide();
    layout->addWidget(m_databaseLabel);

    auto *form = new QFormLayout;
    // The database first: it decides whether the server's password is asked, and Tab then
    // goes on to the user's own name and password.
    m_databaseCombo = new QComboBox(this);
    m_databaseCombo->setObjectName(QStringLiteral("databaseCombo"));
    m_databaseChoiceLabel = new QLabel(tr("&Database:"), this);
    m_databaseChoiceLabel->setBuddy(m_databaseCombo);
    form->addRow(m_databaseChoiceLabel, m_databaseCombo);
    m_serverPasswordEdit =
        account_form::passwordEdit(QStringLiteral("serverPasswordLineEdit"), this);
    m_serverPasswordLabel = new QLabel(tr("Se&rver password:"), this);
    m_serverPasswordLabel->setBuddy(m_serverPasswordEdit);
    form->addRow(m_serverPasswordLabel, m_serverPasswordEdit);
    m_userEdit = account_form::userNameEdit(userName, this);
    m_passwordEdit = account_form::passwordEdit(QStringLiteral("passwordLineEdit"), this);
    form->addRow(tr("&User name:"), m_userEdit);
    form->addRow(tr("&Password:"), m_passwordEdit);
    form->addRow(QString(),
                 account_form::showPasswordCheck({m_passwordEdit, m_serverPasswordEdit}, this));
    form->addRow(
        QString(),
        account_form::capsLockWarning({m_userEdit, m_passwordEdit, m_serverPasswordEdit}, this));
    layout->addLayout(form);
    for (QWidget *widget : {static_cast<QWidget *>(m_databaseChoiceLabel),
                            static_cast<QWidget *>(m_databaseCombo),
                            static_cast<QWidget *>(m_serverPasswordLabel),
                            static_cast<QWidget *>(m_serverPasswordEdit)})
        widget->hide();
    connect(
        m_databaseCombo, &QComboBox::currentIndexChanged, this, [this] { updateServerPassword(); });

    m_messageLabel = account_form::messageLabel(this);
    layout->addWidget(m_messageLabel);
    layout->addStretch(1);
    layout->addWidget(account_form::buttons(this, tr("Log in")));

    if (userName.isEmpty())
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
    WindowGeometry::place(this, geometryName, QSize(480, 300));
}

void LoginDialog::setNote(const QString &note)
{
    m_noteLabel->setText(note);
    m_noteLabel->setVisible(!note.isEmpty());
}

void LoginDialog::setDatabasePath(const QString &path)
{
    // The file name only: a full path can be long and name the user's folders; it is in the
    // tooltip for whoever needs to know which copy is open.
    m_databaseLabel->setText(tr("Database: %1").arg(QFileInfo(path).fileName()));
    m_databaseLabel->setToolTip(QDir::toNativeSeparators(QFileInfo(path).absoluteFilePath()));
    m_databaseLabel->setVisible(!path.isEmpty());
}

void LoginDialog::setDatabaseChoices(const QList<DatabaseChoice> &choices,
                                     int current,
                                     DatabaseOpener opener)
{
    m_choices = choices;
    m_opener = std::move(opener);
    const QSignalBlocker blocker(m_databaseCombo);
    m_databaseCombo->clear();
    for (const DatabaseChoice &choice : choices) {
        m_databaseCombo->addItem(choice.label);
        // The location shows where the choice leads without a password ever being in it.
        m_databaseCombo->setItemData(m_databaseCombo->count() - 1,
                                     choice.server ? choice.location
                                                   : QDir::toNativeSeparators(choice.location),
                                     Qt::ToolTipRole);
    }
    m_databaseCombo->setCurrentIndex(qBound(0, current, int(choices.size()) - 1));
    m_databaseLabel->hide();
    m_databaseChoiceLabel->show();
    m_databaseCombo->show();
    updateServerPassword();
    // The last choice is preselected: most logins start by typing the user name (the list is
    // one Shift+Tab or Alt+D away).
    if (m_userEdit->text().isEmpty())
        m_userEdit->setFocus();
    else
        m_passwordEdit->setFocus();
}

QString LoginDialog::chosenLocation() const
{
    const int index = m_databaseCombo->currentIndex();
    if (index < 0 || index >= m_choices.size())
        return QString();
    return m_choices.at(index).location;
}

void LoginDialog::updateServerPassword()
{
    const int index = m_databaseCombo->currentIndex();
    const bool server = index >= 0 && index < m_choices.size() && m_choices.at(index).server;
    const bool ask = server && !services::serverPasswordAvailable(m_choices.at(index).location);
    m_serverPasswordLabel->setVisible(ask);
    m_serverPasswordEdit->setVisible(ask);
}

bool LoginDialog::openChosen()
{
    const int index = m_databaseCombo->currentIndex();
    if (!m_opener || index < 0 || index >= m_choices.size())
        return m_auth != nullptr;
    const DatabaseChoice &choice = m_choices.at(index);
    if (m_auth && choice.location == m_openLocation)
        return true;
    m_auth = nullptr;
    m_openLocation.clear();
    const bool typedPassword = choice.server && m_serverPasswordEdit->isVisible();
    if (typedPassword)
        services::rememberServerPassword(choice.location, m_serverPasswordEdit->text());
    auto opened = m_opener(choice.location);
    if (!opened) {
        const Error &error = opened.error();
        // A password typed here and refused is forgotten, so the next try uses the new one.
        if (typedPassword)
            services::rememberServerPassword(choice.location, QString());
        const bool passwordAtFault = error.reason == ErrorReason::ServerLogin
                                     || error.reason == ErrorReason::ServerPasswordNeeded;
        if (passwordAtFault && choice.server) {
            m_serverPasswordLabel->show();
            m_serverPasswordEdit->show();
        }
        const QString text = choice.server
                                 ? messages::ErrorMessages::openFailure(error, choice.label)
                                 : messages::ErrorMessages::openFailure(
                                     error.code, QFileInfo(choice.location).fileName());
        account_form::showRefusal(
            m_messageLabel, passwordAtFault ? m_serverPasswordEdit : nullptr, text);
        if (!passwordAtFault)
            m_databaseCombo->setFocus();
        return false;
    }
    m_auth = *opened;
    m_openLocation = choice.location;
    return true;
}

void LoginDialog::accept()
{
    if (!openChosen())
        return;
    if (m_opener) {
        auto noUsers = m_auth->needsFirstAdministrator();
        if (noUsers && *noUsers) {
            m_needsFirstAdministrator = true;
            QDialog::accept();
            return;
        }
    }
    QString password = m_passwordEdit->text();
    auto session = m_auth->login(m_userEdit->text().trimmed(), password);
    services::AuthService::wipe(password);
    if (!session) {
        // What was typed stays; the password is selected so that typing replaces it.
        account_form::showRefusal(
            m_messageLabel, m_passwordEdit, messages::AuthMessages::error(session.error()));
        return;
    }
    m_session = *session;
    QDialog::accept();
}

void LoginDialog::done(int result)
{
    WindowGeometry::remember(this, geometryName);
    m_passwordEdit->clear();
    m_serverPasswordEdit->clear();
    QDialog::done(result);
}

} // namespace sr::ui
