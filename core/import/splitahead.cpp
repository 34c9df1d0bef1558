// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/import/splitahead.h"

namespace standpoint::importing {

SplitAhead::SplitAhead(qsizetype count, std::function<QString(qsizetype)> textOf)
    : m_count(count), m_textOf(std::move(textOf)), m_done(size_t(count)), m_thread([this] { work(); })
{
}

SplitAhead::~SplitAhead()
{
    {
        const std::lock_guard lock(m_mutex);
        m_stop = true;
    }
    m_changed.notify_all();
    m_thread.join();
}

void SplitAhead::work()
{
    for (qsizetype i = 0; i < m_count; ++i) {
        {
            std::unique_lock lock(m_mutex);
            m_changed.wait(lock, [&] { return m_stop || i < m_taken + kAhead; });
            if (m_stop)
                return;
        }
        SplitText split;
        split.cleaned = m_textOf(i);
        split.paragraphs = text::splitParagraphs(split.cleaned);
        {
            const std::lock_guard lock(m_mutex);
            m_done[size_t(i)] = std::move(split);
            m_ready = i + 1;
        }
        m_changed.notify_all();
    }
}

SplitText SplitAhead::take(qsizetype index)
{
    std::unique_lock lock(m_mutex);
    m_changed.wait(lock, [&] { return m_ready > index; });
    SplitText split = std::move(m_done[size_t(index)]);
    m_taken = std::max(m_taken, index + 1);
    lock.unlock();
    m_changed.notify_all();
    return split;
}

} // namespace standpoint::importing
