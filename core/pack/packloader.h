// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

namespace standpoint::sql {
class Connection;
}

namespace standpoint::pack {

struct LoadSummary
{
    QString debateKey;
    int documents = 0;
    int quotes = 0;
    int claims = 0;
    int stances = 0;
    int events = 0;
    int dataPoints = 0;
};

// Loads a debate pack folder (or a Qt resource path such as ":/packs/russia-china") into the store,
// in one transaction: on any error nothing is written, and the message names the file, line and entry.
Result<LoadSummary> loadPack(sql::Connection &db, const QString &directory);

// The bundled debate, embedded in the core.
QString bundledPackPath();

} // namespace standpoint::pack
