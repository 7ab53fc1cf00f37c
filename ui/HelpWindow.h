#pragma once

#include <QWidget>

class QTextBrowser;
class QUrl;

namespace sr::ui {

/**
 * The user guide (docs/user-guide.md in Vietnamese, docs/user-guide.en.md in English) in a
 * window of its own, opened with F1 from the main window. The Markdown is rendered by
 * QTextDocument::setMarkdown with its screenshots (docs/images/); the table of contents' links
 * jump to their headings, links to the other language's guide open it here, web links open in
 * the browser.
 */
class HelpWindow : public QWidget
{
    Q_OBJECT

public:
    /** Shows the guide in the interface's language (QLocale's default: English or Vietnamese). */
    explicit HelpWindow(QWidget *parent = nullptr);

    /**
     * The folders the guide is looked for in, in order: the installed one (share/safereturn/doc
     * beside the executable's bin folder, see the top CMakeLists.txt), then the source tree's
     * docs/ folder of a build that has not been installed.
     */
    static QStringList guideFolders();
    /** The guide in @a language ("vi" or "en"), or an empty string when none was found. */
    static QString guidePath(const QString &language);

    QTextBrowser *browser() const { return m_browser; }
    /** The guide file shown, empty when none was found. */
    QString shownFile() const { return m_file; }

protected:
    void closeEvent(QCloseEvent *event) override;

private:
    /** Shows the Markdown file @a path, its images read from its folder. */
    void showFile(const QString &path);
    void followLink(const QUrl &url);
    /** Names each heading as GitHub does ("## 2. Cửa sổ chính" is "#2-cửa-sổ-chính"), and fits
     *  the screenshots to the window's width. */
    void prepareDocument(const QString &folder);

    QTextBrowser *m_browser = nullptr;
    QString m_file;
};

} // namespace sr::ui
