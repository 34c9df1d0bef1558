// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include <QString>

#include <optional>
#include <utility>
#include <variant>

namespace standpoint {

// An error a user can act on: what went wrong, and where (file, line, field) when known.
struct Error
{
    QString message;
    int code = 0; // the SQLite result code, when SQLite reported the error
};

// A value or an Error; callers must look at it ([[nodiscard]]).
template<typename T>
class [[nodiscard]] Result
{
public:
    Result(T value) : m_data(std::move(value)) {}
    Result(Error error) : m_data(std::move(error)) {}

    bool ok() const { return std::holds_alternative<T>(m_data); }
    explicit operator bool() const { return ok(); }

    T &value() { return std::get<T>(m_data); }
    const T &value() const { return std::get<T>(m_data); }
    T &operator*() { return value(); }
    const T &operator*() const { return value(); }
    T *operator->() { return &value(); }
    const T *operator->() const { return &value(); }

    const Error &error() const { return std::get<Error>(m_data); }
    QString message() const { return ok() ? QString() : error().message; }

private:
    std::variant<T, Error> m_data;
};

// A Result with nothing to return but success.
struct Done
{
};
using Status = Result<Done>;

inline Status success() { return Done{}; }

} // namespace standpoint
