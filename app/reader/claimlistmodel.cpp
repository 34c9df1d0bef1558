// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/reader/claimlistmodel.h"

#include "app/common/stancestyle.h"

#include <QColor>

namespace standpoint::app {

ClaimListModel::ClaimListModel(QObject *parent) : QAbstractListModel(parent) {}

void ClaimListModel::setClaims(const QList<debate::ClaimView> &claims, const QList<debate::Theme> &themes)
{
    beginResetModel();
    m_claims = claims;
    m_themes = themes;
    endResetModel();
}

int ClaimListModel::rowAt(qint64 offset) const
{
    for (qsizetype r = 0; r < m_claims.size(); ++r) {
        for (const debate::QuoteView &q : m_claims[r].quotes) {
            if (offset >= q.start && offset < q.end)
                return int(r);
        }
    }
    return -1;
}

int ClaimListModel::rowCount(const QModelIndex &parent) const { return parent.isValid() ? 0 : int(m_claims.size()); }

QString ClaimListModel::themeLabels(const debate::ClaimView &claim) const
{
    QStringList labels;
    for (const QString &key : claim.themes) {
        for (const debate::Theme &t : m_themes) {
            if (t.key == key)
                labels << t.label;
        }
    }
    return labels.join(QStringLiteral(", "));
}

QVariant ClaimListModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || index.row() >= m_claims.size())
        return {};
    const debate::ClaimView &c = m_claims[index.row()];
    int theme = 0;
    if (!c.themes.isEmpty()) {
        for (qsizetype i = 0; i < m_themes.size(); ++i) {
            if (m_themes[i].key == c.themes.first())
                theme = int(i);
        }
    }
    switch (role) {
    case Qt::DisplayRole:
        return tr("%1\n%2 · %3").arg(c.paraphrase, c.voiceLabel, themeLabels(c));
    case Qt::AccessibleTextRole:
        return tr("Claim by %1: %2. Themes: %3").arg(c.voiceLabel, c.paraphrase, themeLabels(c));
    case Qt::ToolTipRole: {
        QStringList quotes;
        for (const debate::QuoteView &q : c.quotes)
            quotes << QStringLiteral("“%1”").arg(q.text);
        return quotes.join(QStringLiteral("\n\n"));
    }
    case Qt::DecorationRole:
        return ThemeStyle::color(theme);
    case ThemeIndexRole:
        return theme;
    case QuoteStartRole:
        return c.quotes.isEmpty() ? QVariant() : QVariant(c.quotes.first().start);
    case QuoteEndRole:
        return c.quotes.isEmpty() ? QVariant() : QVariant(c.quotes.first().end);
    default:
        return {};
    }
}

} // namespace standpoint::app
