// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reader/documentrenderer.h"

#include "app/common/stancestyle.h"

#include <QCoreApplication>
#include <QPalette>
#include <QTextBlock>
#include <QTextCursor>
#include <QTextDocument>

namespace standpoint::app {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(DocumentRenderer) };
} // namespace

DocumentRenderer::DocumentRenderer(const debate::DocumentText &document, const QStringList &themeKeys,
                                   const QPalette &palette)
    : m_document(document), m_themes(themeKeys), m_dark(isDark(palette))
{
}

void DocumentRenderer::render(QTextDocument *doc)
{
    m_doc = doc;
    m_blockOfParagraph.clear();
    doc->clear();
    doc->setDocumentMargin(18);
    QTextCursor cursor(doc);
    const debate::DocumentInfo &info = m_document.info;

    // The source card: small and quiet, so the text's own headings lead.
    QTextCharFormat cardTitle;
    cardTitle.setFontWeight(QFont::Bold);
    cardTitle.setFontPointSize(doc->defaultFont().pointSizeF() * 0.92);
    QTextCharFormat cardMeta;
    cardMeta.setFontItalic(true);
    cardMeta.setFontPointSize(doc->defaultFont().pointSizeF() * 0.92);
    QStringList meta;
    if (!info.authors.isEmpty())
        meta << info.authors.join(QStringLiteral(", "));
    meta << info.publisher << info.kind << info.date;
    meta.removeAll(QString());
    QTextBlockFormat cardBlock;
    cardBlock.setBottomMargin(m_document.caveats.isEmpty() ? 12 : 2);
    cursor.setBlockFormat(cardBlock);
    cursor.insertText(info.subtitle.isEmpty() ? info.title : Tr::tr("%1: %2").arg(info.title, info.subtitle), cardTitle);
    cursor.insertText(QStringLiteral(" — ") + meta.join(QStringLiteral(" · ")), cardMeta);
    for (const QString &caveat : m_document.caveats) {
        QTextBlockFormat caveatBlock;
        caveatBlock.setBottomMargin(caveat == m_document.caveats.last() ? 12 : 2);
        cursor.insertBlock(caveatBlock);
        QTextCharFormat caveatFormat;
        caveatFormat.setFontPointSize(doc->defaultFont().pointSizeF() * 0.85);
        caveatFormat.setFontItalic(true);
        cursor.insertText(Tr::tr("Note: %1").arg(caveat), caveatFormat);
    }

    QString previousSpeaker;
    for (const debate::ParagraphView &p : m_document.paragraphs) {
        if (!p.speaker.isEmpty() && p.speaker != previousSpeaker) {
            QTextBlockFormat labelBlock;
            labelBlock.setTopMargin(12);
            labelBlock.setLeftMargin(14);
            cursor.insertBlock(labelBlock);
            QTextCharFormat label;
            label.setFontWeight(QFont::Bold);
            label.setFontCapitalization(QFont::AllUppercase);
            label.setFontPointSize(doc->defaultFont().pointSizeF() * 0.85);
            cursor.insertText(Tr::tr("Speaker: %1").arg(p.speaker), label);
        }
        previousSpeaker = p.speaker;
        QTextBlockFormat block;
        QTextCharFormat chars;
        if (p.heading) {
            block.setTopMargin(14);
            block.setBottomMargin(6);
            chars.setFontWeight(QFont::Bold);
            chars.setFontPointSize(doc->defaultFont().pointSizeF() * 1.15);
        } else {
            block.setBottomMargin(10);
            block.setLineHeight(125, QTextBlockFormat::ProportionalHeight);
        }
        if (!p.speaker.isEmpty())
            block.setLeftMargin(14);
        cursor.insertBlock(block);
        m_blockOfParagraph << cursor.block().blockNumber();
        cursor.insertText(m_document.cleaned.mid(p.start, p.end - p.start), chars);
    }

    // Claims: a background tint by the claim's first theme.
    for (const debate::ClaimView &claim : m_document.claims) {
        const int theme = claim.themes.isEmpty() ? 0 : int(m_themes.indexOf(claim.themes.first()));
        QTextCharFormat highlight;
        highlight.setBackground(ThemeStyle::highlight(theme, m_dark));
        for (const debate::QuoteView &q : claim.quotes) {
            const int start = positionOf(q.start), end = positionOf(q.end);
            if (start < 0 || end < 0)
                continue;
            QTextCursor c(doc);
            c.setPosition(start);
            c.setPosition(end, QTextCursor::KeepAnchor);
            c.mergeCharFormat(highlight);
        }
    }
}

int DocumentRenderer::positionOf(qint64 offset) const
{
    if (!m_doc)
        return -1;
    for (qsizetype i = 0; i < m_document.paragraphs.size(); ++i) {
        const debate::ParagraphView &p = m_document.paragraphs[i];
        if (offset >= p.start && offset <= p.end)
            return m_doc->findBlockByNumber(m_blockOfParagraph[i]).position() + int(offset - p.start);
    }
    return -1;
}

qint64 DocumentRenderer::offsetOf(int position) const
{
    if (!m_doc)
        return -1;
    const int block = m_doc->findBlock(position).blockNumber();
    const qsizetype i = m_blockOfParagraph.indexOf(block);
    if (i < 0)
        return -1;
    return m_document.paragraphs[i].start + (position - m_doc->findBlockByNumber(block).position());
}

} // namespace standpoint::app
