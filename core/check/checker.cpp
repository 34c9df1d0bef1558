// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/check/checker.h"

#include "core/sqlite/connection.h"
#include "core/sqlite/query.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <optional>

namespace standpoint::check {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Checker) };

Status checkIntegrity(sql::Connection &db, CheckReport &report)
{
    QStringList lines;
    Status done = sql::forEachRow(db, QStringLiteral("PRAGMA integrity_check"), {},
                                  [&](const sql::Statement &s) { lines << s.text(0); });
    report.integrity = lines.join(QStringLiteral("; "));
    return done;
}

// The search index keeps no copy of the text (schema 6): FTS5 compares every word it holds with the text
// it reads from the store, which a text changed behind the index's back fails. FTS5 runs that comparison
// only as an INSERT (it writes nothing), so a store opened read-only is checked through a connection of
// its own that may write; where the file cannot be written or is busy, the index is not checked, and the
// report says so rather than call it sound.
Status checkSearchIndex(sql::Connection &db, CheckReport &report)
{
    const auto skipped = [&report](const QString &why) {
        report.searchIndex = CheckReport::Outcome::Skipped;
        report.searchIndexSkipped = why;
        return success();
    };
    std::optional<sql::Connection> writable;
    sql::Connection *checking = &db;
    if (sqlite3_db_readonly(db.handle(), "main") == 1) {
        auto opened = sql::Connection::open(db.path(), sql::Connection::Mode::ReadWrite);
        if (!opened)
            return skipped(opened.message());
        writable.emplace(std::move(*opened));
        checking = &*writable;
    }
    const Status done = checking->exec(QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('integrity-check', 1)"));
    if (done) {
        report.searchIndex = CheckReport::Outcome::Passed;
        return success();
    }
    switch (done.error().code & 0xff) {
    case SQLITE_CORRUPT:
        report.searchIndex = CheckReport::Outcome::Failed;
        report.problems << Tr::tr("the search index does not match the text it indexes; a search may miss or misquote passages");
        return success();
    case SQLITE_READONLY:
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
    case SQLITE_CANTOPEN:
        return skipped(done.message());
    default:
        return done;
    }
}

Status checkQuotes(sql::Connection &db, CheckReport &report)
{
    return sql::forEachRow(
        db,
        QStringLiteral("SELECT q.id, d.key, q.start, q.end, q.text, d.cleaned_text "
                       "FROM quote q JOIN document d ON d.id = q.document_id ORDER BY q.id"),
        {}, [&](const sql::Statement &s) {
            ++report.quotesTotal;
            const qint64 start = s.integer(2), end = s.integer(3);
            const QString expected = s.text(4);
            const QString actual = s.text(5).mid(start, end - start);
            if (actual == expected)
                ++report.quotesVerified;
            else
                report.problems << Tr::tr("quote %1 in %2 at %3–%4 no longer matches: expected \"%5\", found \"%6\"")
                                       .arg(QString::number(s.integer(0)), s.text(1), QString::number(start),
                                            QString::number(end), expected, actual);
        });
}

Status checkStanceCells(sql::Connection &db, CheckReport &report)
{
    // Every question of a debate against every position and every speaker of that debate.
    return sql::forEachRow(
        db,
        QStringLiteral(
            "WITH voices AS ("
            "  SELECT debate_id, id AS position_id, NULL AS speaker_id, key FROM position "
            "  UNION ALL SELECT debate_id, NULL, id, key FROM speaker) "
            "SELECT q.key, v.key, (SELECT count(*) FROM stance s WHERE s.question_id = q.id AND "
            "  (s.position_id = v.position_id OR s.speaker_id = v.speaker_id)) "
            "FROM question q JOIN voices v ON v.debate_id = q.debate_id ORDER BY q.ord, v.key"),
        {}, [&](const sql::Statement &s) {
            ++report.stanceCells;
            if (s.integer(2) == 0)
                report.problems << Tr::tr("question %1 has no stance (nor \"not addressed\") for %2").arg(s.text(0), s.text(1));
        });
}

Status checkQuoted(sql::Connection &db, CheckReport &report)
{
    const QList<std::pair<QString, QString>> checks = {
        {Tr::tr("claim %1 has no quote"),
         QStringLiteral("SELECT key FROM claim c WHERE NOT EXISTS (SELECT 1 FROM claim_quote WHERE claim_id = c.id)")},
        {Tr::tr("event %1 has no quote"),
         QStringLiteral("SELECT key FROM event e WHERE NOT EXISTS (SELECT 1 FROM event_quote WHERE event_id = e.id)")},
        {Tr::tr("stance %1 takes a side with no quote"),
         QStringLiteral("SELECT q.key FROM stance s JOIN question q ON q.id = s.question_id WHERE s.value <> "
                        "'not_addressed' AND NOT EXISTS (SELECT 1 FROM stance_quote WHERE stance_id = s.id)")},
    };
    for (const auto &check : checks) {
        const QString &message = check.first;
        if (Status done = sql::forEachRow(db, check.second, {}, [&](const sql::Statement &s) {
                report.problems << message.arg(s.text(0));
            });
            !done)
            return done;
    }
    return success();
}

Status checkSpeakerQuotes(sql::Connection &db, CheckReport &report)
{
    // A quote credited to a speaker must lie inside one of that speaker's turns.
    return sql::forEachRow(
        db,
        QStringLiteral(
            "WITH credited AS ("
            "  SELECT c.speaker_id, cq.quote_id, 'claim ' || c.key AS what FROM claim c JOIN claim_quote cq ON "
            "    cq.claim_id = c.id WHERE c.speaker_id IS NOT NULL "
            "  UNION ALL SELECT s.speaker_id, sq.quote_id, 'stance on ' || q.key FROM stance s JOIN stance_quote sq ON "
            "    sq.stance_id = s.id JOIN question q ON q.id = s.question_id WHERE s.speaker_id IS NOT NULL "
            "  UNION ALL SELECT p.speaker_id, p.quote_id, 'data point ' || p.id FROM data_point p "
            "    WHERE p.speaker_id IS NOT NULL) "
            "SELECT c.what, sp.key, q.text FROM credited c JOIN quote q ON q.id = c.quote_id "
            "JOIN speaker sp ON sp.id = c.speaker_id "
            "WHERE q.document_id <> sp.document_id OR NOT EXISTS (SELECT 1 FROM speaker_span t WHERE "
            "  t.speaker_id = c.speaker_id AND t.start <= q.start AND q.end <= t.end)"),
        {}, [&](const sql::Statement &s) {
            report.problems << Tr::tr("%1 credits %2 with words outside their turns: \"%3\"").arg(s.text(0), s.text(1), s.text(2));
        });
}

} // namespace

Result<CheckReport> checkStore(sql::Connection &db)
{
    CheckReport report;
    for (auto step : {checkIntegrity, checkSearchIndex, checkQuotes, checkStanceCells, checkQuoted, checkSpeakerQuotes}) {
        if (Status done = step(db, report); !done)
            return done.error();
    }
    auto discrepancies = findDiscrepancies(db);
    if (!discrepancies)
        return discrepancies.error();
    report.discrepancies = *discrepancies;
    return report;
}

} // namespace standpoint::check
