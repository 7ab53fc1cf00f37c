// The reception form's agency pickers: agencies abolished in the 2025 reorganisation
// (historical, migration 8) are not offered for a new reception, and a reception that names one
// shows it, marked "(historical)", and keeps it.
#include "domain/Actor.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/CaseService.h"
#include "support/TempDatabase.h"
#include "ui/AgencyChoices.h"
#include "ui/case/ReceptionForm.h"

#include <QComboBox>
#include <QListView>
#include <QTest>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QString kHistorical = QStringLiteral("ldtbxh_mong_cai");

class AgencyPickerTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite() { messages::installTranslators(QStringLiteral("en")); }

    services::CaseReferenceData reference()
    {
        services::AppContext context(m_db.db(), m_actor);
        auto data = context.cases().referenceData(m_actor);
        EXPECT_TRUE(data);
        return data ? *data : services::CaseReferenceData{};
    }

    TempDatabase m_db;
    domain::Actor m_actor = domain::Actor::systemUser();
};

/** Every agency code the keyboard reaches from the first item with Down. */
QStringList reachable(QComboBox *combo)
{
    QStringList codes;
    combo->setCurrentIndex(0);
    for (int i = 0; i < combo->count() + 2; ++i) {
        QTest::keyClick(combo, Qt::Key_Down);
        codes << combo->currentData().toString();
    }
    return codes;
}

TEST_F(AgencyPickerTest, NewReceptionsAreNotOfferedHistoricalAgencies)
{
    ui::ReceptionForm form(reference());
    for (const char *name : {"agencyCombo", "decidingAgencyCombo"}) {
        SCOPED_TRACE(name);
        auto *combo = form.findChild<QComboBox *>(QLatin1String(name));
        ASSERT_NE(combo, nullptr);
        const int index = combo->findData(kHistorical);
        ASSERT_GE(index, 0) << "kept in the picker for the records that name it";
        EXPECT_TRUE(ui::AgencyChoices::isHiddenChoice(combo, index));
        auto *view = qobject_cast<QListView *>(combo->view());
        ASSERT_NE(view, nullptr);
        EXPECT_TRUE(view->isRowHidden(index));
        EXPECT_FALSE(view->isRowHidden(combo->findData(QStringLiteral("ctxh_qn"))));
        const QStringList codes = reachable(combo);
        EXPECT_TRUE(codes.contains(QStringLiteral("ctxh_qn")));
        EXPECT_FALSE(codes.contains(kHistorical));
        EXPECT_FALSE(codes.contains(QStringLiteral("so_ldtbxh_qn")));
    }
}

TEST_F(AgencyPickerTest, AReceptionThatNamesOneShowsItMarkedAndKeepsIt)
{
    ui::ReceptionForm form(reference());
    domain::Reception reception;
    reception.receptionDate = QDate(2024, 3, 4);
    reception.agencyCode = kHistorical;
    reception.identificationAgencyCode = QStringLiteral("so_ldtbxh_qn");
    form.setReception(reception);

    auto *agency = form.findChild<QComboBox *>(QStringLiteral("agencyCombo"));
    EXPECT_EQ(agency->currentData().toString(), kHistorical);
    EXPECT_TRUE(agency->currentText().startsWith(QStringLiteral("(historical) ")))
        << agency->currentText().toStdString();
    EXPECT_FALSE(ui::AgencyChoices::isHiddenChoice(agency, agency->currentIndex()));
    EXPECT_FALSE(qobject_cast<QListView *>(agency->view())->isRowHidden(agency->currentIndex()));

    auto *deciding = form.findChild<QComboBox *>(QStringLiteral("decidingAgencyCombo"));
    EXPECT_EQ(deciding->currentData().toString(), QStringLiteral("so_ldtbxh_qn"));

    const domain::Reception read = form.reception();
    EXPECT_EQ(read.agencyCode, kHistorical);
    EXPECT_EQ(read.identificationAgencyCode, QStringLiteral("so_ldtbxh_qn"));
}

} // namespace
} // namespace sr::test
