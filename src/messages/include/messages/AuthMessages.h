#pragma once

#include "domain/Actor.h"
#include "domain/Result.h"

#include <QCoreApplication>
#include <QString>

namespace sr::messages {

/**
 * Translated words of the desktop application for users, roles and AuthService errors (context
 * "sr::ui::AuthMessages"). The CLI words the same reasons in CliMessages.h.
 */
class AuthMessages
{
    Q_DECLARE_TR_FUNCTIONS(sr::ui::AuthMessages)

public:
    /** A sentence for an AuthService error (login refused, password rules, …), by its reason. */
    static QString error(const Error &error);
    static QString roleName(domain::Role role);
    /** Why an action is unavailable to the current role (tooltips of disabled actions). */
    static QString notAllowed();
    static QString passwordsDiffer();
};

} // namespace sr::messages
