// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/notes/setitemkind.h"
#include "core/result.h"

#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::notes {

// One entry of a reading set: an excerpt, a whole document, a claim, a stance cell, an event or a chart.
struct SetItem
{
    qint64 id = 0;
    SetItemKind kind = SetItemKind::Excerpt;
    qint64 documentId = 0;
    qint64 start = 0, end = 0;
    QString anchorText;
    qint64 claimId = 0, stanceId = 0, eventId = 0;
    QString chartKey;
    QString note;  // the instructor's note
    QString label; // a title kept with the item, for what the store may lack
    bool orphaned = false;

    // Filled by readSet, for showing and handouts:
    QString title, body;
    QStringList quotes;    // "“text”" each
    QStringList citations; // the documents it rests on
};

struct ReadingSet
{
    qint64 id = 0;
    QString uuid, title, description;
    bool imported = false;
    QList<SetItem> items;
    QStringList questions; // discussion questions
    int itemCount = 0;
};

// Creates a set; an id and uuid may be given to restore one exactly (undo).
Result<qint64> createSet(sql::Connection &db, const QString &title, const QString &description = QString(),
                         const QString &uuid = QString(), qint64 id = 0);
Status renameSet(sql::Connection &db, qint64 setId, const QString &title, const QString &description);
Status deleteSet(sql::Connection &db, qint64 setId);
Result<QList<ReadingSet>> listSets(sql::Connection &db);
// The set a person names by its number, its uuid or its exact title (the newest, when titles repeat).
Result<qint64> findSet(sql::Connection &db, const QString &name);
Result<ReadingSet> readSet(sql::Connection &db, qint64 setId);

// Adds an item at position (-1: at the end), checking what it refers to; returns its id.
Result<qint64> addItem(sql::Connection &db, qint64 setId, const SetItem &item, int position = -1);
Status removeItem(sql::Connection &db, qint64 itemId);
Status moveItem(sql::Connection &db, qint64 itemId, int newIndex);
Status setItemNote(sql::Connection &db, qint64 itemId, const QString &note);
Status setQuestions(sql::Connection &db, qint64 setId, const QStringList &questions);
// Where an item stands in its set, for undoing a removal.
Result<std::pair<qint64, int>> itemPlace(sql::Connection &db, qint64 itemId);

// Restores a whole set as read by readSet (same ids), for undoing its deletion.
Status restoreSet(sql::Connection &db, const ReadingSet &set);

} // namespace standpoint::notes
