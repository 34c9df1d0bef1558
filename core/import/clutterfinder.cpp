// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/clutterfinder.h"

#include <QCoreApplication>
#include <QHash>
#include <QRegularExpression>

namespace standpoint::importing {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

constexpr qsizetype kShort = 160; // furniture lines are short; argument paragraphs are not touched

void mark(ImportBlock &block, const QString &rule, const QString &why)
{
    if (!block.removed()) {
        block.removeRule = rule;
        block.removeWhy = why;
    }
}

QString normalised(const QString &text)
{
    static const QRegularExpression digits(QStringLiteral("\\d+"));
    return text.simplified().toLower().replace(digits, QStringLiteral("#"));
}

} // namespace

void markClutter(QList<ImportBlock> &blocks)
{
    static const QRegularExpression tail(QStringLiteral(
        "^(loading(…|\\.\\.\\.)|related articles?|related stories|recommended( for you)?|read next|more from|"
        "you might also like|comments?( \\(\\d+\\))?|leave a comment|have an opinion about this article)"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression copyright(QStringLiteral("(©|\\(c\\)\\s*\\d{4}|copyright\\s+(©\\s*)?\\d{4}|all rights reserved)"),
                                              QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression sharing(QStringLiteral(
        "^(share( this( article| story)?)?|tweet|print|email|advertisement|subscribe\\b.*|sign up\\b.*|"
        "follow us\\b.*|click here\\b.*|newsletter\\b.*|skip to (main )?content|back to top)\\W*$"),
        QRegularExpression::CaseInsensitiveOption);
    static const QRegularExpression pageNumber(QStringLiteral("^\\s*(page\\s+)?\\d{1,4}(\\s*(of|/)\\s*\\d{1,4})?\\s*$"),
                                               QRegularExpression::CaseInsensitiveOption);

    // Everything from a trailing-furniture heading on, when it comes in the last half of the file.
    for (qsizetype i = blocks.size() / 2; i < blocks.size(); ++i) {
        if (blocks[i].text.size() <= kShort && tail.match(blocks[i].text.trimmed()).hasMatch()) {
            for (qsizetype k = i; k < blocks.size(); ++k)
                mark(blocks[k], QStringLiteral("cut_from"),
                     Tr::tr("page furniture after the text: \"%1\" and what follows").arg(blocks[i].text.left(40)));
            break;
        }
    }
    QHash<QString, int> seen;
    for (const ImportBlock &b : blocks) {
        if (b.text.size() <= kShort)
            ++seen[normalised(b.text)];
    }
    for (ImportBlock &b : blocks) {
        const QString text = b.text.trimmed();
        if (text.size() > kShort)
            continue;
        if (pageNumber.match(text).hasMatch())
            mark(b, QStringLiteral("page_number"), Tr::tr("a page number"));
        else if (copyright.match(text).hasMatch())
            mark(b, QStringLiteral("copyright"), Tr::tr("a copyright line"));
        else if (sharing.match(text).hasMatch())
            mark(b, QStringLiteral("sharing"), Tr::tr("a sharing, subscription or navigation prompt"));
        else if (seen.value(normalised(text)) >= 3)
            mark(b, QStringLiteral("repeated"), Tr::tr("repeated %1 times, like a running header or footer").arg(seen.value(normalised(text))));
    }
}

} // namespace standpoint::importing
