// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QAbstractItemModel>

namespace standpoint::app {

// A two-level tree of groups and their items, one column: the indexing that grouped lists (search
// results by kind, facet values by facet) share. A group's index has kGroupId as its internal id;
// an item's has its group's row + 1.
class GroupTreeModel : public QAbstractItemModel
{
    Q_OBJECT
public:
    static constexpr quintptr kGroupId = 0;

    using QAbstractItemModel::QAbstractItemModel;

    QModelIndex index(int row, int column, const QModelIndex &parent = {}) const override;
    QModelIndex parent(const QModelIndex &child) const override;
    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;

    static bool isGroup(const QModelIndex &index) { return index.internalId() == kGroupId; }

protected:
    virtual int groupCount() const = 0;
    virtual int itemCount(int group) const = 0;
};

} // namespace standpoint::app
