// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QAbstractListModel>
#include <QStringList>

namespace standpoint::app {

// A list of labelled keys the user ticks: events to mark on a chart, series to draw beside it.
class CheckListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { KeyRole = Qt::UserRole + 1 };
    struct Entry
    {
        QString key, label, tooltip;
        bool checked = false;
    };

    explicit CheckListModel(QObject *parent = nullptr);
    // Replaces the entries, keeping ticks on keys that stay.
    void setEntries(QList<Entry> entries);
    QStringList checkedKeys() const;
    void setChecked(const QString &key, bool checked);

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

signals:
    void checkedChanged();

private:
    QList<Entry> m_entries;
};

} // namespace standpoint::app
