// Qt's own dialogs speak the user's language: under the Vietnamese translators every text the
// file dialog, print preview, print, page set-up and input dialogs show is one of the Qt texts
// SafeReturn's catalogue translates (messages/QtTexts.h), and each of those has a Vietnamese
// translation. The application uses Qt's own (translated) dialogs, never the platform's.
#include "messages/QtTexts.h"
#include "messages/Translators.h"
#include "ui/GuiApp.h"

#include <QAbstractButton>
#include <QAbstractItemModel>
#include <QAbstractSpinBox>
#include <QAction>
#include <QApplication>
#include <QComboBox>
#include <QCoreApplication>
#include <QDir>
#include <QDoubleSpinBox>
#include <QFile>
#include <QFileDialog>
#include <QGroupBox>
#include <QHeaderView>
#include <QInputDialog>
#include <QLabel>
#include <QLineEdit>
#include <QListView>
#include <QPageSetupDialog>
#include <QPrintDialog>
#include <QPrintPreviewDialog>
#include <QPrinter>
#include <QPushButton>
#include <QRegularExpression>
#include <QSet>
#include <QSpinBox>
#include <QTabBar>
#include <QTemporaryDir>
#include <QTimer>
#include <QToolBar>
#include <QToolButton>
#include <QTranslator>

#include <gtest/gtest.h>

#include <algorithm>

namespace sr::test {
namespace {

/** @a texts one a line, for readable failures. */
std::string joined(const QStringList &texts)
{
    return texts.join(QLatin1Char('\n')).toStdString();
}

/** @a text without mnemonic markers and a trailing ellipsis, as Qt makes tool tips of actions. */
QString plain(QString text)
{
    text.replace(QLatin1String("&&"), QLatin1String("\x01"));
    text.remove(QLatin1Char('&'));
    text.replace(QLatin1Char('\x01'), QLatin1Char('&'));
    text = text.trimmed();
    for (const QString &dots : {QStringLiteral("..."), QStringLiteral("…")}) {
        if (text.endsWith(dots))
            text.chop(dots.size());
    }
    return text.trimmed();
}

/** A text a Vietnamese user would read as English: ASCII words only, one of 3 letters or more. */
bool looksEnglish(const QString &text)
{
    for (const QChar c : text) {
        if (c.isLetter() && c.unicode() > 0x7f)
            return false; // Vietnamese letters (ă, ê, ơ, ư, đ, accents)
    }
    static const QRegularExpression word(QStringLiteral("[A-Za-z]*[a-z][A-Za-z]*"));
    auto it = word.globalMatch(text);
    while (it.hasNext()) {
        if (it.next().capturedLength() >= 3)
            return true;
    }
    return false;
}

/** The current translations of the listed Qt texts, as patterns (arguments match anything). */
QList<QRegularExpression> translatedPatterns()
{
    QList<QRegularExpression> patterns;
    static const QRegularExpression argument(QStringLiteral("%L?\\d"));
    for (const messages::QtText &text : messages::qtTexts()) {
        const QString translated = plain(QCoreApplication::translate(text.context, text.source));
        QString pattern;
        qsizetype last = 0;
        auto it = argument.globalMatch(translated);
        while (it.hasNext()) {
            const auto match = it.next();
            pattern +=
                QRegularExpression::escape(translated.mid(last, match.capturedStart() - last));
            pattern += QLatin1String(".*");
            last = match.capturedEnd();
        }
        pattern += QRegularExpression::escape(translated.mid(last));
        patterns.append(QRegularExpression(QRegularExpression::anchoredPattern(pattern),
                                           QRegularExpression::DotMatchesEverythingOption));
    }
    return patterns;
}

/** Every text @a root shows: titles, labels, buttons, tool tips, combo items, tabs, headers. */
QStringList visibleTexts(QWidget *root)
{
    QStringList texts{root->windowTitle()};
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        if (widget != root && !widget->isVisibleTo(root))
            continue;
        texts << widget->toolTip();
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << label->text();
        if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << button->text();
        if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << box->title();
        if (auto *edit = qobject_cast<QLineEdit *>(widget))
            texts << edit->placeholderText();
        if (auto *spin = qobject_cast<QSpinBox *>(widget))
            texts << spin->prefix() << spin->suffix() << spin->specialValueText();
        if (auto *spin = qobject_cast<QDoubleSpinBox *>(widget))
            texts << spin->prefix() << spin->suffix() << spin->specialValueText();
        if (auto *combo = qobject_cast<QComboBox *>(widget)) {
            for (int i = 0; i < combo->count(); ++i)
                texts << combo->itemText(i);
        }
        if (auto *tabs = qobject_cast<QTabBar *>(widget)) {
            for (int i = 0; i < tabs->count(); ++i)
                texts << tabs->tabText(i) << tabs->tabToolTip(i);
        }
        if (auto *header = qobject_cast<QHeaderView *>(widget); header && header->model()) {
            for (int i = 0; i < header->count(); ++i) {
                if (!header->isSectionHidden(i))
                    texts << header->model()->headerData(i, header->orientation()).toString();
            }
        }
        // The file dialog's places ("Computer"); the files listed are the user's, not Qt's.
        if (auto *view = qobject_cast<QListView *>(widget);
            view && view->objectName() == QLatin1String("sidebar") && view->model()) {
            for (int row = 0; row < view->model()->rowCount(); ++row) {
                const QString place = view->model()->index(row, 0).data().toString();
                if (place != QDir::home().dirName()) // a folder's own name
                    texts << place;
            }
        }
        if (auto *bar = qobject_cast<QToolBar *>(widget)) {
            for (QAction *action : bar->actions())
                texts << action->text() << action->toolTip();
        }
    }
    return texts;
}

/** The texts @a root shows in English that no listed Qt text accounts for. */
QStringList untranslated(QWidget *root)
{
    const QList<QRegularExpression> patterns = translatedPatterns();
    QStringList found;
    for (const QString &text : visibleTexts(root)) {
        const QString shown = plain(text);
        if (shown.isEmpty() || shown.startsWith(QLatin1Char('/')) || !looksEnglish(shown))
            continue; // empty, a path, or not words
        const bool listed = std::any_of(patterns.cbegin(), patterns.cend(), [&](const auto &p) {
            return p.match(shown).hasMatch();
        });
        if (!listed && !found.contains(shown))
            found << shown;
    }
    return found;
}

class QtDialogTextsTest : public ::testing::Test
{
protected:
    void SetUp() override { ASSERT_TRUE(messages::installTranslators(QStringLiteral("vi"))); }
    void TearDown() override
    {
        // The other widget tests read the English strings.
        messages::installTranslators(QStringLiteral("en"));
    }

    /** Runs @a inspect on the modal dialog @a open shows, then closes that dialog. */
    static void inspectModal(const std::function<void()> &open,
                             const std::function<void(QWidget *)> &inspect)
    {
        bool seen = false;
        QTimer::singleShot(0, qApp, [&] {
            QWidget *modal = QApplication::activeModalWidget();
            if (!modal) {
                return;
            }
            seen = true;
            inspect(modal);
            if (auto *dialog = qobject_cast<QDialog *>(modal))
                dialog->reject();
        });
        open();
        EXPECT_TRUE(seen) << "no modal dialog opened";
    }
};

TEST_F(QtDialogTextsTest, ApplicationUsesQtsOwnDialogs)
{
    ui::useTranslatedDialogs();
    EXPECT_TRUE(QCoreApplication::testAttribute(Qt::AA_DontUseNativeDialogs));
}

TEST_F(QtDialogTextsTest, FileDialogsShowOnlyListedTexts)
{
    QTemporaryDir folder;
    ASSERT_TRUE(folder.isValid());
    QFile file(folder.filePath(QStringLiteral("baocao.pdf")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write(QByteArray(3000, 'x'));
    file.close();

    for (const auto mode : {QFileDialog::AcceptOpen, QFileDialog::AcceptSave}) {
        for (const auto view : {QFileDialog::List, QFileDialog::Detail}) {
            QFileDialog dialog(nullptr, QStringLiteral("Chọn tệp"), folder.path());
            dialog.setOption(QFileDialog::DontUseNativeDialog);
            dialog.setAcceptMode(mode);
            dialog.setViewMode(view);
            dialog.show();
            QCoreApplication::processEvents();
            EXPECT_EQ(joined(untranslated(&dialog)), "") << "mode " << int(mode);
        }
    }
}

TEST_F(QtDialogTextsTest, PrintPreviewShowsOnlyListedTexts)
{
    QPrinter printer;
    QPrintPreviewDialog dialog(&printer);
    dialog.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(joined(untranslated(&dialog)), "");
}

TEST_F(QtDialogTextsTest, PrintAndPageSetupDialogsShowOnlyListedTexts)
{
    QPrinter printer;
    QPrintDialog dialog(&printer);
    dialog.show();
    QCoreApplication::processEvents();
    // The options (copies, page range, duplex) are folded away at first.
    for (QPushButton *button : dialog.findChildren<QPushButton *>()) {
        if (button->objectName() == QLatin1String("options"))
            button->click();
    }
    QCoreApplication::processEvents();
    EXPECT_EQ(joined(untranslated(&dialog)), "");

    // The printer's properties: page set-up and job options.
    QPushButton *properties = dialog.findChild<QPushButton *>(QStringLiteral("properties"));
    ASSERT_NE(properties, nullptr);
    if (properties->isEnabled()) {
        inspectModal([&] { properties->click(); },
                     [](QWidget *modal) { EXPECT_EQ(joined(untranslated(modal)), ""); });
    }

    QPageSetupDialog pageSetup(&printer);
    pageSetup.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(joined(untranslated(&pageSetup)), "");
}

TEST_F(QtDialogTextsTest, InputDialogsShowOnlyListedTexts)
{
    QInputDialog text;
    text.setWindowTitle(QStringLiteral("Đặt lại mật khẩu"));
    text.setTextEchoMode(QLineEdit::Password);
    text.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(joined(untranslated(&text)), ""); // the default label too

    QInputDialog item;
    item.setWindowTitle(QStringLiteral("Đổi vai trò"));
    item.setLabelText(QStringLiteral("Vai trò:"));
    item.setComboBoxItems({QStringLiteral("Quản trị"), QStringLiteral("Cán bộ")});
    item.show();
    QCoreApplication::processEvents();
    EXPECT_EQ(joined(untranslated(&item)), "");
}

TEST_F(QtDialogTextsTest, EveryListedTextIsTranslatedIntoVietnamese)
{
    // Asks SafeReturn's catalogue itself: a page size kept as its name ("Letter", "Quarto")
    // is translated even though its translation reads as the source.
    const QList<QTranslator *> translators = qApp->findChildren<QTranslator *>();
    const auto own = std::find_if(translators.cbegin(), translators.cend(), [](auto *t) {
        return t->objectName() == QLatin1String("sr-translator");
    });
    ASSERT_NE(own, translators.cend());
    QStringList missing;
    for (const messages::QtText &text : messages::qtTexts()) {
        if ((*own)->translate(text.context, text.source).isEmpty())
            missing << QStringLiteral("%1: %2").arg(QLatin1String(text.context),
                                                    QString::fromUtf8(text.source));
    }
    EXPECT_EQ(joined(missing), "");
}

} // namespace
} // namespace sr::test
