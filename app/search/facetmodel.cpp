// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/search/facetmodel.h"

#include <QFont>
#include <QHash>

#include <algorithm>

namespace standpoint::app {

namespace {

// Group rows have internal id 0; a value's internal id is its group's row + 1.

// A facet's name inside a sentence: lower case in English, not in every language.
QString facetInSentence(const QString &facet)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("position"), QT_TRANSLATE_NOOP("standpoint::app::FacetModel", "position")},
        {QStringLiteral("speaker"), QT_TRANSLATE_NOOP("standpoint::app::FacetModel", "speaker")},
        {QStringLiteral("document"), QT_TRANSLATE_NOOP("standpoint::app::FacetModel", "document")},
        {QStringLiteral("theme"), QT_TRANSLATE_NOOP("standpoint::app::FacetModel", "theme")},
        {QStringLiteral("year"), QT_TRANSLATE_NOOP("standpoint::app::FacetModel", "year")}};
    return names.contains(facet) ? FacetModel::tr(names[facet]) : facet;
}

} // namespace

int FacetModel::Group::chosen() const
{
    return int(std::count_if(values.begin(), values.end(), [](const Value &v) { return v.checked; }));
}

FacetModel::FacetModel(QObject *parent) : GroupTreeModel(parent)
{
    for (const QString &facet : search::facetNames())
        m_groups << Group{facet, {}};
}

QString FacetModel::facetLabel(const QString &facet)
{
    if (facet == QLatin1String("position"))
        return tr("Position");
    if (facet == QLatin1String("speaker"))
        return tr("Speaker");
    if (facet == QLatin1String("document"))
        return tr("Document");
    if (facet == QLatin1String("theme"))
        return tr("Theme");
    if (facet == QLatin1String("year"))
        return tr("Year");
    return facet;
}

bool FacetModel::isChosen(const QString &facet, const QString &key) const
{
    return std::any_of(m_chosen.begin(), m_chosen.end(), [&](const Chosen &c) { return c.facet == facet && c.key == key; });
}

void FacetModel::setFacets(const QMap<QString, QList<search::FacetValue>> &facets)
{
    beginResetModel();
    for (Group &group : m_groups) {
        group.values.clear();
        for (const search::FacetValue &v : facets.value(group.facet)) {
            const bool checked = isChosen(group.facet, v.key);
            group.values << Value{v, checked};
            if (checked) {
                for (Chosen &c : m_chosen) {
                    if (c.facet == group.facet && c.key == v.key)
                        c.label = v.label;
                }
            }
        }
        for (const Chosen &c : m_chosen) {
            const bool listed = std::any_of(group.values.begin(), group.values.end(),
                                            [&](const Value &v) { return v.value.key == c.key; });
            if (c.facet == group.facet && !listed)
                group.values << Value{search::FacetValue{c.key, c.label, 0}, true};
        }
    }
    endResetModel();
}

search::SearchFilters FacetModel::filters() const
{
    search::SearchFilters f;
    for (const Chosen &c : m_chosen) {
        if (c.facet == QLatin1String("position"))
            f.positions << c.key;
        else if (c.facet == QLatin1String("speaker"))
            f.speakers << c.key;
        else if (c.facet == QLatin1String("document"))
            f.documents << c.key;
        else if (c.facet == QLatin1String("theme"))
            f.themes << c.key;
        else if (c.facet == QLatin1String("year"))
            f.years << c.key.toInt();
    }
    return f;
}

void FacetModel::setChecked(const QString &facet, const QString &key, bool checked)
{
    const QModelIndex at = valueIndex(facet, key);
    if (at.isValid())
        setData(at, checked ? Qt::Checked : Qt::Unchecked, Qt::CheckStateRole);
}

void FacetModel::clearFilters()
{
    if (m_chosen.isEmpty())
        return;
    m_chosen.clear();
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        Group &group = m_groups[g];
        if (group.chosen() == 0)
            continue;
        for (Value &v : group.values)
            v.checked = false;
        const QModelIndex parent = index(int(g), 0);
        emit dataChanged(index(0, 0, parent), index(int(group.values.size()) - 1, 0, parent), {Qt::CheckStateRole});
        emit dataChanged(parent, parent, {Qt::DisplayRole, Qt::AccessibleTextRole});
    }
    emit filtersChanged();
}

QModelIndex FacetModel::groupIndex(const QString &facet) const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        if (m_groups[g].facet == facet)
            return index(int(g), 0);
    }
    return {};
}

QModelIndex FacetModel::valueIndex(const QString &facet, const QString &key) const
{
    const QModelIndex parent = groupIndex(facet);
    if (!parent.isValid())
        return {};
    const QList<Value> &values = m_groups[parent.row()].values;
    for (qsizetype i = 0; i < values.size(); ++i) {
        if (values[i].value.key == key)
            return index(int(i), 0, parent);
    }
    return {};
}

int FacetModel::groupCount() const { return int(m_groups.size()); }

int FacetModel::itemCount(int group) const { return int(m_groups[group].values.size()); }

QVariant FacetModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (index.internalId() == kGroupId) {
        const Group &group = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole: {
            const int chosen = group.chosen();
            if (group.values.isEmpty())
                return tr("%1 (none among the matches)").arg(facetLabel(group.facet));
            return chosen ? tr("%1 (%n chosen)", nullptr, chosen).arg(facetLabel(group.facet)) : facetLabel(group.facet);
        }
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case FacetRole:
            return group.facet;
        default:
            return {};
        }
    }
    const Group &group = m_groups[qsizetype(index.internalId()) - 1];
    const Value &v = group.values[index.row()];
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1 (%2)").arg(v.value.label, QString::number(v.value.count));
    case Qt::AccessibleTextRole:
        return tr("%1: %2, %n match(es)", nullptr, v.value.count).arg(facetLabel(group.facet), v.value.label);
    case Qt::ToolTipRole:
        return v.checked ? tr("Showing only matches with %1 %2; untick to show all").arg(facetInSentence(group.facet), v.value.label)
                         : tr("Show only matches with %1 %2").arg(facetInSentence(group.facet), v.value.label);
    case Qt::CheckStateRole:
        return v.checked ? Qt::Checked : Qt::Unchecked;
    case FacetRole:
        return group.facet;
    case KeyRole:
        return v.value.key;
    case CountRole:
        return v.value.count;
    default:
        return {};
    }
}

bool FacetModel::setData(const QModelIndex &index, const QVariant &value, int role)
{
    if (!index.isValid() || !checkIndex(index) || index.internalId() == kGroupId || role != Qt::CheckStateRole)
        return false;
    Group &group = m_groups[qsizetype(index.internalId()) - 1];
    Value &v = group.values[index.row()];
    const bool checked = value.toInt() == Qt::Checked;
    if (v.checked == checked)
        return true;
    v.checked = checked;
    if (checked) {
        m_chosen << Chosen{group.facet, v.value.key, v.value.label};
    } else {
        m_chosen.removeIf([&](const Chosen &c) { return c.facet == group.facet && c.key == v.value.key; });
    }
    emit dataChanged(index, index, {Qt::CheckStateRole, Qt::ToolTipRole});
    const QModelIndex parent = index.parent();
    emit dataChanged(parent, parent, {Qt::DisplayRole, Qt::AccessibleTextRole});
    emit filtersChanged();
    return true;
}

Qt::ItemFlags FacetModel::flags(const QModelIndex &index) const
{
    if (!index.isValid() || !checkIndex(index))
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return m_groups[index.row()].values.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemIsUserCheckable | Qt::ItemNeverHasChildren;
}

} // namespace standpoint::app
