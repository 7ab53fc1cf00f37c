// The ui and the CLI word errors from one catalogue (src/messages), chosen by the error's code
// and typed reason, never by its detail.
#include "messages/AuthMessages.h"
#include "messages/CliMessages.h"
#include "messages/ErrorMessages.h"

#include <QSet>

#include <gtest/gtest.h>

namespace sr::messages {
namespace {

const QList<ErrorReason> authReasons{ErrorReason::BadCredentials,
                                     ErrorReason::AccountLocked,
                                     ErrorReason::AccountDisabled,
                                     ErrorReason::AccountChangedOutside,
                                     ErrorReason::InvalidUserName,
                                     ErrorReason::PasswordTooShort,
                                     ErrorReason::PasswordTooLong,
                                     ErrorReason::PasswordCommon,
                                     ErrorReason::PasswordIsUserName,
                                     ErrorReason::PasswordsDiffer,
                                     ErrorReason::LastAdministrator,
                                     ErrorReason::OwnAccount,
                                     ErrorReason::IdleMinutes};

TEST(MessagesTest, EveryAuthReasonHasItsOwnSentence)
{
    QSet<QString> seen;
    for (ErrorReason reason : authReasons) {
        // The detail is ignored: only the reason chooses the sentence.
        const QString text =
            AuthMessages::error(Error{ErrorCode::InvalidInput, QStringLiteral("x"), reason});
        EXPECT_FALSE(text.isEmpty()) << errorReasonName(reason).toStdString();
        seen.insert(text);
    }
    EXPECT_EQ(seen.size(), authReasons.size());
    EXPECT_EQ(AuthMessages::error(makeError(
                  ErrorCode::InvalidInput, ErrorReason::PasswordsDiffer, QStringLiteral("differ"))),
              AuthMessages::passwordsDiffer());
    EXPECT_EQ(AuthMessages::error(
                  makeError(ErrorCode::PermissionDenied, QStringLiteral("bad_credentials"))),
              AuthMessages::notAllowed());
}

TEST(MessagesTest, TheCliWordsTheSameReasonsInItsOwnStyle)
{
    EXPECT_EQ(CliAuthMessages::refused(makeError(
                  ErrorCode::PermissionDenied, ErrorReason::AccountDisabled, QStringLiteral("x"))),
              QStringLiteral("login refused: the account is disabled"));
    EXPECT_EQ(CliAuthMessages::refused(
                  makeError(ErrorCode::PermissionDenied, QStringLiteral("disabled"))),
              QStringLiteral("login refused: wrong user name or password"));
    EXPECT_EQ(CliCommandMessages::userProblem(makeError(ErrorCode::InvalidInput,
                                                        ErrorReason::PasswordTooShort,
                                                        QStringLiteral("password_too_short")),
                                              QStringLiteral("lan")),
              QStringLiteral("the password needs at least 10 characters"));
    EXPECT_EQ(
        CliCommandMessages::userProblem(makeError(ErrorCode::Duplicate), QStringLiteral("lan")),
        QStringLiteral("a user named lan already exists"));
}

TEST(MessagesTest, ARestoreIsRefusedByItsReason)
{
    const QString file = QStringLiteral("/tmp/b.db");
    EXPECT_EQ(CliCommandMessages::restoreRefused(file,
                                                 Error{ErrorCode::NotSafeReturnDatabase,
                                                       QStringLiteral("schema_mismatch: extra t"),
                                                       ErrorReason::SchemaMismatch}),
              QStringLiteral("/tmp/b.db is not a complete SafeReturn backup: its tables, indexes "
                             "or triggers differ from those of its version; the database was not "
                             "changed"));
    EXPECT_EQ(
        CliCommandMessages::restoreRefused(
            file,
            Error{ErrorCode::Corrupt, QStringLiteral("foreign_keys"), ErrorReason::ForeignKeys}),
        QStringLiteral("/tmp/b.db has records that point to missing records; the database "
                       "was not changed"));
    EXPECT_EQ(CliCommandMessages::restoreRefused(file, makeError(ErrorCode::Corrupt)),
              QStringLiteral("/tmp/b.db is damaged or incomplete; the database was not changed"));
}

TEST(MessagesTest, EveryCodeHasAUiMessageAndACliSentence)
{
    for (int c = int(ErrorCode::InvalidInput); c <= int(ErrorCode::Internal); ++c) {
        EXPECT_FALSE(ErrorMessages::message(ErrorCode(c)).isEmpty());
        EXPECT_FALSE(errorSentence(ErrorCode(c)).isEmpty());
    }
}

} // namespace
} // namespace sr::messages
