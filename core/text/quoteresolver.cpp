// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/quoteresolver.h"

#include <QCoreApplication>

namespace standpoint::text {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(QuoteResolver) };

QList<qsizetype> occurrencesOf(const QString &haystack, const QString &needle)
{
    QList<qsizetype> at;
    for (qsizetype i = haystack.indexOf(needle); i >= 0; i = haystack.indexOf(needle, i + 1))
        at << i;
    return at;
}

} // namespace

Result<Span> resolveQuote(const QString &cleaned, const QString &quote, int occurrence, const QString &context)
{
    if (quote.isEmpty())
        return Error{Tr::tr("the quote is empty")};
    if (!context.isEmpty()) {
        const QList<qsizetype> contexts = occurrencesOf(cleaned, context);
        if (contexts.isEmpty())
            return Error{Tr::tr("context not found in the document's text: \"%1\"").arg(context)};
        if (contexts.size() > 1)
            return Error{Tr::tr("context occurs %1 times in the document's text: \"%2\"").arg(contexts.size()).arg(context)};
        const qsizetype inside = context.indexOf(quote);
        if (inside < 0)
            return Error{Tr::tr("the context does not contain the quote \"%1\"").arg(quote)};
        return Span{contexts.first() + inside, contexts.first() + inside + quote.size()};
    }
    const QList<qsizetype> found = occurrencesOf(cleaned, quote);
    if (found.isEmpty())
        return Error{Tr::tr("quote not found in the document's text: \"%1\"").arg(quote)};
    if (occurrence > 0) {
        if (occurrence > found.size())
            return Error{Tr::tr("occurrence %1 asked, but the quote occurs %2 times: \"%3\"")
                             .arg(occurrence)
                             .arg(found.size())
                             .arg(quote)};
        return Span{found[occurrence - 1], found[occurrence - 1] + quote.size()};
    }
    if (found.size() > 1)
        return Error{Tr::tr("quote is ambiguous, it occurs %1 times (give \"occurrence\" or \"context\"): \"%2\"")
                         .arg(found.size())
                         .arg(quote)};
    return Span{found.first(), found.first() + quote.size()};
}

} // namespace standpoint::text
