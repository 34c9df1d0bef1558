// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/prepareahead.h"

#include "core/store/documenttext.h"

namespace standpoint::importing {

PrepareAhead::PrepareAhead(qsizetype count, MakeDraft make)
    : m_count(count), m_make(std::move(make)), m_slots(size_t(kAhead)), m_thread([this] { work(); })
{
}

PrepareAhead::~PrepareAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

PreparedDraft PrepareAhead::prepare(Result<ImportDraft> made)
{
    PreparedDraft p;
    if (!made) {
        p.refusal = made.message();
        return p;
    }
    p.draft = std::move(*made);
    p.cleaned = p.draft.cleanedText().trimmed();
    p.paragraphs = text::splitParagraphs(p.cleaned);
    p.cleanedUtf8 = p.cleaned.toUtf8();
    const QString received = p.draft.receivedText();
    if (received != p.cleaned)
        p.receivedUtf8 = received.toUtf8();
    p.paragraphBytes = store::utf8Spans(p.cleaned, p.paragraphs);
    return p;
}

void PrepareAhead::work()
{
    for (qsizetype i = 0; i < m_count; ++i) {
        {
            std::unique_lock lock(m_mutex);
            // Slot i % kAhead is free once the caller has moved past the draft before i in it.
            while (!m_stop && i >= m_taken + kAhead - 1) {
                m_workerWaits = true;
                m_changed.wait(lock);
            }
            m_workerWaits = false;
            if (m_stop)
                return;
        }
        PreparedDraft prepared = prepare(m_make(i));
        bool wake = false;
        {
            const std::lock_guard lock(m_mutex);
            m_slots[size_t(i % kAhead)] = std::move(prepared);
            m_ready = i + 1;
            wake = m_takerWaits;
        }
        if (wake)
            m_changed.notify_all();
    }
}

const PreparedDraft &PrepareAhead::next()
{
    std::unique_lock lock(m_mutex);
    const qsizetype index = m_taken;
    if (index >= m_count) {
        m_none.refusal = QStringLiteral("no draft %1: there are %2").arg(index + 1).arg(m_count);
        return m_none;
    }
    while (m_ready <= index) {
        m_takerWaits = true;
        m_changed.wait(lock);
    }
    m_takerWaits = false;
    const PreparedDraft &prepared = m_slots[size_t(index % kAhead)];
    m_taken = index + 1;
    // The preparing thread, once it is a full window ahead, is woken when half the window is free again,
    // not for every draft taken.
    const bool wake = m_workerWaits && m_ready - m_taken <= kAhead / 2;
    lock.unlock();
    if (wake)
        m_changed.notify_all();
    return prepared;
}

} // namespace standpoint::importing
