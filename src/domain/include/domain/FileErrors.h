#pragma once

#include "Result.h"

#include <QString>

namespace sr {

/**
 * Errors about a file, worded for the user with the file's path and the system's reason
 * (messages::ErrorMessages::message(const Error &), messages::errorSentence(const Error &)).
 * Every layer that reads or writes files makes its file errors here, so that no message says
 * only "the file could not be read or written".
 */

/** The ErrorReason of a system error number (errno) of a file operation; None when none fits. */
ErrorReason fileErrorReason(int systemError);

/**
 * Why writing @a path would fail, found by looking at it: its folder is missing or is not a
 * folder, the name is a folder, the folder or the file may not be written (permissions or a
 * read-only disk). None when nothing visible explains it.
 */
ErrorReason whyNotWritable(const QString &path);

/**
 * Why writing @a path failed with the system error @a systemError: whyNotWritable() when the
 * path shows it, else the errno's reason (a missing file is no reason for a write: None).
 */
ErrorReason whyWriteFailed(const QString &path, int systemError);

/** Why reading @a path would fail: it or its folder is missing, it is a folder, or unreadable. */
ErrorReason whyNotReadable(const QString &path);

/** A file error about @a path (made absolute): @a code, @a reason and @a detail for the log. */
Error fileError(ErrorCode code, const QString &path, ErrorReason reason, QString detail);

/**
 * An Io or DiskFull @a error as a file error about @a path (unless it names a file already),
 * with @a reason where it has none yet; any other error as it is.
 */
Error aboutFile(Error error, const QString &path, ErrorReason reason = ErrorReason::None);

} // namespace sr
