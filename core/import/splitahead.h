// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/text/textsplitter.h"

#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace standpoint::importing {

// A document's text as it will be stored: cleaned, and split into paragraphs and sentences.
struct SplitText
{
    QString cleaned;
    QList<text::Paragraph> paragraphs;
};

// Cleans and splits a list of texts on a thread of its own, a few ahead of the caller, so an import's
// writer (which holds the store) never waits on sentence breaking. take(i) waits for text i.
class SplitAhead
{
public:
    // `textOf(i)` gives the i-th text; it is called on the splitting thread and must be safe there.
    SplitAhead(qsizetype count, std::function<QString(qsizetype)> textOf);
    ~SplitAhead();
    SplitAhead(const SplitAhead &) = delete;
    SplitAhead &operator=(const SplitAhead &) = delete;

    SplitText take(qsizetype index);

private:
    void work();

    static constexpr qsizetype kAhead = 64;
    const qsizetype m_count;
    const std::function<QString(qsizetype)> m_textOf;
    std::vector<SplitText> m_done;
    qsizetype m_ready = 0; // texts split so far
    qsizetype m_taken = 0; // texts handed out so far
    bool m_stop = false;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
};

} // namespace standpoint::importing
