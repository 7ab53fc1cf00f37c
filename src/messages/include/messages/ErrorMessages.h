#pragma once

#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sr::messages {

/**
 * Translated wording of error codes for the desktop application (tr() context
 * "sr::ui::ErrorMessages", kept from the ui so the existing translations apply). The Error's
 * detail is for logs only.
 */
class ErrorMessages
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::ErrorMessages)

public:
    /** What went wrong, in a sentence a social worker understands. */
    static QString message(ErrorCode code);
    /**
     * What went wrong with @a error: a file error (Error::path set) names the file and why the
     * system refused it ("The folder … does not exist."); any other error is message(code).
     */
    static QString message(const Error &error);

    /** Why a database file could not be opened and what to do about it. */
    static QString openFailure(ErrorCode code, const QString &fileName);
    /**
     * Why the database at @a location could not be opened: for a server's reason (unreachable,
     * login refused, TLS, …) what happened and what to do, naming the server location; for a
     * file, openFailure(code, file name). Never holds a password (a location has none).
     */
    static QString openFailure(const Error &error, const QString &location);
};

/** Whether @a reason is one of a database server's (ErrorReason::ServerUnreachable …). */
bool isServerReason(ErrorReason reason);

} // namespace sr::messages
