// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/text/csvreader.h"

#include <QCoreApplication>

namespace standpoint::text {

namespace {
struct Tr { Q_DECLARE_TR_FUNCTIONS(CsvReader) };
} // namespace

Result<CsvTable> parseCsv(const QString &text, const QString &fileName)
{
    CsvTable table;
    QList<CsvRow> rows;
    CsvRow row{1, {}};
    QString field;
    bool quoted = false;
    bool fieldStarted = false;
    int line = 1;
    const auto endField = [&] {
        row.fields << field;
        field.clear();
        fieldStarted = false;
    };
    const auto endRow = [&] {
        endField();
        if (!(row.fields.size() == 1 && row.fields.first().isEmpty()))
            rows << row;
        row = CsvRow{line, {}};
    };
    for (qsizetype i = 0; i < text.size(); ++i) {
        const QChar c = text[i];
        if (quoted) {
            if (c == QLatin1Char('"')) {
                if (i + 1 < text.size() && text[i + 1] == QLatin1Char('"')) {
                    field += c;
                    ++i;
                } else {
                    quoted = false;
                }
            } else {
                if (c == QLatin1Char('\n'))
                    ++line;
                field += c;
            }
            continue;
        }
        if (c == QLatin1Char('"')) {
            if (fieldStarted)
                return Error{Tr::tr("%1:%2: a quote character inside an unquoted field").arg(fileName, QString::number(line))};
            quoted = true;
            fieldStarted = true;
        } else if (c == QLatin1Char(',')) {
            endField();
        } else if (c == QLatin1Char('\n') || c == QLatin1Char('\r')) {
            if (c == QLatin1Char('\r') && i + 1 < text.size() && text[i + 1] == QLatin1Char('\n'))
                ++i;
            ++line;
            endRow();
        } else {
            field += c;
            fieldStarted = true;
        }
    }
    if (quoted)
        return Error{Tr::tr("%1:%2: a quoted field is not closed").arg(fileName, QString::number(row.line))};
    if (fieldStarted || !row.fields.isEmpty())
        endRow();
    if (rows.isEmpty())
        return Error{Tr::tr("%1: the file is empty; it needs a header row").arg(fileName)};
    table.header = rows.takeFirst().fields;
    for (QString &name : table.header)
        name = name.trimmed();
    for (const CsvRow &r : rows) {
        if (r.fields.size() != table.header.size())
            return Error{Tr::tr("%1:%2: %3 fields, but the header has %4")
                             .arg(fileName, QString::number(r.line), QString::number(r.fields.size()),
                                  QString::number(table.header.size()))};
    }
    table.rows = rows;
    return table;
}

} // namespace standpoint::text
