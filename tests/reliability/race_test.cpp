// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Two, three and four programs opening one store at once, over and over (the command line, and every
// third round the app among them): a new store, and a store at schema 5 that each of them would upgrade. Every one succeeds; the store is migrated once, backed up
// once, and holds one debate.
#include "core/sqlite/query.h"
#include "core/store/backups.h"
#include "core/store/migrator.h"
#include "tests/support/testpack.h"

#include <QElapsedTimer>
#include <QFile>
#include <QProcess>

#include <iostream>
#include <memory>
#include <optional>
#include <vector>

using namespace standpoint;
using fixtures::succeeded;

namespace {

// 50 rounds take about 5 s in a release build and 19 s under AddressSanitizer, so CI runs them all
// in both; STANDPOINT_RACE_ROUNDS sets another number.
int raceRounds()
{
    const int fromEnvironment = qEnvironmentVariableIntValue("STANDPOINT_RACE_ROUNDS");
    return fromEnvironment > 0 ? fromEnvironment : 50;
}

constexpr int kSchemaBeforeUpgrade = 5;
constexpr qint64 kSeededParagraphs = 2;

// A store at schema 5 holding one debate with two paragraphs, and an observer: a trigger that logs every
// paragraph row an update touches. Migration 6's data step updates each paragraph once, so a store
// upgraded once logs two rows; upgraded twice, four.
void makeSchema5Store(const QString &path)
{
    auto db = sql::Connection::open(path);
    ASSERT_TRUE(succeeded(db));
    auto all = store::embeddedMigrations();
    ASSERT_TRUE(succeeded(all));
    ASSERT_GT(all->size(), kSchemaBeforeUpgrade);
    ASSERT_TRUE(succeeded(store::migrate(*db, all->mid(0, kSchemaBeforeUpgrade))));
    ASSERT_TRUE(succeeded(db->exec(QStringLiteral(
        "INSERT INTO debate (id, key, title, pack_format, loaded_at) VALUES (1, 'd', 'D', 1, '2026-01-01');"
        "INSERT INTO document (id, debate_id, key, title, received_text, cleaned_text) "
        "  VALUES (1, 1, 'a', 'A', '', 'One. Two.\n\nThree.');"
        "INSERT INTO paragraph (id, document_id, ord, start, end, kind) VALUES (7, 1, 0, 0, 9, 'body'), (8, 1, 1, 11, 17, 'body');"
        "CREATE TABLE upgrade_log (paragraph_id INTEGER);"
        "CREATE TRIGGER upgrade_observed AFTER UPDATE ON paragraph BEGIN INSERT INTO upgrade_log VALUES (new.id); END;"))));
}

// Starts `count` programs on one store at once: standpoint-cli init, the first of them the app itself
// (standpoint, until its debate is shown) when withApp; returns what each that failed said.
QStringList openAtOnce(const QString &path, int count, bool withApp)
{
    std::vector<std::unique_ptr<QProcess>> programs;
    for (int i = 0; i < count; ++i) {
        programs.push_back(std::make_unique<QProcess>());
        if (withApp && i == 0) {
            QProcessEnvironment environment = QProcessEnvironment::systemEnvironment();
            environment.insert(QStringLiteral("QT_QPA_PLATFORM"), QStringLiteral("offscreen"));
            programs.back()->setProcessEnvironment(environment);
            programs.back()->start(QStringLiteral(STANDPOINT_APP), {QStringLiteral("--db"), path, QStringLiteral("--exit-when-ready")});
        } else {
            programs.back()->start(QStringLiteral(STANDPOINT_CLI), {QStringLiteral("--db"), path, QStringLiteral("init")});
        }
    }
    QStringList failures;
    for (qsizetype i = 0; i < qsizetype(programs.size()); ++i) {
        QProcess &program = *programs[size_t(i)];
        const bool finished = program.waitForFinished(120000) && program.exitStatus() == QProcess::NormalExit;
        const QString said = QString::fromUtf8(program.readAllStandardError().trimmed());
        // The app says when it showed the debate, or that opening failed.
        const bool appShown = !(withApp && i == 0) || program.readAllStandardOutput().contains("debate shown");
        if (!finished || program.exitCode() != 0 || !appShown)
            failures << QStringLiteral("%1, exit %2: %3")
                            .arg(withApp && i == 0 ? QStringLiteral("the app") : QStringLiteral("the command line"),
                                 QString::number(program.exitCode()), said);
    }
    return failures;
}

// Runs the rounds, each on a store `prepare` makes, and checks each with `verify`; returns the failed
// programs and wrong stores, each with its round.
template<typename Prepare, typename Verify>
QStringList race(const char *what, Prepare prepare, Verify verify)
{
    const int rounds = raceRounds();
    QStringList failures;
    int programs = 0;
    QElapsedTimer timer;
    timer.start();
    for (int round = 0; round < rounds; ++round) {
        QTemporaryDir dir;
        const QString path = dir.filePath(QStringLiteral("standpoint.db"));
        prepare(path);
        const int count = 2 + round % 3;
        // Every third round, the app is one of them (one app to a store: it locks the store for itself).
        const bool withApp = round % 3 == 0;
        programs += count;
        for (const QString &failure : openAtOnce(path, count, withApp))
            failures << QStringLiteral("round %1 (%2 programs): %3").arg(round).arg(count).arg(failure);
        for (const QString &wrong : verify(path))
            failures << QStringLiteral("round %1 (%2 programs): %3").arg(round).arg(count).arg(wrong);
    }
    std::cout << what << ": " << rounds << " rounds, " << programs << " programs, " << failures.size() << " failures, "
              << timer.elapsed() / 1000.0 << " s" << std::endl;
    return failures;
}

// What is wrong with a store the programs left: each check that fails, in words.
QStringList wrongIn(const QString &path, qint64 debates, std::optional<qint64> upgradeLogRows)
{
    QStringList wrong;
    auto db = sql::Connection::open(path, sql::Connection::Mode::ReadOnly);
    if (!db)
        return {db.message()};
    const auto expect = [&](const QString &query, qint64 expected) {
        auto found = sql::scalar(*db, query);
        if (!found)
            wrong << found.message();
        else if (*found != expected)
            wrong << QStringLiteral("%1 gave %2, not %3").arg(query).arg(*found).arg(expected);
    };
    expect(QStringLiteral("PRAGMA user_version"), store::latestSchemaVersion());
    expect(QStringLiteral("SELECT count(*) FROM debate"), debates);
    if (upgradeLogRows)
        expect(QStringLiteral("SELECT count(*) FROM upgrade_log"), *upgradeLogRows);
    auto mode = sql::scalar(*db, QStringLiteral("SELECT journal_mode = 'wal' FROM pragma_journal_mode"));
    if (!mode || *mode != 1)
        wrong << QStringLiteral("the store is not in WAL mode");
    return wrong;
}

} // namespace

TEST(Race, ProgramsCreatingOneNewStoreAtOnceAllSucceedAndLoadOneDebate)
{
    const QStringList failures = race("new store", [](const QString &) {}, [](const QString &path) {
        QStringList wrong = wrongIn(path, 1, std::nullopt);
        // Nothing to upgrade, so no backup before one; the app may make its daily backup of a store
        // that another program created a moment before it opened it.
        for (const store::BackupInfo &b : store::listBackups(path)) {
            if (b.reason != QLatin1String("daily"))
                wrong << QStringLiteral("a new store was backed up for %1").arg(b.reason);
        }
        return wrong;
    });
    EXPECT_EQ(failures.size(), 0) << failures.mid(0, 5).join(QLatin1Char('\n')).toStdString();
}

TEST(Race, ProgramsUpgradingOneStoreAtOnceAllSucceedAndUpgradeItOnce)
{
    QTemporaryDir templateDir;
    const QString schema5 = templateDir.filePath(QStringLiteral("schema5.db"));
    makeSchema5Store(schema5);
    ASSERT_FALSE(HasFatalFailure());
    const QStringList failures = race(
        "store at schema 5", [&](const QString &path) { ASSERT_TRUE(QFile::copy(schema5, path)); },
        [](const QString &path) {
            // The seeded debate, no bundled one; the data step once for each paragraph.
            QStringList wrong = wrongIn(path, 1, kSeededParagraphs);
            const auto backups = store::listBackups(path);
            if (backups.size() != 1)
                wrong << QStringLiteral("%1 backups, not one").arg(backups.size());
            for (const store::BackupInfo &b : backups) {
                if (b.reason != QStringLiteral("before-upgrade-to-v%1").arg(store::latestSchemaVersion()))
                    wrong << QStringLiteral("a backup made for %1").arg(b.reason);
                auto old = sql::Connection::open(b.path, sql::Connection::Mode::ReadOnly);
                if (!old || *old->userVersion() != kSchemaBeforeUpgrade)
                    wrong << QStringLiteral("the backup %1 is not the store as it was at schema 5").arg(b.path);
            }
            return wrong;
        });
    EXPECT_EQ(failures.size(), 0) << failures.mid(0, 5).join(QLatin1Char('\n')).toStdString();
}
