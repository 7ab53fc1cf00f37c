#include "ui/case/DraftStore.h"

#include "services/AppContext.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonDocument>
#include <QSaveFile>
#include <QStandardPaths>
#include <QUuid>

#include <spdlog/spdlog.h>

#include <algorithm>

namespace sr::ui {

namespace {

constexpr QFileDevice::Permissions ownerOnlyFile = QFileDevice::ReadOwner | QFileDevice::WriteOwner;

QString canonical(const QString &path)
{
    const QFileInfo info(path);
    const QString resolved = info.canonicalFilePath();
    return resolved.isEmpty() ? info.absoluteFilePath() : resolved;
}

} // namespace

DraftStore::DraftStore(services::AppContext &context, const QString &owner)
    : m_database(canonical(context.databasePath()))
    , m_owner(owner)
{
    if (auto protection = context.draftProtection())
        m_protection = std::move(protection).value();
    else
        spdlog::warn("draft: no draft key ({}); drafts are not kept",
                     errorCodeName(protection.error().code).toStdString());
}

QString DraftStore::directory()
{
    return QStandardPaths::writableLocation(QStandardPaths::AppDataLocation)
           + QStringLiteral("/drafts");
}

QString DraftStore::newId()
{
    return QUuid::createUuid().toString(QUuid::WithoutBraces);
}

Result<void> DraftStore::write(const QString &id, qint64 personId, const QJsonObject &form) const
{
    if (!m_protection)
        return makeError(ErrorCode::ReadOnly, QStringLiteral("draft: no draft key"));
    const QString dir = directory();
    if (!QDir().exists(dir)) {
        QDir().mkpath(QFileInfo(dir).path());
        if (!QDir().mkdir(dir,
                          QFileDevice::ReadOwner | QFileDevice::WriteOwner | QFileDevice::ExeOwner))
            return makeError(ErrorCode::Io, QStringLiteral("draft folder not created"));
    }
    QJsonObject json;
    json.insert(QStringLiteral("format"), 1);
    json.insert(QStringLiteral("database"), m_database);
    json.insert(QStringLiteral("owner"), m_owner);
    json.insert(QStringLiteral("saved_at"), QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    json.insert(QStringLiteral("person_id"), double(personId));
    json.insert(QStringLiteral("form"), form);

    const QString path = dir + QLatin1Char('/') + id + QStringLiteral(".draft");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("draft not opened: %1").arg(file.errorString()));
    file.setPermissions(ownerOnlyFile);
    file.write(m_protection->seal(QJsonDocument(json).toJson(QJsonDocument::Compact)));
    if (!file.commit()) {
        spdlog::warn("draft: not written ({})", file.errorString().toStdString());
        return makeError(ErrorCode::Io, QStringLiteral("draft not written"));
    }
    QFile::setPermissions(path, ownerOnlyFile);
    QFile::remove(dir + QLatin1Char('/') + id + QStringLiteral(".json")); // an earlier plain one
    return {};
}

void DraftStore::remove(const QString &id) const
{
    if (id.isEmpty())
        return;
    QFile::remove(directory() + QLatin1Char('/') + id + QStringLiteral(".draft"));
    QFile::remove(directory() + QLatin1Char('/') + id + QStringLiteral(".json"));
}

QList<Draft> DraftStore::list() const
{
    QList<Draft> drafts;
    const QDir dir(directory());
    const QFileInfoList files =
        dir.entryInfoList({QStringLiteral("*.draft"), QStringLiteral("*.json")}, QDir::Files);
    for (const QFileInfo &info : files) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        QByteArray bytes = file.readAll();
        if (info.suffix() == QLatin1String("draft")) {
            // Another database's draft (or a damaged one) does not open with this key.
            auto opened = m_protection ? m_protection->open(bytes) : Result<QByteArray>(Error{});
            if (!opened)
                continue;
            bytes = std::move(opened).value();
        }
        const QJsonObject json = QJsonDocument::fromJson(bytes).object();
        if (json.value(QStringLiteral("database")).toString() != m_database
            || json.value(QStringLiteral("owner")).toString() != m_owner)
            continue;
        Draft draft;
        draft.id = info.completeBaseName();
        draft.savedAt =
            QDateTime::fromString(json.value(QStringLiteral("saved_at")).toString(), Qt::ISODate);
        draft.personId = qint64(json.value(QStringLiteral("person_id")).toDouble());
        draft.form = json.value(QStringLiteral("form")).toObject();
        drafts.append(draft);
    }
    std::sort(drafts.begin(), drafts.end(), [](const Draft &a, const Draft &b) {
        return a.savedAt > b.savedAt;
    });
    return drafts;
}

} // namespace sr::ui
