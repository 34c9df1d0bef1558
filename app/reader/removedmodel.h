// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QAbstractTableModel>

namespace standpoint::app {

// What cleaning removed from a document and why: the Reader's "Removed" panel.
class RemovedModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    explicit RemovedModel(QObject *parent = nullptr);
    void setRemoved(const QList<debate::RemovedView> &removed);

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

private:
    QList<debate::RemovedView> m_removed;
};

} // namespace standpoint::app
