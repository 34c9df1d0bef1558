// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QWidget>

namespace standpoint::app {

// The stance scale as a row of labelled chips, so every colour on screen is explained.
class StanceLegend : public QWidget
{
    Q_OBJECT
public:
    explicit StanceLegend(QWidget *parent = nullptr);
    QSize sizeHint() const override;

protected:
    void paintEvent(QPaintEvent *event) override;
};

} // namespace standpoint::app
