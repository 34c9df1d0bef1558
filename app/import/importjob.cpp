// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/import/importjob.h"

#include "app/common/storesession.h"
#include "app/import/popplertextsource.h"
#include "core/import/documentimporter.h"
#include "core/import/importreader.h"
#include "core/store/documenttext.h"

#include <QFileInfo>
#include <QMetaObject>
#include <QPointer>

namespace standpoint::app {

ImportJob::ImportJob(StoreSession *session, QObject *parent) : QObject(parent), m_session(session)
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
    QPointer<ImportJob> self(this);
    StoreSession *session = m_session;
    store::ConnectionThread *writer = session->writer();
    const auto answer = [session, self](std::function<void(ImportJob *)> fn) {
        session->post([self, fn] {
            if (self)
                fn(self);
        });
    };
    session->write([drafts, cancel, writer, answer](sql::Connection &db) {
        if (!db.isOpen()) {
            answer([message = writer->openError().message](ImportJob *job) {
                job->m_busy = false;
                emit job->failed(message);
            });
            return;
        }
        const importing::YieldToOthers yield{.waiting = [writer] { return writer->othersWaiting(); },
                                             .run = [writer] { writer->runWaiting(); }};
        auto outcome = importing::importDrafts(
            db, drafts, {},
            [answer](int done, int total, const QString &file) {
                answer([done, total, file](ImportJob *job) { emit job->progress(done, total, file); });
            },
            cancel.get(), yield);
        if (!outcome) {
            answer([message = outcome.message()](ImportJob *job) {
                job->m_busy = false;
                emit job->failed(message);
            });
            return;
        }
        QStringList keys;
        for (const importing::ImportedDocument &d : outcome->documents)
            keys << d.key;
        answer([keys, created = outcome->newPositions](ImportJob *job) {
            job->m_busy = false;
            emit job->writeFinished(keys, created);
        });
    });
}

} // namespace standpoint::app
