// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/common/storereader.h"

#include "core/debate/debatereader.h"
#include "core/store/store.h"

#include <QMetaObject>

namespace standpoint::app {

StoreReader::StoreReader(QString dbPath, QObject *parent) : QObject(parent), m_dbPath(std::move(dbPath))
{
    qRegisterMetaType<debate::DebateSnapshot>();
    qRegisterMetaType<debate::DocumentText>();
    m_pool.setMaxThreadCount(2);
}

// Workers post back to this object; waiting here means none outlives it.
StoreReader::~StoreReader() { m_pool.waitForDone(); }

int StoreReader::openStore()
{
    const int token = nextToken();
    const QString path = m_dbPath;
    m_pool.start([this, token, path] {
        auto store = store::Store::open(path);
        if (!store) {
            const QString message = store.message();
            QMetaObject::invokeMethod(this, [this, token, message] { emit failed(token, message); }, Qt::QueuedConnection);
            return;
        }
        auto snapshot = debate::readDebate(store->connection());
        if (!snapshot) {
            const QString message = snapshot.message();
            QMetaObject::invokeMethod(this, [this, token, message] { emit failed(token, message); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, token, debate = *snapshot] { emit debateLoaded(token, debate); }, Qt::QueuedConnection);
    });
    return token;
}

int StoreReader::loadDocument(qint64 documentId)
{
    const int token = nextToken();
    const QString path = m_dbPath;
    m_pool.start([this, token, path, documentId] {
        auto store = store::Store::open(path, store::Store::Options{false, true});
        auto document = store ? debate::readDocument(store->connection(), documentId)
                              : Result<debate::DocumentText>(store.error());
        if (!document) {
            const QString message = document.message();
            QMetaObject::invokeMethod(this, [this, token, message] { emit failed(token, message); }, Qt::QueuedConnection);
            return;
        }
        QMetaObject::invokeMethod(
            this, [this, token, doc = *document] { emit documentLoaded(token, doc); }, Qt::QueuedConnection);
    });
    return token;
}

} // namespace standpoint::app
