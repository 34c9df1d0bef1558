// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/store/instancelock.h"

#include <QCoreApplication>
#include <QDir>
#include <QFileInfo>
#include <QLockFile>

namespace standpoint::store {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(Store) };
} // namespace

InstanceLock::InstanceLock(std::unique_ptr<QLockFile> lock) : m_lock(std::move(lock)) {}
InstanceLock::InstanceLock(InstanceLock &&) noexcept = default;
InstanceLock &InstanceLock::operator=(InstanceLock &&) noexcept = default;
InstanceLock::~InstanceLock() = default;

Result<InstanceLock> InstanceLock::acquire(const QString &storePath)
{
    const QString folder = QFileInfo(storePath).absolutePath();
    if (!QDir().mkpath(folder))
        return Error{Tr::tr("Cannot create the folder %1 for the store").arg(folder)};
    auto lock = std::make_unique<QLockFile>(storePath + QStringLiteral(".lock"));
    lock->setStaleLockTime(0); // only a lock whose process is gone is stale
    if (lock->tryLock(100))
        return InstanceLock(std::move(lock));
    if (lock->error() == QLockFile::LockFailedError) {
        qint64 pid = 0;
        QString host, app;
        lock->getLockInfo(&pid, &host, &app);
        return Error{Tr::tr("The store %1 is already open in another Standpoint window (process %2 on %3); close it there, or "
                        "open another store with --db").arg(storePath, QString::number(pid), host)};
    }
    return Error{Tr::tr("Cannot lock the store %1: its folder cannot be written").arg(storePath)};
}

} // namespace standpoint::store
