// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/partialdate.h"

#include <QCoreApplication>
#include <QDate>
#include <QRegularExpression>

namespace standpoint::text {

QString PartialDate::precisionName() const
{
    switch (precision) {
    case Precision::Day:
        return QStringLiteral("day");
    case Precision::Month:
        return QStringLiteral("month");
    case Precision::Year:
        return QStringLiteral("year");
    case Precision::Decade:
        return QStringLiteral("decade");
    case Precision::Century:
        return QStringLiteral("century");
    }
    return {};
}

Result<PartialDate> parsePartialDate(const QString &text)
{
    static const QRegularExpression form(
        QStringLiteral("^(?:(\\d{4})(?:-(\\d{2})(?:-(\\d{2}))?)?|(\\d{3})0s|(\\d{1,2})C)$"));
    const auto m = form.match(text);
    const auto invalid = [&] {
        return Error{QCoreApplication::translate("PartialDate",
                                                 "\"%1\" is not a date: write YYYY-MM-DD, YYYY-MM, YYYY, a decade "
                                                 "such as 1960s, or a century such as 13C")
                         .arg(text)};
    };
    if (!m.hasMatch())
        return invalid();
    PartialDate d;
    d.text = text;
    if (m.hasCaptured(5)) {
        const int century = m.captured(5).toInt();
        if (century < 1)
            return invalid();
        d.precision = PartialDate::Precision::Century;
        d.start = (century - 1) * 100;
        d.end = d.start + 100;
    } else if (m.hasCaptured(4)) {
        d.precision = PartialDate::Precision::Decade;
        d.start = m.captured(4).toInt() * 10;
        d.end = d.start + 10;
    } else {
        const int year = m.captured(1).toInt();
        if (m.hasCaptured(3)) {
            const QDate date(year, m.captured(2).toInt(), m.captured(3).toInt());
            if (!date.isValid())
                return invalid();
            d.precision = PartialDate::Precision::Day;
            d.start = year + double(date.dayOfYear() - 1) / date.daysInYear();
            d.end = year + double(date.dayOfYear()) / date.daysInYear();
        } else if (m.hasCaptured(2)) {
            const int month = m.captured(2).toInt();
            if (month < 1 || month > 12)
                return invalid();
            d.precision = PartialDate::Precision::Month;
            d.start = year + (month - 1) / 12.0;
            d.end = year + month / 12.0;
        } else {
            d.precision = PartialDate::Precision::Year;
            d.start = year;
            d.end = year + 1;
        }
    }
    return d;
}

} // namespace standpoint::text
