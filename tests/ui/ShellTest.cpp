// The main window's shell: menu mnemonics unique and in one style in both languages, F1 opens
// the user guide in the user's language with its pictures and working contents links, About
// names the versions and the database, the window fits the screen and keeps its size, the
// window icon, and questions answered with action words rather than Yes/No.
#include "WidgetInput.h"
#include "demo/DemoDataService.h"
#include "messages/Translators.h"
#include "services/AppContext.h"
#include "services/AuthService.h"
#include "support/TempDatabase.h"
#include "ui/ActionQuestion.h"
#include "ui/AppIcon.h"
#include "ui/CaseListModel.h"
#include "ui/HelpWindow.h"
#include "ui/MainWindow.h"
#include "ui/WelcomePage.h"
#include "ui/admin/LoginDialog.h"
#include "ui/admin/SessionManager.h"
#include "ui/case/CaseEditor.h"

#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QDir>
#include <QDirIterator>
#include <QFile>
#include <QFileInfo>
#include <QImage>
#include <QLabel>
#include <QLineEdit>
#include <QMenu>
#include <QMenuBar>
#include <QMessageBox>
#include <QPointer>
#include <QPushButton>
#include <QRegularExpression>
#include <QScreen>
#include <QSettings>
#include <QTest>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>

#include <gtest/gtest.h>

#include <functional>

namespace sr::test {
namespace {

/** @a texts one a line, for readable failures. */
std::string joined(const QStringList &texts)
{
    return texts.join(QLatin1Char('\n')).toStdString();
}

using ui::HelpWindow;
using ui::MainWindow;

const QString adminPassword = QStringLiteral("đèn-biển-Cô-Tô");

/** "(&X)" after the words: the style CONTRIBUTING.md rules out. */
bool suffixMnemonic(const QString &text)
{
    static const QRegularExpression suffix(QStringLiteral("\\(&[^&)]\\)"));
    return suffix.match(text).hasMatch();
}

/** What is wrong with the mnemonics of the actions in @a actions (named by @a where). */
QStringList mnemonicProblems(const QList<QAction *> &actions, const QString &where)
{
    QStringList problems;
    QHash<QChar, QString> used;
    for (QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible() || action->text().isEmpty())
            continue;
        const QString text = action->text();
        const QChar key = mnemonicOf(text);
        if (key.isNull()) {
            problems << QStringLiteral("%1: \"%2\" has no mnemonic").arg(where, text);
            continue;
        }
        if (suffixMnemonic(text))
            problems
                << QStringLiteral("%1: \"%2\" puts its mnemonic after the words").arg(where, text);
        if (used.contains(key)) {
            problems << QStringLiteral("%1: \"%2\" and \"%3\" share Alt+%4")
                            .arg(where, used.value(key), text, key);
        }
        used.insert(key, text);
    }
    return problems;
}

class ShellTest : public ::testing::Test
{
protected:
    void SetUp() override
    {
        messages::installTranslators(QStringLiteral("en"));
        auto admin = m_auth.createFirstAdministrator(QStringLiteral("admin"), {}, adminPassword);
        ASSERT_TRUE(admin.ok());
        QSettings().remove(QStringLiteral("windows"));
    }
    void TearDown() override
    {
        QSettings().remove(QStringLiteral("windows"));
        messages::installTranslators(QStringLiteral("en"));
    }

    /** Every menu's problems in the main window of a logged-in administrator, in @a language. */
    QStringList menuProblems(const QString &language)
    {
        messages::installTranslators(language);
        auto session = m_auth.login(QStringLiteral("admin"), adminPassword);
        EXPECT_TRUE(session.ok());
        if (!session)
            return {QStringLiteral("no session")};
        services::AppContext context(m_db.db());
        ui::SessionManager manager(context, *session, [&context](const domain::Actor &) {
            return new MainWindow(context);
        });
        manager.start();
        QMainWindow *window = manager.mainWindow();
        EXPECT_NE(window, nullptr);
        if (!window)
            return {QStringLiteral("no window")};
        QStringList problems =
            mnemonicProblems(window->menuBar()->actions(), QStringLiteral("menu bar"));
        std::function<void(QMenu *)> walk = [&](QMenu *menu) {
            problems << mnemonicProblems(menu->actions(), menu->title());
            for (QAction *action : menu->actions()) {
                if (action->menu())
                    walk(action->menu());
            }
        };
        for (QAction *action : window->menuBar()->actions()) {
            if (action->menu())
                walk(action->menu());
        }
        window->close();
        return problems;
    }

    /** Runs @a inspect on the modal dialog @a open shows, then lets @a answer close it. */
    static void inspectModal(const std::function<void()> &open,
                             const std::function<void(QWidget *)> &inspect)
    {
        bool seen = false;
        QTimer::singleShot(0, qApp, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal)
                return;
            seen = true;
            inspect(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal); dialog && dialog->isVisible())
                dialog->reject();
        });
        open();
        EXPECT_TRUE(seen) << "no modal dialog opened";
    }

    TempDatabase m_db;
    services::AuthService m_auth{m_db.db()};
};

TEST_F(ShellTest, EnglishMenuMnemonicsAreUniqueAndInPlace)
{
    EXPECT_EQ(joined(menuProblems(QStringLiteral("en"))), "");
}

TEST_F(ShellTest, VietnameseMenuMnemonicsAreUniqueAndInPlace)
{
    // Reads the Vietnamese catalogue: "&Tệp" and "&Tài khoản" must not share Alt+T.
    EXPECT_EQ(joined(menuProblems(QStringLiteral("vi"))), "");
}

TEST_F(ShellTest, NoTranslationPutsItsMnemonicAfterTheWords)
{
    QStringList suffixed;
    for (const QString &name :
         {QStringLiteral("safereturn_vi.ts"), QStringLiteral("safereturn_en.ts")}) {
        QFile file(QStringLiteral(SAFERETURN_TS_DIR "/") + name);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text)) << name.toStdString();
        static const QRegularExpression translation(
            QStringLiteral("<translation[^>]*>([^<]*)</translation>"));
        const QString ts = QString::fromUtf8(file.readAll());
        auto it = translation.globalMatch(ts);
        while (it.hasNext()) {
            QString text = it.next().captured(1);
            text.replace(QLatin1String("&amp;"), QLatin1String("&"));
            if (suffixMnemonic(text))
                suffixed << text;
        }
    }
    EXPECT_EQ(joined(suffixed), "") << "write the & before a letter of the words instead";
}

TEST_F(ShellTest, F1OpensTheGuideInTheUsersLanguageWithItsPictures)
{
    for (const QString &language : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(language);
        services::AppContext context(m_db.db(), domain::Actor::systemUser());
        MainWindow window(context);
        window.show();
        window.activateWindow();
        ASSERT_TRUE(QTest::qWaitForWindowActive(&window));
        QTest::keyClick(&window, Qt::Key_F1);
        QPointer<HelpWindow> help = window.findChild<HelpWindow *>();
        ASSERT_TRUE(help);
        EXPECT_TRUE(help->isVisible());
        const QString expected = language == QLatin1String("en")
                                     ? QStringLiteral("user-guide.en.md")
                                     : QStringLiteral("user-guide.md");
        EXPECT_EQ(QFileInfo(help->shownFile()).fileName(), expected);
        QTextDocument *document = help->browser()->document();
        EXPECT_TRUE(document->toPlainText().contains(QStringLiteral("SafeReturn")));

        // Every picture is found, every contents link has its heading.
        QStringList images;
        QSet<QString> anchors;
        QStringList links;
        for (QTextBlock block = document->begin(); block.isValid(); block = block.next()) {
            for (auto it = block.begin(); !it.atEnd(); ++it) {
                const QTextCharFormat format = it.fragment().charFormat();
                if (format.isImageFormat())
                    images << format.toImageFormat().name();
                for (const QString &name : format.anchorNames())
                    anchors.insert(name);
                const QString href = format.anchorHref();
                if (href.startsWith(QLatin1Char('#')) && !links.contains(href.mid(1)))
                    links << href.mid(1);
            }
        }
        EXPECT_FALSE(images.isEmpty());
        for (const QString &image : std::as_const(images)) {
            const QVariant loaded =
                help->browser()->loadResource(QTextDocument::ImageResource, QUrl(image));
            EXPECT_FALSE(loaded.toByteArray().isEmpty()) << image.toStdString();
        }
        EXPECT_FALSE(links.isEmpty());
        for (const QString &link : std::as_const(links))
            EXPECT_TRUE(anchors.contains(link)) << link.toStdString();

        // F1 again raises the same window; Escape closes it.
        QTest::keyClick(&window, Qt::Key_F1);
        EXPECT_EQ(window.findChildren<HelpWindow *>().size(), 1);
        QApplication::setActiveWindow(help); // the offscreen platform keeps the main window's
        QTest::keyClick(help->browser(), Qt::Key_Escape);
        EXPECT_TRUE(QTest::qWaitFor([&] { return help.isNull(); }));
    }
}

TEST_F(ShellTest, AboutNamesTheVersionsAndTheDatabase)
{
    services::AppContext context(m_db.db(), domain::Actor::systemUser());
    MainWindow window(context);
    const QString about = window.aboutText();
    EXPECT_TRUE(about.contains(QStringLiteral(SAFERETURN_VERSION)));
    EXPECT_TRUE(about.contains(QString::fromLatin1(qVersion())));
    EXPECT_TRUE(about.contains(QDir::toNativeSeparators(context.databasePath()).toHtmlEscaped()));
    EXPECT_TRUE(about.contains(QStringLiteral("Database schema version:")));
    EXPECT_TRUE(about.contains(QRegularExpression(QStringLiteral("SQLite version:.*3\\.\\d+"))));
}

TEST_F(ShellTest, MainWindowFitsTheScreenAndKeepsItsSize)
{
    services::AppContext context(m_db.db(), domain::Actor::systemUser());
    const QRect available = QGuiApplication::primaryScreen()->availableGeometry();
    QSize chosen;
    {
        MainWindow window(context);
        EXPECT_LE(window.width(), available.width());
        EXPECT_LE(window.height(), available.height() - 40); // a title bar's room
        EXPECT_TRUE(available.contains(window.geometry().topLeft()));
        // Its contents fit a 1366×768 screen less a 40-pixel taskbar and the title bar.
        EXPECT_LE(window.minimumSizeHint().width(), 1366 - 16);
        EXPECT_LE(window.minimumSizeHint().height(), 768 - 40 - 40);
        window.show();
        const QSize first = window.size();
        window.resize(first.width(), first.height() - 100);
        chosen = window.size();
        EXPECT_NE(chosen, first);
        window.close();
    }
    MainWindow again(context);
    // The offscreen screen is narrower than the window's least width: compare the heights.
    EXPECT_EQ(again.height(), chosen.height());
}

// A training database never passes for the real one: the main window of a database the demo
// filled says so in a banner and in its title, in the user's language; a database of real records
// shows neither (docs/user-guide.md, "Dữ liệu minh họa").
TEST_F(ShellTest, DemonstrationDataIsAnnouncedOnTheWindowAndInItsTitle)
{
    services::AppContext context(m_db.db(), domain::Actor::systemUser());
    {
        MainWindow empty(context);
        EXPECT_FALSE(empty.demoBanner()->isVisibleTo(&empty));
        EXPECT_FALSE(empty.windowTitle().contains(QStringLiteral("demonstration")));
    }
    demo::DemoOptions options;
    options.persons = 20;
    options.seed = 3;
    ASSERT_TRUE(
        demo::DemoDataService(m_db.db()).generate(domain::Actor::systemUser(), options).ok());
    for (const QString &lang : {QStringLiteral("vi"), QStringLiteral("en")}) {
        messages::installTranslators(lang);
        MainWindow window(context);
        EXPECT_TRUE(window.demoBanner()->isVisibleTo(&window)) << lang.toStdString();
        const QString expected =
            lang == QLatin1String("vi")
                ? QStringLiteral("Dữ liệu minh họa — không dùng cho hồ sơ thật")
                : QStringLiteral("Demonstration data — not for real records");
        EXPECT_TRUE(window.demoBanner()->text().startsWith(expected))
            << window.demoBanner()->text().toStdString();
        EXPECT_TRUE(window.windowTitle().endsWith(lang == QLatin1String("vi")
                                                      ? QStringLiteral("dữ liệu minh họa")
                                                      : QStringLiteral("demonstration data")))
            << window.windowTitle().toStdString();
    }
}

// The fields whose rules people get wrong explain them: a tooltip, and a longer text for
// Shift+F1 (Help → What's this?), in both languages.
TEST_F(ShellTest, FieldsPeopleGetWrongExplainTheirRules)
{
    services::AppContext context(m_db.db(), domain::Actor::systemUser());
    QHash<QString, QString> english;
    for (const QString &lang : {QStringLiteral("en"), QStringLiteral("vi")}) {
        messages::installTranslators(lang);
        MainWindow window(context);
        auto *whatsThis = window.findChild<QAction *>(QStringLiteral("whatsThisAction"));
        ASSERT_NE(whatsThis, nullptr);
        EXPECT_EQ(whatsThis->shortcut(), QKeySequence(Qt::SHIFT | Qt::Key_F1));
        ui::CaseEditor editor(context);
        for (const auto &[name, rule] : {std::pair{"birthDateEdit", "2004"},
                                         std::pair{"documentNumberEdit", "12"},
                                         std::pair{"documentTypeCombo", "CMND"},
                                         std::pair{"eraCombo", "1/7/2025"}}) {
            auto *field = editor.findChild<QWidget *>(QLatin1String(name));
            ASSERT_NE(field, nullptr) << name;
            EXPECT_TRUE(field->whatsThis().contains(QLatin1String(rule)))
                << name << " " << lang.toStdString() << ": " << field->whatsThis().toStdString();
            if (QLatin1String(name) != QLatin1String("documentTypeCombo")) {
                EXPECT_FALSE(field->toolTip().isEmpty()) << name;
            }
            if (lang == QLatin1String("en")) {
                english.insert(QLatin1String(name), field->whatsThis());
            } else {
                EXPECT_NE(field->whatsThis(), english.value(QLatin1String(name)))
                    << name << " is not translated";
            }
        }
    }
}

TEST_F(ShellTest, WindowIconIsDrawnAtEverySize)
{
    const QIcon icon = ui::applicationIcon();
    ASSERT_FALSE(icon.isNull());
    for (int size : {16, 32, 48, 256})
        EXPECT_TRUE(icon.availableSizes().contains(QSize(size, size))) << size;
    const QImage image = icon.pixmap(64).toImage();
    EXPECT_EQ(image.pixelColor(32, 40), QColor(Qt::white));       // the house
    EXPECT_EQ(image.pixelColor(6, 50), QColor(0x1d, 0x6a, 0x8a)); // the background
}

TEST_F(ShellTest, DemonstrationDataIsOfferedWithActionWords)
{
    services::AppContext context(m_db.db(), domain::Actor::systemUser());
    MainWindow window(context);
    auto *button = window.findChild<QPushButton *>(QStringLiteral("demoDataButton"));
    ASSERT_NE(button, nullptr);
    ASSERT_TRUE(button->isEnabled());
    QStringList buttons;
    inspectModal([&] { button->click(); },
                 [&](QWidget *modal) {
                     for (QPushButton *b : modal->findChildren<QPushButton *>())
                         buttons << b->text();
                 });
    buttons.sort();
    EXPECT_EQ(joined(buttons), "&Cancel\n&Load demonstration data");
    EXPECT_EQ(window.caseListModel()->rowCount(), 0); // cancelled: nothing written
}

TEST_F(ShellTest, ActionQuestionDefaultsToCancel)
{
    bool chosen = true;
    inspectModal(
        [&] {
            chosen = ui::askToDo(nullptr,
                                 QStringLiteral("Lưu trữ"),
                                 QStringLiteral("Lưu trữ mục này?"),
                                 QStringLiteral("&Lưu trữ"));
        },
        [](QWidget *modal) {
            auto *box = qobject_cast<QMessageBox *>(modal);
            ASSERT_NE(box, nullptr);
            EXPECT_EQ(box->defaultButton()->objectName(), QStringLiteral("cancelButton"));
            QTest::keyClick(box, Qt::Key_Return);
        });
    EXPECT_FALSE(chosen);
}

/** Every question in the ui names its action: no Yes/No buttons, no QMessageBox::question. */
TEST_F(ShellTest, NoQuestionIsAnsweredWithYesOrNo)
{
    static const QRegularExpression yesNo(
        QStringLiteral("QMessageBox::(question\\s*\\(|Yes\\b|No\\b|YesToAll|NoToAll)"));
    QStringList found;
    QDirIterator it(QStringLiteral(SAFERETURN_UI_SOURCE_DIR),
                    {QStringLiteral("*.cpp"), QStringLiteral("*.h")},
                    QDir::Files,
                    QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString path = it.next();
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::ReadOnly | QIODevice::Text));
        int line = 0;
        while (!file.atEnd()) {
            ++line;
            const QString text = QString::fromUtf8(file.readLine());
            if (yesNo.match(text).hasMatch())
                found << QStringLiteral("%1:%2").arg(QFileInfo(path).fileName()).arg(line);
        }
    }
    EXPECT_EQ(joined(found), "") << "use ui::askToDo (ui/ActionQuestion.h)";
}

} // namespace
} // namespace sr::test
