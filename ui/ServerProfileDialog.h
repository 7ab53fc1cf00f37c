#pragma once

#include "services/ConnectionProfiles.h"

#include <QDialog>

class QComboBox;
class QLabel;
class QLineEdit;
class QSpinBox;

namespace sr::ui {

/**
 * Adds or edits one saved database server (services/ConnectionProfiles.h): name, host, port,
 * database, user and the TLS mode, with human labels. Never a password. A refused field is
 * marked next to it with what is wrong; what was typed stays. Saved when accepted.
 */
class ServerProfileDialog : public QDialog
{
    Q_OBJECT

public:
    /** @a existing: the profile edited (its name may change); nullptr: a new one. */
    ServerProfileDialog(services::ConnectionProfiles &profiles,
                        const services::ConnectionProfile *existing,
                        QWidget *parent = nullptr);

    /** The profile as typed (trimmed when saved). */
    services::ConnectionProfile profile() const;

public Q_SLOTS:
    /** Saves the profile; stays open with the fields at fault marked when it is refused. */
    void accept() override;
    void done(int result) override;

private:
    QWidget *fieldOf(services::ProfileField field) const;
    static QString problemText(const services::ProfileProblem &problem);

    services::ConnectionProfiles &m_profiles;
    QString m_previousName;
    QLineEdit *m_name = nullptr;
    QLineEdit *m_host = nullptr;
    QSpinBox *m_port = nullptr;
    QLineEdit *m_database = nullptr;
    QLineEdit *m_user = nullptr;
    QComboBox *m_sslMode = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sr::ui
