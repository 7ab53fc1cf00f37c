#include "SettingsDialog.h"

#include "GuiApp.h"
#include "WindowGeometry.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QDir>
#include <QFormLayout>
#include <QGroupBox>
#include <QLabel>
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
