// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QWidget>

class QCheckBox;
class QLabel;
class QToolButton;

namespace standpoint::app {

class ReaderPane;
class StoreSession;
class UserWork;

// The Reader: one document, or two side by side with synchronised scrolling; when opened from a
// Compare cell, a bar names the stance and steps through its quotes.
class ReaderView : public QWidget
{
    Q_OBJECT
public:
    ReaderView(StoreSession *reader, QWidget *parent = nullptr);

    void setDebate(const debate::DebateSnapshot &debate);
    void setUserWork(UserWork *work);
    // Opens the quotes behind a Compare cell, at its first quote.
    void openStance(const QString &questionKey, const QString &voiceKey);
    void showQuote(const debate::QuoteView &quote);
    void showDocument(qint64 documentId);
    void setSideBySide(bool on);
    bool isSideBySide() const;
    // Shows two documents side by side.
    void compareDocuments(qint64 left, qint64 right);

    ReaderPane *primary() const { return m_primary; }
    ReaderPane *secondary() const { return m_secondary; }
    QString stanceQuestion() const { return m_question; }
    QString stanceVoice() const { return m_voice; }

public slots:
    void openFind();

signals:
    void backRequested();
    void statusMessage(const QString &message);
    void sideBySideChanged(bool on);

private:
    void stepQuote(int delta);
    void syncScroll(ReaderPane *from, ReaderPane *to);
    qint64 partnerOf(qint64 documentId) const;

    debate::DebateSnapshot m_debate;
    ReaderPane *m_primary;
    ReaderPane *m_secondary;
    QWidget *m_quoteBar;
    QLabel *m_quoteLabel;
    QLabel *m_quoteCount;
    QToolButton *m_previousQuote;
    QToolButton *m_nextQuote;
    QCheckBox *m_sync;
    QString m_question, m_voice;
    QList<debate::QuoteView> m_quotes;
    int m_quoteIndex = 0;
    bool m_scrolling = false;
};

} // namespace standpoint::app
