// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Opening a .standpoint file as a file manager does (standpoint FILE): the set is imported and shown,
// and a missing or damaged file is reported by name with the store left as it was.
#include "app/notes/readingsetsview.h"
#include "app/notes/userwork.h"
#include "core/notes/readingsets.h"
#include "core/notes/setfile.h"
#include "core/sqlite/query.h"
#include "tests/gui/guifixture.h"

#include <QFile>
#include <QMessageBox>
#include <QTabWidget>
#include <QTimer>

#include <memory>

using namespace standpoint;
using fixtures::succeeded;
using fixtures::waitUntil;

namespace {

// Writes a set of two timeline events, made in a store of its own, as a .standpoint file.
void writeSetFile(const QString &path, const QString &title)
{
    fixtures::TempStore elsewhere;
    sql::Connection db = elsewhere.open(true);
    auto set = notes::createSet(db, title);
    ASSERT_TRUE(succeeded(set));
    for (const char *key : {"e-crimea-annexation-2014", "e-invasion-2022-02-24"}) {
        notes::SetItem item;
        item.kind = notes::SetItemKind::Event;
        item.eventId =
            *sql::scalar(db, QStringLiteral("SELECT id FROM event WHERE key = ?"), {QString::fromUtf8(key)});
        ASSERT_TRUE(succeeded(notes::addItem(db, *set, item)));
    }
    auto bytes = notes::exportSetFile(db, *set);
    ASSERT_TRUE(succeeded(bytes));
    QFile file(path);
    ASSERT_TRUE(file.open(QIODevice::WriteOnly));
    ASSERT_EQ(file.write(*bytes), bytes->size());
}

// What the next warning box said; the box is closed as soon as it shows (the app shows it once the writer
// has answered). The watch ends with the Warning.
struct Warning
{
    bool shown = false;
    QString text;
    std::unique_ptr<QTimer> watch;
};

void closeNextWarning(Warning *seen)
{
    seen->watch = std::make_unique<QTimer>();
    QTimer *timer = seen->watch.get();
    QObject::connect(timer, &QTimer::timeout, timer, [seen, timer] {
        auto *box = qobject_cast<QMessageBox *>(QApplication::activeModalWidget());
        if (!box)
            return;
        seen->shown = true;
        seen->text = box->text() + QLatin1Char('\n') + box->informativeText();
        box->accept();
        timer->stop();
    });
    timer->start(10);
}

} // namespace

class SetFileGui : public fixtures::GuiTest
{
protected:
    void SetUp() override
    {
        fixtures::GuiTest::SetUp();
        ASSERT_TRUE(waitUntil([&] { return window->userWork()->isOpen(); }));
        auto mine = notes::createSet(db(), QStringLiteral("My own set"));
        ASSERT_TRUE(succeeded(mine));
        window->userWork()->reload();
        ASSERT_TRUE(settled());
    }
    QStringList setTitles()
    {
        QStringList titles;
        auto sets = notes::listSets(db());
        EXPECT_TRUE(succeeded(sets));
        if (sets)
            for (const notes::ReadingSet &s : *sets)
                titles << s.title;
        titles.sort();
        return titles;
    }
    // Opens a file that cannot be imported; returns what the warning said.
    QString openBadFile(const QString &path)
    {
        Warning seen;
        closeNextWarning(&seen);
        openAndWait(path);
        EXPECT_TRUE(waitUntil([&] { return seen.shown; })) << "no warning for " << path.toStdString();
        QApplication::setActiveWindow(window.get());
        return seen.text;
    }
    // Opens a set file as a file manager would, and waits until the app has imported it or said why not.
    void openAndWait(const QString &path)
    {
        bool handled = false;
        const auto connection = QObject::connect(window.get(), &app::MainWindow::setFileHandled, [&] { handled = true; });
        window->openSetFile(path);
        EXPECT_TRUE(waitUntil([&] { return handled; }));
        QObject::disconnect(connection);
    }
    QTemporaryDir files;
};

TEST_F(SetFileGui, AGoodSetFileIsImportedAndShown)
{
    const QString path = files.filePath(QStringLiteral("week-1.standpoint"));
    writeSetFile(path, QStringLiteral("Week 1: the invasion"));
    Warning seen;
    closeNextWarning(&seen);
    openAndWait(path);
    QApplication::processEvents();
    EXPECT_FALSE(seen.shown) << seen.text.toStdString();

    app::ReadingSetsView *view = window->readingSetsView();
    EXPECT_EQ(window->tabs()->currentWidget(), view);
    ASSERT_NE(view->currentSet(), 0);
    EXPECT_EQ(view->items()->set().title, QStringLiteral("Week 1: the invasion"));
    EXPECT_EQ(view->items()->rowCount(), 2);
    EXPECT_EQ(setTitles(),
              (QStringList{QStringLiteral("My own set"), QStringLiteral("Week 1: the invasion")}));
}

TEST_F(SetFileGui, AMissingFileIsNamedAndNothingChanges)
{
    const QString path = files.filePath(QStringLiteral("gone.standpoint"));
    const QString said = openBadFile(path);
    EXPECT_TRUE(said.contains(path)) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("No such file"))) << said.toStdString();
    EXPECT_EQ(setTitles(), QStringList{QStringLiteral("My own set")});
}

TEST_F(SetFileGui, AFileThatIsNotASetIsNamedAndNothingChanges)
{
    const QString path = files.filePath(QStringLiteral("garbage.standpoint"));
    {
        QFile file(path);
        ASSERT_TRUE(file.open(QIODevice::WriteOnly));
        file.write("\x89PNG this is not a reading set {{{");
    }
    const QString said = openBadFile(path);
    EXPECT_TRUE(said.contains(path)) << said.toStdString();
    EXPECT_TRUE(said.contains(QStringLiteral("not a Standpoint set file"))) << said.toStdString();
    EXPECT_EQ(setTitles(), QStringList{QStringLiteral("My own set")});
}

// As from the command line: the file is given before the store has opened, and imported once it has.
TEST_F(SetFileGui, ASetFileGivenAtStartIsImportedOnceTheStoreIsOpen)
{
    const QString path = files.filePath(QStringLiteral("week-2.standpoint"));
    writeSetFile(path, QStringLiteral("Week 2: trade"));
    window.reset();
    app::MainWindow starting(store.path());
    starting.show();
    starting.openSetFile(path);
    app::ReadingSetsView *view = starting.readingSetsView();
    ASSERT_TRUE(waitUntil([&] { return view->items()->set().title == QStringLiteral("Week 2: trade"); }))
        << view->items()->set().title.toStdString();
    EXPECT_EQ(starting.tabs()->currentWidget(), view);
    EXPECT_EQ(view->items()->rowCount(), 2);
}
