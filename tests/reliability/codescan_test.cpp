// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
// Reads the sources: SQL is never put together from strings (values go in as bound parameters), and
// nothing in the program can reach a network.
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
        out += QStringLiteral("%1:%2: %3\n").arg(f.file).arg(f.line).arg(f.text);
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
