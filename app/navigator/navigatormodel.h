// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QStandardItemModel>

namespace standpoint::app {

// The navigator tree: the debate, its positions, and under each the documents and speakers.
class NavigatorModel : public QStandardItemModel
{
    Q_OBJECT
public:
    enum Role { KindRole = Qt::UserRole + 1, KeyRole, DocumentIdRole };
    enum class Kind { Debate, Position, Document, Speaker };

    explicit NavigatorModel(QObject *parent = nullptr);
    void setDebate(const debate::DebateSnapshot &debate);
};

} // namespace standpoint::app
