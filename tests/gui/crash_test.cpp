// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// An annotation added just before the app is killed (SIGKILL) is there on restart.
#include "core/sqlite/query.h"
#include "core/store/store.h"
#include "tests/support/testpack.h"

#include <QCoreApplication>
#include <QProcess>

#include <csignal>

using namespace standpoint;

TEST(CrashSafety, AnAnnotationShownAsDoneSurvivesSigkill)
{
    fixtures::TempStore temp;
    { // create and fill the store first, as a first run would
        auto store = store::Store::open(temp.path());
        ASSERT_TRUE(store.ok()) << store.message().toStdString();
    }
    for (int round = 0; round < 3; ++round) {
        const QString note = QStringLiteral("written just before the kill, round %1").arg(round);
        QProcess child;
        QProcessEnvironment env = QProcessEnvironment::systemEnvironment();
        env.insert(QStringLiteral("STANDPOINT_CRASH_CHILD"), temp.path());
        env.insert(QStringLiteral("STANDPOINT_CRASH_NOTE"), note);
        env.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
        child.setProcessEnvironment(env);
        child.start(QCoreApplication::applicationFilePath(), {});
        ASSERT_TRUE(child.waitForStarted(10000));
        QByteArray out;
        while (!out.contains("DONE") && child.waitForReadyRead(30000))
            out += child.readAllStandardOutput();
        ASSERT_TRUE(out.contains("DONE")) << out.toStdString();
        ::kill(pid_t(child.processId()), SIGKILL);
        ASSERT_TRUE(child.waitForFinished(10000));
        EXPECT_EQ(child.exitStatus(), QProcess::CrashExit);

        auto store = store::Store::open(temp.path());
        ASSERT_TRUE(store.ok()) << store.message().toStdString();
        auto integrity = sql::forEachRow(store->connection(), QStringLiteral("PRAGMA integrity_check"), {},
                                         [](const sql::Statement &s) { EXPECT_EQ(s.text(0), QStringLiteral("ok")); });
        EXPECT_TRUE(integrity.ok());
        auto found = sql::scalar(store->connection(), QStringLiteral("SELECT count(*) FROM annotation WHERE note = ?"), {note});
        ASSERT_TRUE(found.ok());
        EXPECT_EQ(*found, 1) << "round " << round;
    }
}
