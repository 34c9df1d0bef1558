// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QCoreApplication>
#include <QList>
#include <QString>
#include <QStringList>
#include <QStringView>

#include <array>
#include <cstddef>
#include <optional>

namespace standpoint::text {

// One value of a closed vocabulary: the key the store and files spell it by, and its label
// (marked with QT_TRANSLATE_NOOP under the vocabulary's context).
template<typename E>
struct Term
{
    E value;
    const char *key;
    const char *label;
};

// A closed set of values kept as an enum: its keys for storage, and its labels translated in one place.
// The terms follow the enum's order, so a value finds its term by its number (inEnumOrder() checks it).
template<typename E, std::size_t N>
class Vocabulary
{
public:
    constexpr Vocabulary(const char *context, std::array<Term<E>, N> terms) : m_context(context), m_terms(terms) {}

    constexpr bool inEnumOrder() const
    {
        for (std::size_t i = 0; i < N; ++i) {
            if (static_cast<std::size_t>(m_terms[i].value) != i)
                return false;
        }
        return true;
    }

    QList<E> values() const
    {
        QList<E> all;
        for (const Term<E> &t : m_terms)
            all << t.value;
        return all;
    }

    std::optional<E> fromKey(QStringView key) const
    {
        for (const Term<E> &t : m_terms) {
            if (key == QLatin1String(t.key))
                return t.value;
        }
        return std::nullopt;
    }

    QString key(E value) const { return QLatin1String(term(value).key); }

    QStringList keys() const
    {
        QStringList all;
        for (const Term<E> &t : m_terms)
            all << QLatin1String(t.key);
        return all;
    }

    QString label(E value) const { return QCoreApplication::translate(m_context, term(value).label); }

private:
    const Term<E> &term(E value) const { return m_terms[static_cast<std::size_t>(value)]; }

    const char *m_context;
    std::array<Term<E>, N> m_terms;
};

} // namespace standpoint::text
