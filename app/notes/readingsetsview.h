// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "app/common/savedialog.h"
#include "core/notes/readingsets.h"

#include <QAbstractListModel>
#include <QWidget>

#include <functional>

class QLabel;
class QListView;
class QListWidget;
class QPlainTextEdit;

namespace standpoint::app {

class BackgroundExport;

class UserWork;

// A set's items in order; dragging an item (or Ctrl+Up / Ctrl+Down) moves it, through the undo stack.
class SetItemsModel : public QAbstractListModel
{
    Q_OBJECT
public:
    SetItemsModel(UserWork *work, QObject *parent = nullptr);
    void setSet(const notes::ReadingSet &set);
    const notes::ReadingSet &set() const { return m_set; }

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    Qt::DropActions supportedDropActions() const override;
    QStringList mimeTypes() const override;
    QMimeData *mimeData(const QModelIndexList &indexes) const override;
    bool dropMimeData(const QMimeData *data, Qt::DropAction action, int row, int column, const QModelIndex &parent) override;
    // Moves an item through the undo stack.
    // Each change is queued to the writer and shown here at once, so that a second key press before the
    // writer answers acts on the order the user sees; the answer then replaces the set as stored.
    void moveItem(int from, int to);
    void removeItem(int row);

private:
    UserWork *m_work;
    notes::ReadingSet m_set;
};

// Reading sets: titled, ordered lists of excerpts, documents, claims, stances, events and charts, each
// with a note, plus discussion questions; handed out as HTML, PDF or Markdown, or shared as one file.
class ReadingSetsView : public QWidget
{
    Q_OBJECT
public:
    ReadingSetsView(UserWork *work, QWidget *parent = nullptr);

    QListWidget *setList() const { return m_sets; }
    QListView *itemList() const { return m_items; }
    SetItemsModel *items() const { return m_model; }
    qint64 currentSet() const;
    void selectSet(qint64 setId);
    // Commits a note or questions being typed (the app calls it before closing).
    void commitEdits();
    // An export of the chosen set to path (a .standpoint file or a handout, by suffix), ready to start: the
    // set (and its charts' data) is read on a reader thread, then `ready` hears of the export, or why not.
    void exportCurrent(const QString &path, std::function<void(const Result<BackgroundExport *> &)> ready);
    // Imports a shared set from a .standpoint file (read and saved on the writer thread) and selects it;
    // on failure the store is unchanged and the error, naming the file, goes to `done`.
    void openSetFile(const QString &path, std::function<void(const Status &)> done);

public slots:
    void refresh();
    void newSet();
    void importSet();

signals:
    void openRequested(const standpoint::notes::SetItem &item);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void showItem(int row);
    void renameSet();
    void deleteSet();
    void removeItem();
    void exportDialog(SaveDialog::Kind kind);

    UserWork *m_work;
    QListWidget *m_sets;
    SetItemsModel *m_model;
    QListView *m_items;
    QLabel *m_itemTitle;
    QLabel *m_itemBody;
    QPlainTextEdit *m_note;
    QPlainTextEdit *m_questions;
    qint64 m_noteItem = 0;
    QString m_noteBefore;
    bool m_refreshing = false;
};

} // namespace standpoint::app
