#include "UserRepository.h"

#include "Database.h"
#include "RecordStore.h"
#include "SqlSupport.h"

#include <QSqlQuery>
#include <QVariant>

namespace sr::storage {

namespace {

constexpr auto selectColumns =
    "SELECT id, uuid, user_name, display_name, role, password_hash, disabled, "
    "must_change_password, failed_attempts, locked_until, last_login_at, created_at, created_by, "
    "updated_at, updated_by, version, team FROM app_user";

QVariant timestampOrNull(const QDateTime &time)
{
    if (!time.isValid())
        return QVariant(QMetaType::fromType<QString>());
    return sql::isoTimestamp(time);
}

QDateTime optionalTimestamp(const QVariant &value)
{
    if (value.isNull() || value.toString().isEmpty())
        return QDateTime();
    return sql::timestampFromIso(value);
}

UserAccount readAccount(const QSqlQuery &query)
{
    UserAccount account;
    account.id = query.value(0).toLongLong();
    account.uuid = query.value(1).toString();
    account.userName = query.value(2).toString();
    account.displayName = query.value(3).toString();
    account.role = roleFromCode(query.value(4).toString()).value_or(domain::Role::Viewer);
    account.passwordHash = query.value(5).toString();
    account.disabled = query.value(6).toInt() != 0;
    account.mustChangePassword = query.value(7).toInt() != 0;
    account.failedAttempts = query.value(8).toInt();
    account.lockedUntil = optionalTimestamp(query.value(9));
    account.lastLoginAt = optionalTimestamp(query.value(10));
    account.createdAt = sql::timestampFromIso(query.value(11));
    account.createdBy = query.value(12).toString();
    account.updatedAt = sql::timestampFromIso(query.value(13));
    account.updatedBy = query.value(14).toString();
    account.version = query.value(15).toInt();
    account.team = query.value(16).toString();
    return account;
}

/**
 * The values of the columns an administrator edits, in the order both insert and update name
 * them: display_name, role, password_hash, disabled, must_change_password, team.
 */
QVariantList editableValues(const UserAccount &account)
{
    return {sql::text(account.displayName),
            roleCode(account.role),
            account.passwordHash,
            account.disabled ? 1 : 0,
            account.mustChangePassword ? 1 : 0,
            sql::text(account.team)};
}

/** The account the unique key in @a where ("WHERE id = ?") selects; nothing when none does. */
Result<std::optional<UserAccount>>
findOne(Database &db, const QString &where, const QVariant &key, const char *context)
{
    QSqlQuery query(db.connection());
    if (auto r = sql::run(query, QLatin1String(selectColumns) + where, {key}, context); !r)
        return r.error();
    if (!query.next())
        return std::optional<UserAccount>();
    return std::optional<UserAccount>(readAccount(query));
}

} // namespace

UserRepository::UserRepository(Database &db)
    : m_db(db)
{}

Result<qint64> UserRepository::count() const
{
    return sql::scalarInt(
        m_db.connection(), QStringLiteral("SELECT count(*) FROM app_user"), "user.count");
}

Result<std::optional<UserAccount>> UserRepository::findByName(const QString &userName) const
{
    return findOne(
        m_db, QStringLiteral(" WHERE user_name = ? COLLATE NOCASE"), userName, "user.findByName");
}

Result<std::optional<UserAccount>> UserRepository::findById(qint64 id) const
{
    return findOne(m_db, QStringLiteral(" WHERE id = ?"), id, "user.findById");
}

Result<QList<UserAccount>> UserRepository::list() const
{
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query,
                          QLatin1String(selectColumns)
                              + QStringLiteral(" ORDER BY user_name COLLATE NOCASE, id"),
                          {},
                          "user.list");
        !r)
        return r.error();
    QList<UserAccount> accounts;
    while (query.next())
        accounts.append(readAccount(query));
    return accounts;
}

Result<UserAccount> UserRepository::insert(UserAccount account, const QString &actorName)
{
    if (account.uuid.isEmpty())
        account.uuid = sql::newUuid();
    const QString now = sql::nowTimestamp();
    QVariantList values{account.uuid, account.userName};
    values << editableValues(account) << now << actorName << now << actorName;
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(
            query,
            QStringLiteral("INSERT INTO app_user (uuid, user_name, display_name, role, "
                           "password_hash, disabled, must_change_password, team, "
                           "failed_attempts, locked_until, last_login_at, created_at, "
                           "created_by, updated_at, updated_by, version) VALUES (?, ?, ?, ?, ?, "
                           "?, ?, ?, 0, NULL, NULL, ?, ?, ?, ?, 1) RETURNING id"),
            values,
            "user.insert");
        !r)
        return r.error();
    account.id = query.next() ? query.value(0).toLongLong() : 0;
    account.failedAttempts = 0;
    account.lockedUntil = QDateTime();
    account.lastLoginAt = QDateTime();
    account.createdAt = sql::timestampFromIso(now);
    account.updatedAt = account.createdAt;
    account.createdBy = actorName;
    account.updatedBy = actorName;
    account.version = 1;
    return account;
}

Result<UserAccount> UserRepository::update(UserAccount account, const QString &actorName)
{
    const QString now = sql::nowTimestamp();
    QVariantList values = editableValues(account);
    values << now << actorName << account.id << account.version;
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(query,
                          QStringLiteral("UPDATE app_user SET display_name = ?, role = ?, "
                                         "password_hash = ?, disabled = ?, "
                                         "must_change_password = ?, team = ?, updated_at = ?, "
                                         "updated_by = ?, version = version + 1 "
                                         "WHERE id = ? AND version = ?"),
                          values,
                          "user.update");
        !r)
        return r.error();
    if (query.numRowsAffected() != 1) {
        auto existing = findById(account.id);
        if (!existing)
            return existing.error();
        return makeError(existing->has_value() ? ErrorCode::Conflict : ErrorCode::NotFound,
                         QStringLiteral("user.update"));
    }
    account.version += 1;
    account.updatedAt = sql::timestampFromIso(now);
    account.updatedBy = actorName;
    return account;
}

Result<void> UserRepository::setLoginState(qint64 id,
                                           int failedAttempts,
                                           const QDateTime &lockedUntil,
                                           const QDateTime &lastLoginAt)
{
    QSqlQuery query(m_db.connection());
    if (auto r = sql::run(
            query,
            QStringLiteral("UPDATE app_user SET failed_attempts = ?, "
                           "locked_until = ?, last_login_at = ? WHERE id = ?"),
            {failedAttempts, timestampOrNull(lockedUntil), timestampOrNull(lastLoginAt), id},
            "user.loginState");
        !r)
        return r;
    if (query.numRowsAffected() != 1)
        return makeError(ErrorCode::NotFound, QStringLiteral("user.loginState"));
    return {};
}

} // namespace sr::storage
