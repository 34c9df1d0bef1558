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
    int paragraphs = 0;
};

struct ImportOutcome
{
    QString debateKey;
    QList<ImportedDocument> documents;
    QStringList newPositions; // keys of positions the import created
};

// Called before each document is written: how many are done, of how many, and which comes next.
using ImportProgress = std::function<void(int done, int total, const QString &path)>;

// Writes drafts into a debate (empty key: the store's first debate) as documents of their own, all in
// one transaction: a refused draft, an error or a cancel leaves the store exactly as it was.
// Each draft is checked first (title, text, date, position or speaker), and a refusal names its file.
Result<ImportOutcome> importDrafts(sql::Connection &db, const QList<ImportDraft> &drafts, const QString &debateKey = {},
                                   const ImportProgress &progress = {}, const std::atomic_bool *cancel = nullptr);

} // namespace standpoint::importing
