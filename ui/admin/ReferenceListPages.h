#pragma once

#include "domain/Reference.h"
#include "ui/admin/ReferenceListPage.h"

#include <QCoreApplication>

// The reference lists the administrator edits, each one a ReferenceListPageOf its record that
// only adds its own fields; what they share is in ReferenceListPage.h.

namespace sr::ui {

class MoneyLineEdit;

/** The agencies: kind, province and whether abolished (historical) besides the shared fields. */
class AgencyListPage final : public ReferenceListPageOf<domain::Agency>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    AgencyListPage(services::AppContext &context,
                   const services::ReferenceLists &lists,
                   QWidget *parent = nullptr);

private:
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    QString extraOf(const domain::Agency &agency) const override;
    void showRecord(const domain::Agency &agency) override;
    void readFields(domain::Agency &agency) const override;

    QComboBox *m_kind = nullptr;
    QComboBox *m_province = nullptr;
    QCheckBox *m_historical = nullptr;
};

/** The border gates: the neighbouring country besides the shared fields. */
class BorderGateListPage final : public ReferenceListPageOf<domain::BorderGate>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    BorderGateListPage(services::AppContext &context,
                       const services::ReferenceLists &lists,
                       QWidget *parent = nullptr);

private:
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    QString extraOf(const domain::BorderGate &gate) const override;
    void showRecord(const domain::BorderGate &gate) override;
    void readFields(domain::BorderGate &gate) const override;

    QComboBox *m_country = nullptr;
};

/** The support types: default amount, legal regime and order besides the shared fields. */
class SupportTypeListPage final : public ReferenceListPageOf<domain::SupportType>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    SupportTypeListPage(services::AppContext &context,
                        const services::ReferenceLists &lists,
                        QWidget *parent = nullptr);

private:
    bool extraColumnIsAmount() const override { return true; }
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    QString extraOf(const domain::SupportType &type) const override;
    void showRecord(const domain::SupportType &type) override;
    void readFields(domain::SupportType &type) const override;
    void prepareNew() override;
    domain::FieldErrors malformedFields() const override;

    MoneyLineEdit *m_amount = nullptr;
    QCheckBox *m_legal = nullptr;
    QSpinBox *m_sortOrder = nullptr;
};

/**
 * The kinds of attachment (docs/attachments.md): the Vietnamese and English names the
 * attachments table and the attach dialog show, and their order in those lists.
 */
class AttachmentTypeListPage final : public ReferenceListPageOf<domain::AttachmentType>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    AttachmentTypeListPage(services::AppContext &context,
                           const services::ReferenceLists &lists,
                           QWidget *parent = nullptr);

private:
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    QString extraOf(const domain::AttachmentType &type) const override;
    void showRecord(const domain::AttachmentType &type) override;
    void readFields(domain::AttachmentType &type) const override;
    void prepareNew() override;

    QSpinBox *m_sortOrder = nullptr;
};

/**
 * The rules that make tasks (docs/case-work.md): what triggers them and how long after the
 * trigger's date the task is due, in months and days.
 */
class TaskRuleListPage final : public ReferenceListPageOf<domain::TaskRule>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    TaskRuleListPage(services::AppContext &context,
                     const services::ReferenceLists &lists,
                     QWidget *parent = nullptr);

    /** "3 months", "30 days", "1 month 15 days", "on the day" (translated). */
    static QString delayText(int months, int days);

private:
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    QString extraOf(const domain::TaskRule &rule) const override;
    void showRecord(const domain::TaskRule &rule) override;
    void readFields(domain::TaskRule &rule) const override;

    QComboBox *m_kind = nullptr;
    QSpinBox *m_months = nullptr;
    QSpinBox *m_days = nullptr;
    QSpinBox *m_lapse = nullptr;
};

/** The shelters (docs/centre-work.md, "Shelter"): their order on the board besides the shared fields. */
class ShelterListPage final : public ReferenceListPageOf<domain::Shelter>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    ShelterListPage(services::AppContext &context,
                    const services::ReferenceLists &lists,
                    QWidget *parent = nullptr);

private:
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    QString extraOf(const domain::Shelter &shelter) const override;
    void showRecord(const domain::Shelter &shelter) override;
    void readFields(domain::Shelter &shelter) const override;
    void prepareNew() override;

    QSpinBox *m_sortOrder = nullptr;
};

/** The shelters' rooms: the shelter, the beds (capacity) and the order on the board. */
class ShelterRoomListPage final : public ReferenceListPageOf<domain::ShelterRoom>
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ReferenceListPage)

public:
    ShelterRoomListPage(services::AppContext &context,
                        const services::ReferenceLists &lists,
                        QWidget *parent = nullptr);

private:
    void addFields(QFormLayout *form, const services::ReferenceLists &lists) override;
    QString extraOf(const domain::ShelterRoom &room) const override;
    void showRecord(const domain::ShelterRoom &room) override;
    void readFields(domain::ShelterRoom &room) const override;
    void prepareNew() override;

    QComboBox *m_shelter = nullptr;
    QSpinBox *m_capacity = nullptr;
    QSpinBox *m_sortOrder = nullptr;
};

} // namespace sr::ui
