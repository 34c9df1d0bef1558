// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The German translation: menus, views and core messages come out in German with its translator and in
// English without; every menu keeps its mnemonics apart; the language setting and --language.
#include "app/i18n/translations.h"
#include "app/import/importdialog.h"
#include "app/notes/annotationdialog.h"
#include "app/reader/readerview.h"
#include "app/reuse/reuseview.h"
#include "tests/gui/guifixture.h"

#include <QAbstractButton>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QMultiMap>
#include <QTabBar>
#include <QLabel>
#include <QListWidget>
#include <QLibraryInfo>
#include <QMenuBar>
#include <QProcess>
#include <QStatusBar>
#include <QTabWidget>
#include <QToolButton>

#include <set>

using namespace standpoint;
using fixtures::waitUntil;

namespace {

QStringList plain(QStringList texts)
{
    for (QString &t : texts)
        t.remove(QLatin1Char('&'));
    return texts;
}

QStringList menuTitles(QMainWindow *window)
{
    QStringList titles;
    for (const QAction *action : window->menuBar()->actions())
        titles << action->text();
    return titles;
}

QStringList tabTitles(QMainWindow *window)
{
    auto *tabs = window->findChild<QTabWidget *>();
    QStringList titles;
    for (int i = 0; tabs && i < tabs->count(); ++i)
        titles << tabs->tabText(i);
    return titles;
}

QMenu *menuTitled(QMainWindow *window, const QString &title)
{
    for (const QAction *action : window->menuBar()->actions()) {
        if (QString(action->text()).remove(QLatin1Char('&')) == title)
            return action->menu();
    }
    return nullptr;
}

// Whether a widget of the kind shows the text, mnemonic aside (mnemonics move as views gain controls).
template<typename Widget>
bool hasText(QWidget *parent, const QString &text)
{
    const QList<Widget *> widgets = parent->findChildren<Widget *>();
    return std::any_of(widgets.begin(), widgets.end(),
                       [&](const Widget *w) { return QString(w->text()).remove(QLatin1Char('&')) == text; });
}

// The letter after a single '&' ("&&" is a literal ampersand), lower case; empty if none.
QString mnemonic(const QString &text)
{
    for (qsizetype i = 0; i + 1 < text.size(); ++i) {
        if (text[i] == QLatin1Char('&')) {
            if (text[i + 1] != QLatin1Char('&'))
                return text[i + 1].toLower();
            ++i;
        }
    }
    return {};
}

// Menus (and their submenus) whose items share a mnemonic, as "menu: letter".
QStringList clashingMnemonics(const QString &name, const QList<QAction *> &actions)
{
    QStringList clashes;
    std::set<QString> seen;
    for (const QAction *action : actions) {
        if (action->isSeparator() || !action->isVisible())
            continue;
        const QString letter = mnemonic(action->text());
        if (!letter.isEmpty() && !seen.insert(letter).second)
            clashes << QStringLiteral("%1: %2 (%3)").arg(name, letter, action->text());
        if (action->menu())
            clashes << clashingMnemonics(action->text(), action->menu()->actions());
    }
    return clashes;
}

// Alt+letters that two things on screen share, as "letter: owner and owner": menu titles, tabs, buttons
// and the labels that lead to a field (the same rule the accessibility test holds the English to).
QStringList sharedAltLetters(QWidget *window)
{
    QMultiMap<QString, QString> letters;
    const auto add = [&](const QString &text) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            letters.insert(key.toString(), text);
    };
    if (auto *menus = window->findChild<QMenuBar *>()) {
        for (QAction *menu : menus->actions())
            add(menu->text());
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || w->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text());
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text());
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabEnabled(i) && tabs->isTabVisible(i))
                    add(tabs->tabText(i));
            }
        }
    }
    QStringList shared;
    for (const QString &key : letters.uniqueKeys()) {
        QStringList owners = letters.values(key);
        owners.removeDuplicates(); // one label in both panes side by side alternates, as meant
        if (owners.size() > 1)
            shared << QStringLiteral("%1: %2").arg(key, owners.join(QStringLiteral(" and ")));
    }
    return shared;
}

// Labels and buttons narrower than their text needs, as "class 'text' width/needed": German words are
// longer than English ones, and a control squeezed by a fixed or maximum width cuts them off.
QStringList clippedTexts(QWidget *top)
{
    QStringList clipped;
    for (QWidget *w : top->findChildren<QWidget *>()) {
        if (!w->isVisibleTo(top) || w->width() <= 0)
            continue;
        QString text;
        if (auto *label = qobject_cast<QLabel *>(w); label && !label->wordWrap() && label->textFormat() != Qt::RichText
            && !Qt::mightBeRichText(label->text()))
            text = label->text();
        else if (auto *button = qobject_cast<QAbstractButton *>(w))
            text = button->text();
        if (auto *tool = qobject_cast<QToolButton *>(w); tool && tool->toolButtonStyle() == Qt::ToolButtonIconOnly
                                                         && !tool->icon().isNull())
            continue; // its text is only its accessible name

        if (text.isEmpty())
            continue;
        const int needed = w->minimumSizeHint().width();
        if (w->width() + 1 < needed)
            clipped << QStringLiteral("%1 '%2' %3/%4").arg(QString::fromLatin1(w->metaObject()->className()), text)
                           .arg(w->width()).arg(needed);
    }
    return clipped;
}

class TranslationTest : public ::testing::Test
{
protected:
    void SetUp() override { QSettings().clear(); }
    void TearDown() override { i18n::removeTranslators(); }
    std::unique_ptr<app::MainWindow> open()
    {
        auto w = std::make_unique<app::MainWindow>(store.path());
        w->resize(1600, 1000);
        w->show();
        EXPECT_TRUE(waitUntil([&] { return w->isReady(); })) << w->pageMessage().toStdString();
        return w;
    }
    fixtures::TempStore store;
};

// Runs one of the programs with the environment's language settings replaced by `lang`.
struct Outcome
{
    int code = -1;
    QString out, err;
};

Outcome run(const QString &program, const QStringList &arguments, const QString &lang)
{
    QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
    for (const char *name : {"LC_ALL", "LC_MESSAGES", "LANGUAGE", "LANG"})
        env.remove(QLatin1String(name));
    env.insert(QStringLiteral("LANG"), lang);
    env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
    QProcess process;
    process.setProcessEnvironment(env);
    process.start(program, arguments);
    Outcome r;
    if (!process.waitForFinished(60000))
        return r;
    r.code = process.exitStatus() == QProcess::NormalExit ? process.exitCode() : -1;
    r.out = QString::fromUtf8(process.readAllStandardOutput());
    r.err = QString::fromUtf8(process.readAllStandardError());
    return r;
}

} // namespace

TEST_F(TranslationTest, WithTheGermanTranslatorMenusViewsAndCoreMessagesAreGerman)
{
    ASSERT_TRUE(i18n::installTranslators(QStringLiteral("de")));
    auto window = open();
    EXPECT_EQ(plain(menuTitles(window.get())),
              (QStringList{QStringLiteral("Datei"), QStringLiteral("Bearbeiten"), QStringLiteral("Ansicht"),
                           QStringLiteral("Hilfe")}));
    const QStringList tabs = plain(tabTitles(window.get()));
    for (const char *tab : {"Vergleich", "Lesen", "Zeitleiste", "Zahlen", "Lesemappen", "Suche", "Wiederverwendung"}) {
        EXPECT_TRUE(tabs.contains(QString::fromUtf8(tab))) << tab << " not in " << tabs.join(QLatin1Char('|')).toStdString();
    }
    // A few labels of the views (Search is built when first shown: build it).
    window->searchView();
    EXPECT_TRUE(hasText<QLabel>(window.get(), QStringLiteral("Thema:")));
    EXPECT_TRUE(hasText<QToolButton>(window.get(), QStringLiteral("Kompakt")));
    EXPECT_TRUE(hasText<QToolButton>(window.get(), QStringLiteral("Übereinstimmung")));
    EXPECT_TRUE(hasText<QLabel>(window.get(), QStringLiteral("Suchtext:")));
    EXPECT_TRUE(hasText<QToolButton>(window.get(), QStringLiteral("Exportieren")));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("Fragen")))
        << window->statusBar()->currentMessage().toStdString();
    // The core's messages, which the command-line tool shares.
    EXPECT_EQ(QCoreApplication::translate("Store", "Cancelled; nothing was saved."),
              QStringLiteral("Abgebrochen; nichts wurde gespeichert."));
    EXPECT_EQ(QCoreApplication::translate("Timeline", "%1th century").arg(13), QStringLiteral("13. Jahrhundert"));
    // Qt's own dialogs, when Qt's German translation is installed (package qt6-translations-l10n).
    if (QFile::exists(QLibraryInfo::path(QLibraryInfo::TranslationsPath) + QStringLiteral("/qtbase_de.qm"))) {
        EXPECT_EQ(QCoreApplication::translate("QPlatformTheme", "Cancel"), QStringLiteral("Abbrechen"));
    }
}

TEST_F(TranslationTest, WithoutATranslatorEverythingIsEnglish)
{
    auto window = open();
    EXPECT_EQ(plain(menuTitles(window.get())),
              (QStringList{QStringLiteral("File"), QStringLiteral("Edit"), QStringLiteral("View"), QStringLiteral("Help")}));
    EXPECT_TRUE(plain(tabTitles(window.get())).contains(QStringLiteral("Compare")));
    window->searchView(); // built when first shown
    EXPECT_TRUE(hasText<QLabel>(window.get(), QStringLiteral("Theme:")));
    EXPECT_TRUE(hasText<QToolButton>(window.get(), QStringLiteral("Compact")));
    EXPECT_TRUE(hasText<QLabel>(window.get(), QStringLiteral("Search words:")));
    EXPECT_EQ(QCoreApplication::translate("Store", "Cancelled; nothing was saved."),
              QStringLiteral("Cancelled; nothing was saved."));
}

TEST_F(TranslationTest, EachGermanMenuKeepsItsMnemonicsApart)
{
    ASSERT_TRUE(i18n::installTranslators(QStringLiteral("de")));
    auto window = open();
    EXPECT_EQ(clashingMnemonics(QStringLiteral("menu bar"), window->menuBar()->actions()), QStringList());
    QStringList tabLetters;
    for (const QString &tab : tabTitles(window.get()))
        tabLetters << mnemonic(tab);
    tabLetters.removeDuplicates();
    EXPECT_EQ(tabLetters.size(), tabTitles(window.get()).size()) << tabTitles(window.get()).join(QLatin1Char('|')).toStdString();
}

TEST_F(TranslationTest, InGermanNoViewOrHelpWindowCutsOffALabelOrButton)
{
    ASSERT_TRUE(i18n::installTranslators(QStringLiteral("de")));
    auto window = open();
    auto *tabs = window->findChild<QTabWidget *>();
    ASSERT_NE(tabs, nullptr);
    const QString shots = qEnvironmentVariable("STANDPOINT_KEEP_EXPORTS");
    for (int i = 0; i < tabs->count(); ++i) {
        tabs->setCurrentIndex(i);
        QApplication::processEvents();
        EXPECT_EQ(clippedTexts(tabs->currentWidget()), QStringList()) << tabs->tabText(i).toStdString();
    }
    window->showUserGuide();
    window->showShortcuts();
    window->showAbout();
    QApplication::processEvents();
    const QList<QDialog *> dialogs = window->findChildren<QDialog *>(QString(), Qt::FindDirectChildrenOnly);
    for (QDialog *dialog : dialogs) {
        if (!dialog->isVisible())
            continue;
        EXPECT_EQ(clippedTexts(dialog), QStringList()) << dialog->windowTitle().toStdString();
        if (!shots.isEmpty())
            dialog->grab().save(QDir(shots).filePath(dialog->windowTitle() + QStringLiteral(".png")));
        dialog->close();
    }
}

TEST_F(TranslationTest, InGermanNoTwoThingsOnScreenShareAnAltLetter)
{
    ASSERT_TRUE(i18n::installTranslators(QStringLiteral("de")));
    auto window = open();
    window->findChild<QDockWidget *>(QStringLiteral("AnnotationsDock"))->show();
    window->readerView()->openStance(QStringLiteral("q-junior"), QStringLiteral("position:gabuev"));
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        if (window->tabs()->currentWidget() == window->reuseView()) {
            ASSERT_TRUE(waitUntil([&] { return !window->reuseView()->isLoading() && !window->reuseView()->pairs().isEmpty(); }));
        }
        QApplication::processEvents();
        EXPECT_EQ(sharedAltLetters(window.get()), QStringList()) << window->tabs()->tabText(i).toStdString();
    }
    window->readerView()->setSideBySide(true);
    window->showReader();
    QApplication::processEvents();
    EXPECT_EQ(sharedAltLetters(window.get()), QStringList()) << "side by side";

    QTemporaryDir dir;
    QFile file(dir.filePath(QStringLiteral("river.md")));
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    file.write("# River Trade\n\nBarges carry grain down the Amur.\n");
    file.close();
    app::ImportDialog *dialog = window->openImportDialog({file.fileName()});
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && dialog->fileList()->count() == 1; }));
    EXPECT_EQ(sharedAltLetters(dialog), QStringList()) << "import";
    dialog->close();
    notes::Annotation annotation;
    annotation.anchorText = QStringLiteral("Some passage");
    app::AnnotationDialog annotate(annotation, window.get());
    annotate.show();
    QApplication::processEvents();
    EXPECT_EQ(sharedAltLetters(&annotate), QStringList()) << "annotation";
}

TEST_F(TranslationTest, TheLanguageMenuStoresTheChoiceForTheNextStart)
{
    auto window = open();
    QMenu *view = menuTitled(window.get(), QStringLiteral("View"));
    ASSERT_NE(view, nullptr);
    QMenu *language = nullptr;
    for (const QAction *action : view->actions()) {
        if (QString(action->text()).remove(QLatin1Char('&')) == QStringLiteral("Language"))
            language = action->menu();
    }
    ASSERT_NE(language, nullptr);
    QStringList choices;
    for (const QAction *action : language->actions())
        choices << action->text();
    EXPECT_EQ(choices, (QStringList{QStringLiteral("&System Default"), QStringLiteral("&English"), QStringLiteral("&Deutsch")}));
    EXPECT_TRUE(language->actions().first()->isChecked());

    language->actions().last()->trigger();
    EXPECT_EQ(i18n::LanguageSetting::value(), QStringLiteral("de"));
    EXPECT_TRUE(window->statusBar()->currentMessage().contains(QStringLiteral("next start")))
        << window->statusBar()->currentMessage().toStdString();
    language->actions().first()->trigger();
    EXPECT_TRUE(i18n::LanguageSetting::value().isEmpty());
}

TEST(Translation, ALocaleGetsTheFirstShippedLanguageItPrefers)
{
    EXPECT_EQ(i18n::languageFor(QLocale(QStringLiteral("de_AT"))), QStringLiteral("de"));
    EXPECT_EQ(i18n::languageFor(QLocale(QStringLiteral("de_CH"))), QStringLiteral("de"));
    EXPECT_EQ(i18n::languageFor(QLocale(QStringLiteral("en_GB"))), QStringLiteral("en"));
    EXPECT_EQ(i18n::languageFor(QLocale(QStringLiteral("fr_FR"))), QStringLiteral("en"));
    EXPECT_EQ(i18n::languageFor(QLocale::c()), QStringLiteral("en"));
    EXPECT_FALSE(i18n::installTranslators(QStringLiteral("xx")));
    EXPECT_TRUE(i18n::installTranslators(QStringLiteral("en")));
}

TEST(Translation, ABadLanguageOptionIsRefusedNamingTheValueAndTheChoices)
{
    const Outcome r = run(QStringLiteral(STANDPOINT_APP), {QStringLiteral("--language"), QStringLiteral("klingon")},
                      QStringLiteral("C.UTF-8"));
    EXPECT_EQ(r.code, 2) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("\"klingon\""))) << r.err.toStdString();
    EXPECT_TRUE(r.err.contains(QStringLiteral("system, en, de"))) << r.err.toStdString();
    EXPECT_TRUE(r.out.isEmpty()) << r.out.toStdString();
}

TEST(Translation, TheAppsHelpFollowsLanguageAndTheToolFollowsTheSystem)
{
    const Outcome help = run(QStringLiteral(STANDPOINT_APP), {QStringLiteral("--language"), QStringLiteral("de"), QStringLiteral("--help")},
                         QStringLiteral("C.UTF-8"));
    EXPECT_EQ(help.code, 0) << help.err.toStdString();
    EXPECT_TRUE(help.out.contains(QStringLiteral("Die zu öffnende Datenbank."))) << help.out.toStdString();

    QTemporaryDir dir;
    const QString missing = dir.filePath(QStringLiteral("none.db"));
    const Outcome german = run(QStringLiteral(STANDPOINT_CLI), {QStringLiteral("--db"), missing, QStringLiteral("check")},
                           QStringLiteral("de_DE.UTF-8"));
    EXPECT_EQ(german.code, 1);
    EXPECT_TRUE(german.err.contains(QStringLiteral("Keine Datenbank unter"))) << german.err.toStdString();
    const Outcome english = run(QStringLiteral(STANDPOINT_CLI), {QStringLiteral("--db"), missing, QStringLiteral("check")},
                            QStringLiteral("C.UTF-8"));
    EXPECT_EQ(english.code, 1);
    EXPECT_TRUE(english.err.contains(QStringLiteral("no store at"))) << english.err.toStdString();
}
