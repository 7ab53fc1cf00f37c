#pragma once

#include "domain/Actor.h"

#include <QWidget>

class QLabel;
class QPushButton;

namespace sr::services {
class AppContext;
} // namespace sr::services

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

    /** Acts for @a context's acting user; @a context must outlive the page. */
    explicit WelcomePage(services::AppContext &context, QWidget *parent = nullptr);

    OrganisationForm *organisationForm() const { return m_organisation; }

    /**
     * Writes @a persons demonstration persons (committed in chunks, each whole or not at all)
     * with a progress dialog that can cancel between chunks. Returns the persons written; the
     * message under the buttons says what happened. Windows hear of the persons once, at the
     * end (services::AppContext::recordsChanged()).
     */
    qint64 loadDemoData(qint64 persons = demoPersons);
    QString messageText() const;

Q_SIGNALS:
    void newCaseRequested();

private:
    void askDemoData();
    void showMessage(const QString &text, bool error);
    /** Why demonstration data is refused on a database with other records. */
    static QString realRecordsMessage();

    services::AppContext &m_context;
    domain::Actor m_actor;
    OrganisationForm *m_organisation = nullptr;
    QPushButton *m_saveOrganisation = nullptr;
    QPushButton *m_newCase = nullptr;
    QPushButton *m_demo = nullptr;
    QLabel *m_message = nullptr;
};

} // namespace sr::ui
