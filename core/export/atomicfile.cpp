// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/export/atomicfile.h"

#include <QCoreApplication>
#include <QDir>
#include <QSaveFile>

namespace standpoint::exporting {

namespace {

Error cannotWrite(const QString &path, const QString &why)
{
    return Error{QCoreApplication::translate("AtomicFile", "Cannot write %1: %2").arg(QDir::toNativeSeparators(path), why)};
}

} // namespace

Status AtomicFile::write(const QString &path, const QByteArray &bytes)
{
    return write(path, [&bytes](QIODevice &device) -> Status {
        if (device.write(bytes) != bytes.size())
            return Error{device.errorString()};
        return success();
    });
}

Status AtomicFile::write(const QString &path, const Writer &writer)
{
    QSaveFile file(path);
    if (!file.open(QIODevice::WriteOnly))
        return cannotWrite(path, file.errorString());
    if (Status written = writer(file); !written) {
        file.cancelWriting();
        return cannotWrite(path, written.message().isEmpty() ? file.errorString() : written.message());
    }
    if (!file.commit())
        return cannotWrite(path, file.errorString());
    return success();
}

} // namespace standpoint::exporting
