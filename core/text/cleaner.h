// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/pack/packspec.h"
#include "core/result.h"

#include <QList>
#include <QString>

namespace standpoint::text {

// One piece of the received text that cleaning took out, with its offsets in the received text.
struct RemovedSpan
{
    QString rule;
    QString why;
    qsizetype receivedStart = 0;
    qsizetype receivedEnd = 0;
    QString text;
};

struct CleanedText
{
    QString text; // paragraphs separated by one blank line, each trimmed
    QList<RemovedSpan> removed;
};

// Applies a document's declared cleaning rules in order, recording every removal.
// A rule whose marker is not found fails, so a rule never silently stops working.
Result<CleanedText> clean(const QString &received, const QList<pack::CleaningRuleSpec> &rules);

} // namespace standpoint::text
