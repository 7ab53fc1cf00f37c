#pragma once

#include "storage/Database.h"

#include <QCryptographicHash>
#include <QFile>
#include <QProcess>
#include <QProcessEnvironment>
#include <QSqlQuery>
#include <QString>
#include <QStringList>
#include <QVariant>

#include <gtest/gtest.h>

namespace sr::test {

/** Path of the safereturn executable under test (set by tests/CMakeLists.txt). */
inline QString safereturnBinary()
{
    const QString fromEnvironment = qEnvironmentVariable("SAFERETURN_BIN");
#ifdef SAFERETURN_BIN_DEFAULT
    if (fromEnvironment.isEmpty())
        return QString::fromLocal8Bit(SAFERETURN_BIN_DEFAULT);
#endif
    return fromEnvironment;
}

/** The demo administrator `safereturn demo` creates on a new database (README). */
inline QString demoUser()
{
    return QStringLiteral("admin");
}
inline QString demoPassword()
{
    return QStringLiteral("SafeReturn-demo-2026");
}

/**
 * Environment of a child: its data folder (logs, default database) inside @a home, so tests
 * never touch the user's real data; UTF-8 locale; SAFERETURN_PASSWORD is the demo
 * administrator's, so commands run with --user admin log in.
 */
inline QProcessEnvironment childEnvironment(const QString &home)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    env.insert(QStringLiteral("HOME"), home);
    env.insert(QStringLiteral("XDG_DATA_HOME"), home + QStringLiteral("/data"));
    env.insert(QStringLiteral("XDG_CONFIG_HOME"), home + QStringLiteral("/config"));
    env.insert(QStringLiteral("LC_ALL"), QStringLiteral("C.UTF-8"));
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    env.insert(QStringLiteral("SAFERETURN_PASSWORD"), demoPassword());
    return env;
}

struct RunResult
{
    int exitCode = -1;
    bool finished = false;
    bool crashed = false;
    QByteArray out;
    QByteArray err;

    QString outText() const { return QString::fromUtf8(out); }
    QString errText() const { return QString::fromUtf8(err); }
};

/**
 * Runs safereturn with @a arguments to completion; @a environment adds or replaces variables
 * of childEnvironment() (an empty value removes the variable).
 */
inline RunResult runSafeReturn(const QStringList &arguments,
                               const QString &home,
                               int timeoutMs = 180000,
                               const QList<QPair<QString, QString>> &environment = {})
{
    RunResult result;
    QProcess process;
    QProcessEnvironment env = childEnvironment(home);
    for (const auto &[name, value] : environment) {
        if (value.isEmpty())
            env.remove(name);
        else
            env.insert(name, value);
    }
    process.setProcessEnvironment(env);
    process.start(safereturnBinary(), arguments);
    if (!process.waitForStarted(10000)) {
        ADD_FAILURE() << "cannot start " << safereturnBinary().toStdString();
        return result;
    }
    process.closeWriteChannel();
    result.finished = process.waitForFinished(timeoutMs);
    if (!result.finished) {
        process.kill();
        process.waitForFinished();
    }
    result.crashed = process.exitStatus() == QProcess::CrashExit;
    result.exitCode = process.exitCode();
    result.out = process.readAllStandardOutput();
    result.err = process.readAllStandardError();
    return result;
}

/** SHA-256 of a file's bytes (empty when it cannot be read). */
inline QByteArray fileHash(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly))
        return QByteArray();
    QCryptographicHash hash(QCryptographicHash::Sha256);
    hash.addData(&file);
    return hash.result().toHex();
}

/** Single integer from a query on an open database. */
inline qint64 queryInt(storage::Database &db, const QString &statement)
{
    QSqlQuery query(db.connection());
    if (!query.exec(statement) || !query.next()) {
        ADD_FAILURE() << "query failed: " << statement.toStdString();
        return -1;
    }
    return query.value(0).toLongLong();
}

/**
 * Single integer from a query on the database file at @a path, opened read-only; -1 when it
 * does not open (a damaged or foreign file).
 */
inline qint64 queryFileInt(const QString &path, const QString &statement)
{
    storage::Database::Options options;
    options.access = storage::Database::Access::ReadOnly;
    options.creation = storage::Database::Creation::MustExist;
    auto opened = storage::Database::open(path, options);
    if (!opened)
        return -1;
    return queryInt(**opened, statement);
}

} // namespace sr::test
