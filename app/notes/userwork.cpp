// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "app/notes/userwork.h"

#include "app/common/storesession.h"
#include "core/sqlite/connection.h"

#include <QPointer>
#include <QUndoStack>

#include <algorithm>

namespace standpoint::app {

UserWork::UserWork(StoreSession *session, QObject *parent)
    : QObject(parent), m_session(session), m_undo(new QUndoStack(this))
{
}

void UserWork::reload() { change([](sql::Connection &) { return success(); }); }

void UserWork::change(Change job, std::function<void(const Status &)> done)
{
    ++m_pending;
    QPointer<UserWork> self(this);
    StoreSession *session = m_session;
    m_session->write([self, session, job = std::move(job), done = std::move(done)](sql::Connection &db) {
        const Status status = db.isOpen() ? job(db) : Status(Error{tr("The store is not open, so the change was not saved")});
        auto work = db.isOpen() ? notes::readUserWork(db) : Result<notes::UserWorkSnapshot>(Error{QString()});
        session->post([self, status, work, done] {
            if (!self)
                return;
            --self->m_pending;
            if (work)
                self->apply(*work);
            if (done)
                done(status); // the caller says how it went
            else if (!status)
                self->report(status.message());
        });
    });
}

void UserWork::apply(const notes::UserWorkSnapshot &work)
{
    m_work = work;
    m_loaded = true;
    emit annotationsChanged();
    emit setsChanged();
}

QList<notes::Annotation> UserWork::annotationsFor(qint64 documentId) const
{
    if (documentId == 0)
        return {};
    notes::AnnotationFilter filter;
    filter.documentId = documentId;
    return notes::filterAnnotations(m_work.annotations, filter);
}

notes::ReadingSet UserWork::set(qint64 setId) const
{
    const auto found = std::find_if(m_work.sets.cbegin(), m_work.sets.cend(), [&](const notes::ReadingSet &s) { return s.id == setId; });
    return found == m_work.sets.cend() ? notes::ReadingSet{} : *found;
}

} // namespace standpoint::app
