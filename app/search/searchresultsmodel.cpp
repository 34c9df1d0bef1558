// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/search/searchresultsmodel.h"

#include <QFont>
#include <QPoint>

namespace standpoint::app {

namespace {

// Group rows have internal id 0; a hit's internal id is its group's row + 1.

} // namespace

SearchResultsModel::SearchResultsModel(QObject *parent) : GroupTreeModel(parent) {}

QString SearchResultsModel::kindLabel(const QString &kind)
{
    if (kind == QLatin1String("passage"))
        return tr("Passages");
    if (kind == QLatin1String("claim"))
        return tr("Claims");
    if (kind == QLatin1String("event"))
        return tr("Events");
    if (kind == QLatin1String("note"))
        return tr("Notes");
    return kind;
}

void SearchResultsModel::setResults(const search::SearchResults &results, const QHash<qint64, QString> &eventKeys)
{
    beginResetModel();
    m_groups.clear();
    m_hitCount = 0;
    for (const QString &kind : search::searchKinds()) {
        Group group;
        group.kind = kind;
        group.matches = results.kindCounts.value(kind);
        for (const search::SearchHit &hit : results.hits) {
            if (hit.kind == kind)
                group.hits << hit;
        }
        m_hitCount += int(group.hits.size());
        m_groups << group;
    }
    m_eventKeys = eventKeys;
    endResetModel();
}

void SearchResultsModel::clear()
{
    beginResetModel();
    m_groups.clear();
    m_eventKeys.clear();
    m_hitCount = 0;
    endResetModel();
}

int SearchResultsModel::matchCount(const QString &kind) const
{
    for (const Group &g : m_groups) {
        if (g.kind == kind)
            return g.matches;
    }
    return 0;
}

const search::SearchHit *SearchResultsModel::hit(const QModelIndex &index) const
{
    if (!index.isValid() || index.internalId() == kGroupId)
        return nullptr;
    const qsizetype group = qsizetype(index.internalId()) - 1;
    if (group >= m_groups.size() || index.row() >= m_groups[group].hits.size())
        return nullptr;
    return &m_groups[group].hits[index.row()];
}

QModelIndex SearchResultsModel::firstHit() const
{
    for (qsizetype g = 0; g < m_groups.size(); ++g) {
        if (!m_groups[g].hits.isEmpty())
            return index(0, 0, index(int(g), 0));
    }
    return {};
}

int SearchResultsModel::groupCount() const { return int(m_groups.size()); }

int SearchResultsModel::itemCount(int group) const { return int(m_groups[group].hits.size()); }

QString SearchResultsModel::groupText(const Group &group) const
{
    if (group.hits.size() < group.matches)
        return tr("%1 (%2; the best %3 shown)").arg(kindLabel(group.kind), QString::number(group.matches), QString::number(group.hits.size()));
    return tr("%1 (%2)").arg(kindLabel(group.kind), QString::number(group.matches));
}

QVariant SearchResultsModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !checkIndex(index))
        return {};
    if (index.internalId() == kGroupId) {
        const Group &group = m_groups[index.row()];
        switch (role) {
        case Qt::DisplayRole:
        case Qt::AccessibleTextRole:
            return groupText(group);
        case Qt::FontRole: {
            QFont bold;
            bold.setBold(true);
            return bold;
        }
        case KindRole:
            return group.kind;
        case IsHitRole:
            return false;
        default:
            return {};
        }
    }
    const search::SearchHit *h = hit(index);
    if (!h)
        return {};
    // A passage's or note's title is already its document's; an event's year is its own, not the document's.
    QString detail = h->kind == QLatin1String("claim") ? h->documentTitle : QString();
    if (h->year > 0)
        detail = detail.isEmpty() ? QString::number(h->year) : tr("%1, %2").arg(detail, QString::number(h->year));
    switch (role) {
    case Qt::DisplayRole:
        return h->title.isEmpty() ? kindLabel(h->kind) : h->title;
    case Qt::AccessibleTextRole:
        return tr("%1: %2").arg(h->title, h->plainSnippet);
    case Qt::ToolTipRole: {
        const QString title = h->title.toHtmlEscaped();
        const QString source = h->documentTitle.isEmpty() || h->documentTitle == h->title
                                   ? QString()
                                   : QStringLiteral("<br/><i>%1</i>").arg(h->documentTitle.toHtmlEscaped());
        return QStringLiteral("<p><b>%1</b>%2</p><p>%3</p>").arg(title, source, h->plainSnippet.toHtmlEscaped());
    }
    case KindRole:
        return h->kind;
    case SnippetRole:
        return h->plainSnippet;
    case HighlightsRole: {
        QVariantList ranges;
        for (const auto &[start, length] : h->highlights)
            ranges << QPoint(start, length);
        return ranges;
    }
    case DetailRole:
        return detail;
    case IsHitRole:
        return true;
    default:
        return {};
    }
}

Qt::ItemFlags SearchResultsModel::flags(const QModelIndex &index) const
{
    if (!index.isValid())
        return Qt::NoItemFlags;
    if (index.internalId() == kGroupId)
        return m_groups[index.row()].hits.isEmpty() ? Qt::NoItemFlags : Qt::ItemIsEnabled | Qt::ItemIsSelectable;
    return Qt::ItemIsEnabled | Qt::ItemIsSelectable | Qt::ItemNeverHasChildren;
}

} // namespace standpoint::app
