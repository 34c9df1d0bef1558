// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"
#include "core/notes/readingsets.h"

#include <QMainWindow>

#include <optional>

#include <functional>
#include <memory>

class QLabel;
class QPushButton;
class QStackedWidget;
class QTabWidget;
class QTreeView;

namespace standpoint::store {
class InstanceLock;
}

namespace standpoint::app {

class CompareView;
class FiguresView;
class LazyPage;
class TimelineView;
class UserWork;
class AnnotationsPanel;
class ReadingSetsView;
class NavigatorModel;
class ReaderView;
class SearchView;
class ReuseView;
class ImportDialog;
class StoreSession;

// The main window: a navigator, the Compare, Read, Timeline, Figures, Reading sets and Search views,
// menus and a status bar.
class MainWindow : public QMainWindow
{
    Q_OBJECT
public:
    explicit MainWindow(const QString &dbPath, QWidget *parent = nullptr);
    ~MainWindow() override;

    CompareView *compareView() const { return m_compare; }
    ReaderView *readerView() const { return m_reader; }
    FiguresView *figuresView() const { return m_figures; }
    TimelineView *timelineView() const { return m_timeline; }
    ReadingSetsView *readingSetsView() const { return m_sets; }
    SearchView *searchView() const; // built on first use, as its tab is
    ReuseView *reuseView() const { return m_reuse; }
    AnnotationsPanel *annotationsPanel() const { return m_annotations; }
    UserWork *userWork() const { return m_work; }
    StoreSession *storeSession() const { return m_store; }
    QTreeView *navigator() const { return m_navigator; }
    QTabWidget *tabs() const { return m_tabs; }
    bool isReady() const { return m_ready; }
    const debate::DebateSnapshot &debate() const { return m_debate; }
    QPushButton *restoreButton() const { return m_restore; }
    // Asked before a backup replaces a damaged store; the default asks the user in a dialog.
    void setRestoreConfirmation(std::function<bool(const QString &backupPath)> confirm) { m_confirmRestore = std::move(confirm); }
    // The message shown in place of the views while opening, or when the store cannot be opened.
    QString pageMessage() const;

    void showCompare();
    void showReader();
    void showFigures();
    void showTimeline();
    void showReadingSets();
    // Shows the Search view with its box focused (Ctrl+Shift+F).
    void showSearch();
    // Asks for files, then previews and imports them; the debate reloads and the Reader opens the first.
    void importDocuments();
    ImportDialog *openImportDialog(const QStringList &paths);
    // Imports a shared reading set (a .standpoint file, as opened from a file manager) and shows it; waits
    // for the store if it is still opening. A file that cannot be imported is reported in a message box.
    void openSetFile(const QString &path);
    // Help: the user guide (F1), the keyboard shortcuts read from the menus, and the About box with the
    // licences. Each opens beside the window, or comes forward if it is already open.
    void showUserGuide();
    void showShortcuts();
    void showAbout();

signals:
    // The store is open and the debate is shown (or it failed, with a message).
    void ready();
    void openFailed(const QString &message);
    // The damaged-store page says whether a good backup can take the store's place.
    void damageExplained();
    // A set file given to openSetFile was imported, or its problem reported.
    void setFileHandled(const QString &path);

protected:
    void closeEvent(QCloseEvent *event) override;
    bool event(QEvent *event) override;

private:
    SearchView *buildSearch(const QString &dbPath);
    void buildMenus();
    void debateLoaded(int token, const debate::DebateSnapshot &debate);
    void showDebate(const debate::DebateSnapshot &debate);
    void showPendingDebate();
    void navigatorActivated(const QModelIndex &index);
    void openStance(const QString &questionKey, const QString &voiceKey);
    void backToCompare();
    void restoreWindowState();
    void openSetItem(const notes::SetItem &item);
    void openQuote(const debate::QuoteView &quote);
    void openSearchEvent(const QString &eventKey, qint64 documentId, qint64 start, qint64 end);
    void addContextMenus();
    void storeDamaged(int token, const QString &message);
    void restoreNewestBackup();
    void reportSetFileProblem(const QString &path, const QString &reason);

    StoreSession *m_store;
    NavigatorModel *m_navigatorModel;
    QTreeView *m_navigator;
    QStackedWidget *m_pages;
    QLabel *m_message;
    QTabWidget *m_tabs;
    CompareView *m_compare;
    ReaderView *m_reader;
    FiguresView *m_figures;
    TimelineView *m_timeline;
    UserWork *m_work;
    ReadingSetsView *m_sets;
    AnnotationsPanel *m_annotations;
    LazyPage *m_searchPage; // holds the SearchView once it is built
    ReuseView *m_reuse;
    QString m_openAfterLoad;
    QString m_setFileAfterLoad;
    QLabel *m_storeLabel;
    QPushButton *m_restore;
    QString m_goodBackup;
    std::function<bool(const QString &)> m_confirmRestore;
    std::unique_ptr<store::InstanceLock> m_lock;
    debate::DebateSnapshot m_debate;
    int m_openToken = 0;
    bool m_ready = false;
    bool m_contextMenus = false;
    // The window is painted once before the first debate fills it, so it appears at once.
    bool m_painted = false;
    std::optional<debate::DebateSnapshot> m_pendingDebate;
};

} // namespace standpoint::app
