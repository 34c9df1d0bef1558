// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Accessibility: walks the accessibility tree of every view and dialog, as a screen reader would, and
// fails on any control a person can act on that has no accessible name; then the keyboard: Tab reaches
// everything and is never caught, no Alt+letter is shared, charts and menus work without a mouse.
#include "app/compare/compareview.h"
#include "app/figures/chartview.h"
#include "app/figures/figuresview.h"
#include "app/help/aboutdialog.h"
#include "app/help/shortcutsdialog.h"
#include "app/help/userguidedialog.h"
#include "app/import/drafteditor.h"
#include "app/import/importdialog.h"
#include "app/mainwindow/mainwindow.h"
#include "app/notes/annotationcommands.h"
#include "app/notes/annotationdialog.h"
#include "app/notes/readingsetsview.h"
#include "app/notes/setcommands.h"
#include "app/notes/userwork.h"
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "app/reuse/reuseview.h"
#include "app/search/searchview.h"
#include "app/timeline/timelinecanvas.h"
#include "app/timeline/timelineview.h"
#include "core/sqlite/query.h"
#include "core/store/backups.h"
#include "core/store/store.h"
#include "tests/gui/guifixture.h"

#include <QAbstractButton>
#include <QAccessible>
#include <QAction>
#include <QComboBox>
#include <QContextMenuEvent>
#include <QDialog>
#include <QDir>
#include <QDockWidget>
#include <QFile>
#include <QLabel>
#include <QListWidget>
#include <QMenu>
#include <QMenuBar>
#include <QMetaEnum>
#include <QMultiMap>
#include <QPushButton>
#include <QSet>
#include <QSignalSpy>
#include <QTabBar>
#include <QTableView>
#include <QTabWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QUndoStack>

#include <algorithm>
#include <functional>

using namespace standpoint;
using fixtures::waitUntil;

namespace {

// Roles of things a person presses, types into, picks from or moves through.
bool isInteractiveRole(QAccessible::Role role)
{
    switch (role) {
    case QAccessible::PushButton:
    case QAccessible::CheckBox:
    case QAccessible::RadioButton:
    case QAccessible::ComboBox:
    case QAccessible::EditableText:
    case QAccessible::SpinBox:
    case QAccessible::Slider:
    case QAccessible::Dial:
    case QAccessible::PageTab:
    case QAccessible::PageTabList:
    case QAccessible::List:
    case QAccessible::Table:
    case QAccessible::Tree:
    case QAccessible::MenuItem:
    case QAccessible::ButtonMenu:
    case QAccessible::ButtonDropDown:
    case QAccessible::ButtonDropGrid:
    case QAccessible::Link:
    case QAccessible::HotkeyField:
    case QAccessible::ListItem:
    case QAccessible::TreeItem:
    case QAccessible::Cell:
    case QAccessible::ColumnHeader:
    case QAccessible::RowHeader:
        return true;
    default:
        return false;
    }
}

QString roleName(QAccessible::Role role)
{
    const char *key = QMetaEnum::fromType<QAccessible::Role>().valueToKey(role);
    return key ? QString::fromLatin1(key) : QString::number(int(role));
}

QString objectLabel(const QObject *o)
{
    QString label = QString::fromLatin1(o->metaObject()->className());
    if (!o->objectName().isEmpty())
        label += QLatin1Char('#') + o->objectName();
    return label;
}

// "QToolButton#Export < QWidget < CompareView < QStackedWidget < …": where to look for the offender.
QString describe(QAccessibleInterface *iface)
{
    QStringList chain{roleName(iface->role())};
    QAccessibleInterface *at = iface;
    while (at && !at->object())
        at = at->parent();
    for (const QObject *o = at ? at->object() : nullptr; o; o = o->parent())
        chain << objectLabel(o);
    if (at != iface) {
        const QString description = iface->text(QAccessible::Description);
        if (!description.isEmpty())
            chain.insert(1, QStringLiteral("(description: %1)").arg(description));
    }
    return chain.join(QStringLiteral(" < "));
}

// Everything unnamed that a person can act on, under one root.
class TreeWalk
{
public:
    void walk(QObject *root) { visit(QAccessible::queryAccessibleInterface(root), 0); }

    // Menus are windows of their own, outside the widget tree: walk each once.
    void walkMenus(QObject *root)
    {
        for (QMenu *menu : root->findChildren<QMenu *>())
            visit(QAccessible::queryAccessibleInterface(menu), 0);
    }

    QStringList offenders() const { return m_offenders.values(); }
    int checked() const { return m_checked; }

private:
    // On Linux a combo box reports its current choice as its name, and its label through a relation:
    // what it is for is its accessible name or the label that points to it.
    static QString name(QAccessibleInterface *iface)
    {
        if (iface->role() != QAccessible::ComboBox)
            return iface->text(QAccessible::Name);
        const auto *widget = qobject_cast<const QWidget *>(iface->object());
        if (widget && !widget->accessibleName().isEmpty())
            return widget->accessibleName();
        const auto labels = iface->relations(QAccessible::Label);
        return labels.isEmpty() ? QString() : labels.first().first->text(QAccessible::Name);
    }

    void visit(QAccessibleInterface *iface, int depth)
    {
        if (!iface || !iface->isValid() || depth > 80)
            return;
        // A hidden part is checked when it is shown; a menu item counts when its action does.
        if (auto *action = qobject_cast<QAction *>(iface->object())) {
            if (!action->isVisible())
                return;
        } else if (iface->role() != QAccessible::PopupMenu && iface->state().invisible) {
            return;
        }
        const auto *widget = qobject_cast<const QWidget *>(iface->object());
        // A widget that hands its focus to another (a scroll area's viewport) is not a stop of its own.
        const bool takesFocus = widget && widget->isVisible() && (widget->focusPolicy() & Qt::TabFocus) && !widget->focusProxy();
        if (isInteractiveRole(iface->role()) || takesFocus) {
            ++m_checked;
            if (name(iface).trimmed().isEmpty())
                m_offenders.insert(describe(iface));
        }
        const int count = iface->childCount();
        for (int i = 0; i < count; ++i)
            visit(iface->child(i), depth + 1);
    }

    QSet<QString> m_offenders;
    int m_checked = 0;
};

// Every Alt+letter that reaches something in the window as it is: menu titles, tabs, buttons and the
// labels that lead to a field. Two owners of one letter make Alt+letter alternate between them.
QMultiMap<QString, QString> altLetters(QWidget *window)
{
    QMultiMap<QString, QString> letters;
    const auto add = [&](const QString &text, const QObject *owner) {
        const QKeySequence key = QKeySequence::mnemonic(text);
        if (!key.isEmpty())
            letters.insert(key.toString(), QStringLiteral("\"%1\" (%2)").arg(text, objectLabel(owner)));
    };
    if (auto *menus = window->findChild<QMenuBar *>()) {
        for (QAction *menu : menus->actions())
            add(menu->text(), menu);
    }
    for (QWidget *w : window->findChildren<QWidget *>()) {
        if (!w->isVisible() || !w->isEnabled() || w->window() != window)
            continue;
        if (auto *button = qobject_cast<QAbstractButton *>(w))
            add(button->text(), button);
        else if (auto *label = qobject_cast<QLabel *>(w); label && label->buddy())
            add(label->text(), label);
        else if (auto *tabs = qobject_cast<QTabBar *>(w)) {
            for (int i = 0; i < tabs->count(); ++i) {
                if (tabs->isTabEnabled(i) && tabs->isTabVisible(i))
                    add(tabs->tabText(i), tabs);
            }
        }
    }
    return letters;
}

// Accessibility on, as when a screen reader is running: views then keep their trees up to date.
class AccessibilityGui : public fixtures::GuiTest
{
protected:
    void SetUp() override
    {
        QAccessible::setActive(true);
        fixtures::GuiTest::SetUp();
    }
    void TearDown() override
    {
        fixtures::GuiTest::TearDown();
        QAccessible::setActive(false);
    }
    // Walks a window (or dialog) and its menus, and records what it found under a name.
    void check(const QString &where, QWidget *root)
    {
        QApplication::processEvents();
        TreeWalk walk;
        walk.walk(root);
        walk.walkMenus(root);
        EXPECT_GT(walk.checked(), 0) << where.toStdString() << ": nothing interactive found; is the tree built?";
        for (const QString &offender : walk.offenders())
            m_offenders << QStringLiteral("%1: %2").arg(where, offender);
        m_checked += walk.checked();
    }
    QString write(const QString &name, const QByteArray &bytes)
    {
        QFile f(m_files.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    }

    QStringList m_offenders;
    int m_checked = 0;
    QTemporaryDir m_files;
};

} // namespace

TEST_F(AccessibilityGui, EveryInteractiveElementOfEveryViewHasAName)
{
    ASSERT_TRUE(QAccessible::queryAccessibleInterface(window.get())) << "no accessibility interface for the window";
    auto *annotations = window->findChild<QDockWidget *>(QStringLiteral("AnnotationsDock"));
    ASSERT_TRUE(annotations);
    annotations->show();

    // A reading set with items, so the set's item list, note and questions show.
    app::UserWork *work = window->userWork();
    ASSERT_TRUE(waitUntil([&] { return work->isOpen(); }));
    auto *create = new app::CreateSetCommand(work, QStringLiteral("Week 1"));
    work->undoStack()->push(create);
    for (const char *key : {"e-crimea-annexation-2014", "e-invasion-2022-02-24"}) {
        notes::SetItem item;
        item.kind = notes::SetItemKind::Event;
        item.eventId = count(QStringLiteral("SELECT id FROM event WHERE key = ?"), {QString::fromUtf8(key)});
        work->undoStack()->push(new app::AddItemCommand(work, create->setIdSlot(), item));
    }

    // An annotation, so the Annotations panel lists one.
    notes::Annotation note;
    note.documentId = window->debate().documents[0].id;
    note.start = 0;
    note.end = 12;
    note.tags = QStringList{QStringLiteral("energy")};
    note.note = QStringLiteral("Check the figure");
    work->undoStack()->push(new app::AddAnnotationCommand(work, note));
    ASSERT_TRUE(settled());

    // Compare.
    window->showCompare();
    check(QStringLiteral("Compare"), window.get());
    window->compareView()->setCompact(true);
    check(QStringLiteral("Compare, compact"), window.get());
    window->compareView()->setCompact(false);

    // Read: a stance's quotes (the quote bar), the find bar, what cleaning removed, then side by side.
    const debate::DebateSnapshot &debate = window->debate();
    app::ReaderView *reader = window->readerView();
    reader->openStance(QStringLiteral("q-junior"), QStringLiteral("position:gabuev"));
    window->showReader();
    ASSERT_TRUE(waitUntil([&] { return !reader->primary()->isLoading() && !reader->primary()->selectedText().isEmpty(); }));
    reader->openFind();
    check(QStringLiteral("Read"), window.get());
    ASSERT_GE(debate.documents.size(), 2);
    reader->compareDocuments(debate.documents[0].id, debate.documents[1].id);
    ASSERT_TRUE(waitUntil([&] { return !reader->primary()->isLoading() && !reader->secondary()->isLoading(); }));
    check(QStringLiteral("Read, side by side"), window.get());
    reader->setSideBySide(false);

    // Timeline, an event chosen.
    app::TimelineView *timeline = window->timelineView();
    window->showTimeline();
    ASSERT_TRUE(waitUntil([&] { return timeline->isLoaded(); }));
    check(QStringLiteral("Timeline"), window.get());

    // Figures.
    app::FiguresView *figures = window->figuresView();
    window->showFigures();
    ASSERT_TRUE(waitUntil([&] { return figures->isLoaded(); }));
    check(QStringLiteral("Figures"), window.get());

    // Reading sets, the set and its first item chosen.
    app::ReadingSetsView *sets = window->readingSetsView();
    window->showReadingSets();
    sets->selectSet(create->setId());
    ASSERT_EQ(sets->items()->rowCount(), 2);
    sets->itemList()->setCurrentIndex(sets->items()->index(0));
    check(QStringLiteral("Reading sets"), window.get());

    // Search: its help page, then results with their facets.
    app::SearchView *search = window->searchView();
    window->showSearch();
    check(QStringLiteral("Search, empty"), window.get());
    search->setQuery(QStringLiteral("energy"));
    ASSERT_TRUE(waitUntil([&] { return !search->isBusy(); }));
    check(QStringLiteral("Search, results"), window.get());

    // Reuse, a pair and a passage chosen.
    app::ReuseView *reuse = window->reuseView();
    window->tabs()->setCurrentWidget(reuse);
    ASSERT_TRUE(waitUntil([&] { return !reuse->isLoading() && !reuse->pairs().isEmpty(); }));
    if (reuse->passageList()->count() > 0)
        reuse->passageList()->setCurrentRow(0);
    check(QStringLiteral("Reuse"), window.get());

    // The Import dialog on a good file and a refused one, on each of its tabs.
    const QString good = write(QStringLiteral("river.md"), "# River Trade\n\nBarges carry grain down the Amur.\n\n"
                                                           "Subscribe to our newsletter\n\nA second paragraph on ports.\n");
    const QString bad = write(QStringLiteral("fake.pdf"), "this is not a PDF at all");
    app::ImportDialog *dialog = window->openImportDialog({good, bad});
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && dialog->fileList()->count() == 2; }));
    check(QStringLiteral("Import"), dialog);
    if (auto *tabs = dialog->editor()->findChild<QTabWidget *>()) {
        tabs->setCurrentIndex(1);
        check(QStringLiteral("Import, what cleaning removes"), dialog);
    }
    dialog->fileList()->setCurrentRow(1);
    check(QStringLiteral("Import, a refused file"), dialog);
    dialog->close();

    // The annotation dialog.
    notes::Annotation annotation;
    annotation.documentId = debate.documents[0].id;
    annotation.start = 0;
    annotation.end = 12;
    annotation.anchorText = QStringLiteral("Some passage");
    app::AnnotationDialog annotate(annotation, window.get());
    annotate.show();
    check(QStringLiteral("Annotation dialog"), &annotate);
    annotate.close();

    // Help: the user guide, the keyboard shortcuts and the About box.
    for (const auto &[name, show] : std::initializer_list<std::pair<QString, void (app::MainWindow::*)()>>{
             {QStringLiteral("User guide"), &app::MainWindow::showUserGuide},
             {QStringLiteral("Keyboard shortcuts"), &app::MainWindow::showShortcuts},
             {QStringLiteral("About"), &app::MainWindow::showAbout}}) {
        (window.get()->*show)();
        QApplication::processEvents();
        auto *shown = qobject_cast<QDialog *>(QApplication::activeModalWidget());
        if (!shown) {
            for (QDialog *d : window->findChildren<QDialog *>()) {
                if (d->isVisible())
                    shown = d;
            }
        }
        ASSERT_TRUE(shown) << name.toStdString() << " did not open a dialog";
        check(name, shown);
        shown->close();
    }

    EXPECT_GT(m_checked, 200);
    EXPECT_TRUE(m_offenders.isEmpty()) << m_offenders.size() << " unnamed interactive element(s):\n"
                                       << m_offenders.join(QLatin1Char('\n')).toStdString();
}

// The page shown in place of the views when the store is damaged: its one button must be named too.
TEST(AccessibilityStoreGui, TheDamagedStorePageIsNamed)
{
    QAccessible::setActive(true);
    QTemporaryDir dir;
    const QString path = dir.filePath(QStringLiteral("standpoint.db"));
    fixtures::makeDamagedStoreWithBackup(path);
    ASSERT_FALSE(::testing::Test::HasFatalFailure());
    app::MainWindow window(path);
    window.setRestoreConfirmation([](const QString &) { return false; });
    window.show();
    ASSERT_TRUE(waitUntil([&] { return window.restoreButton()->isVisible(); })) << window.pageMessage().toStdString();
    TreeWalk walk;
    walk.walk(&window);
    walk.walkMenus(&window);
    QAccessible::setActive(false);
    EXPECT_GT(walk.checked(), 0);
    EXPECT_TRUE(walk.offenders().isEmpty()) << walk.offenders().join(QLatin1Char('\n')).toStdString();
}

// Alt+letter goes to one place in each view: no menu, tab, button or label shares its letter with another
// one on screen at the same time.
TEST_F(AccessibilityGui, NoTwoThingsOnScreenShareAnAltLetter)
{
    window->findChild<QDockWidget *>(QStringLiteral("AnnotationsDock"))->show();
    window->readerView()->openStance(QStringLiteral("q-junior"), QStringLiteral("position:gabuev"));
    ASSERT_TRUE(waitUntil([&] { return window->timelineView()->isLoaded() && window->figuresView()->isLoaded(); }));
    QStringList clashes;
    const auto check = [&](const QString &where, QWidget *root = nullptr) {
        QApplication::processEvents();
        const QMultiMap<QString, QString> letters = altLetters(root ? root : window.get());
        for (const QString &key : letters.uniqueKeys()) {
            QStringList owners = letters.values(key);
            owners.removeDuplicates(); // the same label in the two panes side by side: Alt+letter alternates, as meant
            if (owners.size() > 1)
                clashes << QStringLiteral("%1: %2 is %3").arg(where, key, owners.join(QStringLiteral(" and ")));
        }
    };
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        if (window->tabs()->currentWidget() == window->reuseView()) {
            ASSERT_TRUE(waitUntil([&] { return !window->reuseView()->isLoading() && !window->reuseView()->pairs().isEmpty(); }));
        }
        check(window->tabs()->tabText(i));
    }
    window->readerView()->setSideBySide(true);
    window->showReader();
    check(QStringLiteral("Read, side by side"));

    const QString good = write(QStringLiteral("river.md"), "# River Trade\n\nBarges carry grain down the Amur.\n");
    app::ImportDialog *dialog = window->openImportDialog({good});
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && dialog->fileList()->count() == 1; }));
    check(QStringLiteral("Import"), dialog);
    dialog->close();
    notes::Annotation annotation;
    annotation.anchorText = QStringLiteral("Some passage");
    app::AnnotationDialog annotate(annotation, window.get());
    annotate.show();
    check(QStringLiteral("Annotation dialog"), &annotate);
    // Inside each menu, one letter per command.
    for (QMenu *menu : window->menuBar()->findChildren<QMenu *>()) {
        QMultiMap<QString, QString> letters;
        for (QAction *action : menu->actions()) {
            if (action->isVisible() && !action->isSeparator() && !QKeySequence::mnemonic(action->text()).isEmpty())
                letters.insert(QKeySequence::mnemonic(action->text()).toString(), action->text());
        }
        for (const QString &key : letters.uniqueKeys()) {
            if (letters.count(key) > 1)
                clashes << QStringLiteral("menu %1: %2 is %3").arg(menu->title(), key, letters.values(key).join(QStringLiteral(" and ")));
        }
    }
    EXPECT_TRUE(clashes.isEmpty()) << clashes.join(QLatin1Char('\n')).toStdString();
}

// Tab reaches every control of each view and comes back round: nothing is out of reach, and nothing keeps
// the focus (a text box that takes Tab as a character would).
TEST_F(AccessibilityGui, TabReachesEveryControlOfEachViewAndNothingTrapsIt)
{
    app::UserWork *work = window->userWork();
    auto *create = new app::CreateSetCommand(work, QStringLiteral("Week 1"));
    work->undoStack()->push(create);
    notes::SetItem item;
    item.kind = notes::SetItemKind::Document;
    item.documentId = window->debate().documents[0].id;
    work->undoStack()->push(new app::AddItemCommand(work, create->setIdSlot(), item));
    ASSERT_TRUE(settled());
    window->readingSetsView()->selectSet(create->setId());
    window->readingSetsView()->itemList()->setCurrentIndex(window->readingSetsView()->items()->index(0));
    window->readerView()->openStance(QStringLiteral("q-junior"), QStringLiteral("position:gabuev"));
    ASSERT_TRUE(waitUntil([&] { return window->timelineView()->isLoaded() && window->figuresView()->isLoaded(); }));

    QStringList problems;
    const auto walkTabs = [&](const QString &where, QWidget *scope, QWidget *start) {
        QApplication::processEvents();
        start->setFocus(Qt::TabFocusReason);
        QApplication::processEvents();
        QWidget *first = QApplication::focusWidget();
        if (!first) {
            problems << QStringLiteral("%1: nothing took the focus").arg(where);
            return;
        }
        QSet<QWidget *> reached{first};
        bool round = false;
        for (int i = 0; i < 150 && !round; ++i) {
            QTest::keyClick(QApplication::focusWidget(), Qt::Key_Tab);
            QWidget *now = QApplication::focusWidget();
            round = now == first;
            reached.insert(now);
        }
        if (!round)
            problems << QStringLiteral("%1: Tab never came back to %2; it stays in %3")
                            .arg(where, objectLabel(first), objectLabel(QApplication::focusWidget()));
        for (QWidget *w : scope->findChildren<QWidget *>()) {
            if (w->isVisible() && w->isEnabled() && (w->focusPolicy() & Qt::TabFocus) && !w->focusProxy()
                && !reached.contains(w))
                problems << QStringLiteral("%1: Tab never reaches %2").arg(where, objectLabel(w));
        }
    };
    for (int i = 0; i < window->tabs()->count(); ++i) {
        window->tabs()->setCurrentIndex(i);
        if (window->tabs()->currentWidget() == window->reuseView()) {
            ASSERT_TRUE(waitUntil([&] { return !window->reuseView()->isLoading() && !window->reuseView()->pairs().isEmpty(); }));
        }
        walkTabs(window->tabs()->tabText(i), window->tabs()->currentWidget(), window->tabs()->tabBar());
    }
    const QString good = write(QStringLiteral("river.md"), "# River Trade\n\nBarges carry grain down the Amur.\n");
    app::ImportDialog *dialog = window->openImportDialog({good});
    ASSERT_TRUE(waitUntil([&] { return !dialog->isBusy() && dialog->fileList()->count() == 1; }));
    QApplication::setActiveWindow(dialog);
    walkTabs(QStringLiteral("Import"), dialog, dialog->fileList());
    dialog->close();
    EXPECT_TRUE(problems.isEmpty()) << problems.join(QLatin1Char('\n')).toStdString();
}

// The chart is read by keyboard too: Right chooses the first point (boxed, its quote said), Enter opens it.
TEST_F(AccessibilityGui, TheChartsPointsAreReachedAndOpenedByKeyboard)
{
    app::FiguresView *figures = window->figuresView();
    window->showFigures();
    ASSERT_TRUE(waitUntil([&] { return figures->isLoaded(); }));
    figures->showChart(QStringLiteral("trade-turnover"));
    QChartView *chart = figures->chartView();
    chart->setFocus(Qt::TabFocusReason);
    ASSERT_TRUE(chart->hasFocus());
    EXPECT_EQ(figures->keyboardPoint(), -1);
    QTest::keyClick(chart, Qt::Key_Right);
    const int first = figures->keyboardPoint();
    ASSERT_GE(first, 0);
    EXPECT_TRUE(static_cast<app::ChartView *>(chart)->marker().has_value());
    EXPECT_TRUE(chart->accessibleDescription().contains(figures->currentData()->points[first].quote.left(20)))
        << chart->accessibleDescription().toStdString();
    QTest::keyClick(chart, Qt::Key_Right);
    EXPECT_NE(figures->keyboardPoint(), first);
    QTest::keyClick(chart, Qt::Key_Home);
    EXPECT_EQ(figures->keyboardPoint(), first);
    QTest::keyClick(chart, Qt::Key_Return);
    app::ReaderPane *pane = window->readerView()->primary();
    ASSERT_TRUE(waitUntil([&] { return !pane->isLoading() && !pane->selectedText().isEmpty(); }));
    EXPECT_EQ(window->tabs()->currentWidget(), window->readerView());
}

// Ctrl+Tab and Ctrl+Shift+Tab move between views from anywhere, a combo box included (which would
// otherwise take the key as text to search for).
TEST_F(AccessibilityGui, CtrlTabMovesBetweenViews)
{
    window->showCompare();
    QTest::keyClick(window->windowHandle(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(window->tabs()->currentWidget(), window->readerView());
    window->readerView()->primary()->findChild<QComboBox *>()->setFocus(Qt::TabFocusReason);
    QTest::keyClick(window->windowHandle(), Qt::Key_Tab, Qt::ControlModifier);
    EXPECT_EQ(window->tabs()->currentWidget(), window->timelineView());
    QTest::keyClick(window->windowHandle(), Qt::Key_Backtab, Qt::ControlModifier | Qt::ShiftModifier);
    EXPECT_EQ(window->tabs()->currentWidget(), window->readerView());
    QTest::keyClick(window->windowHandle(), Qt::Key_PageUp, Qt::ControlModifier);
    EXPECT_EQ(window->tabs()->currentWidget(), window->compareView());
}

// F1 opens the guide; the shortcuts list holds every menu command that has a shortcut, with its keys.
TEST_F(AccessibilityGui, HelpOpensTheGuideAndListsEveryShortcut)
{
    QTest::keyClick(window->windowHandle(), Qt::Key_F1);
    auto *guide = window->findChild<app::UserGuideDialog *>();
    ASSERT_TRUE(guide);
    EXPECT_TRUE(guide->isVisible());
    for (const char *section : {"Compare", "Reading sets", "Search", "Import", "export"})
        EXPECT_TRUE(guide->browser()->toPlainText().contains(QString::fromLatin1(section), Qt::CaseInsensitive)) << section;
    guide->close();

    const QList<app::ShortcutsDialog::Entry> entries = app::ShortcutsDialog::entries(window->menuBar());
    int menuCommands = 0;
    const std::function<void(const QMenu *)> visit = [&](const QMenu *menu) {
        for (QAction *action : menu->actions()) {
            if (action->menu()) {
                visit(action->menu());
                continue;
            }
            if (action->shortcuts().isEmpty() || !action->isVisible())
                continue;
            ++menuCommands;
            const QString keys = action->shortcut().toString(QKeySequence::NativeText);
            const bool listed = std::any_of(entries.begin(), entries.end(), [&](const app::ShortcutsDialog::Entry &e) {
                return e.keys.contains(keys);
            });
            EXPECT_TRUE(listed) << action->text().toStdString() << " (" << keys.toStdString() << ") is not listed";
        }
    };
    for (QAction *top : window->menuBar()->actions())
        visit(top->menu());
    EXPECT_GE(menuCommands, 15);
    for (const QString &keys : {QStringLiteral("F1"), QStringLiteral("Ctrl+7"), QStringLiteral("Ctrl+Shift+F")}) {
        EXPECT_TRUE(std::any_of(entries.begin(), entries.end(), [&](const app::ShortcutsDialog::Entry &e) {
            return e.keys.contains(keys);
        })) << keys.toStdString();
    }
    window->showAbout();
    auto *about = window->findChild<app::AboutDialog *>();
    ASSERT_TRUE(about);
    for (const char *library : {"Qt Charts", "GPL-3.0", "SQLite", "Public domain", "QuaZip", "zlib", "gumbo-parser",
                                "Apache-2.0", "Poppler", "MIT"})
        EXPECT_TRUE(about->browser()->toPlainText().contains(QString::fromLatin1(library))) << library;
    about->close();
}

// The Menu key opens a cell's context menu (add the stance to a reading set) at the current cell.
TEST_F(AccessibilityGui, TheMenuKeyOpensTheCurrentCellsContextMenu)
{
    window->showCompare();
    QTableView *table = window->compareView()->table();
    table->setCurrentIndex(table->model()->index(2, 1));
    QSignalSpy asked(table, &QWidget::customContextMenuRequested);
    QString shown;
    QTimer::singleShot(200, [&] {
        if (auto *menu = qobject_cast<QMenu *>(QApplication::activePopupWidget())) {
            shown = menu->actions().value(0) ? menu->actions().first()->text() : QString();
            menu->close();
        }
    });
    // What Qt delivers for the Menu key: a keyboard context menu event to the focus widget, at its cursor
    // rectangle (for an item view, the current cell).
    table->setFocus(Qt::OtherFocusReason);
    const QPoint at = table->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, table->mapToGlobal(at));
    QApplication::sendEvent(table, &menuKey);
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(table->indexAt(asked.first().first().toPoint()), table->currentIndex());
    EXPECT_FALSE(shown.isEmpty());
}

// On the timeline the Menu key opens the chosen event's menu.
TEST_F(AccessibilityGui, TheMenuKeyOnTheTimelineOpensTheChosenEventsMenu)
{
    app::TimelineView *timeline = window->timelineView();
    window->showTimeline();
    ASSERT_TRUE(waitUntil([&] { return timeline->isLoaded(); }));
    app::TimelineCanvas *canvas = timeline->canvas();
    canvas->step(1);
    ASSERT_GE(canvas->selectedEvent(), 0);
    QSignalSpy asked(canvas, &QWidget::customContextMenuRequested);
    QTimer::singleShot(200, [] {
        if (QWidget *menu = QApplication::activePopupWidget())
            menu->close();
    });
    const QPoint at = canvas->inputMethodQuery(Qt::ImCursorRectangle).toRect().center();
    QContextMenuEvent menuKey(QContextMenuEvent::Keyboard, at, canvas->mapToGlobal(at));
    QApplication::sendEvent(canvas, &menuKey);
    ASSERT_EQ(asked.count(), 1);
    EXPECT_EQ(canvas->layout().eventAt(asked.first().first().toPoint()), canvas->selectedEvent());
}
