// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/figures/chartdata.h"

#include "core/check/discrepancyfinder.h"
#include "core/export/csvwriter.h"
#include "core/sqlite/query.h"
#include "core/text/partialdate.h"
#include "core/text/sourcename.h"

#include <QCoreApplication>

namespace standpoint::figures {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(ChartData) };

// Marks the points a discrepancy is about (its series, its quotes) and keeps its summary as a note.
void markDisagreements(const QList<check::Discrepancy> &discrepancies, ChartData &chart)
{
    for (const check::Discrepancy &d : discrepancies) {
        bool inChart = false;
        for (ChartPoint &p : chart.points) {
            if (p.seriesKey != d.subject)
                continue;
            const qsizetype disputed = d.disputed < 0 ? d.quotes.size() : d.disputed;
            for (qsizetype i = 0; i < disputed; ++i) {
                const check::QuoteRef &q = d.quotes[i];
                if (q.document == p.documentKey && q.start == p.quoteStart) {
                    p.disagreements << d.summary;
                    inChart = true;
                    break;
                }
            }
        }
        if (inChart && !chart.notes.contains(d.summary))
            chart.notes << d.summary;
    }
}

Status readReference(sql::Connection &db, qint64 referenceId, ChartData &chart)
{
    Status done = sql::forEachRow(db, QStringLiteral("SELECT title, citation FROM reference_series WHERE id = ?"),
                                  {referenceId}, [&](const sql::Statement &s) {
                                      chart.referenceTitle = s.text(0);
                                      chart.referenceCitation = s.text(1);
                                  });
    if (!done)
        return done;
    QList<ReferencePoint> levels;
    QList<std::optional<double>> changes;
    done = sql::forEachRow(db,
                           QStringLiteral("SELECT period, value, change_pct, status, source FROM reference_point "
                                          "WHERE reference_id = ? ORDER BY period"),
                           {referenceId}, [&](const sql::Statement &s) {
                               levels << ReferencePoint{s.text(0).toInt(), s.real(1), s.text(3), s.text(4)};
                               changes << (s.isNull(2) ? std::nullopt : std::optional<double>(s.real(2)));
                           });
    if (!done)
        return done;
    if (chart.referenceMode != QLatin1String("growth")) {
        chart.reference = levels;
        return success();
    }
    // Growth: the reference's own change where it gives one, else computed from consecutive levels.
    for (qsizetype i = 0; i < levels.size(); ++i) {
        ReferencePoint p = levels[i];
        if (changes[i]) {
            p.value = *changes[i];
        } else if (i > 0 && levels[i - 1].year == p.year - 1) {
            p.value = (levels[i].value / levels[i - 1].value - 1) * 100;
            p.status = Tr::tr("computed from the levels");
        } else {
            continue;
        }
        chart.reference << p;
    }
    return success();
}

} // namespace

Result<QList<EventMarker>> readEventMarkers(sql::Connection &db)
{
    QList<EventMarker> out;
    Status done = sql::forEachRow(db,
                                  QStringLiteral("SELECT key, title, date_text, sort_start, sort_end FROM event "
                                                 "ORDER BY sort_start, key"),
                                  {}, [&](const sql::Statement &s) {
                                      out << EventMarker{s.text(0), s.text(1), s.text(2), s.real(3), s.real(4)};
                                  });
    if (!done)
        return done.error();
    return out;
}

std::optional<double> periodToYear(const QString &period)
{
    auto date = text::parsePartialDate(period);
    if (!date)
        return std::nullopt;
    return (date->start + date->end) / 2;
}

QString ChartData::sourceLine() const
{
    QStringList all = sources;
    if (!referenceCitation.isEmpty())
        all << referenceCitation;
    for (const UserSeries &u : overlays)
        all << Tr::tr("%1 (your series, from %2)").arg(u.title, u.sourceFile);
    for (QString &part : all) {
        while (part.endsWith(QLatin1Char('.')))
            part.chop(1); // one full stop at the end of the line, not ".;" between sources
    }
    return Tr::tr("Sources: %1.").arg(all.join(QStringLiteral("; ")));
}

Result<QList<ChartSummary>> listCharts(sql::Connection &db)
{
    QList<ChartSummary> out;
    Status done = sql::forEachRow(
        db,
        QStringLiteral("SELECT c.key, c.title, c.kind, (SELECT count(*) FROM chart_series cs JOIN data_point p ON "
                       "p.series_id = cs.series_id WHERE cs.chart_id = c.id) FROM chart c ORDER BY c.debate_id, c.ord"),
        {}, [&](const sql::Statement &s) { out << ChartSummary{s.text(0), s.text(1), s.text(2), int(s.integer(3))}; });
    if (!done)
        return done.error();
    return out;
}

Result<ChartData> readChart(sql::Connection &db, const QString &key)
{
    auto discrepancies = check::findDiscrepancies(db);
    if (!discrepancies)
        return discrepancies.error();
    return readChart(db, key, *discrepancies);
}

Result<ChartData> readChart(sql::Connection &db, const QString &key, const QList<check::Discrepancy> &discrepancies)
{
    ChartData chart;
    qint64 id = 0, referenceId = 0;
    Status done = sql::forEachRow(db,
                                  QStringLiteral("SELECT id, key, title, subtitle, kind, unit, coalesce(reference_id, 0), "
                                                 "coalesce(reference_mode, '') FROM chart WHERE key = ?"),
                                  {key}, [&](const sql::Statement &s) {
                                      id = s.integer(0);
                                      chart.key = s.text(1);
                                      chart.title = s.text(2);
                                      chart.subtitle = s.text(3);
                                      chart.kind = s.text(4);
                                      chart.unit = s.text(5);
                                      referenceId = s.integer(6);
                                      chart.referenceMode = s.text(7);
                                  });
    if (!done)
        return done.error();
    if (id == 0)
        return Error{Tr::tr("No chart \"%1\"; see the list with: standpoint-cli charts").arg(key)};
    QStringList sourceKeys;
    done = sql::forEachRow(
        db,
        QStringLiteral(
            "SELECT s.key, s.title, p.period, p.kind, p.value, p.approx, d.id, d.key, d.title, q.start, q.end, q.text, "
            "coalesce((SELECT group_concat(name, ', ') FROM (SELECT name FROM document_author a WHERE a.document_id = d.id "
            "ORDER BY a.ord)), ''), "
            "d.publisher, d.date_text FROM chart_series cs JOIN series s ON s.id = cs.series_id "
            "JOIN data_point p ON p.series_id = s.id JOIN quote q ON q.id = p.quote_id "
            "JOIN document d ON d.id = q.document_id WHERE cs.chart_id = ? ORDER BY cs.ord, p.ord"),
        {id}, [&](const sql::Statement &s) {
            ChartPoint p;
            p.seriesKey = s.text(0);
            p.seriesTitle = s.text(1);
            p.period = s.text(2);
            p.kind = s.text(3);
            p.value = s.real(4);
            p.approx = s.integer(5) != 0;
            if (const auto x = periodToYear(p.period)) {
                p.x = *x;
                p.hasX = true;
            }
            p.documentId = s.integer(6);
            p.documentKey = s.text(7);
            p.documentTitle = s.text(8);
            p.quoteStart = s.integer(9);
            p.quoteEnd = s.integer(10);
            p.quote = s.text(11);
            const QString authors = s.text(12).isEmpty() ? s.text(13) : s.text(12);
            p.sourceName = authors;
            p.shortSource = text::shortSourceName(s.text(12).split(QStringLiteral(", "), Qt::SkipEmptyParts), s.text(13), s.text(14));
            chart.points << p;
            if (!sourceKeys.contains(p.documentKey)) {
                sourceKeys << p.documentKey;
                chart.sources << QStringLiteral("%1, “%2” (%3, %4)").arg(authors, p.documentTitle, s.text(13), s.text(14));
            }
        });
    if (!done)
        return done.error();
    if (referenceId != 0) {
        if (Status ref = readReference(db, referenceId, chart); !ref)
            return ref.error();
    }
    markDisagreements(discrepancies, chart);
    return chart;
}

Result<QList<UserSeries>> listUserSeries(sql::Connection &db)
{
    QStringList keys;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT key FROM user_series ORDER BY id"), {},
                                  [&](const sql::Statement &s) { keys << s.text(0); });
    if (!done)
        return done.error();
    return readUserSeries(db, keys);
}

Result<QList<UserSeries>> readUserSeries(sql::Connection &db, const QStringList &keys)
{
    QList<UserSeries> out;
    for (const QString &key : keys) {
        UserSeries u;
        qint64 id = 0;
        Status done = sql::forEachRow(db,
                                      QStringLiteral("SELECT id, key, title, unit, source_file FROM user_series WHERE key = ?"),
                                      {key}, [&](const sql::Statement &s) {
                                          id = s.integer(0);
                                          u = UserSeries{s.text(1), s.text(2), s.text(3), s.text(4), {}};
                                      });
        if (!done)
            return done.error();
        if (id == 0)
            return Error{Tr::tr("No series of yours is called \"%1\"; see: standpoint-cli series list").arg(key)};
        done = sql::forEachRow(db,
                               QStringLiteral("SELECT year, value, note FROM user_point WHERE series_id = ? ORDER BY year"),
                               {id}, [&](const sql::Statement &s) {
                                   u.points << UserPoint{int(s.integer(0)), s.real(1), s.text(2)};
                               });
        if (!done)
            return done.error();
        out << u;
    }
    return out;
}

QString chartCsv(const ChartData &chart)
{
    exporting::CsvWriter csv({QStringLiteral("chart"), QStringLiteral("series"), QStringLiteral("role"),
                              QStringLiteral("period"), QStringLiteral("value"), QStringLiteral("unit"),
                              QStringLiteral("approx"), QStringLiteral("document"), QStringLiteral("quote"),
                              QStringLiteral("quote_start"), QStringLiteral("quote_end"), QStringLiteral("citation"),
                              QStringLiteral("disagreement")});
    for (const ChartPoint &p : chart.points) {
        QString citation;
        for (const QString &s : chart.sources) {
            if (s.contains(p.documentTitle))
                citation = s;
        }
        csv.addRow({chart.key, p.seriesKey,
                    p.kind == QLatin1String("target") ? QStringLiteral("target") : QStringLiteral("document"), p.period,
                    p.value, chart.unit, p.approx ? QStringLiteral("yes") : QStringLiteral("no"), p.documentKey, p.quote,
                    p.quoteStart, p.quoteEnd, citation, p.disagreements.join(QStringLiteral(" | "))});
    }
    for (const ReferencePoint &r : chart.reference) {
        csv.addRow({chart.key, QStringLiteral("reference"), QStringLiteral("reference"), r.year, r.value, chart.unit,
                    QStringLiteral("no"), QString(), QString(), QString(), QString(),
                    QString(chart.referenceCitation + QStringLiteral(" Year's source: ") + r.source), QString()});
    }
    for (const UserSeries &u : chart.overlays) {
        for (const UserPoint &p : u.points) {
            csv.addRow({chart.key, u.key, QStringLiteral("user"), p.year, p.value, u.unit, QStringLiteral("no"), QString(),
                        p.note, QString(), QString(), u.sourceFile, QString()});
        }
    }
    return csv.text();
}

} // namespace standpoint::figures
