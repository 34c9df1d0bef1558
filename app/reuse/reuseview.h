// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/reuse/textreuse.h"

#include <QWidget>

class QLabel;
class QListWidget;
class QPushButton;
class QTextBrowser;
class QTreeWidget;

namespace standpoint::app {

class StoreSession;

// Where documents reuse each other's text: pairs of documents with how much they share, each pair's
// shared passages with their similarity, and a side-by-side view marking the words that changed.
class ReuseView : public QWidget
{
    Q_OBJECT
public:
    explicit ReuseView(StoreSession *session, QWidget *parent = nullptr);
    ~ReuseView() override;

    // Finds reuse again (after an import, say), on a worker thread.
    void reload();
    bool isLoading() const { return m_loading; }

    QTreeWidget *pairList() const { return m_pairs; }
    QListWidget *passageList() const { return m_passages; }
    QTextBrowser *leftText() const { return m_left; }
    QTextBrowser *rightText() const { return m_right; }
    const QList<reuse::ReusePair> &pairs() const { return m_data; }

signals:
    void openPassage(const QString &documentKey, qint64 start, qint64 end);
    void loaded();

private:
    void showPairs(int token, const QList<reuse::ReusePair> &pairs, const QString &error);
    void showPair(int row);
    void showPassage(int row);
    const reuse::SharedPassage *currentPassage() const;

    StoreSession *m_session;
    int m_token = 0;
    bool m_loading = false;
    QList<reuse::ReusePair> m_data;
    QLabel *m_status, *m_leftTitle, *m_rightTitle, *m_legend;
    QTreeWidget *m_pairs;
    QListWidget *m_passages;
    QTextBrowser *m_left, *m_right;
    QPushButton *m_openLeft, *m_openRight;
};

} // namespace standpoint::app
