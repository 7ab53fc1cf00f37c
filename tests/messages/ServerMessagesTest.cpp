// A database server's failures are worded by their reason, whatever code the storage layer gives
// them, on the CLI and in the desktop application: what happened and what to do.
#include "messages/CliMessages.h"
#include "messages/ErrorMessages.h"

#include <QSet>

#include <gtest/gtest.h>

namespace sr::messages {
namespace {

const QList<ErrorReason> serverReasons{ErrorReason::ServerUnreachable,
                                       ErrorReason::ServerLogin,
                                       ErrorReason::ServerPasswordNeeded,
                                       ErrorReason::ServerTls,
                                       ErrorReason::ServerNoSchema,
                                       ErrorReason::ServerNoRights,
                                       ErrorReason::ServerConnectionLost};

const QString location = QStringLiteral("postgresql://safereturn@db.province.vn:5432/safereturn");

TEST(ServerMessagesTest, EveryServerReasonHasItsOwnSentences)
{
    QSet<QString> cli;
    QSet<QString> ui;
    for (ErrorReason reason : serverReasons) {
        // The code and the detail do not choose the sentence: the reason does.
        const Error error{ErrorCode::Io, QStringLiteral("could not connect: x"), reason};
        const QString cliText = errorSentence(error);
        const QString uiText = ErrorMessages::message(error);
        EXPECT_FALSE(cliText.isEmpty()) << errorReasonName(reason).toStdString();
        EXPECT_NE(cliText, errorSentence(ErrorCode::Io));
        EXPECT_NE(uiText, ErrorMessages::message(ErrorCode::Io));
        EXPECT_FALSE(cliText.contains(QLatin1String("could not connect")));
        EXPECT_TRUE(isServerReason(reason));
        cli.insert(cliText);
        ui.insert(uiText);
    }
    EXPECT_EQ(cli.size(), serverReasons.size());
    EXPECT_EQ(ui.size(), serverReasons.size());
    EXPECT_FALSE(isServerReason(ErrorReason::FolderMissing));
    EXPECT_FALSE(isServerReason(ErrorReason::None));
}

TEST(ServerMessagesTest, AnOpenFailureNamesTheLocationAndWhatToDo)
{
    const Error noSchema{ErrorCode::NotSafeReturnDatabase, QString(), ErrorReason::ServerNoSchema};
    EXPECT_EQ(openErrorSentence(noSchema, location),
              location
                  + QStringLiteral(" could not be opened: the server's database has no "
                                   "SafeReturn tables yet; an administrator creates them "
                                   "with: safereturn server init --db ")
                  + location);
    const QString ui = ErrorMessages::openFailure(noSchema, location);
    EXPECT_TRUE(ui.contains(QStringLiteral("safereturn server init --db ") + location))
        << ui.toStdString();

    const Error tls{ErrorCode::Io, QString(), ErrorReason::ServerTls};
    EXPECT_TRUE(openErrorSentence(tls, location).contains(QLatin1String("sslmode=disable")));
    EXPECT_TRUE(ErrorMessages::openFailure(tls, location)
                    .contains(QLatin1String("only for a server on this same computer")));

    const Error noPassword{
        ErrorCode::PermissionDenied, QString(), ErrorReason::ServerPasswordNeeded};
    const QString sentence = openErrorSentence(noPassword, location);
    EXPECT_TRUE(sentence.contains(QLatin1String("PGPASSWORD")));
    EXPECT_TRUE(sentence.contains(QLatin1String("never on the command line")));
}

TEST(ServerMessagesTest, AFileStillGetsItsFileSentence)
{
    const QString file = QStringLiteral("/tmp/safereturn.db");
    EXPECT_EQ(openErrorSentence(makeError(ErrorCode::Busy), file),
              openErrorSentence(ErrorCode::Busy, file));
    EXPECT_EQ(ErrorMessages::openFailure(makeError(ErrorCode::NotFound), file),
              ErrorMessages::openFailure(ErrorCode::NotFound, QStringLiteral("safereturn.db")));
}

} // namespace
} // namespace sr::messages
