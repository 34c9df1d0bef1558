// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QString>
#include <QStringList>

namespace standpoint::cli {

// What the command line asked for, after option parsing.
struct Invocation
{
    QString dbPath;
    QString command;
    QStringList arguments;
    int limit = 20;
    bool json = false;
    QStringList kinds;
    // Options of the drawing commands.
    QString out, size, title, unit;
    bool csv = false;
    QStringList charts, with, events, positions;
    QString from, to, note;
    // Search filters (--position also credits an import, --speaker too).
    QStringList filterPositions, filterSpeakers, filterDocuments, filterThemes, filterYears;
    bool facets = false;
    // Import and reuse.
    QString newPosition, debate, minSimilarity;
    bool skipBad = false;
};

// Exit codes: 0 success, 1 the command failed, 2 the command line was wrong.
enum ExitCode { Ok = 0, Failed = 1, Usage = 2 };

// Runs one command; prints results on stdout and a one-line message on stderr on failure.
int run(const Invocation &invocation);

QStringList commandNames();

} // namespace standpoint::cli
