#include "AccountHistory.h"

#include "Database.h"
#include "SqlSupport.h"

#include <QHash>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QSqlQuery>

#include <array>
#include <map>
#include <sodium.h>

namespace sr::storage::account_history {

namespace {

/** The actions that change an account's role or state (AuthService, docs/users-and-roles.md). */
constexpr auto historyRows =
    "SELECT entity_id, actor, action, changes FROM audit_log WHERE entity = 'app_user' AND "
    "entity_id IS NOT NULL AND action IN ('user_create', 'user_role_change', 'user_disable', "
    "'user_enable', 'user_password_reset', 'password_change')";

void apply(AuditedAccount &account,
           const QString &actor,
           const QString &action,
           const QJsonObject &details)
{
    const auto flag = [&details](const char *key) -> std::optional<bool> {
        const QJsonValue value = details.value(QLatin1String(key));
        if (!value.isBool())
            return std::nullopt;
        return value.toBool();
    };
    const QString fingerprint = details.value(QLatin1String("password")).toString();
    if (action == QLatin1String("user_create")) {
        account.created = true;
        // The first administrator's row names the account by its actor, later ones by detail.
        account.userName = details.value(QLatin1String("user_name")).toString();
        if (account.userName.isEmpty())
            account.userName = actor;
        account.role = roleFromCode(details.value(QLatin1String("role")).toString());
        account.disabled = false;
        account.mustChangePassword = flag("must_change_password");
        if (!account.mustChangePassword
            && details.value(QLatin1String("first_administrator")).toBool())
            account.mustChangePassword = false;
        account.passwordFingerprint = fingerprint;
    } else if (action == QLatin1String("user_role_change")) {
        const QJsonArray change = details.value(QLatin1String("role")).toArray();
        account.role = roleFromCode(change.at(1).toString());
    } else if (action == QLatin1String("user_disable")) {
        account.disabled = true;
    } else if (action == QLatin1String("user_enable")) {
        account.disabled = false;
    } else if (action == QLatin1String("user_password_reset")) {
        account.mustChangePassword = flag("must_change_password");
        if (!account.mustChangePassword) {
            // Older rows: a reset asks for a change unless the administrator reset their own.
            const QString name = details.value(QLatin1String("user_name")).toString();
            if (!name.isEmpty())
                account.mustChangePassword = name.compare(actor, Qt::CaseInsensitive) != 0;
        }
        account.passwordFingerprint = fingerprint;
    } else if (action == QLatin1String("password_change")) {
        account.mustChangePassword = false;
        account.passwordFingerprint = fingerprint;
    }
}

/** Replays the rows of @a statement (historyRows and a condition) into one entry per account. */
Result<std::map<qint64, AuditedAccount>>
replayRows(Database &db, const QString &statement, const QVariantList &values)
{
    QSqlQuery query(db.connection());
    if (auto r = sql::run(query, statement, values, "account_history.replay"); !r)
        return r.error();
    std::map<qint64, AuditedAccount> accounts;
    while (query.next()) {
        const qint64 id = query.value(0).toLongLong();
        AuditedAccount &account = accounts[id];
        account.userId = id;
        apply(account,
              query.value(1).toString(),
              query.value(2).toString(),
              QJsonDocument::fromJson(query.value(3).toString().toUtf8()).object());
    }
    return accounts;
}

AccountMismatch compare(const UserAccount &stored, const AuditedAccount &audited)
{
    AccountMismatch mismatch;
    mismatch.userId = stored.id;
    mismatch.userName = stored.userName;
    if (!audited.created) {
        mismatch.fields << QStringLiteral("not_created");
        return mismatch;
    }
    if (audited.role != stored.role)
        mismatch.fields << QStringLiteral("role");
    if (audited.disabled && *audited.disabled != stored.disabled)
        mismatch.fields << QStringLiteral("disabled");
    if (audited.mustChangePassword && *audited.mustChangePassword != stored.mustChangePassword)
        mismatch.fields << QStringLiteral("must_change_password");
    if (!audited.passwordFingerprint.isEmpty()
        && audited.passwordFingerprint != passwordFingerprint(stored.passwordHash))
        mismatch.fields << QStringLiteral("password");
    return mismatch;
}

/** The stored role as text: an edit may write a code readRole() maps to Viewer. */
Result<QHash<qint64, QString>> storedRoleCodes(Database &db)
{
    QSqlQuery query(db.connection());
    if (auto r = sql::run(
            query, QStringLiteral("SELECT id, role FROM app_user"), {}, "account_history.roles");
        !r)
        return r.error();
    QHash<qint64, QString> codes;
    while (query.next())
        codes.insert(query.value(0).toLongLong(), query.value(1).toString());
    return codes;
}

} // namespace

QString passwordFingerprint(const QString &passwordHash)
{
    if (sodium_init() < 0)
        return QString();
    static const char prefix[] = "SafeReturn password fingerprint v1\n";
    const QByteArray bytes = passwordHash.toUtf8();
    std::array<unsigned char, 16> digest{};
    crypto_generichash_state state;
    crypto_generichash_init(&state, nullptr, 0, digest.size());
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char *>(prefix), sizeof(prefix) - 1);
    crypto_generichash_update(
        &state, reinterpret_cast<const unsigned char *>(bytes.constData()), size_t(bytes.size()));
    crypto_generichash_final(&state, digest.data(), digest.size());
    return QString::fromLatin1(
        QByteArray(reinterpret_cast<const char *>(digest.data()), int(digest.size())).toHex());
}

Result<AuditedAccount> replay(Database &db, qint64 userId)
{
    auto accounts =
        replayRows(db,
                   QLatin1String(historyRows) + QStringLiteral(" AND entity_id = ? ORDER BY id"),
                   {userId});
    if (!accounts)
        return accounts.error();
    const auto found = accounts->find(userId);
    if (found == accounts->end()) {
        AuditedAccount none;
        none.userId = userId;
        return none;
    }
    return found->second;
}

Result<AccountMismatch> verify(Database &db, const UserAccount &account)
{
    auto audited = replay(db, account.id);
    if (!audited)
        return audited.error();
    AccountMismatch mismatch = compare(account, *audited);
    // A role code outside the four is read as Viewer: compare the stored text too.
    auto codes = storedRoleCodes(db);
    if (!codes)
        return codes.error();
    if (audited->role && codes->value(account.id) != roleCode(*audited->role)
        && !mismatch.fields.contains(QLatin1String("role")))
        mismatch.fields << QStringLiteral("role");
    return mismatch;
}

Result<QList<AccountMismatch>> verifyAll(Database &db)
{
    auto accounts = replayRows(db, QLatin1String(historyRows) + QStringLiteral(" ORDER BY id"), {});
    if (!accounts)
        return accounts.error();
    auto stored = UserRepository(db).list();
    if (!stored)
        return stored.error();
    auto codes = storedRoleCodes(db);
    if (!codes)
        return codes.error();
    QList<AccountMismatch> mismatches;
    for (const UserAccount &account : *stored) {
        const auto found = accounts->find(account.id);
        AuditedAccount audited;
        if (found != accounts->end()) {
            audited = found->second;
            accounts->erase(found);
        }
        AccountMismatch mismatch = compare(account, audited);
        if (audited.role && codes->value(account.id) != roleCode(*audited.role)
            && !mismatch.fields.contains(QLatin1String("role")))
            mismatch.fields << QStringLiteral("role");
        if (!mismatch.fields.isEmpty())
            mismatches << mismatch;
    }
    // Audited accounts that are gone (users are never deleted: a trigger refuses it).
    for (const auto &[id, audited] : *accounts) {
        if (!audited.created)
            continue;
        AccountMismatch missing;
        missing.userId = id;
        missing.userName = audited.userName;
        missing.fields << QStringLiteral("missing");
        mismatches << missing;
    }
    return mismatches;
}

} // namespace sr::storage::account_history
