// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/utf8offsets.h"

namespace standpoint::text {

qsizetype utf8Length(QStringView text)
{
    qsizetype bytes = 0;
    const qsizetype size = text.size();
    for (qsizetype i = 0; i < size; ++i) {
        const char16_t c = text[i].unicode();
        if (c < 0x80)
            bytes += 1;
        else if (c < 0x800)
            bytes += 2;
        else if (QChar::isHighSurrogate(c) && i + 1 < size && QChar::isLowSurrogate(text[i + 1].unicode())) {
            bytes += 4;
            ++i;
        } else if (QChar::isSurrogate(c))
            bytes += 1; // a lone surrogate, written as '?'
        else
            bytes += 3;
    }
    return bytes;
}

qsizetype utf8OffsetOf(const char *utf8, qsizetype size, qsizetype offset)
{
    qsizetype at = 0;
    for (qsizetype units = 0; units < offset && at < size; ++units) {
        const auto lead = static_cast<unsigned char>(utf8[at]);
        if (lead >= 0xf0) {
            at += 4;
            ++units; // a character beyond the basic plane is two UTF-16 units
        } else if (lead >= 0xe0)
            at += 3;
        else if (lead >= 0xc0)
            at += 2;
        else
            at += 1;
    }
    return at < size ? at : size;
}

} // namespace standpoint::text
