// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/mainwindow/mainwindow.h"

#include "app/common/lazypage.h"
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

namespace {

// The main window's persisted settings.
struct WindowSettings
{
    static constexpr const char *kGeometry = "window/geometry";
    static constexpr const char *kState = "window/state";
};

} // namespace

MainWindow::MainWindow(const QString &dbPath, QWidget *parent)
    : QMainWindow(parent), m_store(new StoreSession(dbPath, this)), m_navigatorModel(new NavigatorModel(this)),
      m_navigator(new QTreeView), m_pages(new QStackedWidget), m_message(new QLabel), m_tabs(new QTabWidget), m_compare(new CompareView),
      m_reader(new ReaderView(m_store)), m_figures(new FiguresView(m_store)), m_timeline(new TimelineView(m_store)),
      m_work(new UserWork(m_store, this)), m_sets(new ReadingSetsView(m_work)), m_annotations(new AnnotationsPanel(m_work)),
      m_searchPage(new LazyPage([this, dbPath] { return buildSearch(dbPath); })), m_reuse(new ReuseView(m_store)), m_storeLabel(new QLabel), m_restore(new QPushButton(tr("&Restore the Backup…")))
{
    setWindowTitle(tr("Standpoint"));
    setObjectName(QStringLiteral("MainWindow"));

    m_tabs->addTab(m_compare, tr("&Compare"));
    m_tabs->addTab(m_reader, tr("&Read"));
    m_tabs->addTab(m_timeline, tr("&Timeline"));
    // Alt+F is the File menu's.
    m_tabs->addTab(m_figures, tr("Fi&gures"));
    m_tabs->addTab(m_sets, tr("Reading &sets"));
    m_tabs->addTab(m_searchPage, tr("Se&arch"));
    m_tabs->addTab(m_reuse, tr("Re&use"));
    m_tabs->setTabToolTip(m_tabs->indexOf(m_reuse), tr("Passages that documents share nearly word for word"));
    // Reuse is worked out when first looked at, and again after an import.
    connect(m_tabs, &QTabWidget::currentChanged, this, [this] {
        if (m_tabs->currentWidget() == m_reuse && m_reuse->pairs().isEmpty() && !m_reuse->isLoading())
            m_reuse->reload();
    });
    connect(m_reuse, &ReuseView::openPassage, this, [this](const QString &key, qint64 start, qint64 end) {
        for (const debate::DocumentInfo &d : m_debate.documents) {
            if (d.key == key)
                openQuote(debate::QuoteView{0, d.id, d.key, d.title, start, end, QString()});
        }
    });
    m_reader->setUserWork(m_work);
    auto *annotationsDock = new QDockWidget(tr("Annotations"), this);
    annotationsDock->setObjectName(QStringLiteral("AnnotationsDock"));
    annotationsDock->setWidget(m_annotations);
    annotationsDock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::RightDockWidgetArea, annotationsDock);
    annotationsDock->hide();
    connect(m_annotations, &AnnotationsPanel::openRequested, this, [this](qint64 documentId, qint64 start, qint64 end) {
        m_reader->primary()->showSpan(documentId, start, end);
        m_tabs->setCurrentWidget(m_reader);
    });
    connect(m_annotations, &AnnotationsPanel::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_sets, &ReadingSetsView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_sets, &ReadingSetsView::openRequested, this, &MainWindow::openSetItem);
    connect(m_work, &UserWork::failed, this, [this](const QString &message) {
        statusBar()->showMessage(message);
        QMessageBox::warning(this, tr("Standpoint"), message);
    });
    m_figures->setMatrixSource([this] { return m_compare->selection(); });
    m_tabs->setDocumentMode(true);
    m_tabs->setAccessibleName(tr("Views"));
    m_message->setAlignment(Qt::AlignCenter);
    m_message->setWordWrap(true);
    m_message->setTextInteractionFlags(Qt::TextSelectableByMouse);
    m_message->setMargin(40);
    m_message->setText(tr("Opening the store…"));
    m_message->setAccessibleName(tr("Status of the store"));
    m_restore->setVisible(false);
    m_confirmRestore = [this](const QString &backup) {
        return QMessageBox::question(this, tr("Restore the Backup"),
                                     tr("Put the backup %1 in place of the damaged store?\n\nThe damaged store is kept beside it "
                                        "under a new name; nothing is deleted.").arg(backup))
               == QMessageBox::Yes;
    };
    m_restore->setAccessibleDescription(tr("Puts the newest good backup in the damaged store's place; the damaged file is kept."));
    connect(m_restore, &QPushButton::clicked, this, &MainWindow::restoreNewestBackup);
    auto *messagePage = new QWidget;
    auto *messageLayout = new QVBoxLayout(messagePage);
    messageLayout->addStretch();
    messageLayout->addWidget(m_message);
    messageLayout->addWidget(m_restore, 0, Qt::AlignHCenter);
    messageLayout->addStretch();
    m_pages->addWidget(messagePage);
    m_pages->addWidget(m_tabs);
    setCentralWidget(m_pages);

    m_navigator->setModel(m_navigatorModel);
    m_navigator->setHeaderHidden(true);
    m_navigator->setAccessibleName(tr("Navigator: debate, positions, documents and speakers"));
    m_navigator->setWordWrap(true);
    connect(m_navigator, &QTreeView::activated, this, &MainWindow::navigatorActivated);
    connect(m_navigator, &QTreeView::clicked, this, &MainWindow::navigatorActivated);
    auto *dock = new QDockWidget(tr("Navigator"), this);
    dock->setObjectName(QStringLiteral("NavigatorDock"));
    dock->setWidget(m_navigator);
    dock->setFeatures(QDockWidget::DockWidgetClosable | QDockWidget::DockWidgetMovable);
    addDockWidget(Qt::LeftDockWidgetArea, dock);
    resizeDocks({dock}, {fontMetrics().averageCharWidth() * 34}, Qt::Horizontal);

    m_storeLabel->setText(dbPath);
    m_storeLabel->setToolTip(tr("The store in use"));
    statusBar()->addPermanentWidget(m_storeLabel);
    statusBar()->showMessage(tr("Opening the store…"));

    connect(m_compare, &CompareView::stanceActivated, this, &MainWindow::openStance);
    connect(m_compare, &CompareView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_reader, &ReaderView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_reader, &ReaderView::backRequested, this, &MainWindow::backToCompare);
    connect(m_figures, &FiguresView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_timeline, &TimelineView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(m_timeline, &TimelineView::quoteRequested, this, &MainWindow::openQuote);
    connect(m_timeline, &TimelineView::markOnChart, this, [this](const QString &eventKey) {
        m_figures->markEvent(eventKey);
        showFigures();
    });
    connect(m_figures, &FiguresView::quoteRequested, this, &MainWindow::openQuote);
    connect(m_store, &StoreSession::debateLoaded, this, &MainWindow::debateLoaded);
    connect(m_store, &StoreSession::failed, this, [this](int token, const QString &message) {
        if (token != m_openToken)
            return;
        statusBar()->showMessage(tr("The store could not be opened."));
        m_message->setText(tr("<h3>The store could not be opened</h3><p>%1</p><p>Nothing in it was changed. Start "
                              "Standpoint with <tt>--db PATH</tt> to use another store.</p>")
                               .arg(message.toHtmlEscaped()));
        m_pages->setCurrentWidget(m_message->parentWidget());
        emit openFailed(message);
    });
    connect(m_store, &StoreSession::storeDamaged, this, &MainWindow::storeDamaged);
    connect(this, &MainWindow::openFailed, this, [this](const QString &message) {
        if (!m_setFileAfterLoad.isEmpty())
            reportSetFileProblem(std::exchange(m_setFileAfterLoad, QString()),
                                 tr("The store could not be opened: %1").arg(message));
    });
    connect(m_store, &StoreSession::storeNotice, this, [this](const QString &m) { statusBar()->showMessage(m, 15000); });
    connect(m_store, &StoreSession::opened, m_work, &UserWork::reload);

    buildMenus();
    restoreWindowState();
    // One window per store: a second one would fight the first over unsaved state.
    auto lock = store::InstanceLock::acquire(dbPath);
    if (!lock) {
        m_message->setText(tr("<h3>The store is already open</h3><p>%1</p>").arg(lock.message().toHtmlEscaped()));
        m_pages->setCurrentWidget(m_message->parentWidget());
        statusBar()->showMessage(tr("The store is open in another window."));
        QMetaObject::invokeMethod(this, [this, message = lock.message()] { emit openFailed(message); }, Qt::QueuedConnection);
        return;
    }
    m_lock = std::make_unique<store::InstanceLock>(std::move(*lock));
    m_openToken = m_store->openStore();
}

MainWindow::~MainWindow()
{
    // An import still running is stopped (it leaves nothing behind), so quitting need not wait for it;
    // every edit already queued is still saved as the store session closes.
    for (ImportDialog *dialog : findChildren<ImportDialog *>())
        dialog->reject();
}

void MainWindow::restoreWindowState()
{
    QSettings settings;
    if (!restoreGeometry(settings.value(QLatin1String(WindowSettings::kGeometry)).toByteArray()))
        resize(1500, 950);
    restoreState(settings.value(QLatin1String(WindowSettings::kState)).toByteArray());
}

void MainWindow::closeEvent(QCloseEvent *event)
{
    QSettings settings;
    settings.setValue(QLatin1String(WindowSettings::kGeometry), saveGeometry());
    settings.setValue(QLatin1String(WindowSettings::kState), saveState());
    m_sets->commitEdits();
    event->accept();
}

void MainWindow::debateLoaded(int token, const debate::DebateSnapshot &debate)
{
    if (token != m_openToken)
        return;
    if (isVisible() && !m_painted) {
        // Filling every view takes longer than drawing the empty window: draw it first. Should no paint
        // come (a window off screen), the debate is shown a moment later all the same.
        m_pendingDebate = debate;
        QTimer::singleShot(250, this, &MainWindow::showPendingDebate);
        return;
    }
    showDebate(debate);
}

bool MainWindow::event(QEvent *event)
{
    const bool handled = QMainWindow::event(event);
    if (event->type() == QEvent::Paint && !m_painted) {
        m_painted = true;
        QTimer::singleShot(0, this, &MainWindow::showPendingDebate);
    }
    return handled;
}

void MainWindow::showPendingDebate()
{
    if (m_pendingDebate)
        showDebate(*std::exchange(m_pendingDebate, std::nullopt));
}

void MainWindow::showDebate(const debate::DebateSnapshot &debate)
{
    m_debate = debate;
    setWindowTitle(tr("%1 — Standpoint").arg(debate.title));
    m_navigatorModel->setDebate(debate);
    m_navigator->expandToDepth(0);
    m_compare->setDebate(debate);
    m_reader->setDebate(debate);
    m_figures->load();
    m_timeline->load();
    if (!m_contextMenus) {
        addContextMenus();
        m_contextMenus = true;
    }
    m_annotations->setDocuments(debate.documents);
    statusBar()->showMessage(tr("%1 questions, %2 positions and speakers, %3 documents")
                                 .arg(debate.questions.size())
                                 .arg(debate.voices.size())
                                 .arg(debate.documents.size()),
                             8000);
    m_pages->setCurrentWidget(m_tabs);
    if (!m_ready) {
        showCompare();
        // The whole-file check and the day's backup run now, on a reader, so the debate need not wait for them.
        m_store->checkStore();
    }
    m_ready = true;
    if (m_reuse->isVisible() || !m_reuse->pairs().isEmpty())
        m_reuse->reload();
    if (!m_openAfterLoad.isEmpty()) {
        for (const debate::DocumentInfo &d : debate.documents) {
            if (d.key == m_openAfterLoad) {
                m_reader->showDocument(d.id);
                showReader();
            }
        }
        m_openAfterLoad.clear();
    }
    if (!m_setFileAfterLoad.isEmpty()) {
        const QString path = std::exchange(m_setFileAfterLoad, QString());
        QMetaObject::invokeMethod(this, [this, path] { openSetFile(path); }, Qt::QueuedConnection);
    }
    emit ready();
}

QString MainWindow::pageMessage() const
{
    return m_pages->currentWidget() == m_message->parentWidget() ? m_message->text() : QString();
}

void MainWindow::showCompare()
{
    m_tabs->setCurrentWidget(m_compare);
    m_compare->table()->setFocus(Qt::OtherFocusReason);
    if (!m_compare->table()->currentIndex().isValid() && m_compare->table()->model()->rowCount() > 0)
        m_compare->table()->setCurrentIndex(m_compare->table()->model()->index(0, 0));
}

void MainWindow::showReader()
{
    m_tabs->setCurrentWidget(m_reader);
    m_reader->primary()->text()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showFigures()
{
    m_tabs->setCurrentWidget(m_figures);
    m_figures->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showTimeline()
{
    m_tabs->setCurrentWidget(m_timeline);
    m_timeline->canvas()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::showReadingSets() { m_tabs->setCurrentWidget(m_sets); }

void MainWindow::showSearch()
{
    m_tabs->setCurrentWidget(m_searchPage);
    searchView()->focusSearchBox();
}

// Search is built when first shown: its widgets and its worker thread are not needed to start.
SearchView *MainWindow::buildSearch(const QString &dbPath)
{
    auto *search = new SearchView(dbPath);
    connect(search, &SearchView::statusMessage, this, [this](const QString &m) { statusBar()->showMessage(m, 8000); });
    connect(search, &SearchView::spanRequested, this, [this](qint64 documentId, qint64 start, qint64 end) {
        openQuote(debate::QuoteView{0, documentId, QString(), QString(), start, end, QString()});
    });
    connect(search, &SearchView::eventRequested, this, &MainWindow::openSearchEvent);
    return search;
}

SearchView *MainWindow::searchView() const { return static_cast<SearchView *>(m_searchPage->view()); }

// The path every view takes to the Reader: the quote's document, the quote selected.
void MainWindow::openQuote(const debate::QuoteView &quote)
{
    m_reader->showDocument(quote.documentId);
    m_reader->showQuote(quote);
    m_tabs->setCurrentWidget(m_reader);
}

// An event found by Search: selected on the Timeline when the Timeline has it (its filters cleared if they
// hide it), else its first quote in the Reader.
void MainWindow::openSearchEvent(const QString &eventKey, qint64 documentId, qint64 start, qint64 end)
{
    const QList<timeline::TimelineEvent> &events = m_timeline->data().events;
    const auto found = std::find_if(events.begin(), events.end(), [&](const timeline::TimelineEvent &e) { return e.key == eventKey; });
    if (m_timeline->isLoaded() && !eventKey.isEmpty() && found != events.end()) {
        const int event = int(found - events.begin());
        timeline::TimelineFilter anyTime = m_timeline->canvas()->filter();
        anyTime.from = timeline::TimelineFilter().from;
        anyTime.to = timeline::TimelineFilter().to;
        if (!timeline::visibleEvents(m_timeline->data(), anyTime).contains(event)) {
            m_timeline->setLanes({});
            m_timeline->setTheme(QString());
            m_timeline->setSearch(QString());
        }
        showTimeline();
        m_timeline->canvas()->selectEvent(event);
        return;
    }
    if (documentId > 0 && start >= 0) {
        openQuote(debate::QuoteView{0, documentId, QString(), QString(), start, end, QString()});
        return;
    }
    statusBar()->showMessage(tr("This event is not on the Timeline and no document quotes it"), 8000);
}

void MainWindow::openSetItem(const notes::SetItem &item)
{
    if (item.kind == notes::SetItemKind::Excerpt) {
        m_reader->primary()->showSpan(item.documentId, item.start, item.end);
        m_tabs->setCurrentWidget(m_reader);
    } else if (item.kind == notes::SetItemKind::Document) {
        m_reader->showDocument(item.documentId);
        m_tabs->setCurrentWidget(m_reader);
    } else if (item.kind == notes::SetItemKind::Chart) {
        m_figures->showChart(item.chartKey);
        showFigures();
    } else if (item.kind == notes::SetItemKind::Event) {
        showTimeline();
    } else {
        showCompare();
    }
}

// "Add to reading set" wherever something can be added: a Compare cell, a timeline event, a chart.
void MainWindow::openStance(const QString &questionKey, const QString &voiceKey)
{
    m_reader->openStance(questionKey, voiceKey);
    m_tabs->setCurrentWidget(m_reader);
}

void MainWindow::backToCompare()
{
    m_tabs->setCurrentWidget(m_compare);
    if (!m_reader->stanceQuestion().isEmpty())
        m_compare->focusCell(m_reader->stanceQuestion(), m_reader->stanceVoice());
    else
        m_compare->table()->setFocus(Qt::OtherFocusReason);
}

void MainWindow::navigatorActivated(const QModelIndex &index)
{
    const auto kind = NavigatorModel::Kind(index.data(NavigatorModel::KindRole).toInt());
    const QString key = index.data(NavigatorModel::KeyRole).toString();
    switch (kind) {
    case NavigatorModel::Kind::Document:
        m_reader->showDocument(index.data(NavigatorModel::DocumentIdRole).toLongLong());
        m_tabs->setCurrentWidget(m_reader);
        break;
    case NavigatorModel::Kind::Position:
    case NavigatorModel::Kind::Speaker:
        if (!m_debate.questions.isEmpty()) {
            QStringList visible = m_compare->visibleVoices();
            if (!visible.contains(key)) {
                visible << key;
                m_compare->setVisibleVoices(visible);
            }
            m_tabs->setCurrentWidget(m_compare);
            m_compare->focusCell(m_debate.questions.first().key, key);
        }
        break;
    case NavigatorModel::Kind::Debate:
        showCompare();
        break;
    }
}

void MainWindow::importDocuments()
{
    QStringList patterns;
    for (const QString &ext : importing::importExtensions())
        patterns << QStringLiteral("*.") + ext;
    const QStringList paths = QFileDialog::getOpenFileNames(
        this, tr("Import Documents"), QString(),
        tr("Documents (%1);;All files (*)").arg(patterns.join(QLatin1Char(' '))));
    if (!paths.isEmpty())
        openImportDialog(paths);
}

ImportDialog *MainWindow::openImportDialog(const QStringList &paths)
{
    auto *dialog = new ImportDialog(m_store, m_debate, paths, this);
    dialog->setAttribute(Qt::WA_DeleteOnClose);
    // A stopped import takes back what it wrote, with anything attached to it meanwhile: the views follow.
    connect(dialog, &QDialog::finished, m_work, &UserWork::reload);
    connect(dialog, &ImportDialog::imported, this, [this](const QStringList &keys) {
        statusBar()->showMessage(tr("Imported %n document(s).", nullptr, int(keys.size())), 8000);
        m_openAfterLoad = keys.value(0);
        m_openToken = m_store->reloadDebate();
    });
    dialog->open();
    return dialog;
}

void MainWindow::openSetFile(const QString &path)
{
    if (!m_ready) {
        m_setFileAfterLoad = path;
        return;
    }
    if (!m_store->isOpen()) {
        reportSetFileProblem(path, tr("Reading sets are unavailable: the store could not be opened for writing."));
        return;
    }
    showReadingSets();
    m_sets->openSetFile(path, [this, path](const Status &opened) {
        if (!opened)
            reportSetFileProblem(path, opened.message());
        emit setFileHandled(path);
    });
}

void MainWindow::reportSetFileProblem(const QString &path, const QString &reason)
{
    statusBar()->showMessage(tr("Could not open the reading set %1").arg(path), 8000);
    QMessageBox box(QMessageBox::Warning, tr("Open Reading Set"), tr("Could not open the reading set %1.").arg(path),
                    QMessageBox::Ok, this);
    box.setInformativeText(tr("%1\n\nNothing in the store was changed.").arg(reason));
    box.exec();
}

namespace {

// Shows the window's only dialog of a kind, made on first use, and brings it forward.
template<typename Dialog, typename Make>
void showSingle(QWidget *owner, Make make)
{
    Dialog *dialog = owner->findChild<Dialog *>(QString(), Qt::FindDirectChildrenOnly);
    if (!dialog) {
        dialog = make();
        dialog->setAttribute(Qt::WA_DeleteOnClose);
    }
    dialog->show();
    dialog->raise();
    dialog->activateWindow();
}

} // namespace

void MainWindow::showUserGuide()
{
    showSingle<UserGuideDialog>(this, [this] { return new UserGuideDialog(this); });
}

void MainWindow::showShortcuts()
{
    showSingle<ShortcutsDialog>(this, [this] { return new ShortcutsDialog(menuBar(), this); });
}

void MainWindow::showAbout()
{
    showSingle<AboutDialog>(this, [this] { return new AboutDialog(this); });
}

} // namespace standpoint::app
