// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/documentimporter.h"

#include "core/import/pendingimport.h"
#include "core/import/prepareahead.h"
#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"
#include "core/store/documenttext.h"
#include "core/text/partialdate.h"
#include "core/text/slug.h"

#include <QCoreApplication>
#include <QFileInfo>
#include <QHash>

#include <numeric>
#include <memory>
#include <optional>

namespace standpoint::importing {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(Import) };

// FTS5 keeps the terms of rows not yet written to the index in memory and writes them out as a new index
// segment each time they pass a size, 1 MB by default; segments are merged as they pile up. An import lets
// them grow to 32 MB, so that it adds one large segment rather than many small ones written, read back
// and merged again: an import of about 60 MB of text (10,000 documents here) becomes a single segment.
constexpr qint64 kDefaultIndexBuffer = 1 << 20;
constexpr qint64 kImportIndexBuffer = 32 << 20;

// After a bulk import the index is merged into one segment (FTS5's optimize) when it has come to be made
// of several large ones, as a larger import leaves it; every later search then reads one. The merge
// rewrites the whole index, so it is done only after an import that brought at least half the passages
// the store now holds, which keeps its cost a fraction of the import's; and only when a segment besides
// the largest holds at least a tenth of the index, since merging a few small segments into a large one
// costs a whole rewrite for nearly nothing (searches over one large and a few small segments measured
// within a few percent of searches over one).
constexpr qint64 kOptimizeWhenOneIn = 2;
constexpr qint64 kLargeSegmentOneIn = 10;

Status optimizeAfterBulk(sql::Connection &db, qint64 imported)
{
    // Paragraphs are never removed, so the largest id is their count, read from the end of the table
    // where count(*) would walk all of it (1.5 million rows at 100,000 documents, after every import).
    qint64 passages = 0;
    if (Status counted = sql::forEachRow(db, QStringLiteral("SELECT coalesce(max(id), 0) FROM paragraph"), {},
                                         [&](const sql::Statement &s) { passages = s.integer(0); });
        !counted)
        return counted;
    if (imported * kOptimizeWhenOneIn < passages)
        return success();
    // Each segment's size in leaf pages, from FTS5's layout on disk: the segments are listed in its
    // %_idx table, and leaf page p of segment s is row (s << 37) + p of its %_data table.
    QList<qint64> sizes;
    if (Status listed = sql::forEachRow(db, QStringLiteral(
            "SELECT (SELECT max(id) FROM search_index_data WHERE id BETWEEN s.segid << 37 AND (s.segid << 37) + 2147483647) "
            "- (s.segid << 37) AS pages FROM (SELECT DISTINCT segid FROM search_index_idx) s ORDER BY pages DESC"),
                                        {}, [&](const sql::Statement &s) { sizes << s.integer(0); });
        !listed)
        return listed;
    const qint64 total = std::accumulate(sizes.cbegin(), sizes.cend(), qint64(0));
    if (sizes.size() < 2 || sizes[1] * kLargeSegmentOneIn < total)
        return success();
    return db.exec(QStringLiteral("INSERT INTO search_index (search_index) VALUES ('optimize')"));
}

// Statements an import runs once or more per document, each prepared once.
Status run(sql::Connection &db, const QString &sql, const QVariantList &values)
{
    return sql::forEachCachedRow(db, sql, values, [](const sql::Statement &) {});
}

Status setIndexBuffer(sql::Connection &db, qint64 bytes)
{
    return run(db, QStringLiteral("INSERT INTO search_index (search_index, rank) VALUES ('hashsize', ?)"), {bytes});
}

Result<qint64> lookup(sql::Connection &db, const QString &sql, const QVariantList &values)
{
    qint64 id = 0;
    if (Status done = sql::forEachCachedRow(db, sql, values, [&](const sql::Statement &s) { id = s.integer(0); }); !done)
        return done.error();
    return id;
}

// A bulk import touches more of the store than SQLite's default 2 MB page cache holds, and would read its
// own pages back from the file over and over; it works with a 64 MB cache, and gives it back afterwards
// (the store's connections otherwise keep SQLite's default).
class LargerPageCache
{
public:
    explicit LargerPageCache(sql::Connection &db) : m_db(db) { (void)db.exec(QStringLiteral("PRAGMA cache_size = -65536")); }
    ~LargerPageCache() { (void)m_db.exec(QStringLiteral("PRAGMA cache_size = -2000")); }
    LargerPageCache(const LargerPageCache &) = delete;
    LargerPageCache &operator=(const LargerPageCache &) = delete;

private:
    sql::Connection &m_db;
};

class Importer
{
public:
    Importer(sql::Connection &db, qint64 debateId) : m_db(db), m_debateId(debateId) {}

    Status check(const PreparedDraft &p)
    {
        const ImportDraft &d = p.draft;
        const QString name = QFileInfo(d.path).fileName();
        if (d.title.trimmed().isEmpty())
            return Error{Tr::tr("%1: the title is empty; give the document a title").arg(name)};
        if (p.cleaned.isEmpty())
            return Error{Tr::tr("%1: the cleaned text is empty; keep at least one paragraph").arg(name)};
        if (!d.date.trimmed().isEmpty()) {
            if (auto date = text::parsePartialDate(d.date.trimmed()); !date)
                return Error{Tr::tr("%1: the date \"%2\" is not one Standpoint reads (%3)").arg(name, d.date, date.message())};
        }
        const int voices = int(!d.positionKey.isEmpty()) + int(!d.speakerKey.isEmpty()) + int(!d.newPositionLabel.trimmed().isEmpty());
        if (voices > 1)
            return Error{Tr::tr("%1: credit the document to one position or one speaker, not several").arg(name)};
        if (!d.positionKey.isEmpty()) {
            auto id = lookup(m_db, QStringLiteral("SELECT id FROM position WHERE debate_id = ? AND key = ?"), {m_debateId, d.positionKey});
            if (!id)
                return id.error();
            if (*id == 0)
                return Error{Tr::tr("%1: there is no position \"%2\" in this debate; run `standpoint-cli export-json` to see the "
                                "positions, or create a new one").arg(name, d.positionKey)};
        }
        if (!d.speakerKey.isEmpty()) {
            auto id = lookup(m_db, QStringLiteral("SELECT id FROM speaker WHERE debate_id = ? AND key = ?"), {m_debateId, d.speakerKey});
            if (!id)
                return id.error();
            if (*id == 0)
                return Error{Tr::tr("%1: there is no speaker \"%2\" in this debate").arg(name, d.speakerKey)};
        }
        return success();
    }

    Result<ImportedDocument> write(const PreparedDraft &p, const std::atomic_bool *cancel)
    {
        const ImportDraft &d = p.draft;
        auto key = text::firstFreeKey(text::slugify(d.title, QStringLiteral("document")), [&](const QString &k) -> Result<bool> {
            auto id = lookup(m_db, QStringLiteral("SELECT id FROM document WHERE debate_id = ? AND key = ?"), {m_debateId, k});
            if (!id)
                return id.error();
            return *id != 0;
        });
        if (!key)
            return key.error();
        auto insert = sql::cachedStatement(m_db, QStringLiteral(
            "INSERT INTO document (debate_id, key, title, subtitle, publisher, kind, date_text, date_precision, address, "
            "source_file, origin, received_text, cleaned_text) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, 'import', ?, ?)"));
        if (!insert)
            return insert.error();
        sql::Statement &s = **insert;
        s.bind(1, m_debateId).bind(2, *key).bind(3, d.title.trimmed()).bind(4, d.subtitle.trimmed()).bind(5, d.publisher.trimmed());
        s.bind(6, d.format).bind(7, d.date.trimmed()).bind(9, d.address.trimmed()).bind(10, QFileInfo(d.path).fileName());
        if (!d.date.trimmed().isEmpty())
            s.bind(8, text::parsePartialDate(d.date.trimmed())->precisionName());
        else
            s.bindNull(8);
        s.bindUtf8InPlace(11, p.receivedUtf8).bindUtf8InPlace(12, p.cleanedUtf8); // both outlive the run below
        if (Status done = s.run(); !done)
            return done.error();
        const qint64 id = m_db.lastInsertId();
        unmarkedDocuments << id;
        for (qsizetype i = 0; i < d.authors.size(); ++i) {
            if (Status done = run(m_db, QStringLiteral("INSERT INTO document_author (document_id, ord, name) VALUES (?, ?, ?)"),
                                  {id, qint64(i), d.authors[i].trimmed()});
                !done)
                return done.error();
        }
        if (Status done = writeRemoved(d, id); !done)
            return done.error();
        if (Status done = credit(d, id); !done)
            return done.error();
        auto paragraphs = store::writeDocumentText(m_db, id, p.cleanedUtf8, p.paragraphs, p.paragraphBytes, cancel);
        if (!paragraphs)
            return paragraphs.error();
        int removed = 0;
        for (const ImportBlock &b : d.blocks)
            removed += b.removed() ? 1 : 0;
        return ImportedDocument{*key, d.title.trimmed(), d.path, d.format, *paragraphs, removed, d.notices};
    }

    QStringList newPositions;
    // What this import wrote since it last committed a step (and marked it pending).
    QList<qint64> unmarkedDocuments, unmarkedPositions;

private:
    Status writeRemoved(const ImportDraft &d, qint64 id)
    {
        qsizetype offset = 0;
        for (const ImportBlock &b : d.blocks) {
            if (b.removed()) {
                if (Status done = run(m_db, QStringLiteral("INSERT INTO removed_span (document_id, rule, why, received_start, "
                                                           "received_end, text) VALUES (?, ?, ?, ?, ?, ?)"),
                                      {id, b.removeRule, b.removeWhy, qint64(offset), qint64(offset + b.text.size()), b.text});
                    !done)
                    return done;
            }
            offset += b.text.size() + 2;
        }
        return success();
    }

    Status credit(const ImportDraft &d, qint64 documentId)
    {
        qint64 position = 0;
        if (!d.positionKey.isEmpty()) {
            auto id = lookup(m_db, QStringLiteral("SELECT id FROM position WHERE debate_id = ? AND key = ?"), {m_debateId, d.positionKey});
            if (!id)
                return id.error();
            position = *id;
        } else if (const QString label = d.newPositionLabel.simplified(); !label.isEmpty()) {
            auto id = positionFor(label);
            if (!id)
                return id.error();
            position = *id;
        }
        if (position)
            return run(m_db, QStringLiteral("INSERT INTO position_document (position_id, document_id, relation) VALUES (?, ?, 'author')"),
                       {position, documentId});
        if (!d.speakerKey.isEmpty())
            return run(m_db, QStringLiteral("INSERT INTO speaker_document (speaker_id, document_id) "
                                            "SELECT id, ? FROM speaker WHERE debate_id = ? AND key = ?"),
                       {documentId, m_debateId, d.speakerKey});
        return success();
    }

    // A new position by its label; drafts in one import that name the same label share it.
    Result<qint64> positionFor(const QString &label)
    {
        if (m_created.contains(label))
            return m_created.value(label);
        auto existing = lookup(m_db, QStringLiteral("SELECT id FROM position WHERE debate_id = ? AND label = ?"), {m_debateId, label});
        if (!existing)
            return existing.error();
        if (*existing)
            return *existing;
        auto key = text::firstFreeKey(text::slugify(label, QStringLiteral("position")), [&](const QString &k) -> Result<bool> {
            auto id = lookup(m_db, QStringLiteral("SELECT id FROM position WHERE debate_id = ? AND key = ?"), {m_debateId, k});
            if (!id)
                return id.error();
            return *id != 0;
        });
        if (!key)
            return key.error();
        if (Status done = run(m_db, QStringLiteral("INSERT INTO position (debate_id, key, label, summary, ord) "
                                                   "SELECT ?, ?, ?, '', coalesce(max(ord), -1) + 1 FROM position WHERE debate_id = ?"),
                              {m_debateId, *key, label, m_debateId});
            !done)
            return done.error();
        const qint64 id = m_db.lastInsertId();
        m_created.insert(label, id);
        newPositions << *key;
        unmarkedPositions << id;
        return id;
    }

    sql::Connection &m_db;
    qint64 m_debateId;
    QHash<QString, qint64> m_created;
};

} // namespace

Result<ImportOutcome> importDrafts(sql::Connection &db, const QList<ImportDraft> &drafts, const QString &debateKey,
                                   const ImportProgress &progress, const std::atomic_bool *cancel, const YieldToOthers &yield)
{
    DraftSource source;
    source.count = drafts.size();
    source.make = [&drafts](qsizetype i) -> Result<ImportDraft> { return drafts[i]; };
    return importDrafts(db, source, debateKey, progress, cancel, yield);
}

namespace {

// One import's transactions: one for the whole import, unless others wait to write, when the import
// commits what it has written so far (marked pending, so that it can still be taken back), lets them,
// and goes on in a new transaction.
class ImportTransactions
{
public:
    ImportTransactions(sql::Connection &db, const YieldToOthers &yield) : m_db(db), m_yield(yield) {}
    ~ImportTransactions()
    {
        m_current.reset(); // rolls back the step under way
        if (m_stepped)
            (void)removePendingImport(m_db); // and takes back the steps already committed
        m_lock.reset(); // after the steps are gone
    }

    Status begin()
    {
        auto begun = sql::Transaction::begin(m_db);
        if (!begun)
            return begun.error();
        m_current.emplace(std::move(*begun));
        return setIndexBuffer(m_db, kImportIndexBuffer);
    }

    // Between two documents: lets waiting writes in, if there are any.
    Status yieldIfAsked(Importer &importer)
    {
        if (!m_yield.waiting || !m_yield.waiting())
            return success();
        if (!m_lock) {
            m_lock = std::make_unique<PendingImportLock>(m_db.path());
            if (!m_lock->isHeld())
                return success(); // another import has the store's pending steps: this one stays one transaction
            // Steps an earlier import could not take back are abandoned: taken back now, before this
            // import's steps are marked beside them.
            if (auto removed = removePendingImport(m_db); !removed)
                return removed.error();
        }
        if (!m_lock->isHeld())
            return success();
        if (Status marked = markPendingImport(m_db, importer.unmarkedDocuments, importer.unmarkedPositions); !marked)
            return marked;
        importer.unmarkedDocuments.clear();
        importer.unmarkedPositions.clear();
        if (Status committed = commitStep(); !committed)
            return committed;
        m_stepped = true;
        m_yield.run();
        return begin();
    }

    Status commitLast()
    {
        if (m_stepped) {
            if (Status cleared = clearPendingImport(m_db); !cleared)
                return cleared;
        }
        if (Status committed = commitStep(); !committed)
            return committed;
        m_stepped = false;
        return success();
    }

private:
    Status commitStep()
    {
        if (Status done = setIndexBuffer(m_db, kDefaultIndexBuffer); !done)
            return done;
        Status committed = m_current->commit();
        m_current.reset();
        return committed;
    }

    sql::Connection &m_db;
    const YieldToOthers &m_yield;
    std::optional<sql::Transaction> m_current;
    bool m_stepped = false; // a step was committed: the import is in the store, marked pending
    std::unique_ptr<PendingImportLock> m_lock; // from the first step on
};

} // namespace

Result<ImportOutcome> importDrafts(sql::Connection &db, const DraftSource &source, const QString &debateKey,
                                   const ImportProgress &progress, const std::atomic_bool *cancel, const YieldToOthers &yield)
{
    ImportOutcome outcome;
    qint64 debateId = 0;
    if (Status done = sql::forEachRow(db, QStringLiteral("SELECT id, key FROM debate WHERE (?1 = '' OR key = ?1) ORDER BY id LIMIT 1"),
                                      {debateKey}, [&](const sql::Statement &s) {
                                          debateId = s.integer(0);
                                          outcome.debateKey = s.text(1);
                                      });
        !done)
        return done.error();
    if (debateId == 0)
        return Error{debateKey.isEmpty() ? Tr::tr("The store holds no debate to import into; load a debate pack first")
                                         : Tr::tr("The store holds no debate \"%1\"").arg(debateKey)};
    if (source.count == 0)
        return Error{Tr::tr("There is nothing to import: no files were given")};
    const LargerPageCache cache(db);
    ImportTransactions transactions(db, yield);
    if (Status begun = transactions.begin(); !begun)
        return begun.error();
    Importer importer(db, debateId);
    PrepareAhead ahead(source.count, source.make);
    int refusals = 0;
    for (qsizetype i = 0; i < source.count; ++i) {
        if (cancel && cancel->load())
            return Error{store::cancelledMessage()};
        const PreparedDraft &prepared = ahead.next();
        if (!prepared.refusal.isEmpty()) {
            ++refusals;
            if (source.refused)
                source.refused(prepared.refusal);
            continue;
        }
        if (refusals > 0 && !source.skipRefused)
            continue; // nothing will be saved; the rest are only made, so that every refusal is heard
        if (progress)
            progress(int(i), int(source.count), prepared.draft.path);
        if (Status ok = importer.check(prepared); !ok)
            return ok.error();
        auto written = importer.write(prepared, cancel);
        if (!written)
            return written.error();
        outcome.documents << *written;
        if (Status yielded = transactions.yieldIfAsked(importer); !yielded)
            return yielded.error();
    }
    if (refusals > 0 && !source.skipRefused)
        return Error{Tr::tr("%n file(s) refused; nothing was imported", nullptr, refusals)};
    if (outcome.documents.isEmpty())
        return Error{Tr::tr("No file could be imported")};
    if (cancel && cancel->load())
        return Error{store::cancelledMessage()};
    if (Status committed = transactions.commitLast(); !committed)
        return committed.error();
    if (progress)
        progress(int(source.count), int(source.count), QString());
    qint64 passages = 0;
    for (const ImportedDocument &d : std::as_const(outcome.documents))
        passages += d.paragraphs;
    // The documents are saved; a merge that fails leaves the index as it is, whole but in more pieces.
    (void)optimizeAfterBulk(db, passages);
    outcome.newPositions = importer.newPositions;
    return outcome;
}

} // namespace standpoint::importing
