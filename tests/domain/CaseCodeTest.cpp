#include "domain/CaseCode.h"

#include "Printers.h"
#include "domain/Actor.h"
#include "domain/Clock.h"

#include <gtest/gtest.h>

#include <cstdlib>

using namespace sr::domain;

namespace {

TEST(CaseCode, FormatsWithAtLeastFourDigits)
{
    EXPECT_EQ((CaseCode{QStringLiteral("QN"), 2023, 7}.toString()), QStringLiteral("QN-2023-0007"));
    EXPECT_EQ((CaseCode{QStringLiteral("QN"), 2021, 1234}.toString()),
              QStringLiteral("QN-2021-1234"));
    EXPECT_EQ((CaseCode{QStringLiteral("QN"), 2022, 12345}.toString()),
              QStringLiteral("QN-2022-12345"));
}

TEST(CaseCode, ParsesAndRoundTrips)
{
    const auto code = CaseCode::parse(u"QN-2023-0007");
    ASSERT_TRUE(code.has_value());
    EXPECT_EQ(code->prefix, QStringLiteral("QN"));
    EXPECT_EQ(code->year, 2023);
    EXPECT_EQ(code->sequence, 7);
    EXPECT_EQ(code->toString(), QStringLiteral("QN-2023-0007"));

    const auto big = CaseCode::parse(u"HCM-2024-100000");
    ASSERT_TRUE(big.has_value());
    EXPECT_EQ(big->prefix, QStringLiteral("HCM"));
    EXPECT_EQ(big->sequence, 100000);
    EXPECT_EQ(big->toString(), QStringLiteral("HCM-2024-100000"));

    for (int sequence : {1, 9, 10, 999, 1000, 9999, 10000, 123456789}) {
        const CaseCode original{QStringLiteral("QN"), 2023, sequence};
        const auto parsed = CaseCode::parse(original.toString());
        ASSERT_TRUE(parsed.has_value()) << sequence;
        EXPECT_EQ(parsed->toString(), original.toString());
        EXPECT_EQ(parsed->sequence, sequence);
    }
}

class CaseCodeMalformedTest : public ::testing::TestWithParam<const char16_t *>
{};

TEST_P(CaseCodeMalformedTest, IsRefused)
{
    EXPECT_FALSE(CaseCode::parse(QStringView(GetParam())).has_value());
}

INSTANTIATE_TEST_SUITE_P(Inputs,
                         CaseCodeMalformedTest,
                         ::testing::Values(u"",
                                           u"QN",
                                           u"QN-2023",
                                           u"QN-2023-",
                                           u"QN-2023-007",
                                           u"QN-2023-00007",
                                           u"QN-2023-0000",
                                           u"QN-23-0007",
                                           u"qn-2023-0007",
                                           u"-2023-0007",
                                           u"QN_2023_0007",
                                           u"QN-2023-0007 ",
                                           u" QN-2023-0007",
                                           u"QN-2023-00A7",
                                           u"QN-0000-0007",
                                           u"QN-2023-1234567890",
                                           u"ABCDEFGHIJK-2023-0007"),
                         [](const ::testing::TestParamInfo<const char16_t *> &info) {
                             return sr::test::inputCaseName(info.index, info.param);
                         });

TEST(Actor, SystemUserComesFromTheEnvironment)
{
    const QByteArray savedUser = qgetenv("USER");
    const QByteArray savedLogname = qgetenv("LOGNAME");
    const QByteArray savedUsername = qgetenv("USERNAME");

    qputenv("USER", "socialworker1");
    EXPECT_EQ(Actor::systemUser().userName, QStringLiteral("socialworker1"));
    EXPECT_EQ(Actor::systemUser().role, Role::Administrator);

    qunsetenv("USER");
    qputenv("LOGNAME", "manager");
    EXPECT_EQ(Actor::systemUser().userName, QStringLiteral("manager"));

    qunsetenv("LOGNAME");
    qputenv("USERNAME", "WinUser");
    EXPECT_EQ(Actor::systemUser().userName, QStringLiteral("WinUser"));

    qunsetenv("USERNAME");
    EXPECT_EQ(Actor::systemUser().userName, QStringLiteral("unknown"));

    const auto restore = [](const char *name, const QByteArray &value) {
        if (value.isNull())
            qunsetenv(name);
        else
            qputenv(name, value);
    };
    restore("USER", savedUser);
    restore("LOGNAME", savedLogname);
    restore("USERNAME", savedUsername);
}

class TestClock : public Clock
{
public:
    QDateTime now() const override { return QDateTime(QDate(2023, 8, 10), QTime(9, 30)); }
};

TEST(Clock, InstanceCanBeReplacedAndRestored)
{
    const QDateTime before = QDateTime::currentDateTime();
    const QDateTime system = Clock::instance().now();
    EXPECT_GE(system, before);
    EXPECT_LE(system.secsTo(QDateTime::currentDateTime()), 5);

    const TestClock fixed;
    Clock::setInstance(&fixed);
    EXPECT_EQ(Clock::instance().today(), QDate(2023, 8, 10));
    EXPECT_EQ(Clock::instance().now().time(), QTime(9, 30));

    Clock::setInstance(nullptr);
    EXPECT_EQ(Clock::instance().today(), QDate::currentDate());
}

} // namespace
