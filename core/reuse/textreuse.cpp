// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/reuse/textreuse.h"

#include "core/sqlite/query.h"

#include <QCoreApplication>
#include <QHash>
#include <QMap>

#include <algorithm>

namespace standpoint::reuse {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(TextReuse) };

// A shingle shared by more documents than this is a stock phrase, not reuse.
constexpr int kCommonShingle = 12;

struct Sentence
{
    int document = 0; // index into the documents list
    qint64 start = 0, end = 0;
    QStringList words;
};

struct Document
{
    qint64 id = 0;
    QString key, title, text;
    int words = 0;
    QList<int> sentences; // indexes into the sentences list, in order
};

QList<size_t> shingles(const QStringList &words)
{
    QStringList plain;
    for (const QString &w : words) {
        const QString n = check::normalizedWord(w);
        if (!n.isEmpty())
            plain << n;
    }
    QList<size_t> out;
    for (qsizetype i = 0; i + 3 <= plain.size(); ++i)
        out << qHash(plain[i] + QLatin1Char(' ') + plain[i + 1] + QLatin1Char(' ') + plain[i + 2]);
    return out;
}

struct Match
{
    int a = 0, b = 0; // sentence indexes
    double similarity = 0;
};

class Finder
{
public:
    Finder(sql::Connection &db, const ReuseOptions &options) : m_db(db), m_options(options) {}

    Result<QList<ReusePair>> run()
    {
        if (Status loaded = load(); !loaded)
            return loaded.error();
        QHash<size_t, QList<int>> postings;
        for (int s = 0; s < m_sentences.size(); ++s) {
            if (m_sentences[s].words.size() < m_options.minWords)
                continue;
            for (size_t h : shingles(m_sentences[s].words)) {
                QList<int> &list = postings[h];
                if (list.isEmpty() || list.last() != s)
                    list << s;
            }
        }
        // For each sentence, the sentences of later documents it shares shingles with, and how many.
        QMap<std::pair<int, int>, int> shared;
        for (const QList<int> &list : std::as_const(postings)) {
            QList<int> docs;
            for (int s : list) {
                if (!docs.contains(m_sentences[s].document))
                    docs << m_sentences[s].document;
            }
            if (docs.size() < 2 || docs.size() > kCommonShingle)
                continue;
            for (qsizetype i = 0; i < list.size(); ++i)
                for (qsizetype j = i + 1; j < list.size(); ++j)
                    if (m_sentences[list[i]].document != m_sentences[list[j]].document)
                        ++shared[{list[i], list[j]}];
        }
        // Best partner per sentence and other document.
        QMap<std::pair<int, int>, Match> best; // (sentence in A, document B) → match
        for (auto it = shared.cbegin(); it != shared.cend(); ++it) {
            if (it.value() < 2)
                continue;
            const int a = it.key().first, b = it.key().second;
            const double sim = check::similarity(m_sentences[a].words, m_sentences[b].words);
            if (sim < m_options.minSimilarity)
                continue;
            Match &m = best[{a, m_sentences[b].document}];
            if (sim > m.similarity)
                m = Match{a, b, sim};
        }
        QMap<std::pair<int, int>, QList<Match>> byPair;
        for (const Match &m : std::as_const(best))
            byPair[{m_sentences[m.a].document, m_sentences[m.b].document}] << m;
        QList<ReusePair> pairs;
        for (auto it = byPair.cbegin(); it != byPair.cend(); ++it)
            pairs << pairOf(it.key().first, it.key().second, it.value());
        std::stable_sort(pairs.begin(), pairs.end(), [](const ReusePair &x, const ReusePair &y) { return x.overlap > y.overlap; });
        return pairs;
    }

private:
    Status load()
    {
        if (!m_options.documents.isEmpty() && m_options.documents.size() != 2)
            return Error{Tr::tr("Name two documents to compare, or none for every pair")};
        if (Status done = sql::forEachRow(m_db, QStringLiteral("SELECT id, key, title, cleaned_text FROM document ORDER BY id"), {},
                                          [&](const sql::Statement &s) {
                                              if (!m_options.documents.isEmpty() && !m_options.documents.contains(s.text(1)))
                                                  return;
                                              m_index.insert(s.integer(0), int(m_documents.size()));
                                              m_documents.append({s.integer(0), s.text(1), s.text(2), s.text(3), 0, {}});
                                          });
            !done)
            return done;
        for (const QString &key : m_options.documents) {
            if (std::none_of(m_documents.begin(), m_documents.end(), [&](const Document &d) { return d.key == key; }))
                return Error{Tr::tr("There is no document \"%1\"; `standpoint-cli export-json` lists them").arg(key)};
        }
        if (m_options.documents.size() == 2 && m_options.documents[0] == m_options.documents[1])
            return Error{Tr::tr("Name two different documents, not \"%1\" twice").arg(m_options.documents[0])};
        return sql::forEachRow(m_db, QStringLiteral("SELECT p.document_id, s.value ->> 0, s.value ->> 1 FROM paragraph p, "
                                                    "json_each(p.sentences) s ORDER BY p.document_id, p.ord, s.key"),
                               {}, [&](const sql::Statement &s) {
                                   const auto it = m_index.constFind(s.integer(0));
                                   if (it == m_index.constEnd())
                                       return;
                                   Document &doc = m_documents[*it];
                                   Sentence sentence{*it, s.integer(1), s.integer(2), {}};
                                   sentence.words = check::words(doc.text.mid(sentence.start, sentence.end - sentence.start));
                                   doc.words += int(sentence.words.size());
                                   doc.sentences << int(m_sentences.size());
                                   m_sentences << sentence;
                               });
    }

    QString span(int document, qint64 start, qint64 end) const { return m_documents[document].text.mid(start, end - start); }

    ReusePair pairOf(int a, int b, QList<Match> matches) const
    {
        std::sort(matches.begin(), matches.end(), [](const Match &x, const Match &y) { return x.a < y.a; });
        const Document &da = m_documents[a], &db = m_documents[b];
        ReusePair pair{da.key, db.key, da.title, db.title, 0, 0, {}};
        // Neighbouring sentences matched to neighbouring sentences make one passage.
        QList<QList<Match>> runs;
        for (const Match &m : matches) {
            if (!runs.isEmpty()) {
                const Match &last = runs.last().last();
                if (da.sentences.indexOf(m.a) == da.sentences.indexOf(last.a) + 1
                    && db.sentences.indexOf(m.b) == db.sentences.indexOf(last.b) + 1) {
                    runs.last() << m;
                    continue;
                }
            }
            runs.append({m});
        }
        double weighted = 0;
        for (const QList<Match> &run : runs) {
            SharedPassage p;
            p.startA = m_sentences[run.first().a].start;
            p.endA = m_sentences[run.last().a].end;
            p.startB = m_sentences[run.first().b].start;
            p.endB = m_sentences[run.last().b].end;
            p.textA = span(a, p.startA, p.endA);
            p.textB = span(b, p.startB, p.endB);
            const QStringList wa = check::words(p.textA), wb = check::words(p.textB);
            p.similarity = check::sameWording(wa, wb) ? 1.0 : check::similarity(wa, wb);
            p.words = int(wa.size());
            p.changes = check::diffWords(wa, wb);
            weighted += p.similarity * p.words;
            pair.changed += p.identical() ? 0 : 1;
            pair.passages << p;
        }
        const int shorter = std::max(1, std::min(da.words, db.words));
        pair.overlap = std::min(1.0, weighted / shorter);
        return pair;
    }

    sql::Connection &m_db;
    const ReuseOptions &m_options;
    QList<Document> m_documents;
    QHash<qint64, int> m_index;
    QList<Sentence> m_sentences;
};

} // namespace

Result<QList<ReusePair>> findReuse(sql::Connection &db, const ReuseOptions &options)
{
    if (options.minSimilarity <= 0 || options.minSimilarity > 1)
        return Error{Tr::tr("The least similarity must be above 0 and at most 1, not %1").arg(options.minSimilarity)};
    return Finder(db, options).run();
}

} // namespace standpoint::reuse
