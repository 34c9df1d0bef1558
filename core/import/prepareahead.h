// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/import/importdraft.h"
#include "core/result.h"
#include "core/text/textsplitter.h"

#include <QByteArray>
#include <QList>
#include <QString>

#include <condition_variable>
#include <functional>
#include <mutex>
#include <thread>
#include <vector>

namespace standpoint::importing {

// A draft made ready to be written: read (or refused, and why), its cleaned text split into paragraphs
// and sentences, and its texts already in the UTF-8 the store keeps.
struct PreparedDraft
{
    ImportDraft draft;
    QString refusal; // not empty: the draft could not be made
    QString cleaned; // the cleaned text, trimmed
    QList<text::Paragraph> paragraphs;
    QByteArray cleanedUtf8;
    QByteArray receivedUtf8; // empty where the text was received as it is kept (the store's convention)
    QList<text::Span> paragraphBytes; // where each paragraph lies in cleanedUtf8
};

// Makes drafts (reading files, say) and prepares them on a thread of its own, a few ahead of the caller,
// so an import's writer, which holds the store, neither reads nor splits nor converts text itself.
class PrepareAhead
{
public:
    // `make(i)` gives the i-th draft, or why it cannot; it is called on the preparing thread, in order.
    using MakeDraft = std::function<Result<ImportDraft>(qsizetype index)>;

    PrepareAhead(qsizetype count, MakeDraft make);
    ~PrepareAhead();
    PrepareAhead(const PrepareAhead &) = delete;
    PrepareAhead &operator=(const PrepareAhead &) = delete;

    // The next draft in order, waiting for it if need be. Call it at most `count` times. The draft stays
    // valid until the next call: it is then freed by the preparing thread, whose memory it is (freeing
    // it here would have the two threads contend for the allocator's lock for every piece of text).
    const PreparedDraft &next();

    static PreparedDraft prepare(Result<ImportDraft> made);

private:
    void work();

    static constexpr qsizetype kAhead = 64;
    const qsizetype m_count;
    const MakeDraft m_make;
    std::vector<PreparedDraft> m_slots; // draft i waits in slot i % kAhead
    PreparedDraft m_none;               // what a call too many gets
    qsizetype m_ready = 0; // drafts prepared so far
    qsizetype m_taken = 0; // drafts handed out so far
    bool m_stop = false;
    bool m_workerWaits = false;
    bool m_takerWaits = false;
    std::mutex m_mutex;
    std::condition_variable m_changed;
    std::thread m_thread;
};

} // namespace standpoint::importing
