// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/slug.h"

#include <QRegularExpression>

namespace standpoint::text {

QString slugify(const QString &title, const QString &fallback)
{
    static const QRegularExpression nonWord(QStringLiteral("[^a-z0-9]+"));
    QString s = title.toLower().replace(nonWord, QStringLiteral("-")).left(40);
    while (s.startsWith(QLatin1Char('-')))
        s.remove(0, 1);
    while (s.endsWith(QLatin1Char('-')))
        s.chop(1);
    return s.isEmpty() ? fallback : s;
}

Result<QString> firstFreeKey(const QString &base, const std::function<Result<bool>(const QString &)> &taken)
{
    QString key = base;
    for (int n = 2;; ++n) {
        auto used = taken(key);
        if (!used)
            return used.error();
        if (!*used)
            return key;
        key = base + QLatin1Char('-') + QString::number(n);
    }
}

} // namespace standpoint::text
