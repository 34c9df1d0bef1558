// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QHeaderView>

namespace standpoint::app {

// A header whose section titles wrap onto several lines instead of being cut off: the model asks for
// Qt::TextWordWrap in its TextAlignmentRole, which the style honours, and sections are sized to fit.
class WrappingHeader : public QHeaderView
{
    Q_OBJECT
public:
    explicit WrappingHeader(Qt::Orientation orientation, QWidget *parent = nullptr);

protected:
    QSize sectionSizeFromContents(int logicalIndex) const override;
};

} // namespace standpoint::app
