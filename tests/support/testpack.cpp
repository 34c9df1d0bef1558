// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "tests/support/testpack.h"

#include "core/store/store.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QJsonArray>
#include <QJsonDocument>

namespace standpoint::fixtures {

namespace {
QJsonObject obj(std::initializer_list<std::pair<QString, QJsonValue>> fields)
{
    QJsonObject o;
    for (const auto &[k, v] : fields)
        o.insert(k, v);
    return o;
}
} // namespace

QString TestPack::documentText()
{
    return QStringLiteral(
        "# A Test Debate\n\n"
        "Alice: Trade grew to **$100 billion** in 2020, see [the report](#).\n\n"
        "Bob: Trade is not the point. Trade is not the point.\n\n"
        "This sentence is cut by a\n\n---\nPage footer 1\n---\n\nbreak and must be joined.\n\n"
        "Advertisement: buy now\n\n"
        "Comments below\nspam spam");
}

TestPack::TestPack()
{
    const auto s = [](const char *text) { return QString::fromUtf8(text); };
    m_manifest = obj({
        {s("format"), 1},
        {s("debate"), obj({{s("id"), s("test")}, {s("title"), s("A test debate")}})},
        {s("themes"), QJsonArray{obj({{s("id"), s("trade")}, {s("label"), s("Trade")}})}},
        {s("questions"), QJsonArray{obj({{s("id"), s("q1")}, {s("text"), s("Does trade matter?")}})}},
        {s("documents"),
         QJsonArray{obj({
             {s("id"), s("doc")},
             {s("file"), s("documents/doc.txt")},
             {s("title"), s("Test document")},
             {s("date"), s("2021-05")},
             {s("cleaning"),
              QJsonArray{
                  obj({{s("rule"), s("cut_from")}, {s("marker"), s("Comments below")}, {s("why"), s("comments")}}),
                  obj({{s("rule"), s("drop_lines")}, {s("pattern"), s("Advertisement:.*")}, {s("why"), s("ads")}}),
                  obj({{s("rule"), s("remove_block")}, {s("from"), s("---\nPage footer")}, {s("to"), s("---")},
                       {s("why"), s("footer")}}),
                  obj({{s("rule"), s("join_break")}, {s("before"), s("cut by a")}, {s("after"), s("break and")},
                       {s("why"), s("page break")}}),
                  obj({{s("rule"), s("strip_markdown")}, {s("why"), s("markup")}}),
              }},
             {s("speakers"),
              QJsonArray{obj({{s("id"), s("alice")}, {s("name"), s("Alice")}, {s("role"), s("speaker")},
                              {s("turns"), QJsonArray{obj({{s("start"), s("Alice:")}, {s("end"), s("the report.")}})}}}),
                         obj({{s("id"), s("bob")}, {s("name"), s("Bob")}, {s("role"), s("speaker")},
                              {s("turns"), QJsonArray{obj({{s("start"), s("Bob:")}, {s("end"), s("not the point. Trade is not the point.")}})}}})}},
         })}},
        {s("positions"), QJsonArray{obj({{s("id"), s("p1")}, {s("label"), s("Position one")},
                                         {s("documents"), QJsonArray{s("doc")}},
                                         {s("speakers"), QJsonArray{s("alice"), s("bob")}}})}},
        {s("claims"), QJsonArray{obj({{s("id"), s("c1")}, {s("speaker"), s("alice")}, {s("doc"), s("doc")},
                                      {s("text"), s("Alice reports growth.")}, {s("themes"), QJsonArray{s("trade")}},
                                      {s("quotes"), QJsonArray{s("Trade grew to $100 billion in 2020")}}})}},
        {s("stances"),
         QJsonArray{obj({{s("question"), s("q1")}, {s("position"), s("p1")}, {s("value"), s("yes")}, {s("doc"), s("doc")},
                         {s("text"), s("It matters.")}, {s("quotes"), QJsonArray{s("Trade grew")}}}),
                    obj({{s("question"), s("q1")}, {s("speaker"), s("alice")}, {s("value"), s("yes")},
                         {s("doc"), s("doc")}, {s("text"), s("It matters.")},
                         {s("quotes"), QJsonArray{s("Trade grew")}}}),
                    obj({{s("question"), s("q1")}, {s("speaker"), s("bob")}, {s("value"), s("no")}, {s("doc"), s("doc")},
                         {s("text"), s("It does not.")},
                         {s("quotes"), QJsonArray{obj({{s("text"), s("Trade is not the point.")}, {s("occurrence"), 2}})}}})}},
        {s("events"), QJsonArray{obj({{s("id"), s("e1")}, {s("date"), s("2020")}, {s("title"), s("Growth year")},
                                      {s("doc"), s("doc")}, {s("quotes"), QJsonArray{s("in 2020")}}})}},
    });
}

void TestPack::writeFile(const QString &relative, const QByteArray &content) const
{
    const QString path = m_dir.filePath(relative);
    QDir().mkpath(QFileInfo(path).absolutePath());
    QFile f(path);
    if (!f.open(QIODevice::WriteOnly | QIODevice::Truncate))
        ADD_FAILURE() << "cannot write " << path.toStdString();
    f.write(content);
}

void TestPack::write() const
{
    writeFile(QStringLiteral("documents/doc.txt"), documentText().toUtf8());
    writeRawManifest(QJsonDocument(m_manifest).toJson(QJsonDocument::Indented));
}

void TestPack::writeRawManifest(const QByteArray &content) const { writeFile(QStringLiteral("pack.json"), content); }

sql::Connection TestStoreOpen(const QString &path, bool loadBundled)
{
    auto store = store::Store::open(path, store::Store::Options{loadBundled, false});
    if (!store) {
        ADD_FAILURE() << store.message().toStdString();
        return {};
    }
    return std::move(store->connection());
}

sql::Connection TempStore::open(bool loadBundled) const { return TestStoreOpen(path(), loadBundled); }

} // namespace standpoint::fixtures
