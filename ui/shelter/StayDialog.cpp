#include "ui/shelter/StayDialog.h"

#include "domain/Clock.h"
#include "messages/ErrorMessages.h"
#include "messages/FieldMessages.h"
#include "services/AppContext.h"
#include "services/Permissions.h"
#include "ui/case/CaseFields.h"

#include <QComboBox>
#include <QDialogButtonBox>
#include <QFormLayout>
#include <QLabel>
#include <QLineEdit>
#include <QLocale>
#include <QPlainTextEdit>
#include <QPushButton>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

bool englishUi()
{
    return QLocale().language() == QLocale::English;
}

} // namespace

StayDialog::StayDialog(services::AppContext &context, qint64 receptionId, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.database())
    , m_mode(Mode::Admit)
    , m_receptionId(receptionId)
{
    build();
}

StayDialog::StayDialog(services::AppContext &context, qint64 stayId, int version, QWidget *parent)
    : QDialog(parent)
    , m_context(context)
    , m_actor(context.actor())
    , m_service(context.database())
    , m_mode(Mode::Leave)
    , m_stayId(stayId)
    , m_version(version)
{
    build();
}

StayDialog::~StayDialog() = default;

void StayDialog::build()
{
    setObjectName(QStringLiteral("StayDialog"));
    const bool admit = m_mode == Mode::Admit;
    setWindowTitle(admit ? tr("Admit to shelter") : tr("Record leaving the shelter"));
    auto *layout = new QVBoxLayout(this);
    auto *form = new QFormLayout;
    layout->addLayout(form);

    if (admit) {
        if (m_receptionId == 0) {
            m_caseCode = new QLineEdit(this);
            m_caseCode->setObjectName(QStringLiteral("caseCodeEdit"));
            m_caseCode->setPlaceholderText(tr("e.g. QN-2025-0007"));
            form->addRow(tr("&Case code:"), m_caseCode);
            connect(m_caseCode, &QLineEdit::editingFinished, this, &StayDialog::loadReceptions);
            m_reception = new QComboBox(this);
            m_reception->setObjectName(QStringLiteral("receptionComboBox"));
            form->addRow(tr("&Reception:"), m_reception);
            m_fields.insert(QStringLiteral("reception_id"), m_caseCode);
        }
        m_room = new QComboBox(this);
        m_room->setObjectName(QStringLiteral("roomComboBox"));
        form->addRow(tr("R&oom:"), m_room);
        m_fields.insert(QStringLiteral("room_code"), m_room);
        const auto board = m_service.board(m_actor, domain::Clock::instance().today());
        if (board) {
            for (const services::ShelterBoardEntry &shelter : board->shelters) {
                const QString shelterName = englishUi() && !shelter.shelter.nameEn.isEmpty()
                                                ? shelter.shelter.nameEn
                                                : shelter.shelter.nameVi;
                for (const services::ShelterRoomBoard &room : shelter.rooms) {
                    const QString roomName = englishUi() && !room.room.nameEn.isEmpty()
                                                 ? room.room.nameEn
                                                 : room.room.nameVi;
                    //: A room in the admit dialog: shelter, room, beds taken today of its beds.
                    m_room->addItem(tr("%1 – %2 (%3/%4 today)")
                                        .arg(shelterName, roomName)
                                        .arg(room.occupied)
                                        .arg(room.room.capacity),
                                    room.room.code);
                }
            }
        }
    }
    m_date = new DateLineEdit(this);
    m_date->setObjectName(QStringLiteral("stayDateEdit"));
    m_date->setDate(domain::Clock::instance().today());
    form->addRow(admit ? tr("&Admitted on:") : tr("&Left on:"), m_date);
    m_fields.insert(admit ? QStringLiteral("admitted_date") : QStringLiteral("left_date"), m_date);
    if (admit) {
        m_notes = new QPlainTextEdit(this);
        m_notes->setObjectName(QStringLiteral("notesEdit"));
        m_notes->setTabChangesFocus(true);
        m_notes->setMaximumHeight(80);
        form->addRow(tr("No&tes:"), m_notes);
        m_fields.insert(QStringLiteral("notes"), m_notes);
    } else {
        m_reason = new QComboBox(this);
        m_reason->setObjectName(QStringLiteral("reasonComboBox"));
        for (const QString &code : domain::leavingReasonCodes())
            m_reason->addItem(domain::leavingReasonLabel(code), code);
        form->addRow(tr("&Reason:"), m_reason);
        m_fields.insert(QStringLiteral("leaving_reason"), m_reason);
    }

    m_message = new QLabel(this);
    m_message->setObjectName(QStringLiteral("messageLabel"));
    m_message->setWordWrap(true);
    m_message->setStyleSheet(QStringLiteral("QLabel { color: #a4262c; }"));
    m_message->hide();
    layout->addWidget(m_message);

    auto *buttons = new QDialogButtonBox(this);
    m_saveButton = buttons->addButton(admit ? tr("A&dmit") : tr("Record &leaving"),
                                      QDialogButtonBox::AcceptRole);
    m_saveButton->setObjectName(QStringLiteral("saveButton"));
    m_saveButton->setDefault(true);
    buttons->addButton(tr("Ca&ncel"), QDialogButtonBox::RejectRole);
    connect(buttons, &QDialogButtonBox::accepted, this, [this] {
        if (save())
            accept();
    });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    layout->addWidget(buttons);

    const bool writable =
        !m_context.isReadOnly() && services::allowed(m_actor, services::Permission::AdmitToShelter);
    m_saveButton->setEnabled(writable);
    resize(520, sizeHint().height());
}

void StayDialog::loadReceptions()
{
    if (!m_reception || !m_caseCode)
        return;
    m_reception->clear();
    const QString code = m_caseCode->text().trimmed();
    if (code.isEmpty())
        return;
    const auto receptions = m_service.receptionsOfCase(m_actor, code);
    if (!receptions) {
        CaseFields::markInvalid(m_caseCode,
                                tr("No case with this code: check the code on the case list."));
        showMessage(tr("No case with this code: check the code on the case list."));
        return;
    }
    CaseFields::markInvalid(m_caseCode, QString());
    showMessage(QString());
    for (const domain::Reception &reception : *receptions) {
        //: A reception offered in the admit dialog, by its date.
        m_reception->addItem(
            tr("Received on %1").arg(CaseFields::formatDate(reception.receptionDate)),
            reception.meta.id);
    }
}

bool StayDialog::save()
{
    for (QWidget *field : std::as_const(m_fields))
        CaseFields::markInvalid(field, QString());
    showMessage(QString());
    if (m_date->isMalformed()) {
        const domain::FieldError error{m_mode == Mode::Admit ? QStringLiteral("admitted_date")
                                                             : QStringLiteral("left_date"),
                                       domain::ValidationCode::InvalidDate};
        showErrors({error});
        return false;
    }
    services::ServiceResult<domain::ShelterStay> result = [this] {
        if (m_mode == Mode::Leave) {
            return m_service.leave(
                m_actor, m_stayId, m_version, m_date->date(), m_reason->currentData().toString());
        }
        domain::ShelterStay stay;
        if (m_receptionId == 0 && m_caseCode) {
            if (m_reception->count() == 0)
                loadReceptions();
            stay.receptionId = m_reception->currentData().toLongLong();
        } else {
            stay.receptionId = m_receptionId;
        }
        stay.roomCode = m_room->currentData().toString();
        stay.admitted = m_date->date();
        stay.notes = m_notes->toPlainText();
        return m_service.admit(m_actor, stay);
    }();
    if (!result.ok()) {
        if (!result.fieldErrors().isEmpty())
            showErrors(result.fieldErrors());
        else
            showMessage(messages::ErrorMessages::message(result.error()));
        return false;
    }
    m_saved = result.value();
    return true;
}

void StayDialog::showErrors(const domain::FieldErrors &errors)
{
    QStringList lines;
    QWidget *first = nullptr;
    for (const domain::FieldError &error : errors) {
        const QString label = error.field == QLatin1String("room_code")        ? tr("The room")
                              : error.field == QLatin1String("admitted_date")  ? tr("Admitted on")
                              : error.field == QLatin1String("left_date")      ? tr("Left on")
                              : error.field == QLatin1String("leaving_reason") ? tr("Reason")
                              : error.field == QLatin1String("reception_id")   ? tr("Case code")
                                                                               : tr("Notes");
        const QString text = messages::FieldMessages::message(error, label);
        if (!lines.contains(text))
            lines << text;
        if (QWidget *field = m_fields.value(error.field)) {
            CaseFields::markInvalid(field, text);
            if (!first)
                first = field;
        }
    }
    showMessage(lines.join(QLatin1Char('\n')));
    if (first)
        first->setFocus(Qt::OtherFocusReason);
}

void StayDialog::showMessage(const QString &text)
{
    m_message->setText(text);
    m_message->setVisible(!text.isEmpty());
}

QString StayDialog::messageText() const
{
    return m_message->text();
}

} // namespace sr::ui
