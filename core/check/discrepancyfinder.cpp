// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/check/discrepancyfinder.h"

#include "core/check/wordingdiff.h"
#include "core/sqlite/query.h"
#include "core/text/sourcename.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>
#include <QSet>

#include <cmath>

namespace standpoint::check {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(DiscrepancyFinder) };

// Relative gap between two figures beyond which they disagree; wider when the text says "almost" or "about".
constexpr double kTolerance = 0.02;
constexpr double kApproxTolerance = 0.05;
// Percentage points between a claimed growth rate and one computed from levels.
constexpr double kGrowthTolerance = 2.0;
// Sentences this alike (and not identical) count as one sentence reworded.
constexpr double kRewordedSimilarity = 0.6;

struct Point
{
    QString seriesKey, seriesTitle, unit, compareMode, period, kind, document;
    qint64 compareTo = 0;
    double value = 0;
    bool approx = false;
    QuoteRef quote;
};

struct ReferenceRow
{
    double value = 0;
    std::optional<double> change;
    QString source;
};

QString figure(double v)
{
    return QString::number(v, 'f', std::fabs(v - std::round(v)) < 1e-9 ? 0 : 1);
}

bool differ(double a, double b, bool approx)
{
    const double scale = std::max(std::fabs(a), std::fabs(b));
    return scale > 0 && std::fabs(a - b) / scale > (approx ? kApproxTolerance : kTolerance);
}

Result<QList<Point>> loadPoints(sql::Connection &db)
{
    QList<Point> points;
    Status done = sql::forEachRow(
        db,
        QStringLiteral("SELECT s.key, s.title, s.unit, coalesce(s.compare_to, 0), coalesce(s.compare_mode, ''), p.period, "
                       "p.value, p.kind, p.approx, d.key, q.start, q.end, q.text, "
                       "coalesce((SELECT group_concat(name, '|') FROM (SELECT name FROM document_author a "
                       "WHERE a.document_id = d.id ORDER BY a.ord)), ''), d.publisher, d.date_text FROM data_point p "
                       "JOIN series s ON s.id = p.series_id JOIN quote q ON q.id = p.quote_id "
                       "JOIN document d ON d.id = q.document_id ORDER BY s.ord, p.ord"),
        {}, [&](const sql::Statement &s) {
            Point p;
            p.seriesKey = s.text(0);
            p.seriesTitle = s.text(1);
            p.unit = s.text(2);
            p.compareTo = s.integer(3);
            p.compareMode = s.text(4);
            p.period = s.text(5);
            p.value = s.real(6);
            p.kind = s.text(7);
            p.approx = s.integer(8) != 0;
            p.document = text::shortSourceName(s.text(13).split(QLatin1Char('|'), Qt::SkipEmptyParts), s.text(14),
                                               s.text(15));
            p.quote = QuoteRef{s.text(9), s.integer(10), s.integer(11), s.text(12)};
            points << p;
        });
    if (!done)
        return done.error();
    return points;
}

Result<QHash<qint64, QMap<QString, ReferenceRow>>> loadReferences(sql::Connection &db)
{
    QHash<qint64, QMap<QString, ReferenceRow>> refs;
    Status done = sql::forEachRow(
        db, QStringLiteral("SELECT reference_id, period, value, change_pct, source FROM reference_point"), {},
        [&](const sql::Statement &s) {
            ReferenceRow row{s.real(2), std::nullopt, s.text(4)};
            if (!s.isNull(3))
                row.change = s.real(3);
            refs[s.integer(0)].insert(s.text(1), row);
        });
    if (!done)
        return done.error();
    return refs;
}

void compareAcrossDocuments(const QList<Point> &points, QList<Discrepancy> &out)
{
    QMap<QString, QList<const Point *>> groups; // series/kind/period
    for (const Point &p : points) {
        if (!p.period.isEmpty())
            groups[p.seriesKey + QLatin1Char('\n') + p.kind + QLatin1Char('\n') + p.period] << &p;
    }
    for (const auto &group : groups) {
        bool disagree = false;
        bool severalDocuments = false;
        for (const Point *a : group) {
            for (const Point *b : group) {
                severalDocuments |= a->document != b->document;
                disagree |= a->document != b->document && differ(a->value, b->value, a->approx || b->approx);
            }
        }
        if (!disagree || !severalDocuments)
            continue;
        Discrepancy d{QStringLiteral("figure"), group.first()->seriesKey, QString(), {}, {}};
        QStringList said;
        for (const Point *p : group) {
            said << Tr::tr("%1 gives %2 %3").arg(p->document, figure(p->value), p->unit);
            d.quotes << p->quote;
        }
        d.summary = Tr::tr("%1, %2: the documents disagree: %3")
                        .arg(group.first()->seriesTitle, group.first()->period, said.join(QStringLiteral("; ")));
        out << d;
    }
}

void compareTargetYears(const QList<Point> &points, QList<Discrepancy> &out)
{
    QList<const Point *> targets;
    for (const Point &p : points) {
        if (p.kind == QLatin1String("target"))
            targets << &p;
    }
    QSet<QString> reported;
    for (const Point *a : targets) {
        Discrepancy d{QStringLiteral("target-year"), a->seriesKey, QString(), {a->quote}, {}};
        QStringList years{a->period};
        QStringList said{Tr::tr("%1 sets %2 for %3").arg(a->document, figure(a->value), a->period)};
        for (const Point *b : targets) {
            if (b != a && b->seriesKey == a->seriesKey && !differ(a->value, b->value, false) && b->period != a->period
                && b->document != a->document) {
                d.quotes << b->quote;
                years << b->period;
                said << Tr::tr("%1 sets it for %2").arg(b->document, b->period);
            }
        }
        const QString key = a->seriesKey + figure(a->value);
        if (d.quotes.size() < 2 || reported.contains(key))
            continue;
        reported.insert(key);
        d.summary = Tr::tr("%1: the target of %2 %3 is set for different years: %4")
                        .arg(a->seriesTitle, figure(a->value), a->unit, said.join(QStringLiteral("; ")));
        out << d;
    }
}

void compareWithReference(const QList<Point> &points, const QHash<qint64, QMap<QString, ReferenceRow>> &refs,
                          QList<Discrepancy> &out)
{
    for (const Point &p : points) {
        if (!p.compareTo || p.kind == QLatin1String("target") || !refs.contains(p.compareTo))
            continue;
        const auto &ref = refs[p.compareTo];
        if (p.compareMode == QLatin1String("level")) {
            if (!ref.contains(p.period) || !differ(p.value, ref[p.period].value, p.approx))
                continue;
            out << Discrepancy{QStringLiteral("reference-level"), p.seriesKey,
                               Tr::tr("%1, %2: %3 gives %4 %5; the reference series has %6")
                                   .arg(p.seriesTitle, p.period, p.document, figure(p.value), p.unit,
                                        figure(ref[p.period].value)),
                               {p.quote}, {ref[p.period].source}, 1};
            continue;
        }
        // Growth: against the reference's own change, its levels, and the levels the documents cite.
        bool ok = false;
        const int year = p.period.toInt(&ok);
        const QString previous = QString::number(year - 1);
        if (!ok || !ref.contains(p.period))
            continue;
        double fromReference = 0;
        if (ref[p.period].change)
            fromReference = *ref[p.period].change;
        else if (ref.contains(previous))
            fromReference = (ref[p.period].value / ref[previous].value - 1) * 100;
        else
            continue;
        if (std::fabs(p.value - fromReference) <= kGrowthTolerance)
            continue;
        Discrepancy d{QStringLiteral("reference-growth"), p.seriesKey, QString(), {p.quote}, {ref[p.period].source}, 1};
        QString cited;
        const Point *now = nullptr;
        const Point *before = nullptr;
        for (const Point &level : points) {
            if (level.compareTo != p.compareTo || level.compareMode != QLatin1String("level")
                || level.kind != QLatin1String("actual"))
                continue;
            if (level.period == p.period && !now)
                now = &level;
            if (level.period == previous && !before)
                before = &level;
        }
        if (now && before) {
            cited = Tr::tr("; from the levels the documents cite (%1 %2 in %3, %4 %5 in %6): %7%")
                        .arg(before->document, figure(before->value), previous, now->document, figure(now->value),
                             p.period, figure((now->value / before->value - 1) * 100));
            for (const Point *level : {before, now}) {
                const bool known = std::any_of(d.quotes.begin(), d.quotes.end(), [&](const QuoteRef &q) {
                    return q.document == level->quote.document && q.start == level->quote.start;
                });
                if (!known)
                    d.quotes << level->quote;
            }
        }
        d.summary = Tr::tr("%1 growth as claimed by %2: %3%; the reference series: %4%%5")
                        .arg(p.period, p.document, figure(p.value), figure(fromReference), cited);
        out << d;
    }
}

Status compareRevisions(sql::Connection &db, QList<Discrepancy> &out)
{
    QList<std::tuple<qint64, QString, qint64, QString>> pairs; // base id, key, revision id, key
    if (Status done = sql::forEachRow(db,
                                      QStringLiteral("SELECT b.id, b.key, r.id, r.key FROM document r INDEXED BY document_revision "
                                                     "JOIN document b ON b.id = r.revision_of WHERE r.revision_of IS NOT NULL "
                                                     "ORDER BY r.id"),
                                      {}, [&](const sql::Statement &s) {
                                          pairs << std::tuple{s.integer(0), s.text(1), s.integer(2), s.text(3)};
                                      });
        !done)
        return done;
    const QString sentencesOf = QStringLiteral(
        "SELECT s.value ->> 0, s.value ->> 1 FROM paragraph p, json_each(p.sentences) s "
        "WHERE p.document_id = ? AND p.kind = 'body' ORDER BY p.ord, s.key");
    for (const auto &pair : pairs) {
        // Named copies, not structured bindings: lambdas below capture them (clang 14 cannot capture bindings).
        const qint64 baseId = std::get<0>(pair), revisionId = std::get<2>(pair);
        const QString baseKey = std::get<1>(pair), revisionKey = std::get<3>(pair);
        QString base, revision;
        if (Status done = sql::forEachRow(db, QStringLiteral("SELECT id, cleaned_text FROM document WHERE id IN (?, ?)"),
                                          {baseId, revisionId},
                                          [&](const sql::Statement &s) {
                                              (s.integer(0) == baseId ? base : revision) = s.text(1);
                                          });
            !done)
            return done;
        QList<QuoteRef> baseSentences, revisionSentences;
        for (const auto &side : {std::tuple{baseId, baseKey, &base, &baseSentences},
                                  std::tuple{revisionId, revisionKey, &revision, &revisionSentences}}) {
            const qint64 id = std::get<0>(side);
            const QString key = std::get<1>(side);
            const QString *text = std::get<2>(side);
            QList<QuoteRef> *into = std::get<3>(side);
            if (Status done = sql::forEachRow(db, sentencesOf, {id}, [&](const sql::Statement &s) {
                    const qint64 start = s.integer(0), end = s.integer(1);
                    into->append(QuoteRef{key, start, end, text->mid(start, end - start)});
                });
                !done)
                return done;
        }
        for (const QuoteRef &a : baseSentences) {
            const QStringList aw = words(a.text);
            const QuoteRef *best = nullptr;
            double bestScore = 0;
            QStringList bestWords;
            for (const QuoteRef &b : revisionSentences) {
                const QStringList bw = words(b.text);
                const double score = similarity(aw, bw);
                if (score > bestScore) {
                    bestScore = score;
                    best = &b;
                    bestWords = bw;
                }
            }
            if (!best || bestScore < kRewordedSimilarity || sameWording(aw, bestWords))
                continue;
            out << Discrepancy{QStringLiteral("wording"), baseKey + QStringLiteral(" → ") + revisionKey,
                               Tr::tr("reworded between %1 and %2 (%3% alike): %4")
                                   .arg(baseKey, revisionKey, QString::number(qRound(bestScore * 100)),
                                        markChanges(aw, bestWords)),
                               {a, *best}, {}};
        }
    }
    return success();
}

} // namespace

Result<QList<Discrepancy>> findDiscrepancies(sql::Connection &db)
{
    auto points = loadPoints(db);
    if (!points)
        return points.error();
    auto refs = loadReferences(db);
    if (!refs)
        return refs.error();
    QList<Discrepancy> out;
    compareAcrossDocuments(*points, out);
    compareTargetYears(*points, out);
    compareWithReference(*points, *refs, out);
    if (Status done = compareRevisions(db, out); !done)
        return done.error();
    return out;
}

} // namespace standpoint::check
