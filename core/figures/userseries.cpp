// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/figures/userseries.h"
#include "core/text/slug.h"

#include "core/sqlite/query.h"
#include "core/sqlite/transaction.h"
#include "core/text/csvreader.h"

#include <QCoreApplication>
#include <QDateTime>
#include <QFile>
#include <QFileInfo>
#include <QRegularExpression>
#include <QSet>
#include <QStringDecoder>

#include <cmath>

namespace standpoint::figures {

namespace {

struct Tr { Q_DECLARE_TR_FUNCTIONS(UserSeries) };

constexpr qint64 kMaxFileSize = 1024 * 1024;


} // namespace

Result<QList<UserPoint>> parseUserSeriesCsv(const QString &text, const QString &fileName)
{
    auto table = text::parseCsv(text, fileName);
    if (!table)
        return table.error();
    QStringList header;
    for (const QString &h : table->header)
        header << h.toLower();
    const int year = int(header.indexOf(QStringLiteral("year")));
    const int value = int(header.indexOf(QStringLiteral("value")));
    const int note = int(header.indexOf(QStringLiteral("note")));
    if (table->header.size() == 1 && table->header.first().contains(QLatin1Char(';')))
        return Error{Tr::tr("%1:1: the columns are separated by semicolons; write them with commas: year,value,note").arg(fileName)};
    if (year < 0 || value < 0)
        return Error{Tr::tr("%1:1: the header must name the columns year and value (and optionally note), not \"%2\"")
                         .arg(fileName, table->header.join(QLatin1Char(',')))};
    if (table->rows.isEmpty())
        return Error{Tr::tr("%1: there are no rows under the header").arg(fileName)};
    QList<UserPoint> points;
    QSet<int> seen;
    for (const text::CsvRow &row : table->rows) {
        bool ok = false;
        const QString yearText = row.fields[year].trimmed();
        const int y = yearText.toInt(&ok);
        if (!ok || y < 1000 || y > 3000)
            return Error{Tr::tr("%1:%2: \"%3\" is not a year (write it as four digits, such as 2021)")
                             .arg(fileName, QString::number(row.line), yearText)};
        if (seen.contains(y))
            return Error{Tr::tr("%1:%2: the year %3 is given twice").arg(fileName, QString::number(row.line), QString::number(y))};
        seen.insert(y);
        const QString valueText = row.fields[value].trimmed();
        const double v = valueText.toDouble(&ok);
        if (!ok || !std::isfinite(v))
            return Error{Tr::tr("%1:%2: \"%3\" is not a number (use a point for decimals, no thousands separators)")
                             .arg(fileName, QString::number(row.line), valueText)};
        points << UserPoint{y, v, note >= 0 ? row.fields[note].trimmed() : QString()};
    }
    std::sort(points.begin(), points.end(), [](const UserPoint &a, const UserPoint &b) { return a.year < b.year; });
    return points;
}

Result<QString> addUserSeries(sql::Connection &db, const QString &filePath, const QString &title, const QString &unit)
{
    const QString name = QFileInfo(filePath).fileName();
    if (title.trimmed().isEmpty())
        return Error{Tr::tr("Give the series a title")};
    if (unit.trimmed().isEmpty())
        return Error{Tr::tr("Give the series a unit, such as \"USD bn\" or \"%\"")};
    QFile file(filePath);
    if (!file.open(QIODevice::ReadOnly))
        return Error{Tr::tr("%1: cannot read the file: %2").arg(filePath, file.errorString())};
    if (file.size() > kMaxFileSize)
        return Error{Tr::tr("%1: the file is %2 KB; a series file may be at most 1024 KB").arg(name, QString::number(file.size() / 1024))};
    const QByteArray bytes = file.readAll();
    if (bytes.contains('\0'))
        return Error{Tr::tr("%1: the file is binary, not CSV text").arg(name)};
    QStringDecoder decoder(QStringDecoder::Utf8, QStringDecoder::Flag::Stateless);
    QString text = decoder.decode(bytes);
    if (decoder.hasError())
        return Error{Tr::tr("%1: the file is not valid UTF-8 text").arg(name)};
    if (text.startsWith(QChar(0xFEFF)))
        text.remove(0, 1);
    auto points = parseUserSeriesCsv(text, name);
    if (!points)
        return points.error();

    auto transaction = sql::Transaction::begin(db);
    if (!transaction)
        return transaction.error();
    auto key = text::firstFreeKey(text::slugify(title, QStringLiteral("series")), [&](const QString &k) -> Result<bool> {
        auto taken = sql::scalar(db, QStringLiteral("SELECT count(*) FROM user_series WHERE key = ?"), {k});
        if (!taken)
            return taken.error();
        return *taken > 0;
    });
    if (!key)
        return key.error();
    auto insert = db.prepare(QStringLiteral(
        "INSERT INTO user_series (key, title, unit, source_file, created_at) VALUES (?, ?, ?, ?, ?)"));
    if (!insert)
        return insert.error();
    insert->bind(1, *key).bind(2, title.trimmed()).bind(3, unit.trimmed()).bind(4, name);
    insert->bind(5, QDateTime::currentDateTimeUtc().toString(Qt::ISODate));
    if (Status done = insert->run(); !done)
        return done.error();
    const qint64 id = db.lastInsertId();
    auto point = db.prepare(QStringLiteral("INSERT INTO user_point (series_id, year, value, note) VALUES (?, ?, ?, ?)"));
    if (!point)
        return point.error();
    for (const UserPoint &p : *points) {
        point->reset();
        point->bind(1, id).bind(2, p.year).bind(3, p.value).bind(4, p.note);
        if (Status done = point->run(); !done)
            return done.error();
    }
    if (Status committed = transaction->commit(); !committed)
        return committed.error();
    return *key;
}

Status removeUserSeries(sql::Connection &db, const QString &key)
{
    auto stmt = db.prepare(QStringLiteral("DELETE FROM user_series WHERE key = ?"));
    if (!stmt)
        return stmt.error();
    stmt->bind(1, key);
    if (Status done = stmt->run(); !done)
        return done;
    if (db.changes() == 0)
        return Error{Tr::tr("No series of yours is called \"%1\"").arg(key)};
    return success();
}

} // namespace standpoint::figures
