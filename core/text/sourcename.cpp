// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/sourcename.h"

#include <QCoreApplication>

namespace standpoint::text {

QString shortSourceName(const QStringList &authors, const QString &publisher, const QString &date)
{
    const auto surname = [](const QString &name) { return name.split(QLatin1Char(' ')).last(); };
    QString who;
    if (authors.isEmpty())
        who = publisher;
    else if (authors.size() == 1)
        who = surname(authors[0]);
    else if (authors.size() == 2)
        who = QCoreApplication::translate("SourceName", "%1 and %2").arg(surname(authors[0]), surname(authors[1]));
    else
        who = QCoreApplication::translate("SourceName", "%1 et al.").arg(surname(authors[0]));
    return date.isEmpty() ? who : QStringLiteral("%1 (%2)").arg(who, date.left(4));
}

} // namespace standpoint::text
