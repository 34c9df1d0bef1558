// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/search/searcher.h"

#include "app/common/grouptreemodel.h"
#include <QHash>

namespace standpoint::app {

// Search hits as a tree: one group per kind (passages, claims, events, notes) with its count, the
// group's best hits under it.
class SearchResultsModel : public GroupTreeModel
{
    Q_OBJECT
public:
    enum Role {
        KindRole = Qt::UserRole + 1, // a group's or a hit's kind
        SnippetRole,                 // the plain snippet
        HighlightsRole,              // QVariantList of QPoint(start, length) in the snippet
        DetailRole,                  // where the hit comes from: document, year
        IsHitRole,
    };

    explicit SearchResultsModel(QObject *parent = nullptr);

    void setResults(const search::SearchResults &results, const QHash<qint64, QString> &eventKeys);
    void clear();
    bool isEmpty() const { return m_hitCount == 0; }
    int hitCount() const { return m_hitCount; }
    int matchCount(const QString &kind) const;
    // The hit at index, or null for a group row.
    const search::SearchHit *hit(const QModelIndex &index) const;
    QString eventKey(qint64 eventId) const { return m_eventKeys.value(eventId); }
    QModelIndex firstHit() const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // "Passages", "Claims"… for a kind.
    static QString kindLabel(const QString &kind);

protected:
    int groupCount() const override;
    int itemCount(int group) const override;

private:
    struct Group
    {
        QString kind;
        int matches = 0;
        QList<search::SearchHit> hits;
    };
    QString groupText(const Group &group) const;

    QList<Group> m_groups;
    QHash<qint64, QString> m_eventKeys;
    int m_hitCount = 0;
};

} // namespace standpoint::app
