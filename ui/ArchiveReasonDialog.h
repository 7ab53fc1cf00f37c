#pragma once

#include <QDialog>

#include <optional>

class QLineEdit;
class QPushButton;

namespace sr::ui {

/**
 * Asks why a record is archived (records are archived with a reason, never deleted): what
 * archiving does, a reason line (required: OK stays disabled while it is blank) and
 * OK/Cancel, Cancel being the default.
 */
class ArchiveReasonDialog : public QDialog
{
    Q_OBJECT

public:
    ArchiveReasonDialog(const QString &title,
                        const QString &explanation,
                        QWidget *parent = nullptr);

    QString reason() const;

    /** Shows the dialog; the trimmed reason, or nothing when cancelled. */
    static std::optional<QString>
    ask(QWidget *parent, const QString &title, const QString &explanation);

private:
    QLineEdit *m_reason = nullptr;
    QPushButton *m_ok = nullptr;
};

} // namespace sr::ui
