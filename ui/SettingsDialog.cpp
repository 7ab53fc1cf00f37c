#include "SettingsDialog.h"

#include "GuiApp.h"
#include "ServerProfileDialog.h"
#include "WindowGeometry.h"
#include "services/ConnectionProfiles.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QListWidget>
#include <QPushButton>
#include <QSettings>
#include <QVBoxLayout>

namespace sr::ui {

SettingsDialog::SettingsDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(QStringLiteral("SettingsDialog"));
    setWindowTitle(tr("Settings"));
    auto *layout = new QVBoxLayout(this);

    auto *display = new QGroupBox(tr("This computer"), this);
    auto *displayForm = new QFormLayout(display);
    m_language = new QComboBox(display);
    m_language->setObjectName(QStringLiteral("languageCombo"));
    // Each language is named in itself, so it can be found whatever the current one is.
    m_language->addItem(QStringLiteral("Tiếng Việt"), QStringLiteral("vi"));
    m_language->addItem(QStringLiteral("English"), QStringLiteral("en"));
    m_language->setCurrentIndex(m_language->findData(startupLanguage(QString())));
    displayForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("Used from the next start of SafeReturn."), display);
    languageNote->setWordWrap(true);
    displayForm->addRow(QString(), languageNote);
    layout->addWidget(display);

    auto *servers = new QGroupBox(tr("Database servers"), this);
    servers->setObjectName(QStringLiteral("serversGroup"));
    auto *serversLayout = new QVBoxLayout(servers);
    auto *serversNote = new QLabel(tr("Servers saved here are offered at login, besides this "
                                      "computer's file. Changes are saved at once; passwords "
                                      "are never saved."),
                                   servers);
    serversNote->setWordWrap(true);
    serversLayout->addWidget(serversNote);
    m_servers = new QListWidget(servers);
    m_servers->setObjectName(QStringLiteral("serverList"));
    // A few rows are enough; the list scrolls, so the dialog fits a 1366×768 screen.
    m_servers->setMaximumHeight(120);
    serversLayout->addWidget(m_servers);
    auto *serverButtons = new QHBoxLayout;
    auto *addServer = new QPushButton(tr("&Add server…"), servers);
    addServer->setObjectName(QStringLiteral("addServerButton"));
    m_editServer = new QPushButton(tr("&Edit…"), servers);
    m_editServer->setObjectName(QStringLiteral("editServerButton"));
    m_removeServer = new QPushButton(tr("&Remove"), servers);
    m_removeServer->setObjectName(QStringLiteral("removeServerButton"));
    for (QPushButton *button : {addServer, m_editServer, m_removeServer}) {
        button->setAutoDefault(false);
        serverButtons->addWidget(button);
    }
    serverButtons->addStretch(1);
    serversLayout->addLayout(serverButtons);
    layout->addWidget(servers);
    connect(addServer, &QPushButton::clicked, this, &SettingsDialog::addServer);
    connect(m_editServer, &QPushButton::clicked, this, &SettingsDialog::editServer);
    connect(m_removeServer, &QPushButton::clicked, this, &SettingsDialog::removeServer);
    connect(m_servers, &QListWidget::itemActivated, this, &SettingsDialog::editServer);
    connect(m_servers, &QListWidget::currentRowChanged, this, [this](int row) {
        m_editServer->setEnabled(row >= 0);
        m_removeServer->setEnabled(row >= 0);
    });
    fillServers();

    auto *lockNote = new QLabel(tr("The lock after inactivity applies to every user of the "
                                   "database: an administrator sets it in Account → Users."),
                                this);
    lockNote->setWordWrap(true);
    layout->addWidget(lockNote);

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("settingsMessageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("color: #c42b1c;"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Ok | QDialogButtonBox::Cancel, this);
    connect(buttons, &QDialogButtonBox::accepted, this, &SettingsDialog::accept);
    connect(buttons, &QDialogButtonBox::rejected, this, &SettingsDialog::reject);
    layout->addWidget(buttons);
    WindowGeometry::place(
        this, QStringLiteral("settingsDialog"), sizeHint().expandedTo(QSize(460, 0)));
}

bool SettingsDialog::apply()
{
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != startupLanguage(QString());
    QSettings settings;
    settings.setValue(QLatin1String(languageSettingKey), language);
    settings.sync();
    if (settings.status() != QSettings::NoError) {
        m_languageChanged = false;
        m_message->setText(tr("The settings could not be saved in %1: check that the folder "
                              "exists and can be written.")
                               .arg(QDir::toNativeSeparators(settings.fileName())));
        m_message->show();
        return false;
    }
    m_message->hide();
    return true;
}

void SettingsDialog::fillServers(const QString &current)
{
    m_servers->clear();
    for (const services::ConnectionProfile &profile : services::ConnectionProfiles().list()) {
        auto *item = new QListWidgetItem(
            tr("%1 — %2").arg(profile.name, services::serverDisplayName(profile)), m_servers);
        item->setData(Qt::UserRole, profile.name);
        if (profile.name == current)
            m_servers->setCurrentItem(item);
    }
    m_editServer->setEnabled(m_servers->currentRow() >= 0);
    m_removeServer->setEnabled(m_servers->currentRow() >= 0);
}

QString SettingsDialog::chosenServer() const
{
    const QListWidgetItem *item = m_servers->currentItem();
    return item ? item->data(Qt::UserRole).toString() : QString();
}

void SettingsDialog::addServer()
{
    services::ConnectionProfiles profiles;
    ServerProfileDialog dialog(profiles, nullptr, this);
    if (dialog.exec() == QDialog::Accepted)
        fillServers(dialog.profile().name.trimmed());
}

void SettingsDialog::editServer()
{
    services::ConnectionProfiles profiles;
    const auto profile = profiles.find(chosenServer());
    if (!profile)
        return;
    ServerProfileDialog dialog(profiles, &*profile, this);
    if (dialog.exec() == QDialog::Accepted)
        fillServers(dialog.profile().name.trimmed());
}

void SettingsDialog::removeServer()
{
    const QString name = chosenServer();
    if (name.isEmpty())
        return;
    const auto removed = services::ConnectionProfiles().remove(name);
    if (!removed) {
        m_message->setText(tr("The server could not be removed from the settings in %1: check "
                              "that the folder exists and can be written.")
                               .arg(QDir::toNativeSeparators(QSettings().fileName())));
        m_message->show();
        return;
    }
    m_message->hide();
    fillServers();
    m_servers->setFocus();
}

void SettingsDialog::done(int result)
{
    WindowGeometry::remember(this, QStringLiteral("settingsDialog"));
    QDialog::done(result);
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace sr::ui
