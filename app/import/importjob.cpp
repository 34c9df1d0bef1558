// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/import/importjob.h"

#include "app/import/popplertextsource.h"
#include "core/import/documentimporter.h"
#include "core/import/importreader.h"
#include "core/store/documenttext.h"
#include "core/store/store.h"

#include <QFileInfo>
#include <QMetaObject>

namespace standpoint::app {

ImportJob::ImportJob(QString dbPath, QObject *parent) : QObject(parent), m_dbPath(std::move(dbPath))
{
    qRegisterMetaType<QList<importing::ImportDraft>>();
    m_pool.setMaxThreadCount(1);
}

// A worker posts back to this object; cancel it and wait, so none outlives it.
ImportJob::~ImportJob()
{
    if (m_cancel)
        m_cancel->store(true);
    m_pool.waitForDone();
}

void ImportJob::post(std::function<void()> fn) { QMetaObject::invokeMethod(this, std::move(fn), Qt::QueuedConnection); }

void ImportJob::cancel()
{
    if (m_cancel)
        m_cancel->store(true);
}

void ImportJob::read(const QStringList &paths)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    auto cancel = m_cancel;
    m_pool.start([this, paths, cancel] {
        const PopplerTextSource pdf;
        QList<importing::ImportDraft> drafts;
        QStringList refusals;
        for (qsizetype i = 0; i < paths.size(); ++i) {
            if (cancel->load()) {
                post([this] {
                    m_busy = false;
                    emit failed(store::cancelledMessage());
                });
                return;
            }
            post([this, i, n = paths.size(), path = paths[i]] { emit progress(int(i), int(n), path); });
            auto draft = importing::readForImport(paths[i], &pdf);
            if (draft) {
                drafts << *draft;
            } else {
                importing::ImportDraft refused;
                refused.path = paths[i];
                drafts << refused;
                refusals << draft.message();
                continue;
            }
            refusals << QString();
        }
        post([this, drafts, refusals] {
            m_busy = false;
            emit readFinished(drafts, refusals);
        });
    });
}

void ImportJob::write(const QList<importing::ImportDraft> &drafts)
{
    m_cancel = std::make_shared<std::atomic_bool>(false);
    m_busy = true;
    auto cancel = m_cancel;
    const QString path = m_dbPath;
    m_pool.start([this, drafts, cancel, path] {
        auto opened = store::Store::open(path, store::Store::Options{false, false});
        if (!opened) {
            post([this, message = opened.message()] {
                m_busy = false;
                emit failed(message);
            });
            return;
        }
        auto outcome = importing::importDrafts(
            opened->connection(), drafts, {},
            [this](int done, int total, const QString &file) { post([this, done, total, file] { emit progress(done, total, file); }); },
            cancel.get());
        if (!outcome) {
            post([this, message = outcome.message()] {
                m_busy = false;
                emit failed(message);
            });
            return;
        }
        QStringList keys;
        for (const importing::ImportedDocument &d : outcome->documents)
            keys << d.key;
        post([this, keys, created = outcome->newPositions] {
            m_busy = false;
            emit writeFinished(keys, created);
        });
    });
}

} // namespace standpoint::app
