// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/debate/debatesnapshot.h"

#include <QObject>
#include <QThreadPool>

namespace standpoint::app {

// Opens the store and reads from it on worker threads, each with its own SQLite connection, and
// delivers plain value structs by signal. Each request gets a token; a view drops answers to
// requests it has since replaced.
class StoreReader : public QObject
{
    Q_OBJECT
public:
    explicit StoreReader(QString dbPath, QObject *parent = nullptr);
    ~StoreReader() override;

    QString dbPath() const { return m_dbPath; }

    // Opens (creating and filling on first run) the store, then reads its first debate.
    int openStore();
    int loadDocument(qint64 documentId);

signals:
    void debateLoaded(int token, const standpoint::debate::DebateSnapshot &debate);
    void documentLoaded(int token, const standpoint::debate::DocumentText &document);
    void failed(int token, const QString &message);

private:
    int nextToken() { return ++m_token; }

    QString m_dbPath;
    QThreadPool m_pool;
    int m_token = 0;
};

} // namespace standpoint::app
