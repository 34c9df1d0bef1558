// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QByteArray>
#include <QList>
#include <QString>
#include <QStringList>

namespace standpoint::exporting {

// Builds an RFC 4180 table (CRLF record ends, a field quoted when it holds a comma, a double quote, CR
// or LF, quotes doubled) in UTF-8. A text cell that a spreadsheet would read as a formula (one starting
// with =, +, -, @, tab or carriage return) is prefixed with a single quote, OWASP's rule against CSV
// injection: a shared file must not run formulas on the machine of whoever opens its export.
class CsvWriter
{
public:
    // One cell: text (anything a user or a document may have written) or a number the program
    // computed. Only text can carry a formula, so only text is neutralised.
    class Cell
    {
    public:
        Cell(const QString &text) : m_text(text) {}
        Cell(int value) : m_text(QString::number(value)), m_number(true) {}
        Cell(qint64 value) : m_text(QString::number(value)), m_number(true) {}
        // Twelve significant digits: enough for any figure a document cites, without binary noise.
        Cell(double value) : m_text(QString::number(value, 'g', 12)), m_number(true) {}

        // The cell as it goes into the file: neutralised and quoted as needed.
        QString encoded() const;

    private:
        QString m_text;
        bool m_number = false;
    };

    explicit CsvWriter(const QStringList &header);

    void addRow(const QList<Cell> &cells);

    const QString &text() const { return m_text; }
    QByteArray utf8() const { return m_text.toUtf8(); }

private:
    QString m_text;
};

} // namespace standpoint::exporting
