// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#pragma once

#include "core/result.h"
#include "core/sqlite/connection.h"

#include <QJsonObject>
#include <QString>
#include <QTemporaryDir>

#include <gtest/gtest.h>

namespace standpoint::fixtures {

// A small but complete debate pack written into a temporary folder; tests change it to break it.
class TestPack
{
public:
    TestPack();

    QString path() const { return m_dir.path(); }
    QJsonObject &manifest() { return m_manifest; }
    // Writes pack.json (and any extra file) to disk.
    void write() const;
    void writeFile(const QString &relative, const QByteArray &content) const;
    // Writes raw bytes as pack.json, for syntax errors.
    void writeRawManifest(const QByteArray &content) const;

    static QString documentText();

private:
    QTemporaryDir m_dir;
    QJsonObject m_manifest;
};

// A fresh store in a temporary folder, migrated, without the bundled debate.
struct TempStore
{
    QTemporaryDir dir;
    QString path() const { return dir.filePath(QStringLiteral("test.db")); }
    sql::Connection open(bool loadBundled = false) const;
};

// A suite sharing one store that holds the bundled debate, made once for all its tests.
class BundledStoreTest : public ::testing::Test
{
protected:
    static void SetUpTestSuite()
    {
        s_temp = new TempStore;
        s_db = new sql::Connection(s_temp->open(true));
    }
    static void TearDownTestSuite()
    {
        delete s_db;
        delete s_temp;
        s_db = nullptr;
        s_temp = nullptr;
    }
    static sql::Connection &db() { return *s_db; }

private:
    static inline TempStore *s_temp = nullptr;
    static inline sql::Connection *s_db = nullptr;
};

// Prints the error of a failed Result in a gtest assertion.
template<typename T>
::testing::AssertionResult succeeded(const Result<T> &r)
{
    if (r.ok())
        return ::testing::AssertionSuccess();
    return ::testing::AssertionFailure() << r.message().toStdString();
}

} // namespace standpoint::fixtures

// Lets gtest print QStrings.
QT_BEGIN_NAMESPACE
inline void PrintTo(const QString &s, std::ostream *os) { *os << '"' << s.toStdString() << '"'; }
QT_END_NAMESPACE
