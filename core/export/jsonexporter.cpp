// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/export/jsonexporter.h"

#include "core/sqlite/query.h"

#include <QJsonArray>

namespace standpoint::exporting {

namespace {

using sql::Statement;

// Builds one debate's part of the export; every method fails fast on the first SQL error.
class DebateExporter
{
public:
    DebateExporter(sql::Connection &db, qint64 debateId) : m_db(db), m_debate(debateId) {}

    Result<QJsonObject> build(QJsonObject debate)
    {
        QJsonObject counts;
        for (auto section : {&DebateExporter::documents, &DebateExporter::positions, &DebateExporter::speakers,
                             &DebateExporter::themes, &DebateExporter::questions, &DebateExporter::stances,
                             &DebateExporter::claims, &DebateExporter::events, &DebateExporter::series,
                             &DebateExporter::references, &DebateExporter::notFigures}) {
            auto part = (this->*section)();
            if (!part)
                return part.error();
            debate.insert(part->first, part->second);
            counts.insert(part->first, part->second.size());
        }
        qint64 points = 0;
        for (const QJsonValue &s : debate.value(QLatin1String("series")).toArray())
            points += s.toObject().value(QLatin1String("points")).toArray().size();
        counts.insert(QStringLiteral("data_points"), points);
        debate.insert(QStringLiteral("counts"), counts);
        return debate;
    }

private:
    using Section = Result<std::pair<QString, QJsonArray>>;

    Result<QJsonArray> list(const QString &query, const QVariantList &values, int column = 0)
    {
        QJsonArray out;
        if (Status done = sql::forEachRow(m_db, query, values, [&](const Statement &s) { out << s.text(column); }); !done)
            return done.error();
        return out;
    }

    // `query` selects d.key, q.start, q.end, q.text of the owner's quotes in order.
    Result<QJsonArray> quotes(const QString &query, qint64 id)
    {
        QJsonArray out;
        if (Status done = sql::forEachRow(m_db, query, {id}, [&](const Statement &s) { out << quote(s, 0); }); !done)
            return done.error();
        return out;
    }

    static QJsonObject quote(const Statement &s, int first)
    {
        return QJsonObject{{QStringLiteral("document"), s.text(first)},
                           {QStringLiteral("start"), s.integer(first + 1)},
                           {QStringLiteral("end"), s.integer(first + 2)},
                           {QStringLiteral("text"), s.text(first + 3)}};
    }

    static void voice(QJsonObject &o, const Statement &s, int positionColumn, int speakerColumn)
    {
        if (!s.isNull(positionColumn))
            o.insert(QStringLiteral("position"), s.text(positionColumn));
        if (!s.isNull(speakerColumn))
            o.insert(QStringLiteral("speaker"), s.text(speakerColumn));
    }

    // Runs a query over the debate's rows, and for each row builds an object, then lets fill() add lists.
    template<typename Make, typename Fill>
    Section rows(const QString &name, const QString &query, Make make, Fill fill)
    {
        QList<std::pair<qint64, QJsonObject>> built;
        if (Status done = sql::forEachRow(m_db, query, {m_debate},
                                          [&](const Statement &s) { built << std::pair{s.integer(0), make(s)}; });
            !done)
            return done.error();
        QJsonArray out;
        for (auto &[id, o] : built) {
            if (Status done = fill(id, o); !done)
                return done.error();
            out << o;
        }
        return std::pair{name, out};
    }

    Section documents()
    {
        return rows(
            QStringLiteral("documents"),
            QStringLiteral("SELECT d.id, d.key, d.title, d.subtitle, d.publisher, d.kind, d.series, d.date_text, "
                           "d.date_precision, d.address, d.source_file, r.key, d.cleaned_text, d.origin "
                           "FROM document d LEFT JOIN document r ON r.id = d.revision_of WHERE d.debate_id = ? ORDER BY d.id"),
            [](const Statement &s) {
                QJsonObject o{{QStringLiteral("id"), s.text(1)},          {QStringLiteral("title"), s.text(2)},
                              {QStringLiteral("subtitle"), s.text(3)},    {QStringLiteral("publisher"), s.text(4)},
                              {QStringLiteral("kind"), s.text(5)},        {QStringLiteral("series"), s.text(6)},
                              {QStringLiteral("date"), s.text(7)},        {QStringLiteral("date_precision"), s.text(8)},
                              {QStringLiteral("address"), s.text(9)},     {QStringLiteral("source_file"), s.text(10)},
                              {QStringLiteral("cleaned_text"), s.text(12)}, {QStringLiteral("origin"), s.text(13)}};
                if (!s.isNull(11))
                    o.insert(QStringLiteral("revision_of"), s.text(11));
                return o;
            },
            [&](qint64 id, QJsonObject &o) -> Status {
                auto authors = list(QStringLiteral("SELECT name FROM document_author WHERE document_id = ? ORDER BY ord"), {id});
                auto caveats = list(QStringLiteral("SELECT text FROM document_caveat WHERE document_id = ? ORDER BY ord"), {id});
                if (!authors || !caveats)
                    return Error{authors ? caveats.message() : authors.message()};
                o.insert(QStringLiteral("authors"), *authors);
                o.insert(QStringLiteral("caveats"), *caveats);
                QJsonArray removed;
                if (Status done = sql::forEachRow(
                        m_db,
                        QStringLiteral("SELECT rule, why, received_start, received_end, text FROM removed_span "
                                       "WHERE document_id = ? ORDER BY received_start"),
                        {id},
                        [&](const Statement &s) {
                            removed << QJsonObject{{QStringLiteral("rule"), s.text(0)},
                                                   {QStringLiteral("why"), s.text(1)},
                                                   {QStringLiteral("received_start"), s.integer(2)},
                                                   {QStringLiteral("received_end"), s.integer(3)},
                                                   {QStringLiteral("text"), s.text(4)}};
                        });
                    !done)
                    return done;
                o.insert(QStringLiteral("removed"), removed);
                QJsonArray paragraphs;
                if (Status done = sql::forEachRow(
                        m_db,
                        QStringLiteral("SELECT p.start, p.end, p.kind, s.key FROM paragraph p LEFT JOIN speaker s ON "
                                       "s.id = p.speaker_id WHERE p.document_id = ? ORDER BY p.ord"),
                        {id},
                        [&](const Statement &s) {
                            QJsonObject p{{QStringLiteral("start"), s.integer(0)},
                                          {QStringLiteral("end"), s.integer(1)},
                                          {QStringLiteral("kind"), s.text(2)}};
                            if (!s.isNull(3))
                                p.insert(QStringLiteral("speaker"), s.text(3));
                            paragraphs << p;
                        });
                    !done)
                    return done;
                o.insert(QStringLiteral("paragraphs"), paragraphs);
                return success();
            });
    }

    Section positions()
    {
        return rows(
            QStringLiteral("positions"),
            QStringLiteral("SELECT id, key, label, summary, cited_only FROM position WHERE debate_id = ? ORDER BY ord"),
            [](const Statement &s) {
                return QJsonObject{{QStringLiteral("id"), s.text(1)},
                                   {QStringLiteral("label"), s.text(2)},
                                   {QStringLiteral("summary"), s.text(3)},
                                   {QStringLiteral("cited_only"), s.integer(4) != 0}};
            },
            [&](qint64 id, QJsonObject &o) -> Status {
                const QString docs = QStringLiteral("SELECT d.key FROM position_document pd JOIN document d ON "
                                                    "d.id = pd.document_id WHERE pd.position_id = ? AND pd.relation = ? "
                                                    "ORDER BY d.id");
                auto authored = list(docs, {id, QStringLiteral("author")});
                auto cited = list(docs, {id, QStringLiteral("cited_in")});
                auto speakers = list(QStringLiteral("SELECT key FROM speaker WHERE position_id = ? ORDER BY ord"), {id});
                if (!authored || !cited || !speakers)
                    return Error{!authored ? authored.message() : !cited ? cited.message() : speakers.message()};
                o.insert(QStringLiteral("documents"), *authored);
                o.insert(QStringLiteral("cited_in"), *cited);
                o.insert(QStringLiteral("speakers"), *speakers);
                return success();
            });
    }

    Section speakers()
    {
        return rows(
            QStringLiteral("speakers"),
            QStringLiteral("SELECT s.id, s.key, s.name, s.role, s.affiliation, d.key, p.key FROM speaker s "
                           "JOIN document d ON d.id = s.document_id LEFT JOIN position p ON p.id = s.position_id "
                           "WHERE s.debate_id = ? ORDER BY s.ord"),
            [](const Statement &s) {
                QJsonObject o{{QStringLiteral("id"), s.text(1)},          {QStringLiteral("name"), s.text(2)},
                              {QStringLiteral("role"), s.text(3)},        {QStringLiteral("affiliation"), s.text(4)},
                              {QStringLiteral("document"), s.text(5)}};
                if (!s.isNull(6))
                    o.insert(QStringLiteral("position"), s.text(6));
                return o;
            },
            [&](qint64 id, QJsonObject &o) -> Status {
                QJsonArray turns;
                Status done = sql::forEachRow(
                    m_db, QStringLiteral("SELECT start, end FROM speaker_span WHERE speaker_id = ? ORDER BY start"), {id},
                    [&](const Statement &s) {
                        turns << QJsonObject{{QStringLiteral("start"), s.integer(0)}, {QStringLiteral("end"), s.integer(1)}};
                    });
                o.insert(QStringLiteral("turns"), turns);
                return done;
            });
    }

    Section themes()
    {
        return rows(
            QStringLiteral("themes"),
            QStringLiteral("SELECT id, key, label, description FROM theme WHERE debate_id = ? ORDER BY ord"),
            [](const Statement &s) {
                return QJsonObject{{QStringLiteral("id"), s.text(1)},
                                   {QStringLiteral("label"), s.text(2)},
                                   {QStringLiteral("description"), s.text(3)}};
            },
            [](qint64, QJsonObject &) { return success(); });
    }

    // `query` selects the owner's theme keys in order.
    Status themeList(const QString &query, qint64 id, QJsonObject &o)
    {
        auto themes = list(query, {id});
        if (!themes)
            return themes.error();
        o.insert(QStringLiteral("themes"), *themes);
        return success();
    }

    Status quoteList(const QString &query, qint64 id, QJsonObject &o)
    {
        auto q = quotes(query, id);
        if (!q)
            return q.error();
        o.insert(QStringLiteral("quotes"), *q);
        return success();
    }

    Section questions()
    {
        return rows(
            QStringLiteral("questions"),
            QStringLiteral("SELECT id, key, text, yes_label, no_label FROM question WHERE debate_id = ? ORDER BY ord"),
            [](const Statement &s) {
                return QJsonObject{{QStringLiteral("id"), s.text(1)},
                                   {QStringLiteral("text"), s.text(2)},
                                   {QStringLiteral("yes"), s.text(3)},
                                   {QStringLiteral("no"), s.text(4)}};
            },
            [&](qint64 id, QJsonObject &o) {
                return themeList(QStringLiteral("SELECT t.key FROM question_theme l JOIN theme t ON t.id = l.theme_id WHERE l.question_id = ? ORDER BY t.ord"), id, o);
            });
    }

    Section stances()
    {
        return rows(
            QStringLiteral("stances"),
            QStringLiteral("SELECT st.id, q.key, p.key, sp.key, st.value, st.paraphrase FROM stance st "
                           "JOIN question q ON q.id = st.question_id LEFT JOIN position p ON p.id = st.position_id "
                           "LEFT JOIN speaker sp ON sp.id = st.speaker_id WHERE q.debate_id = ? ORDER BY q.ord, st.id"),
            [](const Statement &s) {
                QJsonObject o{{QStringLiteral("question"), s.text(1)},
                              {QStringLiteral("value"), s.text(4)},
                              {QStringLiteral("paraphrase"), s.text(5)}};
                voice(o, s, 2, 3);
                return o;
            },
            [&](qint64 id, QJsonObject &o) {
                return quoteList(QStringLiteral("SELECT d.key, q.start, q.end, q.text FROM stance_quote l JOIN quote q ON q.id = l.quote_id "
                                                         "JOIN document d ON d.id = q.document_id WHERE l.stance_id = ? ORDER BY l.ord"), id, o);
            });
    }

    Section claims()
    {
        return rows(
            QStringLiteral("claims"),
            QStringLiteral("SELECT c.id, c.key, p.key, sp.key, c.paraphrase FROM claim c LEFT JOIN position p ON "
                           "p.id = c.position_id LEFT JOIN speaker sp ON sp.id = c.speaker_id WHERE c.debate_id = ? "
                           "ORDER BY c.ord"),
            [](const Statement &s) {
                QJsonObject o{{QStringLiteral("id"), s.text(1)}, {QStringLiteral("paraphrase"), s.text(4)}};
                voice(o, s, 2, 3);
                return o;
            },
            [&](qint64 id, QJsonObject &o) -> Status {
                if (Status done = themeList(QStringLiteral("SELECT t.key FROM claim_theme l JOIN theme t ON t.id = l.theme_id WHERE l.claim_id = ? ORDER BY t.ord"), id, o); !done)
                    return done;
                return quoteList(QStringLiteral("SELECT d.key, q.start, q.end, q.text FROM claim_quote l JOIN quote q ON q.id = l.quote_id "
                                                         "JOIN document d ON d.id = q.document_id WHERE l.claim_id = ? ORDER BY l.ord"), id, o);
            });
    }

    Section events()
    {
        return rows(
            QStringLiteral("events"),
            QStringLiteral("SELECT id, key, title, description, date_text, date_precision, end_text, end_precision "
                           "FROM event WHERE debate_id = ? ORDER BY sort_start, key"),
            [](const Statement &s) {
                QJsonObject o{{QStringLiteral("id"), s.text(1)},          {QStringLiteral("title"), s.text(2)},
                              {QStringLiteral("description"), s.text(3)}, {QStringLiteral("date"), s.text(4)},
                              {QStringLiteral("date_precision"), s.text(5)}};
                if (!s.isNull(6)) {
                    o.insert(QStringLiteral("end"), s.text(6));
                    o.insert(QStringLiteral("end_precision"), s.text(7));
                }
                return o;
            },
            [&](qint64 id, QJsonObject &o) -> Status {
                if (Status done = themeList(QStringLiteral("SELECT t.key FROM event_theme l JOIN theme t ON t.id = l.theme_id WHERE l.event_id = ? ORDER BY t.ord"), id, o); !done)
                    return done;
                return quoteList(QStringLiteral("SELECT d.key, q.start, q.end, q.text FROM event_quote l JOIN quote q ON q.id = l.quote_id "
                                                         "JOIN document d ON d.id = q.document_id WHERE l.event_id = ? ORDER BY l.ord"), id, o);
            });
    }

    Section series()
    {
        return rows(
            QStringLiteral("series"),
            QStringLiteral("SELECT s.id, s.key, s.title, s.measure, s.unit, r.key, s.compare_mode FROM series s "
                           "LEFT JOIN reference_series r ON r.id = s.compare_to WHERE s.debate_id = ? ORDER BY s.ord"),
            [](const Statement &s) {
                QJsonObject o{{QStringLiteral("id"), s.text(1)},
                              {QStringLiteral("title"), s.text(2)},
                              {QStringLiteral("measure"), s.text(3)},
                              {QStringLiteral("unit"), s.text(4)}};
                if (!s.isNull(5)) {
                    o.insert(QStringLiteral("compare_to"), s.text(5));
                    o.insert(QStringLiteral("compare"), s.text(6));
                }
                return o;
            },
            [&](qint64 id, QJsonObject &o) -> Status {
                QJsonArray points;
                Status done = sql::forEachRow(
                    m_db,
                    QStringLiteral("SELECT p.period, p.value, p.kind, p.approx, p.label, p.note, sp.key, d.key, q.start, "
                                   "q.end, q.text FROM data_point p JOIN quote q ON q.id = p.quote_id JOIN document d ON "
                                   "d.id = q.document_id LEFT JOIN speaker sp ON sp.id = p.speaker_id "
                                   "WHERE p.series_id = ? ORDER BY p.ord"),
                    {id}, [&](const Statement &s) {
                        QJsonObject p{{QStringLiteral("period"), s.text(0)}, {QStringLiteral("value"), s.real(1)},
                                      {QStringLiteral("kind"), s.text(2)},   {QStringLiteral("approx"), s.integer(3) != 0},
                                      {QStringLiteral("label"), s.text(4)},  {QStringLiteral("note"), s.text(5)},
                                      {QStringLiteral("quote"), quote(s, 7)}};
                        if (!s.isNull(6))
                            p.insert(QStringLiteral("speaker"), s.text(6));
                        points << p;
                    });
                o.insert(QStringLiteral("points"), points);
                return done;
            });
    }

    Section references()
    {
        return rows(
            QStringLiteral("references"),
            QStringLiteral("SELECT id, key, title, unit, citation, source_file FROM reference_series WHERE debate_id = ? "
                           "ORDER BY id"),
            [](const Statement &s) {
                return QJsonObject{{QStringLiteral("id"), s.text(1)},
                                   {QStringLiteral("title"), s.text(2)},
                                   {QStringLiteral("unit"), s.text(3)},
                                   {QStringLiteral("citation"), s.text(4)},
                                   {QStringLiteral("source_file"), s.text(5)}};
            },
            [&](qint64 id, QJsonObject &o) -> Status {
                QJsonArray points;
                Status done = sql::forEachRow(
                    m_db,
                    QStringLiteral("SELECT period, value, change_pct, status, source FROM reference_point "
                                   "WHERE reference_id = ? ORDER BY period"),
                    {id}, [&](const Statement &s) {
                        QJsonObject p{{QStringLiteral("period"), s.text(0)},
                                      {QStringLiteral("value"), s.real(1)},
                                      {QStringLiteral("status"), s.text(3)},
                                      {QStringLiteral("source"), s.text(4)}};
                        if (!s.isNull(2))
                            p.insert(QStringLiteral("change_pct"), s.real(2));
                        points << p;
                    });
                o.insert(QStringLiteral("points"), points);
                return done;
            });
    }

    Section notFigures()
    {
        return rows(
            QStringLiteral("not_figures"),
            QStringLiteral("SELECT n.id, n.why, d.key, q.start, q.end, q.text FROM not_figure n JOIN quote q ON "
                           "q.id = n.quote_id JOIN document d ON d.id = q.document_id WHERE d.debate_id = ? ORDER BY n.id"),
            [](const Statement &s) {
                return QJsonObject{{QStringLiteral("why"), s.text(1)}, {QStringLiteral("quote"), quote(s, 2)}};
            },
            [](qint64, QJsonObject &) { return success(); });
    }

    sql::Connection &m_db;
    qint64 m_debate;
};

} // namespace

Result<QJsonObject> exportStore(sql::Connection &db)
{
    auto version = db.userVersion();
    if (!version)
        return version.error();
    QList<std::pair<qint64, QJsonObject>> debates;
    if (Status done = sql::forEachRow(db, QStringLiteral("SELECT id, key, title, summary FROM debate ORDER BY id"), {},
                                      [&](const Statement &s) {
                                          debates << std::pair{s.integer(0),
                                                               QJsonObject{{QStringLiteral("id"), s.text(1)},
                                                                           {QStringLiteral("title"), s.text(2)},
                                                                           {QStringLiteral("summary"), s.text(3)}}};
                                      });
        !done)
        return done.error();
    QJsonArray out;
    for (const auto &[id, head] : debates) {
        auto debate = DebateExporter(db, id).build(head);
        if (!debate)
            return debate.error();
        out << *debate;
    }
    return QJsonObject{{QStringLiteral("format"), QStringLiteral("standpoint-export")},
                       {QStringLiteral("format_version"), 1},
                       {QStringLiteral("schema_version"), *version},
                       {QStringLiteral("offsets"), QStringLiteral("utf16")},
                       {QStringLiteral("debates"), out}};
}

} // namespace standpoint::exporting
