// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/checklistmodel.h"

namespace standpoint::app {

CheckListModel::CheckListModel(QObject *parent) : QAbstractListModel(parent) {}

void CheckListModel::setEntries(QList<Entry> entries)
{
    const QStringList kept = checkedKeys();
    for (Entry &e : entries)
        e.checked = e.checked || kept.contains(e.key);
    beginResetModel();
    m_entries = entries;
    endResetModel();
}

QStringList CheckListModel::checkedKeys() const
{
    QStringList keys;
    for (const Entry &e : m_entries) {
        if (e.checked)
            keys << e.key;
    }
    return keys;
}

void CheckListModel::setChecked(const QString &key, bool checked)
{
    for (qsizetype i = 0; i < m_entries.size(); ++i) {
        if (m_entries[i].key == key)
            setData(index(int(i)), checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
    }
}

int CheckListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_entries.size()); }

QVariant CheckListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_entries.size())
        return {};
    const Entry &e = m_entries[index.row()];
    switch (role) {
    case Qt::DisplayRole:
    case Qt::AccessibleTextRole:
        return e.label;
    case Qt::ToolTipRole:
        return e.tooltip.isEmpty() ? e.label : e.tooltip;
    case Qt::CheckStateRole:
        return e.checked ? Qt::Checked : Qt::Unchecked;
    case KeyRole:
        return e.key;
    default:
        return {};
    }
}

bool CheckListModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || role != Qt::CheckStateRole || index.row() >= m_entries.size())
        return false;
    const bool checked = value.toInt() == Qt::Checked;
    if (m_entries[index.row()].checked == checked)
        return true;
    m_entries[index.row()].checked = checked;
    emit dataChanged(index, index, {Qt::CheckStateRole});
    emit checkedChanged();
    return true;
}

Qt::ItemFlags CheckListModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace standpoint::app
