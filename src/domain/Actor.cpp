#include "Actor.h"

#include <QByteArray>
#include <QtGlobal>

namespace sr::domain {

Actor Actor::systemUser()
{
    Actor actor;
    actor.userId = 0;
    actor.role = Role::Administrator;
    for (const char *variable : {"USER", "LOGNAME", "USERNAME"}) {
        const QString name = qEnvironmentVariable(variable).trimmed();
        if (!name.isEmpty()) {
            actor.userName = name;
            return actor;
        }
    }
    actor.userName = QStringLiteral("unknown");
    return actor;
}

} // namespace sr::domain
