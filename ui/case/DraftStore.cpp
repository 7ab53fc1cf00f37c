#include "ui/case/DraftStore.h"

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

DraftStore::DraftStore(const QString &databasePath, const QString &owner)
    : m_database(canonical(databasePath))
    , m_owner(owner)
{}

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

    const QString path = dir + QLatin1Char('/') + id + QStringLiteral(".json");
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return makeError(ErrorCode::Io,
                         QStringLiteral("draft not opened: %1").arg(file.errorString()));
    file.setPermissions(ownerOnlyFile);
    file.write(QJsonDocument(json).toJson(QJsonDocument::Compact));
    if (!file.commit()) {
        spdlog::warn("draft: not written ({})", file.errorString().toStdString());
        return makeError(ErrorCode::Io, QStringLiteral("draft not written"));
    }
    QFile::setPermissions(path, ownerOnlyFile);
    return {};
}

void DraftStore::remove(const QString &id) const
{
    if (!id.isEmpty())
        QFile::remove(directory() + QLatin1Char('/') + id + QStringLiteral(".json"));
}

QList<Draft> DraftStore::list() const
{
    QList<Draft> drafts;
    const QDir dir(directory());
    for (const QFileInfo &info : dir.entryInfoList({QStringLiteral("*.json")}, QDir::Files)) {
        QFile file(info.filePath());
        if (!file.open(QIODevice::ReadOnly))
            continue;
        const QJsonObject json = QJsonDocument::fromJson(file.readAll()).object();
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
