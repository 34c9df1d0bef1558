// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/textreader.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace standpoint::importing {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

QString joinLines(const QStringList &lines)
{
    QString out;
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.isEmpty())
            continue;
        if (out.isEmpty())
            out = line;
        else if (out.endsWith(QLatin1Char('-')) && out.size() > 1 && out[out.size() - 2].isLetter() && line[0].isLower())
            out += line; // a word hyphenated at the line's end
        else
            out += QLatin1Char(' ') + line;
    }
    return out;
}

bool looksLikeHeading(const QString &block)
{
    static const QRegularExpression sentenceEnd(QStringLiteral("[.!?:;,\"”’)]$"));
    return block.size() <= 120 && !block.contains(QLatin1Char('\n')) && !sentenceEnd.match(block).hasMatch();
}

// Inline Markdown: links and emphasis keep their words; images go.
QString stripInline(QString s, int &images)
{
    static const QRegularExpression image(QStringLiteral("!\\[([^\\]]*)\\]\\([^)]*\\)"));
    static const QRegularExpression link(QStringLiteral("\\[([^\\]]+)\\]\\([^)]*\\)"));
    static const QRegularExpression refLink(QStringLiteral("\\[([^\\]]+)\\]\\[[^\\]]*\\]"));
    static const QRegularExpression strong(QStringLiteral("(\\*\\*|__)(.+?)\\1"));
    static const QRegularExpression em(QStringLiteral("(?<![\\w*])([*_])(?!\\s)(.+?)(?<!\\s)\\1(?![\\w*])"));
    static const QRegularExpression code(QStringLiteral("`([^`]+)`"));
    static const QRegularExpression tag(QStringLiteral("</?[a-zA-Z][^>]*>"));
    images += int(s.count(image));
    s.remove(image);
    s.replace(link, QStringLiteral("\\1"));
    s.replace(refLink, QStringLiteral("\\1"));
    s.replace(strong, QStringLiteral("\\2"));
    s.replace(em, QStringLiteral("\\2"));
    s.replace(code, QStringLiteral("\\1"));
    s.remove(tag);
    return s.trimmed();
}

void frontMatter(QStringList &lines, ImportDraft &draft)
{
    if (lines.isEmpty() || lines.first().trimmed() != QLatin1String("---"))
        return;
    const qsizetype end = lines.indexOf(QStringLiteral("---"), 1);
    if (end < 0)
        return;
    static const QRegularExpression field(QStringLiteral("^(\\w+)\\s*:\\s*(.*)$"));
    for (qsizetype i = 1; i < end; ++i) {
        const auto m = field.match(lines[i].trimmed());
        if (!m.hasMatch())
            continue;
        const QString key = m.captured(1).toLower();
        QString value = m.captured(2).trimmed();
        if (value.size() >= 2 && (value.startsWith(QLatin1Char('"')) || value.startsWith(QLatin1Char('\''))) && value.back() == value.front())
            value = value.mid(1, value.size() - 2);
        if (key == QLatin1String("title"))
            draft.title = value;
        else if (key == QLatin1String("author") || key == QLatin1String("authors"))
            draft.authors = value.remove(QLatin1Char('[')).remove(QLatin1Char(']')).split(QLatin1Char(','), Qt::SkipEmptyParts);
        else if (key == QLatin1String("date"))
            draft.date = value;
        else if (key == QLatin1String("publisher") || key == QLatin1String("source"))
            draft.publisher = value;
    }
    for (QString &a : draft.authors)
        a = a.trimmed();
    lines = lines.mid(end + 1);
    draft.notices << Tr::tr("Read the title, authors and date from the Markdown front matter.");
}

} // namespace

void readPlainText(const QString &text, ImportDraft &draft)
{
    static const QRegularExpression blank(QStringLiteral("\\n[ \\t]*\\n"));
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n")).replace(QLatin1Char('\r'), QLatin1Char('\n'));
    for (const QString &chunk : unified.split(blank, Qt::SkipEmptyParts)) {
        const QString block = joinLines(chunk.split(QLatin1Char('\n')));
        if (!block.isEmpty())
            draft.blocks.append({block, looksLikeHeading(block), {}, {}});
    }
}

void readMarkdown(const QString &text, ImportDraft &draft)
{
    QString unified = text;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    QStringList lines = unified.split(QLatin1Char('\n'));
    frontMatter(lines, draft);
    static const QRegularExpression heading(QStringLiteral("^#{1,6}\\s+(.*?)\\s*#*\\s*$"));
    static const QRegularExpression item(QStringLiteral("^\\s*([-*+]|\\d+[.)])\\s+(.*)$"));
    static const QRegularExpression rule(QStringLiteral("^\\s*([-*_])(\\s*\\1){2,}\\s*$"));
    static const QRegularExpression setext(QStringLiteral("^\\s*(=+|-+)\\s*$"));
    int images = 0;
    QStringList paragraph;
    bool inFence = false;
    auto flush = [&](bool asHeading = false) {
        const QString block = stripInline(joinLines(paragraph), images);
        paragraph.clear();
        if (!block.isEmpty())
            draft.blocks.append({block, asHeading, {}, {}});
    };
    for (const QString &raw : lines) {
        QString line = raw;
        if (line.trimmed().startsWith(QLatin1String("```")) || line.trimmed().startsWith(QLatin1String("~~~"))) {
            flush();
            inFence = !inFence;
            continue;
        }
        if (inFence) {
            paragraph << line;
            continue;
        }
        if (line.trimmed().startsWith(QLatin1Char('>')))
            line = line.trimmed().mid(1);
        if (line.trimmed().isEmpty()) {
            flush();
        } else if (auto h = heading.match(line); h.hasMatch()) {
            flush();
            paragraph << h.captured(1);
            flush(true);
        } else if (!paragraph.isEmpty() && setext.match(line).hasMatch()) {
            flush(true);
        } else if (rule.match(line).hasMatch()) {
            flush();
        } else if (auto li = item.match(line); li.hasMatch()) {
            flush();
            paragraph << li.captured(2);
        } else {
            paragraph << line;
        }
    }
    flush();
    if (images > 0)
        draft.notices << Tr::tr("Dropped %n image(s): only their text can be quoted.", nullptr, images);
    if (draft.title.isEmpty() && !draft.blocks.isEmpty() && draft.blocks.first().heading)
        draft.title = draft.blocks.first().text;
}

} // namespace standpoint::importing
