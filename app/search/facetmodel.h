// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/search/searcher.h"

#include "app/common/grouptreemodel.h"

namespace standpoint::app {

// A search's facets as a tree: a group per facet (position, speaker, document, theme, year) holding the
// values found among the matches with their counts; ticking values narrows the search.
class FacetModel : public GroupTreeModel
{
    Q_OBJECT
public:
    enum Role { FacetRole = Qt::UserRole + 1, KeyRole, CountRole };

    explicit FacetModel(QObject *parent = nullptr);

    // Replaces the values, keeping the ticked ones (listed even when no match carries them).
    void setFacets(const QMap<QString, QList<search::FacetValue>> &facets);
    search::SearchFilters filters() const;
    bool hasFilters() const { return !m_chosen.isEmpty(); }
    void setChecked(const QString &facet, const QString &key, bool checked);
    void clearFilters();
    QModelIndex valueIndex(const QString &facet, const QString &key) const;
    QModelIndex groupIndex(const QString &facet) const;

    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role = Qt::EditRole) override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;

    // "Position", "Speaker"… for a facet name.
    static QString facetLabel(const QString &facet);

signals:
    // The ticked values changed: the search should run again.
    void filtersChanged();

protected:
    int groupCount() const override;
    int itemCount(int group) const override;

private:
    struct Value
    {
        search::FacetValue value;
        bool checked = false;
    };
    struct Group
    {
        QString facet;
        QList<Value> values;
        int chosen() const;
    };
    struct Chosen
    {
        QString facet, key, label;
    };
    bool isChosen(const QString &facet, const QString &key) const;

    QList<Group> m_groups;
    QList<Chosen> m_chosen; // in the order ticked
};

} // namespace standpoint::app
