// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/check/wordingdiff.h"

#include <QRegularExpression>

#include <vector>

namespace standpoint::check {

namespace {

QStringList normalizedAll(const QStringList &words)
{
    QStringList out;
    for (const QString &w : words) {
        const QString n = normalizedWord(w);
        if (!n.isEmpty())
            out << n;
    }
    return out;
}

// The LCS table of two sequences, for both the length and the walk back.
std::vector<std::vector<int>> lcsTable(const QStringList &a, const QStringList &b)
{
    std::vector<std::vector<int>> t(a.size() + 1, std::vector<int>(b.size() + 1, 0));
    for (qsizetype i = a.size() - 1; i >= 0; --i)
        for (qsizetype j = b.size() - 1; j >= 0; --j)
            t[i][j] = a[i] == b[j] ? t[i + 1][j + 1] + 1 : std::max(t[i + 1][j], t[i][j + 1]);
    return t;
}

} // namespace

QString normalizedWord(const QString &word)
{
    QString out;
    for (QChar c : word) {
        if (c.isLetterOrNumber())
            out += c.toLower();
    }
    return out;
}

QStringList words(const QString &text)
{
    static const QRegularExpression space(QStringLiteral("\\s+"));
    return text.split(space, Qt::SkipEmptyParts);
}

double similarity(const QStringList &a, const QStringList &b)
{
    const QStringList na = normalizedAll(a);
    const QStringList nb = normalizedAll(b);
    if (na.isEmpty() && nb.isEmpty())
        return 1.0;
    return 2.0 * lcsTable(na, nb)[0][0] / double(na.size() + nb.size());
}

bool sameWording(const QStringList &a, const QStringList &b) { return normalizedAll(a) == normalizedAll(b); }

QList<WordEdit> diffWords(const QStringList &a, const QStringList &b)
{
    QStringList na, nb;
    for (const QString &w : a)
        na << normalizedWord(w);
    for (const QString &w : b)
        nb << normalizedWord(w);
    const auto t = lcsTable(na, nb);
    QList<WordEdit> out;
    qsizetype i = 0, j = 0;
    while (i < a.size() || j < b.size()) {
        if (i < a.size() && j < b.size() && na[i] == nb[j]) {
            out.append({WordEdit::Same, b[j], a[i]});
            ++i;
            ++j;
        } else if (i < a.size() && (j == b.size() || t[i + 1][j] >= t[i][j + 1])) {
            out.append({WordEdit::Removed, a[i], a[i]});
            ++i;
        } else {
            out.append({WordEdit::Added, b[j], QString()});
            ++j;
        }
    }
    return out;
}

QString markChanges(const QStringList &a, const QStringList &b)
{
    QStringList out;
    for (const WordEdit &e : diffWords(a, b)) {
        if (e.op == WordEdit::Same)
            out << e.word;
        else if (e.op == WordEdit::Removed)
            out << QStringLiteral("[-") + e.word + QStringLiteral("-]");
        else
            out << QStringLiteral("{+") + e.word + QStringLiteral("+}");
    }
    return out.join(QLatin1Char(' '));
}

} // namespace standpoint::check
