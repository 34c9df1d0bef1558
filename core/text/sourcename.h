// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QString>
#include <QStringList>

namespace standpoint::text {

// A document named as on a chart legend: "Gabuev (2024)", "McFaul and Medeiros (2025)",
// "Carafano et al. (2022)", or its publisher when it names no author.
QString shortSourceName(const QStringList &authors, const QString &publisher, const QString &date);

} // namespace standpoint::text
