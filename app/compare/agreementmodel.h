// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/agreement.h"
#include "core/debate/debatesnapshot.h"

#include <QAbstractTableModel>

namespace standpoint::app {

// How often each pair of voices agrees across the questions both address: a small heat map.
class AgreementModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ShareRole = Qt::UserRole + 1, ComparedRole, DifferingRole };

    explicit AgreementModel(QObject *parent = nullptr);

    void setDebate(const debate::DebateSnapshot &debate);
    // The voices shown, in order (the Compare view's visible columns).
    void setVoices(const QStringList &voiceKeys);
    QStringList voices() const { return m_voices; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    debate::PairAgreement pair(const QModelIndex &index) const;
    QString shortLabel(int section) const;

private:
    debate::DebateSnapshot m_debate;
    QStringList m_voices;
};

} // namespace standpoint::app
