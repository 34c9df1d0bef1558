// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// The main window's menu bar and the context menus of its views.
#include "app/mainwindow/mainwindow.h"

#include "app/common/storesession.h"
#include "app/i18n/translations.h"
#include "app/compare/compareview.h"
#include "app/compare/comparemodel.h"
#include "app/figures/figuresview.h"
#include "app/notes/addtosetmenu.h"
#include "app/notes/annotationspanel.h"
#include "app/notes/readingsetsview.h"
#include "app/notes/userwork.h"
#include "app/timeline/timelinecanvas.h"
#include "app/timeline/timelineview.h"
#include "app/navigator/navigatormodel.h"
#include "app/reader/readerpane.h"
#include "app/reader/readerview.h"
#include "app/search/searchview.h"
#include "app/help/aboutdialog.h"
#include "app/help/shortcutsdialog.h"
#include "app/help/userguidedialog.h"
#include "app/import/importdialog.h"
#include "app/reuse/reuseview.h"
#include "core/import/formatsniffer.h"
#include "core/store/backups.h"
#include "core/store/instancelock.h"

#include <QActionGroup>
#include <QApplication>
#include <QCloseEvent>
#include <QDockWidget>
#include <QFileDialog>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMenuBar>
#include <QPushButton>
#include <QSortFilterProxyModel>
#include <QUndoStack>
#include <QVBoxLayout>
#include <QLocale>
#include <QMessageBox>
#include <QSettings>
#include <QStackedWidget>
#include <QStatusBar>
#include <QTableView>
#include <QTabWidget>
#include <QTextBrowser>
#include <QTimer>
#include <QTreeView>
#include <QTreeWidget>

#include <algorithm>
#include <utility>

namespace standpoint::app {

void MainWindow::buildMenus()
{
    QMenu *file = menuBar()->addMenu(tr("&File"));
    QAction *import = file->addAction(tr("&Import Documents…"), this, &MainWindow::importDocuments);
    import->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_I));
    import->setStatusTip(tr("Add your own texts, Markdown, web pages, PDFs or Word files to the debate"));
    file->addSeparator();
    QMenu *exportMenu = file->addMenu(tr("&Export the Compare matrix"));
    exportMenu->addAction(tr("As &PNG image…"), m_compare, &CompareView::exportPng);
    exportMenu->addAction(tr("As P&DF…"), m_compare, &CompareView::exportPdf);
    exportMenu->addAction(tr("As &CSV…"), m_compare, &CompareView::exportCsv);
    file->addSeparator();
    QAction *quit = file->addAction(tr("&Quit"), this, &QWidget::close);
    quit->setShortcut(QKeySequence::Quit);

    QMenu *edit = menuBar()->addMenu(tr("&Edit"));
    QAction *undo = m_work->undoStack()->createUndoAction(this, tr("&Undo"));
    undo->setShortcut(QKeySequence::Undo);
    QAction *redo = m_work->undoStack()->createRedoAction(this, tr("&Redo"));
    redo->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Z), QKeySequence::Redo});
    // Their text names what they would undo; the icon text stays plain, for the list of shortcuts.
    undo->setIconText(tr("Undo"));
    redo->setIconText(tr("Redo"));
    edit->addAction(undo);
    edit->addAction(redo);
    edit->addSeparator();
    QAction *annotate = edit->addAction(tr("&Annotate Selection…"), this, [this] {
        showReader();
        m_reader->primary()->annotateSelection();
    });
    annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    edit->addSeparator();
    QAction *find = edit->addAction(tr("&Find in Document…"), this, [this] {
        showReader();
        m_reader->openFind();
    });
    find->setShortcut(QKeySequence::Find);

    QMenu *view = menuBar()->addMenu(tr("&View"));
    QAction *compare = view->addAction(tr("&Compare"), this, &MainWindow::showCompare);
    compare->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_1));
    QAction *read = view->addAction(tr("&Read"), this, &MainWindow::showReader);
    read->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_2));
    QAction *timeline = view->addAction(tr("&Timeline"), this, &MainWindow::showTimeline);
    timeline->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_3));
    QAction *figures = view->addAction(tr("&Figures"), this, &MainWindow::showFigures);
    figures->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_4));
    QAction *sideBySide = view->addAction(tr("Read Si&de by Side")); // Alt+S is Reading Sets'.
    sideBySide->setCheckable(true);
    sideBySide->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_2));
    connect(sideBySide, &QAction::toggled, this, [this](bool on) {
        m_reader->setSideBySide(on);
        if (on)
            showReader();
    });
    connect(m_reader, &ReaderView::sideBySideChanged, sideBySide, [sideBySide](bool on) {
        const QSignalBlocker block(sideBySide);
        sideBySide->setChecked(on);
    });
    QAction *back = view->addAction(tr("&Back to Compare"), this, &MainWindow::backToCompare);
    back->setShortcut(QKeySequence::Back);
    view->addSeparator();
    QAction *sets = view->addAction(tr("Reading &Sets"), this, &MainWindow::showReadingSets);
    sets->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_5));
    QAction *search = view->addAction(tr("S&earch Everything"), this, &MainWindow::showSearch);
    search->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_F), QKeySequence(Qt::CTRL | Qt::Key_6)});
    QAction *reuse = view->addAction(tr("Re&use"), this, [this] {
        m_tabs->setCurrentWidget(m_reuse);
        m_reuse->pairList()->setFocus(Qt::OtherFocusReason);
    });
    reuse->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_7));
    reuse->setStatusTip(tr("Passages that documents share nearly word for word"));
    // The tab widget steps views on Ctrl+Tab only when no control took the key first (a combo box takes
    // it as text to search for): as commands they work from anywhere.
    const auto stepView = [this](int by) {
        m_tabs->setCurrentIndex((m_tabs->currentIndex() + by + m_tabs->count()) % m_tabs->count());
    };
    QAction *nextView = view->addAction(tr("&Next View"), this, [stepView] { stepView(1); });
    nextView->setShortcuts({QKeySequence(Qt::CTRL | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageDown)});
    QAction *previousView = view->addAction(tr("&Previous View"), this, [stepView] { stepView(-1); });
    previousView->setShortcuts({QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Tab), QKeySequence(Qt::CTRL | Qt::Key_PageUp),
                                QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_Backtab)});
    view->addSeparator();
    view->addAction(findChild<QDockWidget *>(QStringLiteral("NavigatorDock"))->toggleViewAction());
    QAction *annotationsPanel = findChild<QDockWidget *>(QStringLiteral("AnnotationsDock"))->toggleViewAction();
    annotationsPanel->setShortcut(QKeySequence(Qt::CTRL | Qt::SHIFT | Qt::Key_A));
    view->addAction(annotationsPanel);
    view->addSeparator();
    // Every view builds its texts once, so a new language applies from the next start.
    QMenu *language = view->addMenu(tr("&Language"));
    auto *languages = new QActionGroup(language);
    QList<std::pair<QString, QString>> choices{{QString(), tr("&System Default")}};
    for (const i18n::Language &l : i18n::languages())
        choices.append({l.code, QLatin1Char('&') + l.name});
    for (const auto &[code, name] : choices) {
        QAction *choice = language->addAction(name);
        choice->setCheckable(true);
        choice->setChecked(code == i18n::LanguageSetting::value());
        choice->setData(code);
        languages->addAction(choice);
    }
    connect(languages, &QActionGroup::triggered, this, [this](QAction *choice) {
        i18n::LanguageSetting::setValue(choice->data().toString());
        statusBar()->showMessage(tr("Language: %1. It applies from the next start of Standpoint.")
                                     .arg(QString(choice->text()).remove(QLatin1Char('&'))),
                                 10000);
    });

    QMenu *help = menuBar()->addMenu(tr("&Help"));
    QAction *guide = help->addAction(tr("&User Guide"), this, &MainWindow::showUserGuide);
    guide->setShortcut(QKeySequence::HelpContents);
    guide->setStatusTip(tr("What each view does, how to import, make reading sets, export charts and search"));
    help->addAction(tr("&Keyboard Shortcuts"), this, &MainWindow::showShortcuts)
        ->setStatusTip(tr("Every shortcut of the menus and of each view"));
    help->addSeparator();
    help->addAction(tr("&About Standpoint"), this, &MainWindow::showAbout)
        ->setStatusTip(tr("The version, and the licences of Standpoint and its libraries"));
}

void MainWindow::addContextMenus()
{
    QTableView *table = m_compare->table();
    table->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(table, &QWidget::customContextMenuRequested, this, [this, table](const QPoint &at) {
        const QModelIndex proxyIndex = table->indexAt(at);
        if (!proxyIndex.isValid())
            return;
        const auto *proxy = static_cast<const QSortFilterProxyModel *>(table->model());
        const debate::Stance *stance = m_compare->model()->stance(proxy->mapToSource(proxyIndex));
        if (!stance)
            return;
        QMenu menu;
        QMenu *add = menu.addMenu(tr("Add This Stance to Reading Set"));
        const qint64 stanceId = stance->id;
        fillAddToSetMenu(add, m_work, [stanceId] {
            notes::SetItem item;
            item.kind = notes::SetItemKind::Stance;
            item.stanceId = stanceId;
            return item;
        }, this);
        menu.exec(table->viewport()->mapToGlobal(at));
    });
    auto *timelineButton = new QPushButton(tr("Add event to reading set"));
    timelineButton->setObjectName(QStringLiteral("AddEventToSet"));
    auto *timelineMenu = new QMenu(timelineButton);
    timelineButton->setMenu(timelineMenu);
    connect(timelineMenu, &QMenu::aboutToShow, this, [this, timelineMenu] {
        const int event = m_timeline->canvas()->selectedEvent();
        if (event < 0) {
            timelineMenu->clear();
            timelineMenu->addAction(tr("(choose an event first)"))->setEnabled(false);
            return;
        }
        const qint64 eventId = m_timeline->data().events[event].id;
        fillAddToSetMenu(timelineMenu, m_work, [eventId] {
            notes::SetItem item;
            item.kind = notes::SetItemKind::Event;
            item.eventId = eventId;
            return item;
        }, this);
    });
    m_timeline->addDetailsWidget(timelineButton);
    auto *chartButton = new QPushButton(tr("Add chart to reading set"));
    auto *chartMenu = new QMenu(chartButton);
    chartButton->setMenu(chartMenu);
    connect(chartMenu, &QMenu::aboutToShow, this, [this, chartMenu] {
        const QString key = m_figures->currentChart();
        fillAddToSetMenu(chartMenu, m_work, [key] {
            notes::SetItem item;
            item.kind = notes::SetItemKind::Chart;
            item.chartKey = key;
            return item;
        }, this);
    });
    m_figures->addSideWidget(chartButton);

    // Right-click works too: on a timeline event, and on a chart in the list.
    TimelineCanvas *canvas = m_timeline->canvas();
    canvas->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(canvas, &QWidget::customContextMenuRequested, this, [this, canvas](const QPoint &at) {
        const int event = canvas->layout().eventAt(at);
        if (event < 0)
            return;
        canvas->selectEvent(event);
        const qint64 eventId = m_timeline->data().events[event].id;
        QMenu menu;
        fillAddToSetMenu(menu.addMenu(tr("Add Event to Reading Set")), m_work, [eventId] {
            notes::SetItem item;
            item.kind = notes::SetItemKind::Event;
            item.eventId = eventId;
            return item;
        }, this);
        menu.exec(canvas->mapToGlobal(at));
    });
    QListWidget *charts = m_figures->chartList();
    charts->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(charts, &QWidget::customContextMenuRequested, this, [this, charts](const QPoint &at) {
        QListWidgetItem *item = charts->itemAt(at);
        if (!item)
            return;
        const QString key = item->data(Qt::UserRole).toString();
        QMenu menu;
        fillAddToSetMenu(menu.addMenu(tr("Add Chart to Reading Set")), m_work, [key] {
            notes::SetItem setItem;
            setItem.kind = notes::SetItemKind::Chart;
            setItem.chartKey = key;
            return setItem;
        }, this);
        menu.exec(charts->viewport()->mapToGlobal(at));
    });
}

} // namespace standpoint::app
