// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Every number in the bundled texts is accounted for: a data point, an event, or a documented "not a figure".
#include "core/sqlite/query.h"
#include "tests/support/testpack.h"

#include <QLocale>
#include <QRegularExpression>

#include <cmath>

using namespace standpoint;

namespace {

struct Span
{
    qint64 start, end;
};

// Digits (with separators), and spelled-out numbers that lead into percent or an amount.
const QRegularExpression &numberPattern()
{
    static const QRegularExpression pattern(
        QStringLiteral("\\d[\\d,.]*\\d|\\d|\\b(?:one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|fifteen|"
                       "twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety|hundred)(?:[- ](?:one|two|three|four|five|"
                       "six|seven|eight|nine))?(?= (?:percent|billion|million|trillion|thousand))"),
        QRegularExpression::CaseInsensitiveOption);
    return pattern;
}

// A dollar amount or a percentage: these must be data points, not merely mentioned by an event.
bool isMoneyOrPercent(const QString &text, qsizetype start, qsizetype end)
{
    static const QRegularExpression after(QStringLiteral("^(?:%| percent| per cent)"));
    return (start > 0 && text[start - 1] == QLatin1Char('$')) || after.match(QStringView(text).mid(end)).hasMatch();
}

QList<Span> spans(sql::Connection &db, const QString &query, qint64 documentId)
{
    QList<Span> out;
    EXPECT_TRUE(sql::forEachRow(db, query, {documentId},
                                [&](const sql::Statement &s) { out << Span{s.integer(0), s.integer(1)}; })
                    .ok());
    return out;
}

bool inside(const QList<Span> &list, qint64 start, qint64 end)
{
    return std::any_of(list.begin(), list.end(), [&](const Span &s) { return s.start <= start && end <= s.end; });
}

} // namespace

TEST(BundledNumbers, EveryNumberIsAFigureAnEventOrExcused)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    QList<std::tuple<qint64, QString, QString>> documents;
    ASSERT_TRUE(sql::forEachRow(db, QStringLiteral("SELECT id, key, cleaned_text FROM document"), {},
                                [&](const sql::Statement &s) { documents << std::tuple{s.integer(0), s.text(1), s.text(2)}; })
                    .ok());
    ASSERT_EQ(documents.size(), 5);
    int numbers = 0;
    QStringList unaccounted;
    for (const auto &[id, key, text] : documents) {
        const auto points = spans(db, QStringLiteral("SELECT q.start, q.end FROM data_point p JOIN quote q ON q.id = "
                                                     "p.quote_id WHERE q.document_id = ?"), id);
        const auto events = spans(db, QStringLiteral("SELECT q.start, q.end FROM event_quote e JOIN quote q ON q.id = "
                                                     "e.quote_id WHERE q.document_id = ?"), id);
        const auto excused = spans(db, QStringLiteral("SELECT q.start, q.end FROM not_figure n JOIN quote q ON q.id = "
                                                      "n.quote_id WHERE q.document_id = ?"), id);
        auto it = numberPattern().globalMatch(text);
        while (it.hasNext()) {
            const auto m = it.next();
            const qint64 start = m.capturedStart(), end = m.capturedEnd();
            ++numbers;
            const bool figure = inside(points, start, end);
            const bool accounted = figure || (!isMoneyOrPercent(text, start, end)
                                              && (inside(events, start, end) || inside(excused, start, end)));
            if (!accounted)
                unaccounted << QStringLiteral("%1@%2: %3 in “…%4…”")
                                   .arg(key)
                                   .arg(start)
                                   .arg(m.captured(), text.mid(qMax<qint64>(0, start - 50), 100));
        }
    }
    EXPECT_GT(numbers, 100);
    EXPECT_TRUE(unaccounted.isEmpty()) << unaccounted.size() << " numbers unaccounted for:\n"
                                       << unaccounted.join(QLatin1Char('\n')).toStdString();
}

// The forms in which a value can be written: 2615 as "2615" or "2,615", 10 as "10" or "ten".
QStringList writtenForms(double value)
{
    QStringList forms;
    if (value == std::floor(value)) {
        const qint64 whole = qint64(value);
        forms << QString::number(whole) << QLocale(QLocale::English).toString(whole);
        static const QStringList words = {QStringLiteral("zero"), QStringLiteral("one"), QStringLiteral("two"),
                                          QStringLiteral("three"), QStringLiteral("four"), QStringLiteral("five"),
                                          QStringLiteral("six"), QStringLiteral("seven"), QStringLiteral("eight"),
                                          QStringLiteral("nine"), QStringLiteral("ten"), QStringLiteral("eleven"),
                                          QStringLiteral("twelve")};
        if (whole >= 0 && whole < words.size())
            forms << words[whole];
        if (whole == 2)
            forms << QStringLiteral("double") << QStringLiteral("twice");
        if (whole == 4)
            forms << QStringLiteral("quadrupl");
    } else {
        forms << QString::number(value, 'g', 6);
    }
    return forms;
}

TEST(BundledNumbers, EveryDataPointQuoteHoldsItsValue)
{
    fixtures::TempStore temp;
    sql::Connection db = temp.open(true);
    QStringList missing;
    ASSERT_TRUE(sql::forEachRow(db, QStringLiteral("SELECT s.key, p.value, q.text FROM data_point p JOIN series s ON "
                                                   "s.id = p.series_id JOIN quote q ON q.id = p.quote_id"),
                                {},
                                [&](const sql::Statement &s) {
                                    const QStringList forms = writtenForms(s.real(1));
                                    const bool found = std::any_of(forms.begin(), forms.end(), [&](const QString &f) {
                                        return s.text(2).contains(f, Qt::CaseInsensitive);
                                    });
                                    if (!found)
                                        missing << QStringLiteral("%1 (%2): %3").arg(s.text(0)).arg(s.real(1)).arg(s.text(2));
                                })
                    .ok());
    EXPECT_TRUE(missing.isEmpty()) << missing.join(QLatin1Char('\n')).toStdString();
}
