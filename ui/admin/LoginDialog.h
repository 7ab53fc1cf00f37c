#pragma once

#include "services/AuthService.h"

#include <QDialog>
#include <QList>

#include <functional>
#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;

namespace sr::ui {

/**
 * Asks for a user name and password and logs in through AuthService (lockout, audit). Stays
 * open with a message while the login is refused, keeping what was typed (the password
 * selected, so that typing replaces it); accepted with session() set on success. Shows which
 * database it opens (file name; the full path in the tooltip), a "Show password" box and a
 * Caps Lock warning.
 *
 * At the start of the desktop application it may also choose the database
 * (setDatabaseChoices): this computer's file or a saved database server, with the server's
 * password when neither PGPASSWORD nor ~/.pgpass gives it. Nothing is opened before the user
 * accepts; then the chosen database is opened first and the login is made on it.
 */
class LoginDialog : public QDialog
{
    Q_OBJECT

public:
    /** One database the login may open. */
    struct DatabaseChoice
    {
        QString label;    ///< what the "Database" list shows
        QString location; ///< a file path or a server location (postgresql://…)
        bool server = false;
    };
    /**
     * Opens the database at a location (closing the one opened before) and gives its
     * AuthService, valid until the next call; the error of the open otherwise.
     */
    using DatabaseOpener = std::function<Result<services::AuthService *>(const QString &)>;

    /** @a userName prefills the name (the lock screen shows the user who was working). */
    LoginDialog(services::AuthService &auth, const QString &userName, QWidget *parent = nullptr);
    /** A login whose database is chosen in the dialog (setDatabaseChoices) before it opens. */
    explicit LoginDialog(QWidget *parent = nullptr);

    const std::optional<services::Session> &session() const { return m_session; }
    /** Accepted without a session: the chosen database has no users yet (first administrator). */
    bool needsFirstAdministrator() const { return m_needsFirstAdministrator; }
    /** The location of the chosen database (after accept, the one that is open). */
    QString chosenLocation() const;

    /** A note above the fields ("Locked after 10 minutes without activity"). */
    void setNote(const QString &note);
    /** The database file the login opens: its name shown, its path in the tooltip. */
    void setDatabasePath(const QString &path);
    /**
     * Offers @a choices in a "Database" list ("databaseCombo"), @a current chosen; accept()
     * opens the chosen one with @a opener unless it is the one already open.
     */
    void
    setDatabaseChoices(const QList<DatabaseChoice> &choices, int current, DatabaseOpener opener);

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

private:
    void build(const QString &userName);
    /** Shows the server password field when the chosen server needs one typed. */
    void updateServerPassword();
    /** Opens the chosen database when it is not the open one; false (message shown) on failure. */
    bool openChosen();

    services::AuthService *m_auth = nullptr;
    std::optional<services::Session> m_session;
    bool m_needsFirstAdministrator = false;
    QList<DatabaseChoice> m_choices;
    DatabaseOpener m_opener;
    QString m_openLocation; ///< the location m_auth belongs to (choice mode)
    QLabel *m_noteLabel = nullptr;
    QLabel *m_databaseLabel = nullptr;
    QLabel *m_databaseChoiceLabel = nullptr;
    QComboBox *m_databaseCombo = nullptr;
    QLabel *m_serverPasswordLabel = nullptr;
    QLineEdit *m_serverPasswordEdit = nullptr;
    QLineEdit *m_userEdit = nullptr;
    QLineEdit *m_passwordEdit = nullptr;
    QLabel *m_messageLabel = nullptr;
};

} // namespace sr::ui
