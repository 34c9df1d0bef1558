// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/pack/jsonlocator.h"

namespace standpoint::pack {

JsonLocator::JsonLocator(const QByteArray &json) : m_json(json)
{
    skipSpace();
    if (m_pos < m_json.size())
        value(QString());
}

void JsonLocator::skipSpace()
{
    while (m_pos < m_json.size() && (m_json[m_pos] == ' ' || m_json[m_pos] == '\n' || m_json[m_pos] == '\r'
                                     || m_json[m_pos] == '\t'))
        ++m_pos;
}

void JsonLocator::string()
{
    ++m_pos; // opening quote
    while (m_pos < m_json.size() && m_json[m_pos] != '"') {
        if (m_json[m_pos] == '\\')
            ++m_pos;
        ++m_pos;
    }
    ++m_pos; // closing quote
}

void JsonLocator::value(const QString &path)
{
    m_offsets.insert(path, m_pos);
    if (m_pos >= m_json.size())
        return;
    const char c = m_json[m_pos];
    const QString prefix = path.isEmpty() ? QString() : path + QLatin1Char('/');
    if (c == '{') {
        ++m_pos;
        for (;;) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == '}')
                break;
            const qsizetype keyStart = m_pos + 1;
            string();
            const QString key = QString::fromUtf8(m_json.mid(keyStart, m_pos - keyStart - 1));
            skipSpace();
            ++m_pos; // ':'
            skipSpace();
            value(prefix + key);
            skipSpace();
            if (m_pos < m_json.size() && m_json[m_pos] == ',')
                ++m_pos;
        }
        ++m_pos;
    } else if (c == '[') {
        ++m_pos;
        for (int index = 0;; ++index) {
            skipSpace();
            if (m_pos >= m_json.size() || m_json[m_pos] == ']')
                break;
            value(prefix + QString::number(index));
            skipSpace();
            if (m_pos < m_json.size() && m_json[m_pos] == ',')
                ++m_pos;
        }
        ++m_pos;
    } else if (c == '"') {
        string();
    } else {
        while (m_pos < m_json.size() && !QByteArrayView(",}] \n\r\t").contains(m_json[m_pos]))
            ++m_pos;
    }
}

int JsonLocator::lineOfOffset(qsizetype offset) const
{
    return int(QByteArrayView(m_json).first(qMin(offset, m_json.size())).count('\n')) + 1;
}

int JsonLocator::line(const QString &path) const
{
    QString p = path;
    for (;;) {
        const auto it = m_offsets.constFind(p);
        if (it != m_offsets.constEnd())
            return lineOfOffset(*it);
        const qsizetype slash = p.lastIndexOf(QLatin1Char('/'));
        if (slash < 0)
            return 1;
        p.truncate(slash);
    }
}

} // namespace standpoint::pack
