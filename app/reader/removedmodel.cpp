// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reader/removedmodel.h"

namespace standpoint::app {

RemovedModel::RemovedModel(QObject *parent) : QAbstractTableModel(parent) {}

void RemovedModel::setRemoved(const QList<debate::RemovedView> &removed)
{
    beginResetModel();
    m_removed = removed;
    endResetModel();
}

int RemovedModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_removed.size()); }

int RemovedModel::columnCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : 2; }

QVariant RemovedModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_removed.size())
        return {};
    const debate::RemovedView &r = m_removed[index.row()];
    QString text = r.text;
    text.replace(QLatin1Char('\n'), QStringLiteral(" ⏎ "));
    if (role == Qt::DisplayRole || role == Qt::AccessibleTextRole)
        return index.column() == 0 ? r.why : (text.trimmed().isEmpty() ? tr("(line break)") : text);
    if (role == Qt::ToolTipRole)
        return tr("Rule: %1\nAt character %2 of the text as received\n\n%3").arg(r.rule, QString::number(r.receivedStart), r.text);
    return {};
}

QVariant RemovedModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || role != Qt::DisplayRole)
        return {};
    return section == 0 ? tr("Why") : tr("What was removed");
}

} // namespace standpoint::app
