// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/utf8offsets.h"

#include <gtest/gtest.h>

#include <QString>
#include <QStringList>

using namespace standpoint;

namespace {

const QStringList kSamples{
    QString(), QStringLiteral("plain ASCII"), QStringLiteral("Caf\u00e9 \u00fcber na\u00efve"), QStringLiteral("\u4e2d\u56fd\u548c\u4fc4\u7f57\u65af"),
    QStringLiteral("\U0001F600 grin, \U0001D465 math"), QStringLiteral("mixed \u00e9\u4e2d\U0001F600 end"),
};

} // namespace

TEST(Utf8Offsets, LengthIsWhatToUtf8Writes)
{
    for (const QString &s : kSamples)
        EXPECT_EQ(text::utf8Length(s), s.toUtf8().size()) << qPrintable(s);
    // A lone surrogate is written as one byte.
    const QString lone = QStringLiteral("a") + QChar(char16_t(0xd800)) + QStringLiteral("b");
    EXPECT_EQ(text::utf8Length(lone), lone.toUtf8().size());
}

TEST(Utf8Offsets, EveryCharacterBoundaryMapsToItsByte)
{
    for (const QString &s : kSamples) {
        const QByteArray utf8 = s.toUtf8();
        for (qsizetype i = 0; i <= s.size(); ++i) {
            if (i > 0 && i < s.size() && s[i].isLowSurrogate())
                continue; // inside a pair: not a boundary
            EXPECT_EQ(text::utf8OffsetOf(utf8.constData(), utf8.size(), i), s.left(i).toUtf8().size()) << qPrintable(s) << " at " << i;
        }
        // Past the end is the end.
        EXPECT_EQ(text::utf8OffsetOf(utf8.constData(), utf8.size(), s.size() + 5), utf8.size());
    }
}
