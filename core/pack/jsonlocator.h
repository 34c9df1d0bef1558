// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QByteArray>
#include <QHash>
#include <QString>

namespace standpoint::pack {

// Finds the line on which each value of a (valid) JSON text starts, by path: "claims/3/quotes/0".
// QJsonDocument keeps no positions, and pack authors need line numbers in messages.
class JsonLocator
{
public:
    explicit JsonLocator(const QByteArray &json);

    // The 1-based line of the value at path, or of its nearest located ancestor.
    int line(const QString &path) const;
    // The 1-based line of a byte offset.
    int lineOfOffset(qsizetype offset) const;

private:
    void value(const QString &path);
    void skipSpace();
    void string();

    QByteArray m_json;
    qsizetype m_pos = 0;
    QHash<QString, qsizetype> m_offsets;
};

} // namespace standpoint::pack
