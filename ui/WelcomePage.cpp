#include "WelcomePage.h"

#include "ActionQuestion.h"
#include "demo/DemoDataService.h"
#include "messages/ErrorMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/admin/OrganisationForm.h"

#include <QApplication>
#include <QFileInfo>
#include <QGroupBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLocale>
#include <QProgressDialog>
#include <QPushButton>
#include <QVBoxLayout>

#include <spdlog/spdlog.h>

namespace sr::ui {

namespace {

/** Persons per chunk of the demonstration data: the point where cancel can stop it. */
constexpr qint64 demoChunk = 200;

} // namespace

WelcomePage::WelcomePage(services::AppContext &context, QWidget *parent)
    : QWidget(parent)
    , m_context(context)
    , m_actor(context.actor())
{
    setObjectName(QStringLiteral("welcomePage"));
    auto *outer = new QHBoxLayout(this);
    outer->addStretch(1);
    auto *column = new QVBoxLayout;
    outer->addLayout(column, 4);
    outer->addStretch(1);
    column->addStretch(1);

    auto *title = new QLabel(tr("Welcome to SafeReturn"), this);
    QFont titleFont = title->font();
    titleFont.setPointSizeF(titleFont.pointSizeF() * 1.6);
    titleFont.setBold(true);
    title->setFont(titleFont);
    title->setAlignment(Qt::AlignCenter);
    column->addWidget(title);
    auto *intro = new QLabel(tr("This database has no cases yet. Check your organisation's "
                                "details, then record the first case or try SafeReturn with "
                                "demonstration data."),
                             this);
    intro->setObjectName(QStringLiteral("emptyStateLabel"));
    intro->setWordWrap(true);
    intro->setAlignment(Qt::AlignCenter);
    column->addWidget(intro);

    auto *orgBox = new QGroupBox(tr("1. Your organisation (printed at the head of reports)"), this);
    auto *orgLayout = new QVBoxLayout(orgBox);
    m_organisation = new OrganisationForm(m_context, orgBox);
    orgLayout->addWidget(m_organisation);
    auto *orgButtons = new QHBoxLayout;
    if (m_organisation->isReadOnly()) {
        auto *note = new QLabel(tr("Only an administrator can change these details."), orgBox);
        note->setWordWrap(true);
        orgButtons->addWidget(note, 1);
    } else {
        orgButtons->addStretch(1);
    }
    m_saveOrganisation = new QPushButton(tr("&Save organisation details"), orgBox);
    m_saveOrganisation->setObjectName(QStringLiteral("saveOrganisationButton"));
    m_saveOrganisation->setEnabled(!m_organisation->isReadOnly());
    connect(m_saveOrganisation, &QPushButton::clicked, m_organisation, &OrganisationForm::save);
    orgButtons->addWidget(m_saveOrganisation);
    orgLayout->addLayout(orgButtons);
    column->addWidget(orgBox);

    auto *startBox = new QGroupBox(tr("2. Start"), this);
    auto *startLayout = new QVBoxLayout(startBox);
    auto *buttons = new QHBoxLayout;
    m_newCase = new QPushButton(tr("Record the &first case (Ctrl+N)"), startBox);
    m_newCase->setObjectName(QStringLiteral("welcomeNewCaseButton"));
    m_newCase->setEnabled(!m_context.isReadOnly()
                          && services::allowed(m_actor, services::Permission::EditCases));
    connect(m_newCase, &QPushButton::clicked, this, &WelcomePage::newCaseRequested);
    m_demo = new QPushButton(tr("Load &demonstration data…"), startBox);
    m_demo->setObjectName(QStringLiteral("demoDataButton"));
    // Demo records never go into a database that holds other records (handover batches
    // without cases, say): DemoDataService refuses them anyway, the button says so first.
    const bool demoAllowed = !m_context.isReadOnly()
                             && services::allowed(m_actor, services::Permission::GenerateDemoData);
    const bool onlyDemoRecords =
        demoAllowed && demo::DemoDataService(m_context).checkOnlyDemoRecords().ok();
    m_demo->setEnabled(demoAllowed && onlyDemoRecords);
    if (demoAllowed && !onlyDemoRecords)
        m_demo->setToolTip(realRecordsMessage());
    connect(m_demo, &QPushButton::clicked, this, &WelcomePage::askDemoData);
    buttons->addWidget(m_newCase);
    buttons->addWidget(m_demo);
    buttons->addStretch(1);
    startLayout->addLayout(buttons);
    auto *demoNote = new QLabel(
        tr("Demonstration data: %L1 invented persons with receptions, supports and handovers "
           "(no real records), for trying SafeReturn or training staff. Use a separate "
           "database for real work. Only an administrator can load it.")
            .arg(demoPersons),
        startBox);
    demoNote->setWordWrap(true);
    startLayout->addWidget(demoNote);
    m_message = new QLabel(startBox);
    m_message->setObjectName(QStringLiteral("welcomeMessageLabel"));
    m_message->setWordWrap(true);
    m_message->hide();
    startLayout->addWidget(m_message);
    column->addWidget(startBox);
    column->addStretch(2);
}

void WelcomePage::askDemoData()
{
    const bool load = askToDo(
        this,
        tr("Demonstration data"),
        tr("Write %L1 invented persons into this database (%2)?\n\nThey cannot be deleted "
           "afterwards, only archived: use this for a training database, not for real work.")
            .arg(demoPersons)
            .arg(QFileInfo(m_context.databasePath()).fileName()),
        tr("&Load demonstration data"));
    if (load)
        loadDemoData(demoPersons);
}

qint64 WelcomePage::loadDemoData(qint64 persons)
{
    QProgressDialog progress(tr("Writing demonstration data…"), tr("&Stop"), 0, int(persons), this);
    progress.setObjectName(QStringLiteral("demoProgressDialog"));
    progress.setWindowModality(Qt::WindowModal);
    progress.setMinimumDuration(0);
    progress.setValue(0);
    demo::DemoDataService service(m_context);
    const services::AppContext::NoticeBatch oneNotice(m_context);
    qint64 written = 0;
    quint64 seed = 1;
    bool failed = false;
    while (written < persons && !progress.wasCanceled()) {
        demo::DemoOptions options;
        options.persons = qMin(demoChunk, persons - written);
        options.batchSize = int(options.persons);
        options.seed = seed++;
        const auto summary = service.generate(m_actor, options);
        if (!summary) {
            showMessage(summary.error().reason == ErrorReason::RealRecords
                            ? realRecordsMessage()
                            : messages::ErrorMessages::message(summary.error().code),
                        true);
            failed = true;
            break;
        }
        written += summary->persons;
        progress.setValue(int(written));
        QApplication::processEvents();
    }
    progress.reset();
    if (written > 0) {
        spdlog::info("gui: demonstration data written ({} persons)", written);
        if (!failed) {
            showMessage(written < persons
                            ? tr("Stopped: %L1 demonstration persons were written.").arg(written)
                            : tr("%L1 demonstration persons were written.").arg(written),
                        false);
        }
    }
    return written;
}

QString WelcomePage::realRecordsMessage()
{
    return tr("This database holds records that were not made by the demonstration, so no "
              "demonstration data can be written into it. Create a new database for "
              "demonstration data.");
}

QString WelcomePage::messageText() const
{
    return m_message->isHidden() ? QString() : m_message->text();
}

void WelcomePage::showMessage(const QString &text, bool error)
{
    m_message->setText(text);
    m_message->setStyleSheet(error ? QStringLiteral("color: #c42b1c;") : QString());
    m_message->setVisible(!text.isEmpty());
}

} // namespace sr::ui
