// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/export/csvwriter.h"

namespace standpoint::exporting {

namespace {

bool startsFormula(const QString &text)
{
    if (text.isEmpty())
        return false;
    switch (text.front().unicode()) {
    case '=':
    case '+':
    case '-':
    case '@':
    case '\t':
    case '\r':
        return true;
    default:
        return false;
    }
}

bool needsQuotes(const QString &field)
{
    for (const QChar c : field) {
        if (c == QLatin1Char(',') || c == QLatin1Char('"') || c == QLatin1Char('\r') || c == QLatin1Char('\n'))
            return true;
    }
    return false;
}

} // namespace

QString CsvWriter::Cell::encoded() const
{
    // A number the program wrote is data, even when negative; only text is suspect.
    QString field = !m_number && startsFormula(m_text) ? QLatin1Char('\'') + m_text : m_text;
    if (!needsQuotes(field))
        return field;
    field.replace(QLatin1Char('"'), QStringLiteral("\"\""));
    return QLatin1Char('"') + field + QLatin1Char('"');
}

CsvWriter::CsvWriter(const QStringList &header)
{
    QList<Cell> cells;
    for (const QString &name : header)
        cells << Cell(name);
    addRow(cells);
}

void CsvWriter::addRow(const QList<Cell> &cells)
{
    for (qsizetype i = 0; i < cells.size(); ++i) {
        if (i > 0)
            m_text += QLatin1Char(',');
        m_text += cells[i].encoded();
    }
    m_text += QStringLiteral("\r\n");
}

} // namespace standpoint::exporting
