// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QAbstractTableModel>

namespace standpoint::app {

// The Compare matrix: debate questions (rows) × voices (columns: positions and speakers).
class CompareModel : public QAbstractTableModel
{
    Q_OBJECT
public:
    enum Role { ValueRole = Qt::UserRole + 1, ParaphraseRole, QuoteCountRole, VoiceKeyRole, QuestionKeyRole };

    explicit CompareModel(QObject *parent = nullptr);

    void setDebate(const debate::DebateSnapshot &debate);
    const debate::DebateSnapshot &debate() const { return m_debate; }

    int rowCount(const QModelIndex &parent = {}) const override;
    int columnCount(const QModelIndex &parent = {}) const override;
    QVariant data(const QModelIndex &index, int role = Qt::DisplayRole) const override;
    QVariant headerData(int section, Qt::Orientation orientation, int role = Qt::DisplayRole) const override;

    const debate::Question &question(int row) const { return m_debate.questions[row]; }
    const debate::Voice &voice(int column) const { return m_debate.voices[column]; }
    int columnOf(const QString &voiceKey) const;
    int rowOf(const QString &questionKey) const;
    // The stance in a cell, or nullptr when the pack has none.
    const debate::Stance *stance(const QModelIndex &index) const;
    // The header label of a voice: a speaker also names the panel it belongs to.
    QString voiceTitle(int column) const;

private:
    QString tooltip(const QModelIndex &index) const;

    debate::DebateSnapshot m_debate;
};

} // namespace standpoint::app
