// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/process/peakmemory.h"

#include <QFile>

namespace standpoint::process {

double peakMemoryMiB()
{
    QFile status(QStringLiteral("/proc/self/status"));
    if (!status.open(QIODevice::ReadOnly))
        return 0;
    for (const QByteArray &line : status.readAll().split('\n')) {
        if (line.startsWith("VmHWM:"))
            return line.mid(6).trimmed().split(' ').first().toDouble() / 1024.0;
    }
    return 0;
}

} // namespace standpoint::process
