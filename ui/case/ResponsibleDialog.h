#pragma once

#include "domain/Actor.h"

#include <QDialog>

#include <optional>

class QComboBox;
class QLabel;
class QLineEdit;
class QTableWidget;

namespace sr::services {
class AppContext;
} // namespace sr::services

namespace sr::ui {

/**
 * "Change the responsible worker" of a case (docs/case-work.md): the worker (each with their
 * open cases) or nobody, a required reason, and the case's assignment history. A refusal
 * keeps what was chosen and typed and marks the field at fault.
 */
class ResponsibleDialog : public QDialog
{
    Q_OBJECT

public:
    ResponsibleDialog(services::AppContext &context,
                      qint64 personId,
                      std::optional<qint64> current,
                      QWidget *parent = nullptr);

    QComboBox *workerCombo() const { return m_workerCombo; }
    QLineEdit *reasonEdit() const { return m_reasonEdit; }
    QLabel *messageLabel() const { return m_message; }
    QTableWidget *historyTable() const { return m_history; }

    void accept() override;
    void done(int result) override;

private:
    void loadWorkers(std::optional<qint64> current);
    void loadHistory();

    services::AppContext &m_context;
    domain::Actor m_actor;
    qint64 m_personId = 0;
    QComboBox *m_workerCombo = nullptr;
    QLineEdit *m_reasonEdit = nullptr;
    QLabel *m_message = nullptr;
    QTableWidget *m_history = nullptr;
};

} // namespace sr::ui
