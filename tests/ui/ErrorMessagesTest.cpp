#include "messages/ErrorMessages.h"

#include "messages/Translators.h"

#include <QSet>

#include <gtest/gtest.h>

namespace sr::test {
namespace {

const QList<ErrorCode> allCodes{ErrorCode::InvalidInput,
                                ErrorCode::NotFound,
                                ErrorCode::Conflict,
                                ErrorCode::Duplicate,
                                ErrorCode::Busy,
                                ErrorCode::Io,
                                ErrorCode::DiskFull,
                                ErrorCode::NotSafeReturnDatabase,
                                ErrorCode::NewerSchema,
                                ErrorCode::Corrupt,
                                ErrorCode::ReadOnly,
                                ErrorCode::PermissionDenied,
                                ErrorCode::Cancelled,
                                ErrorCode::Internal};

struct LanguageGuard
{
    ~LanguageGuard() { messages::installTranslators(QStringLiteral("en")); }
};

TEST(ErrorMessagesTest, EveryCodeHasItsOwnVietnameseMessage)
{
    LanguageGuard guard;
    ASSERT_TRUE(messages::installTranslators(QStringLiteral("en")));
    QHash<ErrorCode, QString> english;
    for (ErrorCode code : allCodes)
        english.insert(code, messages::ErrorMessages::message(code));

    ASSERT_TRUE(messages::installTranslators(QStringLiteral("vi")));
    QSet<QString> seen;
    for (ErrorCode code : allCodes) {
        const QString message = messages::ErrorMessages::message(code);
        EXPECT_FALSE(message.isEmpty()) << errorCodeName(code).toStdString();
        EXPECT_NE(message, english.value(code)) << "untranslated: " << message.toStdString();
        seen.insert(message);
    }
    EXPECT_EQ(seen.size(), allCodes.size()); // one distinct message per code
}

TEST(ErrorMessagesTest, OpenFailuresNameTheFileAndSayItWasNotChanged)
{
    LanguageGuard guard;
    ASSERT_TRUE(messages::installTranslators(QStringLiteral("vi")));
    const QString foreign = messages::ErrorMessages::openFailure(ErrorCode::NotSafeReturnDatabase,
                                                                 QStringLiteral("x.db"));
    EXPECT_TRUE(foreign.contains(QStringLiteral("\"x.db\"")));
    EXPECT_TRUE(foreign.contains(QStringLiteral("không phải là cơ sở dữ liệu SafeReturn")));
    EXPECT_TRUE(foreign.contains(QStringLiteral("không bị thay đổi")));
    EXPECT_TRUE(messages::ErrorMessages::openFailure(ErrorCode::NewerSchema, QStringLiteral("x.db"))
                    .contains(QStringLiteral("phiên bản SafeReturn mới hơn")));
    EXPECT_TRUE(messages::ErrorMessages::openFailure(ErrorCode::Corrupt, QStringLiteral("x.db"))
                    .contains(QStringLiteral("bị hỏng")));
    EXPECT_TRUE(messages::ErrorMessages::openFailure(ErrorCode::Busy, QStringLiteral("x.db"))
                    .contains(QStringLiteral("khóa")));

    ASSERT_TRUE(messages::installTranslators(QStringLiteral("en")));
    EXPECT_EQ(messages::ErrorMessages::openFailure(ErrorCode::NotFound, QStringLiteral("x.db")),
              QStringLiteral("The database \"x.db\" does not exist."));
}

} // namespace
} // namespace sr::test
