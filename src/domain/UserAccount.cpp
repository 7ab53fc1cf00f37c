#include "domain/UserAccount.h"

namespace sr::domain {

QString roleCode(Role role)
{
    switch (role) {
    case Role::Viewer:
        return QStringLiteral("viewer");
    case Role::SocialWorker:
        return QStringLiteral("social_worker");
    case Role::Manager:
        return QStringLiteral("manager");
    case Role::Administrator:
        return QStringLiteral("administrator");
    }
    return QStringLiteral("viewer");
}

std::optional<Role> roleFromCode(const QString &code)
{
    for (Role role : {Role::Viewer, Role::SocialWorker, Role::Manager, Role::Administrator}) {
        if (roleCode(role) == code)
            return role;
    }
    return std::nullopt;
}

} // namespace sr::domain
