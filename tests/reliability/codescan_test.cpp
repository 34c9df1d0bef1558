// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Reads the sources: SQL is never put together from strings (values go in as bound parameters), app/
// holds no SQL at all (it reads and writes through the core), and nothing in the program can reach a network.
#include <QDirIterator>
#include <QFile>
#include <QRegularExpression>

#include <gtest/gtest.h>

namespace {

struct Finding
{
    QString file;
    int line = 0;
    QString text;
};

// The places allowed to build SQL, each with its reason.
const QList<std::pair<QString, QString>> kAllowedSql = {
    {QStringLiteral("core/store/migrator.cpp:PRAGMA user_version"),
     QStringLiteral("a pragma takes no bound parameter; the value is the count of embedded migrations")},
    {QStringLiteral("core/store/migrator.cpp:db.exec(m.sql)"), QStringLiteral("runs the migrations embedded in the build")},
};

bool allowed(const QString &file, const QString &text)
{
    return std::any_of(kAllowedSql.begin(), kAllowedSql.end(), [&](const auto &a) {
        const QString where = a.first.section(QLatin1Char(':'), 0, 0);
        const QString what = a.first.section(QLatin1Char(':'), 1);
        return file.endsWith(where) && text.contains(what);
    });
}

int lineOf(const QString &source, qsizetype offset) { return int(source.left(offset).count(QLatin1Char('\n'))) + 1; }

// SQL literals that are then formatted or concatenated, and exec() of anything but a literal.
QList<Finding> builtSql(const QString &file, const QString &source)
{
    static const QRegularExpression literal(QStringLiteral(
        "(?:QStringLiteral|QLatin1String|QString::fromLatin1|QString::fromUtf8)\\(((?:\\s*\"(?:[^\"\\\\]|\\\\.)*\")+)\\s*\\)"
        "(\\s*(?:\\.arg\\s*\\(|\\+|%))?"));
    static const QRegularExpression sqlStart(QStringLiteral(
        "^\\s*\"\\s*(SELECT|INSERT|UPDATE|DELETE|REPLACE|CREATE|DROP|ALTER|PRAGMA|WITH|BEGIN|ATTACH)\\b"));
    static const QRegularExpression rawConcat(QStringLiteral(
        "\"\\s*(?:SELECT|INSERT|UPDATE|DELETE|REPLACE|PRAGMA)\\b(?:[^\"\\\\]|\\\\.)*\"\\s*\\+"));
    static const QRegularExpression execCall(QStringLiteral("\\.exec\\(\\s*(?!QStringLiteral\\()([^)]*)\\)"));
    QList<Finding> out;
    for (auto it = literal.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        if (!m.captured(2).isEmpty() && sqlStart.match(m.captured(1)).hasMatch()
            && !allowed(file, m.captured(0)))
            out.append({file, lineOf(source, m.capturedStart()), m.captured(0).simplified()});
    }
    for (auto it = rawConcat.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        if (!allowed(file, m.captured(0)))
            out.append({file, lineOf(source, m.capturedStart()), m.captured(0).simplified()});
    }
    for (auto it = execCall.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        const QString call = m.captured(0);
        // Only the core talks to SQLite; elsewhere exec() is a menu's or a dialog's.
        if (!file.startsWith(QLatin1String("core/")) || file.endsWith(QLatin1String("connection.cpp"))
            || allowed(file, QStringLiteral("db") + call))
            continue;
        out.append({file, lineOf(source, m.capturedStart()), call});
    }
    return out;
}

// Any SQL at all, for app/, which reads and writes only through the core: a string literal that starts
// like a statement, a call that runs one, or SQLite's own API.
QList<Finding> sqlText(const QString &file, const QString &source)
{
    static const QRegularExpression statement(QStringLiteral(
        "\"\\s*(SELECT|INSERT|UPDATE|DELETE|WITH|PRAGMA|CREATE|BEGIN|REPLACE|DROP|ALTER|ATTACH|VACUUM|ANALYZE)\\b"
        "(?:[^\"\\\\]|\\\\.)*\""));
    static const QRegularExpression call(QStringLiteral(
        "\\bsql::(?:scalar|forEachRow|forEachCachedRow|stepRows|Statement|StatementCache|Transaction)\\b"
        "|\\b(?:db|m_db|connection|\\w+Connection|\\w+Db)(?:\\(\\))?\\s*(?:\\.|->)\\s*(?:prepare|exec|userVersion)\\s*\\("
        "|\\bsqlite3_(?!libversion\\b)\\w+\\s*\\(")); // the library's version (About) touches no database
    QList<Finding> out;
    for (const QRegularExpression *pattern : {&statement, &call}) {
        for (auto it = pattern->globalMatch(source); it.hasNext();) {
            const auto m = it.next();
            out.append({file, lineOf(source, m.capturedStart()), m.captured(0).simplified()});
        }
    }
    return out;
}

// app/ may hold a connection to hand to the core, and classify the core's errors, but not run SQL.
QList<Finding> sqlIncludes(const QString &file, const QString &source)
{
    static const QRegularExpression include(QStringLiteral(
        "#include\\s+\"core/sqlite/(?:query|statement|statementcache|transaction)\\.h\""));
    QList<Finding> out;
    for (auto it = include.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        out.append({file, lineOf(source, m.capturedStart()), m.captured(0)});
    }
    return out;
}

QList<Finding> networkUse(const QString &file, const QString &source)
{
    static const QRegularExpression network(QStringLiteral(
        "\\b(QNetwork\\w*|QTcpSocket|QUdpSocket|QSslSocket|QWebSocket\\w*|QHostAddress|QHostInfo|QDnsLookup|Qt6::Network|"
        "Qt::Network|curl_\\w+|getaddrinfo|gethostbyname|QDesktopServices::openUrl)\\b"));
    QList<Finding> out;
    for (auto it = network.globalMatch(source); it.hasNext();) {
        const auto m = it.next();
        out.append({file, lineOf(source, m.capturedStart()), m.captured(0)});
    }
    return out;
}

QList<Finding> scan(const QStringList &folders, const QStringList &patterns,
                    const std::function<QList<Finding>(const QString &, const QString &)> &check)
{
    QList<Finding> out;
    for (const QString &folder : folders) {
        QDirIterator files(QStringLiteral(STANDPOINT_SOURCE_DIR "/") + folder, patterns, QDir::Files, QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile f(path);
            EXPECT_TRUE(f.open(QIODevice::ReadOnly)) << path.toStdString();
            out << check(path.mid(int(qstrlen(STANDPOINT_SOURCE_DIR)) + 1), QString::fromUtf8(f.readAll()));
        }
    }
    return out;
}

std::string describe(const QList<Finding> &findings)
{
    QString out;
    for (const Finding &f : findings)
        out += QStringLiteral("%1:%2: %3\n").arg(f.file, QString::number(f.line), f.text);
    return out.toStdString();
}

} // namespace

TEST(CodeScan, TheScannersCatchWhatTheyLookFor)
{
    EXPECT_EQ(builtSql(QStringLiteral("x.cpp"), QStringLiteral("db.prepare(QStringLiteral(\"SELECT * FROM %1\").arg(table));")).size(), 1);
    EXPECT_EQ(builtSql(QStringLiteral("x.cpp"), QStringLiteral("QStringLiteral(\"DELETE FROM t WHERE k = '\") + key")).size(), 1);
    EXPECT_EQ(builtSql(QStringLiteral("x.cpp"), QStringLiteral("\"UPDATE t SET a = \" + value")).size(), 1);
    EXPECT_EQ(builtSql(QStringLiteral("core/x.cpp"), QStringLiteral("db.exec(userText);")).size(), 1);
    EXPECT_TRUE(builtSql(QStringLiteral("x.cpp"), QStringLiteral("db.prepare(QStringLiteral(\"SELECT a FROM t WHERE k = ?\"));")).isEmpty());
    EXPECT_TRUE(builtSql(QStringLiteral("x.cpp"), QStringLiteral("tr(\"Select a file\").arg(name)")).isEmpty());
    EXPECT_EQ(networkUse(QStringLiteral("x.cpp"), QStringLiteral("QNetworkAccessManager manager;")).size(), 1);
}

TEST(CodeScan, TheAppScannerCatchesAnySql)
{
    // What app/mainwindow and app/cli once held: a lookup by key, a count, a statement run by hand.
    const QString lookup = QStringLiteral(
        "auto id = sql::scalar(m_work->db(), QStringLiteral(\"SELECT coalesce(max(id), 0) FROM event WHERE key = ?\"), {key});");
    EXPECT_EQ(sqlText(QStringLiteral("app/x.cpp"), lookup).size(), 2); // the call and the statement
    EXPECT_EQ(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("const char *q = \"  WITH t AS (SELECT 1) SELECT * FROM t\";")).size(), 1);
    EXPECT_EQ(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("Status done = sql::forEachRow(db, query, {}, fn);")).size(), 1);
    EXPECT_EQ(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("opened->connection().exec(text);")).size(), 1);
    EXPECT_EQ(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("auto s = m_db.prepare(text);")).size(), 1);
    EXPECT_EQ(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("sql::Transaction tx(db);")).size(), 1);
    EXPECT_EQ(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("sqlite3_exec(handle, text, nullptr, nullptr, nullptr);")).size(), 1);
    EXPECT_EQ(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("QStringLiteral(\"PRAGMA user_version\")")).size(), 1);
    EXPECT_EQ(sqlIncludes(QStringLiteral("app/x.cpp"), QStringLiteral("#include \"core/sqlite/query.h\"")).size(), 1);
    EXPECT_EQ(sqlIncludes(QStringLiteral("app/x.cpp"), QStringLiteral("#include \"core/sqlite/statement.h\"")).size(), 1);
    // Words that only look like SQL, and a connection handed on, are not SQL.
    EXPECT_TRUE(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("tr(\"Select a file\"); tr(\"Delete set\"); menu.exec(at); box.exec();")).isEmpty());
    EXPECT_TRUE(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("notes::readSet(m_work->db(), id); QStringLiteral(\"Selected\");")).isEmpty());
    EXPECT_TRUE(sqlText(QStringLiteral("app/x.cpp"), QStringLiteral("QString::fromLatin1(sqlite3_libversion())")).isEmpty());
    EXPECT_TRUE(sqlIncludes(QStringLiteral("app/x.cpp"), QStringLiteral("#include \"core/sqlite/connection.h\"")).isEmpty());
}

TEST(CodeScan, TheAppHoldsNoSql)
{
    const QStringList patterns = {QStringLiteral("*.cpp"), QStringLiteral("*.h")};
    const QList<Finding> findings = scan({QStringLiteral("app")}, patterns, sqlText);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings);
    const QList<Finding> includes = scan({QStringLiteral("app")}, patterns, sqlIncludes);
    EXPECT_TRUE(includes.isEmpty()) << describe(includes);
}

TEST(CodeScan, SqlInTheCoreAndAppIsNeverBuiltFromStrings)
{
    const QList<Finding> findings = scan({QStringLiteral("core"), QStringLiteral("app")}, {QStringLiteral("*.cpp"), QStringLiteral("*.h")}, builtSql);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings);
}

TEST(CodeScan, NothingReachesANetwork)
{
    const QList<Finding> findings = scan({QStringLiteral("core"), QStringLiteral("app"), QStringLiteral("db")},
                                         {QStringLiteral("*.cpp"), QStringLiteral("*.h"), QStringLiteral("CMakeLists.txt")}, networkUse);
    EXPECT_TRUE(findings.isEmpty()) << describe(findings);
    QFile top(QStringLiteral(STANDPOINT_SOURCE_DIR "/CMakeLists.txt"));
    ASSERT_TRUE(top.open(QIODevice::ReadOnly));
    EXPECT_FALSE(top.readAll().contains("Network"));
}
