// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reuse/reuseview.h"

#include "app/common/storesession.h"

#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QListWidget>
#include <QMetaObject>
#include <QPalette>
#include <QPointer>
#include <QPushButton>
#include <QSplitter>
#include <QTextBrowser>
#include <QTreeWidget>
#include <QVBoxLayout>

namespace standpoint::app {

namespace {

QString percent(double share) { return QString::number(qRound(share * 100)) + QLatin1Char('%'); }

// One side of a passage as HTML: on A's side the words B dropped are struck through, on B's side the
// words it added are underlined; both are also tinted, so colour is never the only mark.
QString sideHtml(const QList<check::WordEdit> &changes, bool left, bool dark)
{
    const QString removed = dark ? QStringLiteral("#7a2a2a") : QStringLiteral("#f6c9c9");
    const QString added = dark ? QStringLiteral("#1f5a35") : QStringLiteral("#c6ecd2");
    QStringList out;
    for (const check::WordEdit &e : changes) {
        if (e.op == check::WordEdit::Same)
            out << (left ? e.original : e.word).toHtmlEscaped();
        else if (e.op == check::WordEdit::Removed && left)
            out << QStringLiteral("<s style=\"background-color:%1\">%2</s>").arg(removed, e.word.toHtmlEscaped());
        else if (e.op == check::WordEdit::Added && !left)
            out << QStringLiteral("<u style=\"background-color:%1\">%2</u>").arg(added, e.word.toHtmlEscaped());
    }
    return QStringLiteral("<p style=\"line-height:140%\">") + out.join(QLatin1Char(' ')) + QStringLiteral("</p>");
}

} // namespace

ReuseView::ReuseView(StoreSession *session, QWidget *parent) : QWidget(parent), m_session(session)
{
    m_status = new QLabel(this);
    m_status->setWordWrap(true);
    m_pairs = new QTreeWidget(this);
    m_pairs->setRootIsDecorated(false);
    m_pairs->setHeaderLabels({tr("Documents"), tr("Shared"), tr("Passages"), tr("Reworded")});
    m_pairs->setAccessibleName(tr("Pairs of documents that share text"));
    m_pairs->header()->setSectionResizeMode(0, QHeaderView::Stretch);
    for (int c = 1; c < 4; ++c)
        m_pairs->header()->setSectionResizeMode(c, QHeaderView::ResizeToContents);
    m_pairs->headerItem()->setToolTip(1, tr("How much of the shorter document the two share, weighted by how alike the passages are."));
    m_passages = new QListWidget(this);
    m_passages->setAccessibleName(tr("Shared passages"));
    m_passages->setWordWrap(true);
    m_passages->setAlternatingRowColors(true);

    m_leftTitle = new QLabel(this);
    m_rightTitle = new QLabel(this);
    for (QLabel *l : {m_leftTitle, m_rightTitle}) {
        l->setWordWrap(true);
        QFont f = l->font();
        f.setBold(true);
        l->setFont(f);
    }
    m_left = new QTextBrowser(this);
    m_right = new QTextBrowser(this);
    m_left->setAccessibleName(tr("The passage in the first document"));
    m_right->setAccessibleName(tr("The passage in the second document"));
    // Alt+R and Alt+E belong to the Read tab and the Edit menu.
    m_openLeft = new QPushButton(tr("Open &in Reader"), this);
    m_openRight = new QPushButton(tr("Open in Rea&der"), this);
    m_openLeft->setObjectName(QStringLiteral("OpenFirstInReader"));
    m_openRight->setObjectName(QStringLiteral("OpenSecondInReader"));
    m_openLeft->setAccessibleName(tr("Open the first document's passage in the Reader"));
    m_openRight->setAccessibleName(tr("Open the second document's passage in the Reader"));
    m_legend = new QLabel(tr("Struck through: words only the first document has. Underlined: words only the second has."), this);
    m_legend->setWordWrap(true);

    auto *leftSide = new QWidget(this);
    auto *leftLayout = new QVBoxLayout(leftSide);
    leftLayout->setContentsMargins(0, 0, 0, 0);
    leftLayout->addWidget(m_leftTitle);
    leftLayout->addWidget(m_left, 1);
    leftLayout->addWidget(m_openLeft, 0, Qt::AlignLeft);
    auto *rightSide = new QWidget(this);
    auto *rightLayout = new QVBoxLayout(rightSide);
    rightLayout->setContentsMargins(0, 0, 0, 0);
    rightLayout->addWidget(m_rightTitle);
    rightLayout->addWidget(m_right, 1);
    rightLayout->addWidget(m_openRight, 0, Qt::AlignLeft);
    auto *sides = new QSplitter(Qt::Horizontal, this);
    sides->addWidget(leftSide);
    sides->addWidget(rightSide);
    auto *diff = new QWidget(this);
    auto *diffLayout = new QVBoxLayout(diff);
    diffLayout->setContentsMargins(0, 0, 0, 0);
    diffLayout->addWidget(sides, 1);
    diffLayout->addWidget(m_legend);

    auto *lists = new QSplitter(Qt::Vertical, this);
    lists->addWidget(m_pairs);
    lists->addWidget(m_passages);
    lists->setSizes({180, 420});
    auto *main = new QSplitter(Qt::Horizontal, this);
    main->addWidget(lists);
    main->addWidget(diff);
    main->setStretchFactor(1, 2);
    main->setSizes({480, 900});
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_status);
    layout->addWidget(main, 1);

    connect(m_pairs, &QTreeWidget::currentItemChanged, this, [this] { showPair(m_pairs->indexOfTopLevelItem(m_pairs->currentItem())); });
    connect(m_passages, &QListWidget::currentRowChanged, this, &ReuseView::showPassage);
    connect(m_openLeft, &QPushButton::clicked, this, [this] {
        if (const auto *p = currentPassage())
            emit openPassage(m_data[m_pairs->indexOfTopLevelItem(m_pairs->currentItem())].keyA, p->startA, p->endA);
    });
    connect(m_openRight, &QPushButton::clicked, this, [this] {
        if (const auto *p = currentPassage())
            emit openPassage(m_data[m_pairs->indexOfTopLevelItem(m_pairs->currentItem())].keyB, p->startB, p->endB);
    });
    showPassage(-1);
}

ReuseView::~ReuseView() = default;

void ReuseView::reload()
{
    const int token = ++m_token;
    m_loading = true;
    m_status->setText(tr("Looking for passages the documents share…"));
    // Compared on one of the store's readers; the answer comes back through the session, and is dropped
    // if this view is gone by then.
    StoreSession *session = m_session;
    QPointer<ReuseView> self(this);
    session->read([session, self, token](sql::Connection &db) {
        auto pairs = db.isOpen() ? reuse::findReuse(db) : Result<QList<reuse::ReusePair>>(Error{tr("The store is not open")});
        QList<reuse::ReusePair> found = pairs ? *pairs : QList<reuse::ReusePair>();
        const QString error = pairs ? QString() : pairs.message();
        session->post([self, token, found, error] {
            if (self)
                self->showPairs(token, found, error);
        });
    });
}

void ReuseView::showPairs(int token, const QList<reuse::ReusePair> &pairs, const QString &error)
{
    if (token != m_token)
        return; // a newer search is under way
    m_loading = false;
    m_data = pairs;
    m_pairs->clear();
    if (!error.isEmpty()) {
        m_status->setText(tr("Could not compare the documents: %1").arg(error));
        emit loaded();
        return;
    }
    m_status->setText(pairs.isEmpty() ? tr("No two documents share passages.")
                                      : tr("%n pair(s) of documents share passages nearly word for word. Pick a pair, then a "
                                           "passage, to see what changed.", nullptr, int(pairs.size())));
    for (const reuse::ReusePair &p : pairs) {
        auto *item = new QTreeWidgetItem(m_pairs, {QStringLiteral("%1 ↔ %2").arg(p.titleA, p.titleB), percent(p.overlap),
                                                   QString::number(p.passages.size()), QString::number(p.changed)});
        item->setToolTip(0, QStringLiteral("%1\n%2").arg(p.titleA, p.titleB));
        for (int c = 1; c < 4; ++c)
            item->setTextAlignment(c, Qt::AlignRight | Qt::AlignVCenter);
    }
    if (!pairs.isEmpty())
        m_pairs->setCurrentItem(m_pairs->topLevelItem(0));
    emit loaded();
}

void ReuseView::showPair(int row)
{
    m_passages->clear();
    if (row < 0 || row >= m_data.size()) {
        showPassage(-1);
        return;
    }
    const reuse::ReusePair &pair = m_data[row];
    m_leftTitle->setText(pair.titleA);
    m_rightTitle->setText(pair.titleB);
    int n = 0;
    for (const reuse::SharedPassage &p : pair.passages) {
        const QString head = p.identical() ? tr("identical") : tr("%1 alike").arg(percent(p.similarity));
        const QString start = p.textA.simplified();
        const QString preview = start.size() > 140 ? start.left(140) + QStringLiteral("…") : start;
        auto *item = new QListWidgetItem(QStringLiteral("#%1 · %2\n%3").arg(++n).arg(head, preview), m_passages);
        item->setToolTip(p.textA.left(600));
    }
    m_passages->setCurrentRow(0);
}

const reuse::SharedPassage *ReuseView::currentPassage() const
{
    const int pair = m_pairs->indexOfTopLevelItem(m_pairs->currentItem());
    const int row = m_passages->currentRow();
    if (pair < 0 || pair >= m_data.size() || row < 0 || row >= m_data[pair].passages.size())
        return nullptr;
    return &m_data[pair].passages[row];
}

void ReuseView::showPassage(int)
{
    const reuse::SharedPassage *p = currentPassage();
    m_openLeft->setEnabled(p);
    m_openRight->setEnabled(p);
    if (!p) {
        m_left->clear();
        m_right->clear();
        return;
    }
    const bool dark = palette().color(QPalette::Base).lightness() < 128;
    m_left->setHtml(sideHtml(p->changes, true, dark));
    m_right->setHtml(sideHtml(p->changes, false, dark));
}

} // namespace standpoint::app
