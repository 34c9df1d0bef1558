// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QString>

#include <memory>

class QLockFile;

namespace standpoint::store {

// Keeps a second Standpoint window from opening the same store: a lock file beside the store
// ("<store>.lock") held while the app runs. A lock left by a crashed app is taken over.
class InstanceLock
{
public:
    static Result<InstanceLock> acquire(const QString &storePath);
    InstanceLock(InstanceLock &&) noexcept;
    InstanceLock &operator=(InstanceLock &&) noexcept;
    ~InstanceLock();

private:
    explicit InstanceLock(std::unique_ptr<QLockFile> lock);
    std::unique_ptr<QLockFile> m_lock;
};

} // namespace standpoint::store
