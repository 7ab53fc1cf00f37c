#include "HelpWindow.h"

#include "WindowGeometry.h"

#include <QCloseEvent>
#include <QCoreApplication>
#include <QDesktopServices>
#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QImageReader>
#include <QKeySequence>
#include <QLocale>
#include <QShortcut>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextCursor>
#include <QTextDocument>
#include <QTextImageFormat>
#include <QUrl>
#include <QVBoxLayout>

namespace sr::ui {

namespace {

/** Screenshots wider than this are shown smaller, so that a 1366-pixel screen shows them whole. */
constexpr int maxImageWidth = 820;

/** The anchor GitHub gives a heading: lower case, punctuation dropped, spaces as hyphens. */
QString headingAnchor(const QString &heading)
{
    QString anchor;
    for (const QChar c : heading.trimmed().toLower()) {
        if (c.isLetterOrNumber() || c.isMark() || c == QLatin1Char('-') || c == QLatin1Char('_'))
            anchor += c;
        else if (c.isSpace())
            anchor += QLatin1Char('-');
    }
    return anchor;
}

QString guideFileName(const QString &language)
{
    return language == QLatin1String("en") ? QStringLiteral("user-guide.en.md")
                                           : QStringLiteral("user-guide.md");
}

} // namespace

HelpWindow::HelpWindow(QWidget *parent)
    : QWidget(parent, Qt::Window)
{
    setObjectName(QStringLiteral("HelpWindow"));
    setAttribute(Qt::WA_DeleteOnClose);
    setWindowTitle(tr("SafeReturn — User guide"));
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    m_browser = new QTextBrowser(this);
    m_browser->setObjectName(QStringLiteral("guideBrowser"));
    m_browser->setOpenLinks(false);
    connect(m_browser, &QTextBrowser::anchorClicked, this, &HelpWindow::followLink);
    layout->addWidget(m_browser);

    auto *close = new QShortcut(QKeySequence::Close, this);
    connect(close, &QShortcut::activated, this, &QWidget::close);
    auto *escape = new QShortcut(QKeySequence(Qt::Key_Escape), this);
    connect(escape, &QShortcut::activated, this, &QWidget::close);

    const QString language =
        QLocale().language() == QLocale::English ? QStringLiteral("en") : QStringLiteral("vi");
    const QString path = guidePath(language);
    if (path.isEmpty()) {
        const QStringList folders = guideFolders();
        QStringList shown;
        for (const QString &folder : folders)
            shown << QDir::toNativeSeparators(folder);
        m_browser->setPlainText(tr("The user guide (%1) was not found in:\n%2\n\nReinstall "
                                   "SafeReturn, or ask your administrator.")
                                    .arg(guideFileName(language), shown.join(QLatin1Char('\n'))));
    } else {
        showFile(path);
    }
    WindowGeometry::place(this, QStringLiteral("helpWindow"), QSize(900, 640));
}

QStringList HelpWindow::guideFolders()
{
    QStringList folders;
    const QString appDir = QCoreApplication::applicationDirPath();
    if (!appDir.isEmpty()) {
        folders << QDir::cleanPath(appDir + QLatin1Char('/')
                                   + QLatin1String(SAFERETURN_DOC_RELATIVE_TO_BIN));
    }
    folders << QStringLiteral(SAFERETURN_DOC_SOURCE_DIR);
    return folders;
}

QString HelpWindow::guidePath(const QString &language)
{
    for (const QString &folder : guideFolders()) {
        const QFileInfo file(QDir(folder).filePath(guideFileName(language)));
        if (file.isFile() && file.isReadable())
            return file.absoluteFilePath();
    }
    return QString();
}

void HelpWindow::showFile(const QString &path)
{
    QFile file(path);
    if (!file.open(QIODevice::ReadOnly)) {
        m_browser->setPlainText(tr("The user guide %1 could not be read: %2.")
                                    .arg(QDir::toNativeSeparators(path), file.errorString()));
        return;
    }
    m_file = path;
    const QString folder = QFileInfo(path).absolutePath();
    // Images ("images/main-window-vi.png") are read relative to the guide's folder.
    m_browser->setSearchPaths({folder});
    m_browser->document()->setBaseUrl(QUrl::fromLocalFile(folder + QLatin1Char('/')));
    m_browser->document()->setMarkdown(QString::fromUtf8(file.readAll()));
    prepareDocument(folder);
    m_browser->moveCursor(QTextCursor::Start); // the top of the guide, not where editing ended
    m_browser->ensureCursorVisible();
}

void HelpWindow::prepareDocument(const QString &folder)
{
    QTextDocument *document = m_browser->document();
    for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
        if (block.blockFormat().headingLevel() > 0) {
            QTextCharFormat anchor;
            anchor.setAnchor(true);
            anchor.setAnchorNames({headingAnchor(block.text())});
            QTextCursor heading(block);
            heading.movePosition(QTextCursor::EndOfBlock, QTextCursor::KeepAnchor);
            heading.mergeCharFormat(anchor);
        }
        for (auto it = block.begin(); !it.atEnd(); ++it) {
            const QTextFragment fragment = it.fragment();
            if (!fragment.charFormat().isImageFormat())
                continue;
            QTextImageFormat image = fragment.charFormat().toImageFormat();
            const QSize size = QImageReader(QDir(folder).filePath(image.name())).size();
            if (size.width() <= maxImageWidth || image.width() > 0)
                continue;
            image.setWidth(maxImageWidth);
            image.setHeight(double(size.height()) * maxImageWidth / size.width());
            QTextCursor cursor(document);
            cursor.setPosition(fragment.position());
            cursor.setPosition(fragment.position() + fragment.length(), QTextCursor::KeepAnchor);
            cursor.setCharFormat(image);
        }
    }
}

void HelpWindow::followLink(const QUrl &url)
{
    if (url.isRelative() && url.path().isEmpty() && url.hasFragment()) {
        m_browser->scrollToAnchor(url.fragment());
        return;
    }
    if (url.isRelative() && url.path().endsWith(QLatin1String(".md"))) {
        const QString path = QDir(QFileInfo(m_file).absolutePath()).filePath(url.path());
        if (QFileInfo(path).isFile()) {
            showFile(path);
            if (url.hasFragment())
                m_browser->scrollToAnchor(url.fragment());
            return;
        }
    }
    if (url.scheme() == QLatin1String("http") || url.scheme() == QLatin1String("https"))
        QDesktopServices::openUrl(url);
}

void HelpWindow::closeEvent(QCloseEvent *event)
{
    WindowGeometry::remember(this, QStringLiteral("helpWindow"));
    QWidget::closeEvent(event);
}

} // namespace sr::ui
