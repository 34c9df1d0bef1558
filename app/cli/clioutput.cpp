// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/cli/clioutput.h"

#include <QCoreApplication>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>

#include <cstdio>

namespace standpoint::cli {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Cli) };

QJsonObject quoteJson(const check::QuoteRef &q)
{
    return QJsonObject{{QStringLiteral("document"), q.document},
                       {QStringLiteral("start"), q.start},
                       {QStringLiteral("end"), q.end},
                       {QStringLiteral("text"), q.text}};
}

// Names a script can test for, never translated.
QString searchIndexOutcome(check::CheckReport::Outcome outcome)
{
    switch (outcome) {
    case check::CheckReport::Outcome::Passed: return QStringLiteral("passed");
    case check::CheckReport::Outcome::Failed: return QStringLiteral("failed");
    case check::CheckReport::Outcome::Skipped: break;
    }
    return QStringLiteral("skipped");
}
} // namespace

void printOut(const QByteArray &utf8)
{
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stdout);
    std::fflush(stdout);
}

void printOut(const QString &text) { printOut(text.toUtf8()); }

void printError(const QString &message)
{
    QString line = message;
    line.replace(QLatin1Char('\n'), QLatin1Char(' '));
    const QByteArray utf8 = (QStringLiteral("standpoint-cli: ") + line + QLatin1Char('\n')).toUtf8();
    std::fwrite(utf8.constData(), 1, size_t(utf8.size()), stderr);
}

QString formatSearch(const QList<search::SearchHit> &hits)
{
    if (hits.isEmpty())
        return Tr::tr("No results.\n");
    QString out;
    for (const search::SearchHit &hit : hits) {
        out += QStringLiteral("%1\t%2%3\n    %4\n")
                   .arg(hit.kind, hit.documentKey.isEmpty() ? QString() : hit.documentKey + QStringLiteral(": "), hit.title,
                        hit.snippet);
    }
    return out;
}

QByteArray searchJson(const QList<search::SearchHit> &hits, const search::SearchResults *facets)
{
    QJsonArray out;
    for (const search::SearchHit &hit : hits) {
        QJsonObject o{{QStringLiteral("kind"), hit.kind},       {QStringLiteral("id"), hit.refId},
                      {QStringLiteral("title"), hit.title},     {QStringLiteral("snippet"), hit.snippet},
                      {QStringLiteral("score"), hit.score}};
        if (!hit.documentKey.isEmpty())
            o.insert(QStringLiteral("document"), hit.documentKey);
        if (hit.start >= 0) {
            o.insert(QStringLiteral("start"), hit.start);
            o.insert(QStringLiteral("end"), hit.end);
        }
        o.insert(QStringLiteral("positions"), QJsonArray::fromStringList(hit.positions));
        o.insert(QStringLiteral("speakers"), QJsonArray::fromStringList(hit.speakers));
        o.insert(QStringLiteral("themes"), QJsonArray::fromStringList(hit.themes));
        if (hit.year)
            o.insert(QStringLiteral("year"), hit.year);
        out << o;
    }
    if (!facets)
        return QJsonDocument(out).toJson(QJsonDocument::Indented);
    QJsonObject counts;
    for (auto it = facets->facets.cbegin(); it != facets->facets.cend(); ++it) {
        QJsonArray values;
        for (const search::FacetValue &v : it.value())
            values << QJsonObject{{QStringLiteral("id"), v.key}, {QStringLiteral("label"), v.label}, {QStringLiteral("count"), v.count}};
        counts.insert(it.key(), values);
    }
    return QJsonDocument(QJsonObject{{QStringLiteral("hits"), out}, {QStringLiteral("facets"), counts}}).toJson(QJsonDocument::Indented);
}

QString formatFacets(const search::SearchResults &results)
{
    QString out = Tr::tr("\nMatches by kind:");
    for (auto it = results.kindCounts.cbegin(); it != results.kindCounts.cend(); ++it)
        out += QStringLiteral(" %1 %2").arg(it.key(), QString::number(it.value()));
    out += QLatin1Char('\n');
    for (const QString &facet : search::facetNames()) {
        QStringList values;
        for (const search::FacetValue &v : results.facets.value(facet))
            values << QStringLiteral("%1 (%2)").arg(v.key, QString::number(v.count));
        out += QStringLiteral("%1: %2\n").arg(facet, values.isEmpty() ? QStringLiteral("—") : values.join(QStringLiteral(", ")));
    }
    if (results.pooled)
        out += Tr::tr("(counted over the best matches only; narrow the search to count them all)\n");
    return out;
}

QString formatCheck(const check::CheckReport &r)
{
    QString out;
    out += Tr::tr("Integrity check: %1\n").arg(r.integrity);
    switch (r.searchIndex) {
    case check::CheckReport::Outcome::Passed: out += Tr::tr("Search index: matches the text it indexes\n"); break;
    case check::CheckReport::Outcome::Failed: out += Tr::tr("Search index: does not match the text it indexes\n"); break;
    case check::CheckReport::Outcome::Skipped: out += Tr::tr("Search index: not checked: %1\n").arg(r.searchIndexSkipped); break;
    }
    out += Tr::tr("Quotes verified: %1 of %2\n").arg(r.quotesVerified).arg(r.quotesTotal);
    out += Tr::tr("Stance cells checked: %1\n").arg(r.stanceCells);
    out += Tr::tr("Problems: %1\n").arg(r.problems.size());
    for (const QString &p : r.problems)
        out += QStringLiteral("  - ") + p + QLatin1Char('\n');
    out += Tr::tr("Discrepancies between sources: %1\n").arg(r.discrepancies.size());
    for (const check::Discrepancy &d : r.discrepancies) {
        out += QStringLiteral("  [%1] %2\n").arg(d.kind, d.summary);
        for (const check::QuoteRef &q : d.quotes)
            out += QStringLiteral("      %1 @%2–%3: “%4”\n").arg(q.document, QString::number(q.start), QString::number(q.end), q.text);
        for (const QString &ref : d.references)
            out += Tr::tr("      reference: %1\n").arg(ref);
    }
    if (!r.passed())
        out += Tr::tr("Check FAILED.\n");
    else if (r.searchIndex == check::CheckReport::Outcome::Skipped)
        out += Tr::tr("Check passed, but the search index was not checked.\n");
    else
        out += Tr::tr("Check passed.\n");
    return out;
}

QByteArray checkJson(const check::CheckReport &r)
{
    QJsonArray discrepancies;
    for (const check::Discrepancy &d : r.discrepancies) {
        QJsonArray quotes;
        for (const check::QuoteRef &q : d.quotes)
            quotes << quoteJson(q);
        discrepancies << QJsonObject{{QStringLiteral("kind"), d.kind},
                                     {QStringLiteral("subject"), d.subject},
                                     {QStringLiteral("summary"), d.summary},
                                     {QStringLiteral("quotes"), quotes},
                                     {QStringLiteral("references"), QJsonArray::fromStringList(d.references)}};
    }
    const QJsonObject o{{QStringLiteral("passed"), r.passed()},
                        {QStringLiteral("integrity"), r.integrity},
                        {QStringLiteral("search_index"), searchIndexOutcome(r.searchIndex)},
                        {QStringLiteral("search_index_skipped"), r.searchIndexSkipped},
                        {QStringLiteral("quotes_verified"), r.quotesVerified},
                        {QStringLiteral("quotes_total"), r.quotesTotal},
                        {QStringLiteral("stance_cells"), r.stanceCells},
                        {QStringLiteral("problems"), QJsonArray::fromStringList(r.problems)},
                        {QStringLiteral("discrepancies"), discrepancies}};
    return QJsonDocument(o).toJson(QJsonDocument::Indented);
}

} // namespace standpoint::cli
