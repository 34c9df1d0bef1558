// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/cleaner.h"

#include <QCoreApplication>
#include <QRegularExpression>

namespace standpoint::text {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Cleaner) };

// The text being cleaned, with the received offset of each of its characters.
class Workspace
{
public:
    explicit Workspace(const QString &received) : m_text(received)
    {
        m_origin.reserve(received.size());
        for (qsizetype i = 0; i < received.size(); ++i)
            m_origin << i;
    }

    const QString &text() const { return m_text; }
    QList<RemovedSpan> &removed() { return m_removed; }

    void replace(qsizetype start, qsizetype end, const QString &with, const pack::CleaningRuleSpec &rule)
    {
        if (end <= start)
            return;
        m_removed << RemovedSpan{rule.rule, rule.why, m_origin[start], m_origin[end - 1] + 1, m_text.mid(start, end - start)};
        const qsizetype anchor = m_origin[start];
        m_text.replace(start, end - start, with);
        m_origin.remove(start, end - start);
        for (qsizetype i = 0; i < with.size(); ++i)
            m_origin.insert(start + i, anchor);
    }

private:
    QString m_text;
    QList<qsizetype> m_origin;
    QList<RemovedSpan> m_removed;
};

struct Line
{
    qsizetype start; // offset of the first character
    qsizetype end;   // offset of the newline, or of the text's end
};

QList<Line> linesOf(const QString &text)
{
    QList<Line> lines;
    qsizetype start = 0;
    for (;;) {
        const qsizetype nl = text.indexOf(QLatin1Char('\n'), start);
        lines << Line{start, nl < 0 ? text.size() : nl};
        if (nl < 0)
            return lines;
        start = nl + 1;
    }
}

Error ruleError(const pack::CleaningRuleSpec &rule, const QString &message)
{
    return Error{rule.where.describe() + QStringLiteral(": ") + message};
}

Status cutFrom(Workspace &w, const pack::CleaningRuleSpec &rule)
{
    if (rule.marker.isEmpty())
        return ruleError(rule, Tr::tr("cut_from needs \"marker\""));
    const qsizetype at = w.text().indexOf(rule.marker);
    if (at < 0)
        return ruleError(rule, Tr::tr("marker \"%1\" is not in the text").arg(rule.marker));
    w.replace(at, w.text().size(), QString(), rule);
    return success();
}

Status dropLines(Workspace &w, const pack::CleaningRuleSpec &rule)
{
    if (rule.text.isEmpty() == rule.pattern.isEmpty())
        return ruleError(rule, Tr::tr("drop_lines needs exactly one of \"text\" or \"pattern\""));
    QRegularExpression pattern;
    if (!rule.pattern.isEmpty()) {
        pattern.setPattern(QRegularExpression::anchoredPattern(rule.pattern));
        if (!pattern.isValid())
            return ruleError(rule, Tr::tr("invalid pattern: %1").arg(pattern.errorString()));
    }
    const QList<Line> lines = linesOf(w.text());
    int dropped = 0;
    for (qsizetype i = lines.size() - 1; i >= 0; --i) {
        const QString line = w.text().mid(lines[i].start, lines[i].end - lines[i].start).trimmed();
        const bool match = rule.text.isEmpty() ? pattern.match(line).hasMatch() : line == rule.text;
        if (match) {
            const qsizetype end = lines[i].end < w.text().size() ? lines[i].end + 1 : lines[i].end;
            w.replace(lines[i].start, end, QString(), rule);
            ++dropped;
        }
    }
    if (dropped == 0)
        return ruleError(rule, Tr::tr("no line matches \"%1\"").arg(rule.text.isEmpty() ? rule.pattern : rule.text));
    return success();
}

Status removeBlock(Workspace &w, const pack::CleaningRuleSpec &rule)
{
    if (rule.from.isEmpty() || rule.to.isEmpty())
        return ruleError(rule, Tr::tr("remove_block needs \"from\" and \"to\""));
    const qsizetype start = w.text().indexOf(rule.from);
    if (start < 0)
        return ruleError(rule, Tr::tr("\"from\" text \"%1\" is not in the text").arg(rule.from));
    const qsizetype to = w.text().indexOf(rule.to, start + rule.from.size());
    if (to < 0)
        return ruleError(rule, Tr::tr("\"to\" text \"%1\" does not follow \"%2\"").arg(rule.to, rule.from));
    w.replace(start, to + rule.to.size(), QString(), rule);
    return success();
}

Status joinBreak(Workspace &w, const pack::CleaningRuleSpec &rule)
{
    if (rule.before.isEmpty() || rule.after.isEmpty())
        return ruleError(rule, Tr::tr("join_break needs \"before\" and \"after\""));
    const qsizetype at = w.text().indexOf(rule.before);
    if (at < 0)
        return ruleError(rule, Tr::tr("\"before\" text \"%1\" is not in the text").arg(rule.before));
    const qsizetype gapStart = at + rule.before.size();
    qsizetype gapEnd = gapStart;
    while (gapEnd < w.text().size() && w.text()[gapEnd].isSpace())
        ++gapEnd;
    if (!QStringView(w.text()).mid(gapEnd).startsWith(rule.after))
        return ruleError(rule, Tr::tr("\"%1\" is not followed, after white space only, by \"%2\"").arg(rule.before, rule.after));
    w.replace(gapStart, gapEnd, QStringLiteral(" "), rule);
    return success();
}

// Markdown constructs, each with the capture groups to remove (the rest of the match stays).
struct MarkdownPattern
{
    QRegularExpression pattern;
    QList<int> removeGroups;
};

const QList<MarkdownPattern> &markdownPatterns()
{
    static const QList<MarkdownPattern> patterns = {
        {QRegularExpression(QStringLiteral("^([ \\t]*(?:-{3,}|\\*{3,}|_{3,})[ \\t]*\\n?)"),
                            QRegularExpression::MultilineOption), {1}},
        {QRegularExpression(QStringLiteral("^([ \\t]*#{1,6}[ \\t]+)"), QRegularExpression::MultilineOption), {1}},
        {QRegularExpression(QStringLiteral("(\\[)([^\\]\\n]*)(\\]\\([^)\\n]*\\))")), {1, 3}},
        {QRegularExpression(QStringLiteral("(<)(https?://[^>\\s]+)(>)")), {1, 3}},
        {QRegularExpression(QStringLiteral("(\\*\\*)([^*\\n]+?)(\\*\\*)")), {1, 3}},
        {QRegularExpression(QStringLiteral("(\\\\)([\\\\$*_#\\[\\]()`])")), {1}},
    };
    return patterns;
}

Status stripMarkdown(Workspace &w, const pack::CleaningRuleSpec &rule)
{
    for (const MarkdownPattern &md : markdownPatterns()) {
        // Collect first, then remove from the end so earlier offsets stay valid.
        QList<std::pair<qsizetype, qsizetype>> cuts;
        auto it = md.pattern.globalMatch(w.text());
        while (it.hasNext()) {
            const auto m = it.next();
            for (int g : md.removeGroups)
                cuts << std::pair{m.capturedStart(g), m.capturedEnd(g)};
        }
        for (qsizetype i = cuts.size() - 1; i >= 0; --i)
            w.replace(cuts[i].first, cuts[i].second, QString(), rule);
    }
    return success();
}

QString normalize(const QString &text)
{
    QStringList paragraphs;
    for (const QString &line : text.split(QLatin1Char('\n'))) {
        const QString trimmed = line.trimmed();
        if (!trimmed.isEmpty())
            paragraphs << trimmed;
    }
    return paragraphs.join(QStringLiteral("\n\n"));
}

} // namespace

Result<CleanedText> clean(const QString &received, const QList<pack::CleaningRuleSpec> &rules)
{
    QString unified = received;
    unified.replace(QStringLiteral("\r\n"), QStringLiteral("\n"));
    Workspace w(unified);
    for (const auto &rule : rules) {
        Status done = rule.rule == QLatin1String("cut_from")         ? cutFrom(w, rule)
                      : rule.rule == QLatin1String("drop_lines")     ? dropLines(w, rule)
                      : rule.rule == QLatin1String("remove_block")   ? removeBlock(w, rule)
                      : rule.rule == QLatin1String("join_break")     ? joinBreak(w, rule)
                      : rule.rule == QLatin1String("strip_markdown") ? stripMarkdown(w, rule)
                                                                     : Status(ruleError(rule, Tr::tr("unknown rule \"%1\"; "
                                                                                                 "known: cut_from, drop_lines, "
                                                                                                 "remove_block, join_break, "
                                                                                                 "strip_markdown")
                                                                                              .arg(rule.rule)));
        if (!done)
            return done.error();
    }
    return CleanedText{normalize(w.text()), w.removed()};
}

} // namespace standpoint::text
