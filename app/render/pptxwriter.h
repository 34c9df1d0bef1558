// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"

#include <QByteArray>
#include <QImage>
#include <QList>
#include <QSize>
#include <QString>
#include <QStringList>

#include <atomic>

namespace standpoint::render {

// One 16:9 slide: a title, a picture (PNG bytes) filling the body, a source line at the foot,
// and speaker notes (one paragraph each).
struct DeckSlide
{
    QString title;
    QByteArray png;
    QSize pngSize; // in pixels; when invalid, the size is read from the PNG header
    QImage image;  // instead of png: a picture drawn but not yet encoded, which writePptx encodes (off the GUI thread)
    QString sourceLine;
    QStringList notes;
};

// Writes a .pptx (OOXML PresentationML) with one slide per entry, 16:9 (12192000 x 6858000 EMU).
// The file is replaced only when the whole deck was written; otherwise the Error names the path
// and what failed, and any existing file at path is left as it was. When stop is given and becomes true
// (from another thread), writing ends at the next slide and nothing is written.
Status writePptx(const QString &path, const QString &deckTitle, const QList<DeckSlide> &slides,
                 const std::atomic_bool *stop = nullptr);

} // namespace standpoint::render
