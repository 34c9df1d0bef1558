// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reader/readerview.h"

#include "app/common/stancestyle.h"
#include "app/reader/readerpane.h"

#include <QCheckBox>
#include <QFrame>
#include <QHBoxLayout>
#include <QLabel>
#include <QScrollBar>
#include <QSplitter>
#include <QTextBrowser>
#include <QToolButton>
#include <QVBoxLayout>

namespace standpoint::app {

ReaderView::ReaderView(StoreSession *reader, QWidget *parent)
    : QWidget(parent), m_primary(new ReaderPane(reader)), m_secondary(new ReaderPane(reader)), m_quoteBar(new QFrame),
      m_quoteLabel(new QLabel), m_quoteCount(new QLabel), m_previousQuote(new QToolButton),
      m_nextQuote(new QToolButton), m_sync(new QCheckBox(tr("S&ynchronise scrolling")))
{
    auto *back = new QToolButton;
    back->setText(tr("Back to Compare"));
    back->setToolTip(tr("Back to the Compare cell (Alt+Left)"));
    back->setAccessibleName(tr("Back to Compare"));
    connect(back, &QToolButton::clicked, this, &ReaderView::backRequested);
    m_previousQuote->setText(tr("Previous quote"));
    m_previousQuote->setAccessibleName(tr("Previous quote"));
    connect(m_previousQuote, &QToolButton::clicked, this, [this] { stepQuote(-1); });
    m_nextQuote->setText(tr("Next quote"));
    m_nextQuote->setAccessibleName(tr("Next quote"));
    connect(m_nextQuote, &QToolButton::clicked, this, [this] { stepQuote(1); });
    m_quoteLabel->setWordWrap(true);
    m_quoteLabel->setTextFormat(Qt::RichText);
    m_quoteLabel->setAccessibleName(tr("The stance whose quotes are shown"));

    static_cast<QFrame *>(m_quoteBar)->setFrameShape(QFrame::StyledPanel);
    auto *bar = new QHBoxLayout(m_quoteBar);
    bar->addWidget(m_quoteLabel, 1);
    bar->addWidget(m_quoteCount);
    bar->addWidget(m_previousQuote);
    bar->addWidget(m_nextQuote);
    bar->addWidget(back);
    m_quoteBar->hide();

    m_sync->setChecked(true);
    m_sync->setAccessibleName(tr("Synchronise scrolling of the two documents"));
    m_sync->hide();

    auto *splitter = new QSplitter;
    splitter->addWidget(m_primary);
    splitter->addWidget(m_secondary);
    splitter->setChildrenCollapsible(false);
    m_secondary->hide();

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_quoteBar);
    layout->addWidget(m_sync, 0, Qt::AlignRight);
    layout->addWidget(splitter, 1);

    for (ReaderPane *pane : {m_primary, m_secondary})
        connect(pane, &ReaderPane::statusMessage, this, &ReaderView::statusMessage);
    connect(m_primary->text()->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_primary, m_secondary); });
    connect(m_secondary->text()->verticalScrollBar(), &QScrollBar::valueChanged, this,
            [this] { syncScroll(m_secondary, m_primary); });
}

void ReaderView::setDebate(const debate::DebateSnapshot &debate)
{
    m_debate = debate;
    m_primary->setDebate(debate);
    m_secondary->setDebate(debate);
    if (m_primary->documentId() == 0 && !debate.documents.isEmpty())
        m_primary->showDocument(debate.documents.first().id);
}

void ReaderView::setUserWork(UserWork *work)
{
    m_primary->setUserWork(work);
    m_secondary->setUserWork(work);
}

void ReaderView::openStance(const QString &questionKey, const QString &voiceKey)
{
    const debate::Stance *stance = m_debate.stance(questionKey, voiceKey);
    if (!stance || stance->quotes.isEmpty())
        return;
    m_question = questionKey;
    m_voice = voiceKey;
    m_quotes = stance->quotes;
    m_quoteIndex = 0;
    QString questionText;
    for (const debate::Question &q : m_debate.questions) {
        if (q.key == questionKey)
            questionText = q.text;
    }
    const debate::Voice *voice = m_debate.voice(voiceKey);
    m_quoteLabel->setText(tr("<b>%1</b> on <i>%2</i><br/>%3: %4")
                              .arg((voice ? voice->label : voiceKey).toHtmlEscaped(), questionText.toHtmlEscaped(),
                                   StanceStyle::label(stance->value).toHtmlEscaped(), stance->paraphrase.toHtmlEscaped()));
    m_quoteBar->show();
    stepQuote(0);
}

void ReaderView::stepQuote(int delta)
{
    if (m_quotes.isEmpty())
        return;
    m_quoteIndex = int((m_quoteIndex + delta + m_quotes.size()) % m_quotes.size());
    m_quoteCount->setText(tr("Quote %1 of %2").arg(m_quoteIndex + 1).arg(m_quotes.size()));
    m_previousQuote->setEnabled(m_quotes.size() > 1);
    m_nextQuote->setEnabled(m_quotes.size() > 1);
    showQuote(m_quotes[m_quoteIndex]);
}

void ReaderView::showQuote(const debate::QuoteView &quote)
{
    m_primary->showSpan(quote.documentId, quote.start, quote.end);
    m_primary->text()->setFocus(Qt::OtherFocusReason);
}

void ReaderView::showDocument(qint64 documentId)
{
    m_quoteBar->hide();
    m_quotes.clear();
    m_primary->showDocument(documentId);
}

qint64 ReaderView::partnerOf(qint64 documentId) const
{
    // Prefer another document of the same position (the Heritage pair), else the next one.
    const debate::DocumentInfo *self = nullptr;
    for (const debate::DocumentInfo &d : m_debate.documents) {
        if (d.id == documentId)
            self = &d;
    }
    for (const debate::DocumentInfo &d : m_debate.documents) {
        if (self && d.id != documentId) {
            for (const QString &v : d.voices) {
                if (v.startsWith(QLatin1String("position:")) && self->voices.contains(v))
                    return d.id;
            }
        }
    }
    for (qsizetype i = 0; i < m_debate.documents.size(); ++i) {
        if (m_debate.documents[i].id == documentId)
            return m_debate.documents[(i + 1) % m_debate.documents.size()].id;
    }
    return m_debate.documents.isEmpty() ? 0 : m_debate.documents.first().id;
}

void ReaderView::setSideBySide(bool on)
{
    if (on == isSideBySide())
        return;
    m_secondary->setVisible(on);
    m_sync->setVisible(on);
    // Two texts need the room; the claim lists come back with one.
    m_primary->setClaimsVisible(!on);
    m_secondary->setClaimsVisible(!on);
    if (on && m_secondary->documentId() == 0)
        m_secondary->showDocument(partnerOf(m_primary->documentId()));
    emit sideBySideChanged(on);
}

bool ReaderView::isSideBySide() const { return !m_secondary->isHidden(); }

void ReaderView::compareDocuments(qint64 left, qint64 right)
{
    m_quoteBar->hide();
    m_primary->showDocument(left);
    m_secondary->showDocument(right);
    setSideBySide(true);
}

void ReaderView::syncScroll(ReaderPane *from, ReaderPane *to)
{
    if (m_scrolling || !m_sync->isChecked() || !isSideBySide())
        return;
    m_scrolling = true;
    const QScrollBar *a = from->text()->verticalScrollBar();
    QScrollBar *b = to->text()->verticalScrollBar();
    const double fraction = a->maximum() > 0 ? double(a->value()) / a->maximum() : 0.0;
    b->setValue(qRound(fraction * b->maximum()));
    m_scrolling = false;
}

void ReaderView::openFind()
{
    ReaderPane *pane = m_secondary->isVisible() && m_secondary->text()->hasFocus() ? m_secondary : m_primary;
    pane->openFind();
}

} // namespace standpoint::app
