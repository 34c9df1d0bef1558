// SPDX-License-Identifier: MIT
// Copyright (c) 2026 The Standpoint authors
#include "core/pack/packloader.h"
#include "core/sqlite/query.h"
#include "tests/support/testpack.h"

#include <QFile>
#include <QJsonArray>
#include <QJsonDocument>

using namespace standpoint;
using standpoint::fixtures::succeeded;

namespace {

// Sets manifest[section][index][field] = value.
void setField(QJsonObject &manifest, const char *section, int index, const char *field, const QJsonValue &value)
{
    QJsonArray list = manifest.value(QLatin1String(section)).toArray();
    QJsonObject entry = list[index].toObject();
    entry.insert(QLatin1String(field), value);
    list[index] = entry;
    manifest.insert(QLatin1String(section), list);
}

int lineOf(const QString &path, const QString &needle)
{
    QFile f(path);
    EXPECT_TRUE(f.open(QIODevice::ReadOnly));
    const QString text = QString::fromUtf8(f.readAll());
    const qsizetype at = text.indexOf(needle);
    EXPECT_GE(at, 0) << needle.toStdString();
    return int(text.left(at).count(QLatin1Char('\n'))) + 1;
}

class PackLoading : public ::testing::Test
{
protected:
    Result<pack::LoadSummary> load()
    {
        pack.write();
        return pack::loadPack(db, pack.path());
    }
    // Loads and expects failure with every fragment in the message; returns the message.
    QString expectFailure(std::initializer_list<const char *> fragments)
    {
        auto result = load();
        EXPECT_FALSE(result.ok());
        const QString message = result.message();
        for (const char *f : fragments)
            EXPECT_TRUE(message.contains(QString::fromUtf8(f))) << "missing \"" << f << "\" in: " << message.toStdString();
        EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM document")), 0) << "a failed load wrote documents";
        return message;
    }

    fixtures::TestPack pack;
    fixtures::TempStore store;
    sql::Connection db = store.open();
};

} // namespace

TEST_F(PackLoading, ValidPackLoadsCleanedAndAnchored)
{
    auto summary = load();
    ASSERT_TRUE(succeeded(summary));
    EXPECT_EQ(summary->documents, 1);
    EXPECT_EQ(summary->claims, 1);
    EXPECT_EQ(summary->stances, 3);
    EXPECT_EQ(summary->events, 1);
    auto stmt = db.prepare(QStringLiteral("SELECT cleaned_text FROM document"));
    ASSERT_TRUE(stmt->step().value());
    const QString cleaned = stmt->text(0);
    EXPECT_EQ(cleaned, QStringLiteral("A Test Debate\n\nAlice: Trade grew to $100 billion in 2020, see the report.\n\n"
                                      "Bob: Trade is not the point. Trade is not the point.\n\n"
                                      "This sentence is cut by a break and must be joined."));
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(DISTINCT rule) FROM removed_span")), 5);
    // Bob's second "Trade is not the point." is the one quoted.
    auto quote = db.prepare(QStringLiteral("SELECT q.start FROM quote q JOIN stance_quote sq ON sq.quote_id = q.id "
                                           "JOIN stance s ON s.id = sq.stance_id JOIN speaker sp ON sp.id = s.speaker_id "
                                           "WHERE sp.key = 'bob'"));
    ASSERT_TRUE(quote->step().value());
    EXPECT_EQ(quote->integer(0), cleaned.lastIndexOf(QStringLiteral("Trade is not the point.")));
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM paragraph WHERE speaker_id IS NOT NULL")), 2);
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM paragraph WHERE kind = 'heading'")), 1);
}

TEST_F(PackLoading, LoadingTheSameDebateTwiceIsRefusedAndKeepsTheFirst)
{
    ASSERT_TRUE(succeeded(load()));
    auto again = pack::loadPack(db, pack.path());
    ASSERT_FALSE(again.ok());
    EXPECT_TRUE(again.message().contains(QStringLiteral("already in this store")));
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM document")), 1);
}

TEST_F(PackLoading, AlteredQuoteFailsNamingFileLineEntryAndQuote)
{
    QJsonArray claims = pack.manifest()[QStringLiteral("claims")].toArray();
    setField(pack.manifest(), "claims", 0, "quotes", QJsonArray{QStringLiteral("Trade grew to $100 billion in 2021")});
    const QString message = expectFailure({"claim \"c1\"", "quote not found", "Trade grew to $100 billion in 2021", "doc"});
    const int line = lineOf(pack.path() + QStringLiteral("/pack.json"), QStringLiteral("in 2021"));
    EXPECT_TRUE(message.startsWith(QStringLiteral("pack.json:%1:").arg(line))) << message.toStdString();
}

TEST_F(PackLoading, AmbiguousQuoteFails)
{
    setField(pack.manifest(), "claims", 0, "quotes", QJsonArray{QStringLiteral("Trade is not")});
    setField(pack.manifest(), "claims", 0, "speaker", QStringLiteral("bob"));
    expectFailure({"ambiguous", "occurrence"});
}

TEST_F(PackLoading, QuoteOutsideTheSpeakersTurnFails)
{
    setField(pack.manifest(), "claims", 0, "speaker", QStringLiteral("bob"));
    expectFailure({"not inside the turns of speaker \"bob\""});
}

TEST_F(PackLoading, UnknownReferencesNameTheField)
{
    setField(pack.manifest(), "claims", 0, "speaker", QStringLiteral("carol"));
    expectFailure({"unknown speaker \"carol\""});
}

TEST_F(PackLoading, UnknownPositionThemeQuestionAndDocument)
{
    {
        QJsonArray stances = pack.manifest()[QStringLiteral("stances")].toArray();
        QJsonObject s = stances[0].toObject();
        s.insert(QStringLiteral("position"), QStringLiteral("p9"));
        stances[0] = s;
        pack.manifest()[QStringLiteral("stances")] = stances;
    }
    expectFailure({"unknown position \"p9\"", "stance #1"});
}

TEST_F(PackLoading, UnknownTheme)
{
    setField(pack.manifest(), "claims", 0, "themes", QJsonArray{QStringLiteral("weather")});
    expectFailure({"unknown theme \"weather\"", "claim \"c1\""});
}

TEST_F(PackLoading, UnknownQuestion)
{
    setField(pack.manifest(), "stances", 0, "question", QStringLiteral("q9"));
    expectFailure({"unknown question \"q9\""});
}

TEST_F(PackLoading, UnknownDocumentInQuote)
{
    setField(pack.manifest(), "events", 0, "doc", QStringLiteral("nodoc"));
    expectFailure({"unknown document \"nodoc\"", "event \"e1\""});
}

TEST_F(PackLoading, BadStanceValueAndMissingQuotes)
{
    setField(pack.manifest(), "stances", 0, "value", QStringLiteral("maybe"));
    expectFailure({"\"value\" must be one of", "maybe"});
}

TEST_F(PackLoading, StanceTakingASideNeedsAQuote)
{
    setField(pack.manifest(), "stances", 0, "quotes", QJsonArray{});
    expectFailure({"needs at least one quote"});
}

TEST_F(PackLoading, DuplicateIdsAndDuplicateStances)
{
    QJsonArray claims = pack.manifest()[QStringLiteral("claims")].toArray();
    claims << claims[0];
    pack.manifest()[QStringLiteral("claims")] = claims;
    expectFailure({"claim id \"c1\" is used twice"});
}

TEST_F(PackLoading, BadDate)
{
    setField(pack.manifest(), "events", 0, "date", QStringLiteral("2020-13-01"));
    expectFailure({"is not a date", "event \"e1\""});
}

TEST_F(PackLoading, UnknownFieldIsATypoNotSilence)
{
    setField(pack.manifest(), "claims", 0, "qoutes", QJsonArray{});
    expectFailure({"unknown field \"qoutes\""});
}

TEST_F(PackLoading, MissingRequiredFieldAndWrongType)
{
    QJsonArray docs = pack.manifest()[QStringLiteral("documents")].toArray();
    QJsonObject d = docs[0].toObject();
    d.remove(QStringLiteral("title"));
    docs[0] = d;
    pack.manifest()[QStringLiteral("documents")] = docs;
    expectFailure({"field \"title\" is missing", "document \"doc\""});
}

TEST_F(PackLoading, WrongTypeIsNamed)
{
    setField(pack.manifest(), "claims", 0, "text", 42);
    expectFailure({"field \"text\" must be a string"});
}

TEST_F(PackLoading, JsonSyntaxErrorGivesTheLine)
{
    pack.write();
    pack.writeRawManifest("{\n  \"format\": 1,\n  \"debate\": {\"id\": \"x\",,}\n}\n");
    auto result = pack::loadPack(db, pack.path());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.message().startsWith(QStringLiteral("pack.json:3: JSON syntax error"))) << result.message().toStdString();
}

TEST_F(PackLoading, FolderWithoutManifest)
{
    fixtures::TempStore other;
    auto result = pack::loadPack(db, other.dir.path());
    ASSERT_FALSE(result.ok());
    EXPECT_TRUE(result.message().contains(QStringLiteral("no pack.json")));
}

TEST_F(PackLoading, DocumentPathsCannotLeaveThePack)
{
    setField(pack.manifest(), "documents", 0, "file", QStringLiteral("../../etc/passwd"));
    expectFailure({"points outside the pack folder"});
}

TEST_F(PackLoading, AbsoluteDocumentPathIsRefused)
{
    setField(pack.manifest(), "documents", 0, "file", QStringLiteral("/etc/passwd"));
    expectFailure({"must be a relative path"});
}

TEST_F(PackLoading, MissingDocumentFile)
{
    setField(pack.manifest(), "documents", 0, "file", QStringLiteral("documents/missing.txt"));
    expectFailure({"documents/missing.txt", "cannot read"});
}

TEST_F(PackLoading, InvalidUtf8AndBinaryDocuments)
{
    setField(pack.manifest(), "documents", 0, "file", QStringLiteral("documents/latin1.txt"));
    pack.writeFile(QStringLiteral("documents/latin1.txt"), QByteArray("caf\xe9 society"));
    expectFailure({"not valid UTF-8"});
    setField(pack.manifest(), "documents", 0, "file", QStringLiteral("documents/binary.txt"));
    pack.writeFile(QStringLiteral("documents/binary.txt"), QByteArray("abc\0def", 7));
    expectFailure({"binary"});
}

TEST_F(PackLoading, NewerFormatIsRefused)
{
    pack.manifest()[QStringLiteral("format")] = 99;
    expectFailure({"pack format 99 is newer"});
}

TEST_F(PackLoading, CleaningRuleThatNoLongerMatchesFails)
{
    QJsonArray docs = pack.manifest()[QStringLiteral("documents")].toArray();
    QJsonObject d = docs[0].toObject();
    d.insert(QStringLiteral("cleaning"),
             QJsonArray{QJsonObject{{QStringLiteral("rule"), QStringLiteral("cut_from")},
                                    {QStringLiteral("marker"), QStringLiteral("Loading…")},
                                    {QStringLiteral("why"), QStringLiteral("debris")}}});
    docs[0] = d;
    pack.manifest()[QStringLiteral("documents")] = docs;
    expectFailure({"marker \"Loading…\" is not in the text", "cleaning rule #1"});
}

TEST_F(PackLoading, IncludedFileErrorsNameThatFile)
{
    pack.manifest()[QStringLiteral("include")] = QJsonArray{QStringLiteral("content/more.json")};
    pack.writeFile(QStringLiteral("content/more.json"),
                   "{\n  \"events\": [\n    {\"id\": \"e2\", \"date\": \"2020\", \"title\": \"T\",\n"
                   "     \"quotes\": [{\"doc\": \"doc\", \"text\": \"not in the text\"}]}\n  ]\n}\n");
    const QString message = expectFailure({"content/more.json:4:", "event \"e2\"", "not in the text"});
    EXPECT_TRUE(message.startsWith(QStringLiteral("content/more.json:4:"))) << message.toStdString();
}

TEST_F(PackLoading, IncludeCannotLeaveThePack)
{
    pack.manifest()[QStringLiteral("include")] = QJsonArray{QStringLiteral("../elsewhere.json")};
    expectFailure({"points outside the pack folder"});
}

TEST_F(PackLoading, DataPointsNeedQuoteAndKnownKind)
{
    pack.manifest()[QStringLiteral("series")] = QJsonArray{QJsonObject{
        {QStringLiteral("id"), QStringLiteral("s1")},
        {QStringLiteral("title"), QStringLiteral("Trade")},
        {QStringLiteral("measure"), QStringLiteral("trade")},
        {QStringLiteral("unit"), QStringLiteral("USD bn")},
        {QStringLiteral("doc"), QStringLiteral("doc")},
        {QStringLiteral("points"), QJsonArray{QJsonObject{{QStringLiteral("period"), QStringLiteral("2020")},
                                                          {QStringLiteral("value"), 100},
                                                          {QStringLiteral("kind"), QStringLiteral("guess")},
                                                          {QStringLiteral("quote"), QStringLiteral("$100 billion")}}}}}};
    expectFailure({"\"kind\" must be one of", "guess"});
    QJsonArray series = pack.manifest()[QStringLiteral("series")].toArray();
    QJsonObject s = series[0].toObject();
    s.insert(QStringLiteral("points"), QJsonArray{QJsonObject{{QStringLiteral("period"), QStringLiteral("2020")},
                                                              {QStringLiteral("value"), 100},
                                                              {QStringLiteral("kind"), QStringLiteral("actual")}}});
    series[0] = s;
    pack.manifest()[QStringLiteral("series")] = series;
    expectFailure({"every data point needs its quote"});
}

TEST_F(PackLoading, ReferenceCsvErrorsNameFileAndLine)
{
    pack.manifest()[QStringLiteral("references")] =
        QJsonArray{QJsonObject{{QStringLiteral("id"), QStringLiteral("ref")},
                               {QStringLiteral("title"), QStringLiteral("Reference")},
                               {QStringLiteral("unit"), QStringLiteral("USD bn")},
                               {QStringLiteral("file"), QStringLiteral("data/ref.csv")},
                               {QStringLiteral("citation"), QStringLiteral("Somebody")}}};
    pack.writeFile(QStringLiteral("data/ref.csv"), "year,value\n2020,100\n2021,lots\n");
    expectFailure({"data/ref.csv:3:", "\"lots\" is not a number"});
}

TEST_F(PackLoading, FailedLoadLeavesEarlierDebatesUntouched)
{
    ASSERT_TRUE(succeeded(load()));
    const qint64 quotes = *sql::scalar(db, QStringLiteral("SELECT count(*) FROM quote"));
    fixtures::TestPack second;
    QJsonObject debate = second.manifest()[QStringLiteral("debate")].toObject();
    debate[QStringLiteral("id")] = QStringLiteral("second");
    second.manifest()[QStringLiteral("debate")] = debate;
    setField(second.manifest(), "claims", 0, "quotes", QJsonArray{QStringLiteral("words that are not there")});
    second.write();
    ASSERT_FALSE(pack::loadPack(db, second.path()).ok());
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM debate")), 1);
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM quote")), quotes);
    EXPECT_EQ(*sql::scalar(db, QStringLiteral("SELECT count(*) FROM search_index")),
              *sql::scalar(db, QStringLiteral("SELECT count(*) FROM paragraph")) + 2);
}
