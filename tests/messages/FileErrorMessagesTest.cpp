// A file error names its file and the system's reason, in the desktop application and on the
// CLI alike (Error::path and the file reasons of domain/FileErrors.h); no file error is worded
// as a bare "could not be read or written".
#include "domain/FileErrors.h"
#include "messages/CliMessages.h"
#include "messages/ErrorMessages.h"

#include <QDir>
#include <QSet>

#include <gtest/gtest.h>

#include <cerrno>

namespace sr::messages {
namespace {

const QList<ErrorReason> fileReasons{ErrorReason::FolderMissing,
                                     ErrorReason::FileMissing,
                                     ErrorReason::AccessDenied,
                                     ErrorReason::ReadOnlyDisk,
                                     ErrorReason::IsFolder,
                                     ErrorReason::NameTooLong,
                                     ErrorReason::DeviceError};

const QString kPath = QStringLiteral("/media/usb/báo cáo/export.csv");

TEST(FileErrorMessagesTest, EveryReasonNamesThePathAndHasItsOwnWords)
{
    QSet<QString> ui;
    QSet<QString> cli;
    for (ErrorReason reason : fileReasons) {
        SCOPED_TRACE(errorReasonName(reason).toStdString());
        const Error error = fileError(ErrorCode::Io, kPath, reason, QStringLiteral("x"));
        const QString shown = ErrorMessages::message(error);
        const QString said = errorSentence(error);
        const QString named = reason == ErrorReason::FolderMissing
                                  ? QDir::toNativeSeparators(QStringLiteral("/media/usb/báo cáo"))
                                  : QDir::toNativeSeparators(kPath);
        EXPECT_TRUE(shown.contains(QDir::toNativeSeparators(kPath))) << shown.toStdString();
        EXPECT_TRUE(said.contains(named)) << said.toStdString();
        EXPECT_NE(shown, ErrorMessages::message(ErrorCode::Io));
        ui.insert(shown);
        cli.insert(said);
    }
    EXPECT_EQ(ui.size(), fileReasons.size());
    EXPECT_EQ(cli.size(), fileReasons.size());
}

TEST(FileErrorMessagesTest, TheMissingFolderIsNamed)
{
    const Error error =
        fileError(ErrorCode::Io, kPath, ErrorReason::FolderMissing, QStringLiteral("x"));
    EXPECT_TRUE(ErrorMessages::message(error).contains(QStringLiteral("\"/media/usb/báo cáo\" "
                                                                      "does not exist")))
        << ErrorMessages::message(error).toStdString();
    EXPECT_EQ(errorSentence(error), QStringLiteral("the folder /media/usb/báo cáo does not exist"));
}

TEST(FileErrorMessagesTest, AFullDiskNamesTheFile)
{
    const Error error = fileError(ErrorCode::DiskFull, kPath, ErrorReason::None, {});
    EXPECT_TRUE(ErrorMessages::message(error).contains(kPath));
    EXPECT_TRUE(errorSentence(error).contains(kPath));
}

TEST(FileErrorMessagesTest, OtherErrorsAreWordedByTheirCode)
{
    const Error error{ErrorCode::Conflict, QStringLiteral("detail")};
    EXPECT_EQ(ErrorMessages::message(error), ErrorMessages::message(ErrorCode::Conflict));
    EXPECT_EQ(errorSentence(error), errorSentence(ErrorCode::Conflict));
}

TEST(FileErrorMessagesTest, SystemErrorNumbersMapToReasons)
{
    EXPECT_EQ(fileErrorReason(ENOENT), ErrorReason::FileMissing);
    EXPECT_EQ(fileErrorReason(EACCES), ErrorReason::AccessDenied);
    EXPECT_EQ(fileErrorReason(EPERM), ErrorReason::AccessDenied);
    EXPECT_EQ(fileErrorReason(EROFS), ErrorReason::ReadOnlyDisk);
    EXPECT_EQ(fileErrorReason(EISDIR), ErrorReason::IsFolder);
    EXPECT_EQ(fileErrorReason(ENAMETOOLONG), ErrorReason::NameTooLong);
    EXPECT_EQ(fileErrorReason(EIO), ErrorReason::DeviceError);
    EXPECT_EQ(fileErrorReason(ENOSPC), ErrorReason::None); // ErrorCode::DiskFull says it
}

} // namespace
} // namespace sr::messages
