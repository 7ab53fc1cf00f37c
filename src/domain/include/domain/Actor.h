#pragma once

#include <QString>

namespace sr::domain {

/** Roles of users; permissions per role are decided in the services layer. */
enum class Role { SocialWorker, Manager, Administrator, Viewer };

/**
 * Who is acting. Every use case takes one, so permissions and audit are decided in one place.
 * Until user accounts exist, the operating-system user acting as an administrator.
 */
struct Actor
{
    qint64 userId = 0;
    QString userName;
    Role role = Role::Administrator;

    /** The operating-system user (from the environment), used before accounts exist. */
    static Actor systemUser();
};

} // namespace sr::domain
