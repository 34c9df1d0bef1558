// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/search/ranking.h"

#include "core/search/searchrows.h"
#include "core/sqlite/connection.h"
#include "core/sqlite/sqliteerror.h"
#include "core/sqlite/statement.h"

#include <QCoreApplication>

#include <sqlite3.h>

#include <algorithm>
#include <bitset>
#include <cmath>
#include <map>
#include <memory>
#include <mutex>
#include <vector>

namespace standpoint::search {

namespace {

constexpr char kCollect[] = "standpoint_collect"; // the FTS5 function bestMatches runs its query through
constexpr double kK1 = 1.2;                        // bm25's constants, as FTS5 sets them
constexpr double kB = 0.75;
// Reading every row's length costs about a fifth of looking up one row's, so the copy pays once a query
// matches more than a fifth of the rows.
constexpr sqlite3_int64 kReadAllWhenOneIn = 5;

// Each row's length in tokens, by rowid, as the index's docsize table holds it.
struct Lengths
{
    std::vector<int> tokens;
    unsigned int version = 0; // the file's data version when read
    bool read = false;
};

bool better(const RankedRow &a, const RankedRow &b) { return a.score < b.score || (a.score == b.score && a.row < b.row); }

// What one bestMatches call gathers while its query runs: the best rows so far in a heap, worst on top.
struct Collector
{
    size_t limit = 0;
    bool someKinds = false;                       // only rows of the kinds below are kept
    std::bitset<kRowKindNames.size()> kinds;      // by their code in the rowid
    std::vector<RankedRow> heap;
    sqlite3_int64 seen = 0;     // rows scored
    sqlite3_int64 rows = 0;     // rows in the index
    bool idfDeferred = false;   // a one-phrase query scored with weight 1, scaled once `seen` is known
};

struct ConnectionState
{
    sqlite3 *db = nullptr;
    Lengths lengths;
    Collector *collector = nullptr;
};

struct Registry
{
    std::mutex mutex;
    std::map<sqlite3 *, ConnectionState *> states;
};

// Never destroyed: a connection closed by another static's destructor at exit still finds it.
Registry &registry()
{
    static auto *const instance = new Registry;
    return *instance;
}

unsigned int dataVersion(sqlite3 *db)
{
    unsigned int version = 0;
    sqlite3_file_control(db, "main", SQLITE_FCNTL_DATA_VERSION, &version);
    return version;
}

// An SQLite varint: big-endian groups of seven bits, the ninth byte whole.
int readVarint(const unsigned char *data, int size, int &at)
{
    quint64 value = 0;
    for (int n = 0; at < size; ++n) {
        const unsigned char c = data[at++];
        if (n == 8)
            return int((value << 8) | c);
        value = (value << 7) | (c & 0x7f);
        if (!(c & 0x80))
            break;
    }
    return int(value);
}

bool readLengths(sqlite3 *db, Lengths &lengths)
{
    sqlite3_stmt *stmt = nullptr;
    if (sqlite3_prepare_v2(db, "SELECT id, sz FROM search_index_docsize", -1, &stmt, nullptr) != SQLITE_OK)
        return false;
    std::vector<int> tokens;
    int rc;
    while ((rc = sqlite3_step(stmt)) == SQLITE_ROW) {
        const sqlite3_int64 id = sqlite3_column_int64(stmt, 0);
        const auto *blob = static_cast<const unsigned char *>(sqlite3_column_blob(stmt, 1));
        const int size = sqlite3_column_bytes(stmt, 1);
        if (id < 0 || id > (sqlite3_int64(1) << 31))
            continue; // beyond what a vector by rowid holds: looked up row by row instead
        int total = 0;
        for (int at = 0; at < size;)
            total += readVarint(blob, size, at);
        if (tokens.size() <= size_t(id))
            tokens.resize(size_t(id) + 1, -1);
        tokens[size_t(id)] = total;
    }
    sqlite3_finalize(stmt);
    if (rc != SQLITE_DONE)
        return false;
    lengths.tokens = std::move(tokens);
    lengths.version = dataVersion(db);
    lengths.read = true;
    return true;
}

double inverseFrequency(sqlite3_int64 rows, sqlite3_int64 hits)
{
    const double idf = std::log((double(rows) - double(hits) + 0.5) / (double(hits) + 0.5));
    return idf <= 0.0 ? 1e-6 : idf;
}

// What bm25 works out once per query: each phrase's weight and the mean row length.
struct QueryData
{
    std::vector<double> idf;
    std::vector<double> frequency;
    double meanLength = 1;
    const std::vector<int> *lengths = nullptr; // null: look each row up
};

int countRow(const Fts5ExtensionApi *, Fts5Context *, void *count)
{
    ++*static_cast<sqlite3_int64 *>(count);
    return SQLITE_OK;
}

int prepareQuery(const Fts5ExtensionApi *api, Fts5Context *fts, ConnectionState &state, QueryData &data)
{
    Collector &collector = *state.collector;
    sqlite3_int64 rows = 0, tokens = 0;
    int rc = api->xRowCount(fts, &rows);
    if (rc == SQLITE_OK)
        rc = api->xColumnTotalSize(fts, -1, &tokens);
    if (rc != SQLITE_OK)
        return rc;
    collector.rows = rows;
    data.meanLength = rows > 0 ? double(tokens) / double(rows) : 1.0;
    const int phrases = api->xPhraseCount(fts);
    data.idf.assign(size_t(phrases), 1.0);
    data.frequency.assign(size_t(phrases), 0.0);
    Lengths &lengths = state.lengths;
    if (lengths.read && lengths.version != dataVersion(state.db))
        lengths = Lengths{};
    // Every row a one-phrase query matches holds the phrase, so counting the rows scored gives its weight.
    // Without the lengths at hand the count is needed first, to decide whether to read them.
    collector.idfDeferred = phrases == 1 && !collector.someKinds && lengths.read;
    if (!collector.idfDeferred) {
        sqlite3_int64 most = 0;
        for (int i = 0; i < phrases; ++i) {
            sqlite3_int64 hits = 0;
            if ((rc = api->xQueryPhrase(fts, i, &hits, countRow)) != SQLITE_OK)
                return rc;
            data.idf[size_t(i)] = inverseFrequency(rows, hits);
            most = std::max(most, hits);
        }
        if (!lengths.read && most * kReadAllWhenOneIn > rows)
            readLengths(state.db, lengths);
    }
    data.lengths = lengths.read ? &lengths.tokens : nullptr;
    return SQLITE_OK;
}


bool kept(const Collector &collector, sqlite3_int64 row)
{
    const int code = kindCodeOfRow(row);
    return code >= 0 && size_t(code) < collector.kinds.size() && collector.kinds.test(size_t(code));
}

// Scores the current row as bm25 does and offers it to the collector; always returns 0.
void collect(const Fts5ExtensionApi *api, Fts5Context *fts, sqlite3_context *result, int, sqlite3_value **)
{
    auto &state = *static_cast<ConnectionState *>(api->xUserData(fts));
    if (!state.collector) {
        sqlite3_result_error(result, "standpoint_collect runs only inside bestMatches", -1);
        return;
    }
    Collector &collector = *state.collector;
    const sqlite3_int64 row = api->xRowid(fts);
    if (collector.someKinds && !kept(collector, row)) {
        sqlite3_result_int(result, 0);
        return;
    }
    int rc = SQLITE_OK;
    auto *data = static_cast<QueryData *>(api->xGetAuxdata(fts, 0));
    if (!data) {
        auto fresh = std::make_unique<QueryData>();
        if ((rc = prepareQuery(api, fts, state, *fresh)) != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
        data = fresh.release();
        if ((rc = api->xSetAuxdata(fts, data, [](void *p) { delete static_cast<QueryData *>(p); })) != SQLITE_OK) {
            sqlite3_result_error_code(result, rc);
            return;
        }
    }
    std::fill(data->frequency.begin(), data->frequency.end(), 0.0);
    int instances = 0;
    rc = api->xInstCount(fts, &instances);
    for (int i = 0; rc == SQLITE_OK && i < instances; ++i) {
        int phrase = 0, column = 0, offset = 0;
        rc = api->xInst(fts, i, &phrase, &column, &offset);
        if (rc == SQLITE_OK)
            data->frequency[size_t(phrase)] += 1.0;
    }
    int length = -1;
    if (data->lengths && row >= 0 && size_t(row) < data->lengths->size())
        length = (*data->lengths)[size_t(row)];
    if (rc == SQLITE_OK && length < 0)
        rc = api->xColumnSize(fts, -1, &length);
    if (rc != SQLITE_OK) {
        sqlite3_result_error_code(result, rc);
        return;
    }
    double score = 0;
    for (size_t i = 0; i < data->idf.size(); ++i) {
        const double f = data->frequency[i];
        score += data->idf[i] * ((f * (kK1 + 1.0)) / (f + kK1 * (1 - kB + kB * double(length) / data->meanLength)));
    }
    ++collector.seen;
    const RankedRow ranked{row, -score};
    if (collector.heap.size() < collector.limit) {
        collector.heap.push_back(ranked);
        std::push_heap(collector.heap.begin(), collector.heap.end(), better);
    } else if (collector.limit > 0 && better(ranked, collector.heap.front())) {
        std::pop_heap(collector.heap.begin(), collector.heap.end(), better);
        collector.heap.back() = ranked;
        std::push_heap(collector.heap.begin(), collector.heap.end(), better);
    }
    sqlite3_result_int(result, 0);
}

void forget(void *p)
{
    auto *state = static_cast<ConnectionState *>(p);
    {
        const std::lock_guard lock(registry().mutex);
        registry().states.erase(state->db);
    }
    delete state;
}

// The connection's ranking state, adding the collect function to it on first use.
Result<ConnectionState *> install(sql::Connection &db)
{
    sqlite3 *handle = db.handle();
    const std::lock_guard lock(registry().mutex);
    if (auto it = registry().states.find(handle); it != registry().states.end())
        return it->second;
    fts5_api *api = nullptr;
    sqlite3_stmt *stmt = nullptr;
    int rc = sqlite3_prepare_v2(handle, "SELECT fts5(?1)", -1, &stmt, nullptr);
    if (rc == SQLITE_OK) {
        sqlite3_bind_pointer(stmt, 1, &api, "fts5_api_ptr", nullptr);
        sqlite3_step(stmt);
        rc = sqlite3_finalize(stmt);
    }
    if (rc != SQLITE_OK || !api)
        return sql::sqliteError(rc ? rc : SQLITE_ERROR,
                                QCoreApplication::translate("Ranking", "This SQLite has no full-text search (FTS5)"));
    auto *state = new ConnectionState{handle, {}, nullptr};
    rc = api->xCreateFunction(api, kCollect, state, collect, forget);
    if (rc != SQLITE_OK) {
        delete state;
        return sql::sqliteError(rc, QString::fromUtf8(sqlite3_errstr(rc)));
    }
    registry().states.emplace(handle, state);
    return state;
}

} // namespace

Result<QList<RankedRow>> bestMatches(sql::Connection &db, const QString &match, int limit, const QStringList &kinds)
{
    auto state = install(db);
    if (!state)
        return state.error();
    auto stmt = db.prepare(QStringLiteral("SELECT rowid FROM search_index WHERE search_index MATCH ?1 AND "
                                          "standpoint_collect(search_index) IS NULL"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, match);
    Collector collector;
    collector.limit = size_t(std::max(limit, 0));
    collector.someKinds = !kinds.isEmpty();
    for (const QString &kind : kinds) {
        if (const int code = rowKindCode(kind); code >= 0)
            collector.kinds.set(size_t(code)); // a kind of no known name keeps no row
    }
    (*state)->collector = &collector;
    struct Detach
    {
        ConnectionState *state;
        ~Detach() { state->collector = nullptr; }
    } detach{*state};
    for (;;) {
        auto row = stmt->step(); // collect() returns 0 for every row, so no row comes back
        if (!row)
            return row.error();
        if (!*row)
            break;
    }
    if (collector.idfDeferred) {
        const double idf = inverseFrequency(collector.rows, collector.seen);
        for (RankedRow &r : collector.heap)
            r.score *= idf;
    }
    std::sort(collector.heap.begin(), collector.heap.end(), better);
    return QList<RankedRow>(collector.heap.begin(), collector.heap.end());
}

} // namespace standpoint::search
