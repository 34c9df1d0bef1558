// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QWidget>

#include <memory>

class QComboBox;
class QLabel;
class QLineEdit;
class QListView;
class QTableView;
class QTextBrowser;
class QToolButton;

namespace standpoint::app {

class DocumentChoiceModel;

class ClaimListModel;
class DocumentRenderer;
class RemovedModel;
class StoreSession;
class UserWork;

// One document in the Reader: its text with claims highlighted, the claims in a margin list,
// find in document, and what cleaning removed.
class ReaderPane : public QWidget
{
    Q_OBJECT
public:
    ReaderPane(StoreSession *reader, QWidget *parent = nullptr);
    ~ReaderPane() override;

    void setDebate(const debate::DebateSnapshot &debate);
    void showDocument(qint64 documentId);
    // Shows the document and selects [start, end) of its cleaned text, once it is loaded.
    void showSpan(qint64 documentId, qint64 start, qint64 end);

    qint64 documentId() const { return m_document.info.id; }
    QString documentKey() const { return m_document.info.key; }
    bool isLoading() const { return m_pendingDocument != 0; }
    QString selectedText() const;
    QTextBrowser *text() const { return m_text; }
    QListView *claimList() const { return m_claims; }
    QTableView *removedTable() const { return m_removed; }
    QLineEdit *findField() const { return m_find; }
    QComboBox *documentChooser() const { return m_chooser; }
    void setClaimsVisible(bool visible);
    void setUserWork(UserWork *work);
    // The selection as a span of the cleaned text, or an empty pair.
    std::pair<qint64, qint64> selectionSpan() const;
    // Asks for colour, tags and note, then adds an annotation on the selection (undoable).
    void annotateSelection();
    // Shows the user's annotations on this document.
    void refreshAnnotations();

public slots:
    void openFind();
    void findNext(bool backwards = false);

signals:
    void documentShown(qint64 documentId);
    void statusMessage(const QString &message);

protected:
    bool eventFilter(QObject *watched, QEvent *event) override;

private:
    void documentLoaded(int token, const debate::DocumentText &document);
    void selectSpan(qint64 start, qint64 end);
    void claimChosen(const QModelIndex &index);
    void cursorMoved();
    void updateFindCount();
    void showContextMenu(const QPoint &at);
    void showClaimMenu(const QPoint &at);

    StoreSession *m_reader;
    UserWork *m_work = nullptr;
    debate::DebateSnapshot m_debate;
    debate::DocumentText m_document;
    std::unique_ptr<DocumentRenderer> m_renderer;
    int m_token = 0;
    qint64 m_pendingDocument = 0;
    qint64 m_pendingStart = -1, m_pendingEnd = -1;
    bool m_syncing = false;

    QComboBox *m_chooser;
    DocumentChoiceModel *m_choices;
    QTextBrowser *m_text;
    ClaimListModel *m_claimModel;
    QListView *m_claims;
    RemovedModel *m_removedModel;
    QTableView *m_removed;
    QToolButton *m_removedToggle;
    QToolButton *m_claimsToggle;
    QWidget *m_findBar;
    QLineEdit *m_find;
    QLabel *m_findCount;
};

} // namespace standpoint::app
