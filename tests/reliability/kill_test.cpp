// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// SIGKILL at random moments while a writer works: after every kill the store is whole, passes
// `standpoint-cli check`, and holds every write that was reported done.
#include "core/sqlite/query.h"
#include "core/store/store.h"
#include "tests/support/testpack.h"

#include <QProcess>
#include <QRandomGenerator>
#include <QSet>
#include <QThread>

#include <csignal>
#include <iostream>

using namespace standpoint;
using fixtures::succeeded;

namespace {

int killRounds()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("STANDPOINT_KILL_ROUNDS");
    return fromEnvironment > 0 ? fromEnvironment : 200;
}

// What the store holds of the writer's kinds of write, as the lines it acknowledges them with.
QSet<QString> writesIn(sql::Connection &db)
{
    QSet<QString> out;
    const QList<std::pair<QString, QString>> queries = {
        {QStringLiteral("annotation "), QStringLiteral("SELECT note FROM annotation")},
        {QStringLiteral("set "), QStringLiteral("SELECT uuid FROM reading_set")},
        {QStringLiteral("item "), QStringLiteral("SELECT note FROM reading_set_item")},
        {QStringLiteral("import "), QStringLiteral("SELECT key FROM document WHERE origin = 'import'")},
    };
    for (const auto &[prefix, query] : queries) {
        EXPECT_TRUE(succeeded(sql::forEachRow(db, query, {}, [&](const sql::Statement &s) { out.insert(prefix + s.text(0)); })));
    }
    return out;
}

} // namespace

TEST(KillTest, EveryAcknowledgedWriteSurvivesSigkill)
{
    fixtures::TempStore temp;
    ASSERT_TRUE(succeeded(store::Store::open(temp.path())));
    QRandomGenerator random(20261123);
    QStringList acknowledged;
    int kills = 0, integrityChecks = 0, cliChecks = 0;
    const int rounds = killRounds();
    for (int round = 0; round < rounds; ++round) {
        QProcess writer;
        writer.start(QStringLiteral(STANDPOINT_KILLWRITER), {temp.path(), QString::number(round)});
        ASSERT_TRUE(writer.waitForStarted(10000));
        // Let it write for a random while: from the middle of opening the store to tens of writes in.
        QThread::msleep(1 + random.bounded(60));
        ::kill(pid_t(writer.processId()), SIGKILL);
        ASSERT_TRUE(writer.waitForFinished(10000));
        ++kills;
        ASSERT_EQ(writer.exitStatus(), QProcess::CrashExit) << "the writer stopped by itself: "
                                                            << writer.readAllStandardError().toStdString();
        for (const QByteArray &line : writer.readAllStandardOutput().split('\n')) {
            if (!line.isEmpty())
                acknowledged << QString::fromUtf8(line);
        }
        {
            auto db = sql::Connection::open(temp.path());
            ASSERT_TRUE(succeeded(db));
            QStringList integrity;
            ASSERT_TRUE(succeeded(sql::forEachRow(*db, QStringLiteral("PRAGMA integrity_check"), {},
                                                  [&](const sql::Statement &s) { integrity << s.text(0); })));
            ASSERT_EQ(integrity, QStringList{QStringLiteral("ok")}) << "after kill " << kills;
            ++integrityChecks;
            const QSet<QString> stored = writesIn(*db);
            for (const QString &line : std::as_const(acknowledged))
                ASSERT_TRUE(stored.contains(line)) << "lost after kill " << kills << ": " << line.toStdString();
        }
        QProcess check;
        check.start(QStringLiteral(STANDPOINT_CLI), {QStringLiteral("--db"), temp.path(), QStringLiteral("check")});
        ASSERT_TRUE(check.waitForFinished(60000));
        ASSERT_EQ(check.exitCode(), 0) << "after kill " << kills << ": " << check.readAllStandardError().toStdString()
                                       << check.readAllStandardOutput().toStdString();
        ++cliChecks;
    }
    std::cout << "kill test: " << kills << " SIGKILLs, " << acknowledged.size() << " acknowledged writes all present, "
              << integrityChecks << " integrity checks and " << cliChecks << " `standpoint-cli check` runs passed" << std::endl;
    EXPECT_EQ(kills, rounds);
    EXPECT_GT(acknowledged.size(), rounds); // the writer got real work done between kills
}
