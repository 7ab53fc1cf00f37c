#pragma once

#include <QDialog>

class QComboBox;
class QLabel;

namespace sr::ui {

/**
 * Settings of this computer: the interface language (QSettings; used from the next start). The
 * lock after inactivity belongs to the database and is set in Account → Users.
 */
class SettingsDialog : public QDialog
{
    Q_OBJECT

public:
    explicit SettingsDialog(QWidget *parent = nullptr);

    /** Saves the settings; false (message shown, nothing saved) when they cannot be saved. */
    bool apply();
    /** Whether the last apply() changed the language (it takes effect at the next start). */
    bool languageChanged() const { return m_languageChanged; }

public Q_SLOTS:
    void accept() override;
    /** Keeps the dialog's size for the next time (WindowGeometry). */
    void done(int result) override;

private:
    bool m_languageChanged = false;
    QComboBox *m_language = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sr::ui
