// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QAbstractListModel>

namespace standpoint::app {

// The Reader's margin list: the claims a document makes, in reading order, with their themes.
class ClaimListModel : public QAbstractListModel
{
    Q_OBJECT
public:
    enum Role { ThemeIndexRole = Qt::UserRole + 1, QuoteStartRole, QuoteEndRole };

    explicit ClaimListModel(QObject *parent = nullptr);

    void setClaims(const QList<debate::ClaimView> &claims, const QList<debate::Theme> &themes);
    const debate::ClaimView &claim(int row) const { return m_claims[row]; }
    // The row of the claim one of whose quotes covers a cleaned-text offset, or -1.
    int rowAt(qint64 offset) const;

    int rowCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;

private:
    QString themeLabels(const debate::ClaimView &claim) const;

    QList<debate::ClaimView> m_claims;
    QList<debate::Theme> m_themes;
};

} // namespace standpoint::app
