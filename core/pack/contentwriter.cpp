// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// PackWriter, continued: the pack's content (claims, stances, events, figures).
#include "core/debate/stancevalue.h"
#include "core/pack/packpaths.h"
#include "core/pack/packwriter.h"
#include "core/search/searchrows.h"
#include "core/sqlite/connection.h"
#include "core/sqlite/statement.h"
#include "core/text/csvreader.h"
#include "core/text/partialdate.h"

#include <QCoreApplication>
#include <QSet>

namespace standpoint::pack {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(PackWriter) };

const QStringList &pointKinds()
{
    static const QStringList kinds = {QStringLiteral("actual"), QStringLiteral("target"), QStringLiteral("share"),
                                      QStringLiteral("count")};
    return kinds;
}
} // namespace

Status PackWriter::writeClaims()
{
    int ord = 0;
    for (const ClaimSpec &c : m_spec.claims) {
        if (m_claims.contains(c.key))
            return at(c.where, Tr::tr("claim id \"%1\" is used twice").arg(c.key));
        if (c.quotes.isEmpty())
            return at(c.where, Tr::tr("a claim needs at least one quote"));
        auto voice = resolveVoice(c.voice, c.where);
        if (!voice)
            return voice.error();
        if (Status done = run(QStringLiteral("INSERT INTO claim (debate_id, key, position_id, speaker_id, paraphrase, ord) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {m_debateId, c.key, voice->position, voice->speaker, c.paraphrase, ord++});
            !done)
            return done;
        const qint64 id = m_db.lastInsertId();
        m_claims.insert(c.key, id);
        if (Status done = linkThemes(QStringLiteral("INSERT OR IGNORE INTO claim_theme (claim_id, theme_id) VALUES (?, ?)"), id, c.themes, c.where); !done)
            return done;
        if (Status done = linkQuotes(QStringLiteral("INSERT INTO claim_quote (claim_id, quote_id, ord) VALUES (?, ?, ?)"), id, c.quotes); !done)
            return done;
        if (Status done = index(search::searchRow(search::RowKind::Claim, id), c.paraphrase); !done)
            return done;
        ++m_summary.claims;
    }
    return success();
}

Status PackWriter::writeStances()
{
    QSet<QString> seen;
    for (const StanceSpec &s : m_spec.stances) {
        if (!m_questions.contains(s.question))
            return at(s.where, Tr::tr("unknown question \"%1\"").arg(s.question));
        const auto value = debate::stanceValueFromKey(s.value);
        if (!value)
            return at(s.where, Tr::tr("\"value\" must be one of %1, not \"%2\"").arg(debate::stanceValueKeys().join(QStringLiteral(", ")), s.value));
        if (*value != debate::StanceValue::NotAddressed && s.quotes.isEmpty())
            return at(s.where, Tr::tr("a stance needs at least one quote, or the value \"not_addressed\""));
        auto voice = resolveVoice(s.voice, s.where);
        if (!voice)
            return voice.error();
        const QString pair = s.question + QLatin1Char('/') + s.voice.position + QLatin1Char('/') + s.voice.speaker;
        if (seen.contains(pair))
            return at(s.where, Tr::tr("a second stance for the same question and voice"));
        seen.insert(pair);
        if (Status done = run(QStringLiteral("INSERT INTO stance (question_id, position_id, speaker_id, value, paraphrase) "
                                             "VALUES (?, ?, ?, ?, ?)"),
                              {m_questions[s.question], voice->position, voice->speaker, debate::stanceValueKey(*value), s.paraphrase});
            !done)
            return done;
        const qint64 id = m_db.lastInsertId();
        if (Status done = linkQuotes(QStringLiteral("INSERT INTO stance_quote (stance_id, quote_id, ord) VALUES (?, ?, ?)"), id, s.quotes); !done)
            return done;
        ++m_summary.stances;
    }
    return success();
}

Status PackWriter::writeEvents()
{
    for (const EventSpec &e : m_spec.events) {
        if (m_events.contains(e.key))
            return at(e.where, Tr::tr("event id \"%1\" is used twice").arg(e.key));
        if (e.quotes.isEmpty())
            return at(e.where, Tr::tr("an event needs at least one quote"));
        auto start = text::parsePartialDate(e.date);
        if (!start)
            return at(e.where, start.message());
        text::PartialDate end = *start;
        QVariant endText, endPrecision;
        if (!e.end.isEmpty()) {
            auto parsed = text::parsePartialDate(e.end);
            if (!parsed)
                return at(e.where, parsed.message());
            if (parsed->end <= start->start)
                return at(e.where, Tr::tr("\"end\" %1 comes before \"date\" %2").arg(e.end, e.date));
            end = *parsed;
            endText = e.end;
            endPrecision = parsed->precisionName();
        }
        if (Status done = run(QStringLiteral("INSERT INTO event (debate_id, key, title, description, date_text, "
                                             "date_precision, end_text, end_precision, sort_start, sort_end) "
                                             "VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {m_debateId, e.key, e.title, e.description, e.date, start->precisionName(), endText,
                               endPrecision, start->start, end.end});
            !done)
            return done;
        const qint64 id = m_db.lastInsertId();
        m_events.insert(e.key, id);
        if (Status done = linkThemes(QStringLiteral("INSERT OR IGNORE INTO event_theme (event_id, theme_id) VALUES (?, ?)"), id, e.themes, e.where); !done)
            return done;
        if (Status done = linkQuotes(QStringLiteral("INSERT INTO event_quote (event_id, quote_id, ord) VALUES (?, ?, ?)"), id, e.quotes); !done)
            return done;
        if (Status done = index(search::searchRow(search::RowKind::Event, id), e.title + QStringLiteral(". ") + e.description);
            !done)
            return done;
        ++m_summary.events;
    }
    return success();
}

Status PackWriter::writeReferences()
{
    for (const ReferenceSpec &r : m_spec.references) {
        if (m_references.contains(r.key))
            return at(r.where, Tr::tr("reference id \"%1\" is used twice").arg(r.key));
        auto content = readPackText(m_spec.directory, r.file);
        if (!content)
            return at(r.where, content.message());
        auto table = text::parseCsv(*content, r.file);
        if (!table)
            return table.error();
        const int period = std::max(table->column(QStringLiteral("year")), table->column(QStringLiteral("period")));
        if (period < 0 || table->header.size() < 2)
            return Error{Tr::tr("%1:1: the header needs a \"year\" or \"period\" column and a value column").arg(r.file)};
        const int value = period == 0 ? 1 : 0;
        const int change = table->column(QStringLiteral("yoy_pct"));
        const int status = table->column(QStringLiteral("status"));
        const int source = table->column(QStringLiteral("source"));
        if (Status done = run(QStringLiteral("INSERT INTO reference_series (debate_id, key, title, unit, citation, source_file) "
                                             "VALUES (?, ?, ?, ?, ?, ?)"),
                              {m_debateId, r.key, r.title, r.unit, r.citation, r.file});
            !done)
            return done;
        const qint64 id = m_db.lastInsertId();
        m_references.insert(r.key, id);
        for (const text::CsvRow &row : table->rows) {
            bool ok = false;
            const double v = row.fields[value].trimmed().toDouble(&ok);
            if (!ok)
                return Error{Tr::tr("%1:%2: \"%3\" is not a number in column \"%4\"")
                                 .arg(r.file, QString::number(row.line), row.fields[value], table->header[value])};
            QVariant pct;
            if (change >= 0 && !row.fields[change].trimmed().isEmpty()) {
                const double p = row.fields[change].trimmed().toDouble(&ok);
                if (!ok)
                    return Error{Tr::tr("%1:%2: \"%3\" is not a number in column \"yoy_pct\"")
                                     .arg(r.file, QString::number(row.line), row.fields[change])};
                pct = p;
            }
            if (Status done = run(QStringLiteral("INSERT INTO reference_point (reference_id, period, value, change_pct, "
                                                 "status, source) VALUES (?, ?, ?, ?, ?, ?)"),
                                  {id, row.fields[period].trimmed(), v, pct,
                                   status >= 0 ? row.fields[status].trimmed() : QString(),
                                   source >= 0 ? row.fields[source].trimmed() : QString()});
                !done)
                return done;
        }
    }
    return success();
}

Status PackWriter::writeSeries()
{
    int ord = 0;
    for (const SeriesSpec &s : m_spec.series) {
        if (m_series.contains(s.key))
            return at(s.where, Tr::tr("series id \"%1\" is used twice").arg(s.key));
        QVariant compareTo, compareMode;
        if (!s.compareTo.isEmpty()) {
            if (!m_references.contains(s.compareTo))
                return at(s.where, Tr::tr("\"compare_to\" names an unknown reference \"%1\"").arg(s.compareTo));
            if (s.compareMode != QLatin1String("level") && s.compareMode != QLatin1String("growth"))
                return at(s.where, Tr::tr("\"compare\" must be \"level\" or \"growth\" when \"compare_to\" is given"));
            compareTo = m_references[s.compareTo];
            compareMode = s.compareMode;
        }
        if (Status done = run(QStringLiteral("INSERT INTO series (debate_id, key, title, measure, unit, compare_to, "
                                             "compare_mode, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?)"),
                              {m_debateId, s.key, s.title, s.measure, s.unit, compareTo, compareMode, ord++});
            !done)
            return done;
        const qint64 id = m_db.lastInsertId();
        m_series.insert(s.key, id);
        for (qsizetype i = 0; i < s.points.size(); ++i) {
            const PointSpec &p = s.points[i];
            if (!pointKinds().contains(p.kind))
                return at(p.where, Tr::tr("\"kind\" must be one of %1, not \"%2\"").arg(pointKinds().join(QStringLiteral(", ")), p.kind));
            auto quoteId = writeQuote(p.quote);
            if (!quoteId)
                return quoteId.error();
            QVariant speaker;
            if (!p.quote.speaker.isEmpty())
                speaker = m_speakers[p.quote.speaker].id;
            if (Status done = run(QStringLiteral("INSERT INTO data_point (series_id, ord, period, value, kind, approx, label, "
                                                 "note, quote_id, speaker_id) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                                  {id, qint64(i), p.period, p.value, p.kind, p.approx ? 1 : 0, p.label, p.note, *quoteId,
                                   speaker});
                !done)
                return done;
            ++m_summary.dataPoints;
        }
    }
    return success();
}

Status PackWriter::writeNotFigures()
{
    for (const NotFigureSpec &n : m_spec.notFigures) {
        auto quoteId = writeQuote(n.quote);
        if (!quoteId)
            return quoteId.error();
        if (Status done = run(QStringLiteral("INSERT INTO not_figure (quote_id, why) VALUES (?, ?)"), {*quoteId, n.why}); !done)
            return done;
    }
    return success();
}

Status PackWriter::writeCharts()
{
    QSet<QString> seen;
    int ord = 0;
    for (const ChartSpec &c : m_spec.charts) {
        if (seen.contains(c.key))
            return at(c.where, Tr::tr("chart id \"%1\" is used twice").arg(c.key));
        seen.insert(c.key);
        if (c.kind != QLatin1String("time") && c.kind != QLatin1String("bars"))
            return at(c.where, Tr::tr("\"kind\" must be \"time\" or \"bars\", not \"%1\"").arg(c.kind));
        if (c.series.isEmpty())
            return at(c.where, Tr::tr("a chart needs at least one series"));
        QVariant reference, mode;
        if (!c.reference.isEmpty()) {
            if (!m_references.contains(c.reference))
                return at(c.where, Tr::tr("\"reference\" names an unknown reference \"%1\"").arg(c.reference));
            if (c.referenceMode != QLatin1String("level") && c.referenceMode != QLatin1String("growth"))
                return at(c.where, Tr::tr("\"reference_mode\" must be \"level\" or \"growth\" when \"reference\" is given"));
            reference = m_references[c.reference];
            mode = c.referenceMode;
        }
        if (Status done = run(QStringLiteral("INSERT INTO chart (debate_id, key, title, subtitle, kind, unit, reference_id, "
                                             "reference_mode, ord) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)"),
                              {m_debateId, c.key, c.title, c.subtitle, c.kind, c.unit, reference, mode, ord++});
            !done)
            return done;
        const qint64 id = m_db.lastInsertId();
        for (qsizetype i = 0; i < c.series.size(); ++i) {
            if (!m_series.contains(c.series[i]))
                return at(c.where, Tr::tr("unknown series \"%1\"").arg(c.series[i]));
            if (Status done = run(QStringLiteral("INSERT INTO chart_series (chart_id, series_id, ord) VALUES (?, ?, ?)"),
                                  {id, m_series[c.series[i]], qint64(i)});
                !done)
                return done;
        }
    }
    return success();
}

Status PackWriter::writeEras()
{
    QSet<QString> seen;
    int ord = 0;
    for (const EraSpec &e : m_spec.eras) {
        if (seen.contains(e.key))
            return at(e.where, Tr::tr("era id \"%1\" is used twice").arg(e.key));
        seen.insert(e.key);
        if (!m_events.contains(e.event))
            return at(e.where, Tr::tr("unknown event \"%1\"").arg(e.event));
        if (Status done = run(QStringLiteral("INSERT INTO era (debate_id, key, label, event_id, ord) VALUES (?, ?, ?, ?, ?)"),
                              {m_debateId, e.key, e.label, m_events[e.event], ord++});
            !done)
            return done;
    }
    return success();
}

} // namespace standpoint::pack
