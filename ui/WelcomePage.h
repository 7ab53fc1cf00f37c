#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sr::storage {
class Database;
} // namespace sr::storage

namespace sr::ui {

class OrganisationForm;

/**
 * What the main window shows on a database without cases: the organisation's details to set
 * up (name, body above it, province, address, place; printed in report headers), a button for
 * the first case, and the offer of demonstration data (invented persons, for trying the
 * application or training; administrators only, with progress and cancel).
 */
class WelcomePage : public QWidget
{
    Q_OBJECT

public:
    /** Persons the demonstration data has. */
    static constexpr qint64 demoPersons = 2000;

    WelcomePage(storage::Database &database, domain::Actor actor, QWidget *parent = nullptr);

    OrganisationForm *organisationForm() const { return m_organisation; }

    /**
     * Writes @a persons demonstration persons (committed in chunks, each whole or not at all)
     * with a progress dialog that can cancel between chunks. Returns the persons written; the
     * message under the buttons says what happened.
     */
    qint64 loadDemoData(qint64 persons = demoPersons);
    QString messageText() const;

Q_SIGNALS:
    void newCaseRequested();
    /** Demonstration data was written (the list has rows now). */
    void demoDataLoaded();

private:
    void askDemoData();
    void showMessage(const QString &text, bool error);
    /** Why demonstration data is refused on a database with other records. */
    static QString realRecordsMessage();

    storage::Database &m_database;
    domain::Actor m_actor;
    OrganisationForm *m_organisation = nullptr;
    QPushButton *m_saveOrganisation = nullptr;
    QPushButton *m_newCase = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sr::ui
