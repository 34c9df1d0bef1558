// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reader/readerpane.h"

#include "app/common/documentchoicemodel.h"
#include "app/common/clearbutton.h"
#include "app/common/storesession.h"
#include "app/notes/addtosetmenu.h"
#include "app/notes/annotationcommands.h"
#include "app/notes/annotationdialog.h"
#include "app/notes/userwork.h"
#include "app/reader/claimlistmodel.h"
#include "app/reader/documentrenderer.h"
#include "app/reader/removedmodel.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QKeyEvent>
#include <QLabel>
#include <QMenu>
#include <QUndoStack>
#include <QLineEdit>
#include <QListView>
#include <QScrollBar>
#include <QSplitter>
#include <QTableView>
#include <QTextBlock>
#include <QTextBrowser>
#include <QTextDocument>
#include <QTimer>
#include <QToolButton>
#include <QVBoxLayout>

namespace standpoint::app {

ReaderPane::ReaderPane(StoreSession *reader, QWidget *parent)
    : QWidget(parent), m_reader(reader), m_chooser(new QComboBox), m_text(new QTextBrowser),
      m_claimModel(new ClaimListModel(this)), m_claims(new QListView), m_removedModel(new RemovedModel(this)),
      m_removed(new QTableView), m_removedToggle(new QToolButton), m_claimsToggle(new QToolButton), m_findBar(new QWidget), m_find(new QLineEdit),
      m_findCount(new QLabel)
{
    auto *chooserLabel = new QLabel(tr("&Document:"));
    chooserLabel->setBuddy(m_chooser);
    m_chooser->setAccessibleName(tr("Document to read"));
    m_choices = new DocumentChoiceModel(
        [](const debate::DocumentInfo &d) {
            // Short enough to read in a narrow pane; the full description is the item's tooltip.
            const QString who = d.authors.isEmpty() ? d.publisher
                                : d.authors.size() > 2 ? tr("%1 et al.").arg(d.authors.first())
                                                       : d.authors.join(QStringLiteral(" and "));
            return std::pair{QStringLiteral("%1 (%2)").arg(d.title, d.date.left(4)),
                             QStringLiteral("%1 — %2, %3 (%4)").arg(d.title, who, d.publisher, d.date)};
        },
        QString(), this);
    m_choices->showIn(m_chooser);
    m_chooser->setSizeAdjustPolicy(QComboBox::AdjustToMinimumContentsLengthWithIcon);
    m_chooser->setMinimumContentsLength(30);
    connect(m_chooser, &QComboBox::activated, this, [this](int i) { showDocument(m_chooser->itemData(i).toLongLong()); });

    auto *findButton = new QToolButton;
    findButton->setText(tr("Find"));
    findButton->setToolTip(tr("Find in document (Ctrl+F)"));
    findButton->setAccessibleName(tr("Find in document"));
    connect(findButton, &QToolButton::clicked, this, &ReaderPane::openFind);

    m_removedToggle->setCheckable(true);
    m_removedToggle->setText(tr("Removed by cleaning"));
    m_removedToggle->setAccessibleName(tr("Show what cleaning removed"));
    connect(m_removedToggle, &QToolButton::toggled, m_removed, &QWidget::setVisible);

    m_claimsToggle->setCheckable(true);
    m_claimsToggle->setChecked(true);
    m_claimsToggle->setText(tr("Claims"));
    m_claimsToggle->setToolTip(tr("Show or hide the list of claims beside the text"));
    m_claimsToggle->setAccessibleName(tr("Show the list of claims"));
    connect(m_claimsToggle, &QToolButton::toggled, m_claims, &QWidget::setVisible);

    auto *top = new QHBoxLayout;
    top->addWidget(chooserLabel);
    top->addWidget(m_chooser, 1);
    top->addWidget(findButton);
    top->addWidget(m_claimsToggle);
    top->addWidget(m_removedToggle);

    m_text->setOpenLinks(false);
    m_text->setTextInteractionFlags(Qt::TextSelectableByMouse | Qt::TextSelectableByKeyboard);
    m_text->setAccessibleName(tr("Document text"));
    m_text->setAccessibleDescription(tr("Claims are highlighted by theme; the list beside the text names them."));
    connect(m_text, &QTextBrowser::cursorPositionChanged, this, &ReaderPane::cursorMoved);
    m_text->setContextMenuPolicy(Qt::CustomContextMenu);
    m_text->installEventFilter(this);
    connect(m_text, &QWidget::customContextMenuRequested, this, &ReaderPane::showContextMenu);

    m_claims->setModel(m_claimModel);
    m_claims->setWordWrap(true);
    m_claims->setUniformItemSizes(false);
    m_claims->setSpacing(2);
    m_claims->setAlternatingRowColors(true);
    m_claims->setAccessibleName(tr("Claims in this document"));
    m_claims->setAccessibleDescription(tr("Choose a claim to scroll the text to its quote."));
    m_claims->setMinimumWidth(fontMetrics().averageCharWidth() * 34);
    m_claims->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_claims, &QWidget::customContextMenuRequested, this, &ReaderPane::showClaimMenu);
    connect(m_claims->selectionModel(), &QItemSelectionModel::currentChanged, this,
            [this](const QModelIndex &current) { claimChosen(current); });

    m_removed->setModel(m_removedModel);
    m_removed->horizontalHeader()->setStretchLastSection(true);
    m_removed->horizontalHeader()->setDefaultSectionSize(fontMetrics().averageCharWidth() * 36);
    m_removed->verticalHeader()->hide();
    m_removed->setWordWrap(true);
    m_removed->setAccessibleName(tr("What cleaning removed, and why"));
    m_removed->setVisible(false);
    m_removed->setMaximumHeight(fontMetrics().height() * 12);

    auto *splitter = new QSplitter;
    splitter->addWidget(m_text);
    splitter->addWidget(m_claims);
    splitter->setStretchFactor(0, 3);
    splitter->setStretchFactor(1, 1);
    splitter->setChildrenCollapsible(false);

    m_find->setPlaceholderText(tr("Find in document"));
    m_find->setAccessibleName(tr("Find in document"));
    enableClearButton(m_find);
    m_find->installEventFilter(this);
    connect(m_find, &QLineEdit::textChanged, this, [this] {
        updateFindCount();
        QTextCursor start = m_text->textCursor();
        start.setPosition(start.selectionStart());
        m_text->setTextCursor(start);
        findNext();
    });
    auto *previous = new QToolButton;
    previous->setText(tr("Previous"));
    previous->setAccessibleName(tr("Previous match"));
    connect(previous, &QToolButton::clicked, this, [this] { findNext(true); });
    auto *next = new QToolButton;
    next->setText(tr("Next"));
    next->setAccessibleName(tr("Next match"));
    connect(next, &QToolButton::clicked, this, [this] { findNext(false); });
    auto *close = new QToolButton;
    close->setText(tr("Close"));
    close->setAccessibleName(tr("Close find"));
    connect(close, &QToolButton::clicked, this, [this] {
        m_findBar->hide();
        m_text->setFocus();
    });
    auto *findLayout = new QHBoxLayout(m_findBar);
    findLayout->setContentsMargins(0, 0, 0, 0);
    findLayout->addWidget(m_find, 1);
    findLayout->addWidget(m_findCount);
    findLayout->addWidget(previous);
    findLayout->addWidget(next);
    findLayout->addWidget(close);
    m_findBar->hide();

    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addLayout(top);
    layout->addWidget(splitter, 1);
    layout->addWidget(m_findBar);
    layout->addWidget(m_removed);

    connect(m_reader, &StoreSession::documentLoaded, this, &ReaderPane::documentLoaded);
    connect(m_reader, &StoreSession::failed, this, [this](int token, const QString &message) {
        if (token == m_token) {
            m_pendingDocument = 0;
            emit statusMessage(message);
        }
    });
}

ReaderPane::~ReaderPane() = default;

void ReaderPane::setDebate(const debate::DebateSnapshot &debate)
{
    m_debate = debate;
    const QSignalBlocker block(m_chooser);
    m_choices->setDocuments(debate.documents);
}

void ReaderPane::setClaimsVisible(bool visible) { m_claimsToggle->setChecked(visible); }

void ReaderPane::setUserWork(UserWork *work)
{
    m_work = work;
    connect(m_work, &UserWork::annotationsChanged, this, &ReaderPane::refreshAnnotations);
}

std::pair<qint64, qint64> ReaderPane::selectionSpan() const
{
    if (!m_renderer || !m_text->textCursor().hasSelection())
        return {0, 0};
    const qint64 start = m_renderer->offsetOf(m_text->textCursor().selectionStart());
    const qint64 end = m_renderer->offsetOf(m_text->textCursor().selectionEnd());
    if (start < 0 || end <= start)
        return {0, 0};
    return {start, end};
}

void ReaderPane::annotateSelection()
{
    const auto [start, end] = selectionSpan();
    if (!m_work || !m_work->isOpen() || end <= start) {
        emit statusMessage(tr("Select a passage of the document's text to annotate it."));
        return;
    }
    notes::Annotation a;
    a.documentId = m_document.info.id;
    a.start = start;
    a.end = end;
    a.anchorText = m_document.cleaned.mid(start, end - start);
    AnnotationDialog dialog(a, this);
    if (dialog.exec() == QDialog::Accepted)
        m_work->undoStack()->push(new AddAnnotationCommand(m_work, dialog.annotation()));
}

void ReaderPane::refreshAnnotations()
{
    if (!m_work || !m_renderer)
        return;
    QList<QTextEdit::ExtraSelection> selections;
    for (const notes::Annotation &a : m_work->annotationsFor(m_document.info.id)) {
        const int from = m_renderer->positionOf(a.start), to = m_renderer->positionOf(a.end);
        if (from < 0 || to < 0 || a.orphaned)
            continue;
        QTextEdit::ExtraSelection sel;
        sel.cursor = QTextCursor(m_text->document());
        sel.cursor.setPosition(from);
        sel.cursor.setPosition(to, QTextCursor::KeepAnchor);
        QColor color = AnnotationDialog::colorValue(a.color);
        color.setAlpha(150);
        sel.format.setBackground(color);
        sel.format.setForeground(QColor(Qt::black));
        sel.format.setUnderlineStyle(QTextCharFormat::SingleUnderline);
        sel.format.setUnderlineColor(AnnotationDialog::colorValue(a.color).darker(160));
        sel.format.setToolTip(a.note.isEmpty() ? a.tags.join(QStringLiteral(", ")) : a.note);
        selections << sel;
    }
    m_text->setExtraSelections(selections);
}

void ReaderPane::showContextMenu(const QPoint &at)
{
    QMenu *menu = m_text->createStandardContextMenu(at);
    menu->addSeparator();
    const auto [start, end] = selectionSpan();
    QAction *annotate = menu->addAction(tr("&Annotate Selection…"), this, &ReaderPane::annotateSelection);
    annotate->setShortcut(QKeySequence(Qt::CTRL | Qt::Key_M));
    annotate->setEnabled(end > start && m_work);
    if (m_work) {
        QMenu *excerpt = menu->addMenu(tr("Add Selection to Reading Set"));
        excerpt->setEnabled(end > start);
        const qint64 documentId = m_document.info.id;
        const QString text = m_document.cleaned.mid(start, end - start);
        fillAddToSetMenu(excerpt, m_work, [=] {
            notes::SetItem item;
            item.kind = notes::SetItemKind::Excerpt;
            item.documentId = documentId;
            item.start = start;
            item.end = end;
            item.anchorText = text;
            return item;
        }, this);
        QMenu *document = menu->addMenu(tr("Add This Document to Reading Set"));
        fillAddToSetMenu(document, m_work, [=] {
            notes::SetItem item;
            item.kind = notes::SetItemKind::Document;
            item.documentId = documentId;
            return item;
        }, this);
    }
    menu->exec(m_text->viewport()->mapToGlobal(at));
    delete menu;
}

void ReaderPane::showClaimMenu(const QPoint &at)
{
    const QModelIndex index = m_claims->indexAt(at);
    if (!index.isValid() || !m_work)
        return;
    QMenu menu;
    QMenu *add = menu.addMenu(tr("Add Claim to Reading Set"));
    const qint64 claimId = m_claimModel->claim(index.row()).id;
    fillAddToSetMenu(add, m_work, [=] {
        notes::SetItem item;
        item.kind = notes::SetItemKind::Claim;
        item.claimId = claimId;
        return item;
    }, this);
    menu.exec(m_claims->viewport()->mapToGlobal(at));
}

void ReaderPane::showDocument(qint64 documentId)
{
    if (documentId == m_document.info.id && m_pendingDocument == 0) {
        emit documentShown(documentId);
        return;
    }
    m_pendingDocument = documentId;
    m_token = m_reader->loadDocument(documentId);
}

void ReaderPane::showSpan(qint64 documentId, qint64 start, qint64 end)
{
    m_pendingStart = start;
    m_pendingEnd = end;
    if (documentId == m_document.info.id && m_pendingDocument == 0) {
        selectSpan(start, end);
        return;
    }
    showDocument(documentId);
}

void ReaderPane::documentLoaded(int token, const debate::DocumentText &document)
{
    if (token != m_token)
        return; // an answer to a request since replaced
    m_pendingDocument = 0;
    m_document = document;
    QStringList themes;
    for (const debate::Theme &t : m_debate.themes)
        themes << t.key;
    m_renderer = std::make_unique<DocumentRenderer>(m_document, themes, palette());
    m_syncing = true;
    m_renderer->render(m_text->document());
    m_syncing = false;
    m_claimModel->setClaims(m_document.claims, m_debate.themes);
    m_removedModel->setRemoved(m_document.removed);
    m_removed->resizeRowsToContents();
    m_removedToggle->setText(tr("Removed by cleaning (%1)").arg(m_document.removed.size()));
    const int at = m_chooser->findData(m_document.info.id);
    if (at >= 0)
        m_chooser->setCurrentIndex(at);
    refreshAnnotations();
    if (m_pendingStart >= 0)
        selectSpan(m_pendingStart, m_pendingEnd);
    else
        m_text->verticalScrollBar()->setValue(0);
    if (m_findBar->isVisible())
        updateFindCount();
    emit documentShown(m_document.info.id);
}

void ReaderPane::selectSpan(qint64 start, qint64 end)
{
    m_pendingStart = m_pendingEnd = -1;
    if (!m_renderer)
        return;
    const int from = m_renderer->positionOf(start), to = m_renderer->positionOf(end);
    if (from < 0 || to < 0) {
        emit statusMessage(tr("That passage is not in this document's text."));
        return;
    }
    QTextCursor cursor(m_text->document());
    cursor.setPosition(from);
    cursor.setPosition(to, QTextCursor::KeepAnchor);
    m_text->setTextCursor(cursor);
    // Once laid out, put the selection a third of the way down, with its context above it.
    QTimer::singleShot(0, this, [this, from] {
        QTextCursor start(m_text->document());
        start.setPosition(from);
        QScrollBar *bar = m_text->verticalScrollBar();
        bar->setValue(bar->value() + m_text->cursorRect(start).top() - m_text->viewport()->height() / 3);
    });
}

QString ReaderPane::selectedText() const
{
    QString text = m_text->textCursor().selectedText();
    text.replace(QChar::ParagraphSeparator, QLatin1Char('\n'));
    return text;
}

void ReaderPane::claimChosen(const QModelIndex &index)
{
    if (m_syncing || !index.isValid())
        return;
    m_syncing = true;
    selectSpan(index.data(ClaimListModel::QuoteStartRole).toLongLong(), index.data(ClaimListModel::QuoteEndRole).toLongLong());
    m_syncing = false;
}

void ReaderPane::cursorMoved()
{
    if (m_syncing || !m_renderer)
        return;
    const qint64 offset = m_renderer->offsetOf(m_text->textCursor().selectionStart());
    const int row = offset < 0 ? -1 : m_claimModel->rowAt(offset);
    if (row < 0)
        return;
    m_syncing = true;
    m_claims->setCurrentIndex(m_claimModel->index(row));
    m_claims->scrollTo(m_claimModel->index(row));
    m_syncing = false;
}

void ReaderPane::openFind()
{
    m_findBar->show();
    m_find->setFocus(Qt::ShortcutFocusReason);
    m_find->selectAll();
    updateFindCount();
}

void ReaderPane::findNext(bool backwards)
{
    const QString needle = m_find->text();
    if (needle.isEmpty())
        return;
    QTextDocument::FindFlags flags;
    if (backwards)
        flags |= QTextDocument::FindBackward;
    QTextCursor found = m_text->document()->find(needle, m_text->textCursor(), flags);
    if (found.isNull()) {
        // Wrap around, as find bars do.
        QTextCursor from(m_text->document());
        if (backwards)
            from.movePosition(QTextCursor::End);
        found = m_text->document()->find(needle, from, flags);
    }
    if (found.isNull())
        return;
    m_text->setTextCursor(found);
    m_text->ensureCursorVisible();
}

void ReaderPane::updateFindCount()
{
    const QString needle = m_find->text();
    int count = 0;
    if (!needle.isEmpty()) {
        for (QTextCursor c = m_text->document()->find(needle); !c.isNull(); c = m_text->document()->find(needle, c))
            ++count;
    }
    m_findCount->setText(needle.isEmpty() ? QString() : tr("%n match(es)", nullptr, count));
    QPalette p = m_find->palette();
    p.setColor(QPalette::Base, !needle.isEmpty() && count == 0 ? QColor(0xff, 0xcd, 0xd2) : palette().color(QPalette::Base));
    p.setColor(QPalette::Text, !needle.isEmpty() && count == 0 ? QColor(Qt::black) : palette().color(QPalette::Text));
    m_find->setPalette(p);
}

bool ReaderPane::eventFilter(QObject *watched, QEvent *event)
{
    // The text is read-only, yet QTextBrowser claims Ctrl+Z: leave undo and redo to the app's own stack.
    if (watched == m_text && event->type() == QEvent::ShortcutOverride) {
        auto *key = static_cast<QKeyEvent *>(event);
        if (key->matches(QKeySequence::Undo) || key->matches(QKeySequence::Redo)
            || key->keyCombination() == QKeyCombination(Qt::ControlModifier | Qt::ShiftModifier, Qt::Key_Z)) {
            event->ignore();
            return true;
        }
    }
    if (watched == m_find && event->type() == QEvent::KeyPress) {
        const auto *key = static_cast<QKeyEvent *>(event);
        if (key->key() == Qt::Key_Return || key->key() == Qt::Key_Enter) {
            findNext(key->modifiers() & Qt::ShiftModifier);
            return true;
        }
        if (key->key() == Qt::Key_Escape) {
            m_findBar->hide();
            m_text->setFocus();
            return true;
        }
    }
    return QWidget::eventFilter(watched, event);
}

} // namespace standpoint::app
