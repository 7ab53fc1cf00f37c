#pragma once

#include "domain/Actor.h"
#include "domain/Attachment.h"
#include "domain/Reference.h"
#include "domain/Result.h"
#include "domain/Validation.h"

#include <QCoreApplication>
#include <QDialog>
#include <QHash>
#include <QList>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QPushButton;

namespace sr::services {
class AttachmentService;
} // namespace sr::services

namespace sr::ui {

class DateLineEdit;

/** A record of the case an attachment can belong to, as the attach dialog offers it. */
struct AttachmentOwner
{
    QString label; ///< "Reception 02/03/2026", "Support: Medical care 05/03/2026", …
    std::optional<qint64> receptionId;
    std::optional<qint64> supportId;
    std::optional<qint64> followUpId;
};

/**
 * The words shared by the attachments tab, the attach dialog and the viewer: the kind of
 * paper in the interface language, its size ("1,2 MB" / "1.2 MB") and what it belongs to.
 */
class AttachmentTexts
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::AttachmentTexts)

public:
    /** The name of the type @a code among @a types in the interface language; else the code. */
    static QString typeLabel(const QList<domain::AttachmentType> &types, const QString &code);
    /** "850 KB", "1,2 MB" in Vietnamese, "1.2 MB" in English. */
    static QString sizeText(qint64 bytes);
    /** Why an attachment cannot be opened: a damaged one (Corrupt) gets its own sentence. */
    static QString openFailure(const Error &error);
    /** True when @a error is about the file chosen (its content, or the system refusing it). */
    static bool isFileProblem(const Error &error);
};

/**
 * Attaches a file to a case (docs/attachments.md): the file (Browse… offers PDF, JPEG, PNG and
 * TIFF, but the service checks the content whatever the name), the kind of paper, its date
 * (optional, dd/MM/yyyy, not in the future), what it belongs to (the person, a reception, a
 * support or a follow-up) and a note. Enter attaches, Esc cancels. When the service refuses,
 * the file's problem is written under the file field, invalid fields are marked with what is
 * wrong, and everything chosen stays as it was.
 */
class AttachDialog : public QDialog
{
    Q_OBJECT

public:
    /**
     * For the person @a personId; @a owners lists the person first, then its receptions,
     * supports and follow-ups; @a defaultOwner is chosen at first.
     */
    AttachDialog(services::AttachmentService &service,
                 const domain::Actor &actor,
                 qint64 personId,
                 const QList<domain::AttachmentType> &types,
                 const QList<AttachmentOwner> &owners,
                 int defaultOwner,
                 QWidget *parent = nullptr);

    void setFilePath(const QString &path);
    /** The attachment stored by the last accept (meta.id 0 before). */
    const domain::Attachment &attachment() const { return m_attached; }

    QLineEdit *fileEdit() const { return m_file; }
    QPushButton *browseButton() const { return m_browse; }
    QLabel *fileErrorLabel() const { return m_fileError; }
    QComboBox *typeCombo() const { return m_type; }
    DateLineEdit *dateEdit() const { return m_date; }
    QComboBox *ownerCombo() const { return m_owner; }
    QLineEdit *noteEdit() const { return m_note; }
    /** The message under the fields (other refusals), empty when hidden. */
    QString errorText() const;

public Q_SLOTS:
    void accept() override;
    void done(int result) override;

Q_SIGNALS:
    void attached(const domain::Attachment &attachment);

private:
    void browse();
    void showFileProblem(const QString &text);
    void markFields(const domain::FieldErrors &errors);

    services::AttachmentService &m_service;
    domain::Actor m_actor;
    qint64 m_personId = 0;
    QList<AttachmentOwner> m_owners;
    domain::Attachment m_attached;

    QLineEdit *m_file = nullptr;
    QPushButton *m_browse = nullptr;
    QLabel *m_fileError = nullptr;
    QComboBox *m_type = nullptr;
    DateLineEdit *m_date = nullptr;
    QComboBox *m_owner = nullptr;
    QLineEdit *m_note = nullptr;
    QLabel *m_error = nullptr;
    QHash<QString, QWidget *> m_fields;
};

} // namespace sr::ui
