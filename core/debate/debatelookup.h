// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

#include <optional>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::debate {

// What can be named by a key: keys are unique within one debate only, so every lookup takes the debate.
enum class Keyed { Document, Position, Speaker, Theme, Question, Claim, Event };

// The id of the debate with `key`. An empty key means the store's only debate; when the store holds
// several, the error lists their keys, and when it holds none, it says so.
Result<qint64> findDebate(sql::Connection &db, const QString &key);

// The id of the `kind` named `key` in the debate, or nothing when it has none.
Result<std::optional<qint64>> findByKey(sql::Connection &db, qint64 debateId, Keyed kind, const QString &key);
// The same, with an error naming what was not found, and where.
Result<qint64> idByKey(sql::Connection &db, qint64 debateId, Keyed kind, const QString &key);

// The id of a voice's stance on a question in the debate. `voice` is a position key, or
// "speaker:KEY" for a panel speaker (a bare key that names no position is tried as a speaker too).
Result<qint64> stanceIdByKeys(sql::Connection &db, qint64 debateId, const QString &question, const QString &voice);

// The text of a document's cleaned text from start to end (UTF-16 offsets, end exclusive).
Result<QString> documentExcerpt(sql::Connection &db, qint64 documentId, qint64 start, qint64 end);

// Where a search hit on an event leads: its key, for the Timeline, and its first quote's span, for the
// Reader (start and end stay -1 when it has no quote).
struct EventTarget
{
    QString key;
    qint64 start = -1;
    qint64 end = -1;
};
Result<EventTarget> eventTarget(sql::Connection &db, qint64 eventId);

// How much a store holds, for the command line's summary after init.
struct StoreCounts
{
    qint64 debates = 0;
    qint64 documents = 0;
};
Result<StoreCounts> storeCounts(sql::Connection &db);

} // namespace standpoint::debate
