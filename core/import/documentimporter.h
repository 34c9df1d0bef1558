// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"
#include "core/result.h"

#include <QList>
#include <QString>

#include <atomic>
#include <functional>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::importing {

struct ImportedDocument
{
    QString key;
    QString title;
    QString path;
    QString format;
    int paragraphs = 0;
    int removedBlocks = 0;  // blocks cleaning took out
    QStringList notices;    // the draft's notices
};

struct ImportOutcome
{
    QString debateKey;
    QList<ImportedDocument> documents;
    QStringList newPositions; // keys of positions the import created
};

// Called before each document is written: how many are done, of how many, and which comes next.
using ImportProgress = std::function<void(int done, int total, const QString &path)>;

// An import holds the store's only writing connection for as long as it runs; other writes waiting for
// that connection (a note the user saves meanwhile) are let in between two documents. `waiting` says
// whether any wait; `run` runs them, outside the import's transactions.
struct YieldToOthers
{
    std::function<bool()> waiting;
    std::function<void()> run;
};

// Writes drafts into a debate (empty key: the store's first debate) as documents of their own, all in
// one transaction: a refused draft, an error or a cancel leaves the store exactly as it was. When others
// wait to write, the import commits in steps, marked pending until the last (core/import/pendingimport.h),
// and takes them back on an error or a cancel: the store still holds all of an import or none of it.
// Each draft is checked before it is written (title, text, date, position or speaker), and a refusal
// names its file.
Result<ImportOutcome> importDrafts(sql::Connection &db, const QList<ImportDraft> &drafts, const QString &debateKey = {},
                                   const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr,
                                   const YieldToOthers &yield = {});

// Drafts made one at a time while the earlier ones are written: `make(i)` runs on a thread of its own, in
// order (reading a file, say), and may refuse. `refused` hears of each refusal, on the writing thread.
// With `skipRefused` the others are imported; without, a refusal saves nothing, though every draft is
// still made so that each refusal is heard.
struct DraftSource
{
    qsizetype count = 0;
    std::function<Result<ImportDraft>(qsizetype index)> make;
    std::function<void(const QString &message)> refused;
    bool skipRefused = false;
};

Result<ImportOutcome> importDrafts(sql::Connection &db, const DraftSource &source, const QString &debateKey = {},
                                  const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr,
                                  const YieldToOthers &yield = {});

} // namespace standpoint::importing
