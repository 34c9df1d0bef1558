// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/timeline/timelinedata.h"

#include "core/sqlite/query.h"
#include "core/text/sourcename.h"

#include <QCoreApplication>
#include <QDate>
#include <QHash>
#include <QLocale>

namespace standpoint::timeline {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Timeline) };

// Month names and date order follow the translation (English without one), not the system's locale.
QLocale dateLocale() { return QLocale(Tr::tr("en", "the locale whose month names dates use, such as de")); }

QString readable(const QString &date, const QString &precision)
{
    if (precision == QLatin1String("day"))
        return dateLocale().toString(QDate::fromString(date, Qt::ISODate), Tr::tr("d MMM yyyy", "a day, in QDate format"));
    if (precision == QLatin1String("month"))
        return dateLocale().toString(QDate::fromString(date + QStringLiteral("-01"), Qt::ISODate),
                                     Tr::tr("MMM yyyy", "a month, in QDate format"));
    if (precision == QLatin1String("century")) {
        const int c = date.chopped(1).toInt();
        return c % 10 == 1 && c != 11   ? Tr::tr("%1st century").arg(c)
               : c % 10 == 2 && c != 12 ? Tr::tr("%1nd century").arg(c)
               : c % 10 == 3 && c != 13 ? Tr::tr("%1rd century").arg(c)
                                        : Tr::tr("%1th century").arg(c);
    }
    return date;
}

} // namespace

QString TimelineEvent::dateLabel() const
{
    const QString from = readable(date, precision);
    return endDate.isEmpty() ? from : from + QStringLiteral("–") + readable(endDate, endPrecision);
}

Result<TimelineData> readTimeline(sql::Connection &db)
{
    TimelineData data;
    qint64 debateId = 0;
    Status done = sql::forEachRow(db, QStringLiteral("SELECT id, title FROM debate ORDER BY id LIMIT 1"), {},
                                  [&](const sql::Statement &s) {
                                      debateId = s.integer(0);
                                      data.title = s.text(1);
                                  });
    if (!done)
        return done.error();
    if (debateId == 0)
        return Error{Tr::tr("The store holds no debate yet")};

    // Which voices wrote each document, and which speaker owns which span.
    QHash<qint64, QStringList> authors;
    done = sql::forEachRow(db,
                           QStringLiteral("SELECT pd.document_id, 'position:' || p.key FROM position_document pd JOIN "
                                          "position p ON p.id = pd.position_id WHERE pd.relation = 'author'"),
                           {}, [&](const sql::Statement &s) { authors[s.integer(0)] << s.text(1); });
    if (!done)
        return done.error();
    struct Turn
    {
        qint64 document, start, end;
        QString voice;
    };
    QList<Turn> turns;
    done = sql::forEachRow(db,
                           QStringLiteral("SELECT sp.document_id, t.start, t.end, 'speaker:' || sp.key FROM speaker_span t "
                                          "JOIN speaker sp ON sp.id = t.speaker_id"),
                           {}, [&](const sql::Statement &s) {
                               turns << Turn{s.integer(0), s.integer(1), s.integer(2), s.text(3)};
                           });
    if (!done)
        return done.error();

    QHash<qint64, qsizetype> index;
    done = sql::forEachRow(
        db,
        QStringLiteral("SELECT id, key, title, description, date_text, date_precision, coalesce(end_text, ''), "
                       "coalesce(end_precision, ''), sort_start, sort_end FROM event WHERE debate_id = ? "
                       "ORDER BY sort_start, sort_end, key"),
        {debateId}, [&](const sql::Statement &s) {
            TimelineEvent e;
            e.id = s.integer(0);
            e.key = s.text(1);
            e.title = s.text(2);
            e.description = s.text(3);
            e.date = s.text(4);
            e.precision = s.text(5);
            e.endDate = s.text(6);
            e.endPrecision = s.text(7);
            e.start = s.real(8);
            e.finish = s.real(9);
            index.insert(s.integer(0), data.events.size());
            data.events << e;
        });
    if (!done)
        return done.error();
    done = sql::forEachRow(db,
                           QStringLiteral("SELECT et.event_id, t.key FROM event_theme et JOIN theme t ON t.id = et.theme_id "
                                          "ORDER BY t.ord"),
                           {}, [&](const sql::Statement &s) {
                               if (index.contains(s.integer(0)))
                                   data.events[index[s.integer(0)]].themes << s.text(1);
                           });
    if (!done)
        return done.error();
    done = sql::forEachRow(
        db,
        QStringLiteral("SELECT eq.event_id, d.id, d.key, d.title, q.start, q.end, q.text, "
                       "coalesce((SELECT group_concat(name, '|') FROM (SELECT name FROM document_author a "
                       "WHERE a.document_id = d.id ORDER BY a.ord)), ''), d.publisher, d.date_text "
                       "FROM event_quote eq JOIN quote q ON q.id = eq.quote_id JOIN document d ON d.id = q.document_id "
                       "ORDER BY eq.event_id, eq.ord"),
        {}, [&](const sql::Statement &s) {
            if (!index.contains(s.integer(0)))
                return;
            TimelineEvent &e = data.events[index[s.integer(0)]];
            TimelineQuote q{s.integer(1), s.text(2), s.text(3),
                            text::shortSourceName(s.text(7).split(QLatin1Char('|'), Qt::SkipEmptyParts), s.text(8), s.text(9)),
                            s.integer(4), s.integer(5), s.text(6), authors.value(s.integer(1))};
            for (const Turn &t : turns) {
                if (t.document == q.documentId && t.start <= q.start && q.end <= t.end)
                    q.lanes << t.voice;
            }
            for (const QString &voice : q.lanes) {
                if (!e.lanes.contains(voice))
                    e.lanes << voice;
            }
            e.quotes << q;
        });
    if (!done)
        return done.error();

    // Lanes in the debate's order: each position, then its speakers; only those that cite something.
    QStringList used;
    for (const TimelineEvent &e : data.events)
        used << e.lanes;
    QList<std::tuple<qint64, QString, QString>> positions;
    done = sql::forEachRow(db, QStringLiteral("SELECT id, key, label FROM position WHERE debate_id = ? ORDER BY ord"),
                           {debateId}, [&](const sql::Statement &s) { positions << std::tuple{s.integer(0), s.text(1), s.text(2)}; });
    if (!done)
        return done.error();
    for (const auto &[id, key, label] : positions) {
        if (used.contains(QStringLiteral("position:") + key))
            data.lanes << Lane{QStringLiteral("position:") + key, label, false};
        done = sql::forEachRow(db, QStringLiteral("SELECT key, name FROM speaker WHERE position_id = ? ORDER BY ord"), {id},
                               [&](const sql::Statement &s) {
                                   if (used.contains(QStringLiteral("speaker:") + s.text(0)))
                                       data.lanes << Lane{QStringLiteral("speaker:") + s.text(0), s.text(1), true};
                               });
        if (!done)
            return done.error();
    }
    done = sql::forEachRow(db,
                           QStringLiteral("SELECT e.key, e.label, v.key, v.sort_start, v.sort_end FROM era e "
                                          "JOIN event v ON v.id = e.event_id WHERE e.debate_id = ? ORDER BY e.ord"),
                           {debateId}, [&](const sql::Statement &s) {
                               data.eras << Era{s.text(0), s.text(1), s.text(2), s.real(3), s.real(4)};
                           });
    if (!done)
        return done.error();
    done = sql::forEachRow(db, QStringLiteral("SELECT key, label FROM theme WHERE debate_id = ? ORDER BY ord"), {debateId},
                           [&](const sql::Statement &s) { data.themes << ThemeName{s.text(0), s.text(1)}; });
    if (!done)
        return done.error();
    return data;
}

QList<int> visibleEvents(const TimelineData &data, const TimelineFilter &filter)
{
    QList<int> out;
    for (qsizetype i = 0; i < data.events.size(); ++i) {
        const TimelineEvent &e = data.events[i];
        if (e.finish <= filter.from || e.start >= filter.to)
            continue;
        if (!filter.theme.isEmpty() && !e.themes.contains(filter.theme))
            continue;
        if (!filter.lanes.isEmpty()
            && std::none_of(e.lanes.begin(), e.lanes.end(), [&](const QString &l) { return filter.lanes.contains(l); }))
            continue;
        if (!filter.text.trimmed().isEmpty()) {
            const QStringList words = filter.text.split(QLatin1Char(' '), Qt::SkipEmptyParts);
            const QString haystack = e.title + QLatin1Char(' ') + e.description + QLatin1Char(' ') + e.dateLabel();
            if (!std::all_of(words.begin(), words.end(), [&](const QString &w) { return haystack.contains(w, Qt::CaseInsensitive); }))
                continue;
        }
        out << int(i);
    }
    return out;
}

QString sourceLine(const TimelineData &data, const QList<int> &events, const QStringList &lanes)
{
    QStringList names;
    for (int i : events) {
        for (const TimelineQuote &q : data.events[i].quotes) {
            if (!lanes.isEmpty() && std::none_of(q.lanes.begin(), q.lanes.end(), [&](const QString &l) { return lanes.contains(l); }))
                continue;
            const QString name = QStringLiteral("%1, “%2”").arg(q.sourceName, q.documentTitle);
            if (!names.contains(name))
                names << name;
        }
    }
    if (names.isEmpty())
        return Tr::tr("No event falls in this range and these lanes.");
    return Tr::tr("Sources: %1").arg(names.join(QStringLiteral("; ")));
}

Result<QStringList> resolveLanes(const TimelineData &data, const QStringList &wanted)
{
    QStringList out;
    for (const QString &w : wanted) {
        const auto it = std::find_if(data.lanes.begin(), data.lanes.end(), [&](const Lane &l) {
            return l.key == w || l.key == QStringLiteral("position:") + w || l.key == QStringLiteral("speaker:") + w;
        });
        if (it == data.lanes.end()) {
            QStringList known;
            for (const Lane &l : data.lanes)
                known << l.key.section(QLatin1Char(':'), 1);
            return Error{Tr::tr("No lane \"%1\" on the timeline; lanes: %2").arg(w, known.join(QStringLiteral(", ")))};
        }
        out << it->key;
    }
    return out;
}

} // namespace standpoint::timeline
