// The layer rules of docs/layers.txt over the whole source tree: every #include of a file in
// src/ or ui/ names a layer its own layer may use, and only a public header of it (the
// include/ folder, when the layer has one); a public header includes only public headers. The
// build enforces the same through each library's include folders; this test names the rule
// and the line that breaks it. The checker is also run on small planted trees, so a wrong
// include is shown to fail.
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringList>
#include <QTemporaryDir>
#include <QTextStream>

#include <gtest/gtest.h>

#include <optional>

namespace {

struct Layer
{
    QString name;
    QString folder; ///< relative to the source root, e.g. "src/storage"
    QSet<QString> mayInclude;
};

struct Matrix
{
    QList<Layer> layers;

    const Layer *byName(const QString &name) const
    {
        for (const Layer &layer : layers) {
            if (layer.name == name)
                return &layer;
        }
        return nullptr;
    }
    /** The layer whose folder holds @a relativePath (the longest matching folder). */
    const Layer *owning(const QString &relativePath) const
    {
        const Layer *best = nullptr;
        for (const Layer &layer : layers) {
            if (relativePath.startsWith(layer.folder + QLatin1Char('/'))
                && (!best || layer.folder.size() > best->folder.size()))
                best = &layer;
        }
        return best;
    }
};

std::optional<Matrix> readMatrix(const QString &path, QString *problem)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
        *problem = QStringLiteral("cannot read ") + path;
        return std::nullopt;
    }
    Matrix matrix;
    QTextStream in(&file);
    while (!in.atEnd()) {
        const QString line = in.readLine().trimmed();
        if (line.isEmpty() || line.startsWith(QLatin1Char('#')))
            continue;
        const QStringList words = line.split(QLatin1Char(' '), Qt::SkipEmptyParts);
        if (words.size() < 2) {
            *problem = QStringLiteral("bad line in ") + path + QStringLiteral(": ") + line;
            return std::nullopt;
        }
        Layer layer{words.at(0), words.at(1), {}};
        for (qsizetype i = 2; i < words.size(); ++i)
            layer.mayInclude.insert(words.at(i));
        matrix.layers.append(layer);
    }
    for (const Layer &layer : matrix.layers) {
        for (const QString &other : layer.mayInclude) {
            if (!matrix.byName(other)) {
                *problem =
                    QStringLiteral("layer %1 names an unknown layer %2").arg(layer.name, other);
                return std::nullopt;
            }
        }
    }
    return matrix;
}

/** "src/services/CaseService.cpp:12: includes storage/PersonRepository.h (…)" per bad include. */
QStringList violations(const QString &root)
{
    QString problem;
    const auto matrix = readMatrix(root + QStringLiteral("/docs/layers.txt"), &problem);
    if (!matrix)
        return {problem};
    static const QRegularExpression includeLine(
        QStringLiteral(R"re(^\s*#\s*include\s*"([^"]+)")re"));
    const QDir rootDir(root);
    QStringList found;
    for (const Layer &layer : matrix->layers) {
        QDirIterator it(root + QLatin1Char('/') + layer.folder,
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString path = it.next();
            const QString relative = rootDir.relativeFilePath(path);
            if (matrix->owning(relative) != &layer)
                continue; // a nested layer's file, checked with its own layer
            QFile file(path);
            if (!file.open(QIODevice::ReadOnly | QIODevice::Text)) {
                found.append(relative + QStringLiteral(": cannot read"));
                continue;
            }
            int lineNumber = 0;
            QTextStream in(&file);
            while (!in.atEnd()) {
                const QString line = in.readLine();
                ++lineNumber;
                const auto match = includeLine.match(line);
                if (!match.hasMatch())
                    continue;
                const QString included = match.captured(1);
                const QString where = QStringLiteral("%1:%2: includes %3")
                                          .arg(relative)
                                          .arg(lineNumber)
                                          .arg(included);
                // A path next to the including file (same folder or "../"): the layer of the
                // file it reaches.
                const QString beside =
                    QDir::cleanPath(QFileInfo(path).absolutePath() + QLatin1Char('/') + included);
                const Layer *target = nullptr;
                QString targetFile;
                if (QFileInfo::exists(beside)) {
                    targetFile = rootDir.relativeFilePath(beside);
                    target = matrix->owning(targetFile);
                    if (!target)
                        continue; // outside every layer (generated or third-party)
                } else {
                    const QString first = included.section(QLatin1Char('/'), 0, 0);
                    target = matrix->byName(first);
                    if (!target)
                        continue; // a system or generated header
                    // "storage/Database.h": the public header in include/, else an internal
                    // one in the layer's folder.
                    const QString inPublic =
                        target->folder + QStringLiteral("/include/") + included;
                    targetFile = QFileInfo::exists(root + QLatin1Char('/') + inPublic)
                                     ? inPublic
                                     : target->folder + included.mid(first.size());
                }
                if (target != &layer && !layer.mayInclude.contains(target->name)) {
                    found.append(where
                                 + QStringLiteral(" (layer %1 may not use layer %2)")
                                       .arg(layer.name, target->name));
                    continue;
                }
                // A layer with an include/ folder exposes only what is in it: other layers may
                // not include its internal headers, and its own public headers may not either
                // (their users could not compile them).
                const QString publicFolder = target->folder + QStringLiteral("/include/");
                if (!QFileInfo(root + QLatin1Char('/') + publicFolder).isDir()
                    || targetFile.startsWith(publicFolder))
                    continue;
                if (target != &layer) {
                    found.append(where
                                 + QStringLiteral(" (not a public header of layer %1: %2)")
                                       .arg(target->name, publicFolder));
                } else if (relative.startsWith(publicFolder)) {
                    found.append(where
                                 + QStringLiteral(" (a public header includes an internal header"
                                                  " of layer %1)")
                                       .arg(target->name));
                }
            }
        }
    }
    found.sort();
    return found;
}

void writeFile(const QString &path, const QByteArray &text)
{
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly | QIODevice::Truncate));
    file.write(text);
}

/** A planted tree: the real docs/layers.txt, and one file per call to writeFile. */
class PlantedTree : public ::testing::Test
{
protected:
    void SetUp() override
    {
        ASSERT_TRUE(m_dir.isValid());
        QFile matrix(QStringLiteral(SAFERETURN_SOURCE_DIR "/docs/layers.txt"));
        ASSERT_TRUE(matrix.open(QIODevice::ReadOnly));
        writeFile(path("docs/layers.txt"), matrix.readAll());
    }
    QString path(const char *relative) const { return m_dir.filePath(QString::fromUtf8(relative)); }

    QTemporaryDir m_dir;
};

} // namespace

TEST(LayerBoundaryTest, SourceTreeKeepsTheLayerRules)
{
    const QStringList found = violations(QStringLiteral(SAFERETURN_SOURCE_DIR));
    EXPECT_TRUE(found.isEmpty()) << found.join(QLatin1Char('\n')).toStdString();
}

TEST(LayerBoundaryTest, EveryLibraryLayerHasAPublicIncludeFolder)
{
    // A layer built as a library exports only <folder>/include/ (its public headers, as
    // "<layer>/X.h"); the executable (src/app) has no public headers.
    QString problem;
    const auto matrix =
        readMatrix(QStringLiteral(SAFERETURN_SOURCE_DIR "/docs/layers.txt"), &problem);
    ASSERT_TRUE(matrix) << problem.toStdString();
    const QDir root(QStringLiteral(SAFERETURN_SOURCE_DIR));
    QStringList missing;
    for (const Layer &layer : matrix->layers) {
        QFile cmake(root.filePath(layer.folder + QStringLiteral("/CMakeLists.txt")));
        ASSERT_TRUE(cmake.open(QIODevice::ReadOnly | QIODevice::Text))
            << layer.folder.toStdString();
        if (!cmake.readAll().contains("add_library("))
            continue;
        const QString publicFolder = layer.folder + QStringLiteral("/include/") + layer.name;
        if (!QFileInfo(root.filePath(publicFolder)).isDir())
            missing.append(publicFolder);
    }
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
}

TEST(LayerBoundaryTest, EverySourceFolderBelongsToALayer)
{
    QString problem;
    const auto matrix =
        readMatrix(QStringLiteral(SAFERETURN_SOURCE_DIR "/docs/layers.txt"), &problem);
    ASSERT_TRUE(matrix) << problem.toStdString();
    const QDir root(QStringLiteral(SAFERETURN_SOURCE_DIR));
    QStringList orphans;
    for (const QString &top : {QStringLiteral("src"), QStringLiteral("ui")}) {
        QDirIterator it(root.filePath(top),
                        {QStringLiteral("*.h"), QStringLiteral("*.cpp")},
                        QDir::Files,
                        QDirIterator::Subdirectories);
        while (it.hasNext()) {
            const QString relative = root.relativeFilePath(it.next());
            if (!matrix->owning(relative))
                orphans.append(relative);
        }
    }
    EXPECT_TRUE(orphans.isEmpty()) << orphans.join(QLatin1Char('\n')).toStdString();
}

TEST_F(PlantedTree, UiIncludingStorageIsCaught)
{
    writeFile(path("src/storage/Database.h"), "#pragma once\n");
    writeFile(path("ui/Window.cpp"),
              "#include \"domain/Person.h\"\n#include \"storage/Database.h\"\n");
    const QStringList found = violations(m_dir.path());
    ASSERT_EQ(found.size(), 1) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(
        found.first().startsWith(QStringLiteral("ui/Window.cpp:2: includes storage/Database.h")))
        << found.first().toStdString();
}

TEST_F(PlantedTree, DomainIncludingAHigherLayerIsCaught)
{
    writeFile(path("src/domain/Person.h"), "#include \"services/CaseService.h\"\n");
    writeFile(path("src/domain/Age.cpp"), "#include \"../services/CaseService.h\"\n");
    writeFile(path("src/services/CaseService.h"), "#pragma once\n");
    const QStringList found = violations(m_dir.path());
    ASSERT_EQ(found.size(), 2) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.at(0).contains(QStringLiteral("layer domain may not use layer services")));
    EXPECT_TRUE(found.at(1).contains(QStringLiteral("layer domain may not use layer services")));
}

TEST_F(PlantedTree, InternalHeaderOfAnotherLayerIsCaught)
{
    writeFile(path("src/storage/include/storage/Database.h"), "#pragma once\n");
    writeFile(path("src/storage/RecordStore.h"), "#pragma once\n");
    writeFile(path("src/storage/RecordStore.cpp"), "#include \"RecordStore.h\"\n");
    writeFile(path("src/services/CaseService.cpp"),
              "#include \"storage/Database.h\"\n#include \"storage/RecordStore.h\"\n");
    const QStringList found = violations(m_dir.path());
    ASSERT_EQ(found.size(), 1) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.first().startsWith(
        QStringLiteral("src/services/CaseService.cpp:2: includes storage/RecordStore.h")))
        << found.first().toStdString();
    EXPECT_TRUE(found.first().contains(QStringLiteral("not a public header")));
}

TEST_F(PlantedTree, AllowedIncludesPass)
{
    writeFile(path("src/domain/Person.h"), "#pragma once\n#include <QString>\n");
    writeFile(path("src/storage/include/storage/Database.h"), "#include \"domain/Person.h\"\n");
    writeFile(path("src/services/CaseService.cpp"),
              "#include \"storage/Database.h\"\n#include \"domain/Person.h\"\n");
    writeFile(path("ui/MainWindow.cpp"),
              "#include \"ui/MainWindow.h\"\n#include \"services/CaseService.h\"\n");
    EXPECT_TRUE(violations(m_dir.path()).isEmpty());
}

TEST_F(PlantedTree, InternalHeaderReachedByARelativePathIsCaught)
{
    writeFile(path("src/storage/include/storage/Database.h"), "#pragma once\n");
    writeFile(path("src/storage/RecordStore.h"), "#pragma once\n");
    writeFile(path("src/services/CaseService.cpp"), "#include \"../storage/RecordStore.h\"\n");
    const QStringList found = violations(m_dir.path());
    ASSERT_EQ(found.size(), 1) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.first().startsWith(
        QStringLiteral("src/services/CaseService.cpp:1: includes ../storage/RecordStore.h")))
        << found.first().toStdString();
    EXPECT_TRUE(found.first().contains(QStringLiteral("not a public header")));
}

TEST_F(PlantedTree, PublicHeaderIncludingAnInternalHeaderIsCaught)
{
    writeFile(path("src/storage/include/storage/Database.h"),
              "#pragma once\n#include \"storage/RecordStore.h\"\n");
    writeFile(path("src/storage/RecordStore.h"), "#pragma once\n");
    const QStringList found = violations(m_dir.path());
    ASSERT_EQ(found.size(), 1) << found.join(QLatin1Char('\n')).toStdString();
    EXPECT_TRUE(found.first().startsWith(
        QStringLiteral("src/storage/include/storage/Database.h:2: includes storage/RecordStore.h")))
        << found.first().toStdString();
    EXPECT_TRUE(found.first().contains(QStringLiteral("a public header includes an internal")));
}

TEST_F(PlantedTree, ALayerUsesItsOwnInternalHeaders)
{
    // The layer's own files reach internal headers beside them or, from a subfolder, as
    // "storage/X.h"; public headers include each other beside themselves.
    writeFile(path("src/storage/include/storage/Database.h"),
              "#pragma once\n#include \"AuditLog.h\"\n#include \"storage/AuditLog.h\"\n");
    writeFile(path("src/storage/include/storage/AuditLog.h"), "#pragma once\n");
    writeFile(path("src/storage/SqlDialect.h"), "#pragma once\n");
    writeFile(path("src/storage/Database.cpp"),
              "#include \"Database.h\"\n#include \"SqlDialect.h\"\n");
    writeFile(path("src/storage/sqlite/SqliteDialect.h"),
              "#include \"storage/SqlDialect.h\"\n#include \"storage/Database.h\"\n");
    EXPECT_TRUE(violations(m_dir.path()).isEmpty())
        << violations(m_dir.path()).join(QLatin1Char('\n')).toStdString();
}
