#include "SettingsDialog.h"

#include "ErrorMessages.h"
#include "GuiApp.h"
#include "services/AuthService.h"
#include "services/Permissions.h"
#include "storage/Database.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
#include <QSettings>
#include <QSpinBox>
#include <QVBoxLayout>

namespace sr::ui {

SettingsDialog::SettingsDialog(storage::Database &database, domain::Actor actor, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_actor(std::move(actor))
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
    m_language->setCurrentIndex(m_language->findData(savedLanguage()));
    displayForm->addRow(tr("&Language:"), m_language);
    auto *languageNote = new QLabel(tr("Used from the next start of SafeReturn."), display);
    languageNote->setWordWrap(true);
    displayForm->addRow(QString(), languageNote);
    layout->addWidget(display);

    auto *security = new QGroupBox(tr("Every user of this database"), this);
    auto *securityForm = new QFormLayout(security);
    m_lockMinutes = new QSpinBox(security);
    m_lockMinutes->setObjectName(QStringLiteral("lockMinutesSpin"));
    m_lockMinutes->setRange(1, 240);
    m_lockMinutes->setSuffix(tr(" min"));
    const auto minutes = services::AuthService(m_database).idleLockMinutes();
    m_storedMinutes = minutes ? *minutes : services::AuthService::defaultIdleLockMinutes;
    m_lockMinutes->setValue(m_storedMinutes);
    const bool canChange = !m_database.isReadOnly()
                           && services::allowed(m_actor, services::Permission::ManageReference);
    m_lockMinutes->setEnabled(canChange);
    securityForm->addRow(tr("Lock after &inactivity:"), m_lockMinutes);
    auto *lockNote = new QLabel(canChange ? tr("Used from the next sign-in or unlock.")
                                          : tr("Only an administrator can change this."),
                                security);
    lockNote->setWordWrap(true);
    securityForm->addRow(QString(), lockNote);
    layout->addWidget(security);

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
}

QString SettingsDialog::savedLanguage()
{
    const QString saved = QSettings().value(QLatin1String(languageSettingKey)).toString();
    return saved == QLatin1String("en") ? QStringLiteral("en") : QStringLiteral("vi");
}

bool SettingsDialog::apply()
{
    if (m_lockMinutes->isEnabled() && m_lockMinutes->value() != m_storedMinutes) {
        const auto set =
            services::AuthService(m_database).setIdleLockMinutes(m_actor, m_lockMinutes->value());
        if (!set) {
            m_message->setText(ErrorMessages::message(set.error().code));
            m_message->show();
            return false;
        }
        m_storedMinutes = m_lockMinutes->value();
    }
    const QString language = m_language->currentData().toString();
    m_languageChanged = language != savedLanguage();
    QSettings settings;
    settings.setValue(QLatin1String(languageSettingKey), language);
    settings.sync();
    m_message->hide();
    return true;
}

void SettingsDialog::accept()
{
    if (apply())
        QDialog::accept();
}

} // namespace sr::ui
