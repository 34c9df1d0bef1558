// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QString>

#include <functional>

class QIODevice;

namespace standpoint::exporting {

// Writes an export whole or not at all: into a file beside the target, renamed over it only when
// everything was written (QSaveFile), so a full disk or a failed export never leaves half a file or
// spoils the one that was there. Every error names the file.
class AtomicFile
{
public:
    // The writer gets the open device and returns an error (the reason only: the file is named here)
    // to abandon the file.
    using Writer = std::function<Status(QIODevice &device)>;

    static Status write(const QString &path, const QByteArray &bytes);
    static Status write(const QString &path, const Writer &writer);
};

} // namespace standpoint::exporting
